/**
 * "What will change" and the redirect list: the real seeds' articles against edited copies of
 * themselves, as a correction would edit them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import { addMoves, formatRedirects, readRedirects, resolveRedirects } from '../../src/archive/redirects.ts';
import { ArchiveReadError } from '../../src/archive/yaml-file.ts';
import { diffArchives, moveReason, paragraphChanges, type ComparableArticle } from '../../src/check/diff.ts';
import type { Article } from '../../src/records/schema.ts';

let articles: Article[];
beforeAll(() => {
  articles = loadArchive('seeds').articles;
});

const edit = (a: Article, change: Partial<Article>): Article => ({ ...a, ...change });
const byHeadline = (h: string) => articles.find((a) => a.headline.includes(h))!;

describe('diffArchives', () => {
  it('finds nothing between a build and itself', () => {
    const d = diffArchives(articles, articles);
    expect(d).toMatchObject({ added: [], removed: [], changed: [], moved: [] });
    expect(d.unchanged).toBe(articles.length);
  });

  it('lists the fields and paragraphs of a corrected article, characters marked', () => {
    const before = byHeadline('入选新一轮文明名单');
    const after = edit(before, {
      byline: { ...before.byline, raw: '记者 某某' },
      body: [before.body[0]!.replace('柳市镇', '柳市'), ...before.body.slice(1), '新增的一段。'],
    });
    const d = diffArchives(articles, articles.map((a) => (a.id === before.id ? after : a)));
    expect(d.changed).toHaveLength(1);
    const change = d.changed[0]!;
    expect(change.fields.map((f) => f.field)).toEqual(['byline']);
    expect(change.fields[0]).toMatchObject({ before: before.byline.raw, after: '记者 某某' });
    expect(change.body).toEqual([
      expect.objectContaining({ op: 'changed', index: 1 }),
      { op: 'added', index: before.body.length + 1, text: '新增的一段。' },
    ]);
    const marked = change.body[0]!.op === 'changed' ? change.body[0]!.pieces : [];
    expect(marked.filter((p) => p.op === 'removed').map((p) => p.text).join('')).toBe('镇');
    expect(marked.filter((p) => p.op === 'added')).toEqual([]);
  });

  it('sees a corrected headline as the same text moved to a new id, not a removal and an addition', () => {
    const before = byHeadline('理论学习中心组');
    const after = edit(before, { id: `${before.id.slice(0, -6)}abcdef`, url: before.url.replace(/[^/]+\/$/u, 'p1-abcdef/'), headline: '柳市镇召开党委理论学习中心组学习会' });
    const d = diffArchives(articles, articles.map((a) => (a.id === before.id ? after : a)));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.moved).toHaveLength(1);
    expect(d.moved[0]!.before.id).toBe(before.id);
    expect(d.moved[0]!.after.id).toBe(after.id);
    expect(d.moved[0]!.similarity).toBeGreaterThan(0.95);
    expect(moveReason(d.moved[0]!)).toBe(`headline changed: ${before.headline} → 柳市镇召开党委理论学习中心组学习会`);
  });

  it('maps both halves of a re-split article to the old address, and keeps a different story apart', () => {
    const before = byHeadline('理论学习中心组');
    const half = Math.ceil(before.body.length / 2);
    const first = edit(before, { id: 'liushi-2023-03-18-p1-aaaaaa', url: '/liushi/2023-03-18/p1-aaaaaa/', body: before.body.slice(0, half) });
    const second = edit(before, { id: 'liushi-2023-03-18-p1-bbbbbb', url: '/liushi/2023-03-18/p1-bbbbbb/', headline: '要聚焦全年目标抓落实', body: before.body.slice(half) });
    const d = diffArchives(articles, [...articles.filter((a) => a.id !== before.id), first, second]);
    expect(d.moved.map((m) => m.after.id)).toEqual([first.id]);
    expect(d.added.map((a) => a.id)).toEqual([second.id]);

    // An unrelated story that happens to replace it on the same page is a removal and an addition.
    const other = byHeadline('入选新一轮文明名单');
    const unrelated = edit(other, { id: 'liushi-2023-03-18-p1-cccccc', url: '/liushi/2023-03-18/p1-cccccc/', seed: before.seed });
    const d2 = diffArchives(articles, [...articles.filter((a) => a.id !== before.id), unrelated]);
    expect(d2.moved).toEqual([]);
    expect(d2.removed.map((a) => a.id)).toEqual([before.id]);
  });

  it('follows an undated page whose seed file was renamed, by its unchanged headline', () => {
    const before = articles.find((a) => a.issue.date === null)!;
    const after = edit(before, { seed: 'renamed.txt', id: 'liushi-undated-00000000-abcdef', url: '/liushi/undated-00000000/abcdef/' });
    const d = diffArchives(articles, articles.map((a) => (a.id === before.id ? after : a)));
    expect(d.moved.map((m) => [m.before.id, m.after.id])).toEqual([[before.id, after.id]]);
    expect(d.added).toEqual([]);
  });

  it('compares with a previous build made by an older parser that lacked fields', () => {
    const old: ComparableArticle[] = articles.map((a) => ({ id: a.id, url: a.url, seed: a.seed, headline: a.headline, kicker: null, subheadline: null, byline: null, date: null, body: a.body, captions: [] }));
    const d = diffArchives(old, articles);
    expect(d.added).toEqual([]);
    expect(d.changed.length + d.unchanged).toBe(articles.length);
  });
});

describe('paragraphChanges', () => {
  it('numbers removals by their old position and additions by their new one', () => {
    expect(paragraphChanges(['甲', '乙', '丙'], ['甲', '丙', '丁'])).toEqual([
      { op: 'removed', index: 2, text: '乙' },
      { op: 'added', index: 3, text: '丁' },
    ]);
  });
});

describe('redirects', () => {
  const file = 'seeds/redirects.yaml';

  it('reads entries and names the line and field of each bad one; stops on a file that is not YAML', () => {
    const { redirects, problems } = readRedirects(
      'redirects:\n  - from: /liushi/2023-03-18/p1-aaaaaa/\n    to: liushi-2023-03-18-p1-bbbbbb\n  - from: not-a-path\n    to: x\n  - to: liushi-x\n',
      file,
    );
    expect(redirects).toHaveLength(1);
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['redirects.1.from', 4, '第 2 条转址的 from：应是 /liushi/2023-03-18/p1-3f9a2c/ 这样的站内地址'],
      ['redirects.2.from', 6, expect.stringMatching(/^第 3 条转址的 from：/u)],
    ]);
    expect(() => readRedirects('redirects: [', file)).toThrow(ArchiveReadError);
    expect(() => readRedirects('redirects: [', file)).toThrow(/^seeds\/redirects\.yaml:\d+:\d+: 不是有效的 YAML/u);
  });

  it('serves only redirects that lead to an article and hide no live page', () => {
    const live = articles[0]!;
    const { resolved, problems } = resolveRedirects(
      {
        redirects: [
          { from: '/liushi/2023-03-18/p1-000000/', to: live.id },
          { from: '/liushi/2023-03-18/p1-111111/', to: 'liushi-gone' },
          { from: live.url, to: articles[1]!.id },
          { from: '/liushi/', to: live.id },
          { from: '/search/', to: live.id },
        ],
      },
      articles,
      [],
      ['/liushi/'],
    );
    expect(resolved).toEqual([expect.objectContaining({ from: '/liushi/2023-03-18/p1-000000/', toUrl: live.url, headline: live.headline })]);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['redirects.1.to', '第 2 条转址的 to：没有 id 为“liushi-gone”的文章或期次'],
      ['redirects.2.from', `第 3 条转址的 from：${live.url} 现在又是一个有内容的页面`],
      ['redirects.3.from', '第 4 条转址的 from：/liushi/ 现在又是一个有内容的页面'],
      ['redirects.4.from', '第 5 条转址的 from：/search/ 是网站自身的页面，不能转走'],
    ]);
  });

  it('adds one entry per move and re-points older entries, so old links land in one hop', () => {
    const { redirects, added } = addMoves(
      [{ from: '/p/2020-01-01/p1-aaaaaa/', to: 'p-2020-01-01-p1-bbbbbb' }],
      [{ fromUrl: '/p/2020-01-01/p1-bbbbbb/', fromId: 'p-2020-01-01-p1-bbbbbb', toId: 'p-2020-01-01-p1-cccccc', reason: 'headline changed: 乙 → 丙' }],
      '2026-11-23',
    );
    expect(redirects).toEqual([
      { from: '/p/2020-01-01/p1-aaaaaa/', to: 'p-2020-01-01-p1-cccccc' },
      { from: '/p/2020-01-01/p1-bbbbbb/', to: 'p-2020-01-01-p1-cccccc', since: '2026-11-23', reason: 'headline changed: 乙 → 丙' },
    ]);
    expect(added).toHaveLength(1);
    // What is written reads back the same.
    expect(readRedirects(formatRedirects(redirects), file)).toMatchObject({ redirects, problems: [] });
  });
});
