/**
 * Reading many seeds on every core: the seeds the parse cache lacks are read by worker threads,
 * which write their analyses into the cache; `loadArchive` then takes every seed from the cache.
 * Reading a seed (parser, place matching, jieba keywords) is most of a cold build's parse time and
 * each seed is independent, so on a 2-core machine this halves it. Small archives are read in the
 * main thread as before: a worker costs a second or so to start (gazetteer, jieba dictionary).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ParseCache, parserVersion } from './cache.ts';
import { listSeeds, parseMetaKey, placesFileOf, type SeedAnalysis } from './load.ts';

/** Fewer missing seeds than this are not worth starting workers for (≈ what one worker reads in its start-up time). */
export const MIN_SEEDS_FOR_WORKERS = 200;

export interface WorkerJob {
  seedsDir: string;
  cacheDir: string;
  version: string;
  placesFile: string | null;
  seeds: { file: string; key: string }[];
}

export interface WarmResult {
  /** Seeds read by the workers in this call (the rest were in the cache already, or left to the main thread). */
  parsed: string[];
  workers: number;
}

/**
 * Fill the parse cache for the seeds of `seedsDir` it lacks, with `workers` threads (default: one
 * per core). Returns without starting any when fewer than `minSeeds` are missing.
 */
export async function warmParseCache(
  seedsDir: string,
  cacheDir: string,
  { workers = availableParallelism(), minSeeds = MIN_SEEDS_FOR_WORKERS }: { workers?: number; minSeeds?: number } = {},
): Promise<WarmResult> {
  const placesFile = placesFileOf(seedsDir) ?? null;
  const version = parserVersion({ placesFile });
  const cache = new ParseCache<SeedAnalysis>(cacheDir, version);
  const { files, metadata } = listSeeds(seedsDir);
  const missing = files
    .map((file) => {
      try {
        return { file, key: cache.key(file, parseMetaKey(metadata.seeds.get(file)), readFileSync(join(seedsDir, file))) };
      } catch {
        return null; // unreadable: loadArchive reports it
      }
    })
    .filter((s): s is { file: string; key: string } => s !== null && !existsSync(join(cacheDir, `${s.key}.json`)));
  if (missing.length < minSeeds || workers < 2) return { parsed: [], workers: 0 };

  // Every n-th seed to each worker: neighbouring seeds are alike in size, so the shares are even.
  const shares = Array.from({ length: workers }, (_, w) => missing.filter((_, i) => i % workers === w));
  const parsed = await Promise.all(
    shares.map(
      (seeds) =>
        new Promise<string[]>((done, fail) => {
          const job: WorkerJob = { seedsDir, cacheDir, version, placesFile, seeds };
          const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: job });
          worker.once('message', (files: string[]) => done(files));
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? done([]) : fail(new Error(`parse worker exited with code ${code}`))));
        }),
    ),
  );
  return { parsed: parsed.flat().sort(), workers };
}
