/**
 * The archive: every seed in a folder read into validated records, grouped into issues. This is
 * the only place that reads the seeds folder; Astro's content loader, the scripts and the tests
 * all come through `loadArchive`, which runs five steps:
 *
 *   read      the editors' files (metadata.yaml, redirects.yaml, places.yaml) and the folder listing
 *   parse     each seed on its own: decode, then parser + places + keywords, or the parse cache (seed.ts)
 *   assemble  each seed's article records (seed.ts), gathered into issues
 *   link      redirects to the articles they lead to, related articles, suspected place aliases
 *   order     each issue's pages and articles in page order
 *
 * A metadata.yaml or redirects.yaml that cannot be read as a whole throws ArchiveReadError (the
 * build and the check stop: publishing nothing beats moving everything). A bad seed or a bad entry
 * is a problem (file, line, what to do) and is skipped; the others publish as usual.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Issue, type Article, type ArchiveProblem, type Publication, type ResolvedRedirect, type SeedMeta } from '../records/schema.ts';
import { loadGazetteer, type Gazetteer } from '../places/gazetteer.ts';
import { relatedArticles, suspectedAliases, type SuspectedAlias } from '../places/related.ts';
import { ParseCache, parserVersion } from './cache.ts';
import { listSeeds, type SeedFile, type SeedListing } from './listing.ts';
import { countArticleWords, shardWords, type WordShard } from '../records/vocabulary.ts';
import { readSeedsInProcess } from './seed-process.ts';
import { seedLimits } from './seed-pool.ts';
import type { SeedTask } from './seed-worker.ts';
import { METADATA_FILE, readMetadata, seedEntrySnippet, type Metadata } from './metadata.ts';
import { readRedirects, REDIRECTS_FILE, resolveRedirects, type RedirectsRead } from './redirects.ts';
import { emptyReport, outcomeSeeds, parseSeedFile, seedAnalyser, seedRecords, type ParsedSeed, type SeedAnalyser, type SeedAnalysis, type SeedOutcome, type SeedReport } from './seed.ts';

export { ArchiveReadError } from './yaml-file.ts';
export { METADATA_FILE } from './metadata.ts';
export type { SeedAnalysis, SeedReport } from './seed.ts';
export const PLACES_FILE = 'places.yaml';

/** Publication of seeds that metadata does not name: their text stays visible, under this heading. */
export const UNSORTED: Publication = { slug: 'unsorted', name: '未编目', description: '元数据中没有登记的稿件，等待编辑补充。' };

export interface Archive {
  seedsDir: string;
  publications: Publication[];
  articles: Article[];
  issues: Issue[];
  seeds: SeedReport[];
  /** Problems not tied to one seed's text: metadata.yaml, redirects.yaml, the folder listing. */
  problems: ArchiveProblem[];
  /** Entries of the seeds folder that are not read as seeds, each with the reason. */
  skipped: { name: string; reason: string }[];
  /** The metadata as read (entries as written, for corrected snippets); null without a metadata.yaml. */
  metadata: Metadata | null;
  gazetteer: Gazetteer;
  /** Place-like names in the text that the gazetteer lacks but nearly has (马道 vs 马道头村), for an editor to confirm. */
  suspectedAliases: SuspectedAlias[];
  /** Old addresses of articles whose id changed, from `redirects.yaml`, each with the article it now leads to. */
  redirects: ResolvedRedirect[];
  /** The articles' words by length, for the search page's near-miss suggestions (src/records/vocabulary.ts). */
  vocabulary: WordShard[];
  /** jieba's words of every headline and kicker, by text (where the pages may break them: src/read-model/words.ts). */
  titleWords: Map<string, string[]>;
  stats: LoadStats;
}

export interface LoadStats {
  /** Seeds read by the parser in this load, and seeds taken from the parse cache. */
  parsed: string[];
  cached: string[];
  /** Milliseconds per step: `read` (files, parser, places, keywords or cache), `assemble` (ids, records, issues), `related`, `aliases`. */
  phases: Record<'read' | 'assemble' | 'related' | 'aliases', number>;
}

/** The seeds folder: `SEEDS_DIR` if set (a corpus elsewhere), else `seeds/`. */
export function defaultSeedsDir(): string {
  return resolve(process.env.SEEDS_DIR || 'seeds');
}

export interface LoadOptions {
  /** Read only these file names of the folder (the parse CLI given single files). */
  only?: string[];
  /** Called after each seed is read (progress for long builds). */
  onSeed?: (done: number, total: number, report: SeedReport) => void;
  /** Keep each seed's analysis in this folder and reuse it while seed, metadata and code are unchanged (see cache.ts). */
  cacheDir?: string | null;
  /** The code version keying the cache; computed from the sources when left out (tests set it). */
  parserVersion?: string;
  /** How each seed's text is analysed: the parser with places and keywords unless given (tests give one that fails). */
  analyser?: (gazetteer: Gazetteer) => SeedAnalyser;
}

/**
 * The archive, every seed read in this process, one after another. For tests (which may give
 * their own analyser) and tools reading a few seeds; the build, the check, `npm run parse` and
 * `npm run add` read through loadArchiveInWorkers, where a seed that never finishes is stopped.
 */
export function loadArchive(seedsDir = defaultSeedsDir(), options: LoadOptions = {}): Archive {
  const stats: LoadStats = { parsed: [], cached: [], phases: { read: 0, assemble: 0, related: 0, aliases: 0 } };
  const started = performance.now();
  const inputs = readInputs(seedsDir, options);
  const parsed = parseSeeds(inputs, options, stats);
  stats.phases.read = performance.now() - started;
  return assembleArchive(inputs, parsed, stats);
}

/**
 * The archive, every seed read in a worker of the seed pool (seed-pool.ts): one per core, each
 * seed with a time and a memory limit, so that no seed — whatever it does — stops the others.
 * `options.analyser` is not used here (workers read with the real analyser).
 */
export async function loadArchiveInWorkers(seedsDir = defaultSeedsDir(), options: LoadOptions = {}): Promise<Archive> {
  const stats: LoadStats = { parsed: [], cached: [], phases: { read: 0, assemble: 0, related: 0, aliases: 0 } };
  const started = performance.now();
  const inputs = readInputs(seedsDir, options);
  const { jobs, tasks } = seedTasks(inputs, options.cacheDir ?? null, options.parserVersion);
  const total = jobs.length + inputs.listing.refused.length;
  let done = 0;
  const { outcomes, wordCounts } = await readSeedsInProcess(tasks, (outcome) => options.onSeed?.(++done, total, outcome.seed.report));
  // A PDF of several pages yields a seed per page (seed.ts, readPdfPages).
  const parsed = outcomes.flatMap((file, i) =>
    outcomeSeeds(file).map((outcome) => {
      if (outcome.source === 'parsed') stats.parsed.push(outcome.seed.report.seed);
      else if (outcome.source === 'cached') stats.cached.push(outcome.seed.report.seed);
      return noteUnlisted(inputs, jobs[i]!.listed, outcome.seed);
    }),
  );
  const out = [...parsed, ...refusedSeeds(inputs, (report) => options.onSeed?.(++done, total, report))];
  stats.phases.read = performance.now() - started;
  return assembleArchive(inputs, sortBySeed(out), stats, wordCounts);
}

/**
 * Reads every seed that the parse cache does not hold yet into the cache, keeping nothing: the build's first step
 * (src/build/warm-parse.ts), run before Astro starts so that the parse's memory and Astro's never add up. Resolves with
 * how many seeds were read, how many came from the cache already, and how many failed (the build reads those again and
 * reports them).
 */
export async function warmParseCache(seedsDir: string, cacheDir: string, onSeed?: (done: number, total: number) => void, version?: string): Promise<{ parsed: number; cached: number; failed: number }> {
  const { tasks } = seedTasks(readInputs(seedsDir, {}), cacheDir, version);
  const counts = { parsed: 0, cached: 0, failed: 0 };
  let done = 0;
  const count = (outcome: SeedOutcome) => {
    onSeed?.(++done, tasks.length);
    for (const { source } of outcomeSeeds(outcome)) counts[source]++;
  };
  await readSeedsInProcess(tasks, count, seedLimits(), false);
  return counts;
}

/** The seed pool's tasks for the listed seeds, each with the parse cache (or none) keyed by the parser's version. */
function seedTasks(inputs: ArchiveInputs, cacheDir: string | null, version?: string) {
  const cache = cacheDir ? { dir: cacheDir, version: version ?? parserVersion({ placesFile: inputs.placesFile }) } : null;
  const jobs = seedJobs(inputs);
  return { jobs, tasks: jobs.map(({ file, meta }): SeedTask => ({ file, meta, placesFile: inputs.placesFile, cache })) };
}

/** Steps 3–5 on the parsed seeds, and the archive they make. */
function assembleArchive(inputs: ArchiveInputs, parsed: ParsedSeed[], stats: LoadStats, wordCounts?: Map<string, number>): Archive {
  let started = performance.now();
  const assembly = newAssembly(inputs);
  // Counted already where the seeds were read (seed-process.ts: their lists arrive empty).
  if (wordCounts) assembly.wordCounts = wordCounts;
  for (const seed of parsed) assembleSeed(assembly, seed);
  stats.phases.assemble = performance.now() - started;

  started = performance.now();
  const redirects = linkRedirects(inputs, assembly);
  const related = relatedArticles(assembly.articles);
  for (const a of assembly.articles) a.related = related.get(a.id) ?? [];
  const issues = orderIssues(assembly);
  stats.phases.related = performance.now() - started;

  started = performance.now();
  const suspects = suspectedAliases(assembly.articles, inputs.gazetteer, (a) => assembly.villageWords.get(a.id) ?? []);
  stats.phases.aliases = performance.now() - started;
  return {
    seedsDir: inputs.seedsDir,
    publications: assembly.publications,
    articles: assembly.articles,
    issues,
    seeds: parsed.map((s) => s.report),
    problems: inputs.problems,
    skipped: inputs.listing.skipped,
    metadata: inputs.metadata,
    gazetteer: inputs.gazetteer,
    suspectedAliases: suspects,
    redirects,
    vocabulary: shardWords(assembly.wordCounts),
    titleWords: assembly.titleWords,
    stats,
  };
}

// 1. Read ------------------------------------------------------------------------------------------

interface ArchiveInputs {
  seedsDir: string;
  metadata: Metadata | null;
  listing: SeedListing;
  gazetteer: Gazetteer;
  placesFile: string | null;
  redirects: RedirectsRead | null;
  /** Problems found so far; later steps add theirs. */
  problems: ArchiveProblem[];
}

const problemOf = (p: Partial<ArchiveProblem> & Pick<ArchiveProblem, 'file' | 'message'>): ArchiveProblem => ({
  severity: 'error',
  line: null,
  column: null,
  field: null,
  fix: null,
  snippet: null,
  ...p,
});

/** The editors' files and the folder listing. Throws ArchiveReadError for a YAML file that cannot be read as a whole. */
function readInputs(seedsDir: string, options: LoadOptions): ArchiveInputs {
  const problems: ArchiveProblem[] = [];
  const metaPath = join(seedsDir, METADATA_FILE);
  const metadata = existsSync(metaPath) ? readMetadata(readFileSync(metaPath, 'utf8'), metaPath) : null;
  if (metadata) problems.push(...metadata.problems);
  else if (!options.only) {
    problems.push(problemOf({ file: METADATA_FILE, message: '没有 metadata.yaml：每份稿件都按未登记处理，列在“未编目”下', fix: '照 README“添加稿件”一节建立 metadata.yaml' }));
  }

  // Refused files (a link leaving the folder) are seeds that cannot be read: their reports carry the error (parse step).
  const listing = listSeeds(seedsDir, options.only);
  if (metadata && !options.only) {
    const read = new Set([...listing.seeds.map((s) => s.name), ...listing.refused.map((s) => s.name)]);
    const skipped = new Map(listing.skipped.map((s) => [s.name, s.reason]));
    for (const name of metadata.seeds.keys()) {
      if (read.has(name)) continue;
      const at = metadata.locate(['seeds', name]);
      problems.push(
        problemOf({
          file: METADATA_FILE,
          line: at?.line ?? null,
          column: at?.column ?? null,
          field: `seeds.${name}`,
          message: skipped.has(name) ? `登记了 ${name}，但它没有被读入：${skipped.get(name)}` : `登记了 ${name}，但 seeds 文件夹里没有这个文件`,
          fix: '把文件放进 seeds 文件夹（文件名一字不差），或删除这个条目',
        }),
      );
    }
  }

  const placesFile = existsSync(join(seedsDir, PLACES_FILE)) ? join(seedsDir, PLACES_FILE) : null;
  const gazetteer = loadGazetteer({ editorFile: placesFile ?? undefined });
  const redirectsPath = join(seedsDir, REDIRECTS_FILE);
  const redirects = existsSync(redirectsPath) && !options.only ? readRedirects(readFileSync(redirectsPath, 'utf8'), redirectsPath) : null;
  if (redirects) problems.push(...redirects.problems);
  return { seedsDir, metadata, listing, gazetteer, placesFile, redirects, problems };
}

// 2. Parse -----------------------------------------------------------------------------------------

/** Each seed of the listing with the metadata it is read with (`listed`: its entry, if metadata has one). */
function seedJobs(inputs: ArchiveInputs): { file: SeedFile; meta: SeedMeta; listed: SeedMeta | undefined }[] {
  return inputs.listing.seeds.map((file) => {
    const listed = inputs.metadata?.seeds.get(file.name);
    return { file, meta: listed ?? { publication: UNSORTED.slug }, listed };
  });
}

/** A seed metadata does not list (or lists with errors) is read as unsorted, and its report says so. */
function noteUnlisted(inputs: ArchiveInputs, listed: SeedMeta | undefined, seed: ParsedSeed): ParsedSeed {
  if (!listed && seed.analysis) {
    const message = inputs.metadata?.entries.has(seed.report.seed)
      ? `${METADATA_FILE} 中它的条目有错误（见上）：暂按未登记处理，列在“${UNSORTED.name}”下`
      : `没有在 ${METADATA_FILE} 中登记：报刊不详，列在“${UNSORTED.name}”下`;
    seed.report.warnings.unshift({ line: 0, message });
  }
  return seed;
}

/** Refused files (a link leaving the folder, a broken link) as seeds with their error. */
function refusedSeeds(inputs: ArchiveInputs, onSeed: (report: SeedReport) => void): ParsedSeed[] {
  return inputs.listing.refused.map((r) => {
    const report = { ...emptyReport(r.name), error: `${r.name}：${r.reason}` };
    onSeed(report);
    return { report, meta: { publication: UNSORTED.slug }, analysis: null };
  });
}

const sortBySeed = (seeds: ParsedSeed[]) => seeds.sort((a, b) => (a.report.seed < b.report.seed ? -1 : a.report.seed > b.report.seed ? 1 : 0));

/** Every seed parsed on its own in this process (a failure is that seed's error), refused files as seeds with their error. */
function parseSeeds(inputs: ArchiveInputs, options: LoadOptions, stats: LoadStats): ParsedSeed[] {
  // nodejieba is loaded only when a seed has to be read: a build served from the cache skips it.
  let analyse: SeedAnalyser | null = null;
  const analyser = () => (analyse ??= (options.analyser ?? seedAnalyser)(inputs.gazetteer));
  const cache = options.cacheDir
    ? new ParseCache<SeedAnalysis>(options.cacheDir, options.parserVersion ?? parserVersion({ placesFile: inputs.placesFile }))
    : null;
  const jobs = seedJobs(inputs);
  const total = jobs.length + inputs.listing.refused.length;
  const out: ParsedSeed[] = [];
  for (const { file, meta, listed } of jobs) {
    for (const page of parseSeedFile(file, meta, analyser, cache, stats)) {
      const seed = noteUnlisted(inputs, listed, page);
      out.push(seed);
      options.onSeed?.(out.length, total, seed.report);
    }
  }
  let done = out.length;
  out.push(...refusedSeeds(inputs, (report) => options.onSeed?.(++done, total, report)));
  return sortBySeed(out);
}

// 3. Assemble --------------------------------------------------------------------------------------

/** What assembling has gathered so far; seeds are added one at a time (assembleSeed). */
interface Assembly {
  inputs: ArchiveInputs;
  publications: Publication[];
  pubBySlug: Map<string, Publication>;
  articles: Article[];
  issues: Map<string, Issue>;
  villageWords: Map<string, string[]>;
  /** Articles each word of the vocabulary occurs in (src/records/vocabulary.ts). */
  wordCounts: Map<string, number>;
  titleWords: Map<string, string[]>;
  /** Article URLs given so far, for the -2, -3 of a repeated headline (kept, not rebuilt per article: that was quadratic). */
  takenUrls: Set<string>;
  seedPages: Map<string, string | null>;
  /** `<issue key> p<page>` → the seed that is that page, to catch one page given by two files. */
  pageOwner: Map<string, string>;
}

function newAssembly(inputs: ArchiveInputs): Assembly {
  const publications = [...(inputs.metadata?.publications ?? [])];
  return {
    inputs,
    publications,
    pubBySlug: new Map(publications.map((p) => [p.slug, p])),
    articles: [],
    issues: new Map(),
    villageWords: new Map(),
    wordCounts: new Map(),
    titleWords: new Map(),
    takenUrls: new Set(),
    seedPages: new Map(),
    pageOwner: new Map(),
  };
}

/** Adds one parsed seed's records to the assembly; a seed whose records fail validation gets that as its error. */
function assembleSeed(assembly: Assembly, seed: ParsedSeed): void {
  if (!seed.analysis) return;
  const meta: SeedMeta = seed.meta;
  if (meta.publication === UNSORTED.slug && !assembly.pubBySlug.has(UNSORTED.slug)) {
    assembly.publications.push(UNSORTED);
    assembly.pubBySlug.set(UNSORTED.slug, UNSORTED);
  }
  const file = seed.report.seed;
  let records;
  try {
    records = seedRecords(seed as ParsedSeed & { analysis: SeedAnalysis }, assembly.pubBySlug.get(meta.publication)!, assembly.takenUrls);
  } catch (err) {
    seed.report.error = `${file}：解析结果不符合数据规范（${(err as Error).message.split('\n')[0]}），这份稿件本次没有发布：把这条消息和文件交给维护网站的人`;
    seed.report.articles = 0;
    return;
  }
  const { ref, articles, villageWords } = records;
  const parsed = seed.analysis.parse;
  // The issue's own 版次 is its pages' (issuePagesOf): none at the issue's level, given or inferred.
  const { pageInferred: _pageInferred, ...issueRef } = ref;
  const issue = assembly.issues.get(ref.key) ?? { ...issueRef, page: null, pageName: null, seeds: [], articles: [], furniture: [], unplaced: [] };
  assembly.issues.set(ref.key, issue);
  if (ref.page) {
    const slot = `${ref.key} p${ref.page}`;
    const owner = assembly.pageOwner.get(slot);
    if (owner) {
      const at = assembly.inputs.metadata?.locate(['seeds', file, 'page']);
      const entry = assembly.inputs.metadata?.entries.get(file);
      assembly.inputs.problems.push(
        problemOf({
          file: METADATA_FILE,
          line: at?.line ?? null,
          column: at?.column ?? null,
          field: `seeds.${file}.page`,
          message: `${file} 和 ${owner} 都登记为 ${ref.publicationName} ${ref.dateLabel} 第${ref.page}版：一个版面只能是一个文件（两份暂时都发布）`,
          fix: '改正其中一份的 date 或 page',
          snippet: entry ? seedEntrySnippet(file, entry) : null,
        }),
      );
    } else assembly.pageOwner.set(slot, file);
  }
  issue.seeds.push(file);
  // A 版 without articles (a scan) keeps its 版次 here: no article carries it to its page's address.
  if (articles.length === 0) (issue.seedPages ??= {})[file] = ref.page;
  if (ref.pageInferred) (issue.inferredPages ??= []).push(file);
  assembly.seedPages.set(file, ref.page);
  issue.number ??= ref.number;
  issue.furniture.push(...parsed.furniture.map((f) => ({ ...f, seed: file })));
  for (const u of parsed.unplaced) issue.unplaced.push({ ...u, seed: file });
  for (const a of articles) {
    assembly.articles.push(a);
    assembly.takenUrls.add(a.url);
    issue.articles.push(a.id);
  }
  for (const [id, words] of villageWords) assembly.villageWords.set(id, words);
  for (const { vocabulary, titleWords } of seed.analysis.articles) {
    countArticleWords(vocabulary, assembly.wordCounts);
    for (const [text, words] of Object.entries(titleWords)) assembly.titleWords.set(text, words);
  }
  seed.report.articles = articles.length;
}

// 4. Link ------------------------------------------------------------------------------------------

/** The redirects of redirects.yaml that lead to a page of this build and hide none. */
function linkRedirects(inputs: ArchiveInputs, assembly: Assembly): ResolvedRedirect[] {
  if (!inputs.redirects) return [];
  const otherPages = assembly.publications.map((p) => `/${p.slug}/`);
  const { resolved, problems } = resolveRedirects(inputs.redirects, assembly.articles, [...assembly.issues.values()], otherPages);
  inputs.problems.push(...problems);
  return resolved;
}

// 5. Order -----------------------------------------------------------------------------------------

/**
 * An issue lists its pages in page order, whatever order their files sort in (0000_p2.txt may
 * sort before 000_p1.txt); pages without a number keep file order, after the numbered ones.
 */
function orderIssues(assembly: Assembly): Issue[] {
  const seedOfArticle = new Map(assembly.articles.map((a) => [a.id, a.seed]));
  for (const issue of assembly.issues.values()) {
    if (issue.seeds.length < 2) continue;
    const rank = new Map(issue.seeds.map((seed) => [seed, pageNumber(assembly.seedPages.get(seed) ?? null)]));
    issue.seeds.sort((x, y) => rank.get(x)! - rank.get(y)!);
    const position = new Map(issue.seeds.map((seed, i) => [seed, i]));
    issue.articles.sort((x, y) => position.get(seedOfArticle.get(x)!)! - position.get(seedOfArticle.get(y)!)!);
  }
  return [...assembly.issues.values()].map((i) => Issue.parse(i));
}

/** Sort key of a printed page (版次): `2`, `A2`, `第3版` → its number; unknown pages last. */
function pageNumber(page: string | null): number {
  const n = page?.match(/\d+/u);
  return n ? Number(n[0]) : Number.MAX_SAFE_INTEGER;
}

// Reporting ----------------------------------------------------------------------------------------

/** Whether seed `done` of `total` is a tenth of the way (or the last): when long loads report progress. */
export const isProgressStep = (done: number, total: number) => done === total || done % Math.ceil(total / 10) === 0;

/** `metadata.yaml:12:5`: where a problem is. */
export const problemPlace = (p: Pick<ArchiveProblem, 'file' | 'line' | 'column'>) => `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;

/** One line per problem (and how to fix it), then one per seed: for the build log and `npm run parse -- --report`. */
export function summarize(archive: Archive): string[] {
  const lines: string[] = [];
  for (const p of archive.problems) {
    lines.push(`${p.severity === 'error' ? '✗ 错误' : '! 注意'} ${problemPlace(p)}：${p.message}${p.fix ? `（${p.fix}）` : ''}`);
  }
  for (const s of archive.skipped) lines.push(`! 未读入 ${s.name}：${s.reason}`);
  for (const s of archive.seeds) {
    if (s.error && !s.parse) {
      lines.push(`✗ ${s.seed}：${s.error.replace(`${s.seed}：`, '')}`);
      continue;
    }
    const l = s.ledger!;
    lines.push(
      `${s.error ? '✗' : '✓'} ${s.seed}：${s.articles} 篇文章，${s.warnings.length} 条提示；字数 ${l.charsIn}${l.added ? ` + 补上的标点 ${l.added}` : ''} = 归入文章 ${l.placed} + 版面文字 ${l.furniture} + 删去的重复 ${l.removed} + 未归入 ${l.unplaced}${l.balanced ? '' : '  ✗ 字数对不上'}`,
    );
    if (s.error) lines.push(`    ${s.error}`);
  }
  return lines;
}
