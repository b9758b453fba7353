/**
 * A search query longer than the cap (src/search/query-cap.ts) is cut, with a message, and the
 * address stays short; the search boxes of other pages cannot send a query much longer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { MAX_QUERY_CHARS, SEARCH_BOX_MAXLENGTH } from '../../src/search/query-cap.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer('dist');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LONG = '柳市镇召开理论学习中心组学习会'.repeat(700); // 10,500 characters
/** A link or bookmark with a query over the cap (a 10,000-character one is past what any server accepts in a URL). */
const LINKED = LONG.slice(0, 300);

describe('a query longer than the cap', () => {
  it('is cut to the cap when a link brings it, says so, and leaves a short address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(LINKED)}`);
    await page.waitForSelector('#search-results[aria-busy="false"]');
    await expect(page.locator('#search-cut').textContent()).resolves.toBe(`搜索词太长（300个字）：只搜索了前${MAX_QUERY_CHARS}个字。`);
    const q = new URL(page.url()).searchParams.get('q')!;
    expect([...q].length).toBe(MAX_QUERY_CHARS);
    expect(LONG.startsWith(q)).toBe(true);
    expect(page.url().length).toBeLessThan(1200);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe(q);
    // A short query afterwards clears the message.
    await page.fill('#search-q', '柳市');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results[aria-busy="false"]');
    expect(await page.locator('#search-cut').count()).toBe(0);
  });

  it('is cut when typed into the search page, with the same message', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.fill('#search-q', LONG);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results[aria-busy="false"]');
    await expect(page.locator('#search-cut').textContent()).resolves.toContain(`只搜索了前${MAX_QUERY_CHARS}个字`);
    expect([...new URL(page.url()).searchParams.get('q')!].length).toBe(MAX_QUERY_CHARS);
  });

  it('cannot be sent whole from the header box of another page, and is cut with the message on arrival', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/about/`);
    const box = page.locator('header input[name="q"]');
    await expect(box.getAttribute('maxlength')).resolves.toBe(String(SEARCH_BOX_MAXLENGTH));
    await box.focus();
    await page.keyboard.insertText(LONG);
    await box.press('Enter');
    await page.waitForURL(/\/search\//u);
    await page.waitForSelector('#search-results[aria-busy="false"]');
    expect(server.log.filter((l) => l.path.startsWith('/search/?')).at(-1)!.path.length).toBeLessThan(1200);
    await expect(page.locator('#search-cut').textContent()).resolves.toContain(`只搜索了前${MAX_QUERY_CHARS}个字`);
  });
});
