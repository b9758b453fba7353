/**
 * The archive's words, for suggesting a near miss (issue 21): `德立西` finds nothing, and the search
 * page offers `德力西`, a word the articles use. Made at build from jieba's words of 2–6 Chinese
 * characters (src/pages/search/words/[length].json.ts), counted in articles, one shard per length,
 * each cut to the `SHARD_WORDS` most widely used, so that a query loads only the shards of the
 * lengths one edit away and no shard grows with the archive past a bound. The full-text index is
 * not touched: a suggestion is only a link to another search. Pure functions: data in, data out.
 *
 * Hand-written rather than a fuzzy-search library: the rule is exactly one edit (a character
 * changed, two neighbours swapped, one missing or one extra) over a few thousand short words, a
 * dozen lines, where libraries rank by scores that would also suggest words two edits away.
 */

/** Shortest and longest word kept (in characters). */
export const WORD_MIN = 2;
export const WORD_MAX = 6;
/** Words kept per length: the most widely used first. Bounds each shard (about 60 kB at 3 characters). */
export const SHARD_WORDS = 6000;

/** The words of one length, most articles first: `w[i]` occurs in `c[i]` articles. */
export interface WordShard {
  n: number;
  w: string[];
  c: number[];
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** Adds one article's words (each counted once per article) to `counts`. */
export function countArticleWords(words: Iterable<string>, counts: Map<string, number>): void {
  const seen = new Set<string>();
  for (const word of words) {
    const len = [...word].length;
    if (len < WORD_MIN || len > WORD_MAX || seen.has(word) || !HAN_WORD.test(word)) continue;
    seen.add(word);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

/** One shard per length from `counts`: at most `limit` words each, most articles first, then in code order. */
export function shardWords(counts: Map<string, number>, limit = SHARD_WORDS): WordShard[] {
  const byLength = new Map<number, Array<[string, number]>>();
  for (let n = WORD_MIN; n <= WORD_MAX; n++) byLength.set(n, []);
  for (const entry of counts) byLength.get([...entry[0]].length)?.push(entry);
  return [...byLength].map(([n, list]) => {
    const kept = list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
    return { n, w: kept.map((e) => e[0]), c: kept.map((e) => e[1]) };
  });
}

/** A query as compared: NFKC, without spaces and punctuation; null unless all Chinese characters. */
function queryChars(q: string): string[] | null {
  const s = q.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  return HAN_WORD.test(s) ? [...s] : null;
}

/** Lengths of the shards a query needs: one shorter, the same, one longer (within 2–6). */
export function shardLengthsFor(q: string): number[] {
  const chars = queryChars(q);
  if (!chars || chars.length < WORD_MIN) return [];
  return [chars.length - 1, chars.length, chars.length + 1].filter((n) => n >= WORD_MIN && n <= WORD_MAX);
}

/** `long` with one character removed equals `short`. */
function oneExtra(long: string[], short: string[]): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  for (let j = i; j < short.length; j++) if (long[j + 1] !== short[j]) return false;
  return true;
}

/**
 * How `word` is one edit from `query`, or null: `changed` (one character differs; queries of three
 * characters or more, as two-character words sharing one character are mostly unrelated),
 * `swapped` (two neighbours), `missing` (the word has one more), `extra` (the query has one more).
 */
export function editKind(query: string[], word: string[]): 'changed' | 'swapped' | 'missing' | 'extra' | null {
  if (word.length === query.length + 1) return oneExtra(word, query) ? 'missing' : null;
  if (word.length === query.length - 1) return oneExtra(query, word) ? 'extra' : null;
  if (word.length !== query.length) return null;
  const diff = query.flatMap((ch, i) => (ch === word[i] ? [] : [i]));
  if (diff.length === 1 && query.length >= 3) return 'changed';
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && query[diff[0]!] === word[diff[1]!] && query[diff[1]!] === word[diff[0]!]) return 'swapped';
  return null;
}

export interface NearWord {
  word: string;
  count: number;
  kind: NonNullable<ReturnType<typeof editKind>>;
}

/** The archive's words one edit from the query, most articles first (the query itself never). */
export function nearestWords(q: string, shards: WordShard[], limit = 5): NearWord[] {
  const query = queryChars(q);
  if (!query || query.length < WORD_MIN) return [];
  const found: NearWord[] = [];
  for (const shard of shards) {
    shard.w.forEach((word, i) => {
      const kind = editKind(query, [...word]);
      if (kind) found.push({ word, count: shard.c[i]!, kind });
    });
  }
  return found.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)).slice(0, limit);
}
