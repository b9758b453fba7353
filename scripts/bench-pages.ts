/**
 * Page benchmark: what a reader's browser downloads for the heaviest pages, and Lighthouse scores,
 * against issue 7's goals.
 *
 *   npm run bench:pages                        build the site, then measure
 *   npm run bench:pages -- --no-build          use the existing dist/
 *   options: --runs=N (Lighthouse runs per page, median reported; default 5)  --json=FILE (raw results)
 *
 * 1. Page weight, in headless Chromium (playwright-core, /usr/bin/chromium), a fresh browser
 *    context per page (nothing cached). Every article page and every issue page is loaded and the
 *    heaviest of each reported; the search page is loaded with each of SEARCH_QUERIES and waited on
 *    until its results are shown, and the heaviest reported. Bytes are per request from Chromium's
 *    network events (the DevTools protocol's encodedDataLength, which Playwright's request.sizes()
 *    reports: response headers + body as received), for the page's requests (the search index's
 *    shards among them). The local server (tests/support/static-server.ts) gzips HTML, CSS, JS, JSON and
 *    SVG as a static host would; the index shards are compressed at build time and sent as written. Both are shown:
 *    "transferred" (as sent, compressed) and "raw" (the files' own sizes). The goals use transferred.
 * 2. Lighthouse (npm `lighthouse`, Node API) with Debian's Chromium started by chrome-launcher,
 *    default settings: mobile emulation and simulated throttling (slow 4G, 4× CPU slowdown).
 *    Scores for performance, accessibility, best practices and SEO on the home, issue, article,
 *    places and search pages; every audit that kept a score below 100 is listed.
 *
 * The site is measured from a private copy of dist/ (the checkout is shared with other builds).
 * A benchmark, not a test: it prints its report and exits 0 (1 only when it cannot run). Every
 * server, browser and temporary folder it starts is stopped or removed, also on error or Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import type { Article } from '../src/records/schema.ts';
import { readPublishedArticles } from '../src/records/article-files.ts';
import { kbn, median, table } from './bench/format.ts';
import { fileUnder, settle, startStaticServer, type StaticServer } from '../tests/support/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../tests/support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/** Queries run on the search page: a village, a town with many results, a person, a number, a headline. */
const SEARCH_QUERIES = ['翔金垟村', '柳市', '郑喜喜', '2023年', '柳市镇召开理论学习中心组学习会'];
/** The same phone-sized window as the browser tests. */
const VIEWPORT = { width: 390, height: 844 };

/** Issue 7's goals. */
const GOALS = {
  articleBytes: 30_000,
  /**
   * Script files an article page may load, transferred: the search highlighter (issue 7's one
   * exception) and the tools readers asked for since — 复制引用 and 朗读 · 分享 · 打印 (issue 21) —
   * with the bundler's preload helper. Inline, they passed issue 7's "no JavaScript" line; as
   * /_astro/ files (issue 22) they are counted here, by name and by bytes. All three are one module,
   * the article page's script (src/client/article.ts); the highlighter itself (highlight, match-nav,
   * tokenize) loads only on a visit from a search result, which this benchmark does not make.
   */
  articleScripts: /ArticlePage\.astro_astro_type_script|preload-helper/u,
  articleScriptBytes: 8_000,
  accessibility: 100,
  bestPractices: 100,
  performance: 95,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log('usage: node scripts/bench-pages.ts [--no-build] [--runs=5] [--json=FILE]');
  process.exit(0);
}
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`bench: --runs must be a whole number ≥ 1, got ${opts.runs}`);
  process.exit(2);
}

const progress = (s: string) => process.stderr.write(`${s}\n`);
const say = (s = '') => process.stdout.write(`${s}\n`);

// ---- cleanup on every exit path ----

const cleanups: Array<() => Promise<unknown> | unknown> = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch {
      /* keep cleaning */
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`\n${signal}: stopping servers and browsers…`);
    void cleanup().then(() => process.exit(130));
  });
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // Build output goes to stderr: stdout is the report.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

// ---- page weight ----

const TYPES = ['HTML', 'CSS', 'JS', 'wasm', 'other'] as const;
type ResourceType = (typeof TYPES)[number];

interface Transfer {
  path: string;
  type: ResourceType;
  /** Response headers + body as received (compressed where the server compressed). */
  transferred: number;
  /** The file's own size on disk (uncompressed). */
  raw: number;
}

interface Weight {
  label: string;
  path: string;
  transfers: Transfer[];
  /** Body bytes the server log says it sent, for a cross-check with the browser's count. */
  serverBodyBytes: number;
  browserBodyBytes: number;
  /** Requests whose body size Chromium did not report, and their body bytes from the server log. */
  bodyFromServerLog: Array<{ path: string; bytes: number }>;
  /** Bytes of inline <script> code in the HTML (JSON-LD data excluded). */
  inlineScriptBytes: number;
}

function typeOf(path: string, resourceType: string): ResourceType {
  if (resourceType === 'document') return 'HTML';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'CSS';
  if (/\/wasm\.[^/]*\.pagefind$/u.test(path) || path.endsWith('.wasm')) return 'wasm';
  if (resourceType === 'script' || /\.m?js$/u.test(path)) return 'JS';
  return 'other';
}

function inlineScriptBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gu)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/u.test(attrs) || /type="application\/ld\+json"/u.test(attrs)) continue;
    n += Buffer.byteLength(m[2]!);
  }
  return n;
}

async function measure(browser: Browser, server: StaticServer, site: string, label: string, path: string, waitForSearch: boolean): Promise<Weight> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const pending: Array<Promise<Transfer & { body: number }>> = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          const url = new URL(request.url());
          const file = fileUnder(site, url.pathname);
          let raw = 0;
          if (file && existsSync(file)) raw = statSync(file).isDirectory() ? statSync(join(file, 'index.html')).size : statSync(file).size;
          return {
            path: url.pathname + url.search,
            type: typeOf(url.pathname, request.resourceType()),
            transferred: sizes.responseHeadersSize + sizes.responseBodySize,
            body: sizes.responseBodySize,
            raw,
          };
        }),
      );
    });
    const logStart = server.log.length;
    await page.goto(server.origin + path, { waitUntil: 'load' });
    if (waitForSearch) await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
    await settle(server, 300, 5000);
    const htmlFile = fileUnder(site, new URL(path, server.origin).pathname);
    const html = htmlFile ? readFileSync(join(htmlFile, 'index.html'), 'utf8') : '';
    const transfers = await Promise.all(pending);
    const served = server.log.slice(logStart);
    const browserBodyBytes = transfers.reduce((n, t) => n + t.body, 0);
    // Where Chromium reports no body size (a worker's own script, for one), the body is taken from
    // the server's log of what it sent for that path.
    const fromServer: Weight['bodyFromServerLog'] = [];
    for (const t of transfers) {
      const sent = served.find((e) => e.path === t.path)?.bytes ?? 0;
      if (t.body === 0 && sent > 0) {
        t.body = sent;
        t.transferred += sent;
        fromServer.push({ path: t.path, bytes: sent });
      }
    }
    return {
      label,
      path,
      transfers: transfers.map(({ body: _, ...t }) => t),
      serverBodyBytes: served.reduce((n, e) => n + e.bytes, 0),
      browserBodyBytes,
      bodyFromServerLog: fromServer,
      inlineScriptBytes: inlineScriptBytes(html),
    };
  } finally {
    await context.close();
  }
}

const total = (w: Weight, key: 'transferred' | 'raw', type?: ResourceType) => w.transfers.filter((t) => !type || t.type === type).reduce((n, t) => n + t[key], 0);
const heaviest = (ws: Weight[]) => ws.reduce((a, b) => (total(b, 'transferred') > total(a, 'transferred') ? b : a));

// ---- Lighthouse ----

interface AuditBelow {
  id: string;
  /** 0–100. */
  score: number;
  /** Lighthouse's display value, e.g. "110 ms". */
  value: string;
  /** Counts towards the category score (weight > 0); insights and diagnostics do not. */
  scored: boolean;
}

interface LighthouseRun {
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  /** Audits scored below 100, per category. */
  below: Record<Category, AuditBelow[]>;
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const below = {} as Record<Category, AuditBelow[]>;
  const UNSCORED_MODES = new Set(['informative', 'notApplicable', 'manual', 'error']);
  for (const c of CATEGORIES) {
    const category = lhr.categories[c]!;
    scores[c] = Math.round((category.score ?? 0) * 100);
    below[c] = category.auditRefs.flatMap((ref) => {
      const a = lhr.audits[ref.id]!;
      if (a.score === null || a.score >= 1 || UNSCORED_MODES.has(a.scoreDisplayMode)) return [];
      return [{ id: a.id, score: Math.round(a.score * 100), value: a.displayValue ?? '', scored: ref.weight > 0 }];
    });
  }
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
  return {
    scores,
    below,
    metrics: { FCP: metric('first-contentful-paint'), LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'), CLS: metric('cumulative-layout-shift'), SI: metric('speed-index') },
  };
}

// ---- main ----

interface Weights {
  articleWeights: Weight[];
  issueWeights: Weight[];
  searchWeights: Weight[];
}
type LighthouseResult = { name: string; path: string; runs: LighthouseRun[] };

/** Every article and issue page, and the search page for each query, in a fresh context each. */
async function measureWeights(server: StaticServer, site: string, articles: Article[]): Promise<Weights & { chromiumVersion: string }> {
  const issueUrls = [...new Set(articles.map((a) => a.issue.url))];
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const chromiumVersion = browser.version();
  progress(`bench: page weight of ${articles.length} article pages, ${issueUrls.length} issue pages, ${SEARCH_QUERIES.length} searches …`);
  const articleWeights: Weight[] = [];
  for (const a of articles) articleWeights.push(await measure(browser, server, site, 'article', a.url, false));
  const issueWeights: Weight[] = [];
  for (const u of issueUrls) issueWeights.push(await measure(browser, server, site, 'issue', u, false));
  const searchWeights: Weight[] = [];
  for (const q of SEARCH_QUERIES) searchWeights.push(await measure(browser, server, site, 'search', `/search/?q=${encodeURIComponent(q)}`, true));
  await browser.close();
  return { articleWeights, issueWeights, searchWeights, chromiumVersion };
}

/** Lighthouse, RUNS times on each page: the home page, the heaviest issue and article, the places, the heaviest search. */
async function runLighthouse(server: StaticServer, w: Weights): Promise<LighthouseResult[]> {
  const lighthousePages: Array<[string, string]> = [
    ['home', '/'],
    ['issue', heaviest(w.issueWeights).path],
    ['article', heaviest(w.articleWeights).path],
    ['places', '/places/'],
    ['search', heaviest(w.searchWeights).path],
  ];
  progress(`bench: Lighthouse, ${RUNS} run(s) on each of ${lighthousePages.length} pages …`);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  cleanups.push(() => chrome.kill());
  const lhResults: LighthouseResult[] = [];
  for (const [name, path] of lighthousePages) {
    const runs: LighthouseRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      progress(`bench:   ${name} ${path} run ${i + 1}/${RUNS}`);
      runs.push(await lighthouseRun(server.origin + path, chrome.port));
    }
    lhResults.push({ name, path, runs });
  }
  return lhResults;
}

function reportMachine(versions: { chromium: string; lighthouse: string }, load0: number[], load1: number[], elapsed: number) {
  say('Page benchmark: bytes a reader downloads, and Lighthouse scores, against issue 7’s goals');
  say(`Chromium ${versions.chromium} (headless, playwright-core) · Lighthouse ${versions.lighthouse} (default: mobile emulation, simulated slow 4G, 4× CPU slowdown) · Node ${process.version}`);
  say(
    `Machine: ${osType()} ${release()}, nproc ${availableParallelism()} (${cpus()[0]?.model.trim() ?? '?'}), memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `load average (1/5/15 min) ${load0.map((l) => l.toFixed(2)).join('/')} at start, ${load1.map((l) => l.toFixed(2)).join('/')} at end; run time ${elapsed.toFixed(0)} s`,
  );
  say();
}

function reportWeights({ articleWeights, issueWeights, searchWeights }: Weights) {
  say('Page weight: fresh browser context, nothing cached; transferred = response headers + body as sent (HTML, CSS, JS, JSON,');
  say('SVG gzip-compressed by the local server; search index shards sent as written); raw = the files’ own sizes. kB = 1000 B.');
  say(`Pages measured: ${articleWeights.length} articles, ${issueWeights.length} issues, ${searchWeights.length} searches (${SEARCH_QUERIES.join('、')}); the heaviest of each:`);
  const shown = [heaviest(articleWeights), heaviest(issueWeights), heaviest(searchWeights)];
  const rows: Array<string[] | string> = [['kB transferred (raw)', ...shown.map((w) => w.label)], '-'];
  for (const type of TYPES) {
    rows.push([type, ...shown.map((w) => (w.transfers.some((t) => t.type === type) ? `${kbn(total(w, 'transferred', type))} (${kbn(total(w, 'raw', type))})` : '–'))]);
  }
  rows.push('-');
  rows.push(['total', ...shown.map((w) => `${kbn(total(w, 'transferred'))} (${kbn(total(w, 'raw'))})`)]);
  rows.push(['requests', ...shown.map((w) => String(w.transfers.length))]);
  rows.push(['  of them JS', ...shown.map((w) => String(w.transfers.filter((t) => t.type === 'JS').length))]);
  rows.push(['inline script in the HTML, B', ...shown.map((w) => String(w.inlineScriptBytes))]);
  say(table(rows));
  for (const w of shown) say(`  ${w.label}: ${w.path}`);
  const art = articleWeights.map((w) => total(w, 'transferred'));
  say(`Article pages, kB transferred: median ${kbn(median(art))}, max ${kbn(Math.max(...art))}; issue pages: max ${kbn(Math.max(...issueWeights.map((w) => total(w, 'transferred'))))}`);
  const articleJs = [...new Set(articleWeights.flatMap((w) => w.transfers.filter((t) => t.type === 'JS').map((t) => `${t.path} ${kbn(t.transferred)} kB (${kbn(t.raw)} raw)`)))];
  say(`JavaScript on article pages: inline text-size script ${shown[0]!.inlineScriptBytes} B; files: ${articleJs.join('; ') || 'none'}`);
  const all = [...articleWeights, ...issueWeights, ...searchWeights];
  const patched = [...new Set(all.flatMap((w) => w.bodyFromServerLog.map((p) => p.path)))];
  const fromLog = (w: Weight) => w.bodyFromServerLog.reduce((n, p) => n + p.bytes, 0);
  const mismatch = all.filter((w) => w.serverBodyBytes !== w.browserBodyBytes + fromLog(w));
  say(`Body sizes Chromium did not report (a worker's own script), taken from the server log: ${patched.length ? patched.join(', ') : 'none'}`);
  say(
    `Cross-check, body bytes the server logged vs the browser counted (+ those): ` +
      (mismatch.length ? `differ on ${mismatch.map((w) => `${w.path} (${w.serverBodyBytes} vs ${w.browserBodyBytes + fromLog(w)})`).join(', ')}` : `equal on all ${all.length} pages`),
  );
  say();
}

const medianScore = (runs: LighthouseRun[], c: Category) => median(runs.map((r) => r.scores[c]))!;

function reportScores(lhResults: LighthouseResult[]) {
  say(`Lighthouse: median of ${RUNS} run(s) per page, min–max in brackets where runs differed; metrics (FCP, LCP, TBT, CLS) of the run with the median performance score.`);
  const range = (runs: LighthouseRun[], c: Category) => {
    const s = runs.map((r) => r.scores[c]);
    return Math.min(...s) === Math.max(...s) ? '' : ` (${Math.min(...s)}–${Math.max(...s)})`;
  };
  const lhRows: Array<string[] | string> = [['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'], '-'];
  for (const r of lhResults) {
    // The run whose score is the (nearest-rank, lower) median shown.
    const m = [...r.runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.ceil(r.runs.length / 2) - 1]!.metrics;
    lhRows.push([r.name, ...CATEGORIES.map((c) => `${medianScore(r.runs, c)}${range(r.runs, c)}`), m.FCP!, m.LCP!, m.TBT!, m.CLS!]);
  }
  lhRows.push('-');
  lhRows.push(['goal', `≥ ${GOALS.performance}`, `${GOALS.accessibility}`, `${GOALS.bestPractices}`, '–', '', '', '', '']);
  say(table(lhRows));
  for (const r of lhResults) say(`  ${r.name}: ${r.path}`);
}

function reportAuditsBelow(lhResults: LighthouseResult[]) {
  say('Audits below 100 in any run: score (min–max over runs), the worst run’s value. Scored ones count towards the');
  say('category score; insights and diagnostics (weight 0) do not, and are listed as what could still be improved.');
  let anyBelow = false;
  for (const r of lhResults) {
    for (const c of CATEGORIES) {
      const byId = new Map<string, AuditBelow[]>();
      for (const a of r.runs.flatMap((x) => x.below[c])) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
      const describe = (list: AuditBelow[]) => {
        const worst = list.reduce((a, b) => (b.score < a.score ? b : a));
        const lo = Math.min(...list.map((a) => a.score));
        const hi = Math.max(...list.map((a) => a.score));
        return `${worst.id} ${lo === hi ? lo : `${lo}–${hi}`}${list.length < r.runs.length ? ` (${list.length}/${r.runs.length} runs)` : ''}${worst.value ? `, ${worst.value}` : ''}`;
      };
      const scored = [...byId.values()].filter((l) => l[0]!.scored).map(describe);
      const unscored = [...byId.values()].filter((l) => !l[0]!.scored).map(describe);
      if (scored.length) say(`  ${r.name} · ${c}, scored: ${scored.join('; ')}`);
      if (unscored.length) say(`  ${r.name} · ${c}, not scored: ${unscored.join('; ')}`);
      anyBelow ||= scored.length + unscored.length > 0;
    }
  }
  if (!anyBelow) say('  none');
  say();
}

function reportGoals(articleWeights: Weight[], lhResults: LighthouseResult[]) {
  const articleMax = total(heaviest(articleWeights), 'transferred');
  const worst = (c: Category) => Math.min(...lhResults.map((r) => medianScore(r.runs, c)));
  const articleJs = articleWeights.map((w) => w.transfers.filter((t) => t.type === 'JS'));
  const articleJsNamed = articleJs.every((ts) => ts.every((t) => GOALS.articleScripts.test(t.path)));
  const articleJsMax = Math.max(0, ...articleJs.map((ts) => ts.reduce((n, t) => n + t.transferred, 0)));
  const articleJsOk = articleJsNamed && articleJsMax <= GOALS.articleScriptBytes;
  const goals: Array<[string, string, boolean]> = [
    [`heaviest article page < ${kbn(GOALS.articleBytes)} kB transferred`, `${kbn(articleMax)} kB`, articleMax < GOALS.articleBytes],
    [
      `article pages: script files only the highlighter, 复制引用 and 朗读·分享·打印, ≤ ${kbn(GOALS.articleScriptBytes)} kB`,
      `${articleJsNamed ? 'only those' : 'others too'}, ${kbn(articleJsMax)} kB`,
      articleJsOk,
    ],
    [`Lighthouse performance ≥ ${GOALS.performance} on every page`, `lowest ${worst('performance')}`, worst('performance') >= GOALS.performance],
    [`Lighthouse accessibility = ${GOALS.accessibility} on every page`, `lowest ${worst('accessibility')}`, worst('accessibility') >= GOALS.accessibility],
    [`Lighthouse best practices = ${GOALS.bestPractices} on every page`, `lowest ${worst('best-practices')}`, worst('best-practices') >= GOALS.bestPractices],
  ];
  say(table([['goal', 'measured', 'met'], '-', ...goals.map(([g, m, ok]) => [g, m, ok ? 'yes' : 'NO'])]));
}

async function main() {
  const started = performance.now();
  const load0 = loadavg();
  if (!opts['no-build']) {
    progress('bench: npm run build …');
    await run('npm', ['run', 'build']);
  }
  if (!existsSync(join(DIST, 'search', 'idx', 'manifest.json'))) throw new Error('dist/search/idx/ is missing: run `npm run build` (or drop --no-build)');

  const tmp = await mkdtemp(join(tmpdir(), 'bench-pages-'));
  cleanups.push(() => rm(tmp, { recursive: true, force: true }));
  const site = join(tmp, 'site');
  await cp(DIST, site, { recursive: true });
  const articles = readPublishedArticles(site);
  const server = await startStaticServer(site, { gzip: true });
  cleanups.push(() => server.close());

  const { chromiumVersion, ...weights } = await measureWeights(server, site, articles);
  const lhResults = await runLighthouse(server, weights);
  const lighthouseVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version;

  reportMachine({ chromium: chromiumVersion, lighthouse: lighthouseVersion }, load0, loadavg(), (performance.now() - started) / 1000);
  reportWeights(weights);
  reportScores(lhResults);
  reportAuditsBelow(lhResults);
  reportGoals(weights.articleWeights, lhResults);

  if (opts.json) {
    await writeFile(opts.json, JSON.stringify({ weights, lighthouse: lhResults }, null, 2));
    progress(`bench: raw results in ${opts.json}`);
  }
}

main()
  .catch(async (e) => {
    progress(`bench: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
