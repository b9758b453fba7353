/**
 * Vertical text: a column banner set one character per line (重 / 点 / 工 / 作 …) comes out of
 * extraction as a run of one-character lines, blank lines allowed between them. A run of at
 * least MIN_VERTICAL_RUN such lines is assembled into one line, with a warning.
 */
import { MIN_VERTICAL_RUN } from '../constants.ts';
import { nonSpaceLength } from '../text.ts';
import type { SeedWarning } from '../../records/schema.ts';

/** One letter or ideograph alone on a line (digits are page numbers and list numbers, not banners). */
const ONE_CHARACTER = /^[\p{L}]$/u;

export interface VerticalRun {
  /** First and last line index (0-based) of the run. */
  start: number;
  end: number;
  text: string;
}

/** The vertical runs of a page, in order. */
export function verticalRuns(lines: string[], warnings: SeedWarning[]): VerticalRun[] {
  const runs: VerticalRun[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ONE_CHARACTER.test(lines[i]!.trim())) continue;
    const members: number[] = [];
    let j = i;
    while (j < lines.length) {
      const t = lines[j]!.trim();
      if (t === '') {
        j++;
        continue;
      }
      if (nonSpaceLength(t) !== 1 || !ONE_CHARACTER.test(t)) break;
      members.push(j);
      j++;
    }
    if (members.length >= MIN_VERTICAL_RUN) {
      const text = coupletText(members, lines) ?? members.map((k) => lines[k]!.trim()).join('');
      runs.push({ start: members[0]!, end: members.at(-1)!, text });
      warnings.push({ line: members[0]! + 1, message: `竖排文字（每行一个字）已拼成“${text}”`, code: 'vertical' });
      i = members.at(-1)!;
    }
  }
  return runs;
}

/** Each half of a vertical couplet (对联) has at least this many characters (a 4-character banner split by a gap is not one). */
const COUPLET_HALF_MIN_CHARS = 4;
/** A couplet is its two lines (上联, 下联). */
const COUPLET_HALVES = 2;

/**
 * A vertical run whose characters fall in two groups of one length, a blank line between (虎跃新春福满门 / 龙腾盛世喜临家):
 * the two lines of a couplet, kept apart by a space. Null when the run is one banner.
 */
function coupletText(members: number[], lines: string[]): string | null {
  const groups: string[] = [''];
  for (let m = 0; m < members.length; m++) {
    if (m > 0 && members[m]! > members[m - 1]! + 1) groups.push('');
    groups[groups.length - 1] += lines[members[m]!]!.trim();
  }
  if (groups.length !== COUPLET_HALVES || groups[0]!.length !== groups[1]!.length || groups[0]!.length < COUPLET_HALF_MIN_CHARS) return null;
  return groups.join(' ');
}
