/**
 * The archive: every seed in a folder parsed into validated records, grouped into issues.
 * This is the only place that reads seed files; Astro's content loader, the scripts and the tests
 * all come through `loadArchive`. A bad seed is reported (file, line, what to do) and skipped;
 * the others publish as usual.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseSeed, type ParseResult } from '../parse/index.ts';
import { Article, Issue, type Ledger, type Publication, type ResolvedRedirect, type SeedMeta, type SeedWarning } from '../records/schema.ts';
import { gazetteerWords, loadGazetteer, placeMatcher, segmenterBoundaries, type Gazetteer, type PlaceMention } from '../places/gazetteer.ts';
import { KEYWORD_COUNT, keywords, useJieba } from '../places/jieba.ts';
import { aliasText, relatedArticles, suspectedAliases, villageLikeWords, type SuspectedAlias } from '../places/related.ts';
import { ParseCache, parserVersion } from './cache.ts';
import { DecodeError, decodeSeed } from './decode.ts';
import { issueDateLabel } from '../records/dates.ts';
import { articleSlug, issueDateKey, issueKey, issueUrl } from './ids.ts';
import { readMetadata } from './metadata.ts';
import { readRedirects, REDIRECTS_FILE, resolveRedirects } from './redirects.ts';

export const METADATA_FILE = 'metadata.yaml';
export const PLACES_FILE = 'places.yaml';

/** Publication of seeds that metadata does not name: their text stays visible, under this heading. */
export const UNSORTED: Publication = { slug: 'unsorted', name: '未编目', description: '元数据中没有登记的稿件，等待编辑补充。' };

export interface SeedReport {
  seed: string;
  encoding: string | null;
  articles: number;
  ledger: Ledger | null;
  warnings: SeedWarning[];
  /** Set when the seed could not be read at all. */
  error: string | null;
  parse: ParseResult | null;
}

export interface Archive {
  seedsDir: string;
  publications: Publication[];
  articles: Article[];
  issues: Issue[];
  seeds: SeedReport[];
  /** Errors not tied to one seed (metadata file). */
  errors: string[];
  gazetteer: Gazetteer;
  /** Place-like names in the text that the gazetteer lacks but nearly has (马道 vs 马道头村), for an editor to confirm. */
  suspectedAliases: SuspectedAlias[];
  /** Old addresses of articles whose id changed, from `redirects.yaml`, each with the article it now leads to. */
  redirects: ResolvedRedirect[];
  stats: LoadStats;
}

export interface LoadStats {
  /** Seeds read by the parser in this load, and seeds taken from the parse cache. */
  parsed: string[];
  cached: string[];
  /** Milliseconds per step: `read` (files, parser, places, keywords or cache), `assemble` (ids, records, issues), `related`, `aliases`. */
  phases: Record<'read' | 'assemble' | 'related' | 'aliases', number>;
}

/**
 * What reading one seed yields besides its text: the parse, and per article the places it names,
 * its keywords and its village-like words. The unit the parse cache keeps.
 */
export interface SeedAnalysis {
  parse: ParseResult;
  articles: { mentions: Pick<PlaceMention, 'name' | 'town' | 'kind' | 'as'>[]; keywords: string[]; villageWords: string[] }[];
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
  /** Keep each seed's analysis in this folder and reuse it while seed, metadata and parser are unchanged (see cache.ts). */
  cacheDir?: string | null;
  /** The parser version keying the cache; computed from the sources when left out (tests set it). */
  parserVersion?: string;
}

export function loadArchive(seedsDir = defaultSeedsDir(), options: LoadOptions = {}): Archive {
  const errors: string[] = [];
  const metaPath = join(seedsDir, METADATA_FILE);
  const metadata = existsSync(metaPath)
    ? readMetadata(readFileSync(metaPath, 'utf8'), metaPath)
    : { publications: [], seeds: new Map<string, SeedMeta>(), errors: [`${metaPath}: missing; every seed is read without metadata`] };
  if (!existsSync(metaPath) && options.only) metadata.errors = [];
  errors.push(...metadata.errors);

  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt') && statSync(join(seedsDir, f)).isFile())
    .filter((f) => !options.only || options.only.includes(f))
    .sort();
  for (const name of options.only ? [] : metadata.seeds.keys()) {
    if (!files.includes(name)) errors.push(`${metaPath}: field seeds.${name}: no such file in ${seedsDir}`);
  }

  const placesFile = existsSync(join(seedsDir, PLACES_FILE)) ? join(seedsDir, PLACES_FILE) : undefined;
  const gazetteer = loadGazetteer({ editorFile: placesFile });
  // nodejieba is loaded only when a seed has to be read: a build served from the cache skips it.
  let analyse: ((text: string, meta: SeedMeta, file: string) => SeedAnalysis) | null = null;
  const analyser = () => (analyse ??= seedAnalyser(gazetteer));
  const cache = options.cacheDir
    ? new ParseCache<SeedAnalysis>(options.cacheDir, options.parserVersion ?? parserVersion({ placesFile: placesFile ?? null }))
    : null;
  const stats: LoadStats = { parsed: [], cached: [], phases: { read: 0, assemble: 0, related: 0, aliases: 0 } };
  const publications = [...metadata.publications];
  const pubBySlug = new Map(publications.map((p) => [p.slug, p]));

  const seeds: SeedReport[] = [];
  const articles: Article[] = [];
  const villageWords = new Map<string, string[]>();
  const issues = new Map<string, Issue>();
  /** Article URLs given so far, for the -2, -3 of a repeated headline (kept, not rebuilt per article: that was quadratic). */
  const takenUrls = new Set<string>();
  const seedPages = new Map<string, string | null>();
  /** `<issue key> p<page>` → the seed that is that page, to catch one page given by two files. */
  const pageOwner = new Map<string, string>();

  for (const [index, file] of files.entries()) {
    const started = performance.now();
    const report: SeedReport = { seed: file, encoding: null, articles: 0, ledger: null, warnings: [], error: null, parse: null };
    seeds.push(report);
    if (index > 0) options.onSeed?.(index, files.length, seeds[index - 1]!);
    let text: string;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(seedsDir, file));
      const decoded = decodeSeed(bytes);
      text = decoded.text;
      report.encoding = decoded.encoding;
      report.warnings.push(...decoded.warnings.map((message) => ({ line: 0, message })));
    } catch (err) {
      report.error = `${file}: ${err instanceof DecodeError ? err.message : `cannot read: ${(err as Error).message}`}`;
      continue;
    }
    if (text.trim() === '') {
      report.error = `${file}: the file is empty; nothing to publish`;
      continue;
    }
    let meta = metadata.seeds.get(file);
    if (!meta) {
      report.warnings.push({ line: 0, message: `not listed in ${METADATA_FILE}: publication unknown, shown under ${UNSORTED.name}` });
      if (!pubBySlug.has(UNSORTED.slug)) {
        publications.push(UNSORTED);
        pubBySlug.set(UNSORTED.slug, UNSORTED);
      }
      meta = { publication: UNSORTED.slug };
    }
    const pub = pubBySlug.get(meta.publication)!;
    const key = cache?.key(file, { kind: meta.kind, date: meta.date }, bytes);
    let analysis = key ? cache!.get(key) : null;
    if (analysis) stats.cached.push(file);
    else {
      analysis = analyser()(text, meta, file);
      if (key) cache!.set(key, analysis);
      stats.parsed.push(file);
    }
    stats.phases.read += performance.now() - started;
    const assembling = performance.now();
    const parsed = analysis.parse;
    report.parse = parsed;
    report.ledger = parsed.ledger;
    report.warnings.push(...parsed.warnings);
    // A page of furniture alone loses nothing (the parser's warning says so); text that found no article is an error.
    if (parsed.articles.length === 0 && parsed.unplaced.length > 0) report.error = `${file}: no recognizable article; its text is kept as unplaced on the issue page`;

    // Only a year an editor gave goes into an address (see ids.ts).
    const metaYear = typeof meta.date === 'string' && /^\d{4}$/u.test(meta.date) ? Number(meta.date) : null;
    const dateKey = issueDateKey(parsed.issueDate.date, file, metaYear);
    const issueKeyOf = issueKey(pub.slug, dateKey);
    const ref = {
      publication: pub.slug,
      publicationName: pub.name,
      date: parsed.issueDate.date,
      dateSource: parsed.issueDate.source,
      year: parsed.issueDate.year,
      inferred: parsed.issueDate.inferred,
      dateLabel: issueDateLabel(parsed.issueDate),
      number: meta.number ?? null,
      page: meta.page ?? null,
      pageName: meta.pageName ?? null,
      url: issueUrl(pub.slug, dateKey),
      key: issueKeyOf,
    };
    const issue =
      issues.get(issueKeyOf) ?? { ...ref, page: null, pageName: null, seeds: [], articles: [], furniture: [], unplaced: [] };
    issues.set(issueKeyOf, issue);
    if (ref.page) {
      const owner = pageOwner.get(`${issueKeyOf} p${ref.page}`);
      if (owner) {
        errors.push(
          `${metaPath}: field seeds.${file}.page: page ${ref.page} of ${pub.slug} ${dateKey} is also ${owner}; a page is one file — fix the date or page of one of them (both are published meanwhile)`,
        );
      } else pageOwner.set(`${issueKeyOf} p${ref.page}`, file);
    }
    issue.seeds.push(file);
    seedPages.set(file, ref.page);
    issue.number ??= ref.number;
    issue.furniture.push(...parsed.furniture.map((f) => ({ ...f, seed: file })));
    issue.unplaced.push(...parsed.unplaced.map((u) => ({ ...u, seed: file })));

    parsed.articles.forEach((a, i) => {
      const { mentions, keywords: words, villageWords: village } = analysis.articles[i]!;
      let slug = articleSlug(ref.page, a.headline);
      for (let k = 2; takenUrls.has(`${ref.url}${slug}/`); k++) slug = `${articleSlug(ref.page, a.headline)}-${k}`;
      const record = Article.parse({
        ...a,
        id: `${issueKeyOf}-${slug}`,
        url: `${ref.url}${slug}/`,
        seed: file,
        issue: ref,
        places: mentions.map((p) => p.name),
        placeDetails: mentions.map((p) => ({ name: p.name, town: p.town, kind: p.kind, as: p.as })),
        keywords: words,
        related: [],
        warnings: a.warnings,
      });
      articles.push(record);
      takenUrls.add(record.url);
      villageWords.set(record.id, village);
      issue.articles.push(record.id);
      report.articles++;
    });
    stats.phases.assemble += performance.now() - assembling;
  }

  if (files.length > 0) options.onSeed?.(files.length, files.length, seeds.at(-1)!);

  const redirectsPath = join(seedsDir, REDIRECTS_FILE);
  let redirects: ResolvedRedirect[] = [];
  if (existsSync(redirectsPath) && !options.only) {
    const read = readRedirects(readFileSync(redirectsPath, 'utf8'), redirectsPath);
    const otherPages = publications.map((p) => `/${p.slug}/`);
    const resolved = resolveRedirects(read.redirects, articles, [...issues.values()], otherPages, redirectsPath);
    errors.push(...read.errors, ...resolved.errors);
    redirects = resolved.resolved;
  }

  let started = performance.now();
  const related = relatedArticles(articles);
  for (const a of articles) a.related = related.get(a.id) ?? [];
  // An issue lists its pages in page order, whatever order their files sort in (0000_p2.txt may
  // sort before 000_p1.txt); pages without a number keep file order, after the numbered ones.
  const seedOfArticle = new Map(articles.map((a) => [a.id, a.seed]));
  for (const issue of issues.values()) {
    if (issue.seeds.length < 2) continue;
    const rank = new Map(issue.seeds.map((seed) => [seed, pageNumber(seedPages.get(seed) ?? null)]));
    issue.seeds.sort((x, y) => rank.get(x)! - rank.get(y)!);
    const position = new Map(issue.seeds.map((seed, i) => [seed, i]));
    issue.articles.sort((x, y) => position.get(seedOfArticle.get(x)!)! - position.get(seedOfArticle.get(y)!)!);
  }
  const issueList = [...issues.values()].map((i) => Issue.parse(i));
  stats.phases.related = performance.now() - started;
  started = performance.now();
  const suspects = suspectedAliases(articles, gazetteer, (a) => villageWords.get(a.id) ?? []);
  stats.phases.aliases = performance.now() - started;
  return { seedsDir, publications, articles, issues: issueList, seeds, errors, gazetteer, suspectedAliases: suspects, redirects, stats };
}

/** Whether seed `done` of `total` is a tenth of the way (or the last): when long loads report progress. */
export const isProgressStep = (done: number, total: number) => done === total || done % Math.ceil(total / 10) === 0;

/** Sort key of a printed page (版次): `2`, `A2`, `第3版` → its number; unknown pages last. */
function pageNumber(page: string | null): number {
  const n = page?.match(/\d+/u);
  return n ? Number(n[0]) : Number.MAX_SAFE_INTEGER;
}

/**
 * Reads one seed: the parser, then per article the places it names (longest match, where jieba
 * agrees it is a word), its keywords and its village-like words. Loads nodejieba with the gazetteer.
 */
function seedAnalyser(gazetteer: Gazetteer): (text: string, meta: SeedMeta, file: string) => SeedAnalysis {
  const jieba = useJieba(gazetteerWords(gazetteer));
  const cut = (t: string) => jieba.cut(t);
  const findPlaces = placeMatcher(gazetteer, segmenterBoundaries(cut));
  return (text, meta, file) => {
    const parse = parseSeed(text, { seed: file, kind: meta.kind, date: meta.date });
    return {
      parse,
      articles: parse.articles.map((a) => {
        const allText = [a.kicker, a.headline, a.subheadline, ...a.body, ...a.captions.map((c) => c.text)].filter(Boolean).join('\n');
        const mentions = findPlaces(allText).map((p) => ({ name: p.name, town: p.town, kind: p.kind, as: p.as }));
        return {
          mentions,
          keywords: keywords(jieba, allText, KEYWORD_COUNT, mentions.map((p) => p.name)),
          villageWords: villageLikeWords(aliasText(a), cut),
        };
      }),
    };
  };
}

/** One line per seed, for the build log and `npm run parse -- --report`. */
export function summarize(archive: Archive): string[] {
  const lines = archive.errors.map((e) => `error: ${e}`);
  for (const s of archive.seeds) {
    if (s.error && !s.parse) {
      lines.push(`✗ ${s.seed}: ${s.error}`);
      continue;
    }
    const l = s.ledger!;
    lines.push(
      `${s.error ? '✗' : '✓'} ${s.seed}: ${s.articles} article(s), ${s.warnings.length} warning(s); chars in ${l.charsIn} = placed ${l.placed} + furniture ${l.furniture} + duplicates removed ${l.removed} + unplaced ${l.unplaced}${l.balanced ? '' : '  ✗ LEDGER DOES NOT BALANCE'}`,
    );
    if (s.error) lines.push(`    ${s.error}`);
  }
  return lines;
}

export const seedName = (path: string) => basename(path);
