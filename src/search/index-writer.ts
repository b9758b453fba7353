/**
 * Builds the search index (format.ts) from search records, one document at a time: postings are
 * appended to per-key byte buffers as each document is read (documents come in date order, so
 * every list is delta-coded as it grows), fragments are written a bundle at a time, and the
 * shards are cut and written at the end. What it holds is the encoded postings, not the records,
 * and no more of them than its buffer (`INDEX_BUFFER_BYTES`): when the buffer is full, its keys
 * are written to disk as a sorted run (runs.ts) and it starts again; at the end the runs are
 * merged, and the shards written a group at a time, each group no larger than the buffer (one
 * more merge spreads the keys over a file per group, which its pass reads back).
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
  docGaps,
  encodeShard,
  FORMAT_VERSION,
  FRAGMENT_BUNDLE,
  FRAGMENT_GROUP,
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
  type Fragment,
  type Manifest,
} from './format.ts';
import { mergeRuns, readRun, RunAppender, writeRun, type MergedKey } from './runs.ts';

/**
 * What the writer may hold of postings before it writes them to disk as a sorted run, in bytes
 * (estimated: payload bytes plus `KEY_OVERHEAD` a key). The worker's memory is about this plus
 * Node's own; the merge at the end holds one group of shards, also at most about this much.
 */
export const INDEX_BUFFER_BYTES = 48 * 2 ** 20;
/** Estimated bytes a key costs in memory besides its payload: map entry, state object, two buffers. */
const KEY_OVERHEAD = 600;

/**
 * Estimated bytes a key costs while its group's shards are gathered, besides its payload: its
 * entry in the shard's list, the key string, the payload's view (measured at 10,000 articles).
 */
const SHARD_ENTRY_OVERHEAD = 250;

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
  /** Sorted runs written to disk, and shard groups written from them (1 and 1 when the buffer held everything). */
  runs: number;
  groups: number;
}

/** Order of the documents: date, then address (the same order on every build). */
export const byDateOrder = (a: Pick<SearchRecord, 'sortKey' | 'url'>, b: Pick<SearchRecord, 'sortKey' | 'url'>) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;

export interface WriterOptions {
  /** Bytes of postings held before a run is written (default `INDEX_BUFFER_BYTES`). */
  bufferBytes?: number;
}

export class SearchIndexWriter {
  private keys = new Map<number, KeyState>();
  private readonly filters = new Map<string, number[]>();
  private readonly hash = createHash('sha256');
  private readonly work: string;
  private readonly scratch = new DocScratch();
  private docs = 0;
  private fragmentBytes = 0;
  private bundle: Fragment[] = [];
  /** Numbers of the issue pages' documents, ascending. */
  private readonly issuePages: number[] = [];
  private lastSort: Pick<SearchRecord, 'sortKey' | 'url'> | null = null;
  private readonly dir: string;
  private readonly bufferBytes: number;
  private buffered = 0;
  private readonly runs: string[] = [];

  /** Files go to `dir/<version>/` and `dir/manifest.json`; `dir` is emptied first. */
  constructor(dir: string, options: WriterOptions = {}) {
    this.dir = dir;
    this.bufferBytes = options.bufferBytes ?? INDEX_BUFFER_BYTES;
    rmSync(dir, { recursive: true, force: true });
    this.work = join(dir, '.writing');
    mkdirSync(join(this.work, 'runs'), { recursive: true });
    this.hash.update(`format ${FORMAT_VERSION}\n`);
  }

  /** Sorted runs written so far (for tests and the summary). */
  get runCount(): number {
    return this.runs.length;
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
    this.post(doc);
    if (record.fragment.issuePage) this.issuePages.push(doc);
    for (const [name, value] of record.filters) {
      const key = filterKey(name, value);
      const list = this.filters.get(key) ?? this.filters.set(key, []).get(key)!;
      if (list.at(-1) !== doc) list.push(doc);
    }
    this.bundle.push(record.fragment);
    if (this.bundle.length === FRAGMENT_BUNDLE) this.writeBundle();
    if (this.buffered >= this.bufferBytes) this.spill();
    return doc;
  }

  /** Append the document's keys (in the scratch) to their postings. */
  private post(doc: number) {
    const scratch = this.scratch;
    for (let slot = 0; slot < scratch.slots; slot++) {
      const key = scratch.keys[slot]!;
      let state = this.keys.get(key);
      if (!state) {
        this.keys.set(key, (state = { d: new ByteWriter(8), p: key >= PAIR_BASE ? new ByteWriter(8) : null, lastDoc: -1 }));
        this.buffered += KEY_OVERHEAD + state.d.bytes.length + (state.p?.bytes.length ?? 0);
      }
      const before = state.d.bytes.length + (state.p?.bytes.length ?? 0);
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
      this.buffered += state.d.bytes.length + (state.p?.bytes.length ?? 0) - before;
    }
  }

  /** Write the fragments of the current bundle (its documents are the last ones added). */
  private writeBundle() {
    if (!this.bundle.length) return;
    const n = Math.floor((this.docs - 1) / FRAGMENT_BUNDLE);
    const path = join(this.work, fragmentPath(n));
    if (n % FRAGMENT_GROUP === 0) mkdirSync(join(path, '..'), { recursive: true });
    const json = JSON.stringify(this.bundle);
    writeFileSync(path, json);
    this.hash.update(json);
    this.fragmentBytes += Buffer.byteLength(json);
    this.bundle = [];
  }

  /** Write the keys held as a sorted run and start again empty. */
  private spill() {
    if (!this.keys.size) return;
    const entries = [...this.keys].map(([n, state]) => ({ key: keyOfNumber(n), lastDoc: state.lastDoc, d: state.d.result(), p: state.p?.result() ?? null }));
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.keys = new Map();
    this.buffered = 0;
    const file = join(this.work, 'runs', `${this.runs.length}.run`);
    writeRun(file, entries);
    this.runs.push(file);
  }

  /** Merge the runs, cut and write the shards and the manifest; returns what was written. */
  finish(): IndexSummary {
    this.writeBundle();
    this.spill();
    const filters: MergedKey[] = [...this.filters].map(([key, docs]) => ({ key, d: encodeRuns(docs), p: null }));
    // First pass over the merged runs: the sizes, which decide the number of shards.
    const size = (key: string, payload: Uint8Array) => key.length * 3 + payload.length + 4;
    let dSize = 0;
    let pSize = 0;
    let keys = filters.length;
    for (const f of filters) dSize += size(f.key, f.d);
    for (const m of mergeRuns(this.runs)) {
      keys++;
      dSize += size(m.key, m.d);
      if (m.p) pSize += size(m.key, m.p);
    }
    const dShards = Math.max(1, Math.ceil(dSize / SHARD_BYTES));
    const pShards = Math.max(1, Math.ceil(pSize / SHARD_BYTES));
    // Then the shards a group at a time, so that at most about a buffer's worth is held.
    const groups = Math.max(1, Math.ceil((dSize + pSize + keys * SHARD_ENTRY_OVERHEAD) / this.bufferBytes));
    const digests = { d: new Array<string>(dShards), p: new Array<string>(pShards) };
    let shardBytes = 0;
    const counts = { dShards, pShards };
    if (groups === 1) {
      shardBytes += this.writeGroup(0, groups, counts, filters, shardEntries(mergeRuns(this.runs), counts), digests);
    } else {
      // One more merge, spread over a file per group; each group then reads its own file only
      // (merging every run again for every group cost groups × runs × keys).
      const parts = this.spreadOverGroups(groups, counts);
      for (let g = 0; g < groups; g++) shardBytes += this.writeGroup(g, groups, counts, filters, parts(g), digests);
    }
    // The version: every fragment bundle (hashed as written), then every shard in order, whatever the grouping.
    for (const h of [...digests.d, ...digests.p]) this.hash.update(h);
    const version = this.hash.digest('hex').slice(0, 12);
    rmSync(join(this.work, 'runs'), { recursive: true, force: true });
    rmSync(join(this.work, 'groups'), { recursive: true, force: true });
    renameSync(this.work, join(this.dir, version));
    const manifest: Manifest = { format: FORMAT_VERSION, version, documents: this.docs, dShards, pShards, fragmentBundle: FRAGMENT_BUNDLE, issuePages: docGaps(this.issuePages) };
    writeFileSync(join(this.dir, MANIFEST_FILE), JSON.stringify(manifest));
    return { documents: this.docs, keys, dShards, pShards, shardBytes, fragmentBytes: this.fragmentBytes, version, runs: this.runs.length, groups };
  }

  /**
   * Merge the runs once more and append each key's d and p payloads to the file of the group their
   * shard belongs to; returns, per group, its entries back (in key order, as merged).
   */
  private spreadOverGroups(groups: number, counts: ShardCounts): (g: number) => Iterable<ShardEntry> {
    const dir = join(this.work, 'groups');
    mkdirSync(dir, { recursive: true });
    const file = (kind: 'd' | 'p', g: number) => join(dir, `${kind}${g}.run`);
    const perFile = Math.floor(this.bufferBytes / (2 * groups));
    const appenders = { d: [] as RunAppender[], p: [] as RunAppender[] };
    for (let g = 0; g < groups; g++) for (const kind of ['d', 'p'] as const) appenders[kind].push(new RunAppender(file(kind, g), perFile));
    for (const e of shardEntries(mergeRuns(this.runs), counts)) {
      appenders[e.kind][groupOf(e.shard, groups, e.kind === 'd' ? counts.dShards : counts.pShards)]!.add(e.key, e.payload);
    }
    for (const a of [...appenders.d, ...appenders.p]) a.flush();
    return function* (g) {
      for (const kind of ['d', 'p'] as const) {
        const count = kind === 'd' ? counts.dShards : counts.pShards;
        for (const [key, payload] of readRun(file(kind, g))) yield { kind, shard: shardOf(key, count), key, payload };
      }
    };
  }

  /** Write the d and p shards of group `g` (shards n with ⌊n · groups / count⌋ = g); returns the bytes written. */
  private writeGroup(g: number, groups: number, counts: ShardCounts, filters: MergedKey[], entries: Iterable<ShardEntry>, digests: { d: string[]; p: string[] }): number {
    const inGroup = (shard: number, count: number) => groupOf(shard, groups, count) === g;
    const shards = { d: new Map<number, Array<[string, Uint8Array]>>(), p: new Map<number, Array<[string, Uint8Array]>>() };
    const put = (e: ShardEntry) => {
      if (!inGroup(e.shard, e.kind === 'd' ? counts.dShards : counts.pShards)) return;
      const to = shards[e.kind];
      (to.get(e.shard) ?? to.set(e.shard, []).get(e.shard)!).push([e.key, e.payload]);
    };
    for (const e of shardEntries(filters, counts)) put(e);
    for (const e of entries) put(e);
    const d = shards.d;
    const p = shards.p;
    let bytes = 0;
    const write = (shards: Map<number, Array<[string, Uint8Array]>>, count: number, path: (n: number) => string, digest: string[]) => {
      mkdirSync(join(this.work, path(0), '..'), { recursive: true });
      for (let n = 0; n < count; n++) {
        if (!inGroup(n, count)) continue;
        const data = gzipSync(encodeShard(shards.get(n) ?? []), { level: 9 });
        writeFileSync(join(this.work, path(n)), data);
        digest[n] = createHash('sha256').update(data).digest('hex');
        bytes += data.length;
      }
    };
    write(d, counts.dShards, dShardPath, digests.d);
    write(p, counts.pShards, pShardPath, digests.p);
    return bytes;
  }
}

interface ShardCounts {
  dShards: number;
  pShards: number;
}

/** One payload bound for a shard: a key's document list (d) or its positions (p). */
interface ShardEntry {
  kind: 'd' | 'p';
  shard: number;
  key: string;
  payload: Uint8Array;
}

/** The group whose pass writes shard `shard` of `count`. */
const groupOf = (shard: number, groups: number, count: number) => Math.floor((shard * groups) / count);

/** Each merged key's d payload, then its p payload when it has positions, with their shards. */
function* shardEntries(keys: Iterable<MergedKey>, counts: ShardCounts): Generator<ShardEntry> {
  for (const m of keys) {
    yield { kind: 'd', shard: shardOf(m.key, counts.dShards), key: m.key, payload: m.d };
    if (m.p) yield { kind: 'p', shard: shardOf(m.key, counts.pShards), key: m.key, payload: m.p };
  }
}

/** Build the whole index for these records into `dir` (sorted into date order first). */
export function writeSearchIndex(records: SearchRecord[], dir: string, options: WriterOptions = {}): IndexSummary {
  const writer = new SearchIndexWriter(dir, options);
  for (const r of [...records].sort(byDateOrder)) writer.add(r);
  return writer.finish();
}
