/**
 * The archive's own search index: its keys, its binary layout and how both sides read it. Pure
 * (no DOM, no Node APIs): the build writes with it (index-writer.ts), the search page reads with it
 * (engine.ts).
 *
 * Why not Pagefind's index (measured; see docs/search.md and docs/scale.md): before any search
 * Pagefind loads a metadata file holding every page's fragment hash and word count (103 kB gzip at
 * 10,000 articles, growing linearly: the whole first-search budget at 40,000), plus 81 kB of
 * runtime and WebAssembly; and its per-word position lists span the whole archive, so with one
 * character per word a query's chunks grow with the archive. Pagefind's API has no way to shard
 * that metadata or to index something other than words of a page. This index has no per-page
 * data that a search must load: documents are numbered, a query loads only the shards that hold
 * its keys, and a result's text is one small file fetched when it is shown.
 *
 * Keys (tokens as tokenize.ts makes them: one per letter or digit, one per punctuation mark):
 *  - a **unigram**: one letter or digit (`柳`): the documents holding it (single-character
 *    segments, and the "absent from the archive" message);
 *  - a **pair**: two tokens next to each other in one field, whitespace between them ignored
 *    (`柳\u0001市`; punctuation takes part, `日\u0001,`, so punctuated queries are exact too);
 *  - a **filter value**: `\u0002place\u0002翔金垟村` → the documents carrying it.
 *
 * Documents are numbered 0…N-1 in date order (oldest first), so "newest first" is descending
 * number and a year is one run of numbers. A document's tokens are numbered in one sequence —
 * headline first, then kicker and subheadline, then body, captions, byline and document fields —
 * with a gap between fields, so positions of one key in one document list the headline ones first.
 *
 * Files under `/search/idx/`: `manifest.json` (unversioned; names the version folder), and in
 * `<version>/`: `d/<n>.bin` (document lists, hash-sharded by key), `p/<n>.bin` (pair positions,
 * sharded the same way with their own count), `f/<group>/<bundle>.json` (the text and what a
 * result shows of `FRAGMENT_BUNDLE` consecutive documents, a JSON array: bundled so a large
 * archive is not a file per article). Shards are gzip-compressed at build time (a static host sends binary
 * files as they are) and inflated in the browser with DecompressionStream.
 *
 * Shard layout: entries sorted by key, each `varint keyBytes, key (UTF-8), varint payloadBytes,
 * payload`. Payloads:
 *  - d of a term: per document, ascending: `varint docDelta, varint (n << 2 | head << 1 | title)`,
 *    then `varint nHead` if head, `varint nTitle` if title — n occurrences, of which nHead in the
 *    headline and nTitle in the kicker/subheadline;
 *  - d of a filter value: runs of consecutive documents, `varint gap, varint length - 1`;
 *  - p of a pair: per document of its d list, n positions: `varint first, varint delta…`.
 */
import { tokenize } from './tokenize.ts';

export const FORMAT_VERSION = 2;
/** Folder of the index in the built site (the search page is /search/). */
export const INDEX_DIR = 'search/idx';
export const MANIFEST_FILE = 'manifest.json';
/**
 * Documents per fragment file. A static host counts files (Cloudflare Pages: 20,000 a site), so
 * fragments are bundled; a result page shows up to 20 results, usually from as many bundles, so a
 * bundle costs a first search up to that many times its extra documents' bytes. 4 keeps a
 * 40,000-article site's fragments at 10,000 files (≈ 1 kB gzip each per document).
 */
export const FRAGMENT_BUNDLE = 4;
/** Bundles per folder (f/<group>/), so no folder holds tens of thousands of files. */
export const FRAGMENT_GROUP = 1000;

const PAIR = '\u0001';
const FILTER = '\u0002';

export interface Manifest {
  format: number;
  /** Name of the folder under /search/idx/ that holds this build's files. */
  version: string;
  documents: number;
  /** Number of d and p shards. */
  dShards: number;
  pShards: number;
  /** Documents per fragment file (`FRAGMENT_BUNDLE` when written). */
  fragmentBundle: number;
  /**
   * The issue pages' document numbers (the text of a page no article holds: its furniture, what the parser could not
   * place), as gaps: the first number, then each one's distance from the one before. Results rank them after the
   * articles of their tier. Absent in an index written before it (read as none).
   */
  issuePages?: number[];
}

/** The issue pages' numbers from the manifest's gaps. */
export function issuePageDocs(manifest: Pick<Manifest, 'issuePages'>): Set<number> {
  let doc = 0;
  return new Set((manifest.issuePages ?? []).map((gap) => (doc += gap)));
}

/** Ascending document numbers as the manifest's gaps. */
export const docGaps = (docs: number[]) => docs.map((d, i) => d - (i ? docs[i - 1]! : 0));

/** What a result shows and what it is verified against: one file per document. */
export interface Fragment {
  url: string;
  headline: string;
  kicker: string | null;
  subheadline: string | null;
  publication: string;
  /** The issue's date as every page labels it (`issue.dateLabel`: 推定 and 日期不详 included). */
  issueDate: string;
  /** The article's own date, labelled (`报道日期 2023年3月17日`, `成文日期 …`), or null when the text gives none. */
  ownDate: string | null;
  issueUrl: string;
  /** Every other searchable field: body paragraphs, captions and credits, byline, document fields. */
  fields: string[];
  /**
   * Set for an issue page's own text (刊头题字, 投稿信箱, notices, text not placed in an article:
   * document.ts, issueSearchRecord). Its headline then only names the page: it is not searched.
   */
  issuePage?: true;
}

// ---- keys ----

/** Key form of a token: letters and digits in comparison form, punctuation folded by NFKC (，→ ,). */
export function tokenKey(kind: 'char' | 'word' | 'punct', norm: string, raw: string): string {
  return kind === 'punct' ? raw.normalize('NFKC').toLowerCase() : norm;
}

export const unigramKey = (token: string) => token;
export const pairKey = (a: string, b: string) => a + PAIR + b;
export const filterKey = (name: string, value: string) => FILTER + name + FILTER + value;
export const isUnigramKey = (key: string) => !key.includes(PAIR) && !key.startsWith(FILTER);

export interface KeyToken {
  key: string;
  /** False for punctuation (never a unigram). */
  searchable: boolean;
  /** A number for the key, the same for the same key within one process (≥ 1; see `tokenKeyOf`). */
  id: number;
}

const keyIds = new Map<string, number>();
const idKeys: string[] = [''];
/** The number of a token key within this process (the index writer keys its maps by numbers). */
export function tokenIdOf(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = idKeys.length;
    keyIds.set(key, id);
    idKeys.push(key);
  }
  return id;
}
/** The key of a token number. */
export const tokenKeyOf = (id: number) => idKeys[id]!;

/** Tokens of single characters, computed once per character: tokenize.ts makes one token per code point unless combining marks follow. */
const charTokens = new Map<string, KeyToken | null>();
const COMBINING = /\p{M}/u;

const keyToken = (kind: 'char' | 'word' | 'punct', norm: string, raw: string): KeyToken => {
  const key = tokenKey(kind, norm, raw);
  return { key, searchable: kind !== 'punct', id: tokenIdOf(key) };
};

/** A field's tokens as keys. */
export function fieldTokens(text: string): KeyToken[] {
  if (COMBINING.test(text)) return tokenize(text).map((t) => keyToken(t.kind, t.norm, text.slice(t.start, t.end)));
  const out: KeyToken[] = [];
  for (const c of text) {
    let t = charTokens.get(c);
    if (t === undefined) {
      const [token] = tokenize(c);
      t = token ? keyToken(token.kind, token.norm, c) : null;
      charTokens.set(c, t);
    }
    if (t) out.push(t);
  }
  return out;
}

// ---- shards ----

/** FNV-1a over UTF-16 code units: the same number in every JavaScript engine. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const shardOf = (key: string, shards: number) => hashKey(key) % shards;
export const dShardPath = (n: number) => `d/${n}.bin`;
export const pShardPath = (n: number) => `p/${n}.bin`;
/** The fragment file of a bundle (bundle = ⌊doc / fragmentBundle⌋): a JSON array of its documents' fragments. */
export const fragmentPath = (bundle: number) => `f/${Math.floor(bundle / FRAGMENT_GROUP)}/${bundle}.json`;

// ---- varints ----

/** A growable byte buffer with unsigned LEB128 varints. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;
  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity);
  }
  private room(n: number) {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
  varint(value: number) {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
  write(data: Uint8Array) {
    this.room(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

export class ByteReader {
  pos = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  get done() {
    return this.pos >= this.bytes.length;
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.pos++];
      if (b === undefined) throw new Error('search index: truncated varint');
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  }
  take(n: number): Uint8Array {
    const out = this.bytes.subarray(this.pos, this.pos + n);
    if (out.length !== n) throw new Error('search index: truncated entry');
    this.pos += n;
    return out;
  }
}

// ---- shard files ----

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encode a shard: entries sorted by key. */
export function encodeShard(entries: Array<[string, Uint8Array]>): Uint8Array {
  const out = new ByteWriter(1024);
  for (const [key, payload] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const k = encoder.encode(key);
    out.varint(k.length);
    out.write(k);
    out.varint(payload.length);
    out.write(payload);
  }
  return out.result();
}

export function decodeShard(bytes: Uint8Array): Map<string, Uint8Array> {
  const r = new ByteReader(bytes);
  const map = new Map<string, Uint8Array>();
  while (!r.done) {
    const key = decoder.decode(r.take(r.varint()));
    map.set(key, r.take(r.varint()));
  }
  return map;
}

// ---- postings ----

/** A term's documents with its occurrences, by zone. */
export interface TermPostings {
  docs: Int32Array;
  /** Occurrences in the document, all zones. */
  counts: Int32Array;
  /** Of which in the headline, and in the kicker/subheadline. */
  head: Int32Array;
  title: Int32Array;
}

/** Append one document to a term's d payload (documents in ascending order). */
export function writeTermDoc(w: ByteWriter, docDelta: number, count: number, head: number, title: number): void {
  w.varint(docDelta);
  w.varint((count << 2) | (head ? 2 : 0) | (title ? 1 : 0));
  if (head) w.varint(head);
  if (title) w.varint(title);
}

export function decodeTerm(payload: Uint8Array): TermPostings {
  const r = new ByteReader(payload);
  const docs: number[] = [];
  const counts: number[] = [];
  const head: number[] = [];
  const title: number[] = [];
  let doc = -1;
  while (!r.done) {
    doc += r.varint();
    const h = r.varint();
    docs.push(doc);
    counts.push(h >>> 2);
    head.push(h & 2 ? r.varint() : 0);
    title.push(h & 1 ? r.varint() : 0);
  }
  return { docs: Int32Array.from(docs), counts: Int32Array.from(counts), head: Int32Array.from(head), title: Int32Array.from(title) };
}

/** A pair's positions, per document of its term postings (same order): one array per document. */
export function decodePositions(payload: Uint8Array, term: TermPostings): Int32Array[] {
  const r = new ByteReader(payload);
  const out: Int32Array[] = [];
  for (let i = 0; i < term.docs.length; i++) {
    const n = term.counts[i]!;
    const ps = new Int32Array(n);
    let p = 0;
    for (let j = 0; j < n; j++) {
      p = j === 0 ? r.varint() : p + r.varint();
      ps[j] = p;
    }
    out.push(ps);
  }
  return out;
}

/** Filter payload: runs of consecutive document numbers. */
export function encodeRuns(docs: readonly number[]): Uint8Array {
  const w = new ByteWriter();
  let i = 0;
  let prevEnd = 0;
  while (i < docs.length) {
    let j = i;
    while (j + 1 < docs.length && docs[j + 1] === docs[j]! + 1) j++;
    w.varint(docs[i]! - prevEnd);
    w.varint(j - i);
    prevEnd = docs[j]! + 1;
    i = j + 1;
  }
  return w.result();
}

export function decodeRuns(payload: Uint8Array): Int32Array {
  const r = new ByteReader(payload);
  const out: number[] = [];
  let next = 0;
  while (!r.done) {
    const start = next + r.varint();
    const len = r.varint() + 1;
    for (let d = start; d < start + len; d++) out.push(d);
    next = start + len;
  }
  return Int32Array.from(out);
}
