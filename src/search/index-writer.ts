/**
 * Builds the search index (format.ts) from search records, one document at a time: postings are
 * appended to per-key byte buffers as each document is read (documents come in date order, so
 * every list is delta-coded as it grows), the document's fragment is written at once, and the
 * shards are cut and written at the end. What it holds is the encoded postings, not the records.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchRecord } from './document.ts';
import {
  ByteWriter,
  dShardPath,
  encodeRuns,
  encodeShard,
  FORMAT_VERSION,
  FRAGMENT_BUCKET,
  fieldTokens,
  filterKey,
  fragmentPath,
  MANIFEST_FILE,
  pairKey,
  pShardPath,
  shardOf,
  tokenKeyOf,
  unigramKey,
  writeTermDoc,
  type Manifest,
} from './format.ts';

/**
 * Bytes of postings (before compression) a shard is cut at, on average: a query loads one d shard
 * per key it needs and one p shard per pair whose positions it needs. Measured by
 * `npm run bench:search`: smaller shards load fewer unrelated keys but make more files.
 */
export const SHARD_BYTES = 12_000;

/** Zones of a document, in position order (document.ts WEIGHTS). */
const HEAD = 0;
const TITLE = 1;
const BODY = 2;

/** Numeric keys while writing: a unigram is its token number (< PAIR_BASE), a pair `a · PAIR_BASE + b`. */
const PAIR_BASE = 2 ** 21;
const numericPair = (a: number, b: number) => a * PAIR_BASE + b;
function keyOfNumber(n: number): string {
  if (n < PAIR_BASE) return unigramKey(tokenKeyOf(n));
  const a = Math.floor(n / PAIR_BASE);
  return pairKey(tokenKeyOf(a), tokenKeyOf(n - a * PAIR_BASE));
}

interface KeyState {
  d: ByteWriter;
  /** Positions, pairs only. */
  p: ByteWriter | null;
  lastDoc: number;
}

/**
 * One document's keys, reused from document to document (no objects per key): per key a slot with
 * its counts, and for pairs a chain of positions in the order met.
 */
class DocScratch {
  readonly slotOf = new Map<number, number>();
  keys = new Float64Array(1024);
  n = new Int32Array(1024);
  head = new Int32Array(1024);
  title = new Int32Array(1024);
  first = new Int32Array(1024);
  last = new Int32Array(1024);
  slots = 0;
  pos = new Int32Array(4096);
  next = new Int32Array(4096);
  entries = 0;

  reset() {
    this.slotOf.clear();
    this.slots = 0;
    this.entries = 0;
  }

  private grow() {
    const g = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    [this.keys, this.n, this.head, this.title, this.first, this.last] = [g(this.keys), g(this.n), g(this.head), g(this.title), g(this.first), g(this.last)];
  }

  hit(key: number, zone: number, position: number) {
    let slot = this.slotOf.get(key);
    if (slot === undefined) {
      if (this.slots === this.keys.length) this.grow();
      slot = this.slots++;
      this.slotOf.set(key, slot);
      this.keys[slot] = key;
      this.n[slot] = 0;
      this.head[slot] = 0;
      this.title[slot] = 0;
      this.first[slot] = -1;
      this.last[slot] = -1;
    }
    this.n[slot]!++;
    if (zone === HEAD) this.head[slot]!++;
    else if (zone === TITLE) this.title[slot]!++;
    if (position < 0) return;
    if (this.entries === this.pos.length) {
      const pos = new Int32Array(this.pos.length * 2);
      pos.set(this.pos);
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      [this.pos, this.next] = [pos, next];
    }
    const e = this.entries++;
    this.pos[e] = position;
    this.next[e] = -1;
    if (this.last[slot]! < 0) this.first[slot] = e;
    else this.next[this.last[slot]!] = e;
    this.last[slot] = e;
  }
}

export interface IndexSummary {
  documents: number;
  keys: number;
  dShards: number;
  pShards: number;
  /** Bytes written: shards (compressed) and fragments. */
  shardBytes: number;
  fragmentBytes: number;
  version: string;
}

/** Order of the documents: date, then address (the same order on every build). */
export const byDateOrder = (a: Pick<SearchRecord, 'sortKey' | 'url'>, b: Pick<SearchRecord, 'sortKey' | 'url'>) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;

export class SearchIndexWriter {
  private readonly keys = new Map<number, KeyState>();
  private readonly filters = new Map<string, number[]>();
  private readonly hash = createHash('sha256');
  private readonly work: string;
  private readonly scratch = new DocScratch();
  private docs = 0;
  private fragmentBytes = 0;
  private readonly madeBuckets = new Set<number>();
  private lastSort: Pick<SearchRecord, 'sortKey' | 'url'> | null = null;
  private readonly dir: string;

  /** Files go to `dir/<version>/` and `dir/manifest.json`; `dir` is emptied first. */
  constructor(dir: string) {
    this.dir = dir;
    rmSync(dir, { recursive: true, force: true });
    this.work = join(dir, '.writing');
    mkdirSync(this.work, { recursive: true });
    this.hash.update(`format ${FORMAT_VERSION}\n`);
  }

  /** Add the next document; documents must come in date order (`byDateOrder`). Returns its number. */
  add(record: SearchRecord): number {
    if (this.lastSort && byDateOrder(this.lastSort, record) > 0) {
      throw new Error(`search index: ${record.url} comes before ${this.lastSort.url} in date order but was added after it`);
    }
    this.lastSort = record;
    const doc = this.docs++;
    const scratch = this.scratch;
    scratch.reset();
    let position = 0;
    const zones: Array<[number, string[]]> = [
      [HEAD, [record.headline]],
      [TITLE, record.titles],
      [BODY, record.fields],
    ];
    for (const [zone, texts] of zones) {
      for (const text of texts) {
        let prev = 0;
        for (const t of fieldTokens(text)) {
          if (t.searchable) scratch.hit(t.id, zone, -1);
          if (prev) scratch.hit(numericPair(prev, t.id), zone, position - 1);
          prev = t.id;
          position++;
        }
        // A gap: no pair, and no run of positions, spans two fields.
        position++;
      }
    }
    for (let slot = 0; slot < scratch.slots; slot++) {
      const key = scratch.keys[slot]!;
      const isPair = key >= PAIR_BASE;
      let state = this.keys.get(key);
      if (!state) this.keys.set(key, (state = { d: new ByteWriter(8), p: isPair ? new ByteWriter(8) : null, lastDoc: -1 }));
      writeTermDoc(state.d, doc - state.lastDoc, scratch.n[slot]!, scratch.head[slot]!, scratch.title[slot]!);
      state.lastDoc = doc;
      if (state.p) {
        let prev = 0;
        for (let e = scratch.first[slot]!, j = 0; e >= 0; e = scratch.next[e]!, j++) {
          const p = scratch.pos[e]!;
          state.p.varint(j === 0 ? p : p - prev);
          prev = p;
        }
      }
    }
    for (const [name, value] of record.filters) {
      const key = filterKey(name, value);
      const list = this.filters.get(key) ?? this.filters.set(key, []).get(key)!;
      if (list.at(-1) !== doc) list.push(doc);
    }
    const bucket = Math.floor(doc / FRAGMENT_BUCKET);
    if (!this.madeBuckets.has(bucket)) {
      mkdirSync(join(this.work, 'f', String(bucket)), { recursive: true });
      this.madeBuckets.add(bucket);
    }
    const json = JSON.stringify(record.fragment);
    writeFileSync(join(this.work, fragmentPath(doc)), json);
    this.hash.update(json);
    this.fragmentBytes += Buffer.byteLength(json);
    return doc;
  }

  /** Cut and write the shards and the manifest; returns what was written. */
  finish(): IndexSummary {
    const dPayloads: Array<[string, Uint8Array]> = [];
    const pPayloads: Array<[string, Uint8Array]> = [];
    for (const [n, state] of this.keys) {
      const key = keyOfNumber(n);
      dPayloads.push([key, state.d.result()]);
      if (state.p) pPayloads.push([key, state.p.result()]);
    }
    for (const [key, docs] of this.filters) dPayloads.push([key, encodeRuns(docs)]);
    this.keys.clear();
    const size = (xs: Array<[string, Uint8Array]>) => xs.reduce((n, [k, v]) => n + k.length * 3 + v.length + 4, 0);
    const dShards = Math.max(1, Math.ceil(size(dPayloads) / SHARD_BYTES));
    const pShards = Math.max(1, Math.ceil(size(pPayloads) / SHARD_BYTES));
    let shardBytes = 0;
    const writeShards = (payloads: Array<[string, Uint8Array]>, shards: number, path: (n: number) => string) => {
      const buckets: Array<Array<[string, Uint8Array]>> = Array.from({ length: shards }, () => []);
      for (const entry of payloads) buckets[shardOf(entry[0], shards)]!.push(entry);
      mkdirSync(join(this.work, path(0), '..'), { recursive: true });
      buckets.forEach((entries, n) => {
        const bytes = gzipSync(encodeShard(entries), { level: 9 });
        writeFileSync(join(this.work, path(n)), bytes);
        this.hash.update(bytes);
        shardBytes += bytes.length;
      });
    };
    writeShards(dPayloads, dShards, dShardPath);
    writeShards(pPayloads, pShards, pShardPath);
    const version = this.hash.digest('hex').slice(0, 12);
    renameSync(this.work, join(this.dir, version));
    const manifest: Manifest = { format: FORMAT_VERSION, version, documents: this.docs, dShards, pShards, fragmentBucket: FRAGMENT_BUCKET };
    writeFileSync(join(this.dir, MANIFEST_FILE), JSON.stringify(manifest));
    return { documents: this.docs, keys: dPayloads.length, dShards, pShards, shardBytes, fragmentBytes: this.fragmentBytes, version };
  }
}

/** Build the whole index for these records into `dir` (sorted into date order first). */
export function writeSearchIndex(records: SearchRecord[], dir: string): IndexSummary {
  const writer = new SearchIndexWriter(dir);
  for (const r of [...records].sort(byDateOrder)) writer.add(r);
  return writer.finish();
}
