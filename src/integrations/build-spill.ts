/**
 * The one route by which the content loader (src/content.config.ts) passes data to the build's
 * integrations: files in a build-scoped folder, `node_modules/.cache/liushi-archive/build-<pid>/`.
 *
 *  - `search-records.jsonl`: one search record (src/search/document.ts) per line, in date order
 *    (`byDateOrder`), written by the loader as it goes through the archive, read line by line by
 *    the search-index worker (src/search/index-worker.ts). Nothing holds all records in memory.
 *  - `redirect-sources.json`: the old addresses the loader accepted (seeds/redirects.yaml), for
 *    the sitemap to leave out.
 *  - `articles.jsonl`: every article record, validated against the schema, one a line in the
 *    archive's order, written by the loader and read by the pages' read model
 *    (src/read-model/archive.ts). The content store holds only this file's name, its article count
 *    and a digest of its bytes: Astro 7 inlines the whole store into the render bundle as one
 *    JSON string, so an archive's text held there was parsed by Vite, held as a string and
 *    held again as objects (at 10,000 articles 25 of the store's 37 MB, and the build's peak).
 *  - `page-files.tsv`: the files the pages of 版 read from PDF seeds show (版面图, pictures, the
 *    page's PDF), one `address-path<TAB>cached-file` line each, appended as those pages render
 *    (src/pdf/page-view.ts) and copied into the output at the end (src/integrations/pdf-pages.ts).
 *
 * The two sides load their modules through different module graphs (Vite's for the content
 * config, Node's for the integrations), so no module variable or global object can be shared;
 * a file is also what a worker thread reads without a copy of every record being posted to it.
 * Each file is written under a temporary name and renamed when complete, so a reader never sees
 * half a file. The folder is removed when the build is done; folders of builds that ended without
 * cleaning up (a crash) are removed by the next build.
 */
import type { WordShard } from '../records/vocabulary.ts';
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSortDate, issueSearchRecord, searchRecord } from '../search/document.ts';
import { byDateOrder } from '../search/index-writer.ts';
import type { Article, Issue } from '../records/schema.ts';

const PREFIX = 'build-';
export const RECORDS_FILE = 'search-records.jsonl';
export const REDIRECTS_FILE = 'redirect-sources.json';
export const PAGE_FILES_FILE = 'page-files.tsv';
export const VOCABULARY_FILE = 'vocabulary.json';
export const TITLE_WORDS_FILE = 'title-words.jsonl';
export const ARTICLES_FILE = 'articles.jsonl';
/** Lines are written to disk in chunks of about this many characters. */
const WRITE_CHUNK = 1 << 20;

const cacheRoot = (root: URL | string) =>
  join(typeof root === 'string' ? root : fileURLToPath(root), 'node_modules', '.cache', 'liushi-archive');

/** The spill folder of this build process. */
export function spillDir(root: URL | string, pid = process.pid): string {
  return join(cacheRoot(root), `${PREFIX}${pid}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Remove the spill folders of builds that are no longer running (they crashed before cleaning up). */
export function removeStaleSpills(root: URL | string): void {
  const dir = cacheRoot(root);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = Number(name.slice(PREFIX.length));
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Write `file` under a temporary name, then rename it in place. */
function writeComplete(file: string, write: (fd: number) => void): void {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    write(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

/**
 * Write one JSON value a line, made by `line` from each item, to disk a chunk at a time (complete
 * or not at all); `written` sees each chunk as it goes to disk.
 */
function writeJsonLines<T>(file: string, items: Iterable<T>, line: (item: T) => unknown, written?: (chunk: string) => void): void {
  writeComplete(file, (fd) => {
    let chunk = '';
    const flush = () => {
      writeSync(fd, chunk);
      written?.(chunk);
      chunk = '';
    };
    for (const item of items) {
      chunk += JSON.stringify(line(item)) + '\n';
      if (chunk.length >= WRITE_CHUNK) flush();
    }
    if (chunk) flush();
  });
}

/** Read a file of JSON lines a chunk at a time (a whole archive's text is not one string at once). */
function* readJsonLines(file: string): Generator<unknown> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(WRITE_CHUNK);
    const decoder = new TextDecoder();
    let rest = '';
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
      const lines = (rest + decoder.decode(buffer.subarray(0, n), { stream: true })).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line) yield JSON.parse(line);
    }
    rest += decoder.decode();
    if (rest) yield JSON.parse(rest);
  } finally {
    closeSync(fd);
  }
}

/** What the content store keeps of the articles file: where it is, how many records and a digest of its bytes. */
export interface ArticlesFile {
  file: string;
  articles: number;
  digest: string;
}

/**
 * The loader's side: write the article records, each made by `check` (the schema's parse; a record
 * it rejects is left out by returning null), one a line in the order given. The digest changes
 * whenever a record does, so the content store's entry (and `astro dev`'s pages) change with it.
 */
export function spillArticles<T>(root: URL | string, articles: Iterable<T>, check: (article: T) => Article | null): ArticlesFile {
  const dir = spillDir(root);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, ARTICLES_FILE);
  const hash = createHash('sha1');
  let count = 0;
  const valid = function* () {
    for (const a of articles) {
      const record = check(a);
      if (record) {
        count++;
        yield record;
      }
    }
  };
  writeJsonLines(file, valid(), (a) => a, (chunk) => hash.update(chunk));
  return { file, articles: count, digest: hash.digest('hex') };
}

/** The pages' side: the article records the loader wrote, in its order; an error if the file is not the one the store names. */
export function spilledArticles(written: ArticlesFile): Article[] {
  if (!existsSync(written.file)) throw new Error(`文章记录文件不在了：${written.file}（构建的临时文件夹被删掉了？请重新构建）`);
  let articles: Article[];
  try {
    articles = [...readJsonLines(written.file)] as Article[];
  } catch (e) {
    throw new Error(`文章记录文件 ${written.file} 读不了（不完整？请重新构建）：${(e as Error).message}`);
  }
  if (articles.length !== written.articles) throw new Error(`文章记录文件 ${written.file} 有 ${articles.length} 篇，应有 ${written.articles} 篇（文件不完整，请重新构建）`);
  return articles;
}

/**
 * The loader's side: write the search records of these articles, and of the issue pages' own text
 * (刊头题字, 投稿信箱 …: issueSearchRecord), one line each, in date order. Only the order is held
 * (references; an issue page's record is small); each article's record is made, written and dropped.
 */
export function spillSearchRecords(root: URL | string, articles: readonly Article[], issues: readonly Issue[] = []): string {
  const dir = spillDir(root);
  mkdirSync(dir, { recursive: true });
  const pages = issues.flatMap((issue) => issueSearchRecord(issue) ?? []);
  const keyed = [...articles.map((a) => ({ record: () => searchRecord(a), ...sortFields(a) })), ...pages.map((r) => ({ record: () => r, sortKey: r.sortKey, url: r.url }))].sort(byDateOrder);
  const file = join(dir, RECORDS_FILE);
  writeJsonLines(file, keyed, ({ record }) => record());
  return file;
}

/** The fields of a search record its date order is decided by (as `searchRecord` sets them), without making the record. */
const sortFields = (a: Article) => ({ sortKey: articleSortDate(a), url: a.url });

/** The loader's side: the redirect sources it accepted. */
export function spillRedirectSources(root: URL | string, from: Iterable<string>): void {
  const dir = spillDir(root);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, REDIRECTS_FILE);
  writeComplete(file, (fd) => writeSync(fd, JSON.stringify([...from])));
}

/** The integrations' side: the records file of this build, or null when the loader wrote none (`astro dev`, another loader). */
export function spilledRecordsFile(root: URL | string): string | null {
  const file = join(spillDir(root), RECORDS_FILE);
  return existsSync(file) ? file : null;
}

/** Redirect sources read, by spill folder. */
const redirects = new Map<string, ReadonlySet<string>>();

/**
 * The integrations' side: the accepted redirect sources of this build (empty when the loader has
 * not written them). Read once and kept, so the sitemap can ask after the folder is removed.
 */
export function redirectSources(root: URL | string = process.cwd()): ReadonlySet<string> {
  const dir = spillDir(root);
  const known = redirects.get(dir);
  if (known) return known;
  const file = join(dir, REDIRECTS_FILE);
  if (!existsSync(file)) return new Set();
  const sources = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  redirects.set(dir, sources);
  return sources;
}

/**
 * The loader's side: the articles' vocabulary (src/search/vocabulary.ts), counted as the seeds were
 * read, where jieba was loaded; in `astro dev` too, where the search page asks for it as well.
 */
export function spillVocabulary(root: URL | string, shards: readonly WordShard[]): void {
  const dir = spillDir(root);
  mkdirSync(dir, { recursive: true });
  writeComplete(join(dir, VOCABULARY_FILE), (fd) => writeSync(fd, JSON.stringify(shards)));
}

/** The vocabulary last read, with its file and the time that file was written (each of the vocabulary's routes asks). */
let vocabulary: { file: string; written: number; shards: WordShard[] } | null = null;

/**
 * The pages' side: the vocabulary the loader wrote, or null when it wrote none; read again only
 * when the loader has written it again (`astro dev` after a seed changed).
 */
export function spilledVocabulary(root: URL | string = process.cwd()): WordShard[] | null {
  const file = join(spillDir(root), VOCABULARY_FILE);
  const written = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (written === undefined) return null;
  if (vocabulary?.file !== file || vocabulary.written !== written) vocabulary = { file, written, shards: JSON.parse(readFileSync(file, 'utf8')) as WordShard[] };
  return vocabulary.shards;
}

/**
 * The loader's side: jieba's words of every headline and kicker, one `[text, words]` a line, so
 * that the pages' line breaks need no jieba of their own in the build's process (≈ 260 MB it
 * never gives back). In `astro dev` too.
 */
export function spillTitleWords(root: URL | string, titleWords: ReadonlyMap<string, readonly string[]>): void {
  const dir = spillDir(root);
  mkdirSync(dir, { recursive: true });
  writeJsonLines(join(dir, TITLE_WORDS_FILE), titleWords, (entry) => entry);
}

/** The pages' side: the headlines' and kickers' words the loader wrote (empty when it wrote none). */
export function spilledTitleWords(root: URL | string = process.cwd()): Map<string, string[]> {
  const file = join(spillDir(root), TITLE_WORDS_FILE);
  const words = new Map<string, string[]>();
  if (!existsSync(file)) return words;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line) words.set(...(JSON.parse(line) as [string, string[]]));
  return words;
}

/** The pages' side: a file a page shows, to be published at `to` (a path under the site's root) from `from`. */
export function spillPageFile(to: string, from: string, root: URL | string = process.cwd()): void {
  const dir = spillDir(root);
  mkdirSync(dir, { recursive: true });
  // One short line per call: a reader sees whole lines, or a last line without its end (skipped).
  appendFileSync(join(dir, PAGE_FILES_FILE), `${to}\t${from}\n`);
}

/** The integrations' side: every file the pages registered so far, by address path (the last registration wins). */
export function spilledPageFiles(root: URL | string = process.cwd()): Map<string, string> {
  const file = join(spillDir(root), PAGE_FILES_FILE);
  const files = new Map<string, string>();
  if (!existsSync(file)) return files;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(0, -1)) {
    const tab = line.indexOf('\t');
    if (tab > 0) files.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return files;
}

/** Remove this build's spill folder (at the end of the build). */
export function removeSpill(root: URL | string): void {
  rmSync(spillDir(root), { recursive: true, force: true });
}
