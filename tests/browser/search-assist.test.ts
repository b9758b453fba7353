/**
 * Queries a resident types (issue 21), in Chromium over dist/ at a phone's and a desktop's width:
 * 繁体 searched in 简体 and said so, 拼音 and 首字母 offering place and people names, dates offering
 * that month's or day's issues, near misses offering the nearest names, and an article opened from
 * search leading back to the results and from match to match. Expected names and issues are read
 * from dist/data/*.json and pinyin-pro here, not from /search/names.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/records/schema.ts';
import { confineToOrigin } from '../support/chromium.ts';
import { type StaticServer } from '../support/static-server.ts';
import { closeBuiltSite, openBuiltSite } from '../support/built-site.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';
import { searchableTexts } from '../../src/search/document.ts';

/** All an article's searchable text, as the index reads it (whole, and across punctuation: `德力西` is plain text). */
const searchableText = (a: Article) => searchableTexts(a).join('\n');

const DIST = resolve('dist');
let server: StaticServer;
let browser: Browser;
let articles: Article[];

beforeAll(async () => {
  ({ server, browser } = await openBuiltSite(DIST, 'search/names.json'));
  articles = readPublishedArticles(DIST);
}, 60_000);

afterAll(() => closeBuiltSite({ server, browser }));

async function search(q: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await confineToOrigin(context, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
  await page.locator('[data-search-status]').first().waitFor({ timeout: 20_000 });
  return page;
}
const assistLinks = (page: Page, kind: string) =>
  page.locator(`[data-search-assist="${kind}"] a`).evaluateAll((as) => as.map((a) => ({ href: decodeURI(a.getAttribute('href')!), text: a.textContent! })));

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  it('a query in 繁体 is searched in 简体, and says so', async () => {
    const page = await search('黃華', viewport);
    const note = await page.locator('[data-search-assist="simplified"]').textContent();
    const status = await page.locator('[data-search-status]').first().getAttribute('data-search-status');
    await page.context().close();
    expect(note).toContain('已按简体“黄华”查找');
    const expected = articles.filter((a) => [a.headline, ...a.body].join('').includes('黄华')).length;
    expect(expected).toBeGreaterThan(0);
    expect(status).toBe('results');
  });

  it('a query in 简体 does not fetch the converter', async () => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    await confineToOrigin(context, server.origin);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('柳市')}`);
    await page.locator('[data-search-status]').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(fetched.filter((p) => /t2cn/u.test(p))).toEqual([]);
    expect(fetched.some((p) => p === '/search/names.json')).toBe(true);
  });

  it('拼音 and 首字母 offer the place names they spell', async () => {
    const places = JSON.parse(readFileSync(resolve(DIST, 'data/places.json'), 'utf8')).places as Array<{ name: string }>;
    const spelled = places.filter((p) => pinyin(p.name, { toneType: 'none', type: 'array' }).join('').startsWith('huanghua')).map((p) => p.name);
    expect(spelled.length).toBeGreaterThan(0);
    for (const q of ['huanghua', 'Huang Hua']) {
      const page = await search(q, viewport);
      const links = await assistLinks(page, 'pinyin');
      await page.context().close();
      for (const name of spelled) expect(links.map((l) => l.href), q).toContain(`/places/${name}/`);
    }
    const initials = pinyin(spelled[0]!, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    const page = await search(initials, viewport);
    expect((await assistLinks(page, 'pinyin')).map((l) => l.href)).toContain(`/places/${spelled[0]}/`);
    await page.context().close();
  });

  it('a date offers the issues of that month or day', async () => {
    const dated = articles.find((a) => a.issue.date)!.issue;
    const [y, m, d] = dated.date!.split('-').map(Number);
    for (const q of [`${y}年${m}月`, `${y}-${String(m).padStart(2, '0')}`, `${y}年${m}月${d}日`]) {
      const page = await search(q, viewport);
      const links = await assistLinks(page, 'date');
      await page.context().close();
      expect(links.map((l) => l.href), q).toContain(dated.url);
    }
    const page = await search('1999年1月', viewport);
    expect(await page.locator('[data-search-assist="date"]').textContent()).toContain('档案中没有1999年1月的报纸');
    await page.context().close();
  });

  it('a name one character off finds nothing, and offers the nearest name', async () => {
    const person = [...new Set(articles.flatMap((a) => a.byline.reporters))].find((n) => [...n].length === 3)!;
    const typo = `${[...person].slice(0, 2).join('')}曌`;
    const page = await search(typo, viewport);
    await page.locator('[data-search-assist="nearest"]').waitFor({ timeout: 10_000 });
    const links = await assistLinks(page, 'nearest');
    await page.context().close();
    expect(links.map((l) => l.text).join(' ')).toContain(person);
  });

  it('a near miss of a word in the articles (德立西) finds nothing, and offers the word, said to be a suggestion', async () => {
    const word = '德力西';
    const typo = '德立西';
    expect(articles.some((a) => [a.headline, ...a.body].join('').includes(word))).toBe(true);
    expect(articles.some((a) => [a.headline, ...a.body].join('').includes(typo))).toBe(false);
    const page = await search(typo, viewport);
    expect(await page.locator('[data-search-status]').first().getAttribute('data-search-status')).toMatch(/^(none|absent)$/u);
    const box = page.locator('[data-search-assist="words"]');
    await box.waitFor({ timeout: 10_000 });
    expect(await box.locator('p').textContent()).toContain('只是按字形给的建议');
    // Said after the line that nothing was found, not before it.
    const after = await page.evaluate(() => {
      const status = document.querySelector('[data-search-status]')!;
      return !!(status.compareDocumentPosition(document.querySelector('[data-search-assist="words"]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
    const link = box.locator('a', { hasText: word }).first();
    expect(decodeURIComponent((await link.getAttribute('href'))!)).toBe(`/search/?q=${word}`);
    const height = (await link.boundingBox())!.height;
    expect(height).toBeGreaterThanOrEqual(24);
    await link.click();
    await page.locator('[data-search-status="results"]').waitFor({ timeout: 20_000 });
    const count = Number(await page.locator('[data-search-status="results"]').getAttribute('data-count'));
    await page.context().close();
    expect(count).toBe(articles.filter((a) => searchableText(a).includes(word)).length);
  });

  it('an article opened from search leads back to the results and from match to match', async () => {
    const q = '柳市';
    const article = articles.find((a) => a.body.join('').split(q).length > 3)!;
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    await confineToOrigin(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}${article.url}?q=${encodeURIComponent(q)}`);
    const nav = page.locator('nav.match-nav');
    await nav.waitFor({ timeout: 10_000 });
    expect(decodeURIComponent((await nav.locator('a').getAttribute('href'))!)).toBe(`/search/?q=${q}`);
    const total = await page.locator('mark[data-search-highlight]').count();
    expect(total).toBeGreaterThan(2);
    await expect(nav.locator('.match-where').textContent()).resolves.toBe(`第1处，共${total}处`);
    await nav.getByRole('button', { name: '下一处' }).click();
    await expect(nav.locator('.match-where').textContent()).resolves.toBe(`第2处，共${total}处`);
    await nav.getByRole('button', { name: '上一处' }).click();
    await nav.getByRole('button', { name: '上一处' }).click();
    await expect(nav.locator('.match-where').textContent()).resolves.toBe(`第${total}处，共${total}处`);
    const box = await nav.getByRole('button', { name: '下一处' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});
