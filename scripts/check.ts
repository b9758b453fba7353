/**
 * npm run check [-- options]: the editors' pre-publish check. Everything it prints and writes for
 * editors is in Chinese.
 *
 *   1. parse the seeds (progress per seed) and compare the articles with the previous build;
 *      articles whose address changed get a redirect in <seeds>/redirects.yaml — unless this run
 *      has metadata errors (an entry in error moves its seed to /unsorted/: that is no move to keep)
 *   2. build the site into a staging folder; dist/ is replaced only when the build succeeded
 *   3. check dist/: open data against the schema, every internal link and asset, every page's HTML
 *   4. write the report (check-report/index.html, not part of the site) and print a summary
 *
 * Findings come in three tiers: 必须修改 (the check exits 1), 建议检查, 已自动处理. A metadata.yaml
 * or redirects.yaml that cannot be read as a whole stops the check at step 1, with file, line and
 * column, and nothing is built.
 *
 *   --previous <path>   the published site's folder (its data/articles/ files), or a data/articles.json of an older site;
 *                       default: the last build that passed this check (check-report/baseline/)
 *   --seeds <dir>       seeds folder (default: SEEDS_DIR or seeds/)
 *   --dist <dir>        where the site is built (default: dist/)
 *   --report <dir>      where the report goes (default: check-report/)
 *   --no-build          check an existing dist/ built from the same seeds
 *   --no-redirects      report moved articles but leave redirects.yaml alone
 *   --site-base <url>   where the report's article links open (default: http://127.0.0.1:4321, `npm run preview`)
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seedSourceLines } from '../src/archive/seed.ts';
import { readSiteSettings } from '../src/site/settings.ts';
import { parseCacheDir } from '../src/archive/cache.ts';
import { ArchiveReadError, isProgressStep, loadArchiveInWorkers, METADATA_FILE, UNSORTED, type Archive } from '../src/archive/load.ts';
import { addMoves, formatRedirects, issueMoves, readRedirects, REDIRECTS_FILE, resolveRedirects, type Move } from '../src/archive/redirects.ts';
import { diffArchives, moveReason, PreviousArticlesFile, type ArchiveDiff, type ComparableArticle } from '../src/check/diff.ts';
import { archiveItems, consistencyItems, ITEM_KINDS, SeedLines, settingsItems, siteItems, TIERS, type ReportItem, type Tier } from '../src/check/items.ts';
import { renderReport, STEP_NAMES } from '../src/check/report.ts';
import { ARTICLES_INDEX, readPublishedArticles } from '../src/records/article-files.ts';
import { checkData, checkLinks, distExists, listFiles, validateHtml } from '../src/check/site.ts';
import { stagedBuild } from '../src/build/staged-build.ts';

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
const settings = readSiteSettings(seedsDir);
const timings: [string, number][] = [];
const items: ReportItem[] = [];

const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`);
async function timed<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings.push([name, performance.now() - start]);
  }
}
const line = '─'.repeat(72);
const count = (tier: Tier) => items.filter((i) => i.tier === tier).length;
const where = (i: ReportItem) => (i.file ? `${i.file}${i.line ? `:${i.line}${i.column ? `:${i.column}` : ''}` : ''}：` : '');

// 1. Parse and compare ---------------------------------------------------------------------------
step(1, `解析 ${seedsDir} 中的稿件`);
if (!existsSync(seedsDir)) {
  console.error(`${seedsDir}：没有这个文件夹；用 --seeds 或 SEEDS_DIR 指定稿件文件夹`);
  process.exit(2);
}
let archive: Archive;
try {
  archive = await timed('parse', () =>
    loadArchiveInWorkers(seedsDir, {
      // The same cache the build uses: seeds unchanged since the last build are not parsed again.
      cacheDir: parseCacheDir(),
      onSeed: (done, total, s) => {
        // Every seed while the folder is small; every tenth of the way for a large archive.
        if (total <= 50 || isProgressStep(done, total)) {
          console.log(`  已解析 ${done}/${total} 份稿件${total <= 50 ? `（${s.seed}：${s.error ? '无法读入' : `${s.articles} 篇文章`}）` : ''}`);
        }
      },
    }),
  );
} catch (err) {
  if (!(err instanceof ArchiveReadError)) failWithReport(err);
  // A settings file that cannot be read as a whole: nothing is built, dist/ stays as it was.
  const p = err.problem;
  items.push({ tier: 'must', kind: 'archive-file', file: p.file, line: p.line, column: p.column, message: p.message, fix: p.fix, snippet: null, quote: null, article: null });
  writeReport({ seeds: [], articles: [] }, null, '没有比较：设置文件无法读取', [], null, 0);
  console.log(`\n${line}\n✗ 不能发布：${join(seedsDir, p.file)}${p.line ? ` 第${p.line}行第${p.column ?? 1}列` : ''}`);
  console.log(`  ${p.message}`);
  if (p.fix) console.log(`  怎么改：${p.fix}`);
  console.log(`  没有构建，${dist} 保持原样。\n  报告：${join(reportDir, 'index.html')}\n${line}`);
  process.exit(1);
}

/**
 * Reading the seeds failed as a whole (not one seed: the loader contains those): the report is
 * still written, saying so in Chinese, and nothing is built — dist/ stays as it was.
 */
function failWithReport(err: unknown): never {
  const e = err instanceof Error ? err : new Error(String(err));
  const message = `读入稿件时出错，没有一份稿件能发布（${e.name}: ${e.message}）`;
  const fix = '这不是某一份稿件的问题（那样的错误只会跳过那一份）：把这条消息和 check-report/report.json 交给维护网站的人';
  items.push({ tier: 'must', kind: 'seed', file: null, line: null, column: null, message, fix, snippet: null, quote: null, article: null });
  writeReport({ seeds: [], articles: [] }, null, '没有比较：稿件没有读入', [], null, 0);
  console.error(e.stack);
  console.log(`\n${line}\n✗ 不能发布：${message}\n  怎么改：${fix}\n  没有构建，${dist} 保持原样。\n  报告：${join(reportDir, 'index.html')}\n${line}`);
  process.exit(1);
}

// Seed lines, to quote the line an item is about (only seeds read from inside the folder).
const seedLines = new Map<string, string[]>();
for (const s of archive.seeds) {
  if (!s.encoding) continue;
  try {
    seedLines.set(s.seed, seedSourceLines(join(seedsDir, s.seed)));
  } catch {
    // Already an item of its own; there are no lines to quote.
  }
}
const lines = new SeedLines(seedLines, archive.articles);
const redirectsFile = join(seedsDir, REDIRECTS_FILE);
// Problems of redirects.yaml are taken after this run's moves are written (below): a move re-points
// the entries that led to the moved article.
// Appended in a loop, not spread as arguments: a list of ~10⁵ items (a repair on every line of a long page) overflowed the stack.
for (const list of [archiveItems({ ...archive, problems: archive.problems.filter((p) => p.file !== REDIRECTS_FILE) }, lines), consistencyItems(archive, lines), settingsItems(settings, !!process.env.SITE_URL)]) {
  for (const i of list) items.push(i);
}

/** The records of a site folder's article files (data/articles/index.json and the files it lists), as JSON, not yet validated. */
function siteRecords(dir: string): unknown {
  const index = JSON.parse(readFileSync(join(dir, ARTICLES_INDEX), 'utf8')) as { files?: { path: string }[] };
  const articles = (index.files ?? []).flatMap((f) =>
    readFileSync(join(dir, f.path), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown),
  );
  return { articles };
}

function readPrevious(): { articles: ComparableArticle[] | null; from: string } {
  const path = opts.previous ? resolve(opts.previous) : baseline;
  const isSite = existsSync(path) && statSync(path).isDirectory();
  const problem = (message: string) =>
    items.push({ tier: 'must', kind: 'previous', file: path, line: null, column: null, message, fix: '用 --previous 指向已发布网站的文件夹（含 data/articles/），或旧网站的 data/articles.json', snippet: null, quote: null, article: null });
  if (!existsSync(path)) {
    if (opts.previous) problem(`--previous ${opts.previous}：没有这个文件或文件夹（应是已发布网站的文件夹）`);
    return { articles: null, from: opts.previous ? `${path}（不存在）` : '还没有保存过上一次构建：每篇文章都算新增' };
  }
  let json: unknown;
  try {
    json = isSite ? siteRecords(path) : JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problem(`${path} 读不出开放数据（${(err as Error).message}）`);
    return { articles: null, from: `${path}（无法读取）` };
  }
  const parsed = PreviousArticlesFile.safeParse(json);
  if (!parsed.success) {
    problem(`${path} 里的文章记录不对（${parsed.error.issues[0]?.path.join('.')}：${parsed.error.issues[0]?.message}）`);
    return { articles: null, from: `${path}（无法读取）` };
  }
  return { articles: parsed.data.articles, from: path };
}
const previous = readPrevious();
const diff: ArchiveDiff | null = previous.articles ? diffArchives(previous.articles, archive.articles) : null;
let redirectsAdded: { from: string; to: string; reason?: string }[] = [];
let redirectsHeld: string | null = null;
if (diff) {
  console.log(`  与 ${previous.from} 相比：新增 ${diff.added.length}，删除 ${diff.removed.length}，修改 ${diff.changed.length}，搬到新地址 ${diff.moved.length}`);
  const metadataErrors = archive.problems.some((p) => p.file === METADATA_FILE && p.severity === 'error');
  const moves: Move[] = [
    ...diff.moved.map((m) => ({ fromUrl: m.before.url, fromId: m.before.id, toId: m.after.id, reason: moveReason(m) })),
    ...issueMoves(diff.moved, new Set(archive.issues.map((i) => i.url))),
  ];
  // A move into /unsorted/ is a seed that lost its metadata, not a page that found a new home.
  const kept = moves.filter((m) => !m.toId.startsWith(`${UNSORTED.slug}-`));
  if (moves.length && metadataErrors) {
    redirectsHeld = `metadata.yaml 有错误：这次没有把 ${moves.length} 处地址变化写进 ${REDIRECTS_FILE}。改正元数据后再运行一次检查。`;
  } else if (kept.length < moves.length) {
    redirectsHeld = `${moves.length - kept.length} 篇文章搬到了“${UNSORTED.name}”下（它们的稿件没有登记）：这些变化没有写进 ${REDIRECTS_FILE}。在 metadata.yaml 中登记这些稿件后再运行一次检查。`;
  }
  if (redirectsHeld) console.log(`  ${redirectsHeld}`);
  if (kept.length && !metadataErrors && !opts['no-redirects']) {
    const existing = existsSync(redirectsFile) ? readRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile).redirects : [];
    const { redirects, added } = addMoves(existing, kept, new Date().toISOString().slice(0, 10));
    if (added.length || redirects.some((r, i) => r.to !== existing[i]?.to)) writeFileSync(redirectsFile, formatRedirects(redirects));
    redirectsAdded = added;
    for (const r of added) {
      console.log(`  新加转址：${r.from} → ${r.to}（${r.reason}）`);
      items.push({ tier: 'auto', kind: 'redirect-added', file: REDIRECTS_FILE, line: null, column: null, message: `${r.from} → ${r.to}（${r.reason}）`, fix: null, snippet: null, quote: null, article: null });
    }
    if (added.length) console.log(`  ${redirectsFile} 已更新：把它和稿件一起提交，旧地址才能继续打开`);
  }
  for (const a of diff.removed) {
    items.push({
      tier: 'check',
      kind: 'removed',
      file: a.seed || null,
      line: null,
      column: null,
      message: `《${a.headline}》（${a.url}）不在这次构建中：发布后这个地址会打不开`,
      fix: `有意删去的话可以不管；如果它换了地方，在 seeds/${REDIRECTS_FILE} 的 redirects: 下加一条转址，把 to 改成它现在的 id`,
      snippet: `  - from: ${a.url}\n    to: <文章现在的 id>`,
      quote: null,
      article: null,
    });
  }
} else console.log(`  ${previous.from}`);
if (existsSync(redirectsFile)) {
  const read = readRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile);
  const resolved = resolveRedirects(read, archive.articles, archive.issues, archive.publications.map((p) => `/${p.slug}/`));
  const metadataErrors = archive.problems.some((p) => p.file === METADATA_FILE && p.severity === 'error');
  for (const p of [...read.problems, ...resolved.problems]) {
    // An entry whose article a metadata error moved away: the metadata is what to fix.
    const fix = metadataErrors && p.field?.endsWith('.to')
      ? '先改正上面 metadata.yaml 的错误再运行一次：这条转址指向的文章可能因此暂时换了地址；改正后这一条还在的话，再把 to 改成文章现在的 id'
      : p.fix;
    items.push({ tier: p.severity === 'error' ? 'must' : 'check', kind: 'redirects', file: p.file, line: p.line, column: p.column, message: p.message, fix, snippet: p.snippet, quote: null, article: null });
  }
}

// 2. Build --------------------------------------------------------------------------------------
let built = true;
if (opts['no-build']) {
  step(2, `不构建（--no-build）：检查现有的 ${dist}`);
} else {
  step(2, `构建网站：先在临时文件夹中构建，成功后才替换 ${dist}`);
  const result = await timed('build', () => stagedBuild({ outDir: dist, env: { SEEDS_DIR: seedsDir } }));
  console.log(`  ${result.message}`);
  if (!result.ok) {
    built = false;
    items.push({ tier: 'must', kind: 'seed', file: null, line: null, column: null, message: result.message, fix: '看上面构建输出的错误消息；与稿件无关的话，把它交给维护网站的人', snippet: null, quote: null, article: null });
  }
}

// 3. Check dist/ ---------------------------------------------------------------------------------
let pages = 0;
if (built) {
  step(3, '检查构建出的网站');
  if (!distExists(dist)) {
    console.error(`${dist}：没有构建好的网站（缺少 index.html）；去掉 --no-build 再运行`);
    process.exit(1);
  }
  const files = listFiles(dist);
  pages = files.filter((f) => f.endsWith('.html')).length;
  await timed('check', async () => {
    const data = checkData(dist, files);
    console.log(`  开放数据与数据规范：${data.length} 个问题`);
    const links = checkLinks(dist, settings.origin, files);
    console.log(`  ${pages} 个页面的链接和资源：${links.length} 个坏链接`);
    const html = await validateHtml(dist, files);
    console.log(`  ${pages} 个页面的 HTML（html-validate）：${html.length} 个问题`);
    items.push(...siteItems('data', data), ...siteItems('links', links), ...siteItems('html', html));
  });
} else step(3, '构建失败，没有检查');

// 4. Report and summary --------------------------------------------------------------------------
step(4, '写出检查报告');
const passed = count('must') === 0;
const reportFile = writeReport(archive, diff, previous.from, redirectsAdded, redirectsHeld, pages);
if (passed && built && existsSync(join(dist, ARTICLES_INDEX))) {
  // The next check compares with this build unless told otherwise: its records in one file (the report's, not published).
  mkdirSync(join(reportDir, 'baseline'), { recursive: true });
  writeFileSync(baseline, JSON.stringify({ articles: readPublishedArticles(dist) }));
}

console.log(`\n${line}`);
console.log(passed ? '✓ 可以发布' : `✗ 不能发布：有 ${count('must')} 项必须修改`);
console.log(
  `  ${archive.seeds.length} 份稿件 → ${archive.articles.length} 篇文章，${archive.issues.length} 个期次 → ${pages} 个页面；建议检查 ${count('check')} 项，已自动处理 ${count('auto')} 项（见报告）`,
);
if (diff) {
  console.log(`  与上一次构建相比：新增 ${diff.added.length}，删除 ${diff.removed.length}，修改 ${diff.changed.length}，搬到新地址 ${diff.moved.length}（新加转址 ${redirectsAdded.length} 条）`);
} else console.log(`  变化：${previous.from}`);
for (const tier of ['must', 'check'] as const) {
  const mine = items.filter((i) => i.tier === tier);
  if (!mine.length) continue;
  console.log(`  ${TIERS[tier]}：`);
  const byKind = new Map<string, ReportItem[]>();
  for (const i of mine) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i]);
  for (const [kind, list] of byKind) {
    console.log(`    ${ITEM_KINDS[kind as keyof typeof ITEM_KINDS]}：${list.length} 项`);
    if (tier === 'must') {
      for (const i of list.slice(0, 5)) {
        console.log(`      - ${where(i)}${i.message}${i.fix ? `\n        怎么改：${i.fix}` : ''}`);
        if (i.snippet) console.log(i.snippet.split('\n').map((l) => `          ${l}`).join('\n'));
      }
      if (list.length > 5) console.log(`      … 其余 ${list.length - 5} 项见报告`);
    }
  }
}
console.log(`  用时：${timings.map(([k, ms]) => `${STEP_NAMES[k] ?? k} ${(ms / 1000).toFixed(1)} 秒`).join('，')}`);
console.log(`  报告：${reportFile}`);
console.log(line);
process.exitCode = passed ? 0 : 1;

function writeReport(
  a: Pick<Archive, 'seeds' | 'articles'>,
  d: ArchiveDiff | null,
  previousFrom: string,
  added: { from: string; to: string; reason?: string }[],
  held: string | null,
  pageCount: number,
): string {
  mkdirSync(reportDir, { recursive: true });
  const file = join(reportDir, 'index.html');
  writeFileSync(
    file,
    renderReport({
      generatedAt: new Date().toISOString().replace('T', ' ').slice(0, 19) + ' UTC',
      seedsDir,
      seeds: a.seeds,
      articles: a.articles,
      items,
      diff: d,
      previous: previousFrom,
      redirectsHeld: held,
      siteBase: opts['site-base'],
      timings,
    }),
  );
  const summary = {
    passed: count('must') === 0,
    seeds: a.seeds.length,
    articles: a.articles.length,
    pages: pageCount,
    tiers: { must: count('must'), check: count('check'), auto: count('auto') },
    changes: d && { added: d.added.length, removed: d.removed.length, changed: d.changed.length, moved: d.moved.length, unchanged: d.unchanged },
    redirectsAdded: added,
    redirectsHeld: held,
    timings: Object.fromEntries(timings.map(([k, ms]) => [k, Math.round(ms)])),
    items,
  };
  writeFileSync(join(reportDir, 'report.json'), JSON.stringify(summary, null, 2));
  return file;
}
