/**
 * A screenshot of a 版 page read from a PDF, for the README: `docs/screenshots/pdf-page-1280.png`
 * and `pdf-page-390.png`, the 版 page with the region of its first article outlined (focused, as
 * by Tab). The site is built for the occasion from one typeset golden page in a temporary seeds
 * folder (as tests/browser/pdf-page.test.ts does).
 *
 *   node scripts/screenshot-pdf-page.ts [--pdf tests/fixtures/pages/<slug>/page.pdf] [--out docs/screenshots]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const { values: opts } = parseArgs({
  options: {
    pdf: { type: 'string', default: 'tests/fixtures/pages/news-front-liushi-125/page.pdf' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});
const PAGE = '/liushi/2023-06-20/p1/';
const root = mkdtempSync(join(tmpdir(), 'pdf-shot-'));
try {
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  for (const f of ['places.yaml', 'site.yaml', 'redirects.yaml']) copyFileSync(join('seeds', f), join(seeds, f));
  const meta = readFileSync('seeds/metadata.yaml', 'utf8').replace(/\nseeds:[\s\S]*$/u, '\n');
  writeFileSync(join(seeds, 'metadata.yaml'), `${meta}seeds:\n  front.pdf:\n    publication: liushi\n    kind: news-page\n    date: 2023-06-20\n    page: "1"\n`);
  copyFileSync(opts.pdf, join(seeds, 'front.pdf'));
  execFileSync('npm', ['run', 'build', '--', '--outDir', join(root, 'dist')], { env: { ...process.env, SEEDS_DIR: seeds, PARSE_CACHE_DIR: 'off' }, stdio: 'ignore' });
  const server = await startStaticServer(join(root, 'dist'));
  const browser = await launchChromium();
  mkdirSync(opts.out, { recursive: true });
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGE}`, { waitUntil: 'load' });
    await page.locator('.page-image svg a').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const file = resolve(opts.out, `pdf-page-${width}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: 1400 } });
    console.log(file);
    await context.close();
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(root, { recursive: true, force: true });
}
