/**
 * Astro integration: after the build, index every article for search with Pagefind's Node API.
 *
 * Reads the published records (`dist/data/articles.json`), adds one synthetic HTML document per
 * article (text through the index-side tokenizer, so each Han character is its own word; display
 * metadata untransformed), and writes the bundle to `dist/pagefind/`. Only articles are indexed.
 * Same shape as Starlight's `integrations/pagefind.ts`: createIndex → add → writeFiles, and the
 * service closed in `finally`; every Pagefind response's `errors` is checked.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ArticlesFile, type Article } from '../records/schema.ts';
import { searchRecordHtml } from '../search/document.ts';
import { recordTiming } from './timings.ts';

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

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'liushi:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await indexBuild(dir, logger);
        recordTiming('indexed', { ms: performance.now() - started, articles: summary.articles });
      },
    },
  };
}
