/**
 * Scoring the parser against an answer key: which key article each parsed article is, and how
 * much of each field it got right. Pure: a key and a parse in, counts and differences out.
 *
 * Text is compared without whitespace (`norm`), except headline stacks, where a space between
 * parallel phrases is part of the headline (`stackNorm`).
 */
import type { ParseResult } from '../parse/index.ts';
import type { Block } from '../records/schema.ts';
import { articleText } from '../records/text.ts';
import type { Key, KeyArticle } from './key.ts';

type Parsed = ParseResult['articles'][number];

/** Text as compared: whitespace removed, full-width digits read as the digits they are (the parser's repair, keys may print them). */
export const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000]+/gu, '').replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
export const stackNorm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000]+/gu, ' ').trim();

/** A numerator and denominator: `found / of`. */
export interface Ratio {
  found: number;
  of: number;
}
const ratio = (): Ratio => ({ found: 0, of: 0 });
const tally = (r: Ratio, ok: boolean) => {
  r.of++;
  if (ok) r.found++;
};

export const METRICS = {
  articles: 'articles found',
  headline: 'headline exact',
  stack: 'full stack exact',
  byline: 'byline F1',
  date: 'dates',
  first: 'first sentence',
  last: 'last sentence',
  captions: 'captions',
  structure: 'lists, turns, verse',
  document: 'document fields',
  column: 'column',
  kind: 'article kind',
  issue: 'issue fields',
  furniture: 'furniture placed',
  survive: 'kept (repairs, genuine repeats)',
  queries: 'queries found',
} as const;
export type Metric = keyof typeof METRICS;

export interface PageScore {
  slug: string;
  form: string;
  counts: Record<Metric, Ratio>;
  /** Byline pairs (role:name) for the F1. */
  byline: { truePositive: number; predicted: number; expected: number };
  /** Parsed articles that match no key article. */
  extra: number;
  repairs: number;
  /** Every difference, one line each, for `--verbose`. */
  differences: string[];
}

/** Body texts in reading order, as readers see paragraphs: paragraphs, turns, verse lines, note texts. */
function bodyTexts(blocks: Block[], withNotes: boolean): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'paragraph') return [b.text];
    if (b.type === 'turn') return [b.text];
    if (b.type === 'verse') return b.lines;
    if (b.type === 'note') return withNotes ? b.text : [];
    return [];
  });
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const c = [...norm(s)];
  for (let i = 0; i + 1 < c.length; i++) m.set(c[i]! + c[i + 1]!, (m.get(c[i]! + c[i + 1]!) ?? 0) + 1);
  return m;
}
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const [k, v] of x) {
    both += Math.min(v, y.get(k) ?? 0);
    total += v;
  }
  for (const v of y.values()) total += v;
  return total === 0 ? 0 : (2 * both) / total;
}

const searchable = (a: Parsed) => norm(articleText(a)).toLowerCase();

/** How likely a parsed article is the key article: its body holds the first/last sentence, its headline is alike. */
function affinity(k: KeyArticle, p: Parsed): number {
  const body = norm(bodyTexts(p.blocks, true).join(''));
  let s = 0;
  if (k.first && body.includes(norm(k.first))) s += 2;
  if (k.last && body.includes(norm(k.last))) s += 1;
  if (k.headline) s += 1.5 * dice(k.headline, p.headline);
  return s;
}

/** Key articles paired one-to-one with parsed articles, best pairs first; unmatched key articles are not found. */
export function matchArticles(keys: KeyArticle[], parsed: Parsed[]): (Parsed | null)[] {
  const pairs: { k: number; p: number; s: number }[] = [];
  keys.forEach((k, ki) => parsed.forEach((p, pi) => pairs.push({ k: ki, p: pi, s: affinity(k, p) })));
  pairs.sort((a, b) => b.s - a.s || a.k - b.k || a.p - b.p);
  const out: (Parsed | null)[] = keys.map(() => null);
  const taken = new Set<number>();
  for (const { k, p, s } of pairs) {
    if (s < MIN_AFFINITY || out[k] || taken.has(p)) continue;
    out[k] = parsed[p]!;
    taken.add(p);
  }
  return out;
}
/** A pair counts as the same article when the body holds the key's first sentence (2), or its last sentence and a similar headline. */
const MIN_AFFINITY = 1.75;

const ROLES = ['reporters', 'correspondents', 'photographers', 'writers'] as const;

export function scorePage(slug: string, key: Key, parse: ParseResult): PageScore {
  const counts = Object.fromEntries(Object.keys(METRICS).map((m) => [m, ratio()])) as Record<Metric, Ratio>;
  const differences: string[] = [];
  const byline = { truePositive: 0, predicted: 0, expected: 0 };
  const diff = (ok: boolean, metric: Metric, what: string, expected: unknown, got: unknown) => {
    tally(counts[metric], ok);
    if (!ok) differences.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  };

  const matched = matchArticles(key.articles, parse.articles);
  key.articles.forEach((k, i) => {
    const p = matched[i];
    const name = `article ${i + 1} “${k.headline ?? k.first?.slice(0, 12) ?? '?'}”`;
    tally(counts.articles, p !== null);
    if (!p) {
      differences.push(`${name}: not found`);
      // An article not found scores nothing on its fields either.
      if (k.headline !== null) tally(counts.headline, false);
      tally(counts.stack, false);
      tally(counts.date, false);
      byline.expected += ROLES.reduce((n, r) => n + (k.byline?.[r]?.length ?? 0), 0);
      return;
    }
    if (k.headline !== null) diff(stackNorm(p.headline) === stackNorm(k.headline), 'headline', `${name} headline`, k.headline, p.headline);
    const stackOk =
      (k.headline === null || stackNorm(p.headline) === stackNorm(k.headline)) &&
      stackNorm(p.kicker) === stackNorm(k.kicker) &&
      stackNorm(p.subheadline) === stackNorm(k.subheadline);
    diff(stackOk, 'stack', `${name} stack`, [k.kicker ?? null, k.headline, k.subheadline ?? null], [p.kicker, p.headline, p.subheadline]);

    const want = new Set(ROLES.flatMap((r) => (k.byline?.[r] ?? []).map((n) => `${r}:${norm(n)}`)));
    const got = new Set(ROLES.flatMap((r) => p.byline[r].map((n) => `${r}:${norm(n)}`)));
    const hits = [...got].filter((x) => want.has(x)).length;
    byline.truePositive += hits;
    byline.predicted += got.size;
    byline.expected += want.size;
    if (hits !== want.size || hits !== got.size) differences.push(`${name} byline: expected ${[...want].join(' ') || '—'}, got ${[...got].join(' ') || '—'}`);

    diff((p.date ?? null) === (k.date ?? null), 'date', `${name} date`, k.date ?? null, p.date);
    const texts = bodyTexts(p.blocks, true);
    const lastTexts = bodyTexts(p.blocks, false);
    if (k.first) diff(norm(texts[0]).startsWith(norm(k.first)), 'first', `${name} first`, k.first, texts[0]?.slice(0, 60));
    if (k.last) diff(norm((lastTexts.length ? lastTexts : texts).at(-1)).endsWith(norm(k.last)), 'last', `${name} last`, k.last, (lastTexts.length ? lastTexts : texts).at(-1)?.slice(-60));
    for (const c of k.captions ?? []) {
      const ok = p.captions.some((x) => norm(x.text) === norm(c.text) && norm(x.credit) === norm(c.credit));
      diff(ok, 'captions', `${name} caption`, c, p.captions.map((x) => [x.text, x.credit]));
    }
    if (!k.captions?.length && p.captions.length) diff(false, 'captions', `${name} captions`, [], p.captions.map((x) => x.text));
    scoreStructure(k, p, name, diff);
    if (k.column !== undefined) diff(norm(p.column) === norm(k.column), 'column', `${name} column`, k.column, p.column);
    if (k.kind) diff(p.kind === k.kind, 'kind', `${name} kind`, k.kind, p.kind);
  });
  const extra = parse.articles.filter((p) => !matched.includes(p));
  for (const p of extra) differences.push(`extra article “${p.headline}” (lines ${p.source.startLine}–${p.source.endLine})`);

  scorePageFields(key, parse, matched, diff);
  counts.byline = { found: byline.truePositive, of: byline.expected };
  return { slug, form: key.form, counts, byline, extra: extra.length, repairs: parse.repairs.length, differences };
}

/** Records a comparison: counts it under its metric, and lists it when it fails. */
type Diff = (ok: boolean, metric: Metric, what: string, expected: unknown, got: unknown) => void;

/** Structure: continuation, boxed lists, interview speakers, poem lines, 公文 fields. */
function scoreStructure(k: KeyArticle, p: Parsed, name: string, diff: Diff) {
  if (k.continuation && (k.continuation.to || k.continuation.from)) {
    diff(norm(p.continuation.to) === norm(k.continuation.to) && norm(p.continuation.from) === norm(k.continuation.from), 'structure', `${name} continuation`, k.continuation, p.continuation);
  }
  for (const l of k.lists ?? []) {
    const lists = p.blocks.filter((b): b is Extract<Block, { type: 'list' }> => b.type === 'list');
    const ok = lists.some((b) => norm(b.title) === norm(l.title) && l.items.every((it, j) => norm(b.items[j]?.label).startsWith(norm(it)) || norm(b.items[j]?.text).startsWith(norm(it))));
    diff(ok, 'structure', `${name} list`, l, lists.map((b) => [b.title, b.items.map((x) => x.label)]));
  }
  if (k.speakers?.length) {
    const speakers = [...new Set(p.blocks.flatMap((b) => (b.type === 'turn' ? [norm(b.speaker)] : [])))];
    diff(k.speakers.map(norm).join('|') === speakers.join('|'), 'structure', `${name} speakers`, k.speakers, speakers);
  }
  if (k.verse?.length) {
    const lines = p.blocks.flatMap((b) => (b.type === 'verse' ? b.lines : [])).map(norm);
    diff(k.verse.every((v, j) => lines[j] === norm(v)), 'structure', `${name} verse`, k.verse, lines.slice(0, k.verse.length));
  }
  if (k.document) {
    for (const [field, value] of Object.entries(k.document) as [keyof NonNullable<KeyArticle['document']>, unknown][]) {
      if (value === undefined) continue;
      const got = p.document?.[field as keyof NonNullable<Parsed['document']>] ?? null;
      const ok = Array.isArray(value) ? norm((value as string[]).join('|')) === norm(((got as string[] | null) ?? []).join('|')) : norm(value as string | null) === norm(got as string | null);
      diff(ok, 'document', `${name} document.${field}`, value, got);
    }
  }
}

/** The page's own fields: issue date and fields, furniture, strings kept, queries. */
function scorePageFields(key: Key, parse: ParseResult, matched: (Parsed | null)[], diff: Diff) {
  // Issue fields: the date known to the day, and what the page prints of its issue.
  if (key.issue.date !== undefined) diff((parse.issueDate.date ?? null) === (key.issue.date ?? null), 'date', 'issue date', key.issue.date, parse.issueDate.date);
  const page = parse.page;
  for (const field of ['number', 'page', 'pageName'] as const) {
    const want = key.issue[field];
    if (want === undefined || want === null) continue;
    const got = key.meta[field] ?? page?.[field] ?? null;
    diff(norm(got) === norm(want), 'issue', `issue ${field}`, want, got);
  }

  const furniture = parse.furniture.map((f) => norm(f.text));
  for (const f of key.furniture) diff(furniture.some((x) => x === norm(f) || x.includes(norm(f))), 'furniture', 'furniture', f, null);
  const all = parse.articles.map(searchable);
  for (const s of key.survive) diff(all.some((t) => t.includes(norm(s).toLowerCase())), 'survive', 'kept', s, null);
  for (const q of key.queries) {
    const needle = norm(q.q).toLowerCase();
    const found = parse.articles.filter((_, i) => all[i]!.includes(needle));
    const wanted = q.headlines.map((h) => matched[key.articles.findIndex((k) => k.headline === h)] ?? null);
    const ok = wanted.every((w) => w !== null && found.includes(w));
    diff(ok, 'queries', `query ${q.q}`, q.headlines, found.map((a) => a.headline));
  }
}

/** F1 of bylines from the pooled counts. */
export const bylineF1 = (b: PageScore['byline']) =>
  b.expected + b.predicted === 0 ? 1 : (2 * b.truePositive) / (b.expected + b.predicted);

/** Pools page scores (a form's, or the corpus's). */
export function pool(pages: PageScore[]): Omit<PageScore, 'slug' | 'form' | 'differences'> {
  const counts = Object.fromEntries(Object.keys(METRICS).map((m) => [m, ratio()])) as Record<Metric, Ratio>;
  const byline = { truePositive: 0, predicted: 0, expected: 0 };
  let extra = 0;
  let repairs = 0;
  for (const p of pages) {
    for (const m of Object.keys(METRICS) as Metric[]) {
      counts[m].found += p.counts[m].found;
      counts[m].of += p.counts[m].of;
    }
    byline.truePositive += p.byline.truePositive;
    byline.predicted += p.byline.predicted;
    byline.expected += p.byline.expected;
    extra += p.extra;
    repairs += p.repairs;
  }
  return { counts, byline, extra, repairs };
}
