/**
 * Search over the archive's own index (format.ts), with exact-substring semantics. No DOM here:
 * `src/client/search/page.ts` renders.
 *
 * For each segment of the parsed query (tokenize.ts) it loads only the shards holding the keys
 * it needs:
 *  - one character: its unigram's document list (exact);
 *  - two: the pair's document list (exact);
 *  - three or more: first the document lists of three of its pairs (first, middle, last): the
 *    candidates. Up to VERIFY_MAX candidates are checked against their own text (the fragments a
 *    first page of results loads anyway); more, and the positions of pairs covering the segment
 *    (offsets 0, 2, 4 … and the last) are loaded and lined up: the segment occurs where they do.
 * A query with punctuation inside a word (`稳”和“进`, `8.64亿元`) is one segment of its tokens,
 * punctuation included (pairs hold punctuation), so it is exact too. Segments are ANDed, then
 * filters. Order: documents whose headline holds every segment first, then by how often the
 * query occurs (headline 10, kicker/subheadline 5, the rest 1 per occurrence), then newest first;
 * or newest first. Every result is checked again against its own text before it is shown
 * (`verifyFragment`, in the client). When nothing is found, the query's characters are looked up
 * alone, so one that occurs nowhere in the archive is named.
 */
import { WEIGHTS } from './document.ts';
import {
  decodePositions,
  decodeRuns,
  decodeShard,
  decodeTerm,
  dShardPath,
  fieldTokens,
  filterKey,
  issuePageDocs,
  fragmentPath,
  pairKey,
  pShardPath,
  shardOf,
  unigramKey,
  type Fragment,
  type Manifest,
  type TermPostings,
} from './format.ts';
import { fieldsContainQuery, fieldsContainStrict, findMatches, type ParsedQuery } from './tokenize.ts';

/** Where the index files come from: fetch in the browser, the file system in tests. */
export interface IndexSource {
  manifest(): Promise<Manifest>;
  /** Bytes of a file under the version folder (gzip-compressed shards are inflated by the index). */
  bytes(path: string): Promise<Uint8Array>;
  json<T>(path: string): Promise<T>;
}

/** Inflate gzip bytes (shards are compressed at build time); bytes a host already inflated pass through. */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class SearchIndex {
  private readonly shards = new Map<string, Promise<Map<string, Uint8Array>>>();
  private readonly terms = new Map<string, TermPostings | null>();
  private readonly bundles = new Map<number, Promise<Fragment[]>>();

  readonly manifest: Manifest;
  /** Documents that are issue pages (their furniture and unplaced text), not articles. */
  readonly issuePages: Set<number>;
  private readonly source: IndexSource;

  private constructor(manifest: Manifest, source: IndexSource) {
    this.manifest = manifest;
    this.issuePages = issuePageDocs(manifest);
    this.source = source;
  }

  static async open(source: IndexSource): Promise<SearchIndex> {
    return new SearchIndex(await source.manifest(), source);
  }

  private shard(path: string): Promise<Map<string, Uint8Array>> {
    let s = this.shards.get(path);
    if (!s) {
      s = this.source.bytes(path).then(inflate).then(decodeShard);
      // A failed fetch is not kept: the next search tries again.
      s.catch(() => this.shards.delete(path));
      this.shards.set(path, s);
    }
    return s;
  }

  private async payload(key: string): Promise<Uint8Array | null> {
    return (await this.shard(dShardPath(shardOf(key, this.manifest.dShards)))).get(key) ?? null;
  }

  /** A term's postings (unigram or pair), null when it occurs nowhere. */
  async term(key: string): Promise<TermPostings | null> {
    if (this.terms.has(key)) return this.terms.get(key)!;
    const payload = await this.payload(key);
    const term = payload ? decodeTerm(payload) : null;
    this.terms.set(key, term);
    return term;
  }

  /** A pair's positions, one array per document of its postings. */
  async positions(key: string, term: TermPostings): Promise<Int32Array[]> {
    const payload = (await this.shard(pShardPath(shardOf(key, this.manifest.pShards)))).get(key);
    if (!payload) throw new Error(`search index: no positions for a pair that has documents (${JSON.stringify(key)})`);
    return decodePositions(payload, term);
  }

  /** The documents carrying a filter value. */
  async filter(name: string, value: string): Promise<Int32Array> {
    const payload = await this.payload(filterKey(name, value));
    return payload ? decodeRuns(payload) : new Int32Array(0);
  }

  /** A document's fragment, from its bundle's file (loaded once for all its documents). */
  async fragment(doc: number): Promise<Fragment> {
    const size = this.manifest.fragmentBundle;
    const bundle = Math.floor(doc / size);
    let f = this.bundles.get(bundle);
    if (!f) {
      f = this.source.json<Fragment[]>(fragmentPath(bundle));
      // A failed fetch is not kept: the next search tries again.
      f.catch(() => this.bundles.delete(bundle));
      this.bundles.set(bundle, f);
    }
    const fragment = (await f)[doc - bundle * size];
    if (!fragment) throw new Error(`search index: fragment ${fragmentPath(bundle)} has no document ${doc}`);
    return fragment;
  }
}

export type Filters = Record<string, string>;

/** Result order: headline matches first, then how often the query occurs (default), or newest first. */
export type SortOrder = 'relevance' | 'date';

export interface Hit {
  /** Document number. */
  doc: number;
  /** Every segment occurs in the headline (from the index; the client re-checks with the text). */
  inHeadline: boolean;
  /** Occurrences of the query, weighted by zone. */
  score: number;
  /** Position in relevance order, and in date order (newest first). */
  rank: number;
  dateOrder: number;
  /** The fragment (loads once). */
  data(): Promise<Fragment>;
}

export type Outcome =
  | { kind: 'empty' }
  /** Tokens (characters) that occur nowhere in the archive. */
  | { kind: 'absent'; absent: string[] }
  /** Every token exists, but no document holds the query (within the filters, if any). */
  | { kind: 'none'; filtered: boolean }
  | { kind: 'hits'; hits: Hit[] };


/** Index of `x` in the sorted array, or -1. */
export function sortedIndexOf(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Per document: does the headline hold the segment, and the weighted occurrences. */
type Matches = Map<number, { head: boolean; score: number }>;

/** Offsets of the pairs that cover a segment of `length` tokens: 0, 2, 4 … and the last pair. */
export function coverOffsets(length: number): number[] {
  const out: number[] = [];
  for (let o = 0; o <= length - 2; o += 2) out.push(o);
  if (out.at(-1) !== length - 2) out.push(length - 2);
  return out;
}

const zoneScore = (n: number, head: number, title: number) => WEIGHTS.headline * head + WEIGHTS.title * title + WEIGHTS.body * (n - head - title);

/** Documents holding a run of tokens (keys), consecutive. */
export async function segmentMatches(index: SearchIndex, keys: string[]): Promise<Matches> {
  const out: Matches = new Map();
  if (keys.length <= 2) {
    const term = await index.term(keys.length === 1 ? unigramKey(keys[0]!) : pairKey(keys[0]!, keys[1]!));
    if (term) term.docs.forEach((doc, i) => out.set(doc, { head: term.head[i]! > 0, score: zoneScore(term.counts[i]!, term.head[i]!, term.title[i]!) }));
    return out;
  }
  const offsets = coverOffsets(keys.length);
  const pairs = offsets.map((o) => pairKey(keys[o]!, keys[o + 1]!));
  const terms = await Promise.all(pairs.map((k) => index.term(k)));
  if (terms.some((t) => !t)) return out;
  const ts = terms as TermPostings[];
  const positions = await Promise.all(pairs.map((k, i) => index.positions(k, ts[i]!)));
  // Candidates: documents holding every covering pair, walked from the shortest list.
  const shortest = ts.reduce((best, t, i) => (t.docs.length < ts[best]!.docs.length ? i : best), 0);
  for (const doc of ts[shortest]!.docs) {
    const at = ts.map((t) => sortedIndexOf(t.docs, doc));
    if (at.some((i) => i < 0)) continue;
    const first = positions[0]![at[0]!]!;
    const head = ts[0]!.head[at[0]!]!;
    const title = ts[0]!.title[at[0]!]!;
    let score = 0;
    let inHead = false;
    first.forEach((p, j) => {
      for (let k = 1; k < offsets.length; k++) if (sortedIndexOf(positions[k]![at[k]!]!, p + offsets[k]!) < 0) return;
      // Positions list the headline's first, then the kicker/subheadline's (format.ts).
      if (j < head) {
        score += WEIGHTS.headline;
        inHead = true;
      } else if (j < head + title) score += WEIGHTS.title;
      else score += WEIGHTS.body;
    });
    if (score > 0) out.set(doc, { head: inHead, score });
  }
  return out;
}

/**
 * The runs of keys a query looks up: each segment's tokens; for a query with punctuation inside a
 * word, the whole word's tokens, punctuation included (one exact run).
 */
export function queryRuns(q: ParsedQuery): string[][] {
  if (q.strict !== null) return [fieldTokens(q.raw).map((t) => t.key)];
  return q.segments;
}

/**
 * Candidates of a segment from document lists alone: its only pair or unigram (exact), or for a
 * longer segment the documents holding a few of its pairs spread over it (first, middle, last):
 * a superset, to be checked against the text or against positions.
 */
async function candidates(index: SearchIndex, keys: string[]): Promise<{ matches: Matches; exact: boolean }> {
  if (keys.length <= 2) return { matches: await segmentMatches(index, keys), exact: true };
  const cover = coverOffsets(keys.length);
  const offsets = [...new Set([cover[0]!, cover[Math.floor((cover.length - 1) / 2)]!, cover.at(-1)!])];
  const terms = await Promise.all(offsets.map((o) => index.term(pairKey(keys[o]!, keys[o + 1]!))));
  const matches: Matches = new Map();
  if (terms.some((t) => !t)) return { matches, exact: true };
  const ts = terms as TermPostings[];
  const shortest = ts.reduce((best, t) => (t.docs.length < best.docs.length ? t : best), ts[0]!);
  for (const doc of shortest.docs) if (ts.every((t) => sortedIndexOf(t.docs, doc) >= 0)) matches.set(doc, { head: false, score: 0 });
  return { matches, exact: false };
}

/** Documents in every segment's matches and every filter: per document, headline (all segments) and summed score. */
function intersect(matches: Matches[], filterDocs: Int32Array[]): Array<{ doc: number; head: boolean; score: number }> {
  const smallest = matches.reduce((best, m) => (m.size < best.size ? m : best), matches[0]!);
  const out: Array<{ doc: number; head: boolean; score: number }> = [];
  for (const doc of smallest.keys()) {
    let head = true;
    let score = 0;
    let ok = true;
    for (const m of matches) {
      const x = m.get(doc);
      if (!x) {
        ok = false;
        break;
      }
      head &&= x.head;
      score += x.score;
    }
    if (ok && filterDocs.every((docs) => sortedIndexOf(docs, doc) >= 0)) out.push({ doc, head, score });
  }
  return out;
}

/**
 * Up to this many candidates are checked against their own text (their fragments, which the first
 * page of results loads anyway) instead of loading the positions of every pair of a long query.
 */
export const VERIFY_MAX = 20;

/** Headline and score of a document from its text (the same weights as the index). */
function textMatch(f: Fragment, q: ParsedQuery): { head: boolean; score: number } {
  const count = (t: string | null) => (t ? findMatches(t, q).length : 0);
  const head = fieldsContainQuery([f.headline], q) && fieldsContainStrict([f.headline], q);
  const score = WEIGHTS.headline * count(f.headline) + WEIGHTS.title * (count(f.kicker) + count(f.subheadline)) + WEIGHTS.body * f.fields.reduce((n, t) => n + count(t), 0);
  return { head, score };
}

export async function runSearch(index: SearchIndex, q: ParsedQuery, filters: Filters = {}, order: SortOrder = 'relevance'): Promise<Outcome> {
  if (!q.segments.length) return { kind: 'empty' };
  const active = Object.entries(filters).filter(([, v]) => v);
  const runs = queryRuns(q);
  const [first, filterDocs] = await Promise.all([
    Promise.all(runs.map((keys) => candidates(index, keys))),
    Promise.all(active.map(([name, value]) => index.filter(name, value))),
  ]);
  let found = intersect(
    first.map((c) => c.matches),
    filterDocs,
  );
  if (found.length && first.some((c) => !c.exact)) {
    if (found.length <= VERIFY_MAX) {
      // Few candidates: read their text (shown anyway), keep those that hold the query.
      const texts = await Promise.all(found.map((f) => index.fragment(f.doc)));
      found = found.flatMap((f, i) => (verifyFragment(texts[i]!, q) ? [{ doc: f.doc, ...textMatch(texts[i]!, q) }] : []));
    } else {
      // Many: line up the positions of pairs covering each long segment.
      const exact = await Promise.all(runs.map((keys, i) => (first[i]!.exact ? first[i]!.matches : segmentMatches(index, keys))));
      found = intersect(exact, filterDocs);
    }
  }

  if (!found.length) {
    const lookups = await Promise.all(q.terms.map((t) => index.term(unigramKey(t))));
    const absent = q.terms.filter((_, i) => !lookups[i]);
    if (absent.length) return { kind: 'absent', absent };
    return { kind: 'none', filtered: active.length > 0 };
  }

  const byDate = [...found].sort((a, b) => b.doc - a.doc);
  const dateOrder = new Map(byDate.map((f, i) => [f.doc, i]));
  // Within a tier, articles before issue pages: an issue page holds only what no article does (the page's furniture, such
  // as 本版责任编辑：某某 on every page an editor edited), so a name or phrase also in articles lists those first.
  const page = (doc: number) => Number(index.issuePages.has(doc));
  const byRelevance = [...found].sort((a, b) => Number(b.head) - Number(a.head) || page(a.doc) - page(b.doc) || b.score - a.score || b.doc - a.doc);
  const hits: Hit[] = byRelevance.map((f, rank) => ({
    doc: f.doc,
    inHeadline: f.head,
    score: f.score,
    rank,
    dateOrder: dateOrder.get(f.doc)!,
    data: () => index.fragment(f.doc),
  }));
  hits.sort(compareHits(order));
  return { kind: 'hits', hits };
}

export const byTierThenRank = (a: Hit, b: Hit) => Number(b.inHeadline) - Number(a.inHeadline) || a.rank - b.rank;
/** Newest first. */
export const byDate = (a: Hit, b: Hit) => a.dateOrder - b.dateOrder;
export const compareHits = (order: SortOrder) => (order === 'date' ? byDate : byTierThenRank);

/** Every searchable text of a fragment, headline first (an issue page's headline only names it and is not searched). */
export function fragmentTexts(f: Fragment): string[] {
  return [...(f.issuePage ? [] : [f.headline]), ...(f.kicker ? [f.kicker] : []), ...(f.subheadline ? [f.subheadline] : []), ...f.fields];
}

/** Does the document really contain the query (each segment within one field; punctuated queries as typed)? */
export function verifyFragment(fragment: Fragment, q: ParsedQuery): boolean {
  const texts = fragmentTexts(fragment);
  return fieldsContainQuery(texts, q) && fieldsContainStrict(texts, q);
}

// ---- place-name suggestions for a search that found nothing ----

export interface PlaceName {
  name: string;
  town: string | null;
  /** Articles that mention it. */
  count: number;
}

/**
 * Characters local papers and readers use for one another in place names: 洋 for 垟 (翔金洋 →
 * 翔金垟村), 歧 for 岐. Compared as equal when suggesting.
 */
const VARIANTS: Record<string, string> = { 洋: '垟', 歧: '岐' };
/** What a place name ends with that says its kind, left out when comparing. */
const PLACE_SUFFIX = /(村|社区|居委会|村委会|镇|乡|街道|片区|片)$/u;

const foldChars = (s: string) => [...s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '')].map((c) => VARIANTS[c] ?? c);

/** Length of the longest common subsequence (characters shared, in order). */
function commonInOrder(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

/**
 * Place names that share characters with the query, in order (the query without its 村/社区 and
 * the name without its own are compared): at least two, and at least half of the query's. Best
 * first (more shared, then closer in length, then more articles), at most `limit`. The query
 * itself is never suggested.
 */
export function suggestPlaces(query: string, places: PlaceName[], limit = 5): PlaceName[] {
  const raw = query.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  const q = foldChars(raw.replace(PLACE_SUFFIX, '') || raw);
  if (q.length < 2) return [];
  const need = Math.max(2, Math.ceil(q.length / 2));
  return places
    .filter((p) => p.name !== raw)
    .map((p) => {
      const base = foldChars(p.name.replace(PLACE_SUFFIX, '') || p.name);
      return { p, shared: commonInOrder(q, base), gap: Math.abs(base.length - q.length) };
    })
    .filter((x) => x.shared >= need)
    .sort((x, y) => y.shared - x.shared || x.gap - y.gap || y.p.count - x.p.count || x.p.name.localeCompare(y.p.name, 'zh-Hans-CN'))
    .slice(0, limit)
    .map((x) => x.p);
}
