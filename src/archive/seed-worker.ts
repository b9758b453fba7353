/**
 * A worker thread of the seed pool (seed-pool.ts): reads one seed — its bytes, decoding, parser,
 * places and keywords or the parse cache, and its report — and returns what the loader assembles.
 * The task names a file path and its metadata, so another kind of seed file can be read here by
 * its own reader. nodejieba and the gazetteer are loaded once per worker (per places file).
 *
 * Whatever the seed does inside (throws, overflows the stack) comes back as that seed's error
 * (seed.ts); what cannot come back — an endless loop, memory run out — ends this worker, and the
 * pool names the seed.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../places/gazetteer.ts';
import type { SeedMeta } from '../records/schema.ts';
import { ParseCache } from './cache.ts';
import type { SeedFile } from './listing.ts';
import { readSeed, seedAnalyser, type SeedAnalyser, type SeedAnalysis, type SeedOutcome } from './seed.ts';

export interface SeedTask {
  file: SeedFile;
  meta: SeedMeta;
  /** The editors' places file (seeds/places.yaml), or null: the gazetteer the seed is read with. */
  placesFile: string | null;
  /** The parse cache's folder and code version, or null for no cache. */
  cache: { dir: string; version: string } | null;
}

/** A seed's outcome, or `fatal` when the analyser itself could not be loaded (the build stops: seed-pool.ts). */
export type SeedTaskResult = SeedOutcome | { source: 'fatal'; message: string };

/**
 * Test-only hook: `SEED_WORKER_FAULT=<file>:<fault>[,<file>:<fault>…]` makes the parser misbehave
 * on that file, inside the worker, as a broken parser would: `loop` never returns, `loop@<n>`
 * never returns once the parser reaches line n, `memory` allocates until the worker's heap limit,
 * `throw` throws, `overflow` recurses until the stack overflows, `kill` kills the pool's whole process. Never set in a build; the tests
 * use it to show the pool contains each.
 */
export const FAULT_ENV = 'SEED_WORKER_FAULT';

const faultFor = (file: string) => (process.env[FAULT_ENV] ?? '').split(',').find((f) => f.slice(0, f.lastIndexOf(':')) === file)?.split(':').at(-1);

/** The line at which the `loop@<n>` fault (above) sets in for this file, or null. */
function loopLine(file: string): number | null {
  const m = faultFor(file)?.match(/^loop@(\d+)$/u);
  return m ? Number(m[1]) : null;
}

function injectFault(file: string): void {
  const fault = faultFor(file);
  if (!fault) return;
  if (fault === 'loop') for (;;);
  if (fault === 'memory') {
    // Many small arrays, as a runaway parser would grow: V8 ends the worker at its heap limit. (One
    // huge allocation can abort the whole process instead: nodejs/node#47224; see README.)
    const hoard: number[][] = [];
    for (let i = 0; ; i++) hoard.push(new Array<number>(10_000).fill(i));
  }
  if (fault === 'throw') throw new TypeError(`injected fault in ${file}`);
  // The whole process of the pool killed, as a native crash or the system's OOM killer would.
  if (fault === 'kill') process.kill(process.pid, 'SIGKILL');
  if (fault === 'overflow') {
    const deeper = (n: number): number => deeper(n + 1) + 1;
    deeper(0);
  }
}

let loaded: { placesFile: string | null; analyser: SeedAnalyser } | null = null;
/**
 * Where the pool reads the line this worker's seed has reached: one Int32 shared with the main
 * thread (set by the pool; none when a seed is read outside the pool). Written with a store per
 * line, no message: the main thread reads it only when it stops the seed, and a worker stopped in
 * a loop could not post one anyway.
 */
let progress: Int32Array | null = null;
let cache: ParseCache<SeedAnalysis> | null = null;

function analyserFor(placesFile: string | null): SeedAnalyser {
  if (loaded?.placesFile !== placesFile) {
    loaded = { placesFile, analyser: seedAnalyser(loadGazetteer({ editorFile: placesFile ?? undefined })) };
  }
  const { analyser } = loaded;
  return (text, meta, file, features) => {
    injectFault(file);
    const cell = progress;
    const loopAt = loopLine(file);
    const onLine = (n: number) => {
      if (cell) Atomics.store(cell, 0, n);
      if (loopAt !== null && n >= loopAt) for (;;);
    };
    return analyser(text, meta, file, features, cell || loopAt !== null ? onLine : undefined);
  };
}

/** One seed read (see the file comment): the worker's task, also callable in any thread. */
export function readSeedTask(task: SeedTask): SeedTaskResult {
  if (task.cache && (cache?.dir !== task.cache.dir || cache.version !== task.cache.version)) {
    cache = new ParseCache<SeedAnalysis>(task.cache.dir, task.cache.version);
  }
  let analyser: SeedAnalyser | undefined;
  const analyse = () => (analyser ??= analyserFor(task.placesFile));
  try {
    return readSeed(task.file, task.meta, analyse, task.cache ? cache : null);
  } catch (err) {
    // Only loading the analyser escapes readSeed.
    return { source: 'fatal', message: (err as Error).stack ?? String(err) };
  }
}

/** Messages between the pool and a worker. */
export type ToWorker = { task: SeedTask };
export type FromWorker = { ready: true } | { fatal: string } | { result: SeedTaskResult };

/**
 * Started by the pool: load the analyser first (nodejieba, the gazetteer: seconds on a loaded
 * machine, which must not count against a seed's time), say ready, then read each seed sent.
 */
if (!isMainThread && (workerData as { seedPool?: boolean } | null)?.seedPool) {
  const port = parentPort!;
  const { placesFile, progress: shared } = workerData as { placesFile: string | null; progress?: SharedArrayBuffer };
  if (shared) progress = new Int32Array(shared);
  try {
    analyserFor(placesFile);
    port.postMessage({ ready: true } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ fatal: (err as Error).stack ?? String(err) } satisfies FromWorker);
  }
  port.on('message', ({ task }: ToWorker) => port.postMessage({ result: readSeedTask(task) } satisfies FromWorker));
}
