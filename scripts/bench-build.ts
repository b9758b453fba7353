/**
 * npm run bench:build -- [--articles 100,1000,10000] [--seed S] [--vocabulary lexicon|seeds] [--no-rebuild] [--keep]
 *
 * Builds the site from synthetic corpora of growing size (scripts/corpus.ts) and prints, per size,
 * the time of each build phase, articles per second, peak memory, the size of the output, and how
 * the cost grows from one size to the next (1.00 = linear). Each build runs in its own process
 * (`astro build --outDir <tmp>` with SEEDS_DIR, exactly as `npm run build` from another folder) with
 * an empty parse cache, so every figure is a cold build. Then, at the largest size, one issue is
 * added and the site rebuilt with the cache the cold build left (a weekly publish): only the new
 * issue's seeds are parsed, and its time is compared with the full build's.
 *
 * Phases come from the build's own timing log (BUILD_TIMINGS, see src/integrations/timings.ts):
 *   parse   reading the seeds: parser, place matching, keywords, related articles (content loader)
 *   render  from the content collections filled to every page written (Vite bundle + page generation)
 *   index   how long the build waited for the search index after rendering (src/integrations/
 *           search-index.ts builds it while the pages render); `index work` is its whole duration
 *   other   the rest of the wall time: Node and Astro start-up, config, content store, sitemap
 * Peak memory is the largest sum of resident memory of the build's process tree (node and any
 * child process; the search index is written in a worker thread of the build's own process),
 * sampled from /proc every SAMPLE_MS. CPU is user + system time of the build and the children it
 * waited for, from /proc: on a shared machine it varies less than wall time. The load average is
 * sampled during each build too.
 *
 * Then, per size, the largest page of each kind (HTML bytes: article, issue, publication, place,
 * issue lists, …), the site's size, files and largest file (a static host's limits), pages and
 * render time per page, and issue 22's goals against the figures: 10,000 articles in ≤ 50 s at
 * ≤ 2 ms a page and ≤ 1.5 GB peak memory; at 40,000, ≤ 3 GB, no file over 20 MB, ≤ 80,000 files,
 * ≤ 1.5 GB of site; growth from 10,000 to 40,000 within 1.1× linear in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, writeCorpus } from '../tests/support/corpus/write.ts';
import { VOCABULARIES, type Vocabulary } from '../tests/support/corpus/generate.ts';
import { heapGrowingFlags } from '../src/build/heap-growing.ts';
import { startWarmParse } from '../src/build/warm-parse.ts';

/** Sizes of the default run: 1×, 10× and 100× the first. */
export const DEFAULT_SIZES = [100, 1000, 10000];
/** How often the build's memory is sampled; a shorter peak than this can be missed. */
const SAMPLE_MS = 200;
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

interface Timing {
  event: string;
  at: number;
  ms?: number;
  work?: number;
  parsed?: number;
  cached?: number;
}

interface PageKind {
  kind: string;
  pages: number;
  largest: number;
  path: string;
}

interface Run {
  articles: number;
  issues: number;
  /** Mean load average (1 min) sampled during the build. */
  load: number;
  pageKinds: PageKind[];
  /** The parse: the warm-up step before Astro (src/build/warm-parse.ts) and the loader reading the cache. */
  parse: number;
  /** The warm-up step alone. */
  warm: number;
  render: number;
  index: number;
  indexWork: number;
  total: number;
  cpu: number;
  peakRss: number;
  distBytes: number;
  distFiles: number;
  /** HTML pages written, and the largest file of the site. */
  pages: number;
  largest: number;
  largestPath: string;
  parsed: number;
  cached: number;
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. 0 where /proc is absent. */
function treeRss(root: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(pid);
    } catch {
      // the process ended between readdir and read
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** CPU time (ms) of a process plus its waited-for children (utime, stime, cutime, cstime); 0 if unreadable. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14–17 of stat, in clock ticks (100 per second on Linux).
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return 0;
  }
}

/** Top-level folders that are site sections, not publications. */
const SECTIONS = new Set(['places', 'issues', 'search', 'about', 'data', 'people', 'persons', 'person', 'names', 'calendar']);

/** The kind of an HTML page from its path in the output: a site section, or publication / issue / article by depth. */
function pageKind(rel: string): string {
  const parts = rel.split('/').filter(Boolean).slice(0, -1); // without index.html
  if (!parts.length) return 'home';
  if (SECTIONS.has(parts[0]!)) return parts.length === 1 ? `/${parts[0]}/` : `/${parts[0]}/…`;
  if (parts[0] === '404.html') return 'other';
  return parts.length === 1 ? 'publication' : parts.length === 2 ? 'issue' : 'article (or a page of an issue)';
}

/** The largest HTML page of each kind in a built site. */
function pageKinds(dir: string): PageKind[] {
  const kinds = new Map<string, PageKind>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = path.slice(dir.length + 1);
    const kind = pageKind(rel);
    const bytes = statSync(path).size;
    const k = kinds.get(kind) ?? kinds.set(kind, { kind, pages: 0, largest: 0, path: '' }).get(kind)!;
    k.pages++;
    if (bytes > k.largest) Object.assign(k, { largest: bytes, path: `/${rel.replace(/index\.html$/u, '')}` });
  }
  return [...kinds.values()].sort((a, b) => b.largest - a.largest);
}

/** Bytes and files of a built site, its HTML pages, and its largest file (what a static host's limits count). */
function folderSize(dir: string): { bytes: number; files: number; pages: number; largest: number; largestPath: string } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  let largest = 0;
  let largestPath = '';
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    bytes += size;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    if (size > largest) [largest, largestPath] = [size, path.slice(dir.length)];
  }
  return { bytes, files, pages, largest, largestPath };
}

/** One `astro build` from `seedsDir` into `outDir`; resolves with its timings, wall time and peak memory. */
async function build(seedsDir: string, outDir: string, cacheDir: string, log: string): Promise<Omit<Run, 'articles' | 'issues' | 'distBytes' | 'distFiles' | 'pages' | 'largest' | 'largestPath' | 'pageKinds'>> {
  const timings = `${log}.timings.jsonl`;
  rmSync(timings, { force: true });
  const started = Date.now();
  const env = { ...process.env, SEEDS_DIR: seedsDir, BUILD_TIMINGS: timings, PARSE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  let peakRss = 0;
  const loads: number[] = [];
  // The build's two steps one after the other, as `npm run build` runs them (src/build/staged-build.ts): the parse's
  // warm-up (src/build/warm-parse.ts), then astro build. Each process tree is sampled; the CPU is the sum of both.
  const sampled = async (child: ChildProcess, close: Promise<unknown>) => {
    child.stdout?.on('data', (d: Buffer) => appendFileSync(log, d));
    child.stderr?.on('data', (d: Buffer) => appendFileSync(log, d));
    let cpu = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, treeRss(child.pid!));
      cpu = Math.max(cpu, cpuMs(child.pid!));
      loads.push(loadavg()[0]!);
    }, SAMPLE_MS);
    await close;
    clearInterval(sampler);
    return cpu;
  };
  const warm = startWarmParse(env, 'pipe');
  const warmCpu = warm ? await sampled(warm.child, warm.done) : 0;
  const warmMs = Date.now() - started;
  const child = spawn(process.execPath, [...heapGrowingFlags(), ASTRO, 'build', '--outDir', outDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const closed = new Promise<number | null>((done) => child.on('close', done));
  const cpu = warmCpu + (await sampled(child, closed));
  const code = await closed;
  const total = Date.now() - started;
  if (code !== 0) throw new Error(`bench:build: astro build from ${seedsDir} exited with ${code}; see ${log}`);
  const events = readFileSync(timings, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Timing);
  const archive = events.find((e) => e.event === 'archive');
  // Seeds parsed and taken from the cache: the warm-up's counts (the loader then finds every seed it read in the cache).
  const warmed = events.find((e) => e.event === 'warm');
  const stored = Math.max(...events.filter((e) => e.event === 'stored').map((e) => e.at));
  const generated = events.find((e) => e.event === 'generated');
  const indexed = events.find((e) => e.event === 'indexed');
  if (!archive || !generated || !indexed || !Number.isFinite(stored)) {
    throw new Error(`bench:build: ${timings} lacks an archive, stored, generated or indexed event; is the timings integration in astro.config.mjs?`);
  }
  return {
    // The parse: the warm-up, and the loader reading the records back from the cache.
    parse: warmMs + archive.ms!,
    warm: warmMs,
    render: generated.at - stored,
    index: indexed.ms!,
    indexWork: indexed.work ?? indexed.ms!,
    total,
    cpu,
    peakRss,
    load: loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg()[0]!,
    parsed: (warmed?.parsed ?? 0) + (archive.parsed ?? 0),
    cached: warmed ? (warmed.cached ?? 0) : (archive.cached ?? 0),
  };
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => pad(r, widths));
  lines.splice(1, 0, '-'.repeat(lines[0]!.length));
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}`;
}

/** Issue 22's build goals against the runs: met, or the distance (a goal whose size was not built says so). */
function goals(runs: Run[]): string {
  const at = (n: number) => runs.find((r) => r.articles === n);
  const r10 = at(10_000);
  const r40 = at(40_000);
  const rows: string[][] = [['goal (issue 22)', 'target', 'measured', 'verdict']];
  const verdict = (value: number, goal: number, unit: (x: number) => string) => (value <= goal ? 'met' : `NOT MET by ${unit(value - goal)}`);
  const MB = (x: number) => `${mb(x)} MB`;
  const goal = (run: Run | undefined, label: string, target: string, measured: (r: Run) => string, v: (r: Run) => string) =>
    rows.push(run ? [label, target, measured(run), v(run)] : [label, target, 'not built', '']);
  goal(r10, '10,000 articles, total', '≤ 50 s', (r) => `${s(r.total)} s (load ${r.load.toFixed(1)})`, (r) => verdict(r.total, 50_000, (x) => `${s(x)} s`));
  goal(r10, '10,000 articles, render per page', '≤ 2 ms', (r) => `${(r.render / r.pages).toFixed(2)} ms`, (r) => verdict(r.render / r.pages, 2, (x) => `${x.toFixed(2)} ms`));
  goal(r10, '10,000 articles, peak memory of the process tree', '≤ 1,500 MB', (r) => MB(r.peakRss), (r) => verdict(r.peakRss, 1.5e9, MB));
  goal(r40, '40,000 articles, peak memory of the process tree', '≤ 3,000 MB', (r) => MB(r.peakRss), (r) => verdict(r.peakRss, 3e9, MB));
  goal(r40, '40,000 articles, largest file', '≤ 20 MB', (r) => `${(r.largest / 1e6).toFixed(1)} MB (${r.largestPath})`, (r) => verdict(r.largest, 20e6, MB));
  goal(r40, '40,000 articles, files', '≤ 80,000', (r) => String(r.distFiles), (r) => verdict(r.distFiles, 80_000, String));
  goal(r40, '40,000 articles, site size', '≤ 1,500 MB', (r) => MB(r.distBytes), (r) => verdict(r.distBytes, 1.5e9, MB));
  if (r10 && r40) {
    const k = r40.articles / r10.articles;
    const time = r40.total / r10.total / k;
    const cpu = r40.cpu / r10.cpu / k;
    rows.push(['growth 10,000 → 40,000, time ÷ linear', '≤ 1.10', `${time.toFixed(2)} (CPU ${cpu.toFixed(2)})`, verdict(time, 1.1, (x) => x.toFixed(2))]);
  } else rows.push(['growth 10,000 → 40,000', '', 'needs both sizes', '']);
  const last = runs.at(-1)!;
  const over = last.pageKinds.filter((k) => k.largest >= 100_000);
  rows.push([
    `every page under 100 kB (${last.articles} articles)`,
    '< 100 kB',
    `largest ${(last.pageKinds[0]!.largest / 1000).toFixed(1)} kB (${last.pageKinds[0]!.path})`,
    over.length ? `NOT MET: ${over.map((k) => `${k.kind} ${(k.largest / 1000).toFixed(0)} kB`).join(', ')}` : 'met',
  ]);
  return table(rows);
}

/** One row per size: where the time went, CPU, memory and the site's size. */
function runTable(runs: Run[]): string {
  return table([
    ['articles', 'load', 'parse s (warm-up)', 'render s', 'pages', 'ms/page', 'index s', 'other s', 'total s', 'index work s', 'CPU s', 'articles/s', 'peak RSS MB', 'dist MB', 'dist files', 'largest file MB'],
    ...runs.map((r) => [
      String(r.articles),
      r.load.toFixed(1),
      `${s(r.parse)} (${s(r.warm)})`,
      s(r.render),
      String(r.pages),
      (r.render / r.pages).toFixed(2),
      s(r.index),
      s(r.total - r.parse - r.render - r.index),
      s(r.total),
      s(r.indexWork),
      s(r.cpu),
      (r.articles / (r.total / 1000)).toFixed(0),
      mb(r.peakRss),
      mb(r.distBytes),
      String(r.distFiles),
      (r.largest / 1e6).toFixed(1),
    ]),
  ]);
}

/** Each size against the one before it: cost ratio ÷ size ratio. */
function growthTable(runs: Run[]): string {
  return table([
    ['from → to', 'size ×', 'parse', 'render', 'index work', 'total', 'CPU', 'peak RSS', 'dist'],
    ...runs.slice(1).map((r, i) => {
      const p = runs[i]!;
      const k = r.articles / p.articles;
      const g = (a: number, b: number) => (b / a / k).toFixed(2);
      return [
        `${p.articles} → ${r.articles}`,
        k.toFixed(0),
        g(p.parse, r.parse),
        g(p.render, r.render),
        g(p.indexWork, r.indexWork),
        g(p.total, r.total),
        g(p.cpu, r.cpu),
        g(p.peakRss, r.peakRss),
        g(p.distBytes, r.distBytes),
      ];
    }),
  ]);
}

/** The largest page of each kind at each size, largest first at the last size. */
function pageKindTable(runs: Run[]): string {
  const kinds = [...new Set(runs.flatMap((r) => r.pageKinds.map((k) => k.kind)))];
  const last = runs.at(-1)!;
  kinds.sort((a, b) => (last.pageKinds.find((k) => k.kind === b)?.largest ?? 0) - (last.pageKinds.find((k) => k.kind === a)?.largest ?? 0));
  return table([
    ['kind', ...runs.map((r) => `${r.articles}: pages, largest kB`), `largest at ${last.articles}`],
    ...kinds.map((kind) => [
      kind,
      ...runs.map((r) => {
        const k = r.pageKinds.find((x) => x.kind === kind);
        return k ? `${k.pages}, ${(k.largest / 1000).toFixed(1)}` : '–';
      }),
      last.pageKinds.find((k) => k.kind === kind)?.path ?? '',
    ]),
  ]);
}

/**
 * A weekly publish: the archive as built plus one new issue (the same generator, one issue more
 * with the same span: the earlier issues' seeds are byte-identical, so they come from the parse
 * cache, and the new issue is dated a week's spacing after the last). Before the span, one issue
 * more re-spread every date: 193 of 202 files changed, and the "rebuild" re-parsed nearly all.
 */
async function weeklyPublish(work: string, runs: Run[], n: number, seed: number, vocabulary: Vocabulary) {
  const last = runs.at(-1)!;
  const seedsDir = join(work, `corpus-${n}`);
  const grown = writeCorpus({ issues: last.issues + 1, span: last.issues, seed, vocabulary, out: seedsDir });
  const run = await build(seedsDir, join(work, `dist-${n}-rebuild`), join(work, `cache-${n}`), join(work, `rebuild-${n}.log`));
  console.log('');
  console.log(`Adding one issue to the ${n}-article site (${grown.articles - last.articles} articles more; parse cache from the cold build):`);
  console.log(
    `  seeds parsed ${run.parsed}, taken from the cache ${run.cached}; parse ${s(run.parse)} s, render ${s(run.render)} s, index ${s(run.index)} s (work ${s(run.indexWork)} s), total ${s(run.total)} s, CPU ${s(run.cpu)} s, peak ${mb(run.peakRss)} MB (load ${run.load.toFixed(1)})`,
  );
  console.log(`  against the full build: ${((run.total / last.total) * 100).toFixed(0)} % of its time (goal ≤ 50 %), ${((run.cpu / last.cpu) * 100).toFixed(0)} % of its CPU`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: DEFAULT_SIZES.join(',') },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'no-rebuild': { type: 'boolean', default: false },
      vocabulary: { type: 'string', default: 'lexicon' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.articles.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench:build: --articles ${values.articles}: expected whole numbers, e.g. 100,1000,10000`);
  const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const startLoad = loadavg()[0]!;
  const startedAt = new Date();
  if (!VOCABULARIES.includes(values.vocabulary as Vocabulary)) throw new Error(`bench:build: --vocabulary ${values.vocabulary}: expected ${VOCABULARIES.join(' or ')}`);
  const vocabulary = values.vocabulary as Vocabulary;
  console.log(
    `Build benchmark: synthetic corpora (npm run corpus, seed ${values.seed}, vocabulary ${vocabulary}) of ${sizes.join(', ')} articles; cold builds (empty parse cache)`,
  );
  console.log(`Machine: ${machine()}, load average ${startLoad.toFixed(2)} at start`);
  console.log(`Work folder: ${work}${values.keep ? ' (kept)' : ''}`);

  const runs: Run[] = [];
  try {
    for (const n of sizes) {
      const seedsDir = join(work, `corpus-${n}`);
      const corpus = writeCorpus({ articles: n, seed: Number(values.seed), vocabulary, out: seedsDir });
      const outDir = join(work, `dist-${n}`);
      const run = await build(seedsDir, outDir, join(work, `cache-${n}`), join(work, `build-${n}.log`));
      const dist = folderSize(outDir);
      runs.push({ ...run, articles: corpus.articles, issues: corpus.issues, distBytes: dist.bytes, distFiles: dist.files, pages: dist.pages, largest: dist.largest, largestPath: dist.largestPath, pageKinds: pageKinds(outDir) });
      console.log(`  ${n} articles: ${s(run.total)} s (load average ${run.load.toFixed(2)} during the build)`);
      if (!values.keep) rmSync(outDir, { recursive: true, force: true });
    }

    console.log('');
    console.log(runTable(runs));
    if (runs.length > 1) {
      console.log('');
      console.log('Growth from one size to the next: cost ratio ÷ size ratio (1.00 = linear, below 1 = better than linear)');
      console.log(growthTable(runs));
    }

    console.log('');
    console.log('Largest page of each kind (HTML bytes, kB = 1000 B; goal: under 100 kB at every size):');
    console.log(pageKindTable(runs));
    console.log('');
    console.log(goals(runs));

    if (!values['no-rebuild']) await weeklyPublish(work, runs, sizes.at(-1)!, Number(values.seed), vocabulary);
    console.log('');
    console.log(`Load average ${startLoad.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end; run took ${s(Date.now() - startedAt.getTime())} s (${startedAt.toISOString().slice(0, 16)} UTC).`);
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
