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

/** The issue date as readers see it: the day when known, else the inference (marked 推定), else the year, else 日期不详. */
export function issueDateLabel(ref: { date: string | null; year: number | null; inferred?: InferredDate | null }): string {
  if (ref.date) return formatDate(ref.date);
  if (ref.inferred) return ref.inferred.label;
  return ref.year ? `${ref.year}年` : '日期不详';
}
