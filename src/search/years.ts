/**
 * Result counts by year for the search page's year strip: for each year the archive has, how many
 * articles of that year hold the query (within the other filters the reader chose). Pure over the
 * Pagefind API (no DOM); the client draws the strip.
 *
 * Each year is one exact search per segment with the year as a filter, intersected as the hits
 * are (engine.ts); Pagefind loads the year filter's index once and every search reuses the word
 * chunks the query already loaded. Queries whose punctuation must be checked against the text
 * (`ParsedQuery.strict`) get no strip: their counts could not be checked without loading every result.
 */
import type { Filters, PagefindApi } from './engine.ts';
import type { ParsedQuery } from './tokenize.ts';

/** Filter key of the year (document.ts). */
const YEAR = 'year';

/** Counts per year (only years with results), or null when the query gets no strip. */
export async function yearCounts(pf: PagefindApi, q: ParsedQuery, filters: Filters, years: string[]): Promise<Map<string, number> | null> {
  if (!q.phrases.length || q.strict !== null || years.length < 2) return null;
  const others: Filters = Object.fromEntries(Object.entries(filters).filter(([k, v]) => k !== YEAR && v));
  const counts = await Promise.all(
    years.map(async (year) => {
      const responses = await Promise.all(q.phrases.map((p) => pf.search(p, { filters: { ...others, [YEAR]: year } })));
      const sets = responses.map((r) => new Set((r?.results ?? []).map((x) => x.id)));
      const [first, ...rest] = sets;
      return [year, first ? [...first].filter((id) => rest.every((s) => s.has(id))).length : 0] as const;
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
