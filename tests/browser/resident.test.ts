/**
 * What a resident trips over (issue 21), in Chromium over the seeds' site (dist/) at a phone's and
 * a desktop's width: the order of 最新各期, the wording of dates, 公文 and counts, one spacing of
 * numbers, headings a screen reader hears alone, tap targets, the header at 特大, CJK punctuation,
 * one page width, every issue two clicks from home, and lines that break between words only.
 * Expectations come from dist/data/articles/ (the open data) and jieba, not from the page components.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, IssueRef } from '../../src/records/schema.ts';
import { confineToOrigin } from '../support/chromium.ts';
import { type StaticServer } from '../support/static-server.ts';
import { closeBuiltSite, openBuiltSite } from '../support/built-site.ts';
import { breakablePieces } from '../../src/browse/words.ts';
import { useJieba } from '../../src/places/jieba.ts';
import { gazetteerWords, loadGazetteer } from '../../src/places/gazetteer.ts';
import { TEXT_SIZE_STORAGE_KEY } from '../../src/site/text-sizes.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const DIST = resolve('dist');
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
let server: StaticServer;
let browser: Browser;
let articles: Article[];
let issues: IssueRef[];

beforeAll(async () => {
  ({ server, browser } = await openBuiltSite(DIST, 'index.html'));
  articles = readPublishedArticles(DIST);
  issues = [...new Map(articles.map((a) => [a.issue.key, a.issue])).values()];
}, 120_000);

afterAll(() => closeBuiltSite({ server, browser }));

async function open(path: string, viewport: { width: number; height: number }, textSize?: string): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await confineToOrigin(context, server.origin);
  if (textSize) await context.addInitScript(([key, s]) => localStorage.setItem(key, s), [TEXT_SIZE_STORAGE_KEY, textSize] as const);
  const page = await context.newPage();
  await page.goto(server.origin + path);
  return page;
}
const close = (page: Page) => page.context().close();
const mainText = (page: Page) => page.locator('main').innerText();
const yearOf = (i: IssueRef) => (i.date ? Number(i.date.slice(0, 4)) : i.year);

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  it('最新各期 on the home page is newest first: newer years above older, unknown years last', async () => {
    const page = await open('/', viewport);
    const hrefs = await page.locator('#latest-title ~ ul a.entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await close(page);
    const byUrl = new Map(issues.map((i) => [i.url, i]));
    const years = hrefs.map((h) => yearOf(byUrl.get(h)!));
    expect(years.length).toBeGreaterThan(2);
    const known = years.filter((y): y is number => y !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(years.slice(years.findIndex((y) => y === null)).every((y) => y === null)).toBe(true);
    // Dated issues of one year are newest first too.
    const dates = hrefs.map((h) => byUrl.get(h)!.date).filter((d): d is string => !!d);
    for (let i = 1; i < dates.length; i++) if (dates[i]!.slice(0, 4) === dates[i - 1]!.slice(0, 4)) expect(dates[i]! <= dates[i - 1]!).toBe(true);
  });

  it('an inferred date is said once, without spaces inside the sentence', async () => {
    const inferred = issues.find((i) => i.inferred && i.inferred.evidence.length > 0)!;
    const page = await open(inferred.url, viewport);
    const note = (await page.locator('main details.date-evidence summary').first().innerText()).replace(/\n/gu, '');
    await close(page);
    expect(note).toContain('报上没有印出版日期');
    expect(note).not.toMatch(/推定）是推定/u);
    // No space between Chinese characters or before punctuation (the flex gap made `， 2023年 3月 下旬`).
    expect(note).not.toMatch(/[\p{Script=Han}，。（）] | [\p{Script=Han}，。（）]/u);
  });

  it('a 公文 is not in a 期: no 本期, counted in 件, no 出版日期 beside its 成文日期', async () => {
    const doc = articles.find((a) => a.document && a.date)!;
    const page = await open(doc.url, viewport);
    const text = await mainText(page);
    const labels = await page.locator('.article-meta dt').allInnerTexts();
    await close(page);
    expect(text).not.toMatch(/本期/u);
    expect(labels.join('')).toContain('成文日期');
    expect(labels.join('')).not.toContain('出版日期');
  });

  it('a year of one 公文 says 件 and offers no range from a day to the same day', async () => {
    const doc = articles.find((a) => a.document && a.issue.date)!;
    const page = await open(`/${doc.issue.publication}/${doc.issue.date!.slice(0, 4)}/`, viewport);
    const html = await page.locator('main').innerHTML();
    const text = await mainText(page);
    await close(page);
    expect(text).not.toMatch(/（\d+期）/u);
    expect(text).toMatch(/（1件）/u);
    const days = [...html.matchAll(/从(.+?)到(.+?)。/gu)].map((m) => [m[1]!.replace(/<[^>]+>/gu, ''), m[2]!.replace(/<[^>]+>/gu, '')]);
    for (const [from, to] of days) expect(from).not.toBe(to);
  });

  it("a paper's page lists each issue once", async () => {
    const pub = issues.find((i) => i.publication === 'liushi')!.publication;
    const page = await open(`/${pub}/`, viewport);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await close(page);
    const issueUrls = new Set(issues.map((i) => i.url));
    const listed = hrefs.filter((h) => issueUrls.has(h));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual([...new Set(listed)]);
  });

  it('numbers are not spaced from the Chinese around them, and the footer does not deny the repairs', async () => {
    for (const path of ['/', '/liushi/', '/places/', '/people/', '/search/?q=柳市', issues[0]!.url]) {
      const page = await open(path, viewport);
      if (path.startsWith('/search/')) await page.locator('[data-search-status]').first().waitFor({ timeout: 15_000 });
      const text = `${await mainText(page)}\n${await page.locator('footer').innerText()}`;
      await close(page);
      // A count is written solid (共2期, 找到7篇); a space may only separate a name from a date (柳市 2023年).
      expect(text, path).not.toMatch(/\d \p{Script=Han}|(?:找到|共|有|前|约) \d/u);
      expect(text, path).not.toContain('不作改写');
    }
  });

  it('headings are the title alone: the fact line is not part of the H1', async () => {
    const person = articles.flatMap((a) => a.byline.reporters)[0]!;
    const place = articles.flatMap((a) => a.places)[0]!;
    const cases: Array<[string, (h1: string) => void]> = [
      [issues[0]!.url, (h1) => expect(h1).not.toMatch(/篇文章|版/u)],
      [`/people/${encodeURIComponent(person)}/`, (h1) => expect(h1).toBe(person)],
      [`/places/${encodeURIComponent(place)}/`, (h1) => expect(h1).toBe(place)],
    ];
    for (const [path, check] of cases) {
      const page = await open(path, viewport);
      const name = await page.locator('h1').evaluate((h) => h.textContent!.replace(/\s+/gu, ' ').trim());
      await close(page);
      check(name);
    }
  });

  it('standalone links are at least 44 px tall', async () => {
    const lone = articles.find((a) => !a.document)!;
    const cases: Array<[string, string]> = [
      ['/404.html', 'main li > a'],
      ['/places/', 'main a[href="/search/"]'],
      [lone.url, '.article-aside p > a'],
    ];
    for (const [path, selector] of cases) {
      const page = await open(path, viewport);
      const heights = await page.locator(selector).evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
      await close(page);
      expect(heights.length, path).toBeGreaterThan(0);
      for (const h of heights) expect(h, `${path} ${selector}`).toBeGreaterThanOrEqual(44);
    }
  });

  it('labels such as 报道日期： never break, even at 特大', async () => {
    const dated = articles.find((a) => a.date && !a.document)!;
    const page = await open(dated.url, viewport, 'xl');
    const lines = await page.locator('.article-meta dt:not(.visually-hidden)').evaluateAll((dts) =>
      dts.map((dt) => Math.round(dt.getBoundingClientRect().height / parseFloat(getComputedStyle(dt).lineHeight))),
    );
    await close(page);
    expect(lines.length).toBeGreaterThan(0);
    for (const n of lines) expect(n).toBe(1);
  });

  it('the header stays small at the largest text size', async () => {
    const page = await open(issues[0]!.url, viewport, 'xl');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('xl');
    const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
    await close(page);
    // A phone keeps 85 % of its screen for the page (206 of 844 px before); a desktop 80 %.
    expect(height).toBeLessThanOrEqual(viewport.height * (viewport.width < 600 ? 0.15 : 0.2));
  });

  it('Chinese quotation marks are drawn full width by a CJK font', async () => {
    const page = await open('/', viewport);
    const ratio = await page.evaluate(() => {
      const span = document.createElement('span');
      // Between Han characters, so that no punctuation trimming applies: five full-width characters.
      span.textContent = '中“中”中';
      document.querySelector('main p')!.append(span);
      return span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
    });
    await close(page);
    // A Latin face draws each quote about 0.4 em wide (≈ 3.8 em in all).
    expect(ratio).toBeGreaterThan(4.6);
  });

  it('every page type starts at the same left edge as the header', async () => {
    const edges: number[] = [];
    for (const path of ['/', '/search/', '/places/', '/people/', issues[0]!.url, articles[0]!.url]) {
      const page = await open(path, viewport);
      edges.push(await page.locator('main > *:not(.visually-hidden)').first().evaluate((e) => Math.round(e.getBoundingClientRect().left)));
      edges.push(await page.locator('footer p').first().evaluate((e) => Math.round(e.getBoundingClientRect().left)));
      await close(page);
    }
    expect(new Set(edges).size, edges.join(' ')).toBe(1);
  });

  it('every issue is two clicks from the home page', async () => {
    const page = await open('/', viewport);
    const first = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('/')));
    const reached = new Set(first);
    for (const href of new Set(first)) {
      if (href.startsWith('/search') || href.startsWith('/data/')) continue;
      await page.goto(server.origin + href);
      for (const h of await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) reached.add(h);
    }
    await close(page);
    const missing = issues.filter((i) => !reached.has(i.url)).map((i) => i.url);
    expect(missing).toEqual([]);
  });
});

describe('line breaks on a phone', () => {
  it('headlines and titles break only between words, never inside a date, number, bracket or name', async () => {
    const placesFile = resolve('seeds/places.yaml');
    const jieba = useJieba(gazetteerWords(loadGazetteer({ editorFile: existsSync(placesFile) ? placesFile : undefined })));
    const cut = (t: string) => jieba.cut(t);
    const failures: string[] = [];
    for (const path of ['/', ...new Set(issues.map((i) => i.url))]) {
      const page = await open(path, VIEWPORTS[0]!);
      const broken = await page.locator('h1, .entry-title, .entry-detail').evaluateAll((els) =>
        els.map((el) => {
          // Offsets in the element's text where a new line begins.
          const text = el.textContent ?? '';
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const breaks: number[] = [];
          let offset = 0;
          let lastTop: number | null = null;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const len = node.textContent!.length;
            for (let i = 0; i < len; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (rect && rect.width > 0) {
                if (lastTop !== null && rect.top > lastTop + rect.height / 2) breaks.push(offset + i);
                lastTop = rect.top;
              }
            }
            offset += len;
          }
          return { text, breaks };
        }),
      );
      await close(page);
      for (const { text, breaks } of broken) {
        const allowed = new Set<number>();
        let at = 0;
        for (const piece of breakablePieces(text, cut)) allowed.add((at += piece.length));
        for (const b of breaks) {
          // A break after a space, or where jieba ends a word outside a kept run.
          if (text[b - 1] === ' ' || text[b] === ' ' || allowed.has(b)) continue;
          failures.push(`${path}: ${text.slice(0, b)} / ${text.slice(b)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
