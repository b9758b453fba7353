/**
 * Screenshots of every page type at a phone's and a desktop's width, and what each page weighs.
 *
 *   npm run screenshots                          dist/ → docs/screenshots/
 *   npm run screenshots -- --walk                the walk site (tests/support/walk-site.ts: eight-page issues
 *                                                over fifteen years, a cut story, a 公文), built for the occasion
 *   npm run screenshots -- --site DIR --out DIR  another built site, another folder
 *   options: --today 2026-12-19 (the day the browser believes it is, for 历史上的今天; --walk sets it)
 *            --max-height 1800 (longest picture, px; the rest of a long page is left out)
 *
 * Each page is opened in Debian's Chromium (tests/support/chromium.ts) in a fresh context at 390 × 844
 * and at 1280 × 900, from a local server that gzips as a static host would (tests/support/static-server.ts),
 * and photographed from the top, up to --max-height (`<name>-390.png`, `<name>-1280.png`). The pages are picked from the site's
 * open data: the first publication, its newest year, the issue with most pages, one of its pages
 * (版), its lead article, a 公文, the person with most articles, the index pages and a search.
 * The table printed at the end gives, per page, the HTML's own size and gzipped, and everything
 * the page loaded (requests, bytes transferred). Needs the CJK fonts (`apt-get install fonts-noto-cjk`)
 * for Chinese to show; without them the text is drawn as boxes, the weights are the same.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readPublishedArticles } from '../src/records/article-files.ts';
import { fileUnder, startStaticServer } from '../tests/support/static-server.ts';
import { kbn, table } from './bench/format.ts';
import { confineToOrigin, launchChromium } from '../tests/support/chromium.ts';
import { peopleIndex, personUrl } from '../src/browse/people.ts';
import { issueYear, yearPageUrl } from '../src/browse/sequence.ts';
import { pageSlug } from '../src/browse/pages.ts';
import { buildWalkSite, WALK } from '../tests/support/walk-site.ts';

const { values: opts } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
    today: { type: 'string' },
    walk: { type: 'boolean', default: false },
    'max-height': { type: 'string', default: '1800' },
  },
});
let SITE = resolve(opts.site!);
const MAX_HEIGHT = Number(opts['max-height']);
const OUT = resolve(opts.out!);
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

/** The pages to photograph, chosen from the site's own records. */
function pickPages(): Array<[name: string, path: string]> {
  const articles = readPublishedArticles(SITE);
  const news = articles.filter((a) => !a.document);
  const pagesOf = (key: string) => new Set(articles.filter((a) => a.issue.key === key).map((a) => a.issue.page)).size;
  const richest = [...news].sort((a, b) => pagesOf(b.issue.key) - pagesOf(a.issue.key) || (b.issue.date ?? '').localeCompare(a.issue.date ?? ''))[0]!;
  const lead = news.find((a) => a.issue.key === richest.issue.key && a.continuation.to) ?? richest;
  const continued = news.find((a) => a.issue.key === richest.issue.key && a.continuation.from);
  const doc = articles.find((a) => a.document);
  const person = peopleIndex(articles).sort((a, b) => b.articles.length - a.articles.length)[0];
  const slug = pageSlug(richest.issue.page);
  const pub = richest.issue.publication;
  const list: Array<[string, string]> = [
    ['home', '/'],
    ['issues', '/issues/'],
    ['publication', `/${pub}/`],
    ['year', yearPageUrl(pub, issueYear(richest.issue))],
    ['issue', richest.issue.url],
    ...(slug ? [['page', `${richest.issue.url}${slug}/`] as [string, string]] : []),
    ['article', lead.url],
    ...(continued ? [['continuation', continued.url] as [string, string]] : []),
    ...(doc ? [['document', doc.url] as [string, string]] : []),
    ['people', '/people/'],
    ...(person ? [['person', personUrl(person.name)] as [string, string]] : []),
    ['places', '/places/'],
    ['search', `/search/?q=${encodeURIComponent(lead.headline.slice(0, 2))}`],
  ];
  return list.filter(([, path]) => fileUnder(SITE, decodeURIComponent(path.split('?')[0]!)) !== null);
}

const htmlSize = (path: string) => {
  const file = fileUnder(SITE, decodeURIComponent(path.split('?')[0]!))!;
  const html = readFileSync(statSync(file).isDirectory() ? join(file, 'index.html') : file);
  return { raw: html.length, gzip: gzipSync(html).length };
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  const walk = opts.walk ? await buildWalkSite() : null;
  if (walk) SITE = walk.dist;
  const today = opts.today ?? (walk ? `2026-${WALK.issues.at(-1)!.slice(5)}` : undefined);
  try {
    await photograph(today);
  } finally {
    walk?.close();
  }
}

async function photograph(today: string | undefined) {
  const pages = pickPages();
  const server = await startStaticServer(SITE, { gzip: true });
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const [name, path] of pages) {
      const weights: string[] = [];
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({ viewport });
        await confineToOrigin(context, server.origin);
        const page = await context.newPage();
        if (today) await page.clock.setFixedTime(new Date(`${today}T09:00:00`));
        const from = server.log.length;
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        if (path.startsWith('/search/')) await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
        if (path === '/' && today) await page.locator('[data-on-this-day-status]:not(:empty)').waitFor();
        const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({ path: join(OUT, `${name}-${viewport.width}.png`), fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
        const requests = server.log.slice(from);
        if (viewport.width === 390) weights.push(String(requests.length), kbn(sumBytes(requests)), kbn(sumBytes(requests.filter((r) => !r.path.startsWith(ASSETS)))));
        await context.close();
      }
      const { raw, gzip } = htmlSize(path);
      rows.push([name, decodeURIComponent(path), kbn(raw), kbn(gzip), ...weights]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Screenshots of ${opts.walk ? 'the walk site' : SITE} in ${OUT} (390 × 844 and 1280 × 900, up to ${MAX_HEIGHT} px tall)\n`);
  console.log(table([['page', 'address', 'HTML kB', 'gzip kB', 'requests', 'transferred kB', 'without /_astro/ kB'], '-', ...rows]));
}

const sumBytes = (requests: Array<{ bytes: number }>) => requests.reduce((s, r) => s + r.bytes, 0);
/**
 * Styles and scripts, content-hashed and sent with a year's cache (deploy/nginx): a reader pays for
 * them on the first page that needs them, and the table's last column is what later pages cost.
 */
const ASSETS = '/_astro/';

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
