/**
 * The build's first step: every seed the parse cache does not hold yet is read into it, in a
 * process of its own that ends before Astro starts (and the parse's child process with it).
 *
 * Why: the parse's child process holds a jieba dictionary in each of its pool threads (≈ 260 MB
 * a thread, src/archive/seed-process.ts), and while it ran inside the build, the astro process
 * waited beside it with ≈ 650 MB of its own: at 10,000 articles the build's peak (1,502 MB,
 * docs/scale.md) was that sum. Read first, the two never overlap; the loader then finds every
 * seed in the cache and starts no dictionary. What it costs: reading the records back from the
 * cache once more (measured in docs/scale.md).
 *
 * Nothing here decides what is published: a seed that fails is read again by the loader, which
 * reports it as always; a warm-up that fails or cannot start only costs its time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCacheDir } from '../archive/cache.ts';
import { heapGrowingFlags } from './heap-growing.ts';

export interface WarmParseRun {
  /** The warm-up's process (its output, when started with 'pipe'; its pid, for a benchmark's memory samples). */
  child: ChildProcess;
  /** Stops the warm-up (a signal to its process). */
  stop: (signal: NodeJS.Signals) => void;
  /** Ends with the process: its exit code (null when stopped by a signal), and how long it took. */
  done: Promise<{ code: number | null; ms: number }>;
}

/** Starts the warm-up with the build's environment; null when the parse cache is off (PARSE_CACHE_DIR=off). */
export function startWarmParse(env: NodeJS.ProcessEnv, stdio: 'inherit' | 'pipe' = 'inherit'): WarmParseRun | null {
  if (parseCacheDir(env) === null) return null;
  const started = performance.now();
  const child = spawn(process.execPath, [...heapGrowingFlags(), fileURLToPath(import.meta.url)], { env, stdio: ['ignore', stdio, stdio] });
  const done = new Promise<{ code: number | null; ms: number }>((resolve) => {
    child.on('error', () => resolve({ code: 1, ms: performance.now() - started }));
    child.on('close', (code) => resolve({ code, ms: performance.now() - started }));
  });
  return { child, stop: (signal) => child.exitCode === null && child.kill(signal), done };
}

/** Below this many seeds the closing line is progress enough (as the loader's, src/content.config.ts). */
const PROGRESS_MIN_SEEDS = 50;

/** The warm-up's process: read the seeds into the cache, say how many, and leave. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { defaultSeedsDir, isProgressStep, warmParseCache } = await import('../archive/load.ts');
  const { recordTiming } = await import('../integrations/timings.ts');
  const dir = parseCacheDir();
  // An input the loader refuses (a metadata.yaml that cannot be read …) is the build's to report, naming file and line:
  // here it only ends the warm-up (the build says so in one line).
  process.on('uncaughtException', () => process.exit(1));
  process.on('unhandledRejection', () => process.exit(1));
  if (dir) {
    const started = performance.now();
    const counts = await warmParseCache(defaultSeedsDir(), dir, (done, total) => {
      if (total > PROGRESS_MIN_SEEDS && isProgressStep(done, total)) console.log(`[预读] 已读入 ${done}/${total} 份稿件`);
    });
    recordTiming('warm', { ms: performance.now() - started, ...counts });
    const failed = counts.failed ? `；${counts.failed} 份未能读入，构建时再读并报告原因` : '';
    console.log(`[预读] 解析 ${counts.parsed} 份稿件，${counts.cached} 份取自解析缓存${failed}`);
  }
}
