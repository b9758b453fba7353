/**
 * Step 1 of the pipeline: raw text → numbered lines with line-level repairs applied
 * (doubled bold runs, vertical text, OCR confusions), every repair logged.
 */
import {
  DOUBLED_LINE_RATIO,
  DOUBLED_MIN_ALONE,
  DOUBLED_MIXED_RATIO,
  MIN_VERTICAL_RUN,
  PATTERNS,
} from './constants.ts';
import { nonSpaceLength, segmentDoubled } from './doubled.ts';
import type { Repair, SeedWarning } from '../records/schema.ts';

export interface Line {
  /** 1-based line number in the seed (first line of a merged vertical run). */
  n: number;
  /** Last source line this line covers (differs from `n` for vertical runs). */
  end: number;
  /** Text after repairs, trimmed. */
  text: string;
  /** True when the line was assembled from one-character-per-line vertical text. */
  vertical: boolean;
}

export interface PreparedLines {
  lines: Line[];
  repairs: Repair[];
  warnings: SeedWarning[];
  /** Non-whitespace characters removed as print duplicates. */
  removed: number;
}

/** Normalises line endings and the BOM; splits into lines. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n');
}

/** C0 control characters other than tab and line breaks, and DEL: never meant to be text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

/** ␀ for NUL, ␇ for BEL …: the Unicode control pictures, so the character stays visible and counted. */
const controlPicture = (c: string) => String.fromCharCode(c === '\u007F' ? 0x2421 : 0x2400 + c.charCodeAt(0));

export function prepareLines(text: string): PreparedLines {
  const repairs: Repair[] = [];
  const warnings: SeedWarning[] = [];
  let removed = 0;
  const raw = splitLines(text).map((line, i) => {
    if (!CONTROL.test(line)) return line;
    CONTROL.lastIndex = 0;
    const columns = [...line.matchAll(CONTROL)].map((m) => m.index! + 1);
    const shown = line.replace(CONTROL, controlPicture);
    repairs.push({ kind: 'control-character', line: i + 1, column: columns[0], before: line, after: shown });
    warnings.push({ line: i + 1, message: `control characters at column(s) ${columns.join(', ')} shown as ${[...new Set(line.match(CONTROL))].map(controlPicture).join(' ')}` });
    return shown;
  });

  const segs = raw.map((l) => segmentDoubled(l));
  const isDoubled = (i: number) =>
    segs[i].ratio >= DOUBLED_LINE_RATIO && nonSpaceLength(raw[i]) >= DOUBLED_MIN_ALONE;
  // Neighbours across blank lines count: bold paragraphs are often separated by empty lines.
  const neighbourDoubled = (i: number) => {
    for (const dir of [-1, 1]) {
      for (let j = i + dir; j >= 0 && j < raw.length; j += dir) {
        if (raw[j].trim() === '') continue;
        if (isDoubled(j)) return true;
        break;
      }
    }
    return false;
  };

  const repaired = raw.map((line, i) => {
    const seg = segs[i];
    if (seg.removals.length === 0) return line;
    let apply = false;
    let unsure = false;
    if (isDoubled(i)) apply = true;
    else if (seg.ratio >= DOUBLED_LINE_RATIO && neighbourDoubled(i)) apply = true;
    else if (seg.ratio >= DOUBLED_MIXED_RATIO && neighbourDoubled(i)) {
      apply = true;
      unsure = true;
    }
    if (!apply) return line;
    for (const r of seg.removals) {
      repairs.push({ kind: 'doubled-run', line: i + 1, column: r.column, before: r.chunk + r.chunk, after: r.chunk });
      removed += nonSpaceLength(r.removed);
    }
    if (unsure) {
      warnings.push({
        line: i + 1,
        message: `line switches between doubled and normal print; repaired "${line.trim()}" → "${seg.text.trim()}", please check`,
      });
    }
    return seg.text;
  });

  // Vertical text: runs of lines holding one character each (blank lines between are allowed).
  const lines: Line[] = [];
  for (let i = 0; i < repaired.length; i++) {
    const t = repaired[i].trim();
    if (nonSpaceLength(t) === 1) {
      const run: number[] = [];
      let j = i;
      while (j < repaired.length) {
        const tj = repaired[j].trim();
        if (tj === '') {
          j++;
          continue;
        }
        if (nonSpaceLength(tj) !== 1) break;
        run.push(j);
        j++;
      }
      if (run.length >= MIN_VERTICAL_RUN) {
        const text = run.map((k) => repaired[k].trim()).join('');
        lines.push({ n: run[0] + 1, end: run[run.length - 1] + 1, text, vertical: true });
        warnings.push({ line: run[0] + 1, message: `vertical text (one character per line) assembled as "${text}"` });
        i = run[run.length - 1];
        continue;
      }
    }
    lines.push({ n: i + 1, end: i + 1, text: t, vertical: false });
  }

  // OCR confusion: a Latin I between Han characters stands for 工 (004: 重点I作). Corrected, with a warning.
  for (const line of lines) {
    if (!PATTERNS.latinIBetweenHan.test(line.text)) continue;
    const before = line.text;
    line.text = before.replace(new RegExp(PATTERNS.latinIBetweenHan.source, 'gu'), '工');
    repairs.push({ kind: 'ocr-latin-i', line: line.n, column: before.indexOf('I') + 1, before, after: line.text });
    warnings.push({ line: line.n, message: `Latin "I" between Chinese characters read as 工: "${before}" → "${line.text}"` });
  }

  return { lines, repairs, warnings, removed };
}
