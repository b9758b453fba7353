/**
 * Text that looks like HTML or script (<script>, <img onerror=…>, javascript: links, {{ }}) is
 * shown as text on the article page and in search results, and runs nothing. Built from a seeds
 * folder holding the real seeds plus tests/fixtures/hostile/markup-in-text.txt.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/records/schema.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { launchChromium } from '../support/chromium.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const SEED = 'markup-in-text.txt';

let seedsDir: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let article: Article;
const dialogs: string[] = [];

beforeAll(async () => {
  seedsDir = mkdtempSync(join(tmpdir(), 'seeds-hostile-'));
  outDir = mkdtempSync(join(tmpdir(), 'dist-hostile-'));
  cpSync('seeds', seedsDir, { recursive: true });
  cpSync(`tests/fixtures/hostile/${SEED}`, join(seedsDir, SEED));
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, SEEDS_DIR: seedsDir }, maxBuffer: 64 * 1024 * 1024 });
  const data = { articles: readPublishedArticles(outDir) };
  article = data.articles.find((a) => a.seed === SEED)!;
  server = await startStaticServer(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (seedsDir) rmSync(seedsDir, { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

describe('markup in the text', () => {
  it('is parsed as text into the record', () => {
    expect(article.headline).toBe('<script>window.__pwned=1</script>标题里的代码测试');
    expect(article.body[0]).toContain('<img src=x onerror="window.__pwned=2">');
  });

  it('shows as text on the article page and runs nothing', async () => {
    await page.goto(`${server.origin}${article.url}`);
    expect(await page.textContent('h1')).toContain('<script>window.__pwned=1</script>标题里的代码测试');
    const body = await page.textContent('[data-article-body]');
    expect(body).toContain('<img src=x onerror="window.__pwned=2">');
    expect(body).toContain('{{ 7*7 }}');
    expect(body).toContain('<a href="javascript:window.__pwned=3">链接</a>');
    expect(await page.locator('[data-article-body] img, [data-article-body] a[href^="javascript:"]').count()).toBe(0);
    expect(await pwned()).toBeNull();
  });

  it('shows as text in search results and their excerpts, and runs nothing', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('标题里的代码测试')}`);
    await page.waitForSelector('[aria-busy="false"]');
    const result = page.locator('[data-search-result]').first();
    expect(await result.textContent()).toContain('<script>window.__pwned=1</script>标题里的代码测试');
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('onerror')}`);
    await page.waitForSelector('[aria-busy="false"]');
    expect(await page.locator('[data-search-result]').first().textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('[data-search-result] img').count()).toBe(0);
    expect(await pwned()).toBeNull();
  });

  it('raised no dialog and requested no image named in the text', () => {
    expect(dialogs).toEqual([]);
    expect(server.log.some((r) => r.path.endsWith('/x'))).toBe(false);
  });
});
