/**
 * How an article is cited and downloaded: the archive's own citation line, the GB/T 7714-2015 form
 * for newspapers (`作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.`), and the article as
 * plain text. Pure functions; the page, the .txt download and the copy button all read them.
 *
 * Dates follow the record, never more: a day only when the issue's day is known; an inferred date
 * in square brackets, as GB/T 7714 writes an estimated year (`[2023-03]`); an unknown one said so.
 */
import type { Article, IssueRef } from '../records/schema.ts';
import { formatDate } from '../records/dates.ts';
import { blockLines } from '../records/text.ts';
import { pageLabel } from './pages.ts';

/** Stands for the day the reader copies the citation; the copy button puts the day in (GB/T: 引用日期). */
export const CITED_DATE_PLACEHOLDER = '引用日期';

/** Authors GB/T 7714 lists before writing 等. */
const MAX_AUTHORS = 3;

/** The archive's own citation: publication, date, 期号, 版次, 《headline》, permanent URL. */
export function archiveCitation(a: Article, url: string): string {
  const ref = a.issue;
  return [ref.publicationName, ref.dateLabel, ref.number, ref.page && pageLabel(ref.page, ref.pageInferred), `《${a.headline}》`, url]
    .filter((x): x is string => !!x)
    .join('，');
}

/** The issue date as GB/T 7714 writes it: `2023-03-20`; an inferred one bracketed (`[2023-03]`); `[出版日期不详]`. */
export function gbtDate(ref: Pick<IssueRef, 'date' | 'year' | 'inferred' | 'dateSource'>): string {
  if (ref.date) return ref.date;
  const inf = ref.inferred;
  if (inf?.notBefore) {
    const end = inf.notAfter ?? inf.notBefore;
    if (inf.precision !== 'year' && inf.notBefore.slice(0, 7) === end.slice(0, 7)) return `[${inf.notBefore.slice(0, 7)}]`;
    if (inf.notBefore.slice(0, 4) === end.slice(0, 4)) return `[${inf.notBefore.slice(0, 4)}]`;
  }
  if (ref.year) return ref.dateSource === 'inferred' || inf ? `[${ref.year}]` : String(ref.year);
  return '[出版日期不详]';
}

/** Authors for a citation: reporters, writers, then correspondents (photographers only when no one else), at most three then 等. */
export function citationAuthors(a: Pick<Article, 'byline'>): string {
  const b = a.byline;
  const names = [...new Set([...b.reporters, ...b.writers, ...b.correspondents].map((n) => n.replace(/\s+/gu, '')))];
  const list = names.length ? names : [...new Set(b.photographers.map((n) => n.replace(/\s+/gu, '')))];
  if (list.length > MAX_AUTHORS) return `${list.slice(0, MAX_AUTHORS).join(', ')}, 等`;
  return list.join(', ');
}

/** The title part: headline, and the 副题 after a colon (GB/T: 其他题名信息). */
function citationTitle(a: Pick<Article, 'headline' | 'subheadline'>): string {
  const sub = a.subheadline?.replace(/^[—–-]+/u, '').trim();
  return sub ? `${a.headline}: ${sub}` : a.headline;
}

/**
 * The GB/T 7714-2015 citation. A newspaper article: `作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.`;
 * an official document, as an archival record ([A]): `发文机关. 题名: 文号[A/OL]. 成文日期[引用日期]. URL.`
 */
export function gbtCitation(a: Article, url: string, cited = CITED_DATE_PLACEHOLDER): string {
  const doc = a.document;
  if (doc) {
    const issuer = doc.issuer ?? doc.closingOrgan ?? a.issue.publicationName;
    const title = doc.number ? `${a.headline}: ${doc.number}` : a.headline;
    const date = a.date ?? gbtDate(a.issue);
    return `${issuer}. ${title}[A/OL]. ${date}[${cited}]. ${url}.`;
  }
  const authors = citationAuthors(a);
  // GB/T 7714 has no place to mark an inference: a 版次 the page does not print is left out.
  const page = a.issue.pageInferred ? undefined : a.issue.page?.replace(/^第|版$/gu, '');
  return `${authors ? `${authors}. ` : ''}${citationTitle(a)}[N/OL]. ${a.issue.publicationName}, ${gbtDate(a.issue)}${page ? `(${page})` : ''}[${cited}]. ${url}.`;
}

/** Today as GB/T writes a date, in the reader's own calendar day. */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The plain text's line of dates: 出版日期, and 报道日期 when the article has its own. */
export function plainTextDates(a: Article): string {
  return `出版日期：${a.issue.dateLabel}${a.date ? `；报道日期：${formatDate(a.date)}` : ''}`;
}

/**
 * The article as plain text, the way it was printed: 引题, 标题, 副题, byline, body (a list's items,
 * a poem's lines, who speaks in an interview), captions, a document's 落款; then where it is from.
 */
export function articlePlainText(a: Article, url: string): string {
  const doc = a.document;
  const head = [doc?.issuer, doc?.number, a.kicker, a.headline, a.subheadline].filter((x): x is string => !!x);
  const body = [
    ...(doc?.addressee ? [`${doc.addressee}：`] : []),
    ...a.blocks.map((b) => blockLines(b).join('\n')),
  ];
  const closing = [doc?.closingOrgan, doc?.closingDate].filter((x): x is string => !!x);
  const captions = a.captions.map((c) => `【图片说明】${c.text}${c.creditRaw ? `（${c.creditRaw}）` : ''}`);
  const sections = [
    head.join('\n'),
    a.byline.raw ?? '',
    body.join('\n\n'),
    closing.join('\n'),
    ...(doc?.attachments.length ? [`附件：\n${doc.attachments.map((x, i) => `${i + 1}. ${x}`).join('\n')}`] : []),
    captions.join('\n'),
    [
      '——',
      `出处：${archiveCitation(a, url)}`,
      plainTextDates(a),
      `GB/T 7714：${gbtCitation(a, url)}`,
    ].join('\n'),
  ];
  return `${sections.filter((s) => s.trim() !== '').join('\n\n')}\n`;
}
