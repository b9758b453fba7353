/**
 * What the browser tests of PDF seeds' 版 pages share: a page opened at a width (a context of its
 * own; the test closes it), the page image's article regions, and axe's WCAG 2.x A/AA findings.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { BuiltSite } from './built-site.ts';

export type OpenPage = (path: string, width: number, deviceScaleFactor?: number) => Promise<Page>;

/** Opens addresses of `site` in a fresh context each, at the given width (900 px tall). */
export function pageOpener(site: () => BuiltSite): OpenPage {
  return async (path, width, deviceScaleFactor = 1) => {
    const { browser, server } = site();
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    return page;
  };
}

/** The links over the page image, one per article region. */
export const regions = (page: Page) => page.locator('.page-image svg a');

/** axe's violations (WCAG 2.x A and AA), one `rule: target` line per node. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
