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

interface KeyState {
  d: ByteWriter;
  /** Positions, pairs only. */
  p: ByteWriter | null;
  lastDoc: number;
}

interface DocKey {
  n: number;
  head: number;
  title: number;
  positions: number[] | null;
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
  private readonly keys = new Map<string, KeyState>();
  private readonly filters = new Map<string, number[]>();
  private readonly hash = createHash('sha256');
  private readonly work: string;
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
    const perKey = new Map<string, DocKey>();
    const hit = (key: string, zone: number, position: number | null) => {
      let k = perKey.get(key);
      if (!k) perKey.set(key, (k = { n: 0, head: 0, title: 0, positions: position === null ? null : [] }));
      k.n++;
      if (zone === HEAD) k.head++;
      else if (zone === TITLE) k.title++;
      if (position !== null) k.positions!.push(position);
    };
    let position = 0;
    const zones: Array<[number, string[]]> = [
      [HEAD, [record.headline]],
      [TITLE, record.titles],
      [BODY, record.fields],
    ];
    for (const [zone, texts] of zones) {
      for (const text of texts) {
        const tokens = fieldTokens(text);
        tokens.forEach((t, i) => {
          if (t.searchable) hit(unigramKey(t.key), zone, null);
          if (i > 0) hit(pairKey(tokens[i - 1]!.key, t.key), zone, position - 1);
          position++;
        });
        // A gap: no pair, and no run of positions, spans two fields.
        position++;
      }
    }
    for (const [key, k] of perKey) {
      let state = this.keys.get(key);
      if (!state) this.keys.set(key, (state = { d: new ByteWriter(8), p: k.positions ? new ByteWriter(8) : null, lastDoc: -1 }));
      writeTermDoc(state.d, doc - state.lastDoc, k.n, k.head, k.title);
      state.lastDoc = doc;
      if (k.positions && state.p) {
        let prev = 0;
        k.positions.forEach((p, j) => {
          state.p!.varint(j === 0 ? p : p - prev);
          prev = p;
        });
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
    for (const [key, state] of this.keys) {
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
