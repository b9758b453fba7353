/**
 * Where a headline, title or label may break on a narrow screen: between words, never inside one.
 * Chinese has no spaces, so a browser breaks between any two characters (`擂台` / `赛`); pages set
 * `word-break: keep-all` on such text (`.words` in global.css) and mark the breaks allowed with
 * <wbr> at jieba's cuts. A date, a number with its unit, a bracket and a name stay whole
 * (src/browse/typography.ts), whatever jieba says. Pure: the cutter is given.
 */
import { keepTogether } from './typography.ts';

export type Cut = (text: string) => string[];

/**
 * A label of a name and a date (`柳市 2023年3月8日`, `日期不详`, `2023年3月下旬（推定）`) as pieces: a
 * line may break at its spaces and before a bracketed note, nowhere else. Its parts are a paper's
 * name, a date and a note, each short and each read whole; no word cutter is needed for them.
 */
export function labelPieces(text: string): string[] {
  return text.split(/(?<= )|(?=[（(])/u).filter((p) => p.length > 0);
}

/** A dash that is printed doubled (——): its two halves are one mark. */
const DASH = /^[—–]$/u;

/**
 * A break a <wbr> would add for nothing (next to a space, where the browser breaks anyway: every
 * <wbr> is 5 bytes of every list that shows the text) or against the print (inside a doubled dash).
 */
function needlessBreak(text: string, at: number): boolean {
  const before = text[at - 1]!;
  const after = text[at]!;
  return /\s/u.test(before) || /\s/u.test(after) || (DASH.test(before) && DASH.test(after));
}

/**
 * The text as pieces between which a line may break: jieba's words, merged where a word would cut
 * a kept run (a date, number, bracket or name) so that the run is never split.
 */
export function breakablePieces(text: string, cut: Cut, names: Iterable<string> = []): string[] {
  // Offsets (in UTF-16 units) where a break is allowed: jieba's word ends...
  const allowed = new Set<number>();
  let at = 0;
  for (const word of cut(text)) {
    at += word.length;
    allowed.add(at);
  }
  // ...except inside a kept run.
  let from = 0;
  for (const run of keepTogether(text, names)) {
    if (run.keep) for (let i = from + 1; i < from + run.text.length; i++) allowed.delete(i);
    from += run.text.length;
  }
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (!allowed.has(i) || needlessBreak(text, i)) continue;
    pieces.push(text.slice(start, i));
    start = i;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.filter((p) => p.length > 0);
}
