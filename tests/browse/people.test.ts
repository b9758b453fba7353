import { describe, expect, it } from 'vitest';
import { bylineParts, bylinePeople, isPersonName, peopleIndex, personKey, personUrl } from '../../src/browse/people.ts';
import { article, issueRef } from './records.ts';

const byline = (raw: string, roles: Partial<Record<'reporters' | 'correspondents' | 'photographers' | 'writers', string[]>>) => ({
  raw,
  reporters: [],
  correspondents: [],
  photographers: [],
  writers: [],
  ...roles,
});

describe('人名索引', () => {
  it('keys a name printed with a space inside as the same person', () => {
    expect(personKey('陶 宇')).toBe('陶宇');
    expect(personKey('陶\u3000宇')).toBe('陶宇');
    expect(personUrl('陶 宇')).toBe('/people/陶宇/');
    expect(personUrl('陶宇', 3)).toBe('/people/陶宇/3/');
  });

  it('gives a page only to what reads as a name', () => {
    expect(isPersonName('赖小兰')).toBe(true);
    expect(isPersonName('欧阳 修')).toBe(true);
    expect(isPersonName('2')).toBe(false);
    expect(isPersonName('乐清市融媒体中心记者郑喜喜')).toBe(false);
    expect(isPersonName('郑喜喜/文')).toBe(false);
  });

  it('lists each person’s articles newest first, with their roles and years', () => {
    const a = article({ issue: issueRef({ date: '2023-03-20' }), byline: byline('本报讯（记者 陶 宇 通讯员 林佳佳）', { reporters: ['陶 宇'], correspondents: ['林佳佳'] }) });
    const b = article({ issue: issueRef({ date: '2022-05-01' }), byline: byline('陶宇 摄', { photographers: ['陶宇'] }) });
    const c = article({ issue: issueRef({ date: '2024-01-12' }), byline: byline('文/陶宇 图/陶宇', { writers: ['陶宇'], photographers: ['陶宇'] }) });
    const index = peopleIndex([a, b, c]);
    expect(index.map((p) => p.name)).toEqual(['林佳佳', '陶宇']);
    const tao = index.find((p) => p.name === '陶宇')!;
    expect(tao.articles.map((x) => x.article.id)).toEqual([c.id, a.id, b.id]);
    expect(tao.articles[0]!.roles).toEqual(['writers', 'photographers']);
    expect(tao.roleCounts).toEqual({ reporters: 1, writers: 1, photographers: 2 });
    expect(tao.years).toEqual([2022, 2024]);
    expect([...bylinePeople(a).keys()]).toEqual(['陶宇', '林佳佳']);
  });

  it('finds the names in the printed byline, spaced ones too, so each can be a link', () => {
    expect(bylineParts('本报讯（记者 陶 宇 通讯员 林佳佳）', ['陶宇', '林佳佳'])).toEqual([
      { text: '本报讯（记者 ', person: null },
      { text: '陶 宇', person: '陶宇' },
      { text: ' 通讯员 ', person: null },
      { text: '林佳佳', person: '林佳佳' },
      { text: '）', person: null },
    ]);
    expect(bylineParts('本报讯', [])).toEqual([{ text: '本报讯', person: null }]);
  });
});
