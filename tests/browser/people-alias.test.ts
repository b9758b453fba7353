/**
 * One reporter spelled two ways, merged by an editor (issue 21), in Chromium at a phone's and a
 * desktop's width: the seeds with the people.yaml the check suggests for 吴昊妹 / 吴昊姝 (pasted as
 * it stands), built into a temporary folder. The other spelling's address forwards to the person's
 * page, which lists the articles of both spellings; a byline with the other spelling leads there;
 * the forwarding page itself says why and links on. Expectations from the seeds read as the build
 * reads them (src/archive/load.ts) and the check's own suggestion, not from the page components.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadArchive } from '../../src/archive/load.ts';
import { personUrl } from '../../src/browse/people.ts';
import { spellingItems } from '../../src/check/items.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

let root: string;
let server: StaticServer;
let browser: Browser;
let alias: string;
let kept: string;
/** Articles signed with each spelling, by address. */
let byAlias: string[];
let byKept: string[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'people-alias-'));
  const seeds = join(root, 'seeds');
  cpSync(resolve('seeds'), seeds, { recursive: true });
  const archive = loadArchive(seeds);
  const [item] = spellingItems({ articles: archive.articles, seedsDir: seeds });
  if (!item?.snippet) throw new Error('the check suggests no spellings to merge in the seeds');
  writeFileSync(join(seeds, 'people.yaml'), item.snippet);
  const entry = (parseYaml(item.snippet) as { aliases: Array<{ alias: string; of: string }> }).aliases[0]!;
  [alias, kept] = [entry.alias, entry.of];
  const signed = (name: string) => archive.articles.filter((a) => a.byline.reporters.includes(name)).map((a) => a.url);
  [byAlias, byKept] = [signed(alias), signed(kept)];
  const dist = join(root, 'dist');
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], { env: { ...process.env, SEEDS_DIR: seeds }, maxBuffer: 256 * 1024 * 1024 });
  server = await startStaticServer(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  const open = async () => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    await confineToOrigin(context, server.origin);
    return context.newPage();
  };

  it("the other spelling's address forwards to the person's page, which lists both spellings' articles", async () => {
    expect(byAlias.length).toBeGreaterThan(0);
    const page = await open();
    await page.goto(server.origin + personUrl(alias));
    await page.waitForURL((u) => decodeURI(u.pathname) === personUrl(kept), { timeout: 10_000 });
    const h1 = await page.locator('h1').textContent();
    const listed = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.context().close();
    expect(h1?.trim()).toBe(kept);
    for (const url of [...byAlias, ...byKept]) expect(listed, url).toContain(url);
  });

  it('a byline with the other spelling leads to the same page', async () => {
    const page = await open();
    await page.goto(server.origin + byAlias[0]!);
    const link = page.locator(`a[href="${encodeURI(personUrl(alias))}"], a[href="${personUrl(alias)}"], a[href="${encodeURI(personUrl(kept))}"], a[href="${personUrl(kept)}"]`).first();
    await link.click();
    await page.waitForURL((u) => decodeURI(u.pathname) === personUrl(kept), { timeout: 10_000 });
    await page.context().close();
  });

  it('the forwarding page says why, links on, and is not indexed', async () => {
    const page = await open();
    // Served without its refresh, to read it as a browser that does not follow one shows it.
    await page.route(`${server.origin}${encodeURI(personUrl(alias))}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/u, '') });
    });
    await page.goto(server.origin + personUrl(alias));
    expect(decodeURI(new URL(page.url()).pathname)).toBe(personUrl(alias));
    const text = await page.locator('main').textContent();
    const link = page.locator('main a.standalone-link', { hasText: kept });
    const box = await link.boundingBox();
    const href = await link.getAttribute('href');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const robots = await page.locator('meta[name="robots"]').getAttribute('content');
    await page.context().close();
    expect(text).toContain(`“${alias}”是“${kept}”的另一种写法`);
    expect(decodeURI(href!)).toBe(personUrl(kept));
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(decodeURI(new URL(canonical!, server.origin).pathname)).toBe(personUrl(kept));
    expect(robots).toContain('noindex');
  });

  it('the people index lists the person once, under the kept spelling', async () => {
    const page = await open();
    await page.goto(`${server.origin}/people/`);
    const names = await page.locator('[data-person]').evaluateAll((as) => as.map((a) => a.getAttribute('data-person')));
    await page.context().close();
    expect(names).toContain(kept);
    expect(names).not.toContain(alias);
  });
});
