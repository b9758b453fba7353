/**
 * The 纯文本（.txt） download is read from the page (src/client/plain-text.ts), no longer carried in
 * it: for every article of a site built from the seeds and every page of the golden corpus (poems,
 * interviews, notes, tables, 落款, 公文 with 主送, 附件 and 落款, captions …), the text the browser
 * makes must be exactly what articlePlainText writes from the record, the day the reader downloads
 * it standing in the GB/T citation's 引用日期.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { articlePlainText, CITED_DATE_PLACEHOLDER } from '../../src/browse/citation.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';
import type { Article } from '../../src/records/schema.ts';
import { confineToOrigin } from '../support/chromium.ts';
import { closeBuiltSite, openBuiltSite } from '../support/built-site.ts';
import type { StaticServer } from '../support/static-server.ts';

const PAGES = 'tests/fixtures/pages';
let seeds: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let articles: Article[];

/** The seeds, and every golden page as a seed of its own with the metadata its key gives. */
function goldenSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plain-text-seeds-'));
  cpSync('seeds', dir, { recursive: true });
  const metaFile = join(dir, 'metadata.yaml');
  const meta = parseYaml(readFileSync(metaFile, 'utf8')) as { publications: Array<{ slug: string; name: string }>; seeds: Record<string, object> };
  const known = new Set(meta.publications.map((p) => p.slug));
  for (const slug of readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const key = parseYaml(readFileSync(join(PAGES, slug, 'key.yaml'), 'utf8')) as { meta?: Record<string, unknown> };
    const seedMeta = { publication: 'liushi', ...key.meta };
    const publication = String(seedMeta.publication);
    if (!known.has(publication)) {
      known.add(publication);
      meta.publications.push({ slug: publication, name: publication });
    }
    cpSync(join(PAGES, slug, 'page.txt'), join(dir, `golden-${slug}.txt`));
    meta.seeds[`golden-${slug}.txt`] = seedMeta;
  }
  writeFileSync(metaFile, toYaml(meta, { lineWidth: 0 }));
  return dir;
}

beforeAll(async () => {
  seeds = goldenSeeds();
  dist = mkdtempSync(join(tmpdir(), 'plain-text-dist-'));
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], { env: { ...process.env, SEEDS_DIR: seeds }, maxBuffer: 256 * 1024 * 1024 });
  ({ server, browser } = await openBuiltSite(dist, 'data/articles/index.json'));
  articles = readPublishedArticles(dist);
}, 600_000);

afterAll(async () => {
  await closeBuiltSite({ server, browser });
  for (const dir of [seeds, dist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the plain-text download, read from the page', () => {
  it('covers every kind of body block', () => {
    const kinds = new Set(articles.flatMap((a) => a.blocks.map((b) => b.type)));
    expect([...kinds].sort()).toEqual(['heading', 'list', 'note', 'paragraph', 'signature', 'table', 'turn', 'verse']);
    expect(articles.some((a) => a.document?.attachments.length)).toBe(true);
    expect(articles.some((a) => a.captions.some((c) => c.creditRaw))).toBe(true);
  });

  it('is the record’s plain text on every article page', async () => {
    const context = await browser.newContext();
    await confineToOrigin(context, server.origin);
    const page = await context.newPage();
    const differing: string[] = [];
    for (const a of articles) {
      await page.goto(`${server.origin}${encodeURI(a.url)}`);
      // The download as a reader gets it (the page's CSP keeps a script from fetching the blob).
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-text-download] a')]);
      const got = readFileSync(await download.path(), 'utf8');
      const url = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
      const today = (await page.textContent('[data-cited-date]'))!;
      const want = articlePlainText(a, url).replace(`[${CITED_DATE_PLACEHOLDER}]`, `[${today}]`);
      if (got !== want) differing.push(`${a.url}\n--- record\n${want}\n--- page\n${got}`);
    }
    await context.close();
    expect(differing.slice(0, 3).join('\n\n')).toBe('');
    expect(differing).toHaveLength(0);
  }, 900_000);
});
