/**
 * Vocabulary growth of a text collection (Heaps' law): distinct characters, character pairs and
 * words against the number of characters read, at checkpoints. Pure apart from the word cutter
 * it is given.
 *
 * - characters: letters and digits (Han, kana, Latin, digits; NFKC, Latin lower case);
 * - pairs: two such characters next to each other, whitespace between them ignored and
 *   punctuation breaking the run — the pairs a search index of overlapping pairs holds;
 * - words: what the cutter (jieba) returns that holds a Han character.
 */

export interface VocabularyPoint {
  /** Characters (letters and digits) read so far. */
  chars: number;
  distinctChars: number;
  distinctPairs: number;
  distinctWords: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const HAN = /\p{Script=Han}/u;

/**
 * Reads the texts in order and records a point whenever the characters read pass a checkpoint
 * (and one at the end). `cut` splits a text into words.
 */
export function vocabularyCurve(texts: Iterable<string>, checkpoints: number[], cut: (text: string) => string[]): VocabularyPoint[] {
  const chars = new Set<string>();
  const pairs = new Set<string>();
  const words = new Set<string>();
  const points: VocabularyPoint[] = [];
  const marks = [...checkpoints].sort((a, b) => a - b);
  let next = 0;
  let read = 0;
  const point = () => ({ chars: read, distinctChars: chars.size, distinctPairs: pairs.size, distinctWords: words.size });
  for (const text of texts) {
    let prev: string | null = null;
    for (const raw of text.normalize('NFKC')) {
      if (SPACE.test(raw)) continue;
      if (!LETTER_OR_DIGIT.test(raw)) {
        prev = null;
        continue;
      }
      const c = raw.toLowerCase();
      chars.add(c);
      if (prev !== null) pairs.add(prev + c);
      prev = c;
      read++;
    }
    for (const w of cut(text)) if (HAN.test(w)) words.add(w);
    while (next < marks.length && read >= marks[next]!) {
      points.push(point());
      next++;
    }
  }
  if (!points.length || points.at(-1)!.chars !== read) points.push(point());
  return points;
}

/**
 * Heaps' law exponent β of `distinct = K · chars^β`: the least-squares slope of log distinct
 * against log chars over the points given.
 */
export function heapsExponent(points: Array<{ chars: number; distinct: number }>): number {
  const xs = points.filter((p) => p.chars > 0 && p.distinct > 0).map((p) => [Math.log(p.chars), Math.log(p.distinct)] as const);
  if (xs.length < 2) return NaN;
  const mx = xs.reduce((s, [x]) => s + x, 0) / xs.length;
  const my = xs.reduce((s, [, y]) => s + y, 0) / xs.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of xs) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den ? num / den : NaN;
}

/** Checkpoints doubling from `from` up to `to` (inclusive when it falls on one). */
export function doublings(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n *= 2) out.push(n);
  return out;
}
