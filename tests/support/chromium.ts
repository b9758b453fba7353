/**
 * Debian's Chromium as every browser test and benchmark drives it: the one binary that works here
 * (`npx playwright install` cannot), headless, with nothing of its own on the network.
 */
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const launchChromium = (options: LaunchOptions = {}): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...options });

/**
 * Lets the pages of `context` (and their workers) reach only `origin`: every other request is
 * refused. With `log`, every request's URL is recorded in `seen` and each refused one in `outside`.
 */
export async function confineToOrigin(context: BrowserContext, origin: string, log?: { seen: string[]; outside: string[] }): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    log?.seen.push(url);
    if (url.startsWith(`${origin}/`)) return route.continue();
    log?.outside.push(url);
    return route.abort();
  });
}
