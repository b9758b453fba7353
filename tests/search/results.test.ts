/** The search page's pieces that are not the search itself: year counts, the 字母/数字 message, heading excerpts. */
import { describe, expect, it } from 'vitest';
import { excerptWithParagraph } from '../../src/search/excerpt.ts';
import { absentNoun, yearCounts } from '../../src/search/years.ts';
import { parseQuery } from '../../src/search/tokenize.ts';
import type { PagefindApi, SearchOptions } from '../../src/search/engine.ts';

/** A fake Pagefind: pages with their text and year; an exact phrase matches a page whose text contains it. */
function fakePagefind(pages: Array<{ id: string; text: string; year: string }>): PagefindApi & { calls: Array<[string, SearchOptions | undefined]> } {
  const calls: Array<[string, SearchOptions | undefined]> = [];
  return {
    calls,
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (term, options) => {
      calls.push([term, options]);
      const phrase = term.replace(/"/gu, '').replace(/\s+/gu, '');
      const year = options?.filters?.['year'];
      const results = pages
        .filter((p) => p.text.includes(phrase) && (!year || p.year === year))
        .map((p) => ({ id: p.id, score: 1, words: [], data: async () => ({ url: `/${p.id}/`, content: p.text, meta: {} }) }));
      return { results, unfilteredResultCount: results.length };
    },
  };
}

describe('result counts by year', () => {
  const pf = fakePagefind([
    { id: 'a', text: '柳市镇召开会议', year: '2023' },
    { id: 'b', text: '柳市镇开展活动', year: '2023' },
    { id: 'c', text: '柳市镇召开大会', year: '2022' },
    { id: 'd', text: '柯城区召开会议', year: '2022' },
  ]);

  it('counts, per year, the articles that hold every segment of the query', async () => {
    expect(await yearCounts(pf, parseQuery('柳市镇'), {}, ['2023', '2022'])).toEqual(new Map([['2023', 2], ['2022', 1]]));
    expect(await yearCounts(pf, parseQuery('柳市镇 召开'), {}, ['2023', '2022'])).toEqual(new Map([['2023', 1], ['2022', 1]]));
  });

  it('keeps the other filters, replaces the year, and gives no strip when there is nothing to compare', async () => {
    pf.calls.length = 0;
    await yearCounts(pf, parseQuery('召开'), { year: '2023', publication: '柳市' }, ['2023', '2022']);
    expect(pf.calls.map(([, o]) => o?.filters)).toEqual([
      { publication: '柳市', year: '2023' },
      { publication: '柳市', year: '2022' },
    ]);
    expect(await yearCounts(pf, parseQuery('召开'), {}, ['2023'])).toBeNull();
    expect(await yearCounts(pf, parseQuery('稳”和“进'), {}, ['2023', '2022'])).toBeNull();
  });
});

describe('what a missing character is called', () => {
  it('says 字母 for letters, 数字 for digits, 字 for Chinese', () => {
    expect(absentNoun(['l', 'i', 'u', 'h'])).toBe('字母');
    expect(absentNoun(['７'])).toBe('数字');
    expect(absentNoun(['鑫'])).toBe('字');
    expect(absentNoun(['α'])).toBe('字符');
  });
});

describe('a match in a section heading', () => {
  it('shows the heading and then the paragraph under it', () => {
    const fields = ['一、强化党建引领', '今年以来，柳市镇坚持党建统领，推动各项工作落地见效。', '二、聚焦民生实事'];
    const parts = excerptWithParagraph(fields, parseQuery('党建引领'));
    expect(parts.map((p) => p.text).join('')).toBe('一、强化党建引领｜今年以来，柳市镇坚持党建统领，推动各项工作落地见效。');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['党建引领']);
  });
  it('keeps the usual excerpt for a match in a paragraph', () => {
    const fields = ['一、强化党建引领', '今年以来，柳市镇坚持党建统领，推动各项工作落地见效。'];
    expect(excerptWithParagraph(fields, parseQuery('落地见效')).map((p) => p.text).join('')).toContain('落地见效');
    expect(excerptWithParagraph(fields, parseQuery('落地见效')).map((p) => p.text).join('')).not.toContain('｜');
  });
});
