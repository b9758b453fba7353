/**
 * No page sends a request outside the site's own origin, and nothing trips the
 * Content-Security-Policy: one page of every type, opened in Chromium with every request of the
 * page and its workers recorded (and any off-origin one refused).
 */
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';


let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];
const outside: string[] = [];
const cspViolations: string[] = [];

const articles = readPublishedArticles('dist');
const news = articles.find((a) => a.kind === 'news')!;
const document = articles.find((a) => a.kind === 'document')!;
const feature = articles.find((a) => a.kind === 'feature')!;
const places = JSON.parse(readFileSync('dist/data/places.json', 'utf8')) as { places: { url: string }[] };

/** One address of every page type the site has. */
const PAGES: [type: string, path: string][] = [
  ['home', '/'],
  ['all issues', '/issues/'],
  ['publication', '/liushi/'],
  ['issue', news.issue.url],
  ['news article', news.url],
  ['feature article', feature.url],
  ['document article', document.url],
  ['article with search highlight', `${news.url}?q=${encodeURIComponent(news.headline.slice(0, 4))}`],
  ['year of a publication', '/liushi/2023/'],
  ['page of an issue', `${news.issue.url}p1/`],
  ['people', '/people/'],
  ['person', `/people/${encodeURIComponent(news.byline.reporters[0]!)}/`],
  ['places', '/places/'],
  ['place', places.places[0]!.url],
  ['search with results', `/search/?q=${encodeURIComponent('柳市')}`],
  ['about', '/about/'],
  ['not found', '/no/such/page/'],
];

beforeAll(async () => {
  server = await startStaticServer('dist');
  browser = await launchChromium();
  context = await browser.newContext();
  await confineToOrigin(context, server.origin, { seen: requests, outside });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('every page type', () => {
  it.each(PAGES)('%s (%s) requests only its own origin and breaks no CSP rule', async (type, path) => {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content.Security.Policy/iu.test(m.text())) cspViolations.push(`${type}: ${m.text()}`);
    });
    const before = requests.length;
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    if (type === 'search with results') await page.locator('#search-results li').first().waitFor();
    await page.close();
    expect(requests.length).toBeGreaterThan(before);
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('fills the search filters from the page, shows the results, then the year strip, loading only index shards for the query', async () => {
    const page = await context.newPage();
    const before = requests.length;
    // When the first result appears and when the year strip is drawn (in the page's clock).
    await page.addInitScript(() => {
      const w = window as unknown as { resultsAt?: number; stripAt?: number };
      // window.document: `document` in this file is the 公文 record.
      new MutationObserver(() => {
        const now = performance.timeOrigin + performance.now();
        if (!w.resultsAt && window.document.querySelector('#search-results li')) w.resultsAt = now;
        if (!w.stripAt && window.document.querySelector('[data-year-strip="done"]')) w.stripAt = now;
      }).observe(window.document, { childList: true, subtree: true });
    });
    try {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('柳市')}`);
      await page.locator('[data-year-strip="done"]').waitFor();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('select[name="pub"] option').allTextContents()).resolves.toEqual(['全部报刊', '柳市', '柯城', '南塘镇委']);
      await expect(page.locator('select[name="year"] option').allTextContents()).resolves.toEqual(['全部年份', '2023年', '2022年']);
      const { resultsAt, stripAt } = await page.evaluate(() => {
        const w = window as unknown as { resultsAt?: number; stripAt?: number };
        return { resultsAt: w.resultsAt, stripAt: w.stripAt };
      });
      expect(resultsAt).toBeGreaterThan(0);
      expect(stripAt).toBeGreaterThanOrEqual(resultsAt!);
    } finally {
      await page.close();
    }
    const made = requests.slice(before);
    const index = made.filter((u) => u.includes('/search/idx/'));
    expect(index.some((u) => /\/search\/idx\/[0-9a-f]+\/d\/\d+\.bin$/u.test(u))).toBe(true);
    // A two-character query needs no positions; every other file is a result's fragment.
    expect(index.filter((u) => !/manifest\.json$|\/d\/\d+\.bin$|\/f\/\d+\/\d+\.json$/u.test(u))).toEqual([]);
  });

  it('loaded the search index from the site itself', () => {
    expect(requests.some((u) => /\/search\/idx\/manifest\.json$/u.test(u))).toBe(true);
  });
});
