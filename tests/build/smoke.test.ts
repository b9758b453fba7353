/**
 * The built site (dist/, built from the real seeds by tests/global-setup.ts), and a second build
 * over a folder that also holds bad seeds.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { IssueFile } from '../../src/records/schema.ts';
import { BAD_INPUTS, badInputDir, LONG_SEED, NOT_SEEDS } from '../helpers/seeds.ts';
import { issueDateKey, issueUrl } from '../../src/archive/ids.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';
import { compareIssuesNewestFirst } from '../../src/browse/sequence.ts';

const pageOf = (root: string, url: string) => join(root, url, 'index.html');
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

describe('the built site', () => {
  const data = { articles: readPublishedArticles('dist') };

  it('publishes dist/data/articles/ with every record, valid against the schema', () => {
    expect(data.articles.length).toBe(12);
    expect(new Set(data.articles.map((a) => a.seed))).toEqual(new Set(seeds));
  });

  it('has at least one article page for every seed, and a page at every record url', () => {
    for (const seed of seeds) expect(data.articles.filter((a) => a.seed === seed).length).toBeGreaterThanOrEqual(1);
    for (const a of data.articles) {
      const html = readFileSync(pageOf('dist', a.url), 'utf8');
      expect(html).toContain('lang="zh-CN"');
      // The headline is on the page (HTML-escaped quotes aside).
      expect(html).toContain(a.headline.replace(/“|”/gu, (q) => q));
    }
  });

  it('publishes one JSON per issue, and an issue page for each', () => {
    const issues = new Set(data.articles.map((a) => a.issue.key));
    for (const key of issues) {
      const issue = IssueFile.parse(JSON.parse(readFileSync(`dist/data/issues/${key}.json`, 'utf8')));
      expect(existsSync(pageOf('dist', issue.url))).toBe(true);
      // The issue references its records in the article files instead of repeating them.
      const inFiles = new Map(issue.articleFiles.flatMap((f) => readFileSync(join('dist', f), 'utf8').split('\n').filter(Boolean).map((l) => [JSON.parse(l).id as string, f] as const)));
      expect(issue.articles).toEqual(data.articles.filter((a) => a.issue.key === key).map((a) => a.id));
      for (const id of issue.articles) expect(inFiles.has(id), id).toBe(true);
    }
  });

  it('has the home, issues, about and search pages', () => {
    for (const url of ['/', '/issues/', '/about/', '/search/']) expect(existsSync(pageOf('dist', url))).toBe(true);
  });
});

describe('citation data, sitemap and feed', () => {
  const data = { articles: readPublishedArticles('dist') };

  it('gives every article page NewsArticle JSON-LD, Open Graph and citation_* metadata', () => {
    for (const a of data.articles) {
      const html = readFileSync(pageOf('dist', a.url), 'utf8');
      const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/su)![1]);
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: a.headline, inLanguage: 'zh-CN' });
      expect(ld.url.endsWith(a.url)).toBe(true);
      expect(ld.isPartOf.isPartOf.name).toBe(a.issue.publicationName);
      if (a.date ?? a.issue.date) expect(ld.datePublished).toBe(a.date ?? a.issue.date);
      expect(html).toContain('<meta property="og:type" content="article">');
      expect(html).toContain(`<meta name="citation_journal_title" content="${a.issue.publicationName}">`);
    }
  });

  it('lists every article and issue page in the sitemap', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    for (const a of data.articles) expect(sitemap).toContain(`${a.url}</loc>`);
    for (const a of data.articles) expect(sitemap).toContain(`${a.issue.url}</loc>`);
    expect(sitemap).not.toContain('/search/</loc>');
  });

  it('has a feed of the latest issues, newest first', () => {
    const feed = readFileSync('dist/feed.xml', 'utf8');
    const links = [...feed.matchAll(/<item><title>[^<]*<\/title><link>([^<]*)<\/link>/gu)].map((m) => new URL(m[1]).pathname);
    // Newest first by the site's one order (issue 21): year by year, an inferred year counting as its
    // year, so 柳市's 2023 issues (inferred) come before 南塘's 2022-11-10.
    const issues = [...new Map(data.articles.map((a) => [a.issue.url, a.issue])).values()];
    expect(links).toEqual(issues.sort(compareIssuesNewestFirst).map((i) => i.url));
    expect(links.indexOf('/nantang/2022-11-10/')).toBeGreaterThan(links.findIndex((u) => u.startsWith('/liushi/')));
    expect(new Set(links)).toEqual(new Set(data.articles.map((a) => a.issue.url)));
  });
});

describe('determinism', () => {
  it('builds byte-identical output from the same input', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dist-again-'));
    try {
      await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], { maxBuffer: 64 * 1024 * 1024 });
      const files = (root: string) => (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name).slice(root.length))
        .sort();
      expect(files(outDir)).toEqual(files('dist'));
      for (const f of files('dist')) expect(readFileSync(join(outDir, f)).equals(readFileSync(join('dist', f))), f).toBe(true);
    } finally {
      rmSync(outDir, { recursive: true });
    }
  });
});

describe('a build over good and bad seeds', () => {
  // A 10 MB and a 140,000-line seed take minutes on a busy 2-core machine: more than the default timeout.
  it('succeeds for the good seeds and reports each bad one by name', { timeout: 600_000 }, async () => {
    // The 140,000-line page too: whatever the parser makes of it, the other seeds publish.
    const seedsDir = badInputDir({ long: true });
    const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], {
        env: { ...process.env, SEEDS_DIR: seedsDir },
        maxBuffer: 256 * 1024 * 1024,
      });
      const log = stdout + stderr;
      expect(log).toMatch(/✗ empty\.txt：文件是空的/u);
      expect(log).toMatch(/✗ whitespace-only\.txt：/u);
      expect(log).toMatch(/✗ binary-garbage\.txt：既不是有效的 UTF-8（第一个错误字节在偏移 3）/u);
      expect(log).toMatch(/✗ no-article\.txt：0 篇文章/u);
      expect(log).toMatch(/✗ one-line-1mb\.txt：0 篇文章，\d+ 条提示；字数 (\d+) = 归入文章 0 \+ 版面文字 0 \+ 删去的重复 0 \+ 未归入 \1/u);
      expect(log).toMatch(/✓ furniture-only\.txt：0 篇文章/u);
      expect(log).toMatch(/✓ gbk-encoded\.txt：1 篇文章/u);
      expect(log).toMatch(/✓ big-10mb\.txt：3935 篇文章/u);
      expect(log).toMatch(new RegExp(`[✓✗] ${LONG_SEED.replaceAll('.', '\\.')}：`, 'u'));
      for (const name of [BAD_INPUTS.utf8Bom, BAD_INPUTS.utf16le, BAD_INPUTS.utf16be, BAD_INPUTS.crlf, BAD_INPUTS.cr, BAD_INPUTS.controls, BAD_INPUTS.spaces, BAD_INPUTS.chinese, BAD_INPUTS.dots, BAD_INPUTS.bidi, BAD_INPUTS.surrogate]) {
        expect(log).toContain(`✓ ${name}：3 篇文章`);
      }
      expect(log).toContain(`✗ ${BAD_INPUTS.linkOutside}：是一个指向 seeds 文件夹以外（/etc/passwd）的符号链接`);
      expect(log).toContain(`✗ ${BAD_INPUTS.linkDangling}：是一个符号链接，但它指向的文件不存在`);
      expect(log).toContain(`! 未读入 ${NOT_SEEDS.upper}：扩展名不是小写的 .txt`);
      expect(log).toMatch(/metadata\.yaml:\d+:3：条目“\.\.\/secret\.txt”带有路径/u);
      expect(log).toMatch(/metadata\.yaml:\d+:3：登记了 missing\.txt，但 seeds 文件夹里没有这个文件/u);
      for (const seed of seeds) expect(log).toMatch(new RegExp(`✓ ${seed.replace('.', '\\.')}：\\d+ 篇文章`, 'u'));
      const built = { articles: readPublishedArticles(outDir) };
      const good = { articles: readPublishedArticles('dist') };
      const builtIds = new Set(built.articles.map((a) => a.id));
      for (const a of good.articles) expect(builtIds.has(a.id), a.id).toBe(true);
      for (const a of built.articles.filter((x) => x.seed !== BAD_INPUTS.big)) expect(existsSync(pageOf(outDir, a.url)), a.url).toBe(true);
      expect(readPublishedArticles(outDir).map((a) => JSON.stringify(a)).join('\n')).not.toContain('root:x:0:0');
      // The text of the seeds with no article stays visible on their issue pages.
      const issuePage = readFileSync(pageOf(outDir, issueUrl('unsorted', issueDateKey(null, 'no-article.txt'))), 'utf8');
      expect(issuePage).toContain('这是一段没有标题的文字，只是正文。');
      const furniturePage = readFileSync(pageOf(outDir, issueUrl('unsorted', issueDateKey(null, BAD_INPUTS.furnitureOnly))), 'utf8');
      expect(furniturePage).toContain('liushiwed@126.com');
    } finally {
      rmSync(seedsDir, { recursive: true });
      rmSync(outDir, { recursive: true });
    }
  });
});
