/**
 * Headline stacks: 引题 (kicker) / 主标题 (headline) / 副题 (subheadline).
 *
 * Without font sizes, the roles come from the shape of each line:
 * - a couplet (two short parallel phrases separated by a space: 银领向党 凝聚力量) is a kicker;
 * - a line wrapped in dashes (——践行“八八战略” 投身“两个先行”——) belongs to the line above it;
 * - a line starting with 暨 continues the headline it follows in print, even when extraction put it
 *   first (003: 暨『双清』『双治』工作部署会 belongs after 我区召开信访工作联席会议);
 * - of the remaining lines the first is the headline, the next the subheadline.
 * A stack flattened onto one line with spaces (精准精细齐发力 文明脚步再向前 柳市镇多个村社、单位 入选新一轮文明名单)
 * has its leading couplet cut off as the kicker first.
 */
import { PATTERNS } from './constants.ts';

export interface HeadlineStack {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  warnings: string[];
}

const parts = (s: string) => s.trim().split(/\s+/u).filter(Boolean);

/**
 * Two parallel phrases of 3–10 characters and equal length (对仗): the classic 引题 couplet,
 * 银领向党 凝聚力量. Unequal halves (柳市镇打造 全面小康标杆镇) are a headline broken by a space.
 */
export function isCouplet(s: string): boolean {
  const p = parts(s);
  if (p.length !== 2) return false;
  if (!p.every((x) => PATTERNS.coupletPart.test(x))) return false;
  return [...p[0]].length === [...p[1]].length;
}

const isDashed = (s: string) => /^[—–-]{1,2}.*[—–-]{0,2}$/u.test(s.trim()) && /^[—–-]/u.test(s.trim());
const isJi = (s: string) => /^暨/u.test(s.trim());

/**
 * Joins the parts of one headline printed on several lines. The space is kept: it is often a
 * real one (共同富裕标杆镇 业强宜居小城市 is printed with it in 000's body text).
 */
const joinHeadline = (xs: string[]) => xs.map((x) => x.trim()).join(' ');

/**
 * Builds the stack from heading lines in printed order. Returns null when there are none.
 */
export function readHeadlineStack(lines: string[]): HeadlineStack | null {
  const warnings: string[] = [];
  // Expand flattened one-line stacks: a leading couplet becomes its own line.
  const expanded: string[] = [];
  for (const line of lines) {
    const p = parts(line);
    if (p.length >= 3 && isCouplet(`${p[0]} ${p[1]}`)) {
      expanded.push(`${p[0]} ${p[1]}`, p.slice(2).join(' '));
    } else expanded.push(line.trim());
  }
  if (expanded.length === 0) return null;

  // 暨… lines move after the line they follow in print.
  const ordered: string[] = [];
  const ji: string[] = [];
  for (const l of expanded) (isJi(l) ? ji : ordered).push(l);

  const kicker: string[] = [];
  const rest: string[] = [];
  for (const l of ordered) {
    if (isCouplet(l) && ordered.some((o) => !isCouplet(o) && !isDashed(o))) kicker.push(l);
    else if (isDashed(l) && rest.length === 0 && kicker.length > 0) kicker.push(l);
    else rest.push(l);
  }
  // Only couplets: the last one is the headline. Only 暨 lines (the rest of the stack lost in
  // extraction): the first is the headline.
  if (rest.length === 0 && kicker.length > 0) rest.push(kicker.pop()!);
  if (rest.length === 0) rest.push(ji.shift()!);
  let headlineParts = [rest[0]];
  const sub = rest.slice(1);
  if (ji.length) {
    headlineParts = [...headlineParts, ...ji];
    warnings.push(`headline line "${ji.join(' ')}" printed out of order; placed after "${rest[0]}"`);
  }
  const headline = joinHeadline(headlineParts);
  return {
    kicker: kicker.length ? kicker.join(' ') : null,
    headline,
    subheadline: sub.length ? sub.join(' ') : null,
    warnings,
  };
}
