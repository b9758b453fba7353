/**
 * The open data's article files (src/records/article-files.ts): a file per paper and year, cut under
 * the size limit, in data order, read back record for record; a bad line is named by file and line.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import { articleFiles, articleFilesIndex, articleFileText, parseArticleFile } from '../../src/records/article-files.ts';

const articles = loadArchive(resolve('seeds')).articles;

describe('open data article files', () => {
  it('groups the records by paper and year of issue, in the order given, and reads them back', () => {
    const files = articleFiles(articles);
    expect(files.flatMap((f) => f.articles.map((a) => a.id))).toEqual(articles.map((a) => a.id));
    for (const f of files) {
      for (const a of f.articles) expect(a.issue.publication).toBe(f.entry.publication);
      expect(f.entry.path).toMatch(new RegExp(`^/data/articles/${f.entry.publication}/(\\d{4}|undated)(-\\d+)?\\.jsonl$`, 'u'));
      const text = articleFileText(f);
      expect(Buffer.byteLength(text)).toBe(f.entry.bytes);
      expect(parseArticleFile(text, f.entry.path).map((a) => a.id)).toEqual(f.articles.map((a) => a.id));
    }
    expect(articleFilesIndex(files).articles).toBe(articles.length);
  });

  it('cuts a file where the next record would pass the limit, numbering the parts', () => {
    const largest = Math.max(...articles.map((a) => Buffer.byteLength(JSON.stringify(a)) + 1));
    const limit = largest;
    const files = articleFiles(articles, limit);
    expect(files.length).toBeGreaterThan(articleFiles(articles).length);
    for (const f of files) expect(f.entry.bytes).toBeLessThanOrEqual(limit);
    expect(files.some((f) => /-2\.jsonl$/u.test(f.entry.path))).toBe(true);
    expect(new Set(files.map((f) => f.entry.path)).size).toBe(files.length);
  });

  it('names the file and line of a record that breaks the contract', () => {
    const [first, second] = articles;
    const broken = `${JSON.stringify(first)}\n${JSON.stringify({ ...second, headline: 42 })}\n`;
    expect(() => parseArticleFile(broken, 'x/2023.jsonl')).toThrow(/^x\/2023\.jsonl:2: field headline:/u);
    expect(() => parseArticleFile('{"id": \n', 'y.jsonl')).toThrow(/^y\.jsonl:1: not valid JSON/u);
  });
});
