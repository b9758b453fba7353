import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../src/browse/typography.ts';
import { repairGroups, repairSummary } from '../../src/browse/repairs.ts';
import { correctionsHref } from '../../src/site/corrections.ts';

const kept = (text: string, names: string[] = []) => keepTogether(text, names).filter((r) => r.keep).map((r) => r.text);

describe('runs kept on one line', () => {
  it('keeps dates, numbers with their units and names whole', () => {
    expect(kept('11月4日上午，2023年3月20日召开，二〇二二年十一月十日印发')).toEqual(['11月4日', '2023年', '3月20日', '二〇二二年', '十一月十日']);
    expect(kept('投资3.5亿元，60余名居民，占85%，1200万元')).toEqual(['3.5亿元', '60余名', '85%', '1200万元']);
    expect(kept('记者黄瀚摄影，黄瀚说', ['黄瀚'])).toEqual(['黄瀚', '黄瀚']);
  });
  it('gives the text back unchanged, run by run', () => {
    const text = '3月17日，柳市镇召开会议，郑喜喜报道。';
    expect(keepTogether(text, ['郑喜喜']).map((r) => r.text).join('')).toBe(text);
    expect(keepTogether('没有日期的句子。')).toEqual([{ text: '没有日期的句子。', keep: false }]);
  });
  it('leaves lone digits and one-character names alone', () => {
    expect(kept('第1', ['王'])).toEqual([]);
  });
});

describe('修复说明', () => {
  it('groups repairs by kind, counts them and lists a few', () => {
    const r = (kind: 'doubled-run' | 'punctuation-width', line: number) => ({ kind, line, column: 1, before: '柳市镇开展柳市镇开展', after: '柳市镇开展' });
    const groups = repairGroups([r('punctuation-width', 9), ...Array.from({ length: 15 }, (_, i) => r('doubled-run', i + 1))]);
    expect(groups.map((g) => [g.kind, g.count, g.shown.length])).toEqual([
      ['doubled-run', 15, 12],
      ['punctuation-width', 1, 1],
    ]);
    expect(repairSummary(groups)).toBe('重复印出的字句合并为一处（15处）；半角标点改为全角（1处）');
    expect(repairGroups([])).toEqual([]);
  });
});

describe('纠错 addresses', () => {
  const a = { id: 'liushi-2023-03-20-p1-31865c', headline: '柳市镇召开会议', url: 'https://baokan.example.cn/liushi/2023-03-20/p1-31865c/' };
  it('prefills an e-mail with the article’s headline, id and address', () => {
    const href = correctionsHref('mailto:jiucuo@example.cn', a);
    expect(href.startsWith('mailto:jiucuo@example.cn?subject=')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('纠错：柳市镇召开会议');
    expect(params.get('body')).toContain(a.id);
    expect(params.get('body')).toContain(a.url);
    expect(correctionsHref('jiucuo@example.cn', a).startsWith('mailto:jiucuo@example.cn?')).toBe(true);
  });
  it('fills a web form’s address', () => {
    expect(correctionsHref('https://form.example.cn/f?a={id}&u={url}', a)).toBe(`https://form.example.cn/f?a=${encodeURIComponent(a.id)}&u=${encodeURIComponent(a.url)}`);
    const plain = new URL(correctionsHref('https://form.example.cn/jiucuo', a));
    expect(plain.searchParams.get('article')).toBe(a.id);
    expect(plain.searchParams.get('url')).toBe(a.url);
  });
});
