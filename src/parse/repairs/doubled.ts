/**
 * Doubled bold runs. PDF extraction of bold text often yields every run twice, chunk by chunk:
 * `柳市镇开展柳市镇开展20232023年第一季度村社擂台赛年第一季度村社擂台赛` is `柳市镇开展2023年第一季度村社擂台赛`.
 * The chunks have no fixed size, so we find the cheapest segmentation of a line into single
 * characters and immediately repeated chunks (`ww`). Taking the longest chunk keeps genuine
 * repetitions inside it: `宜居宜业美美与共宜居宜业美美与共` → `宜居宜业美美与共`, not `宜居宜业美与共`.
 *
 * No library does this (it is an artefact of one PDF text layer), hence the dynamic programme.
 */
import {
  DOUBLED_LINE_RATIO,
  DOUBLED_MAX_CHUNK,
  DOUBLED_MIN_ALONE,
  DOUBLED_MIN_CHUNK_ALONE,
  DOUBLED_MIXED_RATIO,
} from '../constants.ts';
import { nonSpaceLength } from '../text.ts';
import type { Repair, SeedWarning } from '../../records/schema.ts';

export interface DoubledSegmentation {
  /** The line with every repeated chunk printed once. */
  text: string;
  /** Characters removed, with their 1-based column in the original line and what they were. */
  removals: { column: number; removed: string; chunk: string }[];
  /** Share of non-space characters that sit in repeated chunks (0–1). */
  ratio: number;
}

// Printable ASCII is never a space: tested first, as this runs for every character of every line.
const isSpace = (c: string) => c === ' ' || c === '\u3000' || ((c < '!' || c > '~') && /\s/u.test(c));

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
  // A chunk of length k at i repeats only where chars[i + k] is chars[i]: walking the next
  // occurrences of each character visits those k alone (few in prose), not every k up to the maximum.
  const nextSame = new Int32Array(n).fill(n);
  const seen = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) {
    nextSame[i] = seen.get(chars[i]!) ?? n;
    seen.set(chars[i]!, i);
  }
  for (let i = n - 1; i >= 0; i--) {
    best[i] = (isSpace(chars[i]) ? 0 : SINGLE_COST) + best[i + 1];
    choice[i] = 0;
    const maxK = Math.min(DOUBLED_MAX_CHUNK, Math.floor((n - i) / 2));
    for (let j = nextSame[i]!; j - i <= maxK; j = nextSame[j]!) {
      const k = j - i;
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

/**
 * A bold run extracted four times (植树添绿植树添绿植树添绿植树添绿) is still doubled once repaired:
 * a repaired line that is one phrase of two or more Han characters twice over is printed once.
 */
function onceMore(text: string, line: number, repairs: Repair[], count: (removed: number) => void): string {
  let t = text;
  for (let m = t.trim().match(WHOLE_TWICE); m?.groups; m = t.trim().match(WHOLE_TWICE)) {
    const half = m.groups.half!;
    repairs.push({ kind: 'doubled-run', line: line + 1, column: t.indexOf(half) + half.length + 1, before: half + half, after: half });
    count(nonSpaceLength(half));
    t = t.replace(half + half, half);
  }
  return t;
}

/** A line that is one phrase twice over, the phrase holding two Han characters at least. */
const WHOLE_TWICE = /^(?<half>(?=.*\p{Script=Han}.*\p{Script=Han}).{2,})\k<half>$/u;

function sameRun(chars: string[], i: number, k: number): boolean {
  // A chunk made only of spaces is not a print duplicate.
  let allSpace = true;
  for (let j = 0; j < k; j++) {
    if (chars[i + j] !== chars[i + k + j]) return false;
    if (!isSpace(chars[i + j])) allSpace = false;
  }
  return !allSpace;
}


/** A label printed twice at the start of a line: 记者记者：：, 林佳佳林佳佳：：, 【【编后编后】】 is handled as a whole line. */
const DOUBLED_LABEL = /^(?<label>[^\s：:]{1,12}?)\k<label>(?<colon>[：:])\k<colon>/u;

export interface Undoubled {
  lines: string[];
  /** Which lines were printed bold (had a doubled run repaired): a headline or label, most likely. */
  bold: boolean[];
  /** Non-whitespace characters removed. */
  removed: number;
}

/**
 * A bold run-in title printed twice at the start of a line, a wide gap after it (春季造林启动春季造林启动　3月2日，…):
 * only the title was bold. Two Han characters at least, so a genuine 看看　is never touched.
 */
const DOUBLED_RUN_IN = /^(?<label>(?=[^\s\u3000]*\p{Script=Han}[^\s\u3000]*\p{Script=Han})[^\s\u3000]{2,20}?)\k<label>(?<colon>\u3000)/u;

/**
 * 一 and a measure word said twice (一盏一盏, 一步一步, 一点一点): the language's own reduplication, a line of verse, not a bold
 * run extracted twice; alone on its line it is kept (a doubled neighbour still repairs it, below).
 */
const REDUPLICATED = /^一\p{Script=Han}一\p{Script=Han}$/u;

/**
 * Repairs every line printed twice by bold extraction. A line is repaired when most of it is in
 * repeated chunks; a line that is only partly so, when a neighbour (across blank lines) is
 * doubled too (with a warning); a short line only when all of it repeats in chunks of two or more
 * (记者记者, not 看看); a doubled speaker label at the start of a line (林佳佳林佳佳：：说实话…) alone.
 */
export function undoubleLines(raw: string[], repairs: Repair[], warnings: SeedWarning[]): Undoubled {
  const segs = raw.map((l) => segmentDoubled(l));
  const long = (i: number) => nonSpaceLength(raw[i]!) >= DOUBLED_MIN_ALONE;
  const wholeShort = (i: number) =>
    segs[i]!.ratio >= 0.99 && segs[i]!.removals.some((r) => [...r.chunk.trim()].length >= DOUBLED_MIN_CHUNK_ALONE && /\p{Script=Han}/u.test(r.chunk));
  const isDoubled = (i: number) => (segs[i]!.ratio >= DOUBLED_LINE_RATIO && long(i)) || (wholeShort(i) && !REDUPLICATED.test(raw[i]!.trim()));
  // Neighbours across blank lines count: bold paragraphs are often separated by empty lines.
  const neighbourDoubled = (i: number) => {
    for (const dir of [-1, 1]) {
      for (let j = i + dir; j >= 0 && j < raw.length; j += dir) {
        if (raw[j]!.trim() === '') continue;
        if (isDoubled(j)) return true;
        break;
      }
    }
    return false;
  };
  let removed = 0;
  const bold: boolean[] = raw.map(() => false);
  const lines = raw.map((line, i) => {
    const seg = segs[i]!;
    const label = line.trimStart().match(DOUBLED_LABEL) ?? line.trimStart().match(DOUBLED_RUN_IN);
    let apply = false;
    let unsure = false;
    if (seg.removals.length === 0) apply = false;
    else if (isDoubled(i)) apply = true;
    else if (seg.ratio >= DOUBLED_LINE_RATIO && neighbourDoubled(i)) apply = true;
    // Only a line with a repeated chunk of two characters or more: a single one (倪乐乐, 常常) is the text's own.
    else if (seg.ratio >= DOUBLED_MIXED_RATIO && neighbourDoubled(i) && seg.removals.some((r) => [...r.chunk.trim()].length >= 2)) {
      apply = true;
      unsure = true;
    }
    if (!apply && label?.groups) {
      // Only the label was bold: 林佳佳林佳佳：：说实话 → 林佳佳：说实话.
      const lead = line.length - line.trimStart().length;
      const before = label[0];
      const after = label.groups.label + label.groups.colon;
      repairs.push({ kind: 'doubled-run', line: i + 1, column: lead + 1, before, after });
      removed += nonSpaceLength(before) - nonSpaceLength(after);
      bold[i] = true;
      return line.slice(0, lead) + after + line.slice(lead + before.length);
    }
    if (!apply) return line;
    bold[i] = true;
    for (const r of seg.removals) {
      repairs.push({ kind: 'doubled-run', line: i + 1, column: r.column, before: r.chunk + r.chunk, after: r.chunk });
      removed += nonSpaceLength(r.removed);
    }
    if (unsure) {
      warnings.push({
        line: i + 1,
        message: `这一行粗体重复和正常排印混在一起：已把“${line.trim()}”修复为“${seg.text.trim()}”，请核对`,
        code: 'doubled-mixed',
      });
    }
    return onceMore(seg.text, i, repairs, (n) => (removed += n));
  });
  return { lines, bold, removed };
}
