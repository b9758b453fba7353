/**
 * Sorted runs of postings on disk, for the index writer (index-writer.ts) to keep its memory
 * bounded: when its buffer is full it writes every key it holds, sorted by key, to a run file and
 * starts again empty; at the end the runs are merged key by key.
 *
 * Hand-written rather than a library: the runs are this format's own varint payloads, and merging
 * them is re-coding one number per key and run (the first document of a run's list is written
 * absolute, as the delta from document −1, and becomes the delta from the previous run's last
 * document), which no general external-sort package does.
 *
 * Run file: entries sorted by key (JavaScript string order), each
 * `varint keyBytes, key (UTF-8), varint lastDoc, varint dBytes, d, varint (pBytes + 1, or 0 when
 * the key has no positions), p`.
 */
import { appendFileSync, closeSync, openSync, readSync, writeSync } from 'node:fs';
import { ByteReader, ByteWriter } from './format.ts';

const CHUNK = 1 << 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface RunEntry {
  key: string;
  /** Last document of the key in this run. */
  lastDoc: number;
  /** Document list; its first delta is from document −1. */
  d: Uint8Array;
  /** Positions (pairs), or null. */
  p: Uint8Array | null;
}

/** Write entries (sorted by key) to a new run file. */
export function writeRun(file: string, entries: Iterable<RunEntry>): number {
  const fd = openSync(file, 'w');
  const out = new ByteWriter(CHUNK * 2);
  let bytes = 0;
  const flush = () => {
    writeSync(fd, out.result());
    bytes += out.length;
    out.length = 0;
  };
  try {
    for (const e of entries) {
      const k = encoder.encode(e.key);
      out.varint(k.length);
      out.write(k);
      out.varint(e.lastDoc);
      out.varint(e.d.length);
      out.write(e.d);
      out.varint(e.p ? e.p.length + 1 : 0);
      if (e.p) out.write(e.p);
      if (out.length >= CHUNK) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Reads a run file front to back through a small buffer. */
class RunReader {
  private readonly fd: number;
  private buf: Uint8Array;
  private pos = 0;
  private end = 0;
  private eof = false;

  private readonly chunk: number;

  constructor(file: string, chunk = CHUNK) {
    this.fd = openSync(file, 'r');
    this.chunk = chunk;
    this.buf = new Uint8Array(chunk);
  }

  /** Make at least `n` bytes available from `pos` (fewer only at the end of the file). */
  private ensure(n: number) {
    if (this.end - this.pos >= n || this.eof) return;
    const have = this.end - this.pos;
    if (this.buf.length < n + this.chunk) {
      const next = new Uint8Array(n + this.chunk);
      next.set(this.buf.subarray(this.pos, this.end));
      this.buf = next;
    } else this.buf.copyWithin(0, this.pos, this.end);
    this.pos = 0;
    this.end = have;
    while (this.end < n && !this.eof) {
      const got = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
      if (got === 0) this.eof = true;
      this.end += got;
    }
  }

  private varint(): number {
    this.ensure(8);
    const r = new ByteReader(this.buf.subarray(this.pos, this.end));
    const v = r.varint();
    this.pos += r.pos;
    return v;
  }

  private take(n: number): Uint8Array {
    this.ensure(n);
    if (this.end - this.pos < n) throw new Error('search index: a run file ends inside an entry');
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  next(): RunEntry | null {
    this.ensure(1);
    if (this.pos >= this.end) {
      closeSync(this.fd);
      return null;
    }
    const key = decoder.decode(this.take(this.varint()));
    const lastDoc = this.varint();
    const d = this.take(this.varint());
    const pLength = this.varint();
    const p = pLength ? this.take(pLength - 1) : null;
    return { key, lastDoc, d, p };
  }
}

/** One key merged over every run: its whole document list and positions. */
export interface MergedKey {
  key: string;
  d: Uint8Array;
  p: Uint8Array | null;
}

/** Join one key's parts from consecutive runs (in run order, i.e. document order). */
function join(parts: RunEntry[]): MergedKey {
  if (parts.length === 1) return { key: parts[0]!.key, d: parts[0]!.d, p: parts[0]!.p };
  const d = new ByteWriter(parts.reduce((n, x) => n + x.d.length, 0) + 8);
  let prevLast = -1;
  for (const part of parts) {
    const r = new ByteReader(part.d);
    const firstDoc = r.varint() - 1;
    d.varint(firstDoc - prevLast);
    d.write(part.d.subarray(r.pos));
    prevLast = part.lastDoc;
  }
  let p: ByteWriter | null = null;
  for (const part of parts) {
    if (!part.p) continue;
    p ??= new ByteWriter(parts.reduce((n, x) => n + (x.p?.length ?? 0), 0) + 8);
    p.write(part.p);
  }
  return { key: parts[0]!.key, d: d.result(), p: p?.result() ?? null };
}

/** A run's current entry and the run's place in document order (ties between equal keys go by run). */
interface Head {
  entry: RunEntry;
  run: number;
}

const before = (a: Head, b: Head) => a.entry.key < b.entry.key || (a.entry.key === b.entry.key && a.run < b.run);

/**
 * A binary min-heap of the runs' heads: a k-way merge costs log k comparisons a key, not k (the
 * writer merges its runs once per shard group, and both counts grow with the archive).
 * Hand-written: twenty lines, and the packages for it add nothing a merge needs.
 */
class HeadHeap {
  private readonly items: Head[] = [];
  get size() {
    return this.items.length;
  }
  peek(): Head | undefined {
    return this.items[0];
  }
  push(h: Head) {
    const a = this.items;
    a.push(h);
    for (let i = a.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!before(a[i]!, a[up]!)) break;
      [a[i], a[up]] = [a[up]!, a[i]!];
      i = up;
    }
  }
  pop(): Head | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Read buffer of each run during a merge: the merge reads all runs at once, so their buffers share about MERGE_BUFFER_BYTES. */
const MERGE_BUFFER_BYTES = 16 * CHUNK;
const MIN_READ_BUFFER = 64 * 1024;

/** Every key of the runs (files in document order), merged, in key order. */
export function* mergeRuns(files: readonly string[]): Generator<MergedKey> {
  const chunk = Math.max(MIN_READ_BUFFER, Math.min(CHUNK, Math.floor(MERGE_BUFFER_BYTES / Math.max(1, files.length))));
  const readers = files.map((f) => new RunReader(f, chunk));
  const heap = new HeadHeap();
  readers.forEach((r, run) => {
    const entry = r.next();
    if (entry) heap.push({ entry, run });
  });
  while (heap.size) {
    // Equal keys leave the heap in run order, which is document order.
    const parts: RunEntry[] = [];
    const key = heap.peek()!.entry.key;
    while (heap.size && heap.peek()!.entry.key === key) {
      const { entry, run } = heap.pop()!;
      parts.push(entry);
      const next = readers[run]!.next();
      if (next) heap.push({ entry: next, run });
    }
    yield join(parts);
  }
}

/** Smallest write of an appender: many small files are written a few kB at a time, not a key at a time. */
const MIN_APPEND = 4096;

/**
 * Appends keys and payloads (in key order) to a file of the run format (`lastDoc` 0, no positions),
 * through a small buffer; `readRun` reads them back. The index writer spreads one merge of its
 * runs over a file per shard group this way, instead of merging every run again for every group.
 */
export class RunAppender {
  private readonly out: ByteWriter;
  private readonly file: string;
  private readonly flushAt: number;

  constructor(file: string, bufferBytes: number) {
    this.file = file;
    this.flushAt = Math.max(MIN_APPEND, Math.min(CHUNK, bufferBytes));
    this.out = new ByteWriter(this.flushAt * 2);
    appendFileSync(file, new Uint8Array(0));
  }

  add(key: string, payload: Uint8Array) {
    const k = encoder.encode(key);
    this.out.varint(k.length);
    this.out.write(k);
    this.out.varint(0);
    this.out.varint(payload.length);
    this.out.write(payload);
    this.out.varint(0);
    if (this.out.length >= this.flushAt) this.flush();
  }

  flush() {
    if (!this.out.length) return;
    appendFileSync(this.file, this.out.result());
    this.out.length = 0;
  }
}

/** The keys and payloads a `RunAppender` wrote, in the order written. */
export function* readRun(file: string): Generator<[key: string, payload: Uint8Array]> {
  const reader = new RunReader(file, MIN_READ_BUFFER);
  for (let e = reader.next(); e; e = reader.next()) yield [e.key, e.d];
}
