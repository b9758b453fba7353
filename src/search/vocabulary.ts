/**
 * The archive's words, for suggesting a near miss (issue 21): `德立西` finds nothing, and the search
 * page offers `德力西`, a word the articles use. The words are counted at build, one shard per
 * length (src/records/vocabulary.ts), so that a query loads only the shards of the lengths one edit
 * away and no shard grows with the archive past a bound. The full-text index is not touched: a
 * suggestion is only a link to another search. Pure functions: data in, data out.
 *
 * Hand-written rather than a fuzzy-search library: the rule is exactly one edit (a character
 * changed, two neighbours swapped, one missing or one extra) over a few thousand short words, a
 * dozen lines, where libraries rank by scores that would also suggest words two edits away.
 */

import { HAN_WORD, WORD_MAX, WORD_MIN, type WordShard } from '../records/vocabulary.ts';

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
