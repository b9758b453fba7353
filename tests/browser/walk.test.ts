/**
 * Walking the archive like a 数字报, in Chromium over a site built for it (tests/support/walk-site.ts:
 * a paper over fifteen years with eight-page issues, a story cut by （下转2版）, the same month and
 * day in two years, issues known only by their year or not at all, a 公文, site settings):
 *
 * - issue to issue (rel prev/next), page to page (上一版/下一版), story to its continuation and back,
 *   person to person; 往期回顾 as calendars, 按日期查找, 历史上的今天 on the day it is read;
 * - the way there by keyboard alone, from the home page to a story's continuation;
 * - citations (复制引用 with the day it is copied), downloads, 纠错, dates labelled;
 * - axe-core on every new page type at a phone's and a desktop's width; no line starts with
 *   closing punctuation and no date breaks inside on a phone.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { buildWalkSite, WALK, type WalkSite } from '../support/walk-site.ts';
import type { Article } from '../../src/records/schema.ts';
import { checkData, checkLinks, listFiles, validateHtml } from '../../src/check/site.ts';
import { readSiteSettings } from '../../src/site/settings.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

let site: WalkSite;
let server: StaticServer;
let browser: Browser;
let articles: Article[];
const contexts: BrowserContext[] = [];
const cspViolations: string[] = [];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const LAST = WALK.issues.at(-1)!;
/** Upper bound on Tab presses while looking for an element. */
const MAX_TABS = 120;

beforeAll(async () => {
  site = await buildWalkSite();
  articles = readPublishedArticles(site.dist);
  server = await startStaticServer(site.dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  site?.close();
});

/** A fresh context (optionally at a fixed day), refusing requests that leave the server, watching the CSP. */
async function newPage(options: { viewport?: { width: number; height: number }; today?: string; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? PHONE, javaScriptEnabled: options.javaScriptEnabled ?? true, locale: 'zh-CN' });
  contexts.push(context);
  await confineToOrigin(context, server.origin);
  const page = await context.newPage();
  if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T10:00:00`));
  page.on('console', (m) => {
    if (/Content.Security.Policy/iu.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  return page;
}

const open = (page: Page, path: string) => page.goto(server.origin + path, { waitUntil: 'networkidle' });
const path = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);

/** Press Tab until the focused element matches; returns its text and href. */
async function tabTo(page: Page, match: (f: { text: string; href: string | null; tag: string; type: string | null }) => boolean) {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el && el !== document.body
        ? { text: (el.textContent ?? '').replace(/\s+/gu, ''), href: el.getAttribute('href'), tag: el.tagName.toLowerCase(), type: el.getAttribute('type') }
        : null;
    });
    if (f && match(f)) return f;
  }
  throw new Error(`not reached with ${MAX_TABS} Tab presses on ${page.url()}`);
}

async function followByKeyboard(page: Page, match: Parameters<typeof tabTo>[1]) {
  const f = await tabTo(page, match);
  await Promise.all([page.waitForURL((u) => u.pathname === new URL(f.href!, server.origin).pathname), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');
}

const lead = () => articles.find((a) => a.issue.date === LAST && a.continuation.to)!;
const rest = () => articles.find((a) => a.issue.date === LAST && a.continuation.from)!;

describe('issue to issue', () => {
  it('links every issue page to the previous and next issue of its paper (rel prev/next), in date order', async () => {
    const page = await newPage();
    await open(page, `/liushi/${WALK.issues[1]}/`);
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe(`/liushi/${WALK.issues[0]}/`);
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe(`/liushi/${WALK.issues[2]}/`);
    await open(page, `/liushi/${WALK.issues[0]}/`);
    expect(await page.locator('.issue-pager a[rel="prev"]').count()).toBe(0);
    // The issue known only by its year comes after the dated ones of 2015 and before 2018; unknown year last.
    await open(page, `/liushi/${WALK.sameDay}/`);
    expect(await page.getAttribute('.issue-pager a[rel="next"]', 'href')).toBe('/liushi/2016-year-only/');
    await open(page, `/liushi/${LAST}/`);
    expect(await page.getAttribute('.issue-pager a[rel="next"]', 'href')).toBe('/liushi/undated-no-date/');
  });

  it('links every article page to its issue’s neighbours', async () => {
    const page = await newPage();
    await open(page, lead().url);
    const links = await page.locator('.issue-pager a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/liushi/2016-year-only/', '/liushi/undated-no-date/']);
  });
});

describe('往期回顾', () => {
  it('shows a paper’s masthead, years, counts, latest issues and the calendar of its newest year', async () => {
    const page = await newPage();
    await open(page, '/liushi/');
    expect(await page.textContent('.masthead-name')).toBe('柳市');
    const facts = (await page.textContent('.facts-row'))!.replace(/\s+/gu, '');
    expect(facts).toContain('2004—2018年');
    expect(facts).toContain(`${new Set(articles.filter((a) => a.issue.publication === 'liushi').map((a) => a.issue.key)).size}期`);
    expect(facts).toContain(`${articles.filter((a) => a.issue.publication === 'liushi').length}篇`);
    expect(await page.locator('.publication-latest a.entry').first().getAttribute('href')).toBe(`/liushi/${LAST}/`);
    const day = page.locator(`table.calendar a[data-date="${LAST}"]`);
    expect(await day.getAttribute('href')).toBe(`/liushi/${LAST}/`);
    expect(await page.locator('table.calendar caption').first().textContent()).toContain('2018年12月');
    expect(await page.locator('.year-links a').allTextContents()).toHaveLength(7); // six years and 年份不详
  });

  it('lists a year’s issues of unknown day under the year, never on a day; the unknown year on its own page', async () => {
    const page = await newPage();
    await open(page, `/liushi/${WALK.yearOnly}/`);
    expect(await page.locator('table.calendar').count()).toBe(0);
    expect(await page.locator('.undated-issues a.entry').getAttribute('href')).toBe('/liushi/2016-year-only/');
    await open(page, '/liushi/undated/');
    expect(await page.locator('.undated-issues a.entry').getAttribute('href')).toBe('/liushi/undated-no-date/');
    await open(page, '/liushi/2015/');
    expect(await page.locator('table.calendar a').evaluateAll((as) => as.map((a) => a.getAttribute('data-date')))).toEqual([WALK.sameDay]);
    // A screen reader hears the day's full name in the link.
    expect((await page.locator('table.calendar a').textContent())!.replace(/\s+/gu, '')).toBe('柳市12月19日');
    expect(await page.locator('table.calendar th').allTextContents()).toEqual(['一', '二', '三', '四', '五', '六', '日']);
  });

  it('finds the nearest issue for a chosen date, by keyboard, and goes straight to an issue day', async () => {
    const page = await newPage();
    await open(page, '/liushi/');
    await tabTo(page, (f) => f.type === 'date');
    // The order of the date field's parts follows the browser's language; its value is the same.
    await page.fill('input[type="date"]', '2018-12-20');
    await page.keyboard.press('Enter');
    const result = page.locator('[data-date-jump-result] a');
    await result.waitFor();
    expect(await page.textContent('[data-date-jump-result]')).toContain('2018年12月20日没有收录的报纸');
    expect(await result.getAttribute('href')).toBe(`/liushi/${LAST}/`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/liushi/${LAST}/`);
    await page.fill('input[type="date"]', WALK.issues[1]);
    await Promise.all([page.waitForURL((u) => u.pathname === `/liushi/${WALK.issues[1]}/`), page.press('input[type="date"]', 'Enter')]);
  });

  it('shows 历史上的今天 for the day the page is read: issues of that month and day in earlier years', async () => {
    const page = await newPage({ today: '2026-12-19' });
    await open(page, '/');
    const today = page.locator('[data-on-this-day]');
    await today.locator('a.entry').first().waitFor();
    expect(await today.locator('a.entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/liushi/${LAST}/`, `/liushi/${WALK.sameDay}/`]);

    const sameYear = await newPage({ today: `${LAST.slice(0, 4)}-12-19` });
    await open(sameYear, '/');
    await sameYear.locator('[data-on-this-day-status]:not(:empty)').waitFor();
    expect(await sameYear.locator('[data-on-this-day] a.entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/liushi/${WALK.sameDay}/`]);

    const none = await newPage({ today: '2026-03-02' });
    const asked: string[] = [];
    none.on('request', (r) => asked.push(r.url()));
    await open(none, '/');
    expect(await none.textContent('[data-on-this-day-status]')).toBe('往年的3月2日没有收录的报纸。');
    expect(asked.filter((u) => u.includes('/data/on-this-day/'))).toEqual([]);

    const noScript = await newPage({ javaScriptEnabled: false });
    await open(noScript, '/');
    expect(await noScript.locator('[data-on-this-day]').isVisible()).toBe(false);
    expect(await noScript.locator('.home-latest a.entry').first().isVisible()).toBe(true);
  });
});

describe('page to page', () => {
  it('shows an issue as its pages (第N版 with 版名 and headlines), each opening on its own with 上一版/下一版', async () => {
    const page = await newPage();
    await open(page, `/liushi/${LAST}/`);
    const headings = await page.locator('.issue-page > h2').allTextContents();
    expect(headings.map((h) => h.replace(/\s+/gu, ' ').trim())).toEqual(['第1版 要闻', '第2版 综合', '第3版 经济', '第4版 社会', '第5版 镇村', '第6版 文化', '第7版 专题', '第8版 副刊']);
    const onPage2 = articles.filter((a) => a.issue.date === LAST && a.issue.page === '2').map((a) => a.url);
    expect(await page.locator('[data-issue-page="2"] a.entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(onPage2);

    await open(page, `/liushi/${LAST}/p2/`);
    expect((await page.textContent('h1'))!).toContain('第2版 综合');
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe(`/liushi/${LAST}/p1/`);
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe(`/liushi/${LAST}/p3/`);
    expect(await page.getAttribute('.page-nav a[aria-current="page"]', 'href')).toBe(`/liushi/${LAST}/p2/`);
    expect(await page.locator('main a.entry').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(onPage2);
  });

  it('says on an article page which 版 it is on, with a link to it', async () => {
    const page = await newPage();
    await open(page, rest().url);
    expect((await page.textContent('[data-page-link]'))!.trim()).toBe('第2版');
    // 版次 and 版名 are separate facts, each under its own label.
    const facts = await page.locator('dl.article-meta div').evaluateAll((ds) => ds.map((d) => d.textContent!.replace(/\s+/gu, '')));
    expect(facts).toContain('版次：第2版');
    expect(facts).toContain('版名：综合');
    expect(await page.getAttribute('[data-page-link]', 'href')).toBe(`/liushi/${LAST}/p2/`);
  });

  it('links 下转 and 上接 both ways, and says plainly when the other page is not in the archive', async () => {
    const page = await newPage();
    await open(page, lead().url);
    expect(await page.getAttribute('[data-continuation="to"] [data-continuation-link]', 'href')).toBe(rest().url);
    await open(page, rest().url);
    expect(await page.getAttribute('[data-continuation="from"] [data-continuation-link]', 'href')).toBe(lead().url);
    const cutShort = articles.find((a) => a.issue.date === WALK.sameDay && a.continuation.to)!;
    await open(page, cutShort.url);
    expect(await page.getAttribute('[data-continuation="to"]', 'data-status')).toBe('page-missing');
    expect(await page.textContent('[data-continuation="to"]')).toContain('本档案没有收录第2版，下文暂缺。');
  });

  it('can be walked by keyboard alone: home → 往期回顾 → a year → a day → a page → the next page → a story → where it began', async () => {
    const page = await newPage();
    await open(page, '/');
    await followByKeyboard(page, (f) => f.href === '/issues/' && f.text.startsWith('往期回顾：'));
    await followByKeyboard(page, (f) => f.href === '/liushi/2018/');
    await followByKeyboard(page, (f) => f.href === `/liushi/${LAST}/`);
    await followByKeyboard(page, (f) => f.href === `/liushi/${LAST}/p1/`);
    await followByKeyboard(page, (f) => f.text.startsWith('下一版'));
    expect(path(page)).toBe(`/liushi/${LAST}/p2/`);
    await followByKeyboard(page, (f) => f.href === rest().url);
    await followByKeyboard(page, (f) => f.text.startsWith('上文'));
    expect(path(page)).toBe(lead().url);
  });
});

describe('person to person, and trust', () => {
  it('links each byline name to the person’s page, which lists their articles by date', async () => {
    const page = await newPage();
    const a = lead();
    const name = a.byline.reporters[0]!.replace(/\s+/gu, '');
    await open(page, a.url);
    const link = page.locator('.article-meta a.person').first();
    expect(await link.getAttribute('href')).toBe(`/people/${name}/`);
    await Promise.all([page.waitForURL(/\/people\//u), link.click()]);
    expect(await page.textContent('h1')).toContain(name);
    const mine = articles.filter((x) => Object.values(x.byline).flat().some((n) => typeof n === 'string' && n.replace(/\s+/gu, '') === name));
    expect(await page.getAttribute('[data-person-count]', 'data-person-count')).toBe(String(mine.length));
    const dates = await page.locator('[data-person-article]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-person-article')));
    expect(dates.length).toBe(Math.min(mine.length, 100));
    expect(dates).toContain(a.id);
  });

  it('labels both dates, folds out the repairs, offers 纠错 prefilled and both downloads', async () => {
    const page = await newPage();
    const a = articles.find((x) => x.date && x.issue.date && x.repairs.length > 0) ?? articles.find((x) => x.date && x.issue.date)!;
    await open(page, a.url);
    const meta = (await page.textContent('.article-meta'))!.replace(/\s+/gu, '');
    expect(meta).toContain(`出版日期：${a.issue.dateLabel}`);
    expect(meta).toMatch(/报道日期：\d{4}年\d{1,2}月\d{1,2}日/u);
    if (a.repairs.length) {
      const repairs = page.locator('details.repairs');
      expect(await repairs.getAttribute('open')).toBeNull();
      await repairs.locator('summary').click();
      expect(await repairs.locator('li').count()).toBeGreaterThan(0);
    }
    const corrections = new URL((await page.getAttribute('[data-corrections]', 'href'))!);
    expect(corrections.protocol).toBe('mailto:');
    expect(corrections.searchParams.get('body')).toContain(a.id);
    expect(corrections.searchParams.get('body')).toContain(a.url);
    // Seed files and lines are for editors: folded away.
    expect(await page.locator('.editor-info').getAttribute('open')).toBeNull();
    expect(await page.locator('code', { hasText: a.seed }).isVisible()).toBe(false);
    // The .txt is made in the browser from the page (no file per article).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-text-download] a')]);
    expect(download.suggestedFilename()).toBe(`${a.id}.txt`);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith([a.kicker, a.headline].filter(Boolean).join('\n'))).toBe(true);
    expect(text).toContain('[N/OL]');
    // The record: a line of its year's open-data file.
    const dataFile = (await page.getAttribute('.downloads a[href^="/data/articles/"]', 'href'))!;
    const lines = (await (await page.request.get(`${server.origin}${dataFile}`)).text()).split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).id)).toContain(a.id);
    expect(await page.textContent('.site-footer')).toContain('联系编辑');
    expect(await page.getAttribute('.site-footer a[href^="mailto:"]', 'href')).toBe(`mailto:${WALK.contact}`);
  });

  it('copies the GB/T 7714 citation with the day it is copied as 引用日期', async () => {
    const page = await newPage({ today: '2026-05-01' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const a = lead();
    await open(page, a.url);
    await tabTo(page, (f) => f.text === '复制引用');
    await page.keyboard.press('Enter');
    await page.locator('[data-copy-status]:not(:empty)').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`\\[N/OL\\]\\. 柳市, ${LAST}\\(1\\)\\[2026-05-01\\]\\. https?://\\S+${a.url.replace(/\//gu, '\\/')}\\.$`, 'u'));
    expect(await page.textContent('[data-copy-status]')).toBe('已复制到剪贴板。');
  });

  it('lists and shows a 公文 as a document: 文号, 发文机关, 成文日期, no “1篇文章”', async () => {
    const page = await newPage();
    await open(page, '/nantang/');
    const entry = (await page.textContent('.publication-latest a.entry'))!;
    expect(entry).toContain('南塘委〔2022〕50号');
    expect(entry).not.toContain('篇文章');
    const doc = articles.find((a) => a.document)!;
    await open(page, doc.url);
    const facts = (await page.textContent('.doc-facts'))!.replace(/\s+/gu, '');
    expect(facts).toContain(`文号${doc.document!.number}`);
    if (doc.document!.closingDate) expect(facts).toContain(`成文日期${doc.document!.closingDate}`);
  });
});

describe('typography on a phone', () => {
  it('starts no line with closing punctuation and breaks no date, number with its unit, or name', async () => {
    const page = await newPage();
    await open(page, lead().url);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const closing = /[，。、；：？！）》」』”’]/u;
      for (const p of document.querySelectorAll('.article-text p, .article-meta, .entry')) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let lastTop: number | null = null;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          for (let i = 0; i < n.data.length; i++) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            const newLine = lastTop !== null && rect.top > lastTop + rect.height / 2;
            if (newLine && closing.test(n.data[i]!)) out.push(`line starts with ${n.data[i]}: …${n.data.slice(Math.max(0, i - 8), i + 4)}…`);
            lastTop = rect.top;
          }
        }
      }
      for (const el of document.querySelectorAll('.nw')) if (el.getClientRects().length > 1) out.push(`broken: ${el.textContent}`);
      return out;
    });
    expect(problems).toEqual([]);
    expect(await page.locator('.article-text .nw').count()).toBeGreaterThan(0);
  });

  it('shows 引题 and headline as two lines in lists (相关报道, the rest of the issue)', async () => {
    const page = await newPage();
    const withKicker = articles.find((a) => a.kicker && a.issue.date === LAST)!;
    await open(page, `/liushi/${LAST}/`);
    const entry = page.locator(`a.entry[href="${withKicker.url}"]`);
    const kicker = (await entry.locator('.kicker').boundingBox())!;
    const title = (await entry.locator('.entry-title').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(kicker.y + kicker.height - 1);
  });
});

describe('the pre-publish check', () => {
  it('finds the new open data valid, every link resolved and every page’s HTML valid', async () => {
    const files = listFiles(site.dist);
    expect(files.filter((f) => f.startsWith('data/calendar/'))).toEqual(['data/calendar/liushi.json', 'data/calendar/nantang.json']);
    expect(files).toContain('data/on-this-day/12-19.json');
    // No file per article: the records in a JSON Lines file per paper and year, the .txt made in the browser.
    expect(files.filter((f) => /^data\/articles\/.+\.(txt|json)$/u.test(f))).toEqual(['data/articles/index.json']);
    expect(files.filter((f) => /^data\/articles\/[^/]+\/[^/]+\.jsonl$/u.test(f)).length).toBeGreaterThan(1);
    expect(checkData(site.dist, files)).toEqual([]);
    expect(checkLinks(site.dist, readSiteSettings(site.seeds).origin, files)).toEqual([]);
    expect(await validateHtml(site.dist, files)).toEqual([]);
  });
});

describe('axe-core', () => {
  const pages = (): Array<[string, string]> => [
    ['home with 历史上的今天', '/'],
    ['往期回顾', '/issues/'],
    ['publication', '/liushi/'],
    ['year', '/liushi/2018/'],
    ['issue of eight pages', `/liushi/${LAST}/`],
    ['page of an issue', `/liushi/${LAST}/p2/`],
    ['article cut by 下转', lead().url],
    ['its continuation', rest().url],
    ['公文 publication', '/nantang/'],
    ['people', '/people/'],
    ['person', `/people/${encodeURIComponent(lead().byline.reporters[0]!.replace(/\s+/gu, ''))}/`],
  ];

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('finds no violation on any new page type at the %s’s width', async (_, viewport) => {
    const found: string[] = [];
    for (const [name, p] of pages()) {
      const page = await newPage({ viewport, today: '2026-12-19' });
      await open(page, p);
      if (p === '/') await page.locator('[data-on-this-day] a.entry').first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      for (const v of results.violations) for (const n of v.nodes) found.push(`${name}: ${v.id} ${n.target.join(' ')}`);
      await page.context().close();
    }
    expect(found).toEqual([]);
    // Eleven pages scanned: minutes when other builds share the machine.
  }, 600_000);

  it('saw no Content-Security-Policy violation on any page above', () => {
    expect(cspViolations).toEqual([]);
  });
});
