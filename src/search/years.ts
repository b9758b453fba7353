/**
 * Result counts by year for the search page's year strip: for each year the archive has, how many
 * articles of that year hold the query (within the other filters the reader chose). No DOM here;
 * the client draws the strip.
 *
 * The query runs once without the year filter (engine.ts; the shards it needs are the ones the
 * results already loaded), then each year's document list (one filter key each) is intersected
 * with the hits. The engine is exact for every query, punctuated ones included, so every query
 * gets a strip.
 */
import { runSearch, sortedIndexOf, type Filters, type SearchIndex } from './engine.ts';
import type { ParsedQuery } from './tokenize.ts';

/** Filter name of the year (document.ts). */
const YEAR = 'year';

/** Counts per year (only years with results), or null when there is nothing to compare. */
export async function yearCounts(index: SearchIndex, q: ParsedQuery, filters: Filters, years: string[]): Promise<Map<string, number> | null> {
  if (!q.segments.length || years.length < 2) return null;
  const others: Filters = Object.fromEntries(Object.entries(filters).filter(([k, v]) => k !== YEAR && v));
  const outcome = await runSearch(index, q, others);
  if (outcome.kind !== 'hits') return new Map();
  const docs = outcome.hits.map((h) => h.doc);
  const counts = await Promise.all(
    years.map(async (year) => {
      const inYear = await index.filter(YEAR, year);
      return [year, docs.reduce((n, d) => n + Number(sortedIndexOf(inYear, d) >= 0), 0)] as const;
    }),
  );
  return new Map(counts.filter(([, n]) => n > 0));
}

/** What a query in letters or digits only is: the search message speaks of 字母 or 数字, not 字. */
export function absentNoun(absent: string[]): string {
  if (absent.every((t) => /^[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]+$/u.test(t))) return '字母';
  if (absent.every((t) => /^\p{Nd}+$/u.test(t))) return '数字';
  if (absent.every((t) => /^[\p{L}\p{N}]+$/u.test(t) && !/\p{Script=Han}/u.test(t))) return '字符';
  return '字';
}
