/** The issue date and each article's date. */
import { articleDate, pastDays, printedDate, resolveIssueDate, type IssueDate } from './dates.ts';
import type { Piece } from './classify.ts';
import type { SeedKind, SeedWarning } from '../records/schema.ts';
import type { PageInfo } from './page.ts';
import { hint } from './report.ts';
import { PATTERNS } from './constants.ts';
import type { ParsedArticle, ParseOptions, ParsingArticle } from './types.ts';

/**
 * The issue date: metadata first; then a date the page prints (masthead, page header); for a
 * document its 落款; otherwise an inferred window after the latest event the page reports.
 */
export function issueDateOf(options: ParseOptions, page: PageInfo | null, articles: ParsedArticle[], pieces: Piece[], kind: SeedKind): IssueDate {
  if (options.date === null) return { date: null, year: null, source: 'none', inferred: null, warning: null };
  if (options.date && /^\d{4}-\d{2}-\d{2}$/u.test(options.date)) return resolveIssueDate(options.date, '', []);
  const metaYear = options.date ? Number(options.date) : null;
  const printed = page?.date ?? (kind === 'document' ? (articles.find((a) => a.document && a.date)?.date ?? null) : null);
  if (printed && (metaYear === null || Number(printed.slice(0, 4)) === metaYear)) {
    return { date: printed, year: Number(printed.slice(0, 4)), source: 'text', inferred: null, warning: null };
  }
  const leads = articles.map((a) => firstParagraph(a)).filter((t): t is string => t !== null);
  return resolveIssueDate(options.date, pieces.map((p) => p.text).join('\n'), leads);
}

const firstParagraph = (a: ParsedArticle) => {
  const b = a.blocks.find((x) => x.type === 'paragraph' || x.type === 'turn');
  return b && (b.type === 'paragraph' || b.type === 'turn') ? b.text : null;
};

/** The month and day of a wire service's 电头: 新华社北京8月16日电 → 8月16日. */
const WIRE_DATELINE = /(?<day>\d{1,2}月\d{1,2}日)电/u;

/** A column of dated items (一周要闻, 一周警情) has at least this many paragraphs, every one opening with its day. */
export const DATED_ITEMS_MIN = 3;

/** Every paragraph opens with a dateline of its own (◎3月10日，… ◎3月11日，…): a digest of days, not one event's story. */
const datedItems = (a: ParsedArticle) => {
  const paragraphs = a.blocks.filter((b) => b.type === 'paragraph');
  return paragraphs.length >= DATED_ITEMS_MIN && paragraphs.every((b) => PATTERNS.dateline.test(b.text));
};

/**
 * A first sentence that announces a coming event (4月12日至16日，…博览会将以线上形式举办。): its day, later than the issue's,
 * is the event's, not the report's.
 */
function announcedEvent(first: string, issue: IssueDate): boolean {
  const day = articleDate(first, issue).date;
  const sentence = first.split(/[。！？]/u)[0] ?? '';
  return !!day && !!issue.date && issue.date.length === ISO_DAY_LENGTH && day > issue.date && /将/u.test(sentence);
}
/** yyyy-mm-dd: an issue date known to the day. */
const ISO_DAY_LENGTH = 10;

export function datedArticle(a: ParsingArticle, issue: IssueDate) {
  if (a.kind === 'document' || datedItems(a)) return;
  const first = firstParagraph(a);
  // A wire story's dateline is in its 电头 (新华社北京8月16日电（…）), taken off the text with the byline.
  const wire = a.byline.raw?.match(WIRE_DATELINE)?.groups?.day;
  const own = announcedEvent(first ?? '', issue) ? articleDate('', issue) : articleDate(first ?? '', issue);
  const d = own.text === null && wire ? articleDate(wire, issue) : own;
  a.date = d.date;
  a.dateSource = d.source;
  a.dateText = d.text;
  if (d.warning) hint(a, 'dateline', d.warning);
  // No dateline: a 落款 closing the text dates it, when it prints year, month and day. A notice nobody
  // on the paper signed (no 本报讯, no reporter) is dated by its 落款, not by a day its text names.
  const signature = a.blocks.at(-1);
  const unsigned = !a.byline.raw && a.byline.reporters.length + a.byline.correspondents.length === 0;
  if ((!a.date || unsigned) && signature?.type === 'signature') {
    const printed = printedDate(signature.lines.at(-1)!);
    if (printed) {
      a.date = printed;
      a.dateSource = 'text';
      a.dateText = signature.lines.at(-1)!;
    }
  }
}

/** An issue given a day before an event it reports as past: a wrong date (an editor's typo?). */
export function checkIssueAfterEvents(issue: IssueDate, articles: ParsedArticle[]): SeedWarning[] {
  const warnings: SeedWarning[] = [];
  if (!issue.date || issue.source === 'inferred') return warnings;
  for (const a of articles) {
    if (a.date && a.date > issue.date) warnings.push({ line: a.source.startLine, message: `文章日期“${a.dateText}”（${a.date}）晚于刊期日期 ${issue.date}：请核对刊期日期`, code: 'article-after-issue' });
  }
  void pastDays;
  void printedDate;
  return warnings;
}
