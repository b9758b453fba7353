/**
 * What the parser must reach on the golden corpus (`npm run score:parse` fails below these, and
 * tests/parse/golden.test.ts holds it to them). Raise a number when the parser earns it; never
 * lower one to let a change through.
 */
import { bylineF1, METRICS, pool, type Metric, type PageScore } from './score.ts';

/** Over the whole corpus (issue 11's "done when", and what the parser reaches now). */
export const CORPUS_THRESHOLDS: Partial<Record<Metric, number>> = {
  articles: 0.95,
  headline: 0.9,
  byline: 0.95,
  date: 0.95,
  queries: 1,
};

/** On every page alone: one bad page must not hide behind the others. */
export const PAGE_THRESHOLDS: Partial<Record<Metric, number>> = {
  articles: 0.75,
  headline: 0.6,
  queries: 0.75,
};

type Pooled = Omit<PageScore, 'slug' | 'form' | 'differences'>;

/** A metric's value over pooled counts; null when the pages give it nothing to measure. */
export const metricValue = (s: Pooled, m: Metric): number | null =>
  m === 'byline' ? bylineF1(s.byline) : s.counts[m].of === 0 ? null : s.counts[m].found / s.counts[m].of;

/** Every threshold the scores miss, as a line for a person: the corpus first, then each page. */
export function belowThresholds(scores: PageScore[]): string[] {
  const failures: string[] = [];
  const all = pool(scores);
  for (const [m, min] of Object.entries(CORPUS_THRESHOLDS) as [Metric, number][]) {
    const v = metricValue(all, m);
    if (v !== null && v < min) failures.push(`corpus ${METRICS[m]} ${v.toFixed(3)} < ${min}`);
  }
  for (const s of scores) {
    for (const [m, min] of Object.entries(PAGE_THRESHOLDS) as [Metric, number][]) {
      const v = metricValue(s, m);
      if (v !== null && v < min) failures.push(`${s.slug}: ${METRICS[m]} ${v.toFixed(2)} < ${min}`);
    }
  }
  return failures;
}
