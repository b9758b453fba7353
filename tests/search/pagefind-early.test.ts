/**
 * The Pagefind integration's two paths, with the Pagefind service mocked: articles handed over by
 * the content loader are indexed from astro:build:start into a staging folder and the bundle is
 * moved into the build output at astro:build:done; with nothing handed over, the published
 * /data/articles.json is read after the build, as before.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ added: [] as string[], written: [] as string[] }));

vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async (file: { url: string }) => {
        calls.added.push(file.url);
        return { errors: [], file: { uniqueWords: 1, url: file.url, meta: {} } };
      },
      writeFiles: async ({ outputPath }: { outputPath: string }) => {
        calls.written.push(outputPath);
        mkdirSync(outputPath, { recursive: true });
        writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ pages: calls.added.length }));
        return { errors: [], outputPath };
      },
    },
  }),
  close: async () => null,
}));

const { default: pagefindIntegration } = await import('../../src/integrations/pagefind.ts');
const { offerArticlesForSearch } = await import('../../src/integrations/handoff.ts');
const { loadArchive } = await import('../../src/archive/load.ts');
const articles = loadArchive(resolve('seeds')).articles;

const logger = { info: vi.fn(), warn: vi.fn() } as never;
const out = mkdtempSync(join(tmpdir(), 'pagefind-early-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
beforeEach(() => {
  calls.added = [];
  calls.written = [];
});

type Hook = (options: Record<string, unknown>) => Promise<void>;
const hooks = () => pagefindIntegration().hooks as unknown as Record<'astro:build:start' | 'astro:build:done', Hook>;

describe('search index while the pages render', () => {
  it('indexes handed-over articles at build start, then moves the bundle into the output', async () => {
    const dir = join(out, 'early');
    const h = hooks();
    offerArticlesForSearch(articles.slice(0, 3));
    await h['astro:build:start']({ logger });
    await h['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger });
    expect(calls.added).toEqual(articles.slice(0, 3).map((a) => a.url));
    // Written once, into a staging folder outside the output (the output is still being rendered).
    expect(calls.written).toHaveLength(1);
    const staging = calls.written[0]!;
    expect(staging.startsWith(dir)).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'))).toEqual({ pages: 3 });
    expect(existsSync(staging)).toBe(false); // the staging folder is removed
  });

  it('reads the published records after the build when nothing was handed over', async () => {
    const dir = join(out, 'late');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'articles.json'), JSON.stringify({ articles: articles.slice(0, 2) }));
    const h = hooks();
    await h['astro:build:start']({ logger });
    expect(calls.added).toEqual([]);
    await h['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger });
    expect(calls.added).toEqual(articles.slice(0, 2).map((a) => a.url));
    expect(calls.written).toEqual([join(dir, 'pagefind') + '/']);
  });
});
