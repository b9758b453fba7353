/**
 * Column and page breaks inside a paragraph. Extraction writes a break as a blank line, a page
 * number, a page header or an editor's line in the middle of a sentence (习近平总书记 / 在全国两会
 * 期间; 翔金 / — 2 — / 垟村). When the first part does not end a sentence, the second part
 * continues it and the two are joined. A 公文 often repeats the last word of a page at the top
 * of the next (精神 / 精神的成果, 落实 / 落实责任): that word is kept once, with a warning.
 */
import { HAN, MAX_BREAK_OVERLAP } from '../constants.ts';
import { joinText, nonSpaceLength } from '../text.ts';
import type { Repair, SeedWarning } from '../../records/schema.ts';

/** Place-name endings: a single one of them printed on both sides of a break may be a print repeat (乡村 / 村建设). */
const SUFFIX = /^[村镇区县市社乡]$/u;

export interface Rejoined {
  text: string;
  /** Non-whitespace characters removed as a repeat. */
  removed: number;
}

/**
 * Joins `b` to `a` across a break. `isKnownWord` tells real names that end in a doubled
 * character (彭村村): a single repeated character is removed only when the doubled form is not one.
 */
export function rejoin(
  a: { text: string; end: number },
  b: { text: string; start: number },
  repairs: Repair[],
  warnings: SeedWarning[],
  isKnownWord: (s: string) => boolean = () => false,
): Rejoined {
  const ac = [...a.text];
  const bc = [...b.text];
  for (let k = Math.min(MAX_BREAK_OVERLAP, ac.length, bc.length); k >= 1; k--) {
    const tail = ac.slice(-k).join('');
    if (tail !== bc.slice(0, k).join('') || !HAN.test(tail)) continue;
    if (k === 1) {
      if (!SUFFIX.test(tail)) continue;
      // 彭村 / 村 is the village 彭村村, not a repeat: look for a known name ending in the doubled character.
      const lead = (a.text.match(/\p{Script=Han}{1,6}$/u)?.[0] ?? '') + tail;
      if ([...lead].some((_, i) => isKnownWord(lead.slice(i)))) continue;
    }
    repairs.push({ kind: 'doubled-at-break', line: b.start, column: 1, before: tail + tail, after: tail });
    warnings.push({ line: b.start, message: `“${tail}”在分栏或转版处前后各印了一次（第${a.end}–${b.start}行），只保留一个`, code: 'break-repeat' });
    return { text: joinText(a.text, bc.slice(k).join('')), removed: nonSpaceLength(tail) };
  }
  repairs.push({ kind: 'break-rejoined', line: b.start, column: 1, before: `${lastChars(a.text)} ⏎ ${firstChars(b.text)}`, after: `${lastChars(a.text)}${firstChars(b.text)}` });
  return { text: joinText(a.text, b.text), removed: 0 };
}

const lastChars = (s: string) => [...s].slice(-6).join('');
const firstChars = (s: string) => [...s].slice(0, 6).join('');
