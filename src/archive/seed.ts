/**
 * One seed, on its own: its bytes decoded (read), its text analysed — parser, places, keywords —
 * or taken from the parse cache (parse), and its article records made (records). Each step takes
 * one seed and returns what it yields, so a build can stream seeds through them; nothing here
 * looks at another seed except through the `taken` addresses the caller passes in.
 *
 * A seed is parsed in isolation: whatever goes wrong inside the parser or the analysis (an
 * exception, a stack overflow on a huge page) or the file's size becomes that seed's error,
 * naming the file and, where known, the line; every other seed publishes.
 */
import { readFileSync } from 'node:fs';
import { parseSeed, type ParseResult } from '../parse/index.ts';
import { Article, type Ledger, type Publication, type SeedMeta, type SeedWarning } from '../records/schema.ts';
import { issueDateLabel } from '../records/dates.ts';
import { gazetteerWords, placeMatcher, segmenterBoundaries, type Gazetteer, type PlaceMention } from '../places/gazetteer.ts';
import { KEYWORD_COUNT, keywords, parserAids, useJieba } from '../places/jieba.ts';
import { villageLikeWords } from '../places/related.ts';
import { vocabularyWords } from '../records/vocabulary.ts';
import { articleText } from '../records/text.ts';
import type { ParseCache } from './cache.ts';
import { DecodeError, decodeSeed } from './decode.ts';
import { boundHints } from '../parse/hints.ts';
import { articleSlug, issueDateKey, issueKey, issueUrl, pdfPageSeed, seedFileOf, seedLabel } from './ids.ts';
import type { SeedFile } from './listing.ts';
import { pdfNotes } from '../pdf/notes.ts';
import type { PageFeatures } from '../parse/features.ts';
import type { IssueDate } from '../parse/dates.ts';
import type { PdfSeed } from '../pdf/seed.ts';
import { readPdfSeedSync } from '../pdf/sync.ts';

/**
 * Largest seed read. A newspaper page is 5–20 kB and the 10 MB test seed (787 pages run together)
 * takes ≈ 30 s; a file beyond this is a mistake (a whole scan run, a binary), not a page, and
 * would only exhaust memory.
 */
export const MAX_SEED_BYTES = 64 * 1024 * 1024;

export interface SeedReport {
  seed: string;
  encoding: string | null;
  articles: number;
  ledger: Ledger | null;
  warnings: SeedWarning[];
  /** Set when the seed could not be read or parsed: what went wrong and what to do, in Chinese. */
  error: string | null;
  /** The line the error is at, when known. */
  errorLine: number | null;
  parse: ParseResult | null;
}

/**
 * What reading one seed yields besides its text: the parse, and per article the places it names,
 * its keywords and its village-like words. The unit the parse cache keeps.
 */
export interface SeedAnalysis {
  parse: ParseResult;
  articles: {
    mentions: Pick<PlaceMention, 'name' | 'town' | 'kind' | 'as'>[];
    keywords: string[];
    villageWords: string[];
    /** The article's words for the search page's near-miss suggestions (src/records/vocabulary.ts), cut here where jieba is loaded. */
    vocabulary: string[];
    /** jieba's words of its headline and kicker, by text: where the pages may break those lines (src/read-model/words.ts). */
    titleWords: Record<string, string[]>;
  }[];
}

/** `onLine` is told each line the parser reaches, then each article's first line as its places and keywords are read. */
export type SeedAnalyser = (text: string, meta: SeedMeta, file: string, features?: PageFeatures, onLine?: (line: number) => void) => SeedAnalysis;

/** A seed read and parsed: its report, and (unless it failed) its analysis and metadata. */
export interface ParsedSeed {
  report: SeedReport;
  meta: SeedMeta;
  analysis: SeedAnalysis | null;
  /**
   * A page of a PDF of several pages (its seed named `<file>#page=<n>`, ids.ts): the file it is in
   * (all its pages are one issue, addressed by the file), whether its 版次 (`meta.page`) is inferred
   * from its place in the file, and the issue date the file's pages share, when one page prints it.
   */
  filePage?: { file: string; pageInferred: boolean; issueDate: IssueDate | null };
}

export const emptyReport = (seed: string): SeedReport => ({
  seed,
  encoding: null,
  articles: 0,
  ledger: null,
  warnings: [],
  error: null,
  errorLine: null,
  parse: null,
});

/** A seed's bytes and text; a PDF's with its lines' layout features and the glyphs its reader dropped as drawn twice. */
export interface SeedText {
  bytes: Uint8Array;
  text: string;
  features?: PageFeatures;
  /** Glyphs of a PDF's text layer drawn twice (fake bold) and kept once: not in `text`, counted in the ledger as removed. */
  printDuplicates?: number;
  /** A PDF of several pages: the reading of each page, each to become its own 版 (readPdfPages). */
  pdfPages?: PdfSeed;
}

/** Step 1, read: the seed's bytes and text (or its report's error); a PDF's text comes with its lines' layout features. */
export function readSeedFile(file: SeedFile, report: SeedReport): SeedText | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (err) {
    report.error = `${file.name}：无法读取（${(err as Error).message}）：检查文件是否还在、能否打开`;
    return null;
  }
  if (bytes.length > MAX_SEED_BYTES) {
    report.error = `${file.name}：文件太大（${(bytes.length / 1024 / 1024).toFixed(0)} MB，上限 ${MAX_SEED_BYTES / 1024 / 1024} MB），不读入：一个文件放一个版面或一份公文，请拆开`;
    return null;
  }
  if (/\.pdf$/u.test(file.name)) return readPdfFile(file, bytes, report);
  let text: string;
  try {
    const decoded = decodeSeed(bytes);
    text = decoded.text;
    report.encoding = decoded.encoding;
    report.warnings = report.warnings.concat(decoded.warnings);
  } catch (err) {
    report.error = `${file.name}：${err instanceof DecodeError ? err.message : `无法解码（${(err as Error).message}）`}`;
    return null;
  }
  if (text.trim() === '') {
    report.error = `${file.name}：文件是空的，没有可发布的内容`;
    return null;
  }
  return { bytes, text };
}

/** PDFs read for quoting in this process, by path: a file of several pages is quoted once per page. */
const quotedPdfs = new Map<string, PdfSeed>();

/**
 * A seed's lines as the parser read them, to quote: the decoded text, or what the PDF reader makes
 * of a PDF — of one of its pages for a page of a file of several (`<path>#page=<n>`). Throws when unreadable.
 */
export function seedSourceLines(path: string): string[] {
  const { file, pdfPage } = seedFileOf(path);
  if (/\.pdf$/u.test(file)) {
    let seed = quotedPdfs.get(file);
    if (!seed) {
      const read = readPdfSeedSync(file);
      if (!read.ok) throw new Error(read.error);
      seed = read.seed;
      quotedPdfs.set(file, seed);
    }
    if (pdfPage === null) return seed.text.split('\n');
    const page = seed.perPage?.find((p) => p.number === pdfPage);
    if (!page?.seed) throw new Error(`${seedLabel(path)}：${page?.error ?? '没有这一页'}`);
    return page.seed.text.split('\n');
  }
  return decodeSeed(readFileSync(path)).text.split(/\r\n|\r|\n/u);
}

/** A PDF seed: read by the PDF reader in its own process (src/pdf/sync.ts); its notes become the report's warnings. */
function readPdfFile(file: SeedFile, bytes: Uint8Array, report: SeedReport): SeedText | null {
  const read = readPdfSeedSync(file.path);
  if (!read.ok) {
    report.error = `${file.name}：${read.error}`;
    return null;
  }
  report.encoding = 'pdf';
  // A file of several pages: each page is read as its own 版, with its own notes (readPdfPages).
  if (read.seed.perPage) return { bytes, text: '', pdfPages: read.seed };
  const notes = pdfNotes(file.name, read.seed);
  report.warnings.push(...notes.warnings);
  if (notes.error) {
    report.error = notes.error;
    return null;
  }
  return { bytes, text: read.seed.text, features: read.seed.features, printDuplicates: read.seed.doubled };
}

/** Why a parse failed, for editors: a stack overflow says "too long", anything else names the error. */
function parseFailure(file: string, err: unknown): { message: string; line: number | null } {
  const e = err instanceof Error ? err : new Error(String(err));
  const line = typeof (err as { line?: unknown })?.line === 'number' ? ((err as { line: number }).line) : null;
  const where = line ? `第${line}行附近` : '';
  const overflow = e instanceof RangeError && /call stack/iu.test(e.message);
  const what = overflow ? '文件太长或结构太深，解析器处理不了（栈溢出）' : `解析器出错（${e.name}: ${e.message}）`;
  return {
    message: `${file}：${where}${what}，这份稿件本次没有发布，其余稿件照常发布：${overflow ? '把文件按版面拆成几个较小的文件，并' : ''}把这条消息和文件交给维护网站的人`,
    line,
  };
}

/** Where a seed's analysis came from in this load: read now, from the cache, or none (the seed failed). */
export type SeedSource = 'parsed' | 'cached' | 'failed';

/** One seed read, wherever it was read (in this process or in a worker of the pool, seed-pool.ts). */
export interface SeedOutcome {
  seed: ParsedSeed;
  source: SeedSource;
  /**
   * A PDF of several pages: one outcome per page, each its own seed and 版, in page order; they
   * replace `seed` (which is the first of them). Absent for every other file.
   */
  pages?: SeedOutcome[];
}

/** The seeds an outcome yields: each page of a PDF of several pages, or the one seed. */
export const outcomeSeeds = (o: SeedOutcome): SeedOutcome[] => o.pages ?? [o];

const failedSeed = (report: SeedReport, meta: SeedMeta, err: unknown): SeedOutcome => {
  const failure = parseFailure(report.seed, err);
  report.error = failure.message;
  report.errorLine = failure.line;
  report.parse = null;
  report.ledger = null;
  report.articles = 0;
  return { seed: { report, meta, analysis: null }, source: 'failed' };
};

/**
 * Step 2, parse: the seed's analysis, from the cache when its bytes, metadata and the code are
 * unchanged; else by `analyse`, in isolation (see the file comment). Everything after reading —
 * the analysis, the cache write and the report — is guarded: a failure in any of them is this
 * seed's error. Only loading the analyser (nodejieba) may throw: that is not this seed's doing,
 * and the build stops rather than publish a site without its seeds.
 */
export function readSeed(file: SeedFile, meta: SeedMeta, analyse: () => SeedAnalyser, cache: ParseCache<SeedAnalysis> | null): SeedOutcome {
  const report = emptyReport(file.name);
  const read = readSeedFile(file, report);
  if (!read) return { seed: { report, meta, analysis: null }, source: 'failed' };
  if (read.pdfPages) return readPdfPages(file, meta, read.pdfPages, read.bytes, analyse, cache);
  return analyseSeed(file.name, meta, read, report, analyse, cache);
}

/** Step 2 for one seed's text (a file, or one page of a PDF of several): its analysis and report, guarded. */
function analyseSeed(name: string, meta: SeedMeta, read: SeedText, report: SeedReport, analyse: () => SeedAnalyser, cache: ParseCache<SeedAnalysis> | null): SeedOutcome {
  let key: string | undefined;
  let analysis: SeedAnalysis | null = null;
  try {
    key = cache?.key(name, { kind: meta.kind, date: meta.date }, read.bytes);
    analysis = key ? cache!.get(key) : null;
  } catch (err) {
    return failedSeed(report, meta, err);
  }
  const source: SeedSource = analysis ? 'cached' : 'parsed';
  const run = analysis ? null : analyse();
  try {
    analysis ??= run!(read.text, meta, name, read.features);
    if (key && source === 'parsed') cache!.set(key, analysis);
    fillReport(report, analysis, read.printDuplicates ?? 0);
  } catch (err) {
    return failedSeed(report, meta, err);
  }
  return { seed: { report, meta, analysis }, source };
}

/**
 * A PDF of several pages: each page its own seed (`<file>#page=<n>`) and 版 — its own text,
 * features, parse, ledger and notes — so its articles stand on the page they are printed on and
 * a story cut by （下转2版） links across pages as between text files. A damaged page is that
 * page's error; the others publish. Then each page is numbered (pageNumbers) and the file's pages
 * given one issue date; the first page's report says how the file's text layer adds up.
 */
function readPdfPages(file: SeedFile, meta: SeedMeta, pdf: PdfSeed, bytes: Uint8Array, analyse: () => SeedAnalyser, cache: ParseCache<SeedAnalysis> | null): SeedOutcome {
  const pages = pdf.perPage!;
  const outcomes = pages.map((p): SeedOutcome => {
    const name = pdfPageSeed(file.name, p.number);
    const report: SeedReport = { ...emptyReport(name), encoding: 'pdf' };
    if (p.seed === null) {
      report.error = `${seedLabel(name)}：这一页已损坏，读不出来（${p.error}）：这一版本次没有发布，这个 PDF 的其余 ${pages.length - 1} 页照常发布；请从排版系统重新导出这一版`;
      return { seed: { report, meta, analysis: null }, source: 'failed' };
    }
    report.warnings.push(...pdfNotes(file.name, p.seed, p.number).warnings);
    return analyseSeed(name, meta, { bytes, text: p.seed.text, features: p.seed.features, printDuplicates: p.seed.doubled }, report, analyse, cache);
  });
  const numbers = pageNumbers(outcomes.map((o) => o.seed.analysis?.parse.page ?? null), meta);
  // One issue for the whole file: the date one of its pages prints (the masthead's), unless metadata gives one.
  const printedDate = meta.date === undefined ? (outcomes.find((o) => o.seed.analysis?.parse.issueDate.source === 'text')?.seed.analysis!.parse.issueDate ?? null) : null;
  outcomes.forEach((o, i) => {
    const n = numbers[i]!;
    o.seed.meta = { ...meta, page: n.page, ...(n.pageName ? { pageName: n.pageName } : {}) };
    o.seed.filePage = { file: file.name, pageInferred: n.inferred, issueDate: printedDate };
  });
  const first = outcomes[0]!.seed.report;
  first.warnings.unshift({ line: 0, code: 'other', message: fileLedgerNote(file.name, pdf, outcomes, numbers) });
  return { ...outcomes[0]!, pages: outcomes };
}

/** What each page of a PDF of several pages is: its 版次 (and whether it is inferred) and its 版名. */
interface PageNumber {
  page: string;
  inferred: boolean;
  pageName: string | null;
}

/**
 * Each page's 版次: as printed on it (its header's 第2版); for the first page, as metadata gives it
 * (`page`: the 版次 of the file's first page), else printed; a page that prints none follows the
 * page before it (第3版 after 第2版, A4 after A3), or, with nothing before it, its place in the
 * file — inferred, and marked so. 版名 as printed, or for the first page as metadata gives it.
 */
export function pageNumbers(printed: ({ page: string | null; pageName: string | null } | null)[], meta: Pick<SeedMeta, 'page' | 'pageName'>): PageNumber[] {
  const out: PageNumber[] = [];
  printed.forEach((info, i) => {
    const given = i === 0 ? (meta.page ?? null) : null;
    const page = given ?? info?.page ?? null;
    const pageName = info?.pageName ?? (i === 0 ? (meta.pageName ?? null) : null);
    if (page) return out.push({ page, inferred: false, pageName });
    const before = /^([A-Za-z]?)(\d+)$/u.exec(out[i - 1]?.page ?? '');
    out.push({ page: before ? `${before[1]}${Number(before[2]) + 1}` : String(i + 1), inferred: true, pageName });
  });
  return out;
}

/** The file's ledger, on its first page's report: the text layer of every page, each read as its own 版. */
function fileLedgerNote(file: string, pdf: PdfSeed, outcomes: SeedOutcome[], numbers: PageNumber[]): string {
  const pages = pdf.perPage!;
  const parts = pages.map((p, i) => {
    const label = `第${p.number}页（${numbers[i]!.inferred ? `推定第${numbers[i]!.page}版` : `第${numbers[i]!.page}版`}）`;
    return p.seed ? `${label} ${p.seed.layerChars} 字` : `${label}已损坏，未读入`;
  });
  const read = pages.reduce((n, p) => n + (p.seed?.layerChars ?? 0), 0);
  const balanced = outcomes.every((o) => o.seed.report.ledger?.balanced !== false);
  const damaged = pages.filter((p) => !p.seed).map((p) => `第${p.number}页`);
  const unread = damaged.length ? `（已损坏的${damaged.join('、')}读不出文字层，不在其中）` : '';
  return `${file}：PDF 共 ${pages.length} 页，每页作为一版分别读入；文字层共 ${pdf.layerChars} 字${unread}${read === pdf.layerChars ? ' = ' : ' ≠ '}${parts.join(' + ')}${balanced && read === pdf.layerChars ? '，每页的字数都对得上' : '  ✗ 字数对不上'}`;
}

/**
 * The report's parse, ledger, counts and hints (bounded: hints.ts), from the seed's analysis. A PDF's
 * glyphs drawn twice never reach the parser's text: the ledger counts them in, and as removed
 * (删去的重复), as the parser counts the doubled runs of a text seed, so it balances on the text layer.
 */
function fillReport(report: SeedReport, analysis: SeedAnalysis, printDuplicates: number): void {
  const parsed = printDuplicates
    ? { ...analysis.parse, ledger: { ...analysis.parse.ledger, charsIn: analysis.parse.ledger.charsIn + printDuplicates, removed: analysis.parse.ledger.removed + printDuplicates } }
    : analysis.parse;
  report.parse = parsed;
  report.ledger = parsed.ledger;
  report.articles = parsed.articles.length;
  // concat, not push(...): a hint on each of 140,000 lines spread as arguments overflowed the stack.
  report.warnings = boundHints(report.warnings.concat(parsed.warnings));
  // A page of furniture alone loses nothing (the parser's warning says so); text that found no article is an error.
  if (parsed.articles.length === 0 && parsed.unplaced.length > 0) {
    report.error = `${report.seed}：认不出任何文章；文字作为“未能归入文章的文字”保留在期次页上`;
    report.errorLine = parsed.unplaced[0]?.line ?? null;
  }
}

/** Step 2 in this process (tests, or a tool given its own analyser): readSeed, counted in `stats`; a PDF of several pages yields a seed per page. */
export function parseSeedFile(
  file: SeedFile,
  meta: SeedMeta,
  analyse: () => SeedAnalyser,
  cache: ParseCache<SeedAnalysis> | null,
  stats: { parsed: string[]; cached: string[] },
): ParsedSeed[] {
  return outcomeSeeds(readSeed(file, meta, analyse, cache)).map(({ seed, source }) => {
    if (source === 'parsed') stats.parsed.push(seed.report.seed);
    else if (source === 'cached') stats.cached.push(seed.report.seed);
    return seed;
  });
}

/**
 * Reads one seed's text: the parser, then per article the places it names (longest match, where
 * jieba agrees it is a word), its keywords and its village-like words. Loads nodejieba with the
 * gazetteer.
 */
export function seedAnalyser(gazetteer: Gazetteer): SeedAnalyser {
  const words = gazetteerWords(gazetteer);
  const jieba = useJieba(words);
  // The parser is given what the gazetteer and jieba know: real names and word boundaries.
  const aids = parserAids(words);
  const cut = (t: string) => jieba.cut(t);
  const findPlaces = placeMatcher(gazetteer, segmenterBoundaries(cut));
  return (text, meta, file, features, onLine) => {
    const parse = parseSeed(text, { seed: file, kind: meta.kind, date: meta.date, features, onLine, ...aids });
    return {
      parse,
      articles: parse.articles.map((a) => {
        onLine?.(a.source.startLine);
        const said = articleText(a, { byline: false });
        const mentions = findPlaces(said).map((p) => ({ name: p.name, town: p.town, kind: p.kind, as: p.as }));
        // Cut once for both: the village-like words and the vocabulary.
        const words = cut(said);
        return {
          mentions,
          keywords: keywords(jieba, said, KEYWORD_COUNT, mentions.map((p) => p.name)),
          villageWords: villageLikeWords(words),
          vocabulary: vocabularyWords(words),
          titleWords: Object.fromEntries([a.headline, a.kicker].filter((t): t is string => !!t).map((t) => [t, cut(t)])),
        };
      }),
    };
  };
}

/** The issue a seed's page belongs to, as its articles carry it. */
export type IssueRefOf = Article['issue'];

/** One seed's records: its issue reference and its articles (related articles are linked later). */
export interface SeedRecords {
  ref: IssueRefOf;
  articles: Article[];
  /** Village-like words per article id (for the suspected-alias list). */
  villageWords: Map<string, string[]>;
}

/**
 * Step 3, records: the issue reference and article records of one parsed seed. `taken` holds the
 * article addresses already given (a repeated headline gets -2, -3); it is only read here — the
 * caller adds the new addresses once the records are accepted.
 */
export function seedRecords(seed: ParsedSeed & { analysis: SeedAnalysis }, pub: Publication, taken: ReadonlySet<string>): SeedRecords {
  const { meta, analysis } = seed;
  const parsed = analysis.parse;
  const file = seed.report.seed;
  // Only a year an editor gave goes into an address (see ids.ts).
  const metaYear = typeof meta.date === 'string' && /^\d{4}$/u.test(meta.date) ? Number(meta.date) : null;
  // The pages of a PDF of several pages share one issue: its date and, when undated, its file's address.
  const issueDate = seed.filePage?.issueDate ?? parsed.issueDate;
  const dateKey = issueDateKey(issueDate.date, seed.filePage?.file ?? file, metaYear);
  const ref: IssueRefOf = {
    publication: pub.slug,
    publicationName: pub.name,
    date: issueDate.date,
    dateSource: issueDate.source,
    year: issueDate.year,
    inferred: issueDate.inferred,
    dateLabel: issueDateLabel(issueDate),
    number: meta.number ?? null,
    page: meta.page ?? null,
    ...(seed.filePage?.pageInferred ? { pageInferred: true as const } : {}),
    pageName: meta.pageName ?? null,
    url: issueUrl(pub.slug, dateKey),
    key: issueKey(pub.slug, dateKey),
  };
  const urls = new Set<string>();
  const villageWords = new Map<string, string[]>();
  const articles = parsed.articles.map((a, i) => {
    const { mentions, keywords: words, villageWords: village } = analysis.articles[i]!;
    const base = articleSlug(ref.page, a.headline);
    let slug = base;
    for (let k = 2; taken.has(`${ref.url}${slug}/`) || urls.has(`${ref.url}${slug}/`); k++) slug = `${base}-${k}`;
    const record = Article.parse({
      ...a,
      id: `${ref.key}-${slug}`,
      url: `${ref.url}${slug}/`,
      seed: file,
      issue: ref,
      places: mentions.map((p) => p.name),
      placeDetails: mentions.map((p) => ({ name: p.name, town: p.town, kind: p.kind, as: p.as })),
      keywords: words,
      related: [],
      warnings: a.warnings,
    });
    urls.add(record.url);
    villageWords.set(record.id, village);
    return record;
  });
  return { ref, articles, villageWords };
}
