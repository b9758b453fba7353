/**
 * Dates: the issue date (metadata, or inferred from the text) and each article's dateline.
 * Follows chrono's distinction between a date read from the text and one implied by context.
 */
import { PATTERNS } from './constants.ts';
import type { DateSource, InferredDate } from '../records/schema.ts';

export interface IssueDate {
  date: string | null;
  year: number | null;
  source: DateSource;
  inferred: InferredDate | null;
  warning: string | null;
}

/** An ISO date for a real calendar day, or null (2023-02-30). */
export const isoDate = (y: number, m: number, d: number): string | null => {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s ? s : null;
};

/** Month and day of each dateline (3月17日) found at the start of the given lead texts. */
export function datelines(leadBodies: string[]): { month: number; day: number }[] {
  return leadBodies.flatMap((b) => {
    const m = b.match(PATTERNS.dateline);
    return m?.groups ? [{ month: Number(m.groups.month), day: Number(m.groups.day) }] : [];
  });
}

/**
 * The issue date. `metaDate` is the metadata field: undefined (absent: infer), null (unknown: do
 * not guess), a year, or a full ISO date. Datelines never give the issue a day: an issue that
 * reports a 3月20日 event as past appeared after it, on a day nobody printed, so the result is an
 * inferred window (`inferred`), never `date`.
 */
export function resolveIssueDate(
  metaDate: string | null | undefined,
  text: string,
  leadBodies: string[],
): IssueDate {
  if (metaDate === null) return { date: null, year: null, source: 'none', inferred: null, warning: null };
  if (metaDate && /^\d{4}-\d{2}-\d{2}$/u.test(metaDate)) {
    return { date: metaDate, year: Number(metaDate.slice(0, 4)), source: 'metadata', inferred: null, warning: null };
  }
  let year: number | null = metaDate ? Number(metaDate) : null;
  const evidence: string[] = [];
  if (metaDate) evidence.push(`年份由元数据给出（${year}年）`);
  if (year === null) {
    let latest: number | null = null;
    for (const m of text.matchAll(PATTERNS.year)) latest = Math.max(latest ?? 0, Number(m[1]));
    if (latest !== null) {
      year = latest;
      evidence.push(`文中写到的最晚年份是${year}年`);
    }
  }
  const dl = year === null ? [] : datelines(leadBodies);
  if (year !== null && dl.length) {
    // The latest event the page reports as past: a dateline, or a day named in the text shortly
    // after it (000: a 近日 story reports the 3月20日 ceremony; its datelines stop at 3月18日).
    let last = dl.reduce((a, b) => (b.month * 100 + b.day > a.month * 100 + a.day ? b : a));
    const latestDateline = isoDate(year, last.month, last.day);
    for (const d of pastDays(text)) {
      const day = isoDate(year, d.month, d.day);
      if (!day || !latestDateline || day <= latestDateline) continue;
      if (Date.parse(day) - Date.parse(latestDateline) > PAST_DAY_MAX_AFTER_DATELINE * 86_400_000) continue;
      if (d.month * 100 + d.day > last.month * 100 + last.day) last = d;
    }
    const event = isoDate(year, last.month, last.day);
    if (event) {
      const notBefore = addDays(event, PRINT_LAG_MIN_DAYS);
      const notAfter = addDays(event, PRINT_LAG_MAX_DAYS);
      evidence.push(`本期报道的最晚日期是${last.month}月${last.day}日，报纸在其后出版`);
      return {
        date: null,
        year,
        source: 'inferred',
        inferred: { notBefore, notAfter, precision: 'month', label: `${xunLabel(notBefore)}（推定）`, evidence },
        warning: `metadata.yaml 没有写刊期日期：正文最晚的电头是${last.month}月${last.day}日（${event}），报纸在这之后出版，页面显示为“${xunLabel(notBefore)}（推定）”`,
      };
    }
  }
  if (year !== null) {
    return {
      date: null,
      year,
      source: metaDate ? 'metadata' : 'inferred',
      inferred: metaDate ? null : { notBefore: null, notAfter: null, precision: 'year', label: `${year}年（推定）`, evidence },
      warning: metaDate ? null : `metadata.yaml 没有写刊期日期：只推定出年份（${year}年）`,
    };
  }
  return { date: null, year: null, source: 'none', inferred: null, warning: 'metadata.yaml 没有写刊期日期，正文里也找不到' };
}

/**
 * Days named in the text as past events (3月20日，柳市镇在…举行), not plans or deadlines
 * (将于5月20日, 5月20日前, 5月20日起) and not days of another year (去年12月3日, 2021年5月4日).
 */
export function pastDays(text: string): { month: number; day: number }[] {
  const out: { month: number; day: number }[] = [];
  for (const m of text.matchAll(PATTERNS.dayInText)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/(?:\d|年|将|将于|计划|预计|拟|拟于|定于|截至|截止|到|至)$/u.test(before)) continue;
    if (/^(?:前|之前|以前|起|开始|至|到|—|-|～|~)/u.test(after)) continue;
    out.push({ month: Number(m.groups!.month), day: Number(m.groups!.day) });
  }
  return out;
}

/** A day named in the body counts against the issue date only this soon after the latest dateline (an issue covers a week or two). */
const PAST_DAY_MAX_AFTER_DATELINE = 14;

/** A paper goes to print at least a day after the events it reports (a weekly town paper: up to a week). */
const PRINT_LAG_MIN_DAYS = 1;
const PRINT_LAG_MAX_DAYS = 7;

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A 旬 is ten days: 上旬 1–10, 中旬 11–20, 下旬 the rest. */
const XUN_DAYS = 10;
/** An issue of January or February may report the year before's November and December. */
const NEW_YEAR_MONTHS = 2;
const OLD_YEAR_MONTH = 11;

/** `2023年3月下旬` for 2023-03-21: the ten-day period (旬) a day falls in. */
function xunLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d <= XUN_DAYS ? '上旬' : d <= 2 * XUN_DAYS ? '中旬' : '下旬'}`;
}

export interface ArticleDate {
  date: string | null;
  source: DateSource;
  /** The dateline as printed. */
  text: string | null;
  warning: string | null;
}

/**
 * A dateline that opens a later sentence of the first paragraph (“外贸订单排到了6月底。”4月12日，在… ·
 * 青石板路铺到了家门口……10月14日，记者走进…): a lead that sets the scene or quotes someone first, then
 * dates the report. Only after a sentence's end (。！？, a closing quote after one, an ellipsis) and
 * followed by its comma, as a dateline is, so a day named inside a clause (于3月5日举行) never dates it.
 */
const SENTENCE_OPENING_DATELINE = /(?:[。！？]”?|……)(?<dateline>(?<month>\d{1,2})月(?<day>\d{1,2})日(?:上午|下午|晚上|晚间|晚|早上|早晨|中午|凌晨|傍晚|夜间|夜)?)，/u;

/** The dateline of a first paragraph: at its start, or else opening a later sentence of it. */
function datelineOf(body0: string): RegExpMatchArray | null {
  const m = body0.match(PATTERNS.dateline);
  if (m || PATTERNS.vagueDateline.test(body0)) return m;
  const later = body0.match(SENTENCE_OPENING_DATELINE);
  if (!later?.groups) return null;
  const found = [later.groups.dateline!] as unknown as RegExpMatchArray;
  found.groups = { month: later.groups.month!, day: later.groups.day! };
  return found;
}

/** The article's own date, from the dateline at the start of its body (or opening a later sentence of it); never the issue's. */
export function articleDate(body0: string, issue: IssueDate): ArticleDate {
  const m = datelineOf(body0);
  if (m?.groups && issue.year !== null) {
    const month = Number(m.groups.month);
    const day = Number(m.groups.day);
    // A December dateline in a January issue belongs to the previous year.
    const issueMonth = issue.date ? Number(issue.date.slice(5, 7)) : null;
    const year = issueMonth !== null && issueMonth <= NEW_YEAR_MONTHS && month >= OLD_YEAR_MONTH ? issue.year - 1 : issue.year;
    const d = isoDate(year, month, day);
    if (d) return { date: d, source: 'dateline', text: m[0], warning: null };
    return { date: null, source: 'none', text: m[0], warning: `电头“${m[0]}”不是真实存在的日期，文章不标日期` };
  }
  const vague = body0.match(PATTERNS.vagueDateline);
  if (m) return { date: null, source: 'none', text: m[0], warning: `电头“${m[0]}”没有年份可依，文章不标日期` };
  return { date: null, source: 'none', text: vague?.[0] ?? null, warning: null };
}

const CN_DIGIT: Record<string, number> = { '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** 十二 → 12, 三十一 → 31, 二十 → 20. */
function cnNumber(s: string): number {
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGIT[c] ?? 0).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? (CN_DIGIT[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGIT[ones] ?? 0) : 0);
}

/**
 * A date as printed in full, in Arabic or Chinese numerals (2023年4月17日, 二〇二三年五月八日), as
 * an ISO date; null when the text holds none or the day does not exist.
 */
export function printedDate(text: string): string | null {
  const s = text.replace(/\s+/gu, '');
  const a = PATTERNS.oneDate.exec(s);
  if (a?.groups) return isoDate(Number(a.groups.year), Number(a.groups.month), Number(a.groups.day));
  const c = PATTERNS.chineseDate.exec(s);
  if (c?.groups) return isoDate(cnNumber(c.groups.year!), cnNumber(c.groups.month!), cnNumber(c.groups.day!));
  return null;
}
