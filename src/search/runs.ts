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
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
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
  private buf = new Uint8Array(CHUNK);
  private pos = 0;
  private end = 0;
  private eof = false;

  constructor(file: string) {
    this.fd = openSync(file, 'r');
  }

  /** Make at least `n` bytes available from `pos` (fewer only at the end of the file). */
  private ensure(n: number) {
    if (this.end - this.pos >= n || this.eof) return;
    const have = this.end - this.pos;
    if (this.buf.length < n + CHUNK) {
      const next = new Uint8Array(n + CHUNK);
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

/** Every key of the runs (files in document order), merged, in key order. */
export function* mergeRuns(files: readonly string[]): Generator<MergedKey> {
  const readers = files.map((f) => new RunReader(f));
  const heads = readers.map((r) => r.next());
  for (;;) {
    let min: string | null = null;
    for (const h of heads) if (h && (min === null || h.key < min)) min = h.key;
    if (min === null) return;
    const parts: RunEntry[] = [];
    heads.forEach((h, i) => {
      if (h && h.key === min) {
        parts.push(h);
        heads[i] = readers[i]!.next();
      }
    });
    yield join(parts);
  }
}
