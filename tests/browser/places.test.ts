/**
 * The place pages and the place/keyword/related links of article pages, in headless Chromium over
 * the built site (dist/, built by tests/global-setup.ts; run `npm run build` first when running
 * this file alone with SKIP_BUILD=1). Everything is checked against dist/data/articles/ (the open data's records) with
 * code written here, independent of src/read-model/places.ts.
 *
 * Also: a second build over the seeds plus one constructed page that names a village the gazetteer
 * lacks (余家村, near 余家山头村), whose /places/ must list it for editors.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/records/schema.ts';
import { textSizeScript } from '../../src/integrations/text-size.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const DIST = resolve('dist');

let server: StaticServer;
let browser: Browser;
let page: Page;
let articles: Article[];

/** Every place of every article, with the ids of the articles whose `places` contain it. */
function expectedPlaces(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of articles) for (const p of new Set(a.places)) out.set(p, [...(out.get(p) ?? []), a.id]);
  return out;
}

const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
/** Every text of an article a snippet may come from. */
const articleTexts = (a: Article) => [a.headline, a.kicker, a.subheadline, ...a.body, ...a.captions.map((c) => c.text)].filter((s): s is string => !!s).map(flat);
/**
 * A page's HTML without the text-size (字号) script that every page carries in <head>: an
 * enhancement, not something the page needs (this file's browser runs with JavaScript off).
 */
const TEXT_SIZE_SCRIPT = `<script>${textSizeScript()}</script>`;
function withoutTextSizeScript(html: string): string {
  expect(html).toContain(TEXT_SIZE_SCRIPT);
  return html.replace(TEXT_SIZE_SCRIPT, '');
}
const dateKey = (a: Article) => a.date ?? a.issue.date ?? (a.issue.year ? String(a.issue.year) : '');

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'places/index.html'))) throw new Error('dist/places/ is missing: run `npm run build` first');
  articles = readPublishedArticles(resolve(DIST));
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  // No JavaScript: place pages and article links must work without it.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await confineToOrigin(context, server.origin);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Listed {
  name: string;
  count: number;
  href: string;
}

async function placesIndex(): Promise<Listed[]> {
  const response = await page.goto(`${server.origin}/places/`);
  expect(response?.status()).toBe(200);
  // A town's own link carries its name and count as data; the grid's links are their text (name, then N篇).
  return page.$$eval('main a[data-place], main .place-grid a', (as) =>
    as.map((a) =>
      a.hasAttribute('data-place')
        ? { name: a.getAttribute('data-place')!, count: Number(a.getAttribute('data-count')), href: a.getAttribute('href')! }
        : { name: a.querySelector('.place-name')!.textContent!, count: Number.parseInt(a.querySelector('.place-count')!.textContent!, 10), href: a.getAttribute('href')! },
    ),
  );
}

describe('/places/', () => {
  it('lists every place of every article, once, with its number of articles', async () => {
    const listed = await placesIndex();
    const expected = expectedPlaces();
    expect(expected.size).toBeGreaterThan(10);
    expect(listed.map((l) => l.name).sort()).toEqual([...expected.keys()].sort());
    for (const l of listed) expect(l.count, l.name).toBe(expected.get(l.name)!.length);
    for (const l of listed) expect(decodeURIComponent(new URL(l.href, server.origin).pathname)).toBe(`/places/${l.name}/`);
  });

  it('groups the places by town, each under the town its records give', async () => {
    await placesIndex();
    const groups = await page.$$eval('section.town-block', (ss) =>
      ss.map((s) => ({ town: s.querySelector('h3')!.firstChild!.textContent!.trim(), places: [...s.querySelectorAll('a[data-place], .place-grid .place-name')].map((a) => a.getAttribute('data-place') ?? a.textContent!) })),
    );
    const townOf = new Map<string, string | null>();
    for (const a of articles) for (const d of a.placeDetails) townOf.set(d.name, d.kind === 'town' ? d.name : d.town);
    for (const g of groups) for (const p of g.places) expect(townOf.get(p), p).toBe(g.town);
    expect(groups.map((g) => g.town)).toContain('柳市镇');
    expect(groups.find((g) => g.town === '柳市镇')!.places).toEqual(expect.arrayContaining(['翔金垟村', '七里港社区', '曹田前村', '井虹寺前村']));
    // Each group's places are sorted by kind: 社区, 村, 片区 under their own headings.
    const kinds = await page.$$eval('section.town-block h4', (hs) => [...new Set(hs.map((h) => h.textContent!.trim()))]);
    expect(kinds).toEqual(expect.arrayContaining(['社区', '村']));
  });

  it('has no section for editors when no name awaits confirmation', async () => {
    await placesIndex();
    expect(await page.locator('#suspected').count()).toBe(0);
  });

  it('needs no JavaScript besides the text-size control, and stays light', async () => {
    const html = readFileSync(join(DIST, 'places/index.html'), 'utf8');
    expect(withoutTextSizeScript(html)).not.toMatch(/<script/iu);
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/gu)].map((m) => statSync(join(DIST, m[1]!)).size);
    const bytes = Buffer.byteLength(html) + css.reduce((n, x) => n + x, 0);
    console.info(`[places weight] /places/: ${Buffer.byteLength(html)} B HTML + ${css.join(' + ') || 0} B CSS = ${bytes} B for ${expectedPlaces().size} places`);
    expect(bytes).toBeLessThan(60_000);
  });
});

describe('/places/<name>/', () => {
  it('lists exactly the articles whose places contain the name, newest first, each with a marked snippet', async () => {
    const listed = await placesIndex();
    const expected = expectedPlaces();
    for (const { name, href } of listed) {
      const response = await page.goto(new URL(href, server.origin).href);
      expect(response?.status(), href).toBe(200);
      expect(await page.textContent('h1')).toContain(name);
      const items = await page.$$eval('[data-place-article]', (lis) =>
        lis.map((li) => ({
          id: li.getAttribute('data-place-article')!,
          href: li.querySelector('a')!.getAttribute('href')!,
          title: li.querySelector('.entry-title')!.textContent!,
          meta: li.querySelector('.entry-meta')!.textContent!,
          snippet: li.querySelector('.place-snippet')!.textContent!,
          marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
        })),
      );
      const ids = items.map((i) => i.id);
      expect([...ids].sort(), name).toEqual([...expected.get(name)!].sort());
      const keys = ids.map((id) => dateKey(articles.find((a) => a.id === id)!));
      expect(keys, `${name}: newest first`).toEqual([...keys].sort().reverse());
      for (const item of items) {
        const a = articles.find((x) => x.id === item.id)!;
        expect(item.href).toBe(a.url);
        expect(item.title).toBe(a.headline);
        expect(item.meta).toContain(a.issue.publicationName);
        // The mention is marked: the full name or the form this article wrote.
        const as = a.placeDetails.find((d) => d.name === name)?.as;
        const forms = [name, as, name.replace(/(村|社区)$/u, '')].filter((f): f is string => !!f && [...f].length >= 2);
        expect(item.marks.length, `${name} in ${a.id}`).toBe(1);
        expect(forms).toContain(item.marks[0]);
        // The snippet is the article's own text, about 40 characters around the mention.
        const core = flat(item.snippet).replace(/^…|…$/gu, '');
        expect(articleTexts(a).some((t) => t.includes(core)), `${name}: “${core}” is not in ${a.id}`).toBe(true);
        expect([...core].length).toBeLessThanOrEqual(60);
        expect([...core].length).toBeGreaterThanOrEqual(Math.min(20, ...articleTexts(a).filter((t) => t.includes(item.marks[0]!)).map((t) => [...t].length)));
      }
      // The town it belongs to is named (and linked when the town has a page).
      const town = articles.flatMap((a) => a.placeDetails).find((d) => d.name === name)!;
      if (town.kind !== 'town' && town.town) expect(await page.textContent('.place-facts')).toContain(town.town);
    }
  });

  it('shows how the text wrote a place, and a town page lists its villages', async () => {
    await page.goto(`${server.origin}/places/${encodeURIComponent('麻蓬村')}/`);
    expect(await page.textContent('main')).toContain('“麻蓬”');
    expect(await page.textContent('[data-place-article] mark')).toBe('麻蓬');
    await page.goto(`${server.origin}/places/${encodeURIComponent('柳市镇')}/`);
    const inTown = await page.$$eval('main .place-grid a', (as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
    expect(inTown).toEqual(expect.arrayContaining(['/places/翔金垟村/', '/places/七里港社区/']));
  });

  it('needs no JavaScript besides the text-size control', () => {
    for (const name of expectedPlaces().keys()) expect(withoutTextSizeScript(readFileSync(join(DIST, 'places', name, 'index.html'), 'utf8'))).not.toMatch(/<script/iu);
  });
});

describe('article pages', () => {
  it('link each place to its page, show the keywords as search links, and list the related articles', async () => {
    for (const a of articles) {
      await page.goto(`${server.origin}${a.url}`);
      const places = await page.$$eval('a[data-place]', (as) => as.map((x) => ({ name: x.getAttribute('data-place')!, path: decodeURIComponent(new URL((x as HTMLAnchorElement).href).pathname) })));
      expect(places.map((p) => p.name), a.id).toEqual(a.places);
      for (const p of places) expect(p.path).toBe(`/places/${p.name}/`);
      const keywords = await page.$$eval('a[data-keyword]', (as) => as.map((x) => ({ k: x.getAttribute('data-keyword')!, q: new URL((x as HTMLAnchorElement).href).searchParams.get('q') })));
      expect(keywords.map((k) => k.k)).toEqual([...new Set(a.keywords)]);
      for (const k of keywords) expect(k.q).toBe(k.k);
      const related = await page.$$eval('[data-related]', (lis) => lis.map((li) => ({ id: li.getAttribute('data-related')!, text: li.textContent!, href: li.querySelector('a')!.getAttribute('href') })));
      expect(related.map((r) => r.id)).toEqual(a.related);
      for (const r of related) {
        const b = articles.find((x) => x.id === r.id)!;
        expect(r.href).toBe(b.url);
        expect(r.text).toContain(b.headline);
        expect(r.text).toContain(b.issue.publicationName);
      }
      if (a.related.length === 0) expect(await page.locator('text=相关报道').count()).toBe(0);
    }
  });

  it('place links lead to a page that lists the article', async () => {
    const a = articles.find((x) => x.places.includes('翔金垟村'))!;
    await page.goto(`${server.origin}${a.url}`);
    await Promise.all([page.waitForURL((u) => decodeURIComponent(u.pathname) === '/places/翔金垟村/'), page.click('a[data-place="翔金垟村"]')]);
    expect(await page.$$eval('[data-place-article]', (lis) => lis.map((li) => li.getAttribute('data-place-article')))).toContain(a.id);
  });
});

describe('names for editors to confirm', () => {
  it('are listed on /places/ when the build finds one (a page naming 余家村, near 余家山头村)', async () => {
    const seedsDir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      cpSync('seeds', seedsDir, { recursive: true });
      writeFileSync(
        join(seedsDir, 'zz-suspect.txt'),
        '\n\n柳市镇召开村社工作会议\n\n本报讯（记者 张三）3月20日，柳市镇在木山后村召开村社工作会议，木山后村、余家村的干部参加会议。会议要求各村做好春季工作。\n',
      );
      writeFileSync(
        join(seedsDir, 'metadata.yaml'),
        readFileSync('seeds/metadata.yaml', 'utf8') + '\n  zz-suspect.txt:\n    publication: liushi\n    kind: news-page\n    date: 2023-03-20\n    page: "2"\n',
      );
      await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, SEEDS_DIR: seedsDir }, maxBuffer: 64 * 1024 * 1024 });
      const built = readPublishedArticles(outDir);
      const suspect = built.find((a) => a.seed === 'zz-suspect.txt')!;
      expect(suspect.places).not.toContain('余家村');
      const html = readFileSync(join(outDir, 'places/index.html'), 'utf8');
      expect(html).toContain('待确认的地名');
      const section = html.slice(html.indexOf('id="suspected"'));
      expect(section).toContain('data-suspect="余家村"');
      expect(section).toContain('余家山头村');
      expect(section).toContain(`href="${suspect.url}"`);
      // Not merged: 余家村 has no page of its own.
      expect(existsSync(join(outDir, 'places', '余家村'))).toBe(false);
    } finally {
      rmSync(seedsDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
