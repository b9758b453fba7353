/**
 * Step 2: repaired lines → units (paragraph candidates). Lines hard-wrapped in narrow columns are
 * joined without spaces between Chinese characters; headings, list items and sentence ends keep
 * their own units. Joining across blank lines (column and page breaks) happens later, once the
 * page structure is known (see `rejoinBreaks`).
 */
import { HAN, MAX_HEADLINE_CHARS, MAX_BREAK_OVERLAP, PATTERNS } from './constants.ts';
import { nonSpaceLength } from './doubled.ts';
import type { Line } from './lines.ts';
import type { Repair, SeedWarning } from '../records/schema.ts';

export interface Unit {
  text: string;
  /** First and last seed line. */
  start: number;
  end: number;
  vertical: boolean;
  /** True when the unit came from a blank-line separated group of its own (not a wrapped paragraph's tail). */
  groupStart: boolean;
}

const isWide = (c: string | undefined) => !!c && (HAN.test(c) || /[\u3000-\u303f\uff00-\uffef“”‘’]/u.test(c));

/** Joins two pieces of text: nothing between Chinese characters, one space between Latin words. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = [...a].at(-1);
  const first = [...b][0];
  if (isWide(last) || isWide(first)) return a + b;
  return `${a} ${b}`;
}

export const endsSentence = (s: string) => PATTERNS.sentenceEnd.test(s.trim());

/** Page furniture is printed on lines of its own: never join it to a neighbour. */
export const isFurnitureLine = (s: string) =>
  PATTERNS.submission.test(s) || PATTERNS.masthead.test(s) || PATTERNS.editorLine.test(s);

export const isListItem = (s: string) => PATTERNS.listItem.test(s);

/** A line that could be a headline, section label or list title: short, no sentence punctuation. */
export function isHeadingLike(s: string): boolean {
  const t = s.trim();
  if (t === '' || isListItem(t)) return false;
  if (nonSpaceLength(t) > MAX_HEADLINE_CHARS) return false;
  return !PATTERNS.notInHeadline.test(t);
}

export function groupUnits(lines: Line[]): Unit[] {
  const groups: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (cur.length) groups.push(cur);
      cur = [];
    } else if (l.vertical) {
      if (cur.length) groups.push(cur);
      groups.push([l]);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) groups.push(cur);

  const units: Unit[] = [];
  for (const g of groups) {
    const hasList = g.some((l) => isListItem(l.text));
    // Three or more lines with punctuation somewhere are wrapped prose; fewer, or none, may be a headline stack.
    const prose = g.length >= 3 && g.some((l) => PATTERNS.notInHeadline.test(l.text));
    let u: Unit | null = null;
    for (const l of g) {
      const join =
        u !== null &&
        !hasList &&
        !u.vertical &&
        !isFurnitureLine(lastLine(u)) &&
        !isFurnitureLine(l.text) &&
        !endsSentence(u.text) &&
        // A headline stack printed right after a paragraph's last line (001, line 23) is not prose.
        (!(isHeadingLike(lastLine(u)) && isHeadingLike(l.text)) || (prose && u.groupStart));
      if (join && u) {
        u.text = `${u.text}\n${l.text}`;
        u.end = l.end;
      } else {
        if (u) units.push(u);
        u = { text: l.text, start: l.n, end: l.end, vertical: l.vertical, groupStart: u === null };
      }
    }
    if (u) units.push(u);
  }
  // Lines were kept apart with \n above so `lastLine` can see the column width; now join them.
  for (const u of units) u.text = u.text.split('\n').reduce(joinText);
  return units;
}

const lastLine = (u: Unit) => u.text.split('\n').at(-1) ?? '';

/**
 * Re-joins a paragraph cut by a column or page break (000: 习近平总书记 / 在全国两会期间): when
 * the first part does not end a sentence, the second part continues it. A word printed on both
 * sides of the break (002: 精神 / 精神的成果) is removed once, with a warning.
 */
export function rejoin(
  a: { text: string; end: number },
  b: { text: string; start: number },
  repairs: Repair[],
  warnings: SeedWarning[],
): { text: string; removed: number } {
  const ac = [...a.text];
  const bc = [...b.text];
  for (let k = Math.min(MAX_BREAK_OVERLAP, ac.length, bc.length); k >= 1; k--) {
    const tail = ac.slice(-k).join('');
    if (tail !== bc.slice(0, k).join('') || !HAN.test(tail)) continue;
    // A single repeated character can be genuine (常常, 看看): only remove words of two or more.
    // A single character is removed only when it is a common suffix (村, 镇) printed twice.
    if (k === 1 && !/[村镇区县市社乡]/u.test(tail)) continue;
    repairs.push({ kind: 'doubled-at-break', line: b.start, column: 1, before: tail + tail, after: tail });
    warnings.push({
      line: b.start,
      message: `"${tail}" printed on both sides of a column break (lines ${a.end}–${b.start}); kept once`,
    });
    return { text: joinText(a.text, bc.slice(k).join('')), removed: nonSpaceLength(tail) };
  }
  return { text: joinText(a.text, b.text), removed: 0 };
}
