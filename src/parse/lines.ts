/**
 * Step 1 of the pipeline: raw text → numbered lines with the line repairs applied, each repair
 * logged (src/parse/repairs/): control characters shown, full-width digits read, bold runs printed
 * twice collapsed, vertical text assembled, Latin I between Chinese read as 工, letter-spaced
 * words closed up.
 */
import type { Repair, SeedWarning } from '../records/schema.ts';
import type { LineFeatures, PageFeatures } from './features.ts';
import { showControls } from './repairs/control.ts';
import { undoubleLines } from './repairs/doubled.ts';
import { readLatinIAsGong } from './repairs/ocr.ts';
import { closingQuoteAtLineEnd } from './repairs/quotes.ts';
import { unspace } from './repairs/spacing.ts';
import { verticalRuns } from './repairs/vertical.ts';
import { asciiDigits } from './repairs/width.ts';
import { visualWidth } from './text.ts';

export interface Line {
  /** 1-based line number in the seed (first line of a vertical run). */
  n: number;
  /** Last source line this line covers (differs from `n` for vertical runs). */
  end: number;
  /** Text after repairs, trimmed; '' for a blank line. */
  text: string;
  /** The line began with an indent (two spaces or more, or a full-width space): a paragraph's first line. */
  indented: boolean;
  /** The indent's width in half-width columns (a full-width space is two): where on the line its text starts. */
  indentWidth: number;
  /** One space before or after the text: the space of a quotation mark lost in extraction (… 顾客 ,…). */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** A wide gap after the text (a full-width space, or several): the end of a run-in title. */
  gapAfter: boolean;
  /** Printed bold: a doubled run was repaired on it. */
  bold: boolean;
  /** Assembled from one-character-per-line vertical text. */
  vertical: boolean;
  /** What the page's layout says of the line (a PDF seed; src/parse/features.ts); absent for text. */
  layout?: LineFeatures;
}

export interface PreparedLines {
  lines: Line[];
  repairs: Repair[];
  warnings: SeedWarning[];
  /** Non-whitespace characters removed as print duplicates. */
  removed: number;
  /** Quotation marks restored on a line (see closingQuoteAtLineEnd). */
  added: number;
}

/** A quotation lost at a line's end and restored on it, where the next line carries on its sentence; the marks added. */
function closeQuotesAtLineEnds(lines: Line[], repairs: Repair[]): number {
  let added = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!line.text || line.vertical || !next || next.indented || next.vertical) return;
    const q = closingQuoteAtLineEnd(line.text, next.text);
    if (!q) return;
    repairs.push({ kind: 'quote-restored', line: line.n, column: q.column, before: ` ${q.phrase}`, after: `“${q.phrase}”` });
    line.text = q.text;
    added += 2;
  });
  return added;
}

/** Normalises line endings and the BOM; splits into lines. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n');
}

export function prepareLines(text: string, features?: PageFeatures): PreparedLines {
  const repairs: Repair[] = [];
  const warnings: SeedWarning[] = [];
  let raw = showControls(splitLines(text), repairs, warnings);
  raw = asciiDigits(raw, repairs);
  const undoubled = undoubleLines(raw, repairs, warnings);
  raw = undoubled.lines;

  const lines: Line[] = [];
  const runs = verticalRuns(raw, warnings);
  let r = 0;
  for (let i = 0; i < raw.length; i++) {
    const run = runs[r];
    if (run && run.start === i) {
      lines.push({ n: i + 1, end: run.end + 1, text: run.text, indented: false, indentWidth: 0, spaceBefore: false, spaceAfter: false, gapAfter: false, bold: false, vertical: true });
      i = run.end;
      r++;
      continue;
    }
    const line = raw[i]!;
    const text = unspace(line.trim());
    const lead = text ? (line.match(/^[ \t\u3000]*/u)?.[0] ?? '') : '';
    const trail = text ? (line.match(/[ \t\u3000]*$/u)?.[0] ?? '') : '';
    lines.push({
      n: i + 1,
      end: i + 1,
      text,
      indented: lead.includes('\u3000') || lead.length >= 2,
      indentWidth: visualWidth(lead),
      spaceBefore: lead === ' ',
      spaceAfter: trail === ' ',
      gapAfter: trail.includes('\u3000') || trail.length >= 2,
      bold: undoubled.bold[i]!,
      vertical: false,
    });
  }
  for (const line of lines) if (line.text) line.text = readLatinIAsGong(line.text, line.n, repairs, warnings);
  const added = closeQuotesAtLineEnds(lines, repairs);
  if (features) withLayout(lines, features);
  return { lines, repairs, warnings, removed: undoubled.removed, added };
}

/** A laid-out page's features on its lines: a weight or direction the layout shows is the line's. */
function withLayout(lines: Line[], features: PageFeatures) {
  for (const line of lines) {
    const f = features[line.n - 1];
    if (!f || !line.text) continue;
    line.layout = f;
    line.bold ||= f.bold;
    line.vertical ||= f.vertical;
  }
}
