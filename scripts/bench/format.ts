/** Plain-text tables for the benchmark report: columns aligned by display width (CJK counts 2). */

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\u200B-\u200F\u2060-\u2064\uFEFF\p{M}]/u;

export function width(s: string): number {
  let w = 0;
  for (const c of s) w += ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return w;
}

const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

/**
 * Rows of cells → aligned lines. The first column is left-aligned, the others right-aligned.
 * A row that is a single string is printed as is (a rule or a sub-heading).
 */
export function table(rows: Array<string[] | string>, gap = 2): string {
  const cells = rows.filter((r): r is string[] => Array.isArray(r));
  const cols = Math.max(0, ...cells.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(0, ...cells.map((r) => width(r[i] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, cols - 1);
  return rows
    .map((r) => {
      if (typeof r === 'string') return r === '-' ? '-'.repeat(total) : r;
      return r
        .map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!)))
        .join(' '.repeat(gap))
        .trimEnd();
    })
    .join('\n');
}

export const pct = (num: number, den: number) => (den ? `${((100 * num) / den).toFixed(1)}%` : '–');

/** Bytes as kB (1000 B), without the unit: one decimal below 10 kB. */
export function kbn(bytes: number | undefined): string {
  if (bytes === undefined || Number.isNaN(bytes)) return '–';
  return bytes >= 10_000 ? (bytes / 1000).toFixed(0) : (bytes / 1000).toFixed(1);
}

export const ms = (t: number | undefined) => (t === undefined || Number.isNaN(t) ? '–' : `${Math.round(t)}`);

/** Nearest-rank percentile (p in 0–100) of the values; undefined when empty. */
export function percentile(values: number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export const median = (values: number[]) => percentile(values, 50);
