/**
 * What of an article is searchable, and the HTML record Pagefind indexes for it.
 *
 * Pagefind never sees the article pages: the build gives it one synthetic HTML document per
 * article (Node API `addHTMLFile`), whose text went through the index-side tokenizer, and whose
 * display metadata (title, dates, publication) is given as attributes, untransformed. Filters:
 * `publication`, `year` and `place` (one value per name in `article.places`); sort: `date`.
 */
import { formatDate } from '../records/dates.ts';
import type { Article } from '../records/schema.ts';
import { articleDateKey } from '../records/dates.ts';
import { FIELD_SEPARATOR, HEADLINE_END, indexText } from './tokenize.ts';


/**
 * The searchable text of an article: the headline, then every other field. Order: body paragraphs
 * and captions first (the search page takes its excerpt from the first field that matches, and a
 * sentence of the body reads better than a byline), then byline, document fields, and
 * kicker/subheadline last (results show those separately anyway).
 */
export function searchableFields(a: Article): { headline: string; fields: string[]; titles: string[] } {
  const fields: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s && s.trim()) fields.push(s);
  };
  for (const p of a.body) add(p);
  for (const c of a.captions) {
    add(c.text);
    add(c.creditRaw);
  }
  add(a.byline.raw);
  // The date is not indexed as text: it is often not printed (近日, or inferred from the issue), and
  // a result must contain what was typed. Dates are searched with the year filter and date sort.
  if (a.document) {
    const d = a.document;
    for (const s of [d.issuer, d.number, d.signer, d.addressee, d.closingOrgan, d.closingDate]) add(s);
  }
  const titles = [a.kicker, a.subheadline].filter((s): s is string => !!s && !!s.trim());
  return { headline: a.headline, fields, titles };
}

/** Every searchable text of an article, headline first (what "the article contains" means). */
export function searchableTexts(a: Article): string[] {
  const { headline, fields, titles } = searchableFields(a);
  return [headline, ...fields, ...titles];
}

/** Year of an article for the year filter: its date, else its issue's date or year. */
export function articleYear(a: Article): string | null {
  const iso = a.date ?? a.issue.date;
  if (iso) return iso.slice(0, 4);
  return a.issue.year ? String(a.issue.year) : null;
}

/** Date used to sort results: the article's date key (records/dates.ts); `0000` when nothing is known, so it still sorts. */
export function articleSortDate(a: Article): string {
  return articleDateKey(a) || '0000';
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Weights (Pagefind's 0–10 scale, default 1): the headline far above the rest, kicker/subheadline above body. */
export const WEIGHTS = { headline: 10, title: 5 } as const;

/**
 * The HTML record of one article. The search client relies on the order of the content: the
 * headline first, then the `HEADLINE_END` word, then the other fields, each opened by
 * `FIELD_SEPARATOR`. Fields are inline `<span>`s inside `<main>`: Pagefind appends ". " after
 * block elements (p, h1, div…) that end in a letter, which would show up in excerpts.
 */
export function searchRecordHtml(a: Article): string {
  const meta: Array<[string, string]> = [
    ['title', a.headline],
    ['publication', a.issue.publicationName],
    // Both dates as every page labels them (records/dates.ts), so results never format a date themselves.
    ['issueDate', a.issue.dateLabel],
    ['ownDate', a.date ? `${a.document ? '成文日期' : '报道日期'} ${formatDate(a.date)}` : ''],
    ['issueUrl', a.issue.url],
    ['kicker', a.kicker ?? ''],
    ['subheadline', a.subheadline ?? ''],
  ];
  const year = articleYear(a);
  const head = [
    '<meta charset="utf-8">',
    `<title>${esc(a.headline)}</title>`,
    ...meta.filter(([, v]) => v).map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${esc(v)}">`),
    `<meta data-pagefind-filter="publication[content]" content="${esc(a.issue.publicationName)}">`,
    ...(year ? [`<meta data-pagefind-filter="year[content]" content="${esc(year)}">`] : []),
    // One value per place the article mentions (full names, as on /places/): the place filter.
    ...[...new Set(a.places)].map((p) => `<meta data-pagefind-filter="place[content]" content="${esc(p)}">`),
    `<meta data-pagefind-sort="date[content]" content="${esc(articleSortDate(a))}">`,
  ];
  const span = (s: string, weight?: number) =>
    `<span${weight ? ` data-pagefind-weight="${weight}"` : ''}>${FIELD_SEPARATOR} ${esc(indexText(s))}</span>`;
  const { fields, titles } = searchableFields(a);
  const body: string[] = [
    `<span data-pagefind-weight="${WEIGHTS.headline}">${esc(indexText(a.headline))}</span>`,
    HEADLINE_END,
    ...fields.map((f) => span(f)),
    ...titles.map((t) => span(t, WEIGHTS.title)),
  ];
  return `<!doctype html><html lang="zh-CN"><head>${head.join('')}</head><body><main data-pagefind-body>${body.join('\n')}</main></body></html>`;
}
