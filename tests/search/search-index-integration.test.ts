/**
 * The route records take from the content loader to the search index: the loader writes them to
 * the build's spill file (src/integrations/build-spill.ts), the integration indexes that file
 * from astro:build:start in a worker thread into a staging folder, and moves the folder into the
 * build output at astro:build:done, removing the spill folder. No spill file: the build fails.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import searchIndexIntegration from '../../src/integrations/search-index.ts';
import { redirectSources, spillDir, spillRedirectSources, spillSearchRecords } from '../../src/integrations/build-spill.ts';
import { loadArchive } from '../../src/archive/load.ts';
import { fragmentPath, type Fragment, type Manifest } from '../../src/search/format.ts';

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
  const urls = Array.from({ length: manifest.documents }, (_, doc) => {
    const bundle = Math.floor(doc / manifest.fragmentBundle);
    const fragments = JSON.parse(readFileSync(join(idx, manifest.version, fragmentPath(bundle)), 'utf8')) as Fragment[];
    return fragments[doc % manifest.fragmentBundle]!.url;
  });
  return { manifest, urls };
}

describe('search index integration', () => {
  it('indexes the spilled records in a worker from build start, moves the index into the output, removes the spill', async () => {
    const root = join(out, 'project');
    const dir = join(out, 'early');
    const h = hooks(root);
    spillSearchRecords(root, articles.slice(0, 3));
    spillRedirectSources(root, ['/old/address/']);
    await h['astro:build:start']({ logger });
    await h['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger });
    const { manifest, urls } = indexed(dir);
    expect(manifest.documents).toBe(3);
    expect([...urls].sort()).toEqual(articles.slice(0, 3).map((a) => a.url).sort());
    // Read at build start, still known to the sitemap after the spill folder is gone.
    expect(existsSync(spillDir(root))).toBe(false);
    expect([...redirectSources(root)]).toEqual(['/old/address/']);
  });

  it('fails the build when the loader spilled no records', async () => {
    const h = hooks(join(out, 'project2'));
    await h['astro:build:start']({ logger });
    await expect(h['astro:build:done']({ dir: pathToFileURL(`${join(out, 'none')}/`), logger })).rejects.toThrow(/wrote no search records/u);
  });

  it('names the file and line of a record it cannot read', async () => {
    const root = join(out, 'project3');
    const file = spillSearchRecords(root, articles.slice(0, 2));
    appendFileSync(file, '{"url": \n');
    const h = hooks(root);
    await h['astro:build:start']({ logger });
    await expect(h['astro:build:done']({ dir: pathToFileURL(`${join(out, 'broken')}/`), logger })).rejects.toThrow(/search-records\.jsonl:3:/u);
    expect(existsSync(spillDir(root))).toBe(false);
  });
});
