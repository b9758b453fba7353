/**
 * The parser: seed text + what metadata knows → article records, page furniture, unplaced text,
 * repairs, warnings and the text ledger. Pure: no I/O, never throws on any input.
 *
 * This file is the conductor only: it runs the steps in order and hands what one returns to the
 * next. Each step lives in its own module:
 *
 *   1. lines     prepareLines   lines.ts: line repairs (src/parse/repairs/): controls, full-width digits,
 *                               doubled bold runs, vertical text, OCR, letter spacing
 *   2. units     groupUnits     units.ts: wrapped lines joined into paragraphs, headline lines kept apart
 *   3. pieces    pagePieces     pieces.ts, classify.ts: what a unit is by its form (byline, lead, page
 *                               number, 文号 …), words cut by a break marked
 *      kind      inferKind      page-kind.ts: the page's kind when metadata does not give it
 *   4. roles     bestRoles      grammar.ts: the page grammar, every piece scored for every role, Viterbi
 *   5. articles  readNewsPage   news-page.ts + articles.ts: stories from roles, features merged, briefs
 *                readDocuments  doc-records.ts + document.ts: a 公文 page's documents
 *   6. records   finishDraft    finish.ts: headline stack (headline.ts), body (body.ts), bylines
 *                               (byline.ts), captions (captions.ts), kind
 *      dates     issueDateOf    issue-date.ts (+ dates.ts): the issue's date, each article's
 *   7. ledger    ledger         ledger.ts: every character in exactly one place
 *
 * Each step returns what it reports besides articles (furniture, unplaced text, warnings, counts for
 * the ledger) as a Report (report.ts) beside its result, and the conductor merges them in the order
 * the steps ran; nothing is written into a shared collector. What the parse knows of one article
 * travels on the article while it is read (types.ts: ParsingArticle): its hints with their codes,
 * whether its headline or column label is borrowed, and its repairs, kept on it as they are made,
 * so an article holds its own repairs and no other's (a document printed inside another does not
 * lend its repairs to the outer one by line range). Only the line repairs made before any article
 * existed are given to articles by the lines they span. The page's list of repairs is those line
 * repairs followed by each article's own; the records returned are the articles stripped of what
 * only the parse needed (record).
 * Public types are in types.ts.
 */
import { blockLines } from '../records/text.ts';
import { readDocuments } from './doc-records.ts';
import { checkIssueAfterEvents, datedArticle, issueDateOf } from './issue-date.ts';
import { boundHints } from './hints.ts';
import { ledger } from './ledger.ts';
import { prepareLines } from './lines.ts';
import { readNewsPage } from './news-page.ts';
import { inferKind } from './page-kind.ts';
import { footFolio, paperPlace, readPageInfo } from './page.ts';
import { pagePieces } from './pieces.ts';
import { KIND_NAMES, merge, NOTHING, report, warned } from './report.ts';
import { nonSpaceLength } from './text.ts';
import type { ParsedArticle, ParseOptions, ParseResult, ParsingArticle } from './types.ts';

export type { ParsedArticle, ParseOptions, ParseResult } from './types.ts';
export { inferKind } from './page-kind.ts';
export { pagePieces, splitsWord } from './pieces.ts';

export function parseSeed(text: string, options: ParseOptions): ParseResult {
  const prepared = prepareLines(text, options.features);
  const lines = report({ warnings: prepared.warnings, removed: prepared.removed, added: prepared.added });
  const pieces = pagePieces(prepared, options);
  const kind = options.kind ?? inferKind(pieces);
  const kindInferred = options.kind ? NOTHING : warned(0, `metadata.yaml 没有写这份稿件的版面类型（kind），按内容读作${KIND_NAMES[kind]}（${kind}）`, 'kind-inferred');

  // The header's lines, and an editor's line set right under them (招生考试　　责任编辑：…): it may carry the 版名.
  const isEdge = (p: (typeof pieces)[number] | undefined): boolean => p?.kind === 'masthead' || p?.kind === 'page-header';
  const edge = pieces.filter((p, i) => isEdge(p) || (p.kind === 'editor' && isEdge(pieces[i - 1])));
  const header = edge.length ? readPageInfo(edge.flatMap((p) => p.lines)) : null;
  // A 版次 the header does not print, printed in the page's folio (— 3 —): the folio says which page this is.
  const folio = footFolio(pieces);
  const page = header && !header.page && folio ? { ...header, page: folio } : header;

  // The grammar reads a page with what is known of its kind: metadata's, or a literary page read off its authors.
  const read = kind === 'document' ? readDocuments(pieces, options) : readNewsPage(pieces, kind, options, page?.pageName ?? null, page ? paperPlace(page) : null);
  const articles = read.articles;

  const issueDate = issueDateOf(options, page, articles, pieces, kind);
  const dateWarning = issueDate.warning ? warned(0, issueDate.warning, issueDate.date || issueDate.inferred ? 'issue-date-inferred' : 'issue-date-missing') : NOTHING;
  for (const a of articles) datedArticle(a, issueDate);
  const afterIssue = report({ warnings: checkIssueAfterEvents(issueDate, articles) });

  let noArticle = NOTHING;
  if (articles.length === 0 && nonSpaceLength(text) > 0) {
    noArticle = warned(
      0,
      read.report.unplaced.length > 0
        ? `${options.seed} 里没有认出文章：全部文字作为“未能归入文章的文字”保留`
        : `${options.seed} 里没有文章，只有版面上的固定文字（显示在期次页上）`,
      'no-article',
    );
  }
  // The page's repairs: the line repairs, then each article's own in the order it was read.
  const repairs = [...prepared.repairs, ...articles.flatMap((a) => a.repairs)];
  articles.forEach((a, i) => (a.order = i + 1));
  for (const a of articles) {
    a.body = a.blocks.flatMap(blockLines);
    // Each step gave the article its own repairs; the line repairs made before any article existed
    // (doubled runs, control characters, full-width letters) are its by the lines it spans.
    a.repairs = [...prepared.repairs.filter((r) => r.line >= a.source.startLine && r.line <= a.source.endLine), ...a.repairs];
  }
  const all = merge(lines, kindInferred, read.report, dateWarning, afterIssue, noArticle, hintWarnings(articles));
  return {
    seed: options.seed,
    kind,
    page,
    issueDate,
    articles: articles.map(record),
    furniture: [...all.furniture].sort((a, b) => a.line - b.line),
    unplaced: [...all.unplaced],
    repairs,
    // Bounded: a hint raised on every line of a long page is one hint with a count (hints.ts).
    warnings: boundHints([...all.warnings].sort((a, b) => a.line - b.line)),
    ledger: ledger(text, articles, all),
  };
}

/** Each article's hints as warnings of the seed, at the article's first line. */
const hintWarnings = (articles: ParsingArticle[]) =>
  report({ warnings: articles.flatMap((a) => a.hints.map((h) => ({ line: a.source.startLine, message: h.message, code: h.code }))) });

/** The record of an article: its hints' messages are its warnings; what only the parse needed of it is dropped. */
function record({ hints, borrowedHeadline, inheritedColumn, ...a }: ParsingArticle): ParsedArticle {
  return { ...a, warnings: hints.map((h) => h.message) };
}
