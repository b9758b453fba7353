/**
 * An issue exported as one PDF of three pages, as readers meet it: each page its own 版 at its own
 * address. The second 版's page shows its own image with each region a link to one of its
 * articles; an article of the second page shows the second page's thumbnail with its region and
 * downloads that page as a PDF of its own; a page that prints no 版次 says its number is inferred.
 * Axe-clean at 390 and 1280 px.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pdf/read.ts';
import { closeBuiltSite, openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { axeViolations as axe, pageOpener, regions } from '../support/pdf-views.ts';
import { issuePdf } from '../helpers/issue-pdf.ts';

const ISSUE = '/liushi/2023-06-20/';
const P1 = `${ISSUE}p1/`;
const P2 = `${ISSUE}p2/`;
const root = mkdtempSync(join(tmpdir(), 'pdf-pages-site-'));
const dist = join(root, 'dist');
let site: BuiltSite;

beforeAll(async () => {
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  for (const f of ['places.yaml', 'site.yaml']) copyFileSync(join('seeds', f), join(seeds, f));
  const meta = readFileSync('seeds/metadata.yaml', 'utf8').replace(/\nseeds:[\s\S]*$/u, '\n');
  // As `npm run add` writes it for a file of several pages: no date and no page (the pages print them).
  writeFileSync(join(seeds, 'metadata.yaml'), `${meta}seeds:\n  liushi-2023-06-20-3f9a2c.pdf:\n    publication: liushi\n    kind: news-page\n`);
  writeFileSync(join(seeds, 'liushi-2023-06-20-3f9a2c.pdf'), await issuePdf());
  const env = { ...process.env, SEEDS_DIR: seeds, PDF_CACHE_DIR: join(root, 'cache'), PARSE_CACHE_DIR: 'off' };
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], { env, maxBuffer: 64 * 1024 * 1024 });
  site = await openBuiltSite(dist, 'index.html');
}, 300_000);

afterAll(async () => {
  await closeBuiltSite(site ?? {});
  rmSync(root, { recursive: true, force: true });
});

const open = pageOpener(() => site);

describe('the second 版 of a PDF of several pages', () => {
  it('has its own page, in the issue’s row of pages, showing its own image with a region per article of its own', async () => {
    const page = await open(P2, 1280);
    expect(await page.locator('h1').textContent()).toBe('第2版 综合新闻');
    const img = page.locator('.page-image img');
    expect(await img.getAttribute('src')).toBe(`${P2}page-800.webp`);
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    const names = await regions(page).evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    const hrefs = await regions(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const listed = await page.locator('main ol.link-list li a').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names).toContain('柳市镇启动夏季河道保洁“百日攻坚”');
    // Every region is one of this 版's articles, each at an address of this 版.
    for (const [i, n] of names.entries()) {
      expect(listed.some(([text, href]) => href === hrefs[i] && (n === '（无标题）' || text!.includes(n!)))).toBe(true);
      expect(hrefs[i]).toMatch(/^\/liushi\/2023-06-20\/p2-[0-9a-f]{6}\/$/u);
    }
    const nav = await page.locator('nav[aria-label="本期各版"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(nav).toEqual(expect.arrayContaining([P1, `${ISSUE}p4/`]));
    await page.context().close();
  });

  it('opens a region’s article in one tap on a phone', async () => {
    const page = await open(P2, 390, 2);
    const link = regions(page).filter({ has: page.locator('rect') }).and(page.locator('a[aria-label*="河道保洁"]'));
    const href = await link.getAttribute('href');
    await link.locator('rect').first().click();
    await page.waitForURL(`${site.server.origin}${href}`);
    expect(await page.locator('h1').first().textContent()).toContain('河道保洁');
    await page.context().close();
  });

  it.each([390, 1280])('passes axe (WCAG 2.x A/AA) at %i px', async (width) => {
    const page = await open(P2, width);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('an article of the second page', () => {
  const articleOfP2 = async (page: Page) => {
    const href = await page.locator('.page-image svg a[aria-label*="河道保洁"]').getAttribute('href');
    await page.goto(`${site.server.origin}${href}`);
  };

  it('shows the second page’s thumbnail with its region, linking to that 版, and downloads that page as a PDF of its own', async () => {
    const page = await open(P2, 1280);
    await articleOfP2(page);
    const thumb = page.locator('.page-thumb');
    expect(await thumb.locator('h2').textContent()).toBe('本文在第2版的位置');
    const img = thumb.locator('img');
    expect(await img.getAttribute('src')).toBe(`${P2}page-800.webp`);
    expect(await img.evaluate((i: HTMLImageElement) => (i.scrollIntoView(), i.decode().then(() => i.naturalWidth)))).toBeGreaterThan(0);
    expect(await thumb.locator('svg rect').count()).toBeGreaterThan(0);
    expect(await thumb.locator('a.page-thumb-link').getAttribute('href')).toBe(P2);
    const download = thumb.locator('a[download]');
    expect(await download.textContent()).toBe('下载第2版 PDF');
    expect(await download.getAttribute('href')).toBe(`${P2}page.pdf`);
    const pdf = await page.request.get(`${site.server.origin}${P2}page.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // The 版's own page, cut out of the file: one page, with its text layer.
    const pages = await readPdf(new Uint8Array(await pdf.body()));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items.map((i) => i.text).join('')).toContain('第2版');
    await page.context().close();
  });

  it.each([390, 1280])('passes axe at %i px', async (width) => {
    const page = await open(P2, width);
    await articleOfP2(page);
    await page.locator('.page-thumb img').evaluate((i: HTMLImageElement) => (i.scrollIntoView(), i.decode()));
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a page that prints no 版次', () => {
  it('is numbered by its place in the file, and says the number is inferred', async () => {
    const page = await open(P1, 390);
    expect(await page.locator('h1').textContent()).toBe('第1版（推定）');
    expect(await page.locator('.issue-facts').textContent()).toContain('这一页没有印版次，按它在 PDF 中的位置推定');
    expect(await regions(page).count()).toBe(5);
    await page.context().close();
    // The issue page's facts line says it too.
    const issue = await open(ISSUE, 390);
    expect(await issue.locator('main').textContent()).toContain('第1版（推定）、第2版、第4版');
    await issue.context().close();
  });
});
