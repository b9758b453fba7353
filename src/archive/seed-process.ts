/**
 * The seed pool (seed-pool.ts) run in a child process of its own, which ends when the last seed is
 * read: what parsing held goes back to the system before a single page renders.
 *
 * Why a process and not only threads: nodejieba never frees its dictionary when a worker thread
 * ends (≈ 260 MB a worker, measured: three workers started and ended one after another leave the
 * process 810 MB larger), and the threads' allocator arenas stay with the process. At 10,000
 * articles a build's process still held 1.2 GB after the pool had ended (0.1 GB of it live heap);
 * every page then rendered beside that. Inside this process the pool is unchanged — its threads,
 * their limits, the line a stopped seed reached — so a seed's faults are contained as before; this
 * process only adds that the whole of it is given back.
 *
 * Messages (advanced serialization, as a worker's structured clone): the parent sends the tasks
 * and limits once; the child answers each seed as it finishes (`{ index, outcome }`), then `{ end }`,
 * or `{ fatal }` when the analyser could not be loaded (AnalyserLoadError in the parent).
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countArticleWords } from '../records/vocabulary.ts';
import { outcomeSeeds, type SeedOutcome } from './seed.ts';
import { AnalyserLoadError, runSeedPool, seedLimits, workerFailure, type SeedLimits } from './seed-pool.ts';
import type { SeedTask } from './seed-worker.ts';

type ToChild = { tasks: SeedTask[]; limits: SeedLimits };
type FromChild = { index: number; outcome: SeedOutcome } | { end: true; wordCounts: Map<string, number> } | { fatal: string };

/** The outcomes in task order, and the articles each vocabulary word occurs in (counted here, see takeVocabulary). */
export interface ProcessOutcomes {
  outcomes: SeedOutcome[];
  wordCounts: Map<string, number>;
}

/**
 * Counts an outcome's vocabulary (src/records/vocabulary.ts) into `counts` and empties its
 * articles' lists before the outcome is sent on: the build's process then never holds every
 * article's words (≈ 250 an article: at 40,000 articles some 400 MB of strings), only the counts.
 */
export function takeVocabulary(outcome: SeedOutcome, counts: Map<string, number>): void {
  for (const { seed } of outcomeSeeds(outcome)) {
    for (const article of seed.analysis?.articles ?? []) {
      countArticleWords(article.vocabulary, counts);
      article.vocabulary = [];
    }
  }
}

/** V8's heap-sizing flags, the only ones of the parent's command line the child is given. */
const HEAP_FLAG = /^--(heap-growing-percent|max-semi-space-size)=\d+$/u;

/** This file, in the sources (see seedWorkerFile in seed-pool.ts for why the fallback). */
function seedProcessFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('seed-process.ts') && existsSync(here) ? here : resolve('src/archive/seed-process.ts');
}

/**
 * Reads every task in the pool, in a child process; `onDone` as each seed finishes, outcomes in
 * task order. Should the process itself end early (killed, crashed), every seed it had not
 * answered gets an error naming it, and the others publish.
 */
export function readSeedsInProcess(tasks: SeedTask[], onDone?: (outcome: SeedOutcome) => void, limits = seedLimits(), keep = true): Promise<ProcessOutcomes> {
  if (tasks.length === 0) return Promise.resolve({ outcomes: [], wordCounts: new Map() });
  const outcomes: (SeedOutcome | undefined)[] = new Array(tasks.length);
  // Without `keep` (the parse cache's warm-up, src/build/warm-parse.ts) each outcome is passed to onDone and let go: only
  // which seeds were answered is remembered, and the outcomes returned are empty.
  const answered: boolean[] = new Array(tasks.length).fill(false);
  // Stays empty if the process dies before its end: the vocabulary then counts no article (suggestions only).
  let wordCounts = new Map<string, number>();
  // execArgv from the parent would carry Astro's or Vitest's loader flags; NODE_OPTIONS still applies.
  // Only the parent's heap flags go on (src/build/heap-growing.ts: the build sets them): the pool's threads share them.
  const child = fork(seedProcessFile(), [], { serialization: 'advanced', execArgv: process.execArgv.filter((a) => HEAP_FLAG.test(a)), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((done, fail) => {
    let settled = false;
    let fatal: string | null = null;
    child.on('message', (m: FromChild) => {
      if ('index' in m) {
        if (keep) outcomes[m.index] = m.outcome;
        else answered[m.index] = true;
        onDone?.(m.outcome);
      } else if ('fatal' in m) fatal = m.fatal;
      else wordCounts = m.wordCounts;
    });
    child.on('error', (err) => {
      if (!settled) fatal ??= `${err.name}: ${err.message}`;
    });
    child.on('exit', (code, signal) => {
      settled = true;
      if (fatal !== null) return fail(new AnalyserLoadError(fatal));
      const ended = { kind: 'process' as const, message: signal ? `signal ${signal}` : `exit ${code}` };
      if (!keep) {
        answered.forEach((a, i) => a || onDone?.(workerFailure(tasks[i]!, ended, limits)));
        return done({ outcomes: [], wordCounts });
      }
      done({
        // Array.from, not map: map skips the holes, which are exactly the seeds not answered.
        outcomes: Array.from(outcomes, (o, i) => {
          if (o) return o;
          const failed = workerFailure(tasks[i]!, ended, limits);
          onDone?.(failed);
          return failed;
        }),
        wordCounts,
      });
    });
    child.send({ tasks, limits } satisfies ToChild);
  });
}

/** The child: read the tasks in the pool, answer each as it finishes (keeping none), then leave. */
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const send = process.send.bind(process);
  process.once('message', ({ tasks, limits }: ToChild) => {
    const wordCounts = new Map<string, number>();
    const answer = (outcome: SeedOutcome, index: number) => {
      takeVocabulary(outcome, wordCounts);
      send({ index, outcome } satisfies FromChild);
    };
    runSeedPool(tasks, answer, limits).then(
      () => send({ end: true, wordCounts } satisfies FromChild, () => process.disconnect()),
      (err: Error) => send({ fatal: err instanceof AnalyserLoadError ? err.message : (err.stack ?? String(err)) } satisfies FromChild, () => process.disconnect()),
    );
  });
}
