/**
 * The seed pool: every seed read in a worker thread (seed-worker.ts), one worker per core, each
 * seed with a time limit and every worker with a memory limit (`resourceLimits`). A seed that
 * takes longer is stopped (its worker ended, a new one started) and named; one that runs its
 * worker out of memory is named too; the other seeds publish.
 *
 * Hand-written on node:worker_threads rather than a pool library: a seed's clock must start when
 * a worker takes it, after the worker has loaded nodejieba and the gazetteer (seconds on a loaded
 * machine, again for each replacement worker); Piscina's abort signal runs from the call, so a
 * worker's warm-up counted against the seed it was started for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ParseCache } from './cache.ts';
import { emptyReport, MAX_SEED_BYTES, type SeedOutcome } from './seed.ts';
import type { FromWorker, SeedTask, ToWorker } from './seed-worker.ts';

/**
 * Seconds one seed may take. A newspaper page reads in under a second; the 10 MB test seed (787
 * pages run together) in ≈ 30 s on a loaded machine. A seed over this is a parser that does not
 * finish. `SEED_TIME_LIMIT_S` sets another.
 */
export const SEED_TIME_LIMIT_S = 120;
/**
 * Heap of one worker, in MB. The 10 MB seed needs ≈ 1 GB; beyond this a seed is runaway memory,
 * which ends its worker only, not the build. `SEED_MEMORY_LIMIT_MB` sets another.
 */
export const SEED_MEMORY_LIMIT_MB = 4096;

export interface SeedLimits {
  seconds: number;
  memoryMb: number;
  workers: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** The limits in force: the constants above, or the environment's (`SEED_WORKERS` sets the number of workers). */
export function seedLimits(env: NodeJS.ProcessEnv = process.env): SeedLimits {
  return {
    seconds: positive(env.SEED_TIME_LIMIT_S, SEED_TIME_LIMIT_S),
    memoryMb: positive(env.SEED_MEMORY_LIMIT_MB, SEED_MEMORY_LIMIT_MB),
    workers: Math.floor(positive(env.SEED_WORKERS, availableParallelism())),
  };
}

/**
 * The worker's file: beside this one in the sources (scripts run them with Node's type
 * stripping); when this module was bundled (Astro's content config), the sources under the
 * working directory, as parserVersion finds them (cache.ts).
 */
export function seedWorkerFile(): string {
  const here = fileURLToPath(new URL('./seed-worker.ts', import.meta.url));
  return existsSync(here) ? here : resolve('src/archive/seed-worker.ts');
}

const WHAT_TO_DO = '这份稿件本次没有发布，其余稿件照常发布：把文件按版面拆成几个较小的文件再试；仍不行，把这条消息和文件交给维护网站的人';

/** Why a worker did not answer: stopped at the time limit, out of memory, or ended otherwise; or the pool's whole process ended (seed-process.ts). */
type WorkerFault = { kind: 'time' } | { kind: 'memory' } | { kind: 'ended'; message: string } | { kind: 'process'; message: string };

/** The seed's error when its worker did not answer; `line` is the last line its parser reached (0: none known). */
export function workerFailure(task: SeedTask, fault: WorkerFault, limits: SeedLimits, line = 0): SeedOutcome {
  const name = task.file.name;
  const what =
    fault.kind === 'time'
      ? `解析超过 ${limits.seconds} 秒，已跳过`
      : fault.kind === 'memory'
        ? `解析用尽了内存（上限 ${limits.memoryMb} MB），已跳过`
        : fault.kind === 'process'
          ? `读入稿件的进程意外停止（${fault.message}），这份稿件未能读完，已跳过`
          : `解析它的工作线程意外停止（${fault.message}），已跳过`;
  const where = line > 0 ? `（停下时解析器读到第${line}行）` : '';
  const report = { ...emptyReport(name), error: `${name}：${what}${where}；${WHAT_TO_DO}`, errorLine: line > 0 ? line : null };
  return { seed: { report, meta: task.meta, analysis: null }, source: 'failed' };
}

/** Thrown when a worker cannot load the analyser (nodejieba, the gazetteer): no seed could be read, the load stops. */
export class AnalyserLoadError extends Error {}

const faultOf = (err: Error & { code?: string }): WorkerFault =>
  err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'ended', message: `${err.name}: ${err.message}` };

/** Ends a worker that failed; an error it still raises (it may, while dying) must not end the build. */
function finishWorker(worker: Worker): void {
  worker.on('error', () => {});
  void worker.terminate();
}

/** A worker of the pool, and the line its current seed has reached (written by the worker: seed-worker.ts). */
interface PoolWorker {
  thread: Worker;
  progress: Int32Array;
}

/** A worker started and ready (its analyser loaded), or AnalyserLoadError. */
function startWorker(placesFile: string | null, limits: SeedLimits): Promise<PoolWorker> {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const worker = new Worker(seedWorkerFile(), {
    workerData: { seedPool: true, placesFile, progress: shared },
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  });
  return new Promise((resolvePromise, reject) => {
    // Only our own listeners are removed: Worker keeps listeners of its own (removeAllListeners broke its messages).
    const off = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const fail = (message: string) => {
      off();
      finishWorker(worker);
      reject(new AnalyserLoadError(`读入稿件的工作线程无法启动：${message}`));
    };
    const onMessage = (m: FromWorker) => {
      if (!('ready' in m)) return fail('fatal' in m ? m.fatal : 'unexpected message');
      off();
      resolvePromise({ thread: worker, progress: new Int32Array(shared) });
    };
    const onError = (err: Error) => fail(err.stack ?? String(err));
    const onExit = (code: number) => fail(`exit ${code}`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

/** A seed stopped at a limit, as the parse cache keeps it: the limit it was stopped at and the line its parser had reached. */
interface StoppedSeed {
  kind: 'time' | 'memory';
  seconds: number;
  memoryMb: number;
  line: number;
}

/**
 * Where a seed stopped at a limit is remembered: beside its parse-cache entry, under the same key
 * (bytes, file name, metadata, code), so the build after the check — or the next build — does not
 * spend the limit on it again. Null without a cache or when the file cannot be read here (the
 * worker then says why).
 */
function stoppedEntry(task: SeedTask): { cache: ParseCache<StoppedSeed>; key: string } | null {
  if (!task.cache) return null;
  try {
    if (statSync(task.file.path).size > MAX_SEED_BYTES) return null;
    const cache = new ParseCache<StoppedSeed>(task.cache.dir, task.cache.version, '.stopped');
    return { cache, key: cache.key(task.file.name, { kind: task.meta.kind, date: task.meta.date }, readFileSync(task.file.path)) };
  } catch {
    return null;
  }
}

/** A remembered stop still holds when the limit now is no higher than the one it was stopped at. */
const stillStopped = (s: StoppedSeed, limits: SeedLimits) => (s.kind === 'time' ? limits.seconds <= s.seconds : limits.memoryMb <= s.memoryMb);

/** A seed on a worker, unless it was stopped at a limit before (with the same bytes, metadata and code). */
async function runSeed(worker: () => Promise<PoolWorker>, task: SeedTask, limits: SeedLimits): Promise<{ outcome: SeedOutcome; ended: boolean }> {
  const entry = stoppedEntry(task);
  const known = entry?.cache.get(entry.key);
  if (known && stillStopped(known, limits)) {
    return { outcome: workerFailure(task, { kind: known.kind }, { ...limits, seconds: known.seconds, memoryMb: known.memoryMb }, known.line), ended: false };
  }
  const run = await runOnWorker(await worker(), task, limits);
  if (entry && run.stopped) {
    try {
      entry.cache.set(entry.key, { ...run.stopped, seconds: limits.seconds, memoryMb: limits.memoryMb });
    } catch {
      // Not remembered (a full disk): the seed is only read again next time.
    }
  }
  return run;
}

/** One seed on a ready worker: its outcome, or the fault that ended the worker (which is then not to be reused), and whether a limit stopped it. */
function runOnWorker(
  { thread: worker, progress }: PoolWorker,
  task: SeedTask,
  limits: SeedLimits,
): Promise<{ outcome: SeedOutcome; ended: boolean; stopped?: Pick<StoppedSeed, 'kind' | 'line'> }> {
  Atomics.store(progress, 0, 0);
  return new Promise((resolvePromise, reject) => {
    const off = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const fault = (f: WorkerFault) => {
      off();
      finishWorker(worker);
      const line = Atomics.load(progress, 0);
      const stopped = f.kind === 'time' || f.kind === 'memory' ? { kind: f.kind, line } : undefined;
      resolvePromise({ outcome: workerFailure(task, f, limits, line), ended: true, stopped });
    };
    const onMessage = (m: FromWorker) => {
      off();
      if ('result' in m && m.result.source !== 'fatal') return resolvePromise({ outcome: m.result, ended: false });
      finishWorker(worker);
      reject(new AnalyserLoadError('fatal' in m ? m.fatal : 'result' in m && m.result.source === 'fatal' ? m.result.message : 'unexpected message'));
    };
    const onError = (err: Error) => fault(faultOf(err));
    const onExit = (code: number) => fault({ kind: 'ended', message: `exit ${code}` });
    const timer = setTimeout(() => fault({ kind: 'time' }), limits.seconds * 1000);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ task } satisfies ToWorker);
  });
}

/**
 * Reads every task in the pool, each worker one seed at a time, handing each outcome to `onDone`
 * (with its task's index) as it finishes and keeping none. A worker a seed ended is replaced for
 * the next seed.
 */
export async function runSeedPool(tasks: SeedTask[], onDone: (outcome: SeedOutcome, index: number) => void, limits = seedLimits()): Promise<void> {
  let next = 0;
  const lane = async () => {
    // Held in an object: TypeScript does not follow assignments made inside the closure below.
    const held: { worker: PoolWorker | null } = { worker: null };
    try {
      for (let i = next++; i < tasks.length; i = next++) {
        const task = tasks[i]!;
        // Started when a seed first needs it (a seed remembered as stopped needs none).
        const { outcome, ended } = await runSeed(async () => (held.worker ??= await startWorker(task.placesFile, limits)), task, limits);
        if (ended) held.worker = null;
        onDone(outcome, i);
      }
    } finally {
      await held.worker?.thread.terminate();
    }
  };
  const lanes = Math.max(1, Math.min(limits.workers, tasks.length));
  await Promise.all(Array.from({ length: lanes }, lane));
}
