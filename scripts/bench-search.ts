/**
 * Search benchmark: our search (the archive's own index of character pairs, src/search/format.ts:
 * exact, headline matches first) against what a site gets from Pagefind 1.6 out of the box (its
 * own zh segmentation on both sides), both driven in headless Chromium over the same article
 * pages, and the issue's goals checked against the figures (met, or the distance).
 *
 *   npm run bench:search                       build the site, then benchmark
 *   npm run bench:search -- --no-build         use the existing dist/
 *   options: --random=N (random substrings, default 300)  --seed=N  --json=FILE (raw per-query
 *            results)  --keep (keep the temporary sites)  --timeout=MS (per search, 30000)
 *            --limit=N (only the first N queries: place, person, headline, random, fixed; for trials)
 *            --per-group=N (at most N queries of each group: for big sites, where every place and
 *            headline would make thousands)  --site=DIR (benchmark this built site, e.g. one built
 *            from a synthetic corpus with --outDir; implies --no-build)
 *            --max-relevant=N (leave out queries that more than N articles contain: recall lists
 *            every result, 20 per "显示更多" click, which for a name in 8,000 articles takes minutes)
 *            --throttle (Chromium's network throttled to a slow 4G profile, SLOW_4G, for the measured
 *            searches; lifted while the remaining results are listed for recall)
 *            --no-baseline (build and measure no Pagefind baseline, neither out of the box nor
 *            article-only: only ours is measured and reported, the baseline's columns are left out;
 *            building Pagefind over 10,000 articles and searching it took 45 minutes)
 *
 * Ours is measured through the real search page (`/search/?q=…`, results read from
 * `[data-search-result] a` once the results region has aria-busy="false"); the baseline through a
 * plain page calling `pagefind.search(query)` (scripts/bench/baseline.ts). Truth and queries:
 * scripts/bench/queries.ts and tests/support/search-oracle.ts. Each query runs on a fresh browser context (nothing cached: the cost of
 * a first search), then a follow-up query (the next one in the list) is submitted on the same
 * page (the cost of a search once the index is open). Bytes are what the local server sent for
 * the page's requests (body bytes; text assets gzip-compressed; our shards and Pagefind's files
 * as written, both compressed at build time).
 * A second baseline, Pagefind reading only the article element of each page, is run for result
 * quality only: it separates the baseline's segmentation errors from matches in the page chrome.
 * The site is benchmarked from a private copy of dist/ (the checkout is shared).
 *
 * A benchmark, not a test: it prints its report and exits 0 (1 only when it cannot run: build
 * failed, no dist/). Every server, browser and temporary
 * folder it starts is stopped or removed, also on error or Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readPublishedArticles } from '../src/records/article-files.ts';
import { IssueFile } from '../src/records/open-data.ts';
import { INDEX_DIR, MANIFEST_FILE, type Manifest } from '../src/search/format.ts';
import type { Article } from '../src/records/schema.ts';
import { parseQuery } from '../src/search/tokenize.ts';
import { buildBaseline } from './bench/baseline.ts';
import { buildQueries, GROUPS, readFixedQueries, type Group, type Query } from './bench/queries.ts';
import { norm, Truth } from '../tests/support/search-oracle.ts';
import { kbn, median, ms, pct, percentile, table } from './bench/format.ts';
import { settle, startStaticServer, type LogEntry, type StaticServer } from '../tests/support/static-server.ts';
import { launchChromium } from '../tests/support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOP = 10;
/**
 * "Slow 4G" (--throttle), as Chrome DevTools defines it: 150 ms round trip, 1.6 Mbps down, 750 kbps
 * up (CDP Network.emulateNetworkConditions takes bytes per second).
 */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const NO_THROTTLE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
/** The article's own text on its page (src/components/ArticlePage.astro). */
const ARTICLE_ROOT = 'article[data-article-body]';

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    random: { type: 'string', default: '300' },
    seed: { type: 'string', default: '20230318' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '30000' },
    limit: { type: 'string' },
    'per-group': { type: 'string' },
    'max-relevant': { type: 'string' },
    site: { type: 'string' },
    throttle: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(
    'usage: node scripts/bench-search.ts [--no-build] [--random=300] [--seed=20230318] [--json=FILE] [--keep] [--timeout=30000] [--limit=N] [--per-group=N] [--max-relevant=N] [--site=DIR] [--throttle] [--no-baseline]',
  );
  process.exit(0);
}
function intOption(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`bench: --${name} must be a whole number, got ${value}`);
    process.exit(2);
  }
  return n;
}
const RANDOM = intOption('random', opts.random);
const SEED = intOption('seed', opts.seed);
const TIMEOUT = intOption('timeout', opts.timeout);
const LIMIT = opts.limit === undefined ? undefined : intOption('limit', opts.limit);
const PER_GROUP = opts['per-group'] === undefined ? undefined : intOption('per-group', opts['per-group']);
const MAX_RELEVANT = opts['max-relevant'] === undefined ? undefined : intOption('max-relevant', opts['max-relevant']);
/** The built site to benchmark: dist/ (built first unless --no-build), or --site. */
const SITE = opts.site ? resolve(opts.site) : join(ROOT, 'dist');
const BUILD = !opts['no-build'] && !opts.site;
/** Whether the Pagefind baselines are built and measured (not with --no-baseline). */
const BASELINE = !opts['no-baseline'];

const progress = (s: string) => process.stderr.write(`${s}\n`);

// ---- cleanup, also on error and Ctrl-C ----

const cleanups: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const f = cleanups.pop()!;
      try {
        await f();
      } catch (e) {
        progress(`cleanup: ${(e as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    progress(`\n${signal}: stopping servers and browser…`);
    void cleanup().then(() => process.exit(130));
  });
}

// ---- build ----

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // Build output goes to stderr: stdout is the report.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    const kill = async () => {
      if (child.exitCode === null && child.pid) child.kill('SIGTERM');
    };
    cleanups.push(kill);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const i = cleanups.indexOf(kill);
      if (i >= 0) cleanups.splice(i, 1);
      if (code === 0) resolvePromise();
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

// ---- browser runs ----

interface RunResult {
  /** Result URLs (paths) shown, in order. */
  shown: string[];
  /** Every result URL (ours: after "显示更多" until the end; baseline: every Pagefind result). */
  all: string[];
  status: string | null;
  timeMs: number;
  bytes: number;
  /** Bytes from the search index folder (ours /search/idx/, baseline /pagefind/). */
  indexBytes: number;
  /** Of which index chunks: the files holding postings (ours d/ and p/ shards, baseline .pf_index). */
  chunkBytes: number;
  requests: LogEntry[];
  error?: string;
}

interface System {
  key: 'ours' | 'base';
  server: StaticServer;
  /** Resolve every result's URL after the measured part is over. */
  allUrls(page: Page, shown: string[]): Promise<string[]>;
}

/** Records when the results region turns aria-busy="false" (ms since navigation start). */
const OBSERVER = `(() => {
  window.__bench = { done: [] };
  new MutationObserver((records) => {
    for (const r of records) {
      const t = r.target;
      if (t.id === 'search-results' && t.getAttribute('aria-busy') === 'false') window.__bench.done.push(performance.now());
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

declare global {
  interface Window {
    __bench: { done: number[] };
    __benchAllUrls?: () => Promise<string[]>;
  }
}

const pathOf = (href: string) => {
  try {
    return new URL(href, 'http://127.0.0.1/').pathname;
  } catch {
    return href;
  }
};

async function readShown(page: Page): Promise<{ shown: string[]; status: string | null }> {
  const r = await page.evaluate(() => ({
    shown: [...document.querySelectorAll('[data-search-result]')].map((li) => li.querySelector('a[href]')?.getAttribute('href') ?? ''),
    status: document.querySelector('[data-search-status]')?.getAttribute('data-search-status') ?? null,
  }));
  return { shown: r.shown.map(pathOf), status: r.status };
}

/** The folder of each system's search index, as the browser requests it. */
const INDEX_PREFIX = { ours: `/${INDEX_DIR}/`, base: '/pagefind/' } as const;
const isIndex = (path: string) => path.startsWith(INDEX_PREFIX.ours) || path.startsWith(INDEX_PREFIX.base);
const isChunk = (path: string) => /\/(d|p)\/\d+\.bin$/u.test(path) || /\.pf_index$/u.test(path);

function measured(server: StaticServer, from: number): Pick<RunResult, 'bytes' | 'indexBytes' | 'chunkBytes' | 'requests'> {
  const requests = server.log.slice(from);
  const sum = (pred: (p: string) => boolean) => requests.filter((r) => pred(r.path)).reduce((n, r) => n + r.bytes, 0);
  return { requests, bytes: sum(() => true), indexBytes: sum(isIndex), chunkBytes: sum(isChunk) };
}

const failed = (error: unknown): RunResult => ({
  shown: [],
  all: [],
  status: 'bench-error',
  timeMs: NaN,
  bytes: NaN,
  indexBytes: NaN,
  chunkBytes: NaN,
  requests: [],
  error: (error as Error).message.split('\n')[0],
});

/** The baseline's place in an outcome when it is not measured (--no-baseline). */
const skipped = (): RunResult => ({ shown: [], all: [], status: 'skipped', timeMs: NaN, bytes: NaN, indexBytes: NaN, chunkBytes: NaN, requests: [] });

/** One query on a fresh context (cold), then `followUp` submitted on the same page (warm). */
async function coldThenWarm(browser: Browser, sys: System, query: string, followUp: string): Promise<{ cold: RunResult; warm: RunResult }> {
  const context = await browser.newContext();
  let cold: RunResult;
  let warm: RunResult;
  try {
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    const network = await throttler(context, page);
    try {
      await network(true);
      const from = sys.server.log.length;
      await page.goto(`${sys.server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: TIMEOUT });
      await page.waitForFunction(() => window.__bench?.done.length > 0, null, { timeout: TIMEOUT });
      const timeMs = await page.evaluate(() => window.__bench.done[0]!);
      await settle(sys.server);
      const cost = measured(sys.server, from);
      await network(false);
      const { shown, status } = await readShown(page);
      const all = await sys.allUrls(page, shown);
      cold = { shown, all, status, timeMs, ...cost };
    } catch (e) {
      cold = failed(e);
    }
    try {
      await settle(sys.server);
      await network(true);
      const from = sys.server.log.length;
      const { t0, n } = await page.evaluate((q) => {
        const form = document.getElementById('search-form') as HTMLFormElement;
        (form.querySelector('input[name="q"]') as HTMLInputElement).value = q;
        const n = window.__bench.done.length;
        const t0 = performance.now();
        form.requestSubmit();
        return { t0, n };
      }, followUp);
      await page.waitForFunction((n) => window.__bench.done.length > n, n, { timeout: TIMEOUT });
      const t1 = await page.evaluate((n) => window.__bench.done[n]!, n);
      await settle(sys.server);
      const cost = measured(sys.server, from);
      const { shown, status } = await readShown(page);
      warm = { shown, all: shown, status, timeMs: t1 - t0, ...cost };
    } catch (e) {
      warm = failed(e);
    }
  } finally {
    await context.close();
  }
  return { cold, warm };
}

/**
 * With --throttle, a switch between SLOW_4G and no throttling for this page (through the DevTools
 * protocol); without it, a no-op.
 */
async function throttler(context: BrowserContext, page: Page): Promise<(on: boolean) => Promise<void>> {
  if (!opts.throttle) return async () => {};
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  return async (on) => {
    await cdp.send('Network.emulateNetworkConditions', on ? SLOW_4G : NO_THROTTLE);
  };
}

/**
 * Quality only: every query submitted in turn on one page (no timing, no bytes), for the variant
 * of the baseline that is not part of the cost comparison.
 */
async function resultsOnly(browser: Browser, sys: System, queries: string[]): Promise<RunResult[]> {
  const context = await browser.newContext();
  const out: RunResult[] = [];
  try {
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    await page.goto(`${sys.server.origin}/search/`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench?.done.length > 0, null, { timeout: TIMEOUT });
    for (const q of queries) {
      try {
        const n = await page.evaluate((q) => {
          const form = document.getElementById('search-form') as HTMLFormElement;
          (form.querySelector('input[name="q"]') as HTMLInputElement).value = q;
          const n = window.__bench.done.length;
          form.requestSubmit();
          return n;
        }, q);
        await page.waitForFunction((n) => window.__bench.done.length > n, n, { timeout: TIMEOUT });
        const { shown, status } = await readShown(page);
        const all = await sys.allUrls(page, shown);
        out.push({ shown, all, status, timeMs: NaN, bytes: NaN, indexBytes: NaN, chunkBytes: NaN, requests: [] });
      } catch (e) {
        out.push(failed(e));
      }
    }
  } finally {
    await context.close();
  }
  return out;
}

// ---- sizes ----

async function filesUnder(dir: string): Promise<Array<{ path: string; bytes: number }>> {
  const out: Array<{ path: string; bytes: number }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.push({ path: path.slice(dir.length + 1), bytes: (await stat(path)).size });
  }
  return out;
}

function category(path: string): string {
  const ours = path.replace(/^\/?search\/idx\//u, '');
  if (ours !== path || !path.includes('pagefind')) {
    if (/manifest\.json$/u.test(ours)) return 'manifest';
    if (/(^|\/)d\/\d+\.bin$/u.test(ours)) return 'document shards (d/)';
    if (/(^|\/)p\/\d+\.bin$/u.test(ours)) return 'position shards (p/)';
    if (/(^|\/)f\/\d+\/\d+\.json$/u.test(ours)) return 'fragments (f/)';
  }
  const p = path.replace(/^\/?pagefind\//, '').replace(/\?.*$/, '');
  if (p.endsWith('.pf_index')) return 'index chunks (.pf_index)';
  if (p.endsWith('.pf_fragment')) return 'fragments (.pf_fragment)';
  if (p.endsWith('.pf_filter')) return 'filters (.pf_filter)';
  if (p.endsWith('.pf_meta') || p === 'pagefind-entry.json') return 'meta (.pf_meta, entry)';
  if (p.startsWith('wasm.')) return 'wasm';
  if (p === 'pagefind.js' || p === 'pagefind-worker.js') return 'pagefind.js + worker';
  return 'other';
}
const CATEGORIES = [
  'manifest',
  'document shards (d/)',
  'position shards (p/)',
  'fragments (f/)',
  'pagefind.js + worker',
  'wasm',
  'meta (.pf_meta, entry)',
  'index chunks (.pf_index)',
  'fragments (.pf_fragment)',
  'filters (.pf_filter)',
  'other',
];

// ---- main ----

interface Outcome {
  query: Query;
  relevant: string[];
  /** cold: this query on a fresh page; warm: this query submitted after another one on the same page. */
  ours: { cold: RunResult; warm: RunResult };
  base: { cold: RunResult; warm: RunResult };
  /** The baseline restricted to the article element: results only. */
  article: RunResult;
}

type Key = 'ours' | 'base';
/** The systems measured: ours, and the out-of-the-box baseline unless --no-baseline. */
const KEYS: Key[] = BASELINE ? ['ours', 'base'] : ['ours'];

/**
 * Without the baseline (--no-baseline): the table without its baseline columns (indices into each
 * row); with it, the table as is.
 */
function oursOnly(rows: Array<string[] | string>, baseColumns: number[]): Array<string[] | string> {
  if (BASELINE) return rows;
  return rows.map((r) => (typeof r === 'string' ? r : r.filter((_, i) => !baseColumns.includes(i))));
}

/** The temporary folder: the private copy of the site and the baselines built from it. */
interface Dirs {
  tmp: string;
  /** The copy of the built site (ours). */
  site: string;
  /** The out-of-the-box baseline. */
  plain: string;
  /** The baseline reading only the article element. */
  plainArticle: string;
}

interface IndexFile {
  path: string;
  bytes: number;
}

/** The search indexes as written: the files of each, our manifest, the baseline's bundle version. */
interface Indexes {
  ourFiles: IndexFile[];
  /** Empty without the baseline. */
  baseFiles: IndexFile[];
  manifest: Manifest;
  /** '' without the baseline. */
  baseVersion: string;
}

/** The queries benchmarked, and how many --max-relevant left out. */
interface Selection {
  queries: Query[];
  tooCommon: number;
}

/** The local servers: ours, and the two baselines' unless --no-baseline. */
interface Servers {
  ours: StaticServer;
  base?: StaticServer;
  article?: StaticServer;
}

/** Everything the report is made from. */
interface Bench {
  articles: Article[];
  truth: Truth;
  selection: Selection;
  indexes: Indexes;
  outcomes: Outcome[];
  chromiumVersion: string;
  pagefindVersion: string;
  /** Load average (1 min) at the start. */
  load0: number;
  /** Run time, s. */
  elapsed: number;
}

/** Adds a line to the report. */
type Say = (s?: string) => void;

async function main() {
  const started = performance.now();
  const load0 = loadavg()[0]!;
  const dirs = await prepareSite();
  const articles: Article[] = readPublishedArticles(dirs.site);
  // Issue pages are results too, by the text they show as their own (本版责任编辑, 投稿信箱 …).
  const truth = new Truth(articles, await readPublishedIssues(dirs.site));
  const selection = selectQueries(articles, truth);
  const indexes = await buildIndexes(dirs, articles);
  const servers = await startServers(dirs);
  const browser = await startBrowser();
  const chromiumVersion = browser.version();
  const outcomes = await runQueries(browser, servers, selection.queries, truth);
  await cleanup();
  const elapsed = (performance.now() - started) / 1000;

  const pagefindVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  const bench: Bench = { articles, truth, selection, indexes, outcomes, chromiumVersion, pagefindVersion, load0, elapsed };
  process.stdout.write(`${report(bench).join('\n')}\n`);

  if (opts.json) await writeRaw(bench, opts.json);
  if (opts.keep) progress(`bench: sites kept in ${dirs.tmp}`);
}

// ---- main: the site, the queries, the runs ----

/** Builds the site (unless --no-build or --site), then copies it to a new temporary folder. */
async function prepareSite(): Promise<Dirs> {
  if (BUILD) {
    progress('bench: npm run build …');
    await run('npm', ['run', 'build']);
  }
  if (!existsSync(join(SITE, INDEX_DIR, MANIFEST_FILE))) throw new Error(`${SITE}/${INDEX_DIR}/ is missing: run \`npm run build\` (or drop --no-build), or give --site a built site`);

  // A private copy of the build: the checkout is shared, and a rebuild of dist/ during the run
  // would otherwise change the site under the benchmark.
  const tmp = await mkdtemp(join(tmpdir(), 'bench-search-'));
  if (!opts.keep) cleanups.push(() => rm(tmp, { recursive: true, force: true }));
  const dirs: Dirs = { tmp, site: join(tmp, 'site'), plain: join(tmp, 'baseline'), plainArticle: join(tmp, 'baseline-article') };
  await cp(SITE, dirs.site, { recursive: true });
  return dirs;
}

/** The queries, by --per-group, --max-relevant and --limit. */
function selectQueries(articles: Article[], truth: Truth): Selection {
  const fixed = readFixedQueries(join(ROOT, 'scripts', 'bench', 'queries.txt'));
  const perGroup = new Map<Group, number>();
  let tooCommon = 0;
  // One pass, in order: a query of a group already full is skipped before its truth is computed
  // (the truth scans every article: computing it for every candidate first took over 20 minutes at
  // 40,000 articles). Selects the same queries as filtering the common ones first, then capping.
  const queries = buildQueries(articles, fixed, RANDOM, SEED)
    .filter((q) => {
      const g = q.groups[0]!;
      if (PER_GROUP !== undefined && (perGroup.get(g) ?? 0) >= PER_GROUP) return false;
      if (MAX_RELEVANT !== undefined && truth.relevant(q.text).size > MAX_RELEVANT) {
        tooCommon++;
        return false;
      }
      perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
      return true;
    })
    .slice(0, LIMIT);
  return { queries, tooCommon };
}

/** Builds the Pagefind baselines (not with --no-baseline), then reads what each index holds on disk. */
async function buildIndexes({ site, plain, plainArticle }: Dirs, articles: Article[]): Promise<Indexes> {
  if (BASELINE) {
    progress('bench: building the out-of-the-box Pagefind index …');
    await buildBaseline(site, articles.map((a) => a.url), plain);
    await buildBaseline(site, articles.map((a) => a.url), plainArticle, { rootSelector: ARTICLE_ROOT });
  } else progress('bench: --no-baseline: no Pagefind baseline built or measured');
  const ourFiles = await filesUnder(join(site, INDEX_DIR));
  const baseFiles = BASELINE ? await filesUnder(join(plain, 'pagefind')) : [];
  const manifest = JSON.parse(readFileSync(join(site, INDEX_DIR, MANIFEST_FILE), 'utf8')) as Manifest;
  const baseVersion = BASELINE ? (JSON.parse(readFileSync(join(plain, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { version: string }).version : '';
  return { ourFiles, baseFiles, manifest, baseVersion };
}

/** Every issue record a built site publishes (/data/issues/<key>.json), for the issue pages' own text. */
async function readPublishedIssues(site: string): Promise<IssueFile[]> {
  const dir = join(site, 'data', 'issues');
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  return names.map((n) => IssueFile.parse(JSON.parse(readFileSync(join(dir, n), 'utf8'))));
}

async function startServers(dirs: Dirs): Promise<Servers> {
  const ours = await startStaticServer(dirs.site, { gzip: true });
  cleanups.push(() => ours.close());
  if (!BASELINE) return { ours };
  const [base, article] = [await startStaticServer(dirs.plain, { gzip: true }), await startStaticServer(dirs.plainArticle, { gzip: true })];
  cleanups.push(() => base.close(), () => article.close());
  return { ours, base, article };
}

async function startBrowser(): Promise<Browser> {
  // Signals are handled here (cleanup() closes the browser), not by Playwright's own handlers,
  // which would end the process before the servers are stopped and the temporary folder removed.
  const browser = await launchChromium({
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  return browser;
}

/** Clicks on "显示更多" after which a result list counts as endless (see allUrls). */
const MAX_MORE_CLICKS = 100_000;

/** Ours and the out-of-the-box baseline, each on its server. */
function systemsOf(servers: Servers): Record<Key, System> {
  return {
    ours: {
      key: 'ours',
      server: servers.ours,
      async allUrls(page, shown) {
        // Everything is listed once "显示更多" is gone (it adds a page of results per click). The
        // bound only stops a page that never ends: at 40,000 articles 柳市镇 is in 33,749 (1,700
        // clicks); a bound of 1,000 clicks once read as 13,729 articles missed.
        for (let i = 0; i < MAX_MORE_CLICKS; i++) {
          const more = page.locator('#search-results .search-more:not([hidden])');
          if (!(await more.count())) break;
          const n = await page.evaluate(() => window.__bench.done.length);
          await more.click();
          await page.waitForFunction((n) => window.__bench.done.length > n, n, { timeout: TIMEOUT });
        }
        const { shown: all } = await readShown(page);
        return all.length ? all : shown;
      },
    },
    base: {
      key: 'base',
      // Never used without the baseline: KEYS then holds only 'ours'.
      server: servers.base ?? servers.ours,
      async allUrls(page) {
        return (await page.evaluate(() => window.__benchAllUrls!())).map(pathOf);
      },
    },
  };
}

/**
 * Every query on every system measured, then on the article-only baseline (results only); each
 * outcome pairs a query's first run with its follow-up run (submitted after the query before it).
 */
async function runQueries(browser: Browser, servers: Servers, queries: Query[], truth: Truth): Promise<Outcome[]> {
  const systems = systemsOf(servers);
  // Each query: ours then baseline, each cold on a fresh context, then the next query warm.
  const cold: Record<Key, RunResult[]> = { ours: [], base: [] };
  const warmOfNext: Record<Key, RunResult[]> = { ours: [], base: [] };
  if (!BASELINE) {
    cold.base = queries.map(skipped);
    warmOfNext.base = queries.map(skipped);
  }
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i]!;
    const next = queries[(i + 1) % queries.length]!.text;
    if (i % 25 === 0) progress(`bench: query ${i + 1}/${queries.length} …`);
    for (const key of KEYS) {
      const r = await coldThenWarm(browser, systems[key], q.text, next);
      cold[key].push(r.cold);
      warmOfNext[key].push(r.warm);
    }
  }
  let articleOnly: RunResult[];
  if (servers.article) {
    progress('bench: baseline restricted to the article element (results only) …');
    articleOnly = await resultsOnly(browser, { ...systems.base, server: servers.article }, queries.map((q) => q.text));
  } else articleOnly = queries.map(skipped);
  return queries.map((query, i) => {
    const prev = (i - 1 + queries.length) % queries.length;
    return {
      query,
      relevant: [...truth.relevant(query.text)],
      ours: { cold: cold.ours[i]!, warm: warmOfNext.ours[prev]! },
      base: { cold: cold.base[i]!, warm: warmOfNext.base[prev]! },
      article: articleOnly[i]!,
    };
  });
}

// ---- report ----

/** The report, line by line. */
function report(b: Bench): string[] {
  const out: string[] = [];
  const say: Say = (s = '') => out.push(s);
  reportHeader(b, say);
  sizeTable(b.indexes, say);
  qualityTables(qualityGroupsOf(b.outcomes), say);
  headlineRankTable(b.outcomes, say);
  costTables(b.outcomes, say);
  bytesByFileTypeTable(b.outcomes, say);
  goalsTable(b, say);
  oursErrors(b, say);
  runNotes(b.outcomes, say);
  return out;
}

const inGroup = (outcomes: Outcome[], g: Group | 'overall') => outcomes.filter((o) => g === 'overall' || o.query.groups.includes(g));

/** What was compared, with which versions, on which machine, over which articles and queries. */
function reportHeader(b: Bench, say: Say): void {
  const { manifest, baseVersion } = b.indexes;
  const { queries, tooCommon } = b.selection;
  say(
    BASELINE
      ? 'Search benchmark: ours (index of character pairs, exact, headline first) vs out-of-the-box Pagefind (zh)'
      : 'Search benchmark: ours (index of character pairs, exact, headline first); no baseline (--no-baseline)',
  );
  say(
    `Chromium ${b.chromiumVersion} (headless) · ours: index format ${manifest.format}, ${manifest.dShards} document + ${manifest.pShards} position shards · ` +
      `${BASELINE ? `baseline: Pagefind ${b.pagefindVersion} (npm; bundle ${baseVersion})` : 'baseline: not built or measured'} · Node ${process.version}`,
  );
  say(
    `Machine: ${osType()} ${release()}, nproc ${availableParallelism()} (${cpus()[0]?.model.trim() ?? '?'}), memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `load average ${b.load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`,
  );
  say(`Articles: ${b.articles.length} · queries: ${queries.length} distinct (${GROUPS.map((g) => `${g} ${inGroup(b.outcomes, g).length}`).join(', ')}; random seed ${SEED})`);
  say('Truth: the query is a substring of one field (whitespace removed on both sides, Latin case ignored); fields: headline,');
  say(`  kicker, subheadline, byline, body, captions, document fields.${BASELINE ? ' Baseline: Pagefind over dist/<article.url>/index.html.' : ''}`);
  if (MAX_RELEVANT !== undefined) say(`Left out: ${tooCommon} queries found in more than ${MAX_RELEVANT} articles (--max-relevant; of those examined before their group was full)${PER_GROUP !== undefined ? `; at most ${PER_GROUP} queries per group (--per-group)` : ''}`);
  say(`Network: ${opts.throttle ? `throttled to slow 4G (${SLOW_4G.latency} ms RTT, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbps down, ${(SLOW_4G.uploadThroughput * 8) / 1e3} kbps up) for the measured searches` : 'not throttled (local server)'} · site: ${opts.site ?? 'dist/'}`);
  say(`Run time ${b.elapsed.toFixed(0)} s.`);
  say();
}

/** Index sizes. */
function sizeTable({ ourFiles, baseFiles }: Indexes, say: Say): void {
  const sizeRows: Array<string[] | string> = [['Index bundle on disk (kB, files)', 'ours', 'out-of-the-box'], '-'];
  const sumCat = (files: IndexFile[], c?: string) => files.filter((f) => !c || category(f.path) === c).reduce((n, f) => n + f.bytes, 0);
  const countCat = (files: IndexFile[], c: string) => files.filter((f) => category(f.path) === c).length;
  const cell = (files: IndexFile[], c: string) => (countCat(files, c) ? `${kbn(sumCat(files, c))} (${countCat(files, c)})` : '–');
  for (const c of CATEGORIES) if (countCat(ourFiles, c) || countCat(baseFiles, c)) sizeRows.push([c, cell(ourFiles, c), cell(baseFiles, c)]);
  sizeRows.push('-', ['total', `${kbn(sumCat(ourFiles))} (${ourFiles.length})`, `${kbn(sumCat(baseFiles))} (${baseFiles.length})`]);
  say(table(oursOnly(sizeRows, [2])));
  say();
}

/** The rows of the quality tables: each group present (random also split by punctuation), then overall. */
function qualityGroupsOf(outcomes: Outcome[]): Array<[string, Outcome[]]> {
  // Random substrings with punctuation inside test another thing (how a query is split) than those without.
  const PUNCT = /[^\p{L}\p{N}]/u;
  const qualityGroups: Array<[string, Outcome[]]> = [];
  for (const g of GROUPS) {
    if (!inGroup(outcomes, g).length) continue;
    qualityGroups.push([g, inGroup(outcomes, g)]);
    if (g === 'random') {
      qualityGroups.push(['  without punctuation', inGroup(outcomes, g).filter((o) => !PUNCT.test(o.query.text))]);
      qualityGroups.push(['  with punctuation', inGroup(outcomes, g).filter((o) => PUNCT.test(o.query.text))]);
    }
  }
  qualityGroups.push(['overall', outcomes]);
  return qualityGroups;
}

/** Result quality of some queries' first-query runs (or article-only runs), pooled. */
function quality(os: Outcome[], key: Key | 'article') {
  const t = { pairs: 0, found: 0, shownTop: 0, correctTop: 0, zero: 0, withMiss: 0, withWrong: 0 };
  for (const o of os) {
    const r = key === 'article' ? o.article : o[key].cold;
    const rel = new Set(o.relevant);
    const all = new Set(r.all);
    const f = o.relevant.filter((u) => all.has(u)).length;
    t.pairs += rel.size;
    t.found += f;
    if (f < rel.size) t.withMiss++;
    const top = r.shown.slice(0, TOP);
    const ok = top.filter((u) => rel.has(u)).length;
    t.shownTop += top.length;
    t.correctTop += ok;
    if (ok < top.length) t.withWrong++;
    if (!r.all.length) t.zero++;
  }
  return t;
}

/** Quality per group: ours against the baseline, then (with the baseline) the article-only baseline. */
function qualityTables(qualityGroups: Array<[string, Outcome[]]>, say: Say): void {
  const qRows: Array<string[] | string> = [
    ['', '', 'relevant', 'recall', '', 'P@10', '', 'no result', '', 'missed ≥1', '', 'wrong in top 10', ''],
    ['group', 'queries', 'pairs', 'ours', 'base', 'ours', 'base', 'ours', 'base', 'ours', 'base', 'ours', 'base'],
    '-',
  ];
  for (const [g, os] of qualityGroups) {
    const a = quality(os, 'ours');
    const b = quality(os, 'base');
    if (g === 'overall') qRows.push('-');
    qRows.push([
      g,
      String(os.length),
      String(a.pairs),
      pct(a.found, a.pairs),
      pct(b.found, b.pairs),
      pct(a.correctTop, a.shownTop),
      pct(b.correctTop, b.shownTop),
      String(a.zero),
      String(b.zero),
      String(a.withMiss),
      String(b.withMiss),
      String(a.withWrong),
      String(b.withWrong),
    ]);
  }
  say('Quality (first-query runs). recall = (query, relevant article) pairs found anywhere in the results / all relevant pairs;');
  say(`P@10 = results among the first ${TOP} shown that contain the query / results shown, pooled over the queries;`);
  say('no result, missed ≥1, wrong in top 10 = number of queries.');
  say(table(oursOnly(qRows, [4, 6, 8, 10, 12])));
  say();
  if (BASELINE) {
    const vRows: Array<string[] | string> = [['group', 'queries', 'recall', 'P@10', 'no result', 'missed ≥1', 'wrong in top 10'], '-'];
    for (const [g, os] of qualityGroups) {
      const v = quality(os, 'article');
      if (g === 'overall') vRows.push('-');
      vRows.push([g, String(os.length), pct(v.found, v.pairs), pct(v.correctTop, v.shownTop), String(v.zero), String(v.withMiss), String(v.withWrong)]);
    }
    say(`Out-of-the-box, but Pagefind reads only ${ARTICLE_ROOT} of each page (rootSelector; no site header, breadcrumbs,`);
    say('tags, related articles): what is left of the baseline\'s errors is its own segmentation. Quality only.');
    say(table(vRows));
    say();
  }
}

/** Headline rank: where a headline query finds the article it is the headline of. */
function headlineRankTable(outcomes: Outcome[], say: Say): void {
  const heads = outcomes.filter((o) => o.query.headlineOf);
  if (!heads.length) return;
  const ranks = (key: Key) =>
    heads.map((o) => {
      const i = o[key].cold.all.indexOf(o.query.headlineOf!);
      return i < 0 ? null : i + 1;
    });
  const meanRank = (rs: Array<number | null>) => {
    const f = rs.filter((r): r is number => r !== null);
    return f.length ? (f.reduce((a, b) => a + b, 0) / f.length).toFixed(2) : '–';
  };
  const at1 = (rs: Array<number | null>) => `${rs.filter((r) => r === 1).length}/${rs.length} (${pct(rs.filter((r) => r === 1).length, rs.length)})`;
  const nf = (rs: Array<number | null>) => String(rs.filter((r) => r === null).length);
  const [ro, rb] = [ranks('ours'), ranks('base')];
  say(
    table(
      oursOnly(
        [
          [`Headline queries (${heads.length}): rank of the headline's own article`, 'ours', 'base'],
          '-',
          ['mean rank (when found)', meanRank(ro), meanRank(rb)],
          ['at rank 1', at1(ro), at1(rb)],
          ['not found', nf(ro), nf(rb)],
        ],
        [2],
      ),
    ),
  );
  say();
}

/** Cost per group: bytes and time per query, first and follow-up. */
function costTables(outcomes: Outcome[], say: Say): void {
  const stat2 = (vals: number[], f: (n: number | undefined) => string) => {
    const v = vals.filter((x) => !Number.isNaN(x));
    return `${f(median(v))} / ${f(percentile(v, 95))}`;
  };
  const col = (os: Outcome[], key: Key, run: 'cold' | 'warm', f: (r: RunResult) => number) => os.map((o) => f(o[key][run]));
  const bRows: Array<string[] | string> = [
    ['', 'first query', '', '…from the index', '', '…index chunks', '', 'follow-up query', ''],
    ['group', 'ours', 'base', 'ours', 'base', 'ours', 'base', 'ours', 'base'],
    '-',
  ];
  const tRows: Array<string[] | string> = [
    ['', 'first query', '', 'follow-up query', ''],
    ['group', 'ours', 'base', 'ours', 'base'],
    '-',
  ];
  const groupsPresent = GROUPS.filter((g) => inGroup(outcomes, g).length);
  for (const g of [...groupsPresent, 'overall'] as const) {
    const os = inGroup(outcomes, g);
    if (g === 'overall') bRows.push('-'), tRows.push('-');
    bRows.push([
      g,
      stat2(col(os, 'ours', 'cold', (r) => r.bytes), kbn),
      stat2(col(os, 'base', 'cold', (r) => r.bytes), kbn),
      stat2(col(os, 'ours', 'cold', (r) => r.indexBytes), kbn),
      stat2(col(os, 'base', 'cold', (r) => r.indexBytes), kbn),
      stat2(col(os, 'ours', 'cold', (r) => r.chunkBytes), kbn),
      stat2(col(os, 'base', 'cold', (r) => r.chunkBytes), kbn),
      stat2(col(os, 'ours', 'warm', (r) => r.bytes), kbn),
      stat2(col(os, 'base', 'warm', (r) => r.bytes), kbn),
    ]);
    tRows.push([
      g,
      stat2(col(os, 'ours', 'cold', (r) => r.timeMs), ms),
      stat2(col(os, 'base', 'cold', (r) => r.timeMs), ms),
      stat2(col(os, 'ours', 'warm', (r) => r.timeMs), ms),
      stat2(col(os, 'base', 'warm', (r) => r.timeMs), ms),
    ]);
  }
  say('Bytes downloaded per query, kB (1000 B), median / p95: body bytes of every request of the page (HTML, CSS, JS, JSON gzip-');
  say('compressed; index shards and Pagefind files as written). First query = fresh browser context, nothing cached. Follow-up =');
  say('the query submitted on a page that has just run another query (index open, the files of that query in memory).');
  say(`From the index: ours /${INDEX_DIR}/ (manifest, shards, fragments), baseline /pagefind/ (runtime, wasm, meta, chunks, fragments).`);
  say('Index chunks: the files holding postings (ours document and position shards, baseline .pf_index).');
  say(table(oursOnly(bRows, [2, 4, 6, 8])));
  say();
  say('Time per query, ms, median / p95: first query from navigation start, follow-up from form submission, until the');
  say('results are shown (results region aria-busy="false").');
  say(table(oursOnly(tRows, [2, 4])));
  say();
}

/** Where the first-query bytes go (means over all queries). */
function bytesByFileTypeTable(outcomes: Outcome[], say: Say): void {
  const okRuns = (key: Key) => outcomes.map((o) => o[key].cold).filter((r) => !r.error);
  const meanBy = (key: Key, pred: (path: string) => boolean) => {
    const rs = okRuns(key);
    return rs.length ? rs.reduce((n, r) => n + r.requests.filter((q) => pred(q.path)).reduce((m, q) => m + q.bytes, 0), 0) / rs.length : NaN;
  };
  const fRows: Array<string[] | string> = [['First query, mean kB by file type', 'ours', 'base'], '-'];
  fRows.push(['search page (HTML, CSS, JS, icon)', kbn(meanBy('ours', (p) => !isIndex(p))), kbn(meanBy('base', (p) => !isIndex(p)))]);
  for (const c of CATEGORIES) {
    const pred = (p: string) => isIndex(p) && category(p) === c;
    const [a, b] = [meanBy('ours', pred), meanBy('base', pred)];
    if (a || b) fRows.push([c, kbn(a), kbn(b)]);
  }
  fRows.push(['requests (median)', String(median(okRuns('ours').map((r) => r.requests.length)) ?? '–'), String(median(okRuns('base').map((r) => r.requests.length)) ?? '–')]);
  say(table(oursOnly(fRows, [2])));
  say();
}

/** The issue's goals, each against the figures above: met, or by how much not. */
function goalsTable({ articles, outcomes }: Bench, say: Say): void {
  const n = articles.length;
  // First-search goal: 300 kB up to 10,000 articles, 450 kB from 40,000, straight in between.
  const firstGoal = n <= 10_000 ? 300_000 : n >= 40_000 ? 450_000 : 300_000 + ((n - 10_000) / 30_000) * 150_000;
  const med = (key: Key, run: 'cold' | 'warm', f: (r: RunResult) => number) => median(outcomes.map((o) => f(o[key][run])).filter((x) => !Number.isNaN(x)));
  const firstOurs = med('ours', 'cold', (r) => r.bytes);
  const firstBase = med('base', 'cold', (r) => r.bytes);
  const followOurs = med('ours', 'warm', (r) => r.bytes);
  const chunksOurs = med('ours', 'cold', (r) => r.chunkBytes);
  const timeOurs = med('ours', 'cold', (r) => r.timeMs);
  const slowest = Math.max(...outcomes.flatMap((o) => [o.ours.cold, o.ours.warm]).map((r) => (r.error ? Number.POSITIVE_INFINITY : r.timeMs)));
  let pairs = 0;
  let foundPairs = 0;
  let shownAll = 0;
  let correctAll = 0;
  let headlineOrder = 0;
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  for (const o of outcomes) {
    const r = o.ours.cold;
    const rel = new Set(o.relevant);
    pairs += rel.size;
    foundPairs += o.relevant.filter((u) => r.all.includes(u)).length;
    shownAll += r.all.length;
    correctAll += r.all.filter((u) => rel.has(u)).length;
    const q = norm(o.query.text);
    const inHeadline = r.all.map((u) => norm(byUrl.get(u)?.headline ?? '').includes(q));
    if (inHeadline.some((x, i) => x && inHeadline.slice(0, i).some((y) => !y))) headlineOrder++;
  }
  const kb = (b: number | undefined) => (b === undefined ? '–' : `${kbn(b)} kB`);
  const verdict = (value: number | undefined, goal: number, unit: (x: number) => string) =>
    value === undefined || Number.isNaN(value) ? 'not measured' : value <= goal ? 'met' : `NOT MET by ${unit(value - goal)}`;
  const rows: Array<string[] | string> = [['goal (issue 14)', 'target', 'ours', 'baseline', 'verdict'], '-'];
  rows.push([`first search, median (${n} articles)`, `≤ ${kbn(firstGoal)} kB`, kb(firstOurs), kb(firstBase), verdict(firstOurs, firstGoal, (x) => `${kbn(x)} kB`)]);
  if (BASELINE) rows.push(['first search below out-of-the-box', '< baseline', kb(firstOurs), kb(firstBase), firstOurs !== undefined && firstBase !== undefined ? verdict(firstOurs, firstBase - 1, (x) => `${kbn(x + 1)} kB`) : 'not measured']);
  rows.push(['follow-up query, median', '≤ 60 kB', kb(followOurs), kb(med('base', 'warm', (r) => r.bytes)), verdict(followOurs, 60_000, (x) => `${kbn(x)} kB`)]);
  rows.push(['index chunks of a first search, median', '≤ 80 kB', kb(chunksOurs), kb(med('base', 'cold', (r) => r.chunkBytes)), verdict(chunksOurs, 80_000, (x) => `${kbn(x)} kB`)]);
  rows.push(['recall (every article holding the query)', '1.000', (foundPairs / Math.max(1, pairs)).toFixed(3), '', foundPairs === pairs ? 'met' : `NOT MET: ${pairs - foundPairs} pairs missed`]);
  rows.push(['precision (every result listed holds it)', '1.000', (correctAll / Math.max(1, shownAll)).toFixed(3), '', correctAll === shownAll ? 'met' : `NOT MET: ${shownAll - correctAll} wrong results`]);
  rows.push(['headline matches first', 'every query', `${outcomes.length - headlineOrder}/${outcomes.length}`, '', headlineOrder ? `NOT MET in ${headlineOrder} queries` : 'met']);
  if (opts.throttle) {
    rows.push(['first results on slow 4G, median', '≤ 2500 ms', `${ms(timeOurs)} ms`, `${ms(med('base', 'cold', (r) => r.timeMs))} ms`, verdict(timeOurs, 2500, (x) => `${ms(x)} ms`)]);
    rows.push(['slowest search (first or follow-up)', '≤ 10000 ms', Number.isFinite(slowest) ? `${ms(slowest)} ms` : 'a run failed', '', verdict(Number.isFinite(slowest) ? slowest : NaN, 10_000, (x) => `${ms(x)} ms`)]);
  } else rows.push(['time goals', 'slow 4G', 'not measured: run with --throttle', '', '']);
  say(table(oursOnly(rows, [3])));
  say();
}

/** Details: the queries where ours missed a relevant article or showed a wrong one, each with a diagnosis. */
function oursErrors({ articles, truth, outcomes }: Bench, say: Say): void {
  const articleByUrl = new Map(articles.map((a) => [a.url, a]));
  const oursMissed = outcomes.filter((o) => o.relevant.some((u) => !o.ours.cold.all.includes(u)));
  say(`Ours: queries with a relevant article not found: ${oursMissed.length}`);
  if (oursMissed.length) {
    const rows: Array<string[] | string> = [['query', 'group', 'missed', 'diagnosis']];
    for (const o of oursMissed) {
      const missed = o.relevant.filter((u) => !o.ours.cold.all.includes(u));
      const why = [...new Set(missed.map((u) => explainMiss(o.query.text, truth.textsOf(u), o.ours.cold)))].join('; ');
      rows.push([o.query.text, o.query.groups.join(','), `${missed.length}/${o.relevant.length}`, why]);
    }
    say(indent(table(rows)));
  }
  const oursWrong = outcomes.filter((o) => o.ours.cold.shown.slice(0, TOP).some((u) => !o.relevant.includes(u)));
  say(`Ours: queries with a result in the top ${TOP} that does not contain the query: ${oursWrong.length}`);
  if (oursWrong.length) {
    const rows: Array<string[] | string> = [['query', 'group', 'wrong', 'diagnosis']];
    for (const o of oursWrong) {
      const top = o.ours.cold.shown.slice(0, TOP);
      const wrong = top.filter((u) => !o.relevant.includes(u));
      const why = [...new Set(wrong.map((u) => explainWrong(o.query.text, articleByUrl.get(u))))].join('; ');
      rows.push([o.query.text, o.query.groups.join(','), `${wrong.length}/${top.length}`, why]);
    }
    say(indent(table(rows)));
  }
}

/** The first `max` queries' text, for a line of the report. */
const queryList = (os: Outcome[], max = 25) => os.slice(0, max).map((o) => o.query.text).join('、') + (os.length > max ? ` … (+${os.length - max})` : '');

/**
 * Details of the runs: page status, the baseline's misses, queries found nowhere, failed runs, and
 * follow-up runs that disagree with the first run of the same query.
 */
function runNotes(outcomes: Outcome[], say: Say): void {
  const statusCount = (key: Key, run: 'cold' | 'warm') => {
    const m = new Map<string, number>();
    for (const o of outcomes) {
      const s = o[key][run].status ?? 'results';
      m.set(s, (m.get(s) ?? 0) + 1);
    }
    return [...m].map(([k, v]) => `${k} ${v}`).join(', ');
  };
  say(`Ours: page status (data-search-status) of the first-query runs: ${statusCount('ours', 'cold')}`);
  if (BASELINE) {
    const baseMissed = outcomes.filter((o) => o.relevant.some((u) => !o.base.cold.all.includes(u)));
    say(`Baseline: queries with a relevant article not found: ${baseMissed.length}${baseMissed.length ? `: ${queryList(baseMissed)}` : ''}`);
  }
  const nowhere = outcomes.filter((o) => !o.relevant.length);
  const baseNowhere = nowhere.filter((o) => o.base.cold.all.length);
  say(`Queries that occur in no article: ${nowhere.length}${nowhere.length ? ` (${queryList(nowhere, 40)})` : ''}`);
  say(
    `  with results anyway: ours ${nowhere.filter((o) => o.ours.cold.all.length).length}` +
      (BASELINE ? `, baseline ${baseNowhere.length}${baseNowhere.length ? ` (${queryList(baseNowhere, 40)})` : ''}` : ''),
  );
  const placesNowhere = nowhere.filter((o) => o.query.groups.includes('place'));
  if (placesNowhere.length) say(`  of them place names from article.places: ${queryList(placesNowhere, 40)}`);
  const failures = outcomes.flatMap((o) =>
    [
      ...KEYS.flatMap((k) => (['cold', 'warm'] as const).filter((r) => o[k][r].error).map((r) => `${k} ${r} ${o.query.text}: ${o[k][r].error}`)),
      ...(o.article.error ? [`article-only ${o.query.text}: ${o.article.error}`] : []),
    ],
  );
  say(`Runs that failed (timeout, page error): ${failures.length}${failures.length ? `: ${failures.slice(0, 5).join('; ')}` : ''}`);
  // Consistency: the follow-up run of a query against its first run (same results? same order?).
  const otherSet: string[] = [];
  const otherOrder: string[] = [];
  for (const o of outcomes) {
    for (const k of KEYS) {
      if (o[k].warm.error || o[k].cold.error) continue;
      const [w, c] = [o[k].warm.shown.slice(0, TOP), o[k].cold.shown.slice(0, TOP)];
      if (w.join(' ') === c.join(' ')) continue;
      if ([...w].sort().join(' ') === [...c].sort().join(' ')) otherOrder.push(`${k}: ${o.query.text}`);
      else otherSet.push(`${k}: ${o.query.text}`);
    }
  }
  say(`Follow-up runs (top ${TOP}) with other results than the first run of the same query: ${otherSet.length ? otherSet.join('; ') : 'none'}`);
  say(`  same results in another order: ${otherOrder.length ? otherOrder.join('; ') : 'none'}`);
}

/** --json: the raw per-query results. */
async function writeRaw(b: Bench, file: string): Promise<void> {
  const strip = (r: RunResult) => ({ ...r, requests: r.requests.map((q) => `${q.path} ${q.bytes}`) });
  const raw = {
    chromium: b.chromiumVersion,
    pagefind: BASELINE ? b.pagefindVersion : null,
    articles: b.articles.length,
    seed: SEED,
    outcomes: b.outcomes.map((o) => ({
      query: o.query.text,
      groups: o.query.groups,
      headlineOf: o.query.headlineOf,
      relevant: o.relevant,
      ours: { cold: strip(o.ours.cold), warm: strip(o.ours.warm) },
      base: BASELINE ? { cold: strip(o.base.cold), warm: strip(o.base.warm) } : null,
      articleOnly: BASELINE ? { shown: o.article.shown, all: o.article.all, status: o.article.status } : null,
    })),
  };
  await writeFile(file, JSON.stringify(raw, null, 1));
  progress(`bench: raw results written to ${file}`);
}

const indent = (s: string) => s.replace(/^/gmu, '  ');

/** Why ours may miss an article that contains the query (a diagnosis for the report). */
function explainMiss(query: string, texts: string[], run: RunResult): string {
  if (run.error) return `run failed: ${run.error}`;
  if (!parseQuery(query).segments.length) return 'no letter, digit or Han character in the query';
  const q = norm(query);
  const HAN = /\p{Script=Han}/u;
  const latinDigit = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c) && !HAN.test(c);
  const chars = [...q];
  let occurrences = 0;
  let cuts = 0;
  for (const t of texts) {
    for (let i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
      occurrences++;
      const before = [...t.slice(0, i)];
      const after = [...t.slice(i + q.length)];
      const [prev, prev2] = [before.at(-1), before.at(-2)];
      const [next, next2] = [after[0], after[1]];
      // A digit run also takes a point or comma between digits (8.64, 1,000).
      const cutStart = latinDigit(chars[0]) && (latinDigit(prev) || (/^[.,]$/.test(prev ?? '') && /\d/.test(prev2 ?? '') && /\d/.test(chars[0]!)));
      const cutEnd = latinDigit(chars.at(-1)) && (latinDigit(next) || (/^[.,]$/.test(next ?? '') && /\d/.test(next2 ?? '') && /\d/.test(chars.at(-1)!)));
      if (cutStart || cutEnd) cuts++;
    }
  }
  if (occurrences && cuts === occurrences) return 'cuts a Latin/digit run (by design: such a run is one word)';
  return 'UNEXPLAINED (looks like a bug)';
}

/** Why ours may show an article that does not contain the query as one substring. */
function explainWrong(query: string, a: Article | undefined): string {
  if (!a) return 'not an article, nor an issue page whose own text holds it';
  const pq = parseQuery(query);
  if (pq.segments.length > 1) return `query split at punctuation/space into ${pq.segments.length} phrases, found apart`;
  if (a.date) {
    const date = `${a.date.slice(0, 4)}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日`;
    if (date.includes(norm(query))) return "in the article's date (indexed by ours, not printed text)";
  }
  return 'UNEXPLAINED (looks like a bug)';
}

main()
  .catch(async (e) => {
    await cleanup();
    progress(`bench: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
