/**
 * Astro integration: the archive's search index (src/search/format.ts) in `dist/search/idx/`.
 *
 * When the content loader has handed over the archive's articles (handoff.ts), the index is built
 * from them as soon as the build starts, in a worker thread (index-worker.ts) writing to a staging
 * folder beside the output, while Astro renders the pages on the other core; at the end of the
 * build the folder is moved into the output. Otherwise (no hand-over: another loader) the
 * published records (`dist/data/articles.json`) are read and indexed after the build.
 * Only articles are indexed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticlesFile, type Article } from '../records/schema.ts';
import { searchRecord, type SearchRecord } from '../search/document.ts';
import { INDEX_DIR } from '../search/format.ts';
import { byDateOrder, writeSearchIndex, type IndexSummary } from '../search/index-writer.ts';
import { recordTiming } from './timings.ts';
import { takeArticlesForSearch } from './handoff.ts';

/** Where the records are read from, relative to the build output. */
export const ARTICLES_JSON = 'data/articles.json';
/** Records sent to the worker per message. */
const BATCH = 500;

/** Read and validate the published records. Errors name the file. */
export async function readArticles(file: string): Promise<Article[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(
      `search index: cannot read ${file} (${(e as Error).message}). The build must publish /${ARTICLES_JSON} (src/pages/data/) before the index can be built.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`search index: ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = ArticlesFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`search index: ${file}: field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data.articles;
}

/** Build the index of these records in a worker thread, into `dir`. */
export function writeSearchIndexInWorker(records: SearchRecord[], dir: string): Promise<IndexSummary> {
  const sorted = [...records].sort(byDateOrder);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../search/index-worker.ts', import.meta.url), { workerData: { dir } });
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
    for (let i = 0; i < sorted.length; i += BATCH) worker.postMessage({ records: sorted.slice(i, i + BATCH) });
    worker.postMessage({ end: true });
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
  `indexed ${s.documents} articles: ${s.keys} keys in ${s.dShards} + ${s.pShards} shards (${(s.shardBytes / 1e6).toFixed(1)} MB), ` +
  `fragments ${(s.fragmentBytes / 1e6).toFixed(1)} MB, version ${s.version}`;

/** Index the articles of a finished build (`dir` = the build output folder). */
export async function indexBuild(dir: URL, logger?: AstroIntegrationLogger): Promise<IndexSummary> {
  const source = fileURLToPath(new URL(ARTICLES_JSON, dir));
  const articles = await readArticles(source);
  if (!articles.length) logger?.warn(`${source} holds no articles; the search index will be empty`);
  const summary = writeSearchIndex(articles.map(searchRecord), fileURLToPath(new URL(`${INDEX_DIR}/`, dir)));
  logger?.info(describe(summary));
  return summary;
}

/** An index being built while the pages render: its staging folder and, once done, its summary. */
interface EarlyIndex {
  staging: string;
  started: number;
  done: Promise<IndexSummary>;
}

/** Start indexing the handed-over articles into a staging folder; null when none were handed over. */
function startEarlyIndex(root: URL): EarlyIndex | null {
  const articles = takeArticlesForSearch();
  if (!articles) return null;
  // Beside the output (same file system: moved in by a rename), not in it: Astro may clear the output.
  const staging = join(fileURLToPath(root), 'node_modules', '.cache', 'liushi-archive', `search-index-${process.pid}`);
  const done = writeSearchIndexInWorker(articles.map(searchRecord), staging);
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
        early = startEarlyIndex(root ?? new URL(`file://${process.cwd()}/`));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = early ? await finishEarlyIndex(early, dir, logger) : await indexBuild(dir, logger);
        // ms: what the build waited for after rendering; work: the indexing from its start.
        recordTiming('indexed', { ms: performance.now() - started, work: performance.now() - (early?.started ?? started), articles: summary.documents, early: !!early });
        early = null;
      },
    },
  };
}
