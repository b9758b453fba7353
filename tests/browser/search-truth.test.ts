/**
 * The search page says only what is true (issue 19), in headless Chromium over the built site
 * (dist/; run `npm run build` first when running this file alone with SKIP_BUILD=1):
 * - punctuation: a word with punctuation inside is exact text first; when the exact text is not
 *   in the archive, its words are searched separately and a line says so (`柳市，文明`);
 * - the status names what was searched as it was searched (`原文“稳”和“进”` is exact);
 * - a name printed only on an issue page's masthead (`沈鹏`, 刊头题字) or its contribution address
 *   finds that issue page; a character is said to be absent only of everything a reader can read.
 * The reference is a plain substring test over dist/data/articles/ and dist/data/issues/ (the open
 * data), written here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/records/schema.ts';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';
import { readIssuePageTexts, type IssuePageText } from '../helpers/issue-pages.ts';

const DIST = resolve('dist');
let server: StaticServer;
let browser: Browser;
let page: Page;
let articles: Article[];
let issuePages: IssuePageText[];

/** Every text of an article search reads, in comparison form (NFKC, lower case, no whitespace). */
function texts(a: Article): string[] {
  const d = a.document;
  return [a.headline, a.kicker, a.subheadline, a.byline.raw, ...a.body, ...a.captions.flatMap((c) => [c.text, c.creditRaw]), ...(d ? [d.issuer, d.number, d.signer, d.addressee, d.closingOrgan, d.closingDate] : [])]
    .filter((s): s is string => !!s)
    .map((s) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
}
const containsAll = (a: Article, words: string[]) => words.every((w) => texts(a).some((t) => t.includes(w)));
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
/** An issue page's own text (刊头题字, 投稿信箱 …) holds every word. */
const pageHolds = (i: IssuePageText, words: string[]) => words.every((w) => i.texts.some((t) => norm(t).includes(w)));

async function search(q: string) {
  await page.goto(`${server.origin}/search/?${new URLSearchParams({ q })}`);
  await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    state: document.querySelector('[data-search-status]')?.getAttribute('data-search-status') ?? null,
    note: document.querySelector('[data-search-note]')?.textContent ?? null,
    scope: document.querySelector('[data-search-hint="scope"]')?.textContent ?? null,
    paths: [...document.querySelectorAll('[data-search-result] a[href]')].map((a) => new URL(a.getAttribute('href')!, location.origin).pathname),
    help: document.querySelector('.search-help')?.textContent ?? '',
  }));
}

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'search/idx/manifest.json'))) throw new Error('dist/search/idx/ is missing: run `npm run build` first');
  articles = readPublishedArticles(DIST);
  issuePages = readIssuePageTexts(DIST);
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('punctuation in a query', () => {
  it('柳市，文明 is not in the archive as typed: the words are searched separately, and a line says so', async () => {
    const exact = articles.filter((a) => texts(a).some((t) => t.includes('柳市,文明')));
    expect(exact).toEqual([]);
    expect(issuePages.filter((i) => pageHolds(i, ['柳市,文明']))).toEqual([]);
    expect(issuePages.filter((i) => pageHolds(i, ['柳市', '文明']))).toEqual([]);
    const expected = articles.filter((a) => containsAll(a, ['柳市', '文明'])).map((a) => a.url).sort();
    expect(expected.length).toBeGreaterThan(0);
    const shown = await search('柳市，文明');
    expect(shown.state).toBe('results');
    expect(shown.note).toBe('没有找到与原文“柳市，文明”完全一致的文字；下面是把标点两边的词分开查找、同时包含“柳市”“文明”的文章。');
    expect(shown.status).toContain(`找到${expected.length}篇包含“柳市”“文明”的文章`);
    expect([...shown.paths].sort()).toEqual(expected);
    // The same articles as the words typed with a space.
    expect([...(await search('柳市 文明')).paths].sort()).toEqual(expected);
  });

  it('稳”和“进 is found as exact text, and the status says it searched the exact text', async () => {
    const expected = articles.filter((a) => texts(a).some((t) => t.includes('稳”和“进'))).map((a) => a.url);
    const shown = await search('稳”和“进');
    expect(shown.note).toBeNull();
    expect(shown.status).toBe(`找到${expected.length}篇包含原文“稳”和“进”的文章`);
    expect(shown.paths.sort()).toEqual(expected.sort());
  });

  it('states the rule in the help text as the page applies it', async () => {
    const { help } = await search('柳市');
    expect(help).toContain('用空格分开的几个词，文章须同时包含');
    expect(help).toContain('带标点的字词先按原文整句查找；找不到时，再把标点两边的词分开查找');
  });
});

describe('text outside the articles', () => {
  const ISSUE = '/liushi/undated-000-42a43713ae88928f/';

  it.each([
    ['沈鹏', '刊头题字'],
    ['liushiwed', '投稿信箱'],
  ])('%s (%s, printed on an issue page and in no article) finds the issue page that shows it', async (q) => {
    const html = readFileSync(resolve(DIST, `.${ISSUE}index.html`), 'utf8');
    expect(html).toContain(q);
    expect(articles.some((a) => containsAll(a, [q]))).toBe(false);
    expect(issuePages.filter((i) => i.texts.some((t) => t.toLowerCase().includes(q))).map((i) => i.url)).toEqual([ISSUE]);
    const shown = await search(q);
    expect(shown.state).toBe('results');
    expect(shown.paths).toEqual([ISSUE]);
    expect(shown.status).toBe(`找到包含“${q}”的1个期次页`);
    expect(shown.scope).toBeNull();
  });

  it('says a character is absent only of everything a reader can read, naming it', async () => {
    const shown = await search('鑫');
    expect(shown.state).toBe('absent');
    expect(shown.status).toBe('文章的标题、正文、作者和图片说明，以及期次页上的刊头题字、投稿信箱等版面文字中都没有“鑫”字。');
  });

  it('says in the help text that the issue pages’ own text is searched', async () => {
    expect((await search('柳市')).help).toContain('以及期次页上不属于任何文章的文字（刊头题字、投稿信箱、启事等，结果指向该期次页）');
  });
});
