/**
 * Runs of text a line must not break inside: a date's month and day (`11月4日`) and its year (`2023年`), a number with its
 * unit (`3.5亿元`, `60余名`, `85%`) and a person's name (`黄瀚`). Chinese text may break between any
 * two characters, so a phone's narrow line puts `11月4` on one line and `日` on the next; pages wrap
 * these runs in a no-wrap span (`.nw` in global.css). Pure; the rendering is NoBreak.astro.
 */

/** Units and measure words printed after a number. Longest first within the alternation. */
const UNITS = [
  '平方公里', '平方米', '立方米', '公里', '千米', '公顷', '公斤', '千克', '千瓦', '小时', '分钟', '周岁', '个月', '余人', '万元', '亿元',
  '年', '月', '日', '号', '时', '分', '秒', '天', '周', '岁', '人', '名', '位', '个', '家', '户', '项', '件', '次', '条', '座', '所', '台',
  '辆', '元', '米', '亩', '吨', '斤', '期', '版', '届', '批', '篇', '份', '套', '处', '栋', '间', '支', '场', '轮', '张', '本', '层', '卷',
  '倍', '起', '只', '头', '棵', '株', '盏', '%', '％', '‰', '℃',
];
const DIGITS = '[0-9０-９]';
const NUMBER = `${DIGITS}+(?:[.．]${DIGITS}+)?`;
/** Chinese numerals as dates are printed in 公文: 二〇二二年十一月十日. */
const CN = '[〇零一二三四五六七八九十]';

const PATTERNS = [
  // A date keeps its month and day together (3月20日, 十一月十日) and its year together (2023年); a
  // line may break between the year and the month, or a date in a heading at 特大 would not fit a phone.
  `${DIGITS}{1,2}月${DIGITS}{1,2}[日号]`,
  `${CN}{1,2}月${CN}{1,3}日`,
  `${CN}{4}年`,
  // A part of a month (3月下旬) and a short bracketed note (（推定）, 『双清』) stay whole.
  `${DIGITS}{1,2}月[上中下]旬`,
  '[（(『「“][^（）()『』「」“”\\s]{1,8}[）)』」”]',
  // A number with its magnitude, "about" and unit: 3.5亿元, 1200万元, 60余名, 85%.
  `${NUMBER}(?:[万亿千百]+)?[余多]?(?:${UNITS.join('|')})`,
];

export interface TextRun {
  text: string;
  /** Keep on one line. */
  keep: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Compiled patterns by the names they keep whole ('' for none), the most recently used few. A page
 * renders this for every headline, teaser and paragraph (tens of times a page, mostly with the
 * same names), and compiling the pattern cost more than matching it (≈ 60 µs a call measured).
 * Kept small: a compiled pattern is not small, and there are about as many name lists as articles.
 */
const compiled = new Map<string, RegExp>();
const COMPILED_MAX = 64;

function patternFor(names: Iterable<string>): RegExp {
  const nameList = [...new Set([...names].filter((n) => [...n].length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const key = nameList.join('\u0000');
  let pattern = compiled.get(key);
  if (pattern) compiled.delete(key);
  else {
    pattern = new RegExp([...nameList.map(escape), ...PATTERNS].join('|'), 'gu');
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, pattern);
  return pattern;
}

/** The text cut into runs, the dates, numbers with units and the given names marked to keep together. */
export function keepTogether(text: string, names: Iterable<string> = []): TextRun[] {
  // matchAll works on a copy of the pattern's state (lastIndex), so a shared pattern is safe.
  const pattern = patternFor(names);
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0].length < 2) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), keep: false });
    runs.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
