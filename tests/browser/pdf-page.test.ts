/**
 * A 版 read from a PDF, as readers meet it: a site built from a seeds folder holding a typeset
 * golden page (and a text seed beside it), then opened in Chromium. The 版 page shows the page
 * image with each article's region a link named by its headline, reachable by Tab, that opens its
 * article in one click; it passes axe at phone and desktop widths; the phone's image is small. The
 * article page shows the 版面 thumbnail and links the 版's PDF, which downloads byte for byte.
 * The text seed's 版 builds as before: no image, no PDF.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { makePdf } from '../helpers/pdf-make.ts';
import { pageOpener, regions } from '../support/pdf-views.ts';

const GOLDEN = 'tests/fixtures/pages/news-front-liushi-125/page.pdf';
const TEXT_SEED = '000_42a43713ae88928f.txt';
const PAGE = '/liushi/2023-06-20/p1/';
/** A scan (no text layer) given as the 第2版. */
const SCAN_PAGE = '/liushi/2023-06-20/p2/';
const root = mkdtempSync(join(tmpdir(), 'pdf-site-'));
const dist = join(root, 'dist');
let env: NodeJS.ProcessEnv;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  for (const f of ['places.yaml', 'site.yaml', 'redirects.yaml']) copyFileSync(join('seeds', f), join(seeds, f));
  const meta = readFileSync('seeds/metadata.yaml', 'utf8').replace(/\nseeds:[\s\S]*$/u, '\n');
  const entry = (name: string, extra: string) => `  ${name}:\n    publication: liushi\n    kind: news-page\n${extra}`;
  writeFileSync(join(seeds, 'metadata.yaml'), `${meta}seeds:\n${entry('front.pdf', '    date: 2023-06-20\n    page: "1"\n')}${entry(TEXT_SEED, '    page: "1"\n')}${entry('scan.pdf', '    date: 2023-06-20\n    page: "2"\n')}`);
  copyFileSync(GOLDEN, join(seeds, 'front.pdf'));
  writeFileSync(join(seeds, 'scan.pdf'), makePdf([{ image: [0, 0, 595, 842] }]));
  copyFileSync(join('seeds', TEXT_SEED), join(seeds, TEXT_SEED));
  env = { ...process.env, SEEDS_DIR: seeds, PDF_CACHE_DIR: join(root, 'cache'), PARSE_CACHE_DIR: 'off' };
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], { env, maxBuffer: 64 * 1024 * 1024 });
  server = await startStaticServer(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const open = pageOpener(() => ({ server, browser }));

describe('the 版 page of a PDF seed', () => {
  it('shows the page image, and a link per article named by its headline, as the list beside it names them', async () => {
    const page = await open(PAGE, 1280);
    const img = page.locator('.page-image img');
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    const names = await regions(page).evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    const listed = await page.locator('main ol.link-list li a').evaluateAll((as) => as.map((a) => a.textContent!.trim()));
    expect(names.length).toBe(5);
    for (const n of names) expect(listed.some((l) => l.includes(n!))).toBe(true);
    await page.context().close();
  });

  it('opens each region’s article in one click on the region', async () => {
    const page = await open(PAGE, 390, 2);
    const count = await regions(page).count();
    for (let i = 0; i < count; i++) {
      if (i) await page.goto(`${server.origin}${PAGE}`);
      const link = regions(page).nth(i);
      const [name, href] = [await link.getAttribute('aria-label'), await link.getAttribute('href')];
      // The first part of the region (its headline's column run), clicked where a reader taps: its centre.
      await link.locator('rect').first().click();
      await page.waitForURL(`${server.origin}${href}`);
      expect(await page.locator('h1').first().textContent()).toContain(name);
    }
    await page.context().close();
  });

  it('reaches every region by Tab, in reading order', async () => {
    const page = await open(PAGE, 1280);
    const names = await regions(page).evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    const reached: string[] = [];
    for (let i = 0; i < 80 && reached.length < names.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => (document.activeElement?.closest('.page-image svg a') ? document.activeElement.getAttribute('aria-label') : null));
      if (label) reached.push(label);
    }
    expect(reached).toEqual(names);
    await page.context().close();
  });

  it.each([390, 1280])('passes axe (WCAG 2.x A/AA) at %i px', async (width) => {
    const page = await open(PAGE, width);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    await page.context().close();
  });

  it('sends a phone (390 px, 2× screen) an image of at most 150 kB', async () => {
    const from = server.log.length;
    const page = await open(PAGE, 390, 2);
    const images = server.log.slice(from).filter((e) => e.path.endsWith('.webp'));
    expect(images.map((e) => e.path)).toEqual([`${PAGE}page-800.webp`]);
    expect(images[0]!.bytes).toBeLessThanOrEqual(150_000);
    await page.context().close();
  });

  it('sends a phone at 3× (390 px) the 1200 px image, of at most 150 kB, not the 1600 px one', async () => {
    const from = server.log.length;
    const page = await open(PAGE, 390, 3);
    const images = server.log.slice(from).filter((e) => e.path.endsWith('.webp'));
    expect(images.map((e) => e.path)).toEqual([`${PAGE}page-1200.webp`]);
    expect(images[0]!.bytes).toBeLessThanOrEqual(150_000);
    console.log(`390 px at 3×: ${images[0]!.path} ${images[0]!.bytes} bytes`);
    await page.context().close();
  });
});

describe('the 版 page of a scan (a PDF without a text layer)', () => {
  it('publishes the page image and the PDF, saying the text needs 文字识别, with no regions and no guessed text', async () => {
    const page = await open(SCAN_PAGE, 390, 2);
    expect(await page.locator('.page-image img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.page-image-scan').textContent()).toMatch(/扫描图片.*文字识别（OCR）.*搜不到.*不猜测/u);
    expect(await page.locator('.page-image svg a').count()).toBe(0);
    expect(await page.locator('main ol.link-list li').count()).toBe(0);
    const pdf = await page.request.get(`${server.origin}${await page.locator('.page-image a[download]').getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.context().close();
  });

  it.each([390, 1280])('passes axe at %i px', async (width) => {
    const page = await open(SCAN_PAGE, width);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    await page.context().close();
  });
});

describe('the article page of a PDF seed', () => {
  it('shows the 版面 thumbnail with its region marked, and links the 版’s PDF, which downloads whole', async () => {
    const page = await open(PAGE, 1280);
    const href = await regions(page).first().getAttribute('href');
    await page.goto(`${server.origin}${href}`);
    const thumb = page.locator('.page-thumb');
    expect(await thumb.locator('img').evaluate((i: HTMLImageElement) => (i.scrollIntoView(), i.decode().then(() => i.naturalWidth)))).toBeGreaterThan(0);
    expect(await thumb.locator('svg rect').count()).toBeGreaterThan(0);
    expect(await thumb.locator('a.page-thumb-link').getAttribute('href')).toBe(PAGE);
    const pdf = await page.request.get(`${server.origin}${await thumb.locator('a[download]').getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await pdf.body(), readFileSync(GOLDEN))).toBe(0);
    await page.context().close();
  });
});

describe('the article page of a story with a photo', () => {
  /** The lead story: its photo's caption is 推进会现场。 */
  const leadHref = async (page: Page) => regions(page).first().getAttribute('href');

  it('shows the photo cut from the page, its caption as alt text', async () => {
    const page = await open(PAGE, 390, 2);
    await page.goto(`${server.origin}${await leadHref(page)}`);
    const img = page.locator('.page-pictures img');
    expect(await img.count()).toBe(1);
    expect(await img.getAttribute('alt')).toBe('推进会现场。');
    expect(await img.evaluate((i: HTMLImageElement) => (i.scrollIntoView(), i.decode().then(() => [i.naturalWidth, i.naturalHeight])))).toEqual([
      Number(await img.getAttribute('width')),
      Number(await img.getAttribute('height')),
    ]);
    const file = await page.request.get(`${server.origin}${await img.getAttribute('src')}`);
    expect(file.headers()['content-type']).toBe('image/webp');
    // The caption stays listed, and the page no longer says only the captions were kept.
    expect(await page.locator('section.captions').textContent()).toContain('推进会现场。');
    expect(await page.locator('section.captions').textContent()).not.toContain('只收录图片的说明文字');
    await page.context().close();
  });

  it.each([390, 1280])('passes axe at %i px', async (width) => {
    const page = await open(PAGE, width);
    await page.goto(`${server.origin}${await leadHref(page)}`);
    await page.locator('.page-pictures img').evaluate((i: HTMLImageElement) => (i.scrollIntoView(), i.decode()));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
    await page.context().close();
  });
});

describe('a rebuild', () => {
  it('takes the reading and the images from the cache (keyed by the PDF’s hash) and builds the same 版 page', async () => {
    const again = join(root, 'dist-again');
    // The cache: one folder per PDF (its hash), holding the reading, the page at three widths and the
    // pictures cut from it (the front page's two photos; none from the scan), untouched by the rebuild.
    const cached = () =>
      readdirSync(join(root, 'cache'), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => `${d.name} ${statSync(join(d.parentPath, d.name)).mtimeMs}`)
        .sort();
    const before = cached();
    const widths = ['p1-1200.webp', 'p1-1600.webp', 'p1-800.webp'];
    expect(before.map((l) => l.split(' ')[0])).toEqual([...widths, ...widths, 'p1-picture-0.webp', 'p1-picture-1.webp', 'seed.json', 'seed.json'].sort());
    const { stdout } = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', again], { env, maxBuffer: 64 * 1024 * 1024 });
    // Per PDF its three widths and the PDF, and the front page's two photos.
    expect(stdout).toContain('版面图和 PDF：10 个文件');
    const file = (d: string, f: string) => readFileSync(join(d, PAGE, f));
    expect(file(again, 'index.html').toString()).toBe(file(dist, 'index.html').toString());
    expect(Buffer.compare(file(again, 'page-800.webp'), file(dist, 'page-800.webp'))).toBe(0);
    expect(cached()).toEqual(before);
  });
});

describe('a text seed beside it', () => {
  it('builds its 版 page as before: no page image, no PDF', () => {
    const textPage = readdirSync(join(dist, 'liushi'), { recursive: true, withFileTypes: true })
      .filter((d) => d.name === 'index.html' && /\/p1$/u.test(d.parentPath) && !d.parentPath.includes('2023-06-20'))
      .map((d) => join(d.parentPath, d.name));
    expect(textPage).toHaveLength(1);
    const html = readFileSync(textPage[0]!, 'utf8');
    // (The components' scoped CSS is in every page of the route; their markup is not.)
    expect(html).not.toMatch(/<figure class="page-image|<aside class="page-thumb|\.webp"|page\.pdf/u);
    expect(html).toContain('柳市镇召开理论学习中心组学习会');
    expect(existsSync(join(textPage[0]!, '..', 'page.pdf'))).toBe(false);
  });
});
