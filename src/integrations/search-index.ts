/**
 * Astro integration: the archive's search index (src/search/format.ts) in `dist/search/idx/`.
 *
 * The content loader writes the build's search records to a spill file, one per line in date
 * order (build-spill.ts). As soon as the build starts, a worker thread (index-worker.ts) reads it
 * line by line and writes the index into a staging folder beside the output, while Astro renders
 * the pages on the other core; at the end of the build the folder is moved into the output. That
 * file is the only way records reach the index: when the loader wrote none, the build fails
 * rather than publish a site whose search finds nothing. Articles are indexed, and each issue page's
 * own text (刊头题字, 投稿信箱, notices: src/search/document.ts, issueSearchRecord).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { INDEX_DIR } from '../search/format.ts';
import type { IndexSummary } from '../search/index-writer.ts';
import { recordTiming } from './timings.ts';
import { redirectSources, removeSpill, removeStaleSpills, spilledRecordsFile, spillDir } from './build-spill.ts';

/**
 * The index worker's heap ceiling, in MB. What the writer holds is bounded by its buffer
 * (`INDEX_BUFFER_BYTES`, 48 MiB) and one group of shards; without a ceiling V8 let the heap grow
 * far past that before collecting (10,000 articles: 982 MB resident at the peak; with this
 * ceiling 478 MB, same bytes written, same time). Four times what the writer needs at 40,000.
 */
export const INDEX_WORKER_HEAP_MB = 512;

/** Build the index of the records in `records` (JSON Lines, date order) in a worker thread, into `dir`. */
export function writeSearchIndexInWorker(records: string, dir: string): Promise<IndexSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../search/index-worker.ts', import.meta.url), {
      workerData: { records, dir },
      resourceLimits: { maxOldGenerationSizeMb: INDEX_WORKER_HEAP_MB },
    });
    let settled = false;
    worker.on('message', (m: { summary?: IndexSummary; error?: string }) => {
      settled = true;
      if (m.summary) resolve(m.summary);
      else reject(new Error(`search index: ${m.error}`));
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`search index: the worker stopped (exit ${code}) before it finished`));
    });
  });
}

/** Move a finished index folder to `to` (a rename on one file system, else a copy). */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

const describe = (s: IndexSummary) =>
  `indexed ${s.documents} documents (articles, issue pages' own text): ${s.keys} keys in ${s.dShards} + ${s.pShards} shards (${(s.shardBytes / 1e6).toFixed(1)} MB), ` +
  `fragments ${(s.fragmentBytes / 1e6).toFixed(1)} MB, version ${s.version}`;

/** An index being built while the pages render: its staging folder and, once done, its summary. */
interface EarlyIndex {
  staging: string;
  started: number;
  done: Promise<IndexSummary>;
}

/** Start indexing the spilled records into a staging folder; null when the loader wrote none. */
function startEarlyIndex(root: URL): EarlyIndex | null {
  const records = spilledRecordsFile(root);
  if (!records) return null;
  // Beside the output (same file system: moved in by a rename), not in it: Astro may clear the output.
  const staging = join(spillDir(root), 'search-index');
  const done = writeSearchIndexInWorker(records, staging);
  // Awaited at astro:build:done; until then a failure must not be reported as unhandled.
  done.catch(() => {});
  return { staging, started: performance.now(), done };
}

async function finishEarlyIndex(early: EarlyIndex, dir: URL, logger: AstroIntegrationLogger): Promise<IndexSummary> {
  try {
    const summary = await early.done;
    await move(early.staging, fileURLToPath(new URL(INDEX_DIR, dir)));
    logger.info(`${describe(summary)}, while the pages rendered`);
    return summary;
  } finally {
    await rm(early.staging, { recursive: true, force: true });
  }
}

export default function searchIndexIntegration(): AstroIntegration {
  let early: EarlyIndex | null = null;
  let root: URL | null = null;
  return {
    name: 'liushi:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': async () => {
        const at = root ?? new URL(`file://${process.cwd()}/`);
        removeStaleSpills(at);
        // Read now, while the spill folder exists: the sitemap asks for them at the end of the build.
        redirectSources(at);
        early = startEarlyIndex(at);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const at = root ?? new URL(`file://${process.cwd()}/`);
        try {
          if (!early) throw new Error(`search index: the content loader wrote no search records (${spillDir(at)}); the archive loader (src/content.config.ts) must run in the build`);
          const started = performance.now();
          const summary = await finishEarlyIndex(early, dir, logger);
          // ms: what the build waited for after rendering; work: the indexing from its start.
          recordTiming('indexed', { ms: performance.now() - started, work: performance.now() - early.started, articles: summary.documents, early: true });
          if (!summary.documents) logger.warn('the archive holds no articles; the search index is empty');
        } finally {
          early = null;
          removeSpill(at);
        }
      },
    },
  };
}
