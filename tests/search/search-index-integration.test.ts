/**
 * The search-index integration's two paths: articles handed over by the content loader are indexed
 * from astro:build:start in a worker thread into a staging folder, and the folder is moved into
 * the build output at astro:build:done; with nothing handed over, the published
 * /data/articles.json is read after the build.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import searchIndexIntegration from '../../src/integrations/search-index.ts';
import { offerArticlesForSearch } from '../../src/integrations/handoff.ts';
import { loadArchive } from '../../src/archive/load.ts';
import type { Fragment, Manifest } from '../../src/search/format.ts';

const articles = loadArchive(resolve('seeds')).articles;
const logger = { info: vi.fn(), warn: vi.fn() } as never;
const out = mkdtempSync(join(tmpdir(), 'search-index-integration-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Hook = (options: Record<string, unknown>) => Promise<void> | void;
function hooks(root: string) {
  const h = searchIndexIntegration().hooks as unknown as Record<'astro:config:done' | 'astro:build:start' | 'astro:build:done', Hook>;
  void h['astro:config:done']({ config: { root: pathToFileURL(`${root}/`) } });
  return h;
}

/** The URLs of the fragments written, in document order. */
function indexed(dir: string): { manifest: Manifest; urls: string[] } {
  const idx = join(dir, 'search', 'idx');
  const manifest = JSON.parse(readFileSync(join(idx, 'manifest.json'), 'utf8')) as Manifest;
  const urls = Array.from({ length: manifest.documents }, (_, doc) => (JSON.parse(readFileSync(join(idx, manifest.version, 'f', '0', `${doc}.json`), 'utf8')) as Fragment).url);
  return { manifest, urls };
}

describe('search index integration', () => {
  it('indexes handed-over articles in a worker from build start, then moves the index into the output', async () => {
    const root = join(out, 'project');
    const dir = join(out, 'early');
    const h = hooks(root);
    offerArticlesForSearch(articles.slice(0, 3));
    await h['astro:build:start']({ logger });
    const staging = join(root, 'node_modules', '.cache', 'liushi-archive');
    await h['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger });
    const { manifest, urls } = indexed(dir);
    expect(manifest.documents).toBe(3);
    expect([...urls].sort()).toEqual(articles.slice(0, 3).map((a) => a.url).sort());
    // The staging folder is gone once moved.
    expect(existsSync(staging) ? readdirSync(staging).filter((f) => f.startsWith('search-index-')) : []).toEqual([]);
  });

  it('reads the published records after the build when nothing was handed over', async () => {
    const dir = join(out, 'late');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'articles.json'), JSON.stringify({ articles: articles.slice(0, 2) }));
    const h = hooks(join(out, 'project2'));
    await h['astro:build:start']({ logger });
    await h['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger });
    expect([...indexed(dir).urls].sort()).toEqual(articles.slice(0, 2).map((a) => a.url).sort());
  });

  it('names the file when the published records are not readable', async () => {
    const dir = join(out, 'broken');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'articles.json'), '{"articles": [{"id": 1}]}');
    const h = hooks(join(out, 'project3'));
    await h['astro:build:start']({ logger });
    await expect(h['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger })).rejects.toThrow(/articles\.json: field articles\.0/u);
  });
});
