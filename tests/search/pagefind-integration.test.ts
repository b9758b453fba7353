/**
 * The Pagefind integration with the Pagefind service mocked (as Starlight tests its own): one
 * HTML record per article, tokenized text, clean metadata, errors named, service always closed.
 */
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({
  added: [] as Array<{ url?: string; content: string }>,
  written: [] as string[],
  closed: 0,
  addErrors: [] as string[],
}));

vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async (file: { url?: string; content: string }) => {
        calls.added.push(file);
        return { errors: calls.addErrors, file: { uniqueWords: 3, url: file.url ?? '', meta: {} } };
      },
      writeFiles: async ({ outputPath }: { outputPath: string }) => {
        calls.written.push(outputPath);
        return { errors: [], outputPath };
      },
    },
  }),
  close: async () => {
    calls.closed += 1;
    return null;
  },
}));

const { writeSearchIndex, readArticles } = await import('../../src/integrations/pagefind.ts');
const { loadArchive } = await import('../../src/archive/load.ts');
const articles = loadArchive(resolve('seeds')).articles;

beforeEach(() => {
  calls.added = [];
  calls.written = [];
  calls.closed = 0;
  calls.addErrors = [];
});

describe('pagefind integration', () => {
  it('adds one zh-CN HTML record per article at its URL and writes the bundle', async () => {
    const summary = await writeSearchIndex(articles, '/tmp/nowhere-pagefind-test/pagefind/');
    expect(summary.articles).toBe(articles.length);
    expect(calls.added.map((f) => f.url)).toEqual(articles.map((a) => a.url));
    expect(calls.written).toEqual(['/tmp/nowhere-pagefind-test/pagefind/']);
    expect(calls.closed).toBe(1);
    const a = articles.find((x) => x.headline === '柳市镇召开理论学习中心组学习会')!;
    const html = calls.added.find((f) => f.url === a.url)!.content;
    expect(html).toContain('<html lang="zh-CN">');
    // Display metadata untransformed, searchable text one character per word.
    expect(html).toContain('data-pagefind-meta="title[content]" content="柳市镇召开理论学习中心组学习会"');
    expect(html).toContain('柳\u200B市\u200B镇\u200B召\u200B开');
    expect(html).toMatch(/<span data-pagefind-weight="10">柳\u200B市/u);
    expect(html).toContain('data-pagefind-filter="publication[content]" content="柳市"');
    expect(html).toContain('data-pagefind-filter="year[content]" content="2023"');
    expect(html).toContain('data-pagefind-sort="date[content]" content="2023-03-17"');
    expect(html).toContain('郑\u200B喜\u200B喜');
  });

  it('throws a Pagefind error naming the article, and still closes the service', async () => {
    calls.addErrors = ['bad html'];
    await expect(writeSearchIndex(articles.slice(0, 1), '/tmp/x/', 'dist/data/articles.json')).rejects.toThrow(
      new RegExp(`addHTMLFile ${articles[0]!.url}.*dist/data/articles.json[\\s\\S]*bad html`),
    );
    expect(calls.closed).toBe(1);
  });

  it('names the records file when it is missing or malformed', async () => {
    await expect(readArticles('/tmp/does-not-exist/articles.json')).rejects.toThrow(/\/tmp\/does-not-exist\/articles.json/);
  });
});
