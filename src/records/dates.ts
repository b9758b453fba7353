/**
 * How dates read, in one place: every page, the feed, the open data and the check show an issue
 * date the same way (`2023年3月20日`, `2023年3月下旬（推定）`, `2022年`, `日期不详`).
 */
import type { InferredDate } from './schema.ts';

/** `2023-03-18` → `2023年3月18日`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A date as readers see it: `2023-03-17` → `2023年3月17日`, a year alone (`2023`) → `2023年`, anything else as given. */
export function readableDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return formatDate(value);
  return /^\d{4}$/u.test(value) ? `${value}年` : value;
}

/**
 * Sort key of an article's date: its own date, else its issue's day, else the issue's year, else
 * '' — ISO strings, so they sort as text (a year before the days of that year).
 */
export function articleDateKey(a: { date: string | null; issue: { date: string | null; year: number | null } }): string {
  return a.date ?? a.issue.date ?? (a.issue.year ? String(a.issue.year) : '');
}

/** The issue date as readers see it: the day when known, else the inference (marked 推定), else the year, else 日期不详. */
export function issueDateLabel(ref: { date: string | null; year: number | null; inferred?: InferredDate | null }): string {
  if (ref.date) return formatDate(ref.date);
  if (ref.inferred) return ref.inferred.label;
  return ref.year ? readableDate(String(ref.year)) : '日期不详';
}
