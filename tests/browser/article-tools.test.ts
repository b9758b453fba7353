/**
 * 朗读, 分享, 打印 and the QR code on an article page (issue 21), in Chromium over dist/ at a phone's
 * and a desktop's width. Headless Chromium has no voices, so a Chinese voice and speak() are
 * stood in for by an init script that records what would be said; Web Share likewise.
 */
import { resolve } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/records/schema.ts';
import { confineToOrigin } from '../support/chromium.ts';
import { type StaticServer } from '../support/static-server.ts';
import { closeBuiltSite, openBuiltSite } from '../support/built-site.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const DIST = resolve('dist');
let server: StaticServer;
let browser: Browser;
let article: Article;

beforeAll(async () => {
  ({ server, browser } = await openBuiltSite(DIST, 'data/articles/index.json'));
  const articles = readPublishedArticles(DIST);
  article = articles.find((a) => !a.document && a.byline.raw && a.body.length > 3)!;
}, 60_000);

afterAll(() => closeBuiltSite({ server, browser }));

/** A zh-CN voice and a speak() that records each utterance and ends it at once. */
function fakeSpeech() {
  const said: string[] = [];
  (window as unknown as { said: string[] }).said = said;
  const voice = { lang: 'zh-CN', name: 'Test 中文', default: true, localService: true, voiceURI: 'test' };
  // A real utterance accepts only a real SpeechSynthesisVoice, which a page cannot make.
  class Utterance {
    text: string;
    voice: unknown = null;
    lang = '';
    rate = 1;
    onend: ((e: Event) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      paused: false,
      getVoices: () => [voice],
      addEventListener: () => {},
      speak(u: SpeechSynthesisUtterance) {
        said.push(u.text);
        // The first paragraph "ends" only when asked, so the test can see it marked.
        if (said.length > 1) setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 0);
        (window as unknown as { finish: () => void }).finish = () => u.onend?.(new Event('end') as SpeechSynthesisEvent);
      },
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      cancel() {},
    },
  });
}

async function open(viewport: { width: number; height: number }, init?: () => void): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await confineToOrigin(context, server.origin);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(server.origin + article.url);
  return page;
}

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  it('朗读 stays hidden without a Chinese voice', async () => {
    const page = await open(viewport, () => Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [{ lang: 'en-US' }], addEventListener: () => {}, cancel() {} } }));
    await page.locator('[data-tool="print"]:not([hidden])').waitFor();
    expect(await page.locator('[data-tool="read"]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('朗读 reads paragraph by paragraph with the paragraph marked, and pauses', async () => {
    const page = await open(viewport, fakeSpeech);
    const read = page.locator('[data-tool="read"]');
    await read.waitFor({ state: 'visible' });
    expect((await read.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await read.click();
    const marked = page.locator('[data-reading]');
    await expect(marked.count()).resolves.toBe(1);
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect((await said())[0]).toBe((await marked.innerText()));
    await page.locator('[data-tool="pause"]').click();
    await expect(page.locator('[data-tool="pause"]').textContent()).resolves.toBe('继续');
    await page.locator('[data-tool="pause"]').click();
    await page.evaluate(() => (window as unknown as { finish: () => void }).finish());
    // The rest is read one paragraph per utterance, then the marks go.
    await page.waitForFunction(() => document.querySelectorAll('[data-reading]').length === 0);
    const paragraphs = await page.locator('[data-article-body] .article-text > p').count();
    expect((await said()).length).toBeGreaterThanOrEqual(paragraphs);
    await expect(read.isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('分享 copies the address where there is no Web Share, and uses it where there is', async () => {
    const permanent = await (async () => {
      const page = await open(viewport);
      const href = await page.locator('link[rel="canonical"]').getAttribute('href');
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await page.locator('[data-tool="share"]').click();
      // The status is written once the clipboard's promise settles: wait for it, not read at once.
      await page.locator('[data-tool-status]', { hasText: '已复制本文地址' }).waitFor({ state: 'attached', timeout: 10_000 });
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
      await page.context().close();
      return href!;
    })();
    const page = await open(viewport, () => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: async (d: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(d) });
    });
    await page.locator('[data-tool="share"]').click();
    const shared = await page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared);
    expect(shared.map((s) => s.url)).toEqual([permanent]);
    await page.context().close();
  });

  it('shows a QR code of the address, drawn when its fold opens, with its address as its name', async () => {
    const page = await open(viewport);
    const href = await page.locator('link[rel="canonical"]').getAttribute('href');
    const svg = page.locator('.qr svg[role="img"]');
    expect(await svg.count()).toBe(0); // not in the page as served: drawn on opening
    await page.locator('.qr summary').click();
    await svg.waitFor({ state: 'visible' });
    const label = await page.locator(`#${await svg.getAttribute('aria-labelledby')}`).textContent();
    expect(label).toContain(href!);
    expect(await svg.locator('path').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('打印 prints the masthead, date, byline and citation, without navigation', async () => {
    const page = await open(viewport);
    await page.locator('[data-tool="print"]').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.print-masthead')).toBe(true);
    const masthead = await page.locator('.print-masthead').innerText();
    expect(masthead).toContain(article.issue.publicationName);
    expect(masthead.replace(/\s/gu, '')).toContain(article.issue.dateLabel);
    expect(await visible('.article-meta .byline')).toBe(true);
    expect(await visible('.cite')).toBe(true);
    for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.article-aside', '.article-tools', 'nav']) expect(await visible(hidden), hidden).toBe(false);
    await page.context().close();
  });
});
