/**
 * The search page around the results, in headless Chromium over dist/ (built from the real seeds by
 * tests/global-setup.ts): focus goes to the result count after a search (so the first result is one
 * Tab away), a strip of counts by year links to each year, a place's name links to its page, a
 * query in letters is answered about letters, a match in a section heading shows the paragraph
 * under it, and results label 出版日期 and 报道日期.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const articles = readPublishedArticles('dist');
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startStaticServer('dist');
  browser = await launchChromium();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  contexts.push(context);
  await confineToOrigin(context, server.origin);
  return context.newPage();
}

async function search(page: Page, q: string) {
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
}

const focusedStatus = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-search-status') ?? null);

describe('after a search', () => {
  it('moves focus to the result count, so the first result is one Tab away', async () => {
    const page = await newPage();
    await search(page, '柳市');
    expect(await focusedStatus(page)).toBe('results');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-search-result]'))).toBe(true);

    // A search typed on the page: the same.
    await page.fill('#search-q', '陈清清');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('陈清清'));
    expect(await focusedStatus(page)).toBe('results');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-search-result]'))).toBe(true);
  });

  it('labels each result’s dates as the article page does', async () => {
    const page = await newPage();
    const a = articles.find((x) => x.date && x.issue.dateLabel.includes('推定'))!;
    await search(page, a.headline);
    const meta = (await page.locator(`[data-search-result] a[href^="${a.url}"]`).locator('xpath=ancestor::li').locator('.search-meta').textContent())!;
    expect(meta).toContain(`出版日期 ${a.issue.dateLabel}`);
    expect(meta).toMatch(/报道日期 \d{4}年\d{1,2}月\d{1,2}日/u);
  });
});

describe('the year strip', () => {
  it('draws a bar per year with its count, each a link that narrows the search to that year', async () => {
    const page = await newPage();
    const q = '记者';
    await search(page, q);
    await page.locator('[data-year-strip="done"]').waitFor();
    const bars = await page.locator('[data-year-strip] a[data-year]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-year'), a.querySelector('.year-count')?.textContent]));
    const expected = new Map<string, number>();
    for (const a of articles) {
      const text = [a.headline, a.kicker, a.subheadline, a.byline.raw, ...a.body, ...a.captions.map((c) => c.text)].join('\n');
      const year = (a.date ?? a.issue.date)?.slice(0, 4) ?? (a.issue.year ? String(a.issue.year) : null);
      if (year && text.includes(q)) expected.set(year, (expected.get(year) ?? 0) + 1);
    }
    expect(new Map(bars.map(([y, n]) => [y!, Number(n)]))).toEqual(expected);
    expect(bars.map(([y]) => y)).toEqual([...expected.keys()].sort()); // oldest first
    // The bars are drawn: their heights follow the counts.
    const heights = await page.locator('[data-year-strip] .year-bar').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeGreaterThan(Math.min(...heights));

    const year = bars[0]![0]!;
    await page.click(`[data-year-strip] a[data-year="${year}"]`);
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === y, year);
    await page.waitForSelector('#search-results[aria-busy="false"]');
    expect(Number(await page.getAttribute('[data-search-status]', 'data-count'))).toBe(expected.get(year));
    await page.locator('[data-year-strip="done"]').waitFor();
    expect(await page.getAttribute(`[data-year-strip] a[data-year="${year}"]`, 'aria-current')).toBe('true');
  });
});

describe('what the query is', () => {
  it('links a place’s page above the results when the query is a place name', async () => {
    const page = await newPage();
    await search(page, '翔金垟村');
    expect(decodeURI((await page.getAttribute('[data-search-place] a', 'href'))!)).toBe('/places/翔金垟村/');
    await search(page, '翔金垟');
    expect(await page.getAttribute('[data-search-place]', 'data-search-place')).toBe('翔金垟村');
    await search(page, '会议');
    expect(await page.locator('[data-search-place]').count()).toBe(0);
  });

  it('answers a query in Latin letters about letters, not 字, and says the archive is in Chinese', async () => {
    const page = await newPage();
    // Pinyin of 文明 (liushi is printed: the issue page's contribution address liushiwed@126.com is searched).
    await search(page, 'wenming');
    const status = (await page.textContent('[data-search-status]'))!;
    expect(status).toContain('字母');
    expect(status).not.toContain('字”');
    expect(status).not.toMatch(/”字/u);
    expect(await page.textContent('[data-search-hint="latin"]')).toContain('请输入汉字');
    expect(await focusedStatus(page)).toBe('absent');
  });

  it('shows the paragraph under a section heading that matches, not the heading alone', async () => {
    const page = await newPage();
    // A heading whose longest run without punctuation occurs nowhere else in the archive.
    const run = (text: string) => text.split(/[\p{P}\s]+/u).sort((x, y) => y.length - x.length)[0]!;
    const counts = (s: string) => articles.filter((a) => [a.headline, ...a.body].join('\n').includes(s)).length;
    const found = articles
      .flatMap((a) => a.blocks.map((b, i) => ({ a, b, next: a.blocks[i + 1] })))
      .find(({ b, next }) => b.type === 'heading' && next?.type === 'paragraph' && run(b.text).length >= 4 && counts(run(b.text)) === 1);
    expect(found, 'the seeds should hold a section heading, followed by a paragraph, whose longest run occurs in one article only').toBeDefined();
    const { a, b, next } = found as { a: (typeof articles)[number]; b: { text: string }; next: { text: string } };
    await search(page, run(b.text));
    const item = page.locator(`[data-search-result]:has(a[href^="${a.url}"])`);
    const excerpt = (await item.locator('.search-excerpt').textContent())!;
    expect(excerpt.startsWith(b.text)).toBe(true);
    expect(excerpt).toContain(`｜${next.text.slice(0, 10)}`);
    expect(await item.locator('.search-excerpt mark').first().textContent()).toBe(run(b.text));
  });
});
