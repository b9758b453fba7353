/**
 * `npm run score:parse [-- <slug> … | --verbose | --json]`: the parser over the golden corpus
 * (tests/fixtures/pages/), scored against each page's answer key. Prints per form and overall:
 * articles found, headline exact, full stack exact, byline F1, dates, first and last sentence,
 * captions, structure (lists, turns, verse, continuations), document fields, column, kind, issue
 * fields, furniture placed, strings kept and queries found; then the thresholds. Exits 1 when
 * the corpus or any page is below its threshold.
 *
 * `--verbose` lists every difference per page (what the key says, what the parser gave).
 */
import { parseArgs } from 'node:util';
import { parseSeed } from '../src/parse/index.ts';
import { readGoldenPages } from './score/key.ts';
import { bylineF1, METRICS, pool, scorePage, type Metric, type PageScore } from './score/score.ts';
import { CORPUS_THRESHOLDS, PAGE_THRESHOLDS } from './score/thresholds.ts';

const { values: opts, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, dir: { type: 'string' } },
  allowPositionals: true,
});

const pages = readGoldenPages(opts.dir, positionals);
const scores: PageScore[] = pages.map((p) => {
  const r = parseSeed(p.text, { seed: `${p.slug}/page.txt`, kind: p.key.meta.kind, date: p.key.meta.date });
  return scorePage(p.slug, p.key, r);
});

const value = (s: Omit<PageScore, 'slug' | 'form' | 'differences'>, m: Metric) =>
  m === 'byline' ? bylineF1(s.byline) : s.counts[m].of === 0 ? null : s.counts[m].found / s.counts[m].of;

if (opts.json) {
  console.log(JSON.stringify({ pages: scores, overall: pool(scores) }, null, 2));
} else {
  const metrics = Object.keys(METRICS) as Metric[];
  const cell = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const head = ['form', 'pages', ...metrics.map((m) => m.slice(0, 9))];
  const rows: string[][] = [];
  const forms = [...new Set(scores.map((s) => s.form))].sort();
  for (const f of forms) {
    const group = scores.filter((s) => s.form === f);
    const p = pool(group);
    rows.push([f, String(group.length), ...metrics.map((m) => cell(value(p, m)))]);
  }
  const all = pool(scores);
  rows.push(['overall', String(scores.length), ...metrics.map((m) => cell(value(all, m)))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`Parser on the golden corpus: ${scores.length} pages, ${all.counts.articles.of} articles (tests/fixtures/pages)`);
  console.log(metrics.map((m) => `${m.slice(0, 9)} = ${METRICS[m]}`).join(' · '));
  console.log(line(head));
  console.log('-'.repeat(line(head).length));
  for (const r of rows.slice(0, -1)) console.log(line(r));
  console.log('-'.repeat(line(head).length));
  console.log(line(rows.at(-1)!));
  console.log(`extra articles (matching no key article): ${all.extra}; repairs made: ${all.repairs}`);
  if (opts.verbose) {
    for (const s of scores) {
      if (!s.differences.length) continue;
      console.log(`\n${s.slug} (${s.form})`);
      for (const d of s.differences) console.log(`  ${d}`);
    }
  }
}

// Thresholds: the corpus as a whole, then every page alone.
const failures: string[] = [];
const all = pool(scores);
for (const [m, min] of Object.entries(CORPUS_THRESHOLDS) as [Metric, number][]) {
  const v = value(all, m);
  if (v !== null && v < min) failures.push(`corpus ${METRICS[m]} ${v.toFixed(3)} < ${min}`);
}
for (const s of scores) {
  for (const [m, min] of Object.entries(PAGE_THRESHOLDS) as [Metric, number][]) {
    const v = value(s, m);
    if (v !== null && v < min) failures.push(`${s.slug}: ${METRICS[m]} ${v.toFixed(2)} < ${min}`);
  }
}
if (!opts.json) {
  console.log(`thresholds: corpus ${Object.entries(CORPUS_THRESHOLDS).map(([m, v]) => `${m} ≥ ${v}`).join(', ')}; every page ${Object.entries(PAGE_THRESHOLDS).map(([m, v]) => `${m} ≥ ${v}`).join(', ')}`);
  console.log(failures.length ? `✗ below threshold (${failures.length}):\n  ${failures.join('\n  ')}` : '✓ every threshold met');
}
process.exitCode = failures.length ? 1 : 0;
