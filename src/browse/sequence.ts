/**
 * Walking a paper issue to issue (Chronicling America's "previous/next issue", a 数字报's 往期回顾):
 * the order of a publication's issues, each issue's neighbours, and the month grids of its calendar.
 *
 * Pure functions over issue records (no `astro:` imports), so pages and tests share them. Nothing
 * here invents a day: an issue whose day is unknown has no cell in a calendar; it is listed under
 * its year (or under 日期不详 when the year is unknown too), in the order 往期回顾 lists it.
 */
import type { Article, Issue, IssueRef } from '../records/schema.ts';
import { articleDateKey } from '../records/dates.ts';

type Dated = Pick<IssueRef, 'date' | 'year' | 'inferred' | 'key'>;

/** Year an issue is filed under: its day's year, else the year known or inferred, else null. */
export function issueYear(issue: Dated): number | null {
  return issue.date ? Number(issue.date.slice(0, 4)) : issue.year;
}

/**
 * Oldest first, year by year: within a year the issues known to the day come first, by date, then
 * those whose day is unknown (by the earliest day their evidence allows, those with no evidence
 * after, then by key); issues of
 * unknown year come last. The order of 往期回顾 and of 上一期 / 下一期.
 */
export function compareIssuesInSequence(a: Dated, b: Dated): number {
  const ya = issueYear(a);
  const yb = issueYear(b);
  if (ya !== yb) return ya === null ? 1 : yb === null ? -1 : ya - yb;
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  // An issue with an inferred window before one with none.
  const na = a.inferred?.notBefore ?? '\uffff';
  const nb = b.inferred?.notBefore ?? '\uffff';
  if (na !== nb) return na < nb ? -1 : 1;
  return a.key.localeCompare(b.key);
}

/**
 * Newest first: the one order of 往期回顾 read backwards, year by year (newest year first), with
 * the issues of unknown year still last. The order of 最新各期, the feed and a paper's latest issues.
 */
export function compareIssuesNewestFirst(a: Dated, b: Dated): number {
  const ya = issueYear(a);
  const yb = issueYear(b);
  if (ya !== yb) return ya === null ? 1 : yb === null ? -1 : yb - ya;
  return -compareIssuesInSequence(a, b);
}

/**
 * Oldest first by day, every issue known to the day before those that are not (then by year, unknown
 * year last, then key): the order of the open data's article files.
 */
export function compareIssuesOldestFirst(a: Dated, b: Dated): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  if (!a.date && a.year !== b.year) return (a.year ?? Infinity) - (b.year ?? Infinity);
  return a.key.localeCompare(b.key);
}

/** Issues known to the day, newest day first, the same day by key: the order of 历史上的今天. */
export function compareDaysNewestFirst(a: Dated & { date: string }, b: Dated & { date: string }): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.key.localeCompare(b.key);
}

/** Newest first; undated articles whose year is known after the dated ones of that year; unknown last. */
export function compareArticlesNewestFirst(a: Article, b: Article): number {
  const x = articleDateKey(a);
  const y = articleDateKey(b);
  if (x !== y) return x < y ? 1 : -1;
  return a.id.localeCompare(b.id);
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** Previous and next issue of every issue, within its own publication, in sequence order. By issue key. */
export function issueNeighbours<T extends Dated & Pick<IssueRef, 'publication'>>(issues: T[]): Map<string, Neighbours<T>> {
  const byPublication = new Map<string, T[]>();
  for (const issue of issues) byPublication.set(issue.publication, [...(byPublication.get(issue.publication) ?? []), issue]);
  const out = new Map<string, Neighbours<T>>();
  for (const list of byPublication.values()) {
    const ordered = [...list].sort(compareIssuesInSequence);
    ordered.forEach((issue, i) => out.set(issue.key, { previous: ordered[i - 1], next: ordered[i + 1] }));
  }
  return out;
}

export interface YearSummary<T> {
  /** null: issues whose year is unknown. */
  year: number | null;
  /** Issues known to the day, oldest first. */
  dated: T[];
  /** Issues of this year whose day is unknown, in sequence order (listed under the year, never on a day). */
  undated: T[];
}

/** A publication's issues by year, newest year first, the unknown year last. */
export function issuesByYear<T extends Dated>(issues: T[]): YearSummary<T>[] {
  const years = new Map<number | null, YearSummary<T>>();
  for (const issue of [...issues].sort(compareIssuesInSequence)) {
    const year = issueYear(issue);
    let summary = years.get(year);
    if (!summary) years.set(year, (summary = { year, dated: [], undated: [] }));
    (issue.date ? summary.dated : summary.undated).push(issue);
  }
  return [...years.values()].sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
}

/** Day names of a week as Chinese calendars print them, Monday first. */
export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;

export interface CalendarCell<T> {
  day: number;
  /** ISO date of the cell. */
  iso: string;
  /** The issue of that day, when the archive holds one. */
  issue: T | undefined;
}

export interface CalendarMonth<T> {
  year: number;
  month: number;
  /** Weeks Monday to Sunday; null for the days of the neighbouring months. */
  weeks: (CalendarCell<T> | null)[][];
  /** Issues of the month, oldest first. */
  issues: T[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The grid of one month, with the given issues (dated, of this month) in their days' cells. */
export function monthGrid<T extends Pick<IssueRef, 'date'>>(year: number, month: number, issues: T[]): CalendarMonth<T> {
  const byDate = new Map(issues.filter((i) => i.date).map((i) => [i.date!, i]));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 = Sunday; the grid starts on Monday.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarCell<T> | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    cells.push({ day, iso, issue: byDate.get(iso) });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarCell<T> | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const monthIssues = [...byDate.values()].filter((i) => i.date!.startsWith(`${year}-${pad(month)}-`)).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  return { year, month, weeks, issues: monthIssues };
}

/** The months of a year that have an issue known to the day, each as a grid, January first. */
export function yearCalendar<T extends Pick<IssueRef, 'date'>>(year: number, dated: T[]): CalendarMonth<T>[] {
  const months = [...new Set(dated.filter((i) => i.date?.startsWith(`${year}-`)).map((i) => Number(i.date!.slice(5, 7))))].sort((a, b) => a - b);
  return months.map((m) => monthGrid(year, m, dated.filter((i) => i.date!.startsWith(`${year}-${pad(m)}-`))));
}

/**
 * The issue nearest to a chosen day among issues known to the day (ISO dates, any order): the
 * issue of that day, else the closer of the one before and the one after (the earlier on a tie).
 */
export function nearestIssue<T extends { date: string }>(issues: T[], iso: string): T | undefined {
  let before: T | undefined;
  let after: T | undefined;
  for (const issue of issues) {
    if (issue.date === iso) return issue;
    if (issue.date < iso && (!before || issue.date > before.date)) before = issue;
    if (issue.date > iso && (!after || issue.date < after.date)) after = issue;
  }
  if (!before || !after) return before ?? after;
  const days = (x: string, y: string) => Math.abs(Date.parse(`${x}T00:00:00Z`) - Date.parse(`${y}T00:00:00Z`));
  return days(before.date, iso) <= days(after.date, iso) ? before : after;
}

/**
 * Site path of a publication's year in 往期回顾: `/liushi/2023/`, or `/liushi/undated/` for the
 * issues whose year is unknown. Never an issue's address: those always have a dash (ids.ts).
 */
export const yearPageUrl = (publication: string, year: number | null) => `/${publication}/${year ?? 'undated'}/`;

/** `03-20` of an ISO date: the key of 历史上的今天. */
export const monthDay = (iso: string) => iso.slice(5, 10);

export type { Issue };
