/**
 * `npm run fit:grammar`: fits the page grammar's rule weights on the golden corpus
 * (tests/fixtures/pages/) and writes the reviewed table src/parse/weights.ts. The fitted weights
 * are adopted only when they score at least as well in-sample as the hand weights on articles
 * found, headline exact, full stack, byline F1 and captions; otherwise the table keeps the hand
 * weights and lists the fitted ones beside them. Deterministic: the same corpus writes the same table.
 * `--dry-run` prints the comparison without writing.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCorpus } from '../src/score/evaluate.ts';
import { FIT_METRICS, fitAndCompare, weightsTable } from '../src/score/lofo.ts';
import { pool } from '../src/score/score.ts';
import { metricValue } from '../src/score/thresholds.ts';

const { values: opts } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const TABLE = 'src/parse/weights.ts';

const corpus = readCorpus();
const r = fitAndCompare(corpus);
const figures = (s: typeof r.hand) => FIT_METRICS.map((m) => `${m} ${metricValue(pool(s), m)?.toFixed(3) ?? '–'}`).join(', ');
const summary = [
  `Fitted on ${corpus.pages.length} pages (${corpus.examples.length} read by the grammar), ${new Set(corpus.pages.map((p) => p.key.form)).size} forms.`,
  `In-sample, hand weights:   ${figures(r.hand)}.`,
  `In-sample, fitted weights: ${figures(r.inSample)}.`,
  `Pieces read as the keys say: hand ${r.agreement.hand.agree}/${r.agreement.hand.of}, fitted ${r.agreement.fitted.agree}/${r.agreement.fitted.of}.`,
  r.adopt ? 'Adopted: the fitted weights score at least as well in-sample on every figure.' : 'Not adopted: the fitted weights score lower in-sample on some figure; the hand weights stay in use.',
];
for (const s of summary) console.log(s);
if (!opts['dry-run']) {
  writeFileSync(TABLE, weightsTable(r, summary));
  console.log(`wrote ${TABLE}`);
}
