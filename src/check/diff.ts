/**
 * "What will change": the articles of the previous build against this one, for editors to see
 * the effect of a correction before publishing. Pure: records in, differences out.
 *
 * An article keeps its id while its publication, issue date, page and headline stay the same
 * (src/archive/ids.ts), so a same-id pair is compared field by field. An id that disappeared
 * while a similar text appeared under a new id is a *move* (a corrected headline, a re-split
 * page): the check then keeps the old address working (seeds/redirects.yaml).
 */
import { diffArrays, diffChars } from 'diff';
import { z } from 'zod';
import { articleText } from '../records/text.ts';

/**
 * What the diff reads of a previous build's `/data/articles.json`. Deliberately looser than the
 * current contract: a site published by an older version of the parser may lack newer fields,
 * and must still be comparable.
 */
export const PreviousArticle = z.looseObject({
  id: z.string(),
  url: z.string(),
  seed: z.string().default(''),
  kicker: z.string().nullable().default(null),
  headline: z.string(),
  subheadline: z.string().nullable().default(null),
  byline: z.looseObject({ raw: z.string().nullable().default(null) }).nullable().default(null),
  date: z.string().nullable().default(null),
  body: z.array(z.string()).default([]),
  captions: z.array(z.looseObject({ text: z.string() })).default([]),
  issue: z
    .looseObject({
      date: z.string().nullable().default(null),
      page: z.string().nullable().default(null),
      url: z.string().optional(),
      key: z.string().optional(),
    })
    .optional(),
});
export type ComparableArticle = z.infer<typeof PreviousArticle>;
export const PreviousArticlesFile = z.object({ articles: z.array(PreviousArticle) });

/** Fields compared one by one, with the label the report shows. */
export const COMPARED_FIELDS = {
  kicker: '引题',
  headline: '标题',
  subheadline: '副题',
  byline: '署名',
  date: '日期',
  page: '版次',
  captions: '图片说明',
} as const;
export type ComparedField = keyof typeof COMPARED_FIELDS;

/**
 * Share of character pairs two texts must share (Dice coefficient) for a vanished article and a
 * new one to count as the same text moved. A corrected headline or a typo fix keeps it above 0.9;
 * half a re-split page keeps about 0.5–0.7; two different stories on one page stay under 0.2.
 */
export const MOVE_MIN_SIMILARITY = 0.4;

/** One piece of an inline diff: text kept, added or removed. */
export interface Piece {
  text: string;
  op: 'same' | 'added' | 'removed';
}

export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
  pieces: Piece[];
}

export type ParagraphChange =
  | { op: 'added'; index: number; text: string }
  | { op: 'removed'; index: number; text: string }
  | { op: 'changed'; index: number; pieces: Piece[] };

export interface ArticleChange {
  before: ComparableArticle;
  after: ComparableArticle;
  fields: FieldChange[];
  /** Body paragraphs added, removed or changed; `index` is the paragraph's position (from 1) in the new text, or the old for removals. */
  body: ParagraphChange[];
}

export interface Move extends ArticleChange {
  /** Dice similarity of the two texts, 0–1. */
  similarity: number;
}

export interface ArchiveDiff {
  added: ComparableArticle[];
  removed: ComparableArticle[];
  changed: ArticleChange[];
  moved: Move[];
  unchanged: number;
}

const fieldValue = (a: ComparableArticle, field: ComparedField): string | null => {
  switch (field) {
    case 'byline':
      return a.byline?.raw ?? null;
    case 'page':
      return a.issue?.page ?? null;
    case 'captions':
      return a.captions.length ? a.captions.map((c) => c.text).join('\n') : null;
    default:
      return a[field];
  }
};

const pieces = (before: string, after: string): Piece[] =>
  diffChars(before, after).map((c) => ({ text: c.value, op: c.added ? 'added' : c.removed ? 'removed' : 'same' }));

function compare(before: ComparableArticle, after: ComparableArticle): ArticleChange {
  const fields: FieldChange[] = [];
  for (const field of Object.keys(COMPARED_FIELDS) as ComparedField[]) {
    const b = fieldValue(before, field);
    const a = fieldValue(after, field);
    if (b !== a) fields.push({ field, before: b, after: a, pieces: pieces(b ?? '', a ?? '') });
  }
  return { before, after, fields, body: paragraphChanges(before.body, after.body) };
}

/** Paragraph-level diff; a removed paragraph directly replaced by an added one is shown as one changed paragraph with its characters marked. */
export function paragraphChanges(before: string[], after: string[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const hunks = diffArrays(before, after);
  for (let h = 0; h < hunks.length; h++) {
    const hunk = hunks[h]!;
    if (!hunk.added && !hunk.removed) {
      oldIndex += hunk.value.length;
      newIndex += hunk.value.length;
      continue;
    }
    if (hunk.removed && hunks[h + 1]?.added) {
      const removed = hunk.value;
      const added = hunks[++h]!.value;
      const paired = Math.min(removed.length, added.length);
      for (let i = 0; i < paired; i++) out.push({ op: 'changed', index: newIndex + i + 1, pieces: pieces(removed[i]!, added[i]!) });
      for (let i = paired; i < removed.length; i++) out.push({ op: 'removed', index: oldIndex + i + 1, text: removed[i]! });
      for (let i = paired; i < added.length; i++) out.push({ op: 'added', index: newIndex + i + 1, text: added[i]! });
      oldIndex += removed.length;
      newIndex += added.length;
    } else if (hunk.removed) {
      hunk.value.forEach((text, i) => out.push({ op: 'removed', index: oldIndex + i + 1, text }));
      oldIndex += hunk.value.length;
    } else {
      hunk.value.forEach((text, i) => out.push({ op: 'added', index: newIndex + i + 1, text }));
      newIndex += hunk.value.length;
    }
  }
  return out;
}

const isChanged = (c: ArticleChange) => c.fields.length > 0 || c.body.length > 0;

/** Character pairs of a text, whitespace ignored, as a multiset. */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of two bigram multisets, 0–1. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [k, n] of a) {
    shared += Math.min(n, b.get(k) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** An article's text for comparing builds: from its body paragraphs, which every build publishes (older ones lack blocks). */
const textOf = (a: ComparableArticle) => articleText({ ...a, blocks: undefined });

export function diffArchives(previous: ComparableArticle[], current: ComparableArticle[]): ArchiveDiff {
  const now = new Map(current.map((a) => [a.id, a]));
  const before = new Map(previous.map((a) => [a.id, a]));
  const changed: ArticleChange[] = [];
  let unchanged = 0;
  for (const old of previous) {
    const cur = now.get(old.id);
    if (!cur) continue;
    const change = compare(old, cur);
    if (isChanged(change)) changed.push(change);
    else unchanged++;
  }

  const vanished = previous.filter((a) => !now.has(a.id));
  const appeared = current.filter((a) => !before.has(a.id));
  // Only texts from the same seed file are candidates: a move is a correction of that page, and
  // comparing within a seed keeps the matching linear in the archive's size.
  // A seed file renamed (an undated page's address comes from its file name) is found by its
  // unchanged headline instead.
  type Candidate = { article: ComparableArticle; grams: Map<string, number> };
  const appearedBySeed = new Map<string, Candidate[]>();
  const appearedByHeadline = new Map<string, Candidate[]>();
  for (const a of appeared) {
    const candidate = { article: a, grams: bigrams(textOf(a)) };
    for (const [index, key] of [[appearedBySeed, a.seed], [appearedByHeadline, a.headline]] as const) {
      const list = index.get(key) ?? [];
      list.push(candidate);
      index.set(key, list);
    }
  }
  const moved: Move[] = [];
  const removed: ComparableArticle[] = [];
  const targets = new Set<string>();
  for (const old of vanished) {
    const grams = bigrams(textOf(old));
    let best: { article: ComparableArticle; similarity: number } | null = null;
    const sameSeed = appearedBySeed.get(old.seed) ?? [];
    for (const candidate of sameSeed.length ? sameSeed : (appearedByHeadline.get(old.headline) ?? [])) {
      const similarity = dice(grams, candidate.grams);
      if (similarity >= MOVE_MIN_SIMILARITY && (!best || similarity > best.similarity)) best = { article: candidate.article, similarity };
    }
    if (!best) {
      removed.push(old);
      continue;
    }
    targets.add(best.article.id);
    moved.push({ ...compare(old, best.article), similarity: best.similarity });
  }
  const added = appeared.filter((a) => !targets.has(a.id));
  return { added, removed, changed, moved, unchanged };
}

/** Why an article moved, in one line for redirects.yaml. */
export function moveReason(m: Move): string {
  const headline = m.fields.find((f) => f.field === 'headline');
  if (headline) return `headline changed: ${headline.before} → ${headline.after}`;
  const page = m.fields.find((f) => f.field === 'page');
  if (page) return `page changed: ${page.before ?? '?'} → ${page.after ?? '?'}`;
  return `text re-split or re-dated (similarity ${m.similarity.toFixed(2)})`;
}
