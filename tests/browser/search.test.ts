/**
 * The search page in headless Chromium over the built site (dist/, built by tests/global-setup.ts;
 * run `npm run build` first when running this file alone with SKIP_BUILD=1).
 *
 * For every query: the expected article is found, every result shown really contains the query,
 * and nothing that contains it is missing (checked against the records of dist/data/articles/, and
 * the issue pages' own text in dist/data/issues/ (刊头题字, 投稿信箱 …), with a plain substring test
 * written here, independent of src/search/). Also: a character absent from the
 * archive, the article page highlight, and that no request leaves 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/records/schema.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { confineToOrigin, launchChromium } from '../support/chromium.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';
import { readIssuePageTexts, type IssuePageText } from '../helpers/issue-pages.ts';

const DIST = resolve('dist');

/** Query → an article that must be among its results. */
const QUERIES: Array<[string, string]> = [
  ['翔金垟村', '/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/'],
  ['翔金垟', '/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/'],
  ['前西垟村', '/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/'],
  ['井虹寺前村', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  ['郑喜喜', '/liushi/undated-000-42a43713ae88928f/p1-31865c/'],
  ['陈清清', '/liushi/undated-000-42a43713ae88928f/p1-88e1c7/'],
  ['赖小兰', '/kecheng/2022-003-01bd17f757b75270/p1-958dd6/'],
  ['方心怡', '/kecheng/2022-003-01bd17f757b75270/p1-047a90/'],
  ['卓秉谕', '/nantang/2022-11-10/cffb2f/'],
  ['柳市镇召开理论学习中心组学习会', '/liushi/undated-000-42a43713ae88928f/p1-31865c/'],
  ['村里来了“00后”大学生宣讲员', '/kecheng/2022-003-01bd17f757b75270/p1-958dd6/'],
  // Printed across a line break in the seed (…正泰物联 / 网传感器…).
  ['正泰物联网传感器产业园', '/liushi/undated-000-42a43713ae88928f/p1-31865c/'],
  ['2023年', '/liushi/undated-000-42a43713ae88928f/p1-88e1c7/'],
  ['２０２３年', '/liushi/undated-000-42a43713ae88928f/p1-88e1c7/'],
  ['00后', '/kecheng/2022-003-01bd17f757b75270/p1-958dd6/'],
  ['8.64亿元', '/nantang/2022-11-10/cffb2f/'],
  // The headline is printed with a space: 柳市镇多个村社、单位 入选新一轮文明名单.
  ['单位入选新一轮', '/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/'],
  ['柳市 陈清清', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  ['柳市', '/liushi/undated-000-42a43713ae88928f/p1-31865c/'],
  // Villages and communities with and without 村/社区, short forms and the papers' other names.
  ['七里港社区', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  ['七里港', '/liushi/undated-004-3ac0efa00b5db2aa/c4056a/'],
  ['木山后', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  ['后街社区', '/liushi/undated-000-42a43713ae88928f/p1-ea465c/'],
  ['麻蓬', '/kecheng/2022-003-01bd17f757b75270/p1-958dd6/'],
  ['余东', '/kecheng/2022-003-01bd17f757b75270/p1-958dd6/'],
  // Printed doubled in the seed (“最美村村””曹田前曹田前 / 村…).
  ['曹田前村', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  ['胡舒影', '/liushi/undated-000-42a43713ae88928f/p1-31865c/'],
  ['1500米', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  // Cuts a number: found because every digit is its own token.
  ['23年第一季度', '/liushi/undated-001-1f7ec7666be4bf40/854fde/'],
  // Punctuation inside a query makes it exact text: only the article that prints it so.
  ['稳”和“进', '/liushi/undated-000-42a43713ae88928f/p1-b74f21/'],
  ['3月18日，柳市', '/liushi/undated-000-42a43713ae88928f/p1-ea465c/'],
];

// ---- the reference: does an article contain the query? (substring test, no shared code) ----

function texts(a: Article): string[] {
  const d = a.document;
  return [
    a.headline,
    a.kicker,
    a.subheadline,
    a.byline.raw,
    ...a.body,
    ...a.captions.flatMap((c) => [c.text, c.creditRaw]),
    ...(d ? [d.issuer, d.number, d.signer, d.addressee, d.closingOrgan, d.closingDate] : []),
  ]
    .filter((s): s is string => !!s)
    .map((s) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
}

/**
 * Query pieces: words separated by whitespace, each a substring of one text. A word is taken
 * whole, punctuation included (稳”和“进, 8.64亿元): punctuation makes a query exact text.
 */
const pieces = (q: string) => q.normalize('NFKC').toLowerCase().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
const queryPieces = pieces;
const contains = (a: Article, q: string) => queryPieces(q).every((p) => texts(a).some((t) => t.includes(p)));

/** An issue page's own text (刊头题字, 投稿信箱 …: tests/helpers/issue-pages.ts), in comparison form. */
const pageTexts = (i: IssuePageText) => i.texts.map((s) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
const pageContains = (i: IssuePageText, q: string) => queryPieces(q).every((p) => pageTexts(i).some((t) => t.includes(p)));
/** Every address that contains the query: articles, and issue pages by their own text. */
const containing = (q: string) => [...articles.filter((a) => contains(a, q)).map((a) => a.url), ...issuePages.filter((i) => pageContains(i, q)).map((i) => i.url)];
/** The status line's count, as the page words it once every result is shown: 篇 articles, 个 issue pages. */
function countWords(q: string): string {
  const n = articles.filter((a) => contains(a, q)).length;
  const pages = issuePages.filter((i) => pageContains(i, q)).length;
  return pages === 0 ? `找到${n}篇` : n > 0 ? `找到${n}篇包含` : `找到包含`;
}

// ---- fixtures ----

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let articles: Article[];
let issuePages: IssuePageText[];
const outside: string[] = [];
const seen: string[] = [];
const cspViolations: string[] = [];

interface Shown {
  status: string;
  state: string | null;
  hrefs: string[];
  inHeadline: string[];
  marks: string[];
  excerpts: string[];
}

async function search(q: string, extra: Record<string, string> = {}): Promise<Shown> {
  await page.goto(`${server.origin}/search/?${new URLSearchParams({ q, ...extra })}`);
  return shownNow();
}

/** What the results region shows, once it is no longer busy. */
async function shownNow(): Promise<Shown> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('[data-search-result]')];
    return {
      status: document.querySelector('[data-search-status]')?.textContent ?? '',
      state: document.querySelector('[data-search-status]')?.getAttribute('data-search-status') ?? null,
      hrefs: items.map((li) => li.querySelector('a[href]')!.getAttribute('href')!),
      inHeadline: items.map((li) => li.getAttribute('data-in-headline') ?? ''),
      marks: [...document.querySelectorAll('[data-search-result] mark')].map((m) => m.textContent ?? ''),
      excerpts: items.map((li) => li.querySelector('.search-excerpt')?.textContent ?? ''),
    };
  });
}

const pathOf = (href: string) => new URL(href, server.origin).pathname;

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'search/idx/manifest.json'))) throw new Error('dist/search/idx/ is missing: run `npm run build` first');
  articles = readPublishedArticles(resolve(DIST));
  issuePages = readIssuePageTexts(resolve(DIST));
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  context = await browser.newContext();
  // Every request of the page and of its workers; anything not on our server is refused and recorded.
  await confineToOrigin(context, server.origin, { seen, outside });
  page = await context.newPage();
  // Anything the Content-Security-Policy blocks is reported on the console: collected, must stay empty.
  page.on('console', (m) => {
    if (/Content.Security.Policy/iu.test(m.text())) cspViolations.push(m.text());
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('search page', () => {
  const tally = { expected: 0, found: 0, shown: 0, correct: 0 };

  it.each(QUERIES)('finds %s', async (q, expectedUrl) => {
    const shown = await search(q);
    const paths = shown.hrefs.map(pathOf);
    const expected = containing(q);
    tally.expected += expected.length;
    tally.found += expected.filter((u) => paths.includes(u)).length;
    tally.shown += paths.length;
    tally.correct += paths.filter((u) => expected.includes(u)).length;

    expect(shown.state).toBe('results');
    expect(paths).toContain(expectedUrl);
    // Precision: every result really contains the query.
    for (const p of paths) {
      const a = articles.find((x) => x.url === p);
      const issuePage = issuePages.find((x) => x.url === p);
      expect(a?.url ?? issuePage?.url, `${p} is not an article or an issue page with text of its own`).toBe(p);
      expect(a ? contains(a, q) : pageContains(issuePage!, q), `${p} does not contain ${q}`).toBe(true);
    }
    // Recall: every article containing it is shown, once.
    expect([...paths].sort()).toEqual([...expected].sort());
    expect(shown.status).toContain(countWords(q));
    // Links carry the query so the article page can highlight it.
    for (const h of shown.hrefs) expect(new URL(h, server.origin).searchParams.get('q')).toBe(q);
    // Excerpts are the original text: no zero-width spaces, no index markers.
    for (const e of shown.excerpts) expect(e).not.toMatch(/[\u200B\uA66E\u00B6]/u);
    // The whole query (each piece) is marked as one, not character by character.
    expect(shown.marks.length).toBeGreaterThan(0);
    for (const m of shown.marks) expect(queryPieces(q).some((p) => m.normalize('NFKC').toLowerCase().replace(/\s+/gu, '').includes(p))).toBe(true);
  });

  it('finds every article for random substrings of the archive (seeded sample)', async () => {
    let seed = 20230318;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const all = articles.map((a) => texts(a));
    const sample = new Set<string>();
    while (sample.size < 30) {
      const t = all[Math.floor(random() * all.length)]!;
      const f = t[Math.floor(random() * t.length)]!;
      const len = 2 + Math.floor(random() * 5);
      const start = Math.floor(random() * Math.max(1, f.length - len));
      const q = f.slice(start, start + len);
      // One piece, not cutting a Latin/digit run (those are matched as whole words by design).
      if ([...q].length < 2 || /[\s\p{P}\p{S}]/u.test(q) || /^[^\p{Script=Han}]|[^\p{Script=Han}]$/u.test(q)) continue;
      sample.add(q);
    }
    for (const q of sample) {
      const shown = await search(q);
      const paths = shown.hrefs.map(pathOf).sort();
      const expected = containing(q).sort();
      tally.expected += expected.length;
      tally.found += expected.filter((u) => paths.includes(u)).length;
      tally.shown += paths.length;
      tally.correct += paths.filter((u) => expected.includes(u)).length;
      expect(paths, q).toEqual(expected);
    }
  });

  it('puts headline matches first', async () => {
    const shown = await search('柳市');
    // An issue page's result (its 刊头题字 prints 柳市) has no headline of its own: never in the headline tier.
    const inHeadline = shown.hrefs.map((h) => !!articles.find((a) => a.url === pathOf(h))?.headline.includes('柳市'));
    expect(inHeadline.some(Boolean)).toBe(true);
    expect(inHeadline.some((x) => !x)).toBe(true);
    expect(inHeadline).toEqual([...inHeadline].sort((a, b) => Number(b) - Number(a)));
    expect(shown.inHeadline).toEqual(inHeadline.map(String));
  });

  it('says when a query character occurs nowhere in the archive, with no partial matches', async () => {
    const all = [...articles.flatMap(texts), ...issuePages.flatMap(pageTexts)].join('');
    expect(all).not.toContain('鑫');
    const shown = await search('柳市鑫');
    expect(shown.state).toBe('absent');
    expect(shown.status).toContain('文章的标题、正文、作者和图片说明，以及期次页上的刊头题字、投稿信箱等版面文字中都没有“鑫”字');
    expect(shown.hrefs).toEqual([]);
  });

  it('reports a phrase whose characters all exist but never together', async () => {
    const shown = await search('翔金垟前西');
    expect(shown.state).toBe('none');
    expect(shown.hrefs).toEqual([]);
  });

  it('prefills the form and searches again without reloading', async () => {
    await search('翔金垟');
    expect(await page.inputValue('#search-q')).toBe('翔金垟');
    const before = server.log.length;
    await page.fill('#search-q', '井虹寺前村');
    await page.click('#search-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-search-result] a')?.getAttribute('href')?.includes('854fde'));
    await page.waitForSelector('#search-results[aria-busy="false"]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('井虹寺前村');
    const requested = server.log.slice(before).map((r) => r.path);
    expect(requested.some((p) => p.endsWith('/search/idx/manifest.json'))).toBe(false);
    // The search page itself was not loaded again (its index files live under /search/idx/).
    expect(requested.some((p) => /^\/search\/(\?|$)/u.test(p))).toBe(false);
  });

  it('measures what one query downloads', async () => {
    const fresh = await context.newPage();
    const before = server.log.length;
    await fresh.goto(`${server.origin}/search/?q=${encodeURIComponent('翔金垟村')}`);
    await fresh.waitForSelector('#search-results[aria-busy="false"]');
    const cold = server.log.slice(before);
    const mid = server.log.length;
    await fresh.fill('#search-q', '赖小兰');
    await fresh.click('#search-form button[type="submit"]');
    await fresh.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('赖小兰'));
    await fresh.waitForSelector('#search-results[aria-busy="false"]');
    const warm = server.log.slice(mid);
    await fresh.close();
    const sum = (rs: typeof cold, f: (p: string) => boolean = () => true) => rs.filter((r) => f(r.path)).reduce((n, r) => n + r.bytes, 0);
    const pf = (p: string) => p.startsWith('/search/idx/');
    console.info(
      `[search bytes] first query: ${sum(cold)} B in total, ${sum(cold, pf)} B from /search/idx/ ` +
        `(${cold.filter((r) => pf(r.path)).length} files); next query: ${sum(warm)} B (${warm.map((r) => r.path).join(', ')})`,
    );
    expect(sum(cold, pf)).toBeLessThan(400_000);
  });

  it('reports recall and precision over the query list', () => {
    console.info(`[search quality] recall ${tally.found}/${tally.expected}, precision ${tally.correct}/${tally.shown} (article and issue-page hits) over ${QUERIES.length} listed queries and 30 random substrings`);
    expect(tally.found).toBe(tally.expected);
    expect(tally.correct).toBe(tally.shown);
  });
});

// ---- filters, order, suggestions ----

/** Newest first means: by the article's date, else its issue's date, else its year; unknown last. */
const dateKey = (a: Article) => a.date ?? a.issue.date ?? (a.issue.year ? String(a.issue.year) : '');
/** The date key of a result: an article's (dateKey), or an issue page's own. */
const resultDateKey = (href: string) => {
  const a = articles.find((x) => x.url === pathOf(href));
  return a ? dateKey(a) : issuePages.find((i) => i.url === pathOf(href))!.dateKey;
};
const settled = async (f: () => boolean) => {
  await page.waitForFunction(f);
  await page.waitForSelector('#search-results[aria-busy="false"]');
};

describe('search filters and order', () => {
  it('offers every place of the archive in the place filter, with its article count', async () => {
    await search('柳市');
    const options = await page.$$eval('select[name="place"] option[data-count]', (os) =>
      os.map((o) => ({ name: (o as HTMLOptionElement).value, count: Number((o as HTMLOptionElement).dataset['count']), town: (o as HTMLOptionElement).dataset['town'] })),
    );
    const expected = new Map<string, number>();
    for (const a of articles) for (const p of new Set(a.places)) expected.set(p, (expected.get(p) ?? 0) + 1);
    expect(new Map(options.map((o) => [o.name, o.count]))).toEqual(expected);
    for (const o of options) {
      const detail = articles.flatMap((a) => a.placeDetails).find((d) => d.name === o.name)!;
      expect(o.town).toBe(detail.town ?? '');
    }
  });

  it.each([
    ['柳市', '七里港社区'],
    ['柳市', '柳市镇'],
    ['文明', '翔金垟村'],
    ['党', '麻蓬村'],
  ])('narrows %s to the articles that name %s', async (q, place) => {
    const all = (await search(q)).hrefs.map(pathOf);
    const shown = await search(q, { place });
    const paths = shown.hrefs.map(pathOf);
    const expected = articles.filter((a) => contains(a, q) && a.places.includes(place)).map((a) => a.url);
    expect(expected.length).toBeGreaterThan(0);
    expect([...paths].sort()).toEqual([...expected].sort());
    expect(paths.every((p) => all.includes(p))).toBe(true);
    expect(shown.status).toContain(`找到${expected.length}篇`);
    expect(shown.status).toContain(place);
    expect(await page.inputValue('select[name="place"]')).toBe(place);
    // The address keeps the filter, so the search can be bookmarked.
    expect(new URL(page.url()).searchParams.get('place')).toBe(place);
  });

  it('says so when a place filter leaves nothing, and links to the search over everything', async () => {
    const shown = await search('赖小兰', { place: '柳市镇' });
    expect(shown.state).toBe('none');
    expect(shown.status).toContain('所选范围');
    await Promise.all([settled(() => document.querySelectorAll('[data-search-result]').length > 0), page.click('[data-search-link]')]);
    expect(new URL(page.url()).searchParams.get('place')).toBeNull();
    expect((await shownNow()).hrefs.map(pathOf)).toContain('/kecheng/2022-003-01bd17f757b75270/p1-958dd6/');
  });

  it('orders by relevance by default, which is not the date order', async () => {
    const keys = (await search('党')).hrefs.map(resultDateKey);
    expect(keys).not.toEqual([...keys].sort().reverse());
    expect(await page.inputValue('select[name="sort"]')).toBe('');
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
  });

  it.each(['柳市', '会议', '党', '村'])('sorts the results for %s by date, newest first', async (q) => {
    const relevance = (await search(q)).hrefs.map(pathOf);
    const shown = await search(q, { sort: 'date' });
    const keys = shown.hrefs.map(resultDateKey);
    expect(keys.length).toBeGreaterThan(2);
    expect(new Set(keys).size, 'the sample should hold several dates').toBeGreaterThan(1);
    expect(keys).toEqual([...keys].sort().reverse());
    // The same articles, in another order.
    expect([...shown.hrefs.map(pathOf)].sort()).toEqual([...relevance].sort());
    expect(await page.inputValue('select[name="sort"]')).toBe('date');
    expect(shown.status).toContain('新的在前');
  });

  it('keeps the year and publication filters', async () => {
    const shown = await search('柳市', { year: '2023', pub: '柳市' });
    const expected = [
      ...articles.filter((a) => contains(a, '柳市') && a.issue.publicationName === '柳市' && dateKey(a).startsWith('2023')).map((a) => a.url),
      ...issuePages.filter((i) => pageContains(i, '柳市') && i.publicationName === '柳市' && i.dateKey.startsWith('2023')).map((i) => i.url),
    ];
    expect([...shown.hrefs.map(pathOf)].sort()).toEqual([...expected].sort());
  });

  it('works with the keyboard, and puts the filters and order in the address', async () => {
    await search('柳市');
    const before = (await shownNow()).hrefs.map(pathOf);
    // From the search box: Tab to the button, Tab to the folded options, Enter opens them.
    await page.focus('#search-q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.querySelector('details.search-options') as HTMLDetailsElement).open)).toBe(true);
    // Tab through 报刊, 年份, 地名 to 排序; ArrowDown picks “newest first” and applies it.
    for (const name of ['pub', 'year', 'place', 'sort']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe(name);
    }
    await page.keyboard.press('ArrowDown');
    await settled(() => new URL(location.href).searchParams.get('sort') === 'date');
    const byDate = (await shownNow()).hrefs.map(resultDateKey);
    expect(byDate).toEqual([...byDate].sort().reverse());
    // Back to 地名; ArrowDown picks the first place in the list.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await settled(() => !!new URL(location.href).searchParams.get('place'));
    const url = new URL(page.url());
    const place = url.searchParams.get('place')!;
    expect(url.searchParams.get('q')).toBe('柳市');
    expect(url.searchParams.get('sort')).toBe('date');
    const filtered = (await shownNow()).hrefs.map(pathOf);
    expect(filtered.length).toBeLessThanOrEqual(before.length);
    for (const p of filtered) expect(articles.find((a) => a.url === p)!.places).toContain(place);
    // The bookmarked address gives the same search.
    await page.goto(url.href);
    expect((await shownNow()).hrefs.map(pathOf)).toEqual(filtered);
    expect(await page.inputValue('select[name="place"]')).toBe(place);
    expect(await page.inputValue('select[name="sort"]')).toBe('date');
  });
});

describe('suggestions when nothing is found', () => {
  const suggestions = () => page.$$eval('[data-search-suggestions] [data-suggestion]', (as) => as.map((a) => a.getAttribute('data-suggestion')!));

  it('suggests 翔金垟村 for the misspelt 翔金洋, and the suggestion searches for it', async () => {
    const shown = await search('翔金洋');
    expect(['absent', 'none']).toContain(shown.state);
    expect(shown.hrefs).toEqual([]);
    expect((await suggestions())[0]).toBe('翔金垟村');
    const before = server.log.length;
    await Promise.all([settled(() => document.querySelectorAll('[data-search-result]').length > 0), page.click('[data-suggestion="翔金垟村"]')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('翔金垟村');
    expect((await shownNow()).hrefs.map(pathOf)).toContain('/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/');
    // Searched in place: the page and the index manifest were not loaded again.
    expect(server.log.slice(before).some((r) => /^\/search\/(\?|$)/u.test(r.path) || r.path.endsWith('/search/idx/manifest.json'))).toBe(false);
  });

  it.each([
    ['七里岗社区', '七里港社区'],
    ['曹天前村', '曹田前村'],
    ['井虹前村', '井虹寺前村'],
  ])('suggests a place for %s', async (q, place) => {
    const shown = await search(q);
    expect(shown.hrefs).toEqual([]);
    expect(await suggestions()).toContain(place);
    // Each suggestion also links to the place's page.
    const href = await page.getAttribute(`[data-suggestion="${place}"] ~ a.suggest-place`, 'href');
    expect(decodeURIComponent(href!)).toBe(`/places/${place}/`);
  });

  it('suggests nothing for a query unlike any place', async () => {
    await search('柳市鑫');
    await search('鑫鑫');
    expect(await suggestions()).toEqual([]);
  });
});

describe('article page highlight', () => {
  it('src/client/search/highlight.ts marks the query inside [data-article-body] of a real article page', async () => {
    const bundle = buildSync({ entryPoints: [resolve('src/client/search/highlight.ts')], bundle: true, format: 'iife', globalName: 'SearchHighlight', write: false, target: 'es2022' });
    // The site's Content-Security-Policy forbids injected scripts (as it should): this harness page may bypass it.
    const harness = await browser.newContext({ bypassCSP: true });
    try {
      const p = await harness.newPage();
      await p.goto(`${server.origin}/liushi/undated-000-42a43713ae88928f/p1-31865c/?q=${encodeURIComponent('正泰物联网传感器产业园')}`);
      // The page already includes the highlighter; start from clean text.
      await p.evaluate(() => document.querySelectorAll('mark[data-search-highlight]').forEach((m) => m.replaceWith(...m.childNodes)));
      await p.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const marks = await p.evaluate(() =>
        (window as unknown as { SearchHighlight: { highlightFromLocation(): HTMLElement[] } }).SearchHighlight.highlightFromLocation().map((m) => m.textContent),
      );
      expect(marks.join('')).toBe('正泰物联网传感器产业园');
      expect(await p.locator('[data-article-body] mark').count()).toBeGreaterThan(0);
    } finally {
      await harness.close();
    }
  });

  it('clicking a result opens the article, where the query is highlighted', async () => {
    await search('翔金垟');
    await Promise.all([page.waitForURL((u) => u.pathname === '/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/'), page.click('[data-search-result] a')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('翔金垟');
    expect(await page.locator('[data-article-body]').count(), 'the article page has no [data-article-body]').toBeGreaterThan(0);
    const marks = page.locator('[data-article-body] mark[data-search-highlight]');
    await marks.first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    const texts = await marks.allTextContents();
    expect(texts.length, 'no highlight on the article page: its script (src/client/article.ts) must start the highlighter').toBeGreaterThan(0);
    for (const t of texts) expect(t).toBe('翔金垟');
  });
});

describe('content security policy', () => {
  it('is on every page, and nothing the site does breaks it', async () => {
    for (const path of ['/', '/search/', '/liushi/undated-000-42a43713ae88928f/p1-0dcfbd/', '/places/']) {
      const html = readFileSync(resolve(DIST, `.${path}index.html`), 'utf8');
      expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/u);
      expect(html, path).not.toMatch(/\son[a-z]+=/u); // no inline event handlers
    }
    expect(cspViolations).toEqual([]);
  });
});

describe('network', () => {
  it('makes no request outside 127.0.0.1', () => {
    expect(seen.length).toBeGreaterThan(0);
    // The index shards were fetched, and checked like every other request.
    expect(seen.some((u) => /\/search\/idx\/.*\.bin$/u.test(u))).toBe(true);
    expect(outside).toEqual([]);
  });
});
