/** The parser's public types (what it is given and what it returns), and the article it holds while reading. */
import type { ArticleKind, Block, Byline, Caption, DocumentFields, Furniture, Ledger, Repair, SeedKind, SeedWarning, Unplaced, WarningCode } from '../records/schema.ts';
import type { IssueDate } from './dates.ts';
import type { PageFeatures } from './features.ts';
import type { PageInfo } from './page.ts';

export interface ParseOptions {
  /** Seed file name, used in messages. */
  seed: string;
  /** From metadata; read from the page when absent. */
  kind?: SeedKind;
  /** Metadata `date`: undefined = infer, null = unknown, `yyyy` or `yyyy-mm-dd`. */
  date?: string | null;
  /** Known names (the gazetteer's villages): tells 彭村村 from a character repeated across a break. */
  isKnownWord?: (s: string) => boolean;
  /**
   * A word segmenter (jieba with the gazetteer): tells a line cut inside a word (…前期工 / 作取得…,
   * …桥 / 头村…) from a heading over its text. The parser stays pure: it only calls it.
   */
  segment?: (text: string) => string[];
  /** Per seed line, what a laid-out page (a PDF) says of it: size, weight, centring, span, gaps, pictures. */
  features?: PageFeatures;
  /**
   * Told each line number as the parser reaches it (the seed pool keeps the last one, so a seed
   * stopped at its time limit is named with its line). The parser stays pure: it only calls it.
   */
  onLine?: (line: number) => void;
}

export interface ParsedArticle {
  order: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  byline: Byline;
  date: string | null;
  dateSource: IssueDate['source'];
  dateText: string | null;
  column: string | null;
  repairs: Repair[];
  body: string[];
  blocks: Block[];
  captions: Caption[];
  source: { startLine: number; endLine: number };
  continuation: { to: string | null; from: string | null };
  document: DocumentFields | null;
  warnings: string[];
}

/** A hint on an article: its Chinese message (the record's `warnings`) and its code (for the seed's warnings). */
export interface Hint {
  message: string;
  code: WarningCode;
}

/**
 * An article as the parser holds it while reading: the record, plus what only the parse needs of
 * it. The conductor (index.ts) turns it into a ParsedArticle, the hints' messages its `warnings`.
 */
export interface ParsingArticle extends ParsedArticle {
  hints: Hint[];
  /** Its headline is not text of its own ((无标题), a document's issuer): the ledger counts no headline for it. */
  borrowedHeadline: boolean;
  /** A brief carrying the column label of the first item of its column (printed once, counted there). */
  inheritedColumn: boolean;
}

export interface ParseResult {
  seed: string;
  kind: SeedKind;
  /** What the page prints of its issue (masthead, page header), when it does. */
  page: PageInfo | null;
  issueDate: IssueDate;
  articles: ParsedArticle[];
  furniture: Furniture[];
  unplaced: Unplaced[];
  repairs: Repair[];
  warnings: SeedWarning[];
  ledger: Ledger;
}

