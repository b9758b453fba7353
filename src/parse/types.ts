/** The parser's public types: what it is given and what it returns. */
import type { ArticleKind, Block, Byline, Caption, DocumentFields, Furniture, Ledger, Repair, SeedKind, SeedWarning, Unplaced } from '../records/schema.ts';
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

