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
import { FIELD_SEPARATOR, HEADLINE_END, fieldsContainQuery, type ParsedQuery } from './tokenize.ts';

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

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) used here. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Hit {
  id: string;
  /** Every segment occurs in the headline (see `headlineHolds`; the client re-checks with the text). */
  inHeadline: boolean;
  /** Position in Pagefind's ranked results (Infinity when the ranked search did not return it). */
  rank: number;
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

export async function runSearch(pf: PagefindApi, q: ParsedQuery, filters: Filters = {}): Promise<Outcome> {
  if (!q.segments.length) return { kind: 'empty' };
  const opts = hasFilters(filters) ? { filters } : {};
  const [exact, ranked, marker] = await Promise.all([
    Promise.all(q.phrases.map((p) => pf.search(p, opts))),
    pf.search(q.ranked, opts),
    pf.search(HEADLINE_END),
  ]);

  // Pages in every exact result, in the order of the first.
  const sets = exact.map((response) => new Set((response?.results ?? []).map((r) => r.id)));
  const results = new Map<string, PagefindResult>();
  for (const r of exact[0]?.results ?? []) results.set(r.id, r);
  const ids = [...results.keys()].filter((id) => sets.every((s) => s.has(id)));

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

  const hits: Hit[] = ids.map((id) => {
    const r = results.get(id)!;
    return {
      id,
      inHeadline: headlineHolds(q, positions.get(id), headlineEnd.get(id)),
      rank: rank.get(id) ?? Number.POSITIVE_INFINITY,
      data: () => r.data(),
    };
  });
  hits.sort(byTierThenRank);
  return { kind: 'hits', hits };
}

export const byTierThenRank = (a: Hit, b: Hit) => Number(b.inHeadline) - Number(a.inHeadline) || a.rank - b.rank;

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
  return fieldsContainQuery([headline, ...fields], q);
}
