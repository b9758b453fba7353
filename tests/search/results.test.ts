/** The search page's pieces that are not the search itself: year counts, the 字母/数字 message, heading excerpts. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { excerptWithParagraph } from '../../src/search/excerpt.ts';
import { absentNoun, yearCounts } from '../../src/search/years.ts';
import { parseQuery } from '../../src/search/tokenize.ts';
import { SearchIndex, type IndexSource } from '../../src/search/engine.ts';
import { MANIFEST_FILE, type Manifest } from '../../src/search/format.ts';
import { writeSearchIndex } from '../../src/search/index-writer.ts';
import type { SearchRecord } from '../../src/search/document.ts';

const dir = mkdtempSync(join(tmpdir(), 'years-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real index over pages with their text, year and publication, read back from its files (the files each year's count reads are logged). */
async function indexOf(pages: Array<{ id: string; text: string; year: string; publication: string }>) {
  const records: SearchRecord[] = pages.map((p) => ({
    sortKey: p.year,
    url: `/${p.id}/`,
    headline: p.text,
    titles: [],
    fields: [],
    filters: [['publication', p.publication], ['year', p.year]],
    fragment: { url: `/${p.id}/`, headline: p.text, kicker: null, subheadline: null, publication: p.publication, issueDate: `${p.year}年`, ownDate: null, issueUrl: '/', fields: [] },
  }));
  writeSearchIndex(records, dir);
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  const source: IndexSource = {
    manifest: async () => manifest,
    bytes: async (path) => new Uint8Array(readFileSync(join(dir, manifest.version, path))),
    json: async (path) => JSON.parse(readFileSync(join(dir, manifest.version, path), 'utf8')),
  };
  return SearchIndex.open(source);
}

describe('result counts by year', async () => {
  const index = await indexOf([
    { id: 'a', text: '柳市镇召开会议', year: '2023', publication: '柳市' },
    { id: 'b', text: '柳市镇开展活动', year: '2023', publication: '柳市' },
    { id: 'c', text: '柳市镇召开大会', year: '2022', publication: '柳市' },
    { id: 'd', text: '柯城区召开会议', year: '2022', publication: '柯城' },
    { id: 'e', text: '稳”和“进的会议', year: '2021', publication: '柯城' },
  ]);

  it('counts, per year, the articles that hold every segment of the query', async () => {
    expect(await yearCounts(index, parseQuery('柳市镇'), {}, ['2023', '2022', '2021'])).toEqual(new Map([['2023', 2], ['2022', 1]]));
    expect(await yearCounts(index, parseQuery('柳市镇 召开'), {}, ['2023', '2022', '2021'])).toEqual(new Map([['2023', 1], ['2022', 1]]));
    // Punctuated queries are exact in this index, so they get counts too.
    expect(await yearCounts(index, parseQuery('稳”和“进'), {}, ['2023', '2022', '2021'])).toEqual(new Map([['2021', 1]]));
  });

  it('keeps the other filters, ignores the chosen year, and gives no strip when there is nothing to compare', async () => {
    expect(await yearCounts(index, parseQuery('召开'), { year: '2023', publication: '柳市' }, ['2023', '2022'])).toEqual(new Map([['2023', 1], ['2022', 1]]));
    expect(await yearCounts(index, parseQuery('召开'), { publication: '柯城' }, ['2023', '2022'])).toEqual(new Map([['2022', 1]]));
    expect(await yearCounts(index, parseQuery('召开'), {}, ['2023'])).toBeNull();
    expect(await yearCounts(index, parseQuery('没有的词'), {}, ['2023', '2022'])).toEqual(new Map());
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
