/**
 * Constructed pages (tests/fixtures/pages) for forms the real seeds show once or not at all:
 * a page 2 that opens with a story continued from page 1, a three-line stack printed without blank
 * lines, 见习记者 and a name split by a space, a December dateline in a January issue, a caption
 * between two stories, an editor credit line; a feature with numbered sections and trailing captions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';

const page = (name: string, kind: 'news-page' | 'feature-page', date: string) =>
  parseSeed(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), { seed: name, kind, date });

describe('page2-continued.txt', () => {
  const r = page('page2-continued.txt', 'news-page', '2024-01-05');

  it('opens with the story continued from page 1, headed by its marker', () => {
    expect(r.articles[0]).toMatchObject({
      headline: '（上接1版）',
      continuation: { from: '1版', to: null },
      body: ['会议强调，要把各项工作落到实处，确保全年目标任务圆满完成。'],
    });
  });

  it('reads a three-line stack, roles in a split name, and a December dateline in a January issue', () => {
    expect(r.articles[1]).toMatchObject({
      kicker: '冬日暖阳 爱心传递',
      headline: '柳市镇开展新年慰问活动',
      subheadline: '为困难群众送去温暖',
      byline: { reporters: ['王小明'], correspondents: ['李华'] },
      date: '2023-12-30',
      dateSource: 'dateline',
    });
  });

  it('gives a caption between two stories to the story above it', () => {
    expect(r.articles[1].captions).toEqual([{ text: '慰问现场。', credit: '陶宇', creditRaw: '记者 陶 宇摄' }]);
    expect(r.articles[2].captions).toEqual([]);
  });

  it('keeps Latin words and numbers tight against Chinese, and the editor credit out of the story', () => {
    expect(r.articles[2].body).toEqual(['近日，乐清市发布DELIXI电气文化旅游线路，全长1500米的滨江步道同步开放。']);
    expect(r.furniture).toEqual([{ kind: 'editor', text: '责任编辑：李四', line: 22 }]);
    expect(r.ledger).toMatchObject({ balanced: true, unplaced: 0 });
  });
});

describe('feature-photos.txt', () => {
  const r = page('feature-photos.txt', 'feature-page', '2023-06-01');
  const [a] = r.articles;

  it('keeps numbered sections in printed order and reads the trailing captions', () => {
    expect(a.kicker).toBe('美丽乡村 幸福家园');
    expect(a.headline).toBe('前西垟村的蝶变之路');
    expect(a.byline).toMatchObject({ raw: '■本报记者 陈清清/文 黄瀚/摄', reporters: ['陈清清'], writers: [], photographers: ['黄瀚'] });
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(a.body[4]).toBe('村集体通过盘活闲置土地，发展特色种植37.5亩，带动村民增收。');
    expect(a.captions.map((c) => c.text)).toEqual(['村民在广场上跳舞。', '新建的文化礼堂。']);
    expect(r.ledger).toMatchObject({ balanced: true, unplaced: 0 });
  });
});
