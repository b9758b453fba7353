/**
 * Every issue two clicks from the home page on an archive large enough to need it (issue 21): 64
 * issues of one paper over four years, built from a synthetic page (`npm run corpus`'s generator)
 * copied under each date. The seeds (5 issues) and the walk site (8) fit on the home page's list of
 * latest issues, so a reach test on them passed before the home page linked each paper's years.
 * In Chromium at a phone's and a desktop's width, following only links a reader can see.
 *
 * `REACH_DIST=<folder>` walks an already built site instead (built from the same archive, written by
 * `node tests/support/reach-seeds.ts <folder>`): how the test was checked against the home page
 * before the fix (commit ad8db34^), where it finds most issues three clicks away.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { REACH_ISSUE_DATES, REACH_YEARS, writeReachSeeds } from '../support/reach-seeds.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/**
 * The addresses of the built site's issue pages, `/<paper>/<YYYY-MM-DD>/` (permanent addresses),
 * read from the output folder so that an older build is read the same way as today's.
 */
function issuePages(dir: string): string[] {
  const urls: string[] = [];
  for (const paper of readdirSync(dir, { withFileTypes: true })) {
    if (!paper.isDirectory()) continue;
    for (const day of readdirSync(join(dir, paper.name))) {
      if (/^\d{4}-\d{2}-\d{2}$/u.test(day) && existsSync(join(dir, paper.name, day, 'index.html'))) urls.push(`/${paper.name}/${day}/`);
    }
  }
  return urls;
}

let root: string | null = null;
let dist: string;
let server: StaticServer;
let browser: Browser;
let issueUrls: string[];

beforeAll(async () => {
  if (process.env.REACH_DIST) {
    dist = process.env.REACH_DIST;
  } else {
    root = mkdtempSync(join(tmpdir(), 'reach-'));
    writeReachSeeds(join(root, 'seeds'));
    dist = join(root, 'dist');
    await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], { env: { ...process.env, SEEDS_DIR: join(root, 'seeds') }, maxBuffer: 256 * 1024 * 1024 });
  }
  issueUrls = issuePages(dist);
  server = await startStaticServer(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  it(`every one of ${REACH_ISSUE_DATES.length} issues over ${REACH_YEARS.length} years is two clicks from home`, async () => {
    expect(issueUrls).toHaveLength(REACH_ISSUE_DATES.length);
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    await confineToOrigin(context, server.origin);
    const page = await context.newPage();
    // Links a reader can see and follow: on this site, in the page's main part, drawn (not in a closed <details>).
    const visibleLinks = () =>
      page.locator('main a[href^="/"]').evaluateAll((as) => as.filter((a) => a.getClientRects().length > 0).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto(`${server.origin}/`);
    const first = new Set(await visibleLinks());
    const reached = new Set(first);
    for (const href of first) {
      if (href.startsWith('/search') || href.startsWith('/data/')) continue;
      await page.goto(server.origin + href);
      for (const h of await visibleLinks()) reached.add(h);
    }
    await context.close();
    const missing = issueUrls.filter((u) => !reached.has(u));
    expect(missing, `${missing.length} of ${issueUrls.length} issues are more than two clicks from home`).toEqual([]);
  }, 120_000);
});
