/**
 * Dates: the issue date (metadata, or inferred from the text) and each article's dateline.
 * Follows chrono's distinction between a date read from the text and one implied by context.
 */
import { PATTERNS } from './constants.ts';
import type { DateSource } from '../records/schema.ts';

export interface IssueDate {
  date: string | null;
  year: number | null;
  source: DateSource;
  warning: string | null;
}

const iso = (y: number, m: number, d: number) => {
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
 * not guess), a year, or a full ISO date.
 */
export function resolveIssueDate(
  metaDate: string | null | undefined,
  text: string,
  leadBodies: string[],
): IssueDate {
  if (metaDate === null) return { date: null, year: null, source: 'none', warning: null };
  if (metaDate && /^\d{4}-\d{2}-\d{2}$/u.test(metaDate)) {
    return { date: metaDate, year: Number(metaDate.slice(0, 4)), source: 'metadata', warning: null };
  }
  let year: number | null = metaDate ? Number(metaDate) : null;
  let yearFrom = metaDate ? 'the year given in metadata' : '';
  const full = [...text.matchAll(PATTERNS.fullDate)]
    .map((m) => iso(Number(m.groups!.year), Number(m.groups!.month), Number(m.groups!.day)))
    .filter((d): d is string => d !== null && (year === null || d.startsWith(String(year))))
    .sort();
  if (year === null) {
    const years = [...text.matchAll(PATTERNS.year)].map((m) => Number(m[1]));
    if (years.length) {
      year = Math.max(...years);
      yearFrom = `the latest year printed in the text (${year}年)`;
    }
  }
  const dl = datelines(leadBodies).filter(() => year !== null);
  if (year !== null && dl.length) {
    const last = dl.reduce((a, b) => (b.month * 100 + b.day > a.month * 100 + a.day ? b : a));
    const d = iso(year, last.month, last.day);
    if (d) {
      return {
        date: d,
        year,
        source: 'inferred',
        warning: `issue date not in metadata: inferred ${d} from the latest dateline (${last.month}月${last.day}日) and ${yearFrom || 'the year'}; the issue appeared on or after it`,
      };
    }
  }
  if (full.length) {
    const d = full[full.length - 1];
    return { date: d, year: Number(d.slice(0, 4)), source: 'inferred', warning: `issue date not in metadata: inferred ${d} from a date printed in the text` };
  }
  if (year !== null) {
    return {
      date: null,
      year,
      source: metaDate ? 'metadata' : 'inferred',
      warning: metaDate ? null : `issue date not in metadata: only the year is inferred, from ${yearFrom}`,
    };
  }
  return { date: null, year: null, source: 'none', warning: 'issue date not in metadata and none found in the text' };
}

export interface ArticleDate {
  date: string | null;
  source: DateSource;
  warning: string | null;
}

/** The date of an article from the dateline at the start of its body. */
export function articleDate(body0: string, issue: IssueDate): ArticleDate {
  const m = body0.match(PATTERNS.dateline);
  if (m?.groups && issue.year !== null) {
    const month = Number(m.groups.month);
    const day = Number(m.groups.day);
    // A December dateline in a January issue belongs to the previous year.
    const issueMonth = issue.date ? Number(issue.date.slice(5, 7)) : null;
    const year = issueMonth !== null && issueMonth <= 2 && month >= 11 ? issue.year - 1 : issue.year;
    const d = iso(year, month, day);
    if (d) return { date: d, source: 'dateline', warning: null };
    return { date: issue.date, source: issue.date ? 'issue' : 'none', warning: `dateline ${m[0]} is not a real date` };
  }
  const vague = body0.match(PATTERNS.vagueDateline);
  const what = m ? `dateline ${m[0]} but no year known` : vague ? `dateline ${vague[0]} names no day` : 'no dateline';
  if (issue.date) return { date: issue.date, source: 'issue', warning: `${what}; using the issue date ${issue.date}` };
  return { date: null, source: 'none', warning: `${what}, and the issue date is unknown` };
}
