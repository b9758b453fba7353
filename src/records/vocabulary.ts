/**
 * The archive's vocabulary as published at /search/words/<length>.json, and how it is counted: an
 * article's words (jieba's, cut in the seed pool where jieba is loaded: src/archive/seed.ts) of 2–6
 * Chinese characters, each counted once per article, one shard per length, each cut to the
 * `SHARD_WORDS` most widely used. The search page reads the shards (src/search/vocabulary.ts).
 * Pure functions: data in, data out.
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

/** A word of Chinese characters only. */
export const HAN_WORD = /^\p{Script=Han}+$/u;

/** The words of one article that the vocabulary keeps (2–6 Chinese characters), each once. */
export function vocabularyWords(words: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const word of words) {
    const len = [...word].length;
    if (len < WORD_MIN || len > WORD_MAX || seen.has(word) || !HAN_WORD.test(word)) continue;
    seen.add(word);
  }
  return [...seen];
}

/** Adds one article's words (each counted once per article) to `counts`. */
export function countArticleWords(words: Iterable<string>, counts: Map<string, number>): void {
  for (const word of vocabularyWords(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
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

