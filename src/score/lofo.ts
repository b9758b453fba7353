/**
 * Fitted weights, honestly evaluated. In-sample: the weights fitted on every page, scored on every
 * page (and the hand weights beside them). Leave-one-form-out: for each form, the weights fitted
 * without that form's pages, scored on its pages — the estimate of a page of a form nobody showed.
 */
import { FEATURE_RULES, HAND_WEIGHTS, ROLE_RULES, ruleKey } from '../parse/grammar.ts';
import type { Corpus } from './evaluate.ts';
import { applyWeights, fitWeights, handWeights, roleAgreement, type Weights } from './fit.ts';
import { pool, type Metric, type PageScore } from './score.ts';
import { metricValue } from './thresholds.ts';

/** What adoption and the tables weigh: the issue's four figures, and the full stack. */
export const FIT_METRICS: Metric[] = ['articles', 'headline', 'stack', 'byline', 'captions'];

/** Scores every page of the corpus (or some) under the given weights, then puts the weights back. */
export function scoreUnder(corpus: Corpus, w: Weights, pages = corpus.pages): PageScore[] {
  const before = applyWeights(w);
  try {
    return corpus.score(pages);
  } finally {
    applyWeights(before);
  }
}

export interface FitResult {
  fitted: Weights;
  hand: PageScore[];
  inSample: PageScore[];
  /** Role agreement with the keys' gold roles: under hand weights, under fitted ones. */
  agreement: { hand: { agree: number; of: number }; fitted: { agree: number; of: number } };
  /** Fitted weights score at least as well in-sample as hand weights on every FIT_METRICS figure. */
  adopt: boolean;
}

export function fitAndCompare(corpus: Corpus): FitResult {
  const fitted = fitWeights(corpus.examples);
  const hand = scoreUnder(corpus, handWeights());
  const inSample = scoreUnder(corpus, fitted);
  const agreeUnder = (w: Weights) => {
    const before = applyWeights(w);
    const a = roleAgreement(corpus.examples);
    applyWeights(before);
    return a;
  };
  const agreement = { hand: agreeUnder(handWeights()), fitted: agreeUnder(fitted) };
  const h = pool(hand);
  const f = pool(inSample);
  const adopt = FIT_METRICS.every((m) => (metricValue(f, m) ?? 1) >= (metricValue(h, m) ?? 1) - 1e-9);
  return { fitted, hand, inSample, agreement, adopt };
}

/** For each form: weights fitted without its pages, scored on its pages. Pages in corpus order. */
export function leaveOneFormOut(corpus: Corpus): PageScore[] {
  const forms = [...new Set(corpus.pages.map((p) => p.key.form))].sort();
  const out: PageScore[] = [];
  for (const form of forms) {
    const w = fitWeights(corpus.examples.filter((e) => e.form !== form));
    out.push(...scoreUnder(corpus, w, corpus.pages.filter((p) => p.key.form === form)));
  }
  return out;
}

/** Side by side per form and overall: hand | fitted in-sample | leave-one-form-out, for each metric. */
export function sideBySide(hand: PageScore[], inSample: PageScore[], lofo: PageScore[]): string[] {
  const cell = (s: PageScore[], m: Metric) => {
    const v = s.length ? metricValue(pool(s), m) : null;
    return v === null ? '  –  ' : v.toFixed(2).padStart(5);
  };
  const forms = [...new Set(hand.map((s) => s.form))].sort();
  const w = Math.max(7, ...forms.map((f) => f.length));
  const head = `${'form'.padEnd(w)}  pages  ${FIT_METRICS.map((m) => `${m.slice(0, 9).padEnd(19)}`).join('  ')}`;
  const sub = `${''.padEnd(w)}         ${FIT_METRICS.map(() => 'hand   in     lofo ').join('  ')}`;
  const row = (name: string, f: (s: PageScore) => boolean) =>
    `${name.padEnd(w)}  ${String(hand.filter(f).length).padStart(5)}  ${FIT_METRICS.map((m) => [hand, inSample, lofo].map((s) => cell(s.filter(f), m)).join(' ') + ' ').join('  ')}`;
  const lines = [head, sub, '-'.repeat(head.length)];
  for (const form of forms) lines.push(row(form, (s) => s.form === form));
  lines.push('-'.repeat(head.length), row('overall', () => true));
  return lines;
}

/** The reviewed table as TypeScript: each rule with the weight in use, its hand and fitted weights; its key is its reason. */
export function weightsTable(result: FitResult, summary: string[]): string {
  const lines = [
    '/**',
    ' * The page grammar\'s rule weights (src/parse/grammar.ts), as reviewed numbers: written by',
    ' * `npm run fit:grammar` (an averaged structured perceptron on the golden corpus, src/score/fit.ts).',
    ' * Each rule is named by its role and its reason; `hand` is the weight set by hand in grammar.ts,',
    ' * `fitted` what the corpus taught (null: not fitted). The grammar uses the fitted weights when',
    ' * FITTED_ADOPTED says so, else the hand ones (a rule missing here keeps its hand weight).',
    ' * Do not edit by hand: change the rule, then re-fit.',
    ' *',
    ...summary.map((s) => ` * ${s}`.trimEnd()),
    ' */',
    `export const FITTED_ADOPTED = ${result.adopt};`,
    '',
    'export const RULE_WEIGHTS: Record<string, { hand: number; fitted: number | null }> = {',
  ];
  for (const r of ROLE_RULES) {
    const hand = HAND_WEIGHTS.get(r)!;
    const fitted = result.fitted.get(r)!;
    lines.push(`  ${JSON.stringify(ruleKey(r))}: { hand: ${hand}, fitted: ${fitted} },`);
  }
  for (const r of FEATURE_RULES) lines.push(`  ${JSON.stringify(ruleKey(r))}: { hand: ${HAND_WEIGHTS.get(r)!}, fitted: null },`);
  lines.push('};', '');
  return lines.join('\n');
}
