/**
 * The open data's article files: every article record (src/records/schema.ts `Article`), in JSON
 * Lines (one record per line), one file per publication and year of issue —
 * `/data/articles/<publication>/<year>.jsonl` (`undated.jsonl` for issues of no known year) — cut
 * into parts (`<year>-2.jsonl`, …) so that no file passes `DATA_FILE_LIMIT` (except a single record
 * larger than that, alone in its file; the check refuses only a file past `HOST_FILE_LIMIT`). `/data/articles/index.json`
 * lists the files in order (`ArticleFilesIndex`). Read in that order, the files give every record
 * in the order of the archive's data (oldest issue first, page and reading order).
 *
 * Why split: a static host refuses a site with a file over its limit (Cloudflare Pages: 25 MiB a
 * file), and one file of every record grows with the archive (194 MB at 40,000 articles); a file
 * per article made tens of thousands of files instead. JSON Lines can be read record by record
 * and compresses well (the same field names on every line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Article } from './contract.ts';

/** Largest article file, in bytes (UTF-8): under every host's per-file limit with room to spare. A single record larger than this still gets a file of its own. */
export const DATA_FILE_LIMIT = 8 * 1000 * 1000;
/** The smallest per-file limit of the static hosts named in the README (Cloudflare Pages: 25 MiB): past it a host refuses the site. */
export const HOST_FILE_LIMIT = 25 * 2 ** 20;
/** Where the article files and their index are, in the site. */
export const ARTICLES_DATA_DIR = 'data/articles';
export const ARTICLES_INDEX = `${ARTICLES_DATA_DIR}/index.json`;

export const ArticleFileEntry = z.object({
  /** Site path of the file, e.g. `/data/articles/liushi/2023.jsonl`. */
  path: z.string(),
  publication: z.string(),
  /** Year of the issues it holds; null for issues of no known year. */
  year: z.number().int().nullable(),
  articles: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type ArticleFileEntry = z.infer<typeof ArticleFileEntry>;

/** Published at `/data/articles/index.json`. */
export const ArticleFilesIndex = z.object({
  articles: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  files: z.array(ArticleFileEntry),
});
export type ArticleFilesIndex = z.infer<typeof ArticleFilesIndex>;

export interface ArticleFile {
  entry: ArticleFileEntry;
  /** Its records (the same objects as given: nothing is copied until the file is written). */
  articles: Article[];
}

/** The text of an article file: one record a line, validated against the contract. */
export const articleFileText = (f: ArticleFile): string => f.articles.map((a) => JSON.stringify(Article.parse(a)) + '\n').join('');

const yearOf = (a: Article): number | null => (a.issue.date ? Number(a.issue.date.slice(0, 4)) : a.issue.year);

/**
 * The article files of these records (in data order): grouped by publication and year as they
 * come, each group cut where the next line would pass `limit` (measured on the lines as
 * `articleFileText` writes them).
 */
export function articleFiles(articles: Iterable<Article>, limit = DATA_FILE_LIMIT): ArticleFile[] {
  const files: ArticleFile[] = [];
  const parts = new Map<string, number>();
  let current: { publication: string; year: number | null; articles: Article[]; bytes: number } | null = null;
  const close = () => {
    if (!current) return;
    const group = `${current.publication}/${current.year ?? 'undated'}`;
    const part = (parts.get(group) ?? 0) + 1;
    parts.set(group, part);
    const path = `/${ARTICLES_DATA_DIR}/${group}${part > 1 ? `-${part}` : ''}.jsonl`;
    files.push({ entry: { path, publication: current.publication, year: current.year, articles: current.articles.length, bytes: current.bytes }, articles: current.articles });
    current = null;
  };
  for (const a of articles) {
    const line = JSON.stringify(a) + '\n';
    const bytes = Buffer.byteLength(line);
    const year = yearOf(a);
    if (current && (current.publication !== a.issue.publication || current.year !== year || current.bytes + bytes > limit)) close();
    current ??= { publication: a.issue.publication, year, articles: [], bytes: 0 };
    current.articles.push(a);
    current.bytes += bytes;
  }
  close();
  return files;
}

/** The index of these files. */
export function articleFilesIndex(files: ArticleFile[], limit = DATA_FILE_LIMIT): ArticleFilesIndex {
  return { articles: files.reduce((n, f) => n + f.entry.articles, 0), limit, files: files.map((f) => f.entry) };
}

/** Parse one article file's text; an error names the file and line. */
export function parseArticleFile(text: string, file: string): Article[] {
  const out: Article[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not valid JSON: ${(e as Error).message}`);
    }
    const parsed = Article.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${i + 1}: field ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
    }
    out.push(parsed.data);
  });
  return out;
}

/** The index of a built site's article files (`dist` = the site's folder); an error names the file. */
export function readArticleFilesIndex(dist: string): ArticleFilesIndex {
  const file = join(dist, ARTICLES_INDEX);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const parsed = ArticleFilesIndex.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: field ${parsed.error.issues[0]?.path.join('.') || '(root)'}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Every article record a built site publishes, in data order, validated (for the check, tests and benchmarks). */
export function readPublishedArticles(dist: string): Article[] {
  return readArticleFilesIndex(dist).files.flatMap((f) => {
    const file = join(dist, f.path);
    return parseArticleFile(readFileSync(file, 'utf8'), file);
  });
}
