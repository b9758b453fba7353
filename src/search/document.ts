/**
 * What of an article is searchable, and the record the search index is built from
 * (index-writer.ts): its text by zone, its filter values (`publication`, `year`, `place`: one value
 * per name in `article.places`), its place in date order, and the fragment a result shows.
 * The article pages themselves are never read by the index.
 */
import type { Article, Issue } from '../records/schema.ts';
import { articleDateKey, formatDate } from '../records/dates.ts';
import type { Fragment } from './format.ts';


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

/** Weights of the zones in the ranking: a match in the headline far above the rest, kicker/subheadline above the body. */
export const WEIGHTS = { headline: 10, title: 5, body: 1 } as const;

/** What the index writer needs of an article (index-writer.ts): small, so it can be sent to a worker thread. */
export interface SearchRecord {
  /** Date order of the documents (oldest first); ties by address. */
  sortKey: string;
  url: string;
  /** Searchable text by zone, in the order positions are numbered. */
  headline: string;
  titles: string[];
  fields: string[];
  /** Filter name → values (publication, year, place). */
  filters: Array<[string, string]>;
  fragment: Fragment;
}

/** The article's own date as every page labels it (报道日期, or 成文日期 for a document), or null when the text gives none. */
export function ownDateLabel(a: Article): string | null {
  return a.date ? `${a.document ? '成文日期' : '报道日期'} ${formatDate(a.date)}` : null;
}

export function searchRecord(a: Article): SearchRecord {
  const { headline, fields, titles } = searchableFields(a);
  const year = articleYear(a);
  const filters: Array<[string, string]> = [['publication', a.issue.publicationName]];
  if (year) filters.push(['year', year]);
  // One value per place the article mentions (full names, as on /places/): the place filter.
  for (const p of new Set(a.places)) filters.push(['place', p]);
  return {
    sortKey: articleSortDate(a),
    url: a.url,
    headline,
    titles,
    fields,
    filters,
    fragment: {
      url: a.url,
      headline: a.headline,
      kicker: a.kicker,
      subheadline: a.subheadline,
      publication: a.issue.publicationName,
      issueDate: a.issue.dateLabel,
      ownDate: ownDateLabel(a),
      issueUrl: a.issue.url,
      fields,
    },
  };
}

/**
 * The text an issue page shows that is in no article: its page furniture as the page lists it
 * (刊头题字, 投稿信箱, slogans, notices, continuation lines; not a document's form labels, which
 * its document shows) and the text the parser could not place. Searchable, so that the search page
 * may say a character is nowhere in the archive only when no page a reader can open shows it.
 */
export function issueSearchableTexts(issue: Pick<Issue, 'furniture' | 'unplaced'>): string[] {
  return [...issue.furniture.filter((f) => f.kind !== 'label'), ...issue.unplaced].map((x) => x.text).filter((t) => t.trim() !== '');
}

/**
 * The search record of an issue page's own text (issueSearchableTexts), or null when it shows none.
 * Its headline zone is empty (the publication and date are not what the page prints there); the
 * result names the page by publication and date.
 */
export function issueSearchRecord(issue: Issue): SearchRecord | null {
  const fields = issueSearchableTexts(issue);
  if (fields.length === 0) return null;
  const year = issue.date ? issue.date.slice(0, 4) : issue.year ? String(issue.year) : null;
  const filters: Array<[string, string]> = [['publication', issue.publicationName]];
  if (year) filters.push(['year', year]);
  return {
    sortKey: articleDateKey({ date: null, issue }) || '0000',
    url: issue.url,
    headline: '',
    titles: [],
    fields,
    filters,
    fragment: {
      url: issue.url,
      headline: `${issue.publicationName} ${issue.dateLabel} 期次页`,
      kicker: null,
      subheadline: null,
      publication: issue.publicationName,
      issueDate: issue.dateLabel,
      ownDate: null,
      issueUrl: issue.url,
      fields,
      issuePage: true,
    },
  };
}
