/**
 * Fitting the page grammar's rule weights (src/parse/grammar.ts) on the golden corpus: an averaged
 * structured perceptron (Collins 2002) over the named rules, decoding with the grammar's own
 * Viterbi. Each piece's gold role is derived from the answer keys (`goldRoles`); the weights start
 * from the hand weights, so a rule the corpus says nothing about keeps its hand weight.
 *
 * Deterministic: pages in slug order, no random draws, weights rounded to WEIGHT_DECIMALS.
 * Only ROLE_RULES are fitted; FEATURE_RULES, the transitions and the forced roles stay as set.
 */
import { bestRoles, firingRules, HAND_WEIGHTS, ROLE_RULES, type Role, type Rule } from '../parse/grammar.ts';
import type { Piece } from '../parse/classify.ts';
import type { SeedKind } from '../records/schema.ts';
import type { Key } from './key.ts';

/** One page ready for fitting: its pieces, the kind the grammar reads it as, each piece's gold role and firing rules. */
export interface Example {
  slug: string;
  form: string;
  pieces: Piece[];
  kind: SeedKind;
  /** null where the key says nothing the grammar can learn from (the piece's form fixes its role). */
  gold: (Role | null)[];
  firing: (Rule[] | null)[];
}

export type Weights = Map<Rule, number>;

/** Passes over the corpus. Ten settle the averaged weights on a corpus of this size (more change nothing printed). */
export const EPOCHS = 10;
/** How far one mistake moves a weight: a quarter of the smallest hand step (0.5 … 20), so a single page cannot overturn a rule. */
export const STEP = 0.25;
/** Weights are stored as reviewed numbers with this many decimals. */
const WEIGHT_DECIMALS = 2;
/** A piece shorter than this matches a headline only when it is the whole headline line: short words recur in many headlines. */
const MIN_PART_CHARS = 4;
/** A piece this long is prose, whatever headline holds its words. */
const PROSE_MIN_CHARS = 40;

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Text as compared: no spaces or quotation marks (lost in extraction), punctuation full-width (as the parser prints it). */
const bare = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000“”"'‘’「」]/gu, '').replace(/[,;:?!()]/gu, (c) => WIDE[c]!);

/** The piece's words are (part of) the text, or the text (part of) the piece's, allowing a doubled bold line. */
function matches(piece: string, text: string): boolean {
  if (!piece || !text) return false;
  if (piece === text) return true;
  if (piece.length >= MIN_PART_CHARS && text.includes(piece)) return true;
  return text.length >= MIN_PART_CHARS && piece.includes(text) && piece.length <= 2 * text.length + 2;
}

/**
 * Each piece's gold role, from what the key says: a line of a key article's stack (kicker,
 * headline, subheadline) is `stack`, its column label `column`, a caption `caption`, listed page
 * furniture `furniture`. Keys do not mark 小标题, so a piece the key places in no field is body or
 * section: the reading under hand weights decides between those two, or, where that reading made it
 * a headline or furniture the key does not list, its shape (heading-like → section).
 */
export function goldRoles(pieces: Piece[], key: Key, handRoles: Role[], firing: (Rule[] | null)[]): (Role | null)[] {
  const stacks = key.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline]).map(bare).filter(Boolean);
  const columns = key.articles.map((a) => bare(a.column)).filter(Boolean);
  const captions = key.articles.flatMap((a) => (a.captions ?? []).map((c) => bare(c.text))).filter(Boolean);
  const furniture = key.furniture.map(bare).filter(Boolean);
  return pieces.map((p, i) => {
    if (firing[i] === null) return null;
    const t = bare(p.text);
    if (p.length < PROSE_MIN_CHARS) {
      if (columns.some((c) => c === t)) return 'column';
      if (stacks.some((s) => matches(t, s))) return 'stack';
      if (captions.some((c) => matches(t, c))) return 'caption';
      if (furniture.some((f) => matches(t, f))) return 'furniture';
    }
    const hand = handRoles[i]!;
    if (hand === 'body' || hand === 'section') return hand;
    return p.headingLike && !p.verse ? 'section' : 'body';
  });
}

/** Sets the ROLE_RULES' weights (the grammar reads them live) and returns what they were. */
export function applyWeights(w: Weights): Weights {
  const before: Weights = new Map(ROLE_RULES.map((r) => [r, r.weight]));
  for (const [r, v] of w) r.weight = v;
  return before;
}

/** The hand weights of the ROLE_RULES, where fitting starts. */
export const handWeights = (): Weights => new Map(ROLE_RULES.map((r) => [r, HAND_WEIGHTS.get(r) ?? r.weight]));

/** The averaged perceptron over the examples; leaves the grammar's weights as they were. */
export function fitWeights(examples: Example[], epochs = EPOCHS, step = STEP): Weights {
  const start = handWeights();
  const before = applyWeights(start);
  const w = new Map(start);
  const sum = new Map<Rule, number>(ROLE_RULES.map((r) => [r, 0]));
  let steps = 0;
  const ordered = [...examples].sort((a, b) => a.slug.localeCompare(b.slug));
  for (let e = 0; e < epochs; e++) {
    for (const ex of ordered) {
      applyWeights(w);
      const pred = bestRoles(ex.pieces, ex.kind);
      ex.gold.forEach((g, i) => {
        const p = pred[i]!;
        if (g === null || g === p) return;
        for (const r of ex.firing[i]!) {
          if (r.role === g) w.set(r, w.get(r)! + step);
          if (r.role === p) w.set(r, w.get(r)! - step);
        }
      });
      for (const r of ROLE_RULES) sum.set(r, sum.get(r)! + w.get(r)!);
      steps++;
    }
  }
  applyWeights(before);
  const scale = 10 ** WEIGHT_DECIMALS;
  // `+ 0` turns a rounded -0 into 0: the table is written as text, where -0 reads back as 0.
  return new Map(ROLE_RULES.map((r) => [r, Math.round((sum.get(r)! / Math.max(1, steps)) * scale) / scale + 0]));
}

/** How many gold-labelled pieces the grammar reads as the key says, under the weights in use. */
export function roleAgreement(examples: Example[]): { agree: number; of: number } {
  let agree = 0;
  let of = 0;
  for (const ex of examples) {
    const pred = bestRoles(ex.pieces, ex.kind);
    ex.gold.forEach((g, i) => {
      if (g === null) return;
      of++;
      if (g === pred[i]) agree++;
    });
  }
  return { agree, of };
}

/** An example from a page: its pieces under the kind the parser reads, gold roles from the key. */
export function example(slug: string, form: string, pieces: Piece[], kind: SeedKind, key: Key): Example {
  const before = applyWeights(handWeights());
  const hand = bestRoles(pieces, kind);
  applyWeights(before);
  const firing = firingRules(pieces, kind);
  return { slug, form, pieces, kind, firing, gold: goldRoles(pieces, key, hand, firing) };
}
