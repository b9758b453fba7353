/**
 * Search over the Pagefind bundle with exact-substring semantics (no DOM here; `client.ts` renders).
 *
 * For a parsed query (see tokenize.ts) it runs, in parallel:
 *  - one exact search per segment (`"翔 金 垟 村"`): pages where the segment's characters sit at
 *    consecutive positions, i.e. contain it as a substring;
 *  - one ranked (unquoted) search over all tokens, for Pagefind's relevance order;
 *  - a search for the headline-end marker, whose position on each page says where its headline ends.
 * Hits = pages found by every exact search, headline matches first, then in ranked order.
 * When nothing is found, each query token is looked up alone so that a character that occurs
 * nowhere in the archive is reported as such instead of falling back to partial matches.
 */
import { FIELD_SEPARATOR, HEADLINE_END, fieldsContainQuery, fieldsContainStrict, type ParsedQuery } from './tokenize.ts';

export interface PagefindFragment {
  url: string;
  raw_url?: string;
  /** Indexed text with U+200B removed (Pagefind strips it on load). */
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions on the page: for a ranked search every position of every query token; for an exact search one occurrence of the phrase. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export type Filters = Record<string, string>;

/** Result order: Pagefind relevance with headline matches first (default), or newest first. */
export type SortOrder = 'relevance' | 'date';

export interface SearchOptions {
  filters?: Filters;
  /** Pagefind sort, by a `data-pagefind-sort` key (document.ts gives `date`). */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) used here. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Hit {
  id: string;
  /** Every segment occurs in the headline (see `headlineHolds`; the client re-checks with the text). */
  inHeadline: boolean;
  /** Position in Pagefind's ranked results (Infinity when the ranked search did not return it). */
  rank: number;
  /** Position in the first exact search: newest first when searched with `order` = `date`. */
  dateOrder: number;
  /** The fragment (loads once, cached by Pagefind). */
  data(): Promise<PagefindFragment>;
}

export type Outcome =
  | { kind: 'empty' }
  /** Tokens (characters or words) that occur nowhere in the archive. */
  | { kind: 'absent'; absent: string[] }
  /** Every token exists, but no page holds the query (within the filters, if any). */
  | { kind: 'none'; filtered: boolean }
  | { kind: 'hits'; hits: Hit[] };

const hasFilters = (f: Filters) => Object.values(f).some((v) => v);

export async function runSearch(pf: PagefindApi, q: ParsedQuery, filters: Filters = {}, order: SortOrder = 'relevance'): Promise<Outcome> {
  if (!q.segments.length) return { kind: 'empty' };
  const opts: SearchOptions = hasFilters(filters) ? { filters } : {};
  // By date, the first exact search comes back newest first (its order is the hits' order).
  const exactOpts: SearchOptions = order === 'date' ? { ...opts, sort: { date: 'desc' } } : opts;
  const [exact, ranked, marker] = await Promise.all([
    Promise.all(q.phrases.map((p, i) => pf.search(p, i === 0 ? exactOpts : opts))),
    pf.search(q.ranked, opts),
    pf.search(HEADLINE_END),
  ]);

  // Pages in every exact result, in the order of the first.
  const sets = exact.map((response) => new Set((response?.results ?? []).map((r) => r.id)));
  const results = new Map<string, PagefindResult>();
  for (const r of exact[0]?.results ?? []) results.set(r.id, r);
  let ids = [...results.keys()].filter((id) => sets.every((s) => s.has(id)));
  if (q.strict !== null && ids.length) {
    // Punctuation is not indexed: the segments were found, now check the text holds them as typed.
    const verified = await Promise.all(ids.map(async (id) => verifyFragment(await results.get(id)!.data(), q)));
    ids = ids.filter((_, i) => verified[i]);
  }

  if (!ids.length) {
    const lookups = await Promise.all(q.terms.map((t) => pf.search(`"${t}"`)));
    const absent = q.terms.filter((_, i) => !lookups[i]?.results.length);
    if (absent.length) return { kind: 'absent', absent };
    return { kind: 'none', filtered: hasFilters(filters) };
  }

  const headlineEnd = new Map<string, number>();
  for (const r of marker?.results ?? []) if (r.words.length) headlineEnd.set(r.id, r.words[0]!);
  const rank = new Map<string, number>();
  const positions = new Map<string, Set<number>>();
  (ranked?.results ?? []).forEach((r, i) => {
    rank.set(r.id, i);
    positions.set(r.id, new Set(r.words));
  });

  const hits: Hit[] = ids.map((id, dateOrder) => {
    const r = results.get(id)!;
    return {
      id,
      inHeadline: headlineHolds(q, positions.get(id), headlineEnd.get(id)),
      rank: rank.get(id) ?? Number.POSITIVE_INFINITY,
      dateOrder,
      data: () => r.data(),
    };
  });
  hits.sort(compareHits(order));
  return { kind: 'hits', hits };
}

export const byTierThenRank = (a: Hit, b: Hit) => Number(b.inHeadline) - Number(a.inHeadline) || a.rank - b.rank;
/** Newest first (the order Pagefind's date sort gave the first exact search). */
export const byDate = (a: Hit, b: Hit) => a.dateOrder - b.dateOrder;
export const compareHits = (order: SortOrder) => (order === 'date' ? byDate : byTierThenRank);

/**
 * Does the headline (word positions 0 … end-1) hold every segment? Judged from the ranked
 * search's word positions (every position of every query token on the page): a segment of k
 * tokens is taken to be in the headline when k consecutive headline positions all hold query
 * tokens. (An exact search reports only one occurrence, and not necessarily the earliest: Pagefind
 * stores positions grouped by weight.) The guess can only err when the headline holds the query's
 * characters consecutively in another order; the client re-checks with the text once it has it.
 */
export function headlineHolds(q: ParsedQuery, positions: Set<number> | undefined, end: number | undefined): boolean {
  if (!positions || end === undefined) return false;
  return q.segments.every((seg) => {
    for (let p = 0; p + seg.length <= end; p++) {
      let run = true;
      for (let j = 0; j < seg.length; j++) {
        if (!positions.has(p + j)) {
          run = false;
          break;
        }
      }
      if (run) return true;
    }
    return false;
  });
}

/** The fields of an indexed page, split back out of its fragment content. */
export function fragmentFields(fragment: PagefindFragment): { headline: string; fields: string[] } {
  // content: headline, HEADLINE_END, then fields each opened by FIELD_SEPARATOR (document.ts).
  const content = fragment.content.replace(/\u200B/g, '');
  const cut = content.indexOf(HEADLINE_END);
  const headline = fragment.meta['title'] ?? (cut >= 0 ? content.slice(0, cut) : '');
  const rest = cut >= 0 ? content.slice(cut + HEADLINE_END.length) : content;
  const fields = rest
    .split(FIELD_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  return { headline: headline.trim(), fields };
}

/** Does the page really contain the query (each segment within one field)? */
export function verifyFragment(fragment: PagefindFragment, q: ParsedQuery): boolean {
  const { headline, fields } = fragmentFields(fragment);
  return fieldsContainQuery([headline, ...fields], q) && fieldsContainStrict([headline, ...fields], q);
}

// ---- place-name suggestions for a search that found nothing ----

export interface PlaceName {
  name: string;
  town: string | null;
  /** Articles that mention it. */
  count: number;
}

/**
 * Characters local papers and readers use for one another in place names: 洋 for 垟 (翔金洋 →
 * 翔金垟村), 歧 for 岐. Compared as equal when suggesting.
 */
const VARIANTS: Record<string, string> = { 洋: '垟', 歧: '岐' };
/** What a place name ends with that says its kind, left out when comparing. */
const PLACE_SUFFIX = /(村|社区|居委会|村委会|镇|乡|街道|片区|片)$/u;

const foldChars = (s: string) => [...s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '')].map((c) => VARIANTS[c] ?? c);

/** Length of the longest common subsequence (characters shared, in order). */
function commonInOrder(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

/**
 * Place names that share characters with the query, in order (the query without its 村/社区 and
 * the name without its own are compared): at least two, and at least half of the query's. Best
 * first (more shared, then closer in length, then more articles), at most `limit`. The query
 * itself is never suggested.
 */
export function suggestPlaces(query: string, places: PlaceName[], limit = 5): PlaceName[] {
  const raw = query.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  const q = foldChars(raw.replace(PLACE_SUFFIX, '') || raw);
  if (q.length < 2) return [];
  const need = Math.max(2, Math.ceil(q.length / 2));
  return places
    .filter((p) => p.name !== raw)
    .map((p) => {
      const base = foldChars(p.name.replace(PLACE_SUFFIX, '') || p.name);
      return { p, shared: commonInOrder(q, base), gap: Math.abs(base.length - q.length) };
    })
    .filter((x) => x.shared >= need)
    .sort((x, y) => y.shared - x.shared || x.gap - y.gap || y.p.count - x.p.count || x.p.name.localeCompare(y.p.name, 'zh-Hans-CN'))
    .slice(0, limit)
    .map((x) => x.p);
}
