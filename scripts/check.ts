/**
 * npm run check [-- options]: the editors' pre-publish check.
 *
 *   1. parse the seeds (progress per seed) and compare the articles with the previous build;
 *      articles whose address changed get a redirect in <seeds>/redirects.yaml
 *   2. build the site (Astro's own progress: pages rendered, search index written)
 *   3. check dist/: open data against the schema, every internal link and asset, every page's HTML
 *   4. write the build report (check-report/index.html, not part of the site) and print a summary
 *
 * Exits 1 when there is unplaced text, an unreadable seed, a metadata or redirect error, a schema
 * error, a broken link or invalid HTML; warnings alone do not fail it.
 *
 *   --previous <path>   the published site's data/articles.json (or a folder holding data/articles.json);
 *                       default: the last build that passed this check (check-report/baseline/)
 *   --seeds <dir>       seeds folder (default: SEEDS_DIR or seeds/)
 *   --dist <dir>        where the site is built (default: dist/)
 *   --report <dir>      where the report goes (default: check-report/)
 *   --no-build          check an existing dist/ built from the same seeds
 *   --no-redirects      report moved articles but leave redirects.yaml alone
 *   --site-base <url>   where the report's article links open (default: http://127.0.0.1:4321, `npm run preview`)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSeed } from '../src/archive/decode.ts';
import { readSiteSettings } from '../src/site/settings.ts';
import { parseCacheDir } from '../src/archive/cache.ts';
import { isProgressStep, loadArchive, type Archive } from '../src/archive/load.ts';
import { addMoves, formatRedirects, issueMoves, readRedirects, REDIRECTS_FILE, resolveRedirects } from '../src/archive/redirects.ts';
import { diffArchives, moveReason, PreviousArticlesFile, type ArchiveDiff, type ComparableArticle } from '../src/check/diff.ts';
import { asProblems, PROBLEM_KINDS, renderReport, type Problem, type ProblemKind } from '../src/check/report.ts';
import { checkData, checkLinks, distExists, listFiles, validateHtml } from '../src/check/site.ts';

const { values: opts } = parseArgs({
  options: {
    previous: { type: 'string' },
    seeds: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    report: { type: 'string', default: 'check-report' },
    'no-build': { type: 'boolean', default: false },
    'no-redirects': { type: 'boolean', default: false },
    'site-base': { type: 'string', default: 'http://127.0.0.1:4321' },
  },
  strict: true,
});

const seedsDir = resolve(opts.seeds ?? (process.env.SEEDS_DIR || 'seeds'));
const dist = resolve(opts.dist);
const reportDir = resolve(opts.report);
const baseline = join(reportDir, 'baseline', 'articles.json');
const site = readSiteSettings(seedsDir).origin;
const timings: [string, number][] = [];
const problems: Problem[] = [];

const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`);
async function timed<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings.push([name, performance.now() - start]);
  }
}

// 1. Parse and compare ---------------------------------------------------------------------------
step(1, `Parsing seeds in ${seedsDir}`);
if (!existsSync(seedsDir)) {
  console.error(`${seedsDir}: no such folder; give the seeds folder with --seeds or SEEDS_DIR`);
  process.exit(2);
}
const archive: Archive = await timed('parse', () =>
  loadArchive(seedsDir, {
    // The same cache the build uses: seeds unchanged since the last build are not parsed again.
    cacheDir: parseCacheDir(),
    onSeed: (done, total, s) => {
      // Every seed while the folder is small; every tenth of the way for a large archive.
      if (total <= 50 || isProgressStep(done, total)) {
        console.log(`  parsed ${done}/${total} seeds${total <= 50 ? ` (${s.seed}: ${s.articles} article(s))` : ''}`);
      }
    },
  }),
);
const redirectsFile = join(seedsDir, REDIRECTS_FILE);
// Errors of redirects.yaml are taken after this run's moves are written (below): a move re-points
// the entries that led to the moved article.
problems.push(...archive.errors.filter((e) => !e.startsWith(`${redirectsFile}:`)).map((message) => ({ kind: 'archive' as const, message })));
for (const s of archive.seeds) {
  if (s.error && !s.parse) problems.push({ kind: 'seed', message: s.error });
  else if (s.ledger && (s.ledger.unplaced > 0 || !s.ledger.balanced)) {
    const where = s.parse!.unplaced.map((u) => u.line).slice(0, 10).join(', ');
    problems.push({
      kind: 'unplaced',
      message: `${s.seed}: ${s.ledger.unplaced} character(s) unplaced at line(s) ${where}${s.ledger.balanced ? '' : '; the ledger does not balance'} — correct the seed or its metadata (kind) so the text finds its article`,
    });
  }
}

function readPrevious(): { articles: ComparableArticle[] | null; from: string } {
  let path = opts.previous ? resolve(opts.previous) : baseline;
  if (opts.previous && existsSync(path) && statSync(path).isDirectory()) path = join(path, 'data', 'articles.json');
  if (!existsSync(path)) {
    if (opts.previous) problems.push({ kind: 'archive', message: `--previous ${opts.previous}: no such file (expected a data/articles.json)` });
    return { articles: null, from: opts.previous ? `${path} (missing)` : 'no previous build kept yet: every article counts as new' };
  }
  const parsed = PreviousArticlesFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    problems.push({ kind: 'archive', message: `${path}: not an articles.json (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})` });
    return { articles: null, from: `${path} (unreadable)` };
  }
  return { articles: parsed.data.articles, from: path };
}
const previous = readPrevious();
const diff: ArchiveDiff | null = previous.articles ? diffArchives(previous.articles, archive.articles) : null;
let redirectsAdded: { from: string; to: string; reason?: string }[] = [];
if (diff) {
  console.log(`  compared with ${previous.from}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.moved.length} moved`);
  if (diff.moved.length && !opts['no-redirects']) {
    const file = redirectsFile;
    const existing = existsSync(file) ? readRedirects(readFileSync(file, 'utf8'), file).redirects : [];
    const moves = [...diff.moved.map((m) => ({ fromUrl: m.before.url, fromId: m.before.id, toId: m.after.id, reason: moveReason(m) })), ...issueMoves(diff.moved, new Set(archive.issues.map((i) => i.url)))];
    const { redirects, added } = addMoves(existing, moves, new Date().toISOString().slice(0, 10));
    writeFileSync(file, formatRedirects(redirects));
    redirectsAdded = added;
    for (const r of added) console.log(`  redirect added: ${r.from} → ${r.to} (${r.reason})`);
    if (added.length) console.log(`  ${file} updated: commit it with the seeds so the old addresses keep working`);
  }
} else console.log(`  ${previous.from}`);
if (existsSync(redirectsFile)) {
  const read = readRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile);
  const resolved = resolveRedirects(read.redirects, archive.articles, archive.issues, archive.publications.map((p) => `/${p.slug}/`), redirectsFile);
  problems.push(...[...read.errors, ...resolved.errors].map((message) => ({ kind: 'archive' as const, message })));
}

// 2. Build --------------------------------------------------------------------------------------
if (opts['no-build']) {
  step(2, `Build skipped (--no-build): checking ${dist} as it is`);
} else {
  step(2, `Building the site into ${dist}`);
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const built = await timed('build', () =>
    spawnSync(process.execPath, [astro, 'build', '--outDir', dist], {
      stdio: 'inherit',
      env: { ...process.env, SEEDS_DIR: seedsDir, ASTRO_TELEMETRY_DISABLED: '1' },
    }),
  );
  if (built.status !== 0) {
    console.error(`\n✗ The build failed (exit ${built.status ?? built.signal}); its errors are above. Nothing was checked.`);
    process.exit(1);
  }
}

// 3. Check dist/ ---------------------------------------------------------------------------------
step(3, 'Checking the built site');
if (!distExists(dist)) {
  console.error(`${dist}: no built site (index.html missing); run without --no-build`);
  process.exit(1);
}
const files = listFiles(dist);
const pages = files.filter((f) => f.endsWith('.html')).length;
await timed('check', async () => {
  const data = checkData(dist, files);
  console.log(`  open data against the schema: ${data.length} problem(s)`);
  const links = checkLinks(dist, site, files);
  console.log(`  links and assets of ${pages} pages: ${links.length} broken`);
  const html = await validateHtml(dist, files);
  console.log(`  HTML of ${pages} pages (html-validate): ${html.length} problem(s)`);
  problems.push(...asProblems('data', data), ...asProblems('links', links), ...asProblems('html', html));
});

// 4. Report and summary --------------------------------------------------------------------------
step(4, 'Writing the build report');
const seedLines = new Map<string, string[]>();
for (const s of archive.seeds) {
  try {
    seedLines.set(s.seed, decodeSeed(readFileSync(join(seedsDir, s.seed))).text.split(/\r\n|\r|\n/u));
  } catch {
    // Undecodable seeds are already a problem of their own; there are no lines to quote.
  }
}
const warnings = archive.seeds.reduce((n, s) => n + s.warnings.length, 0);
mkdirSync(reportDir, { recursive: true });
const reportFile = join(reportDir, 'index.html');
writeFileSync(
  reportFile,
  renderReport({
    generatedAt: new Date().toISOString().replace('T', ' ').slice(0, 19) + ' UTC',
    seedsDir,
    seeds: archive.seeds,
    articles: archive.articles,
    seedLines,
    problems,
    warnings,
    diff,
    previous: previous.from,
    redirectsAdded,
    siteBase: opts['site-base'],
    timings,
  }),
);
const summary = {
  passed: problems.length === 0,
  seeds: archive.seeds.length,
  articles: archive.articles.length,
  issues: archive.issues.length,
  pages,
  warnings,
  problems: Object.fromEntries((Object.keys(PROBLEM_KINDS) as ProblemKind[]).map((k) => [k, problems.filter((p) => p.kind === k).length])),
  changes: diff && { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, moved: diff.moved.length, unchanged: diff.unchanged },
  redirectsAdded,
  timings: Object.fromEntries(timings.map(([k, ms]) => [k, Math.round(ms)])),
};
writeFileSync(join(reportDir, 'report.json'), JSON.stringify({ ...summary, problemList: problems }, null, 2));
if (summary.passed && existsSync(join(dist, 'data', 'articles.json'))) {
  // The next check compares with this build unless told otherwise.
  mkdirSync(join(reportDir, 'baseline'), { recursive: true });
  copyFileSync(join(dist, 'data', 'articles.json'), baseline);
}

const line = '─'.repeat(72);
console.log(`\n${line}`);
console.log(summary.passed ? '✓ READY TO PUBLISH' : `✗ NOT READY TO PUBLISH: ${problems.length} problem(s)`);
console.log(`  ${summary.seeds} seeds → ${summary.articles} articles in ${summary.issues} issues → ${pages} pages; ${warnings} warning(s) (see the report)`);
if (diff) {
  console.log(`  changes since the previous build: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.moved.length} moved (${redirectsAdded.length} redirect(s) added)`);
} else console.log(`  changes: ${previous.from}`);
for (const k of Object.keys(PROBLEM_KINDS) as ProblemKind[]) {
  const ps = problems.filter((p) => p.kind === k);
  if (!ps.length) continue;
  console.log(`  ${PROBLEM_KINDS[k]}: ${ps.length}`);
  for (const p of ps.slice(0, 5)) console.log(`    - ${p.message}`);
  if (ps.length > 5) console.log(`    … and ${ps.length - 5} more in the report`);
}
console.log(`  ${timings.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
console.log(`  report: ${reportFile}`);
console.log(line);
process.exitCode = summary.passed ? 0 : 1;
