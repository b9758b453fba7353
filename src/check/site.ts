/**
 * Checks of a built site (`dist/`) before it is published: the open data against the schema,
 * every internal link and asset, and the HTML of every page. Each finding names the file (and
 * line, for HTML) and says what is wrong; none throws, so one run lists everything to fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { z } from 'zod';
import { Article, CalendarFile, IssueFile, OnThisDayFile, PlacesFile } from '../records/schema.ts';
import { ARTICLES_INDEX, ArticleFilesIndex, HOST_FILE_LIMIT } from '../records/article-files.ts';

export interface Finding {
  /** File in dist/, relative, with `/` separators. */
  file: string;
  line?: number;
  message: string;
}

/** Every file under `dir`, relative, sorted (so reports are stable). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Open-data files and the schema each must satisfy; `*` stands for any issue key. */
const DATA_FILES: [pattern: RegExp, schema: z.ZodType][] = [
  [/^data\/articles\/index\.json$/u, ArticleFilesIndex],
  [/^data\/issues\/[^/]+\.json$/u, IssueFile],
  [/^data\/places\.json$/u, PlacesFile],
  [/^data\/calendar\/[^/]+\.json$/u, CalendarFile],
  [/^data\/on-this-day\/\d{2}-\d{2}\.json$/u, OnThisDayFile],
];

/** Validates the published JSON against the data contract (src/records/schema.ts). */
export function checkData(dist: string, files = listFiles(dist)): Finding[] {
  const findings: Finding[] = [];
  if (!files.includes(ARTICLES_INDEX)) findings.push({ file: ARTICLES_INDEX, message: '缺少这个文件：开放数据没有写出' });
  const idsByFile = new Map<string, Set<string>>();
  findings.push(...checkArticleFiles(dist, files, idsByFile));
  findings.push(...checkIssueFiles(dist, files, idsByFile));
  for (const file of files) {
    const schema = DATA_FILES.find(([pattern]) => pattern.test(file))?.[1];
    if (!schema) continue;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dist, file), 'utf8'));
    } catch (err) {
      findings.push({ file, message: `不是有效的 JSON：${(err as Error).message}` });
      continue;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 10)) {
        findings.push({ file, message: `字段 ${issue.path.join('.') || '(根)'}：${issue.message}` });
      }
    }
  }
  return findings;
}

/**
 * The article files (JSON Lines, records/article-files.ts): each record against the contract, each file
 * under the size limit, and the files exactly those the index lists.
 */
function checkArticleFiles(dist: string, files: string[], idsByFile: Map<string, Set<string>>): Finding[] {
  const findings: Finding[] = [];
  const listed = new Set<string>();
  try {
    const index = ArticleFilesIndex.parse(JSON.parse(readFileSync(join(dist, ARTICLES_INDEX), 'utf8')));
    for (const f of index.files) listed.add(f.path.replace(/^\//u, ''));
  } catch {
    // Reported with the other data files (missing, or not valid against its schema).
  }
  for (const file of files.filter((f) => /^data\/articles\/.+\.jsonl$/u.test(f))) {
    if (!listed.has(file)) findings.push({ file, message: `没有列在 ${ARTICLES_INDEX} 里：读开放数据的人不会读到这个文件` });
    const text = readFileSync(join(dist, file), 'utf8');
    const bytes = Buffer.byteLength(text);
    // Files are cut at DATA_FILE_LIMIT, but one very long article is a file of its own: refused only past what hosts take.
    if (bytes > HOST_FILE_LIMIT) findings.push({ file, message: `文件有 ${bytes} 字节，超过静态网站主机的单个文件上限 ${HOST_FILE_LIMIT} 字节（25 MiB）：主机会拒收整个网站` });
    findings.push(...checkArticleLines(file, text, idsByFile));
  }
  for (const file of listed) if (!files.includes(file)) findings.push({ file, message: `${ARTICLES_INDEX} 列了这个文件，但它没有写出` });
  return findings;
}

/** Each line of an article file against the contract (at most 10 findings a file); the ids read go into `idsByFile`. */
function checkArticleLines(file: string, text: string, idsByFile: Map<string, Set<string>>): Finding[] {
  const ids = new Set<string>();
  idsByFile.set(file, ids);
  const findings: Finding[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && findings.length < 10; i++) {
    if (!lines[i]) continue;
    let data: unknown;
    try {
      data = JSON.parse(lines[i]!);
    } catch (err) {
      findings.push({ file, line: i + 1, message: `不是有效的 JSON：${(err as Error).message}` });
      continue;
    }
    // The id counts as present even on an invalid line: that line is reported once, here, not again for its issue.
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.add(id);
    const result = Article.safeParse(data);
    if (!result.success) for (const issue of result.error.issues.slice(0, 3)) findings.push({ file, line: i + 1, message: `字段 ${issue.path.join('.') || '(根)'}：${issue.message}` });
  }
  return findings;
}

/**
 * The issue files reference their records in the article files (records/open-data.ts `IssueFile`):
 * each file named there must be published, and each of the issue's article ids must be a record in
 * one of the files it names — otherwise a reader following the reference would not find the text.
 */
function checkIssueFiles(dist: string, files: string[], idsByFile: Map<string, Set<string>>): Finding[] {
  const findings: Finding[] = [];
  for (const file of files.filter((f) => /^data\/issues\/[^/]+\.json$/u.test(f))) {
    let issue: IssueFile;
    try {
      issue = IssueFile.parse(JSON.parse(readFileSync(join(dist, file), 'utf8')));
    } catch {
      continue; // Reported by the schema check of the data files.
    }
    const named = issue.articleFiles.map((path) => path.replace(/^\//u, ''));
    for (const path of named) if (!idsByFile.has(path)) findings.push({ file, message: `articleFiles 列了 /${path}，但这个文章数据文件没有写出` });
    const missing = issue.articles.filter((id) => !named.some((path) => idsByFile.get(path)?.has(id)));
    if (missing.length) findings.push({ file, message: `${missing.length} 篇文章（${missing.slice(0, 3).join('、')}${missing.length > 3 ? '等' : ''}）不在 articleFiles 列出的文章数据文件里` });
  }
  return findings;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Links and asset references of one page: [attribute value, element, line]. */
function references(html: string): { ids: Set<string>; refs: { url: string; tag: string; line: number }[] } {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const ids = new Set<string>();
  const refs: { url: string; tag: string; line: number }[] = [];
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    const line = el.sourceCodeLocation?.startLine ?? 0;
    const push = (url: string | undefined) => url !== undefined && refs.push({ url: url.trim(), tag: el.tagName, line });
    if (['a', 'link', 'area'].includes(el.tagName)) push(attr(el, 'href'));
    if (['script', 'img', 'source', 'iframe', 'audio', 'video', 'track', 'embed'].includes(el.tagName)) push(attr(el, 'src'));
    if (el.tagName === 'form') push(attr(el, 'action'));
    for (const candidate of (attr(el, 'srcset') ?? '').split(',')) push(candidate.trim().split(/\s+/u)[0] || undefined);
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'refresh') {
      push(/url=(.+)$/iu.exec(attr(el, 'content') ?? '')?.[1]);
    }
  }
  return { ids, refs };
}

/** Site path of a page file: `liushi/x/index.html` → `/liushi/x/`, `404.html` → `/404.html`. */
const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;

/**
 * Every internal link, asset and fragment of every HTML page (and the url()s of stylesheets, and the
 * page addresses listed in the sitemap and the feed) resolves to a file in dist/. Links to the canonical origin (`site`) count as
 * internal; other origins are not fetched (the site never depends on them; the browser test checks
 * that no page requests one).
 */
export function checkLinks(dist: string, site: string, files = listFiles(dist)): Finding[] {
  const findings: Finding[] = [];
  const origin = new URL(site).origin;
  const fileSet = new Set(files);
  const pages = files.filter((f) => f.endsWith('.html'));
  const idsByFile = new Map<string, Set<string>>();
  const refsByFile = new Map<string, ReturnType<typeof references>['refs']>();
  for (const file of pages) {
    const { ids, refs } = references(readFileSync(join(dist, file), 'utf8'));
    idsByFile.set(file, ids);
    refsByFile.set(file, refs);
  }
  /** The dist file a site path is served from, or null. */
  const target = (path: string): string | null => {
    const rel = decodeURIComponent(path).replace(/^\/+/u, '');
    if (rel === '' || rel.endsWith('/')) return fileSet.has(`${rel}index.html`) ? `${rel}index.html` : null;
    if (fileSet.has(rel)) return rel;
    return null;
  };
  const check = (file: string, line: number | undefined, raw: string, base: URL) => {
    if (raw === '' || /^(mailto|tel|data):/iu.test(raw)) return;
    if (/^javascript:/iu.test(raw)) {
      findings.push({ file, line, message: `链接“${raw}”是脚本链接，不允许使用` });
      return;
    }
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      findings.push({ file, line, message: `“${raw}”不是有效的地址` });
      return;
    }
    if (url.origin !== origin) return;
    const to = target(url.pathname);
    if (!to) {
      const hint = !url.pathname.endsWith('/') && target(`${url.pathname}/`) ? '（地址末尾少了 /）' : '';
      findings.push({ file, line, message: `坏链接：${raw} → 没有 ${url.pathname} 这个文件${hint}` });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && to.endsWith('.html') && !idsByFile.get(to)?.has(fragment)) {
      findings.push({ file, line, message: `坏链接：${raw} → ${url.pathname} 中没有 id 为“${fragment}”的元素` });
    }
  };
  for (const file of pages) {
    const base = new URL(pagePath(file), origin);
    for (const ref of refsByFile.get(file)!) check(file, ref.line, ref.url, base);
  }
  // Stylesheets may load fonts or images of their own.
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(dist, file), 'utf8');
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu)) check(file, undefined, m[2]!, new URL(`/${file}`, origin));
  }
  // Feeds and sitemaps list permanent addresses on the canonical origin.
  for (const file of files.filter((f) => /^(sitemap[^/]*\.xml|feed\.xml)$/u.test(f))) {
    const xml = readFileSync(join(dist, file), 'utf8');
    for (const m of xml.matchAll(/<(loc|link)>([^<]+)<\/\1>/gu)) check(file, undefined, m[2]!, new URL('/', origin));
  }
  return findings;
}

/**
 * html-validate's recommended rules (standards, document structure, accessibility). One change:
 * `require-sri` asks for integrity hashes only on cross-origin resources — every script and
 * stylesheet here comes from the site itself, where a hash adds nothing.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
};

/** Validates every HTML page of dist/; one finding per message, with its line. */
export async function validateHtml(dist: string, files = listFiles(dist)): Promise<Finding[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
  const findings: Finding[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) findings.push({ file, line: m.line, message: `${m.message} [${m.ruleId}]` });
    }
  }
  return findings;
}

export const distExists = (dist: string) => existsSync(join(dist, 'index.html'));
