/**
 * Astro integration: index every article for search with Pagefind's Node API.
 *
 * When the content loader has handed over the archive's articles (handoff.ts), the index is built
 * from them as soon as the build starts, into a staging folder, while Astro renders the pages
 * (Pagefind works in its own process, so on a 2-core machine this takes most of the indexing off
 * the build's critical path); at the end of the build the bundle is moved into `dist/pagefind/`.
 * Otherwise it reads the published records (`dist/data/articles.json`) after the build. It adds one synthetic HTML document per
 * article (text through the index-side tokenizer, so each Han character is its own word; display
 * metadata untransformed), and writes the bundle to `dist/pagefind/`. Only articles are indexed.
 * Same shape as Starlight's `integrations/pagefind.ts`: createIndex → add → writeFiles, and the
 * service closed in `finally`; every Pagefind response's `errors` is checked.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ArticlesFile, type Article } from '../records/schema.ts';
import { searchRecordHtml } from '../search/document.ts';
import { recordTiming } from './timings.ts';
import { takeArticlesForSearch } from './handoff.ts';

/** Where the records are read from and the bundle written to, relative to the build output. */
export const ARTICLES_JSON = 'data/articles.json';
export const BUNDLE_DIR = 'pagefind/';

/**
 * Files Pagefind writes for its ready-made UIs. The search page uses the JS API (pagefind.js,
 * pagefind-worker.js, the wasm and the index), so these ~420 kB would only be dead weight.
 */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function assertResponse<T extends { errors: string[] }>(response: T | undefined | null, what: string): T {
  if (!response) throw new Error(`Pagefind: ${what}: no response from the Pagefind service`);
  if (response.errors.length) throw new Error(`Pagefind: ${what}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

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

export interface IndexSummary {
  articles: number;
  uniqueWords: number;
  outputPath: string;
}

/** Build the Pagefind bundle for these articles into `outputPath`. `source` names the records in errors. */
export async function writeSearchIndex(articles: Article[], outputPath: string, source = 'articles'): Promise<IndexSummary> {
  let uniqueWords = 0;
  try {
    const { index } = assertResponse(await pagefind.createIndex({ writePlayground: false }), 'createIndex');
    if (!index) throw new Error('Pagefind: createIndex returned no index');
    for (const article of articles) {
      const added = assertResponse(
        await index.addHTMLFile({ url: article.url, content: searchRecordHtml(article) }),
        `addHTMLFile ${article.url} (article ${article.id} from ${source})`,
      );
      uniqueWords += added.file.uniqueWords;
    }
    assertResponse(await index.writeFiles({ outputPath }), `writeFiles ${outputPath}`);
    await Promise.all(UNUSED_UI_FILES.map((f) => rm(join(outputPath, f), { force: true })));
  } finally {
    await pagefind.close();
  }
  return { articles: articles.length, uniqueWords, outputPath };
}

/** Index the articles of a finished build (`dir` = the build output folder). */
export async function indexBuild(dir: URL, logger?: AstroIntegrationLogger): Promise<IndexSummary> {
  const source = fileURLToPath(new URL(ARTICLES_JSON, dir));
  const outputPath = fileURLToPath(new URL(BUNDLE_DIR, dir));
  const articles = await readArticles(source);
  if (!articles.length) logger?.warn(`${source} holds no articles; the search index will be empty`);
  const summary = await writeSearchIndex(articles, outputPath, source);
  logger?.info(`indexed ${summary.articles} articles (${summary.uniqueWords} distinct words in total) into ${outputPath}`);
  return summary;
}

/** An index being built while the pages render: its staging folder and, once done, its summary. */
interface EarlyIndex {
  staging: string;
  started: number;
  done: Promise<IndexSummary>;
}

/** Start indexing the handed-over articles into a staging folder; null when none were handed over. */
async function startEarlyIndex(): Promise<EarlyIndex | null> {
  const articles = takeArticlesForSearch();
  if (!articles) return null;
  const staging = await mkdtemp(join(tmpdir(), 'liushi-pagefind-'));
  const done = writeSearchIndex(articles, staging, 'the articles collection');
  // Awaited at astro:build:done; until then a failure must not be reported as unhandled.
  done.catch(() => {});
  return { staging, started: performance.now(), done };
}

/** Wait for the early index and move its bundle into the build output. */
async function finishEarlyIndex(early: EarlyIndex, dir: URL, logger: AstroIntegrationLogger): Promise<IndexSummary> {
  const outputPath = fileURLToPath(new URL(BUNDLE_DIR, dir));
  try {
    const summary = await early.done;
    await rm(outputPath, { recursive: true, force: true });
    await cp(early.staging, outputPath, { recursive: true });
    logger.info(`indexed ${summary.articles} articles (${summary.uniqueWords} distinct words in total) into ${outputPath}, while the pages rendered`);
    return { ...summary, outputPath };
  } finally {
    await rm(early.staging, { recursive: true, force: true });
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let early: EarlyIndex | null = null;
  return {
    name: 'liushi:pagefind',
    hooks: {
      'astro:build:start': async () => {
        early = await startEarlyIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = early ? await finishEarlyIndex(early, dir, logger) : await indexBuild(dir, logger);
        // ms: what the build waited for after rendering; work: the indexing from its start.
        recordTiming('indexed', { ms: performance.now() - started, work: performance.now() - (early?.started ?? started), articles: summary.articles, early: !!early });
        early = null;
      },
    },
  };
}
