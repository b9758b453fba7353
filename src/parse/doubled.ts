/**
 * Doubled bold runs. PDF extraction of bold text often yields every run twice, chunk by chunk:
 * `柳市镇开展柳市镇开展20232023年第一季度村社擂台赛年第一季度村社擂台赛` is `柳市镇开展2023年第一季度村社擂台赛`.
 * The chunks have no fixed size, so we find the cheapest segmentation of a line into single
 * characters and immediately repeated chunks (`ww`). Taking the longest chunk keeps genuine
 * repetitions inside it: `宜居宜业美美与共宜居宜业美美与共` → `宜居宜业美美与共`, not `宜居宜业美与共`.
 *
 * No library does this (it is an artefact of one PDF text layer), hence the dynamic programme.
 */
import { DOUBLED_MAX_CHUNK } from './constants.ts';

export interface DoubledSegmentation {
  /** The line with every repeated chunk printed once. */
  text: string;
  /** Characters removed, with their 1-based column in the original line and what they were. */
  removals: { column: number; removed: string; chunk: string }[];
  /** Share of non-space characters that sit in repeated chunks (0–1). */
  ratio: number;
}

const isSpace = (c: string) => /\s/u.test(c);

/** Costs: a single character costs 1, a repeated chunk 0.5 whatever its length (so longer chunks win). */
const SINGLE_COST = 1;
const CHUNK_COST = 0.5;

/** Segments a line into singles and doubled chunks, minimising cost. */
export function segmentDoubled(line: string): DoubledSegmentation {
  const chars = [...line];
  const n = chars.length;
  // best[i] = min cost of chars[i..n); choice[i] = chunk length k (>0) or 0 for a single char.
  const best = new Float64Array(n + 1);
  const choice = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = (isSpace(chars[i]) ? 0 : SINGLE_COST) + best[i + 1];
    choice[i] = 0;
    const maxK = Math.min(DOUBLED_MAX_CHUNK, Math.floor((n - i) / 2));
    for (let k = 1; k <= maxK; k++) {
      if (!sameRun(chars, i, k)) continue;
      const cost = CHUNK_COST + best[i + 2 * k];
      // `<=` prefers the longer chunk on ties (k grows), keeping genuine repeats inside it.
      if (cost <= best[i]) {
        best[i] = cost;
        choice[i] = k;
      }
    }
  }
  const out: string[] = [];
  const removals: DoubledSegmentation['removals'] = [];
  let doubledChars = 0;
  let nonSpace = 0;
  for (let i = 0; i < n; ) {
    const k = choice[i];
    if (k === 0) {
      out.push(chars[i]);
      if (!isSpace(chars[i])) nonSpace++;
      i++;
      continue;
    }
    const chunk = chars.slice(i, i + k).join('');
    out.push(chunk);
    removals.push({ column: i + k + 1, removed: chunk, chunk });
    const ns = [...chunk].filter((c) => !isSpace(c)).length;
    // Digits repeat by nature (2020, 1111): a chunk of digits alone is no evidence of doubled print.
    if (!/^[\d\s.]+$/u.test(chunk)) doubledChars += 2 * ns;
    nonSpace += 2 * ns;
    i += 2 * k;
  }
  return { text: out.join(''), removals, ratio: nonSpace === 0 ? 0 : doubledChars / nonSpace };
}

function sameRun(chars: string[], i: number, k: number): boolean {
  // A chunk made only of spaces is not a print duplicate.
  let allSpace = true;
  for (let j = 0; j < k; j++) {
    if (chars[i + j] !== chars[i + k + j]) return false;
    if (!isSpace(chars[i + j])) allSpace = false;
  }
  return !allSpace;
}

export const nonSpaceLength = (s: string) => [...s].filter((c) => !isSpace(c)).length;
