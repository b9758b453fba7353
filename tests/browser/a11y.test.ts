/**
 * Accessibility of every page type, in headless Chromium over the built site (dist/, built by
 * tests/global-setup.ts; run `npm run build` first when running this file alone with SKIP_BUILD=1):
 *
 * - axe-core (@axe-core/playwright, its default rule set: WCAG 2.x A/AA and best practices) finds
 *   no violation on home, /issues/, a publication, an issue, a news article, the 公文 document,
 *   /places/, a place, /search/ with results, /about/ and the 404 page — at the default and the
 *   largest text size;
 * - keyboard: the skip link is the first stop and moves focus to the page's main content; a search
 *   can be typed, submitted, and a result opened with the keyboard alone; the text-size control
 *   works with Tab and Enter/Space; every stop shows a focus indicator;
 * - text size (字号): a choice changes the computed size of body text, holds on the next page and
 *   after a reload, is on <html> before <body> exists (so before the first paint), and without
 *   JavaScript the control is not shown;
 * - print: header, navigation, search box and text-size control are hidden, the article is shown,
 *   and a PDF can be made;
 * - nothing here makes the browser report a Content-Security-Policy violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';

const DIST = resolve('dist');

const NEWS_ARTICLE = '/liushi/undated-000-42a43713ae88928f/p1-31865c/';
const DOCUMENT_ARTICLE = '/nantang/2022-11-10/cffb2f/';
/** One page of every type a reader meets. The search page is loaded with a query that has results. */
const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['all issues', '/issues/'],
  ['publication', '/liushi/'],
  ['year', '/liushi/2023/'],
  ['year unknown', '/liushi/undated/'],
  ['issue', '/liushi/undated-000-42a43713ae88928f/'],
  ['page of an issue', '/liushi/undated-000-42a43713ae88928f/p1/'],
  ['news article', NEWS_ARTICLE],
  ['feature article with repairs', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  ['公文 document', DOCUMENT_ARTICLE],
  ['places', '/places/'],
  ['place', `/places/${encodeURIComponent('柳市镇')}/`],
  ['people', '/people/'],
  ['person', `/people/${encodeURIComponent('陈清清')}/`],
  ['search with results', `/search/?q=${encodeURIComponent('翔金垟')}`],
  ['about', '/about/'],
  ['404', '/no-such-page/'],
];
/** Upper bound on Tab presses while looking for an element; a page has far fewer stops before it. */
const MAX_TABS = 80;

let server: StaticServer;
let browser: Browser;
const cspViolations: string[] = [];
const contexts: BrowserContext[] = [];

/** A fresh context (empty localStorage), refusing requests that leave our server, watching the CSP. */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  contexts.push(context);
  await confineToOrigin(context, server.origin);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content.Security.Policy/iu.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  return page;
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(server.origin + path);
  if (path.startsWith('/search/')) await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
}

/** What is focused now, described for assertions and messages. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      text: (el.textContent ?? '').trim().slice(0, 30),
      href: el.getAttribute('href'),
      textSize: el.getAttribute('data-text-size-choice'),
      inResult: !!el.closest('[data-search-result]'),
      inMain: !!el.closest('main'),
      focusVisible: el.matches(':focus-visible'),
      // A focus indicator: an outline at least 2px wide, or a box shadow.
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
    };
  });
}

type Focused = NonNullable<Awaited<ReturnType<typeof focused>>>;

/** Press Tab until `match` holds for the focused element; every stop on the way is returned. */
async function tabUntil(page: Page, match: (f: Focused) => boolean): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    stops.push(f);
    if (match(f)) return stops;
  }
  throw new Error(`not reached with ${MAX_TABS} Tab presses; stops: ${stops.map((s) => `${s.tag}.${s.className}「${s.text}」`).join(' → ')}`);
}

const bodyTextSize = (page: Page, selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));

/** On a phone the 字号 buttons are in the header's menu: open it (as a reader would) and click the size. */
async function chooseTextSize(page: Page, key: string): Promise<void> {
  const toggle = page.locator('[data-menu-toggle]');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.click(`[data-text-size-choice="${key}"]`);
}

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'search/idx/manifest.json'))) throw new Error('dist/ is missing its search index: run `npm run build` first');
  server = await startStaticServer(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('axe-core', () => {
  /** Violations as `rule: selector` lines, so a failure says what to fix where. */
  async function violations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    // A scan that checked nothing would pass silently.
    expect(results.passes.length).toBeGreaterThan(10);
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
  }

  it.each(PAGES)('finds no violation on the %s page (%s)', async (_, path) => {
    const page = await newPage();
    await open(page, path);
    expect(await violations(page)).toEqual([]);
  });

  it.each(PAGES.filter(([name]) => ['home', 'news article', 'search with results'].includes(name)))(
    'finds no violation on the %s page at the largest text size',
    async (_, path) => {
      const page = await newPage();
      await open(page, path);
      await chooseTextSize(page, 'xl');
      expect(await page.getAttribute('html', 'data-text-size')).toBe('xl');
      expect(await violations(page)).toEqual([]);
    },
  );
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await newPage();
    await open(page, NEWS_ARTICLE);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.className).toBe('skip-link');
    expect(first?.text).toBe('跳到正文');
    // Shown on screen while focused (it sits above the top edge otherwise).
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('main');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.inMain, `after the skip link, Tab went to ${next?.tag}「${next?.text}」`).toBe(true);
  });

  it('can search by keyboard alone: type, Enter, Tab to a result, Enter opens it', async () => {
    const page = await newPage();
    await open(page, '/');
    await tabUntil(page, (f) => f.tag === 'input');
    await page.keyboard.type('翔金垟');
    await Promise.all([page.waitForURL((u) => u.pathname === '/search/'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
    expect(await page.locator('[data-search-result]').count()).toBeGreaterThan(0);
    const stops = await tabUntil(page, (f) => f.inResult && f.tag === 'a');
    const result = stops.at(-1)!;
    await Promise.all([page.waitForURL((u) => u.pathname === new URL(result.href!, server.origin).pathname), page.keyboard.press('Enter')]);
    expect(await page.locator('[data-article-body] h1').count()).toBe(1);
  });

  it('works the text-size control with Tab, Enter and Space (the 字号 · 菜单 button opens it on a phone)', async () => {
    const page = await newPage();
    await open(page, NEWS_ARTICLE);
    const before = await bodyTextSize(page, '.article-text p');
    await tabUntil(page, (f) => f.className === 'menu-toggle');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-menu-toggle]', 'aria-expanded')).toBe('true');
    await tabUntil(page, (f) => f.textSize === 'l');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('l');
    expect(await page.getAttribute('[data-text-size-choice="l"]', 'aria-pressed')).toBe('true');
    expect(await bodyTextSize(page, '.article-text p')).toBeGreaterThan(before);
    await tabUntil(page, (f) => f.textSize === 'xl');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('xl');
    expect(await page.getAttribute('[data-text-size-choice="l"]', 'aria-pressed')).toBe('false');
  });

  it.each([
    ['news article', NEWS_ARTICLE],
    ['search with results', `/search/?q=${encodeURIComponent('翔金垟')}`],
    ['places', '/places/'],
  ])('shows a focus indicator at every Tab stop of the %s page', async (_, path) => {
    const page = await newPage();
    await open(page, path);
    const stops: Focused[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f) stops.push(f);
    }
    expect(stops.length).toBeGreaterThan(10);
    const unmarked = stops.filter((f) => !f.focusVisible || !f.indicator).map((f) => `${f.tag}.${f.className}「${f.text}」`);
    expect(unmarked).toEqual([]);
  });
});

describe('header', () => {
  it('takes at most 15% of a 390 × 844 phone screen at the default size, and every page has one search box', async () => {
    const page = await newPage();
    const tall: string[] = [];
    const boxes: string[] = [];
    for (const [name, path] of PAGES) {
      await open(page, path);
      const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      if (height > 0.15 * 844) tall.push(`${name}: ${height}px`);
      const searchBoxes = await page.locator('input[type="search"]').count();
      if (searchBoxes > 1) boxes.push(`${name}: ${searchBoxes}`);
    }
    expect(tall).toEqual([]);
    expect(boxes).toEqual([]);
  });

  it('opens and closes the menu by keyboard; without JavaScript the navigation is simply shown', async () => {
    const page = await newPage();
    await open(page, '/issues/');
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await tabUntil(page, (f) => f.className === 'menu-toggle');
    await page.keyboard.press('Enter');
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    const stops = await tabUntil(page, (f) => f.text === '人名');
    expect(stops.at(-1)!.href).toBe('/people/');
    await page.keyboard.press('Escape');
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect((await focused(page))?.className).toBe('menu-toggle');

    const noScript = await newPage({ javaScriptEnabled: false });
    await open(noScript, '/issues/');
    expect(await noScript.locator('.site-nav').isVisible()).toBe(true);
    expect(await noScript.locator('[data-menu-toggle]').isVisible()).toBe(false);
  });

  it('uses the width of a desktop: the article beside the rest of its issue, the menu always open', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, NEWS_ARTICLE);
    expect(await page.locator('[data-menu-toggle]').isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    const article = (await page.locator('.article-main').boundingBox())!;
    const aside = (await page.locator('.article-aside').boundingBox())!;
    expect(aside.x).toBeGreaterThan(article.x + article.width);
    expect(Math.abs(aside.y - article.y)).toBeLessThan(100);
    // The text keeps a readable measure: 40rem at the default 18px.
    expect(article.width).toBeLessThanOrEqual(40 * 18 + 1);
  });
});

describe('text size (字号)', () => {
  const SIZES = { s: 100, m: 112.5, l: 131.25, xl: 150 };

  it('changes the body text, and holds on the next page and after a reload', async () => {
    const page = await newPage();
    await open(page, NEWS_ARTICLE);
    expect(await page.getAttribute('html', 'data-text-size')).toBe('m');
    expect(await page.getAttribute('[data-text-size-choice="m"]', 'aria-pressed')).toBe('true');
    const atDefault = await bodyTextSize(page, '.article-text p');
    await chooseTextSize(page, 'xl');
    const enlarged = await bodyTextSize(page, '.article-text p');
    expect(enlarged / atDefault).toBeCloseTo(SIZES.xl / SIZES.m, 2);
    const pressed = await page.$$eval('[data-text-size-choice]', (bs) => bs.map((b) => `${b.getAttribute('data-text-size-choice')}=${b.getAttribute('aria-pressed')}`));
    expect(pressed).toEqual(['s=false', 'm=false', 'l=false', 'xl=true']);

    await open(page, DOCUMENT_ARTICLE);
    expect(await page.getAttribute('html', 'data-text-size')).toBe('xl');
    expect(await page.getAttribute('[data-text-size-choice="xl"]', 'aria-pressed')).toBe('true');
    expect(await bodyTextSize(page, '.article-text p')).toBeCloseTo(enlarged, 1);

    await page.reload();
    expect(await page.getAttribute('html', 'data-text-size')).toBe('xl');
    expect(await bodyTextSize(page, '.article-text p')).toBeCloseTo(enlarged, 1);

    await chooseTextSize(page, 's');
    expect((await bodyTextSize(page, '.article-text p')) / atDefault).toBeCloseTo(SIZES.s / SIZES.m, 2);
  });

  it('is applied before <body> exists, so the page is never painted at the old size', async () => {
    const page = await newPage();
    await open(page, '/');
    await chooseTextSize(page, 'l');
    // Runs before the page's own scripts (through the DevTools protocol, so the CSP does not apply):
    // records the text size on <html> at the moment the parser creates <body>.
    await page.addInitScript(() => {
      const w = window as unknown as { sizeWhenBodyCreated?: string };
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        w.sizeWhenBodyCreated = document.documentElement.dataset.textSize ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await open(page, '/places/');
    expect(await page.evaluate(() => (window as unknown as { sizeWhenBodyCreated?: string }).sizeWhenBodyCreated)).toBe('l');
  });

  it('at 特大 on a 320px wide screen, no page scrolls sideways (WCAG 1.4.10 reflow)', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, '/');
    await chooseTextSize(page, 'xl');
    const wide: string[] = [];
    for (const [name, path] of PAGES) {
      await open(page, path);
      expect(await page.getAttribute('html', 'data-text-size')).toBe('xl');
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      if (scrollWidth > innerWidth) wide.push(`${name}: ${scrollWidth}px`);
    }
    expect(wide).toEqual([]);
  });

  it('marks the chosen size without colour too, for high-contrast (forced colours) modes', async () => {
    const page = await newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, '/');
    const look = (key: string) =>
      page.$eval(`[data-text-size-choice="${key}"]`, (b) => {
        const style = getComputedStyle(b);
        return { border: parseFloat(style.borderTopWidth), underline: style.textDecorationLine.includes('underline') };
      });
    const [chosen, other] = [await look('m'), await look('l')];
    expect(chosen.underline).toBe(true);
    expect(other.underline).toBe(false);
    expect(chosen.border).toBeGreaterThan(other.border);
  });

  it('has buttons at least 44px tall, and shows none of them without JavaScript', async () => {
    const page = await newPage();
    await open(page, '/');
    await page.click('[data-menu-toggle]');
    for (const box of await Promise.all((await page.$$('[data-text-size-choice]')).map((b) => b.boundingBox()))) {
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
    }
    const noScript = await newPage({ javaScriptEnabled: false });
    await open(noScript, NEWS_ARTICLE);
    expect(await noScript.locator('.text-size').count()).toBe(1);
    expect(await noScript.locator('.text-size').isVisible()).toBe(false);
    expect(await noScript.locator('.article-text p').first().isVisible()).toBe(true);
  });
});

describe('print', () => {
  it.each([
    ['news article', NEWS_ARTICLE],
    ['公文 document', DOCUMENT_ARTICLE],
  ])('prints the %s without header, navigation, search box or text-size control', async (_, path) => {
    const page = await newPage();
    await open(page, path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.skip-link', '.site-header', '.site-nav', '.search-form', '.text-size', '.breadcrumbs', 'nav', '.site-footer']) {
      for (const el of await page.locator(chrome).all()) expect(await el.isVisible(), `${chrome} is printed`).toBe(false);
    }
    expect(await page.locator('[data-article-body] h1').isVisible()).toBe(true);
    expect(await page.locator('.article-text p').first().isVisible()).toBe(true);
    expect(await page.locator('.cite .citation-text').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

describe('content security policy', () => {
  // Last in this file: every page opened above was watched.
  it('was not violated by anything on the pages above', () => {
    expect(contexts.length).toBeGreaterThan(10);
    expect(cspViolations).toEqual([]);
  });
});
