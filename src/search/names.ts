/**
 * The lists a search box consults besides the full-text index (issue 21): place and people names
 * with their 拼音 and 首字母 (made at build with pinyin-pro, so `huanghua` and `hh` find 黄华社区),
 * and the issues by date (so `2023年3月` offers that month's issues). Written once per build to
 * /search/names.json; the full-text index does not change. Pure functions: data in, data out.
 */

export interface NameEntry {
  /** The name: 黄华社区, 吴昊妹. */
  n: string;
  /** 地 (place) or 人 (person). */
  k: '地' | '人';
  /** Page address. */
  u: string;
  /** Articles. */
  c: number;
  /** 拼音 without tones, syllables run together: huanghuashequ. */
  p: string;
  /** 首字母: hhsq. */
  i: string;
}

export interface IssueEntry {
  /** ISO day (2023-03-20) or month (2023-03, an undated issue inferred to a month); null for none. */
  d: string;
  /** 柳市 2023年3月20日. */
  t: string;
  u: string;
}

export interface NamesFile {
  names: NameEntry[];
  issues: IssueEntry[];
  /** Every character OpenCC's t→cn converter changes: a query with none of them is not converted. */
  traditional: string;
}

/** Whether a query has a character that converts from 繁体 to 简体. */
export const hasTraditional = (q: string, traditional: string) => [...q].some((ch) => traditional.includes(ch));

/** Letters of a query as typed in 拼音: lower case, no spaces, apostrophes or tone digits. */
export const latinKey = (q: string) => q.normalize('NFKC').toLowerCase().replace(/[\s'’·0-9]/gu, '');

/** A query all in Latin letters (`huanghua`, `Huang Hua`, `hh`). */
export const isLatinQuery = (q: string) => /^[A-Za-z\s'’]+$/u.test(q.trim()) && latinKey(q).length >= 2;

/**
 * Names whose 拼音 or 首字母 match a Latin query: whole 拼音 first (huanghua → 黄华社区, 黄华堡村),
 * then a prefix of it, then the initials; most articles first within each.
 */
export function namesByPinyin(q: string, names: NameEntry[], limit = 8): NameEntry[] {
  const key = latinKey(q);
  const rank = (e: NameEntry) => (e.p === key ? 0 : e.p.startsWith(key) ? 1 : e.i === key ? 2 : e.i.startsWith(key) && key.length >= 2 ? 3 : -1);
  return names
    .map((e) => ({ e, r: rank(e) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || b.e.c - a.e.c || a.e.n.localeCompare(b.e.n, 'zh-Hans-CN'))
    .slice(0, limit)
    .map((x) => x.e);
}

/** How many characters of `a` occur in `b` in order (a short longest-common-subsequence). */
function inOrder(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const row = new Array<number>(y.length + 1).fill(0);
  for (const ch of x) {
    let prev = 0;
    for (let j = 1; j <= y.length; j++) {
      const keep = row[j]!;
      row[j] = ch === y[j - 1] ? prev + 1 : Math.max(row[j]!, row[j - 1]!);
      prev = keep;
    }
  }
  return row[y.length]!;
}

/**
 * The names nearest to a query that found nothing: those sharing all but one of its characters in
 * order (郑喜曌 → 郑喜喜; the articles' other words: vocabulary.ts), or whose 拼音 equals the query's (a homophone typed by ear). `pinyinOf`
 * gives a Chinese query's 拼音 (the client has no pinyin-pro: it passes the names' own).
 */
export function nearestNames(q: string, names: NameEntry[], limit = 5): NameEntry[] {
  const query = q.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  const len = [...query].length;
  if (len < 2) return [];
  const need = Math.max(2, len - 1);
  return names
    .filter((e) => e.n !== query)
    .map((e) => ({ e, shared: inOrder(query, e.n), gap: Math.abs([...e.n].length - len) }))
    .filter((x) => x.shared >= need)
    .sort((a, b) => b.shared - a.shared || a.gap - b.gap || b.e.c - a.e.c)
    .slice(0, limit)
    .map((x) => x.e);
}

/** A date typed in the search box: 2023年3月, 2023-03, 2023.3, 2023年3月20日, 2023-03-20, 2023/3/20. */
export interface DateQuery {
  /** `2023-03` or `2023-03-20`. */
  prefix: string;
  /** 2023年3月 / 2023年3月20日. */
  label: string;
}

export function parseDateQuery(q: string): DateQuery | null {
  const s = q.normalize('NFKC').trim();
  const m = /^(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月)?(?:\s*(?:[-./])?\s*(\d{1,2})\s*(?:日|号)?)?$/u.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return day === null
    ? { prefix: `${year}-${pad(month)}`, label: `${year}年${month}月` }
    : { prefix: `${year}-${pad(month)}-${pad(day)}`, label: `${year}年${month}月${day}日` };
}

/** The issues of a typed month or day: those dated in it (a month also takes issues inferred to it). */
export const issuesOn = (date: DateQuery, issues: IssueEntry[]) => issues.filter((i) => i.d.startsWith(date.prefix));
