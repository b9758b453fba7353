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
import { ArticlesFile, IssueFile } from '../../src/records/schema.ts';
import { BAD_INPUTS, badInputDir } from '../helpers/seeds.ts';
import { issueDateKey, issueUrl } from '../../src/archive/ids.ts';

const pageOf = (root: string, url: string) => join(root, url, 'index.html');
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

describe('the built site', () => {
  const data = ArticlesFile.parse(JSON.parse(readFileSync('dist/data/articles.json', 'utf8')));

  it('publishes dist/data/articles.json with every record, valid against the schema', () => {
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
    }
  });

  it('has the home, issues, about and search pages', () => {
    for (const url of ['/', '/issues/', '/about/', '/search/']) expect(existsSync(pageOf('dist', url))).toBe(true);
  });
});

describe('citation data, sitemap and feed', () => {
  const data = ArticlesFile.parse(JSON.parse(readFileSync('dist/data/articles.json', 'utf8')));

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
    // The dated issue first; then issues whose day nobody printed (000: 2023, inferred; 003: 2022).
    expect(links[0]).toBe('/nantang/2022-11-10/');
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
  // A full build of a 10 MB seed (3,935 articles, each with its page, .txt and .json): minutes on a busy machine.
  it('succeeds for the good seeds and reports each bad one by name', async () => {
    const seedsDir = badInputDir();
    const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
    try {
      const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], {
        env: { ...process.env, SEEDS_DIR: seedsDir },
        maxBuffer: 256 * 1024 * 1024,
      });
      const log = stdout + stderr;
      expect(log).toMatch(/✗ empty\.txt: empty\.txt: the file is empty/u);
      expect(log).toMatch(/✗ whitespace-only\.txt: /u);
      expect(log).toMatch(/✗ binary-garbage\.txt: binary-garbage\.txt: not valid UTF-8 \(first bad byte at offset 3\)/u);
      expect(log).toMatch(/✗ no-article\.txt: 0 article\(s\)/u);
      expect(log).toMatch(/✗ one-line-1mb\.txt: 0 article\(s\), \d+ warning\(s\); chars in (\d+) = placed 0 \+ furniture 0 \+ duplicates removed 0 \+ unplaced \1/u);
      expect(log).toMatch(/✓ furniture-only\.txt: 0 article\(s\)/u);
      expect(log).toMatch(/✓ gbk-encoded\.txt: 1 article\(s\)/u);
      expect(log).toMatch(/✓ big-10mb\.txt: 3935 article\(s\)/u);
      for (const name of [BAD_INPUTS.utf8Bom, BAD_INPUTS.utf16le, BAD_INPUTS.utf16be, BAD_INPUTS.crlf, BAD_INPUTS.cr, BAD_INPUTS.controls, BAD_INPUTS.spaces, BAD_INPUTS.chinese, BAD_INPUTS.dots]) {
        expect(log).toContain(`✓ ${name}: 3 article(s)`);
      }
      expect(log).toMatch(/metadata\.yaml: field seeds\.\.\.\/secret\.txt: a seed is named by its file name/u);
      expect(log).toMatch(/metadata\.yaml: field seeds\.missing\.txt: no such file/u);
      for (const seed of seeds) expect(log).toMatch(new RegExp(`✓ ${seed.replace('.', '\\.')}: \\d+ article`, 'u'));
      const built = ArticlesFile.parse(JSON.parse(readFileSync(join(outDir, 'data/articles.json'), 'utf8')));
      const good = ArticlesFile.parse(JSON.parse(readFileSync('dist/data/articles.json', 'utf8')));
      const builtIds = new Set(built.articles.map((a) => a.id));
      for (const a of good.articles) expect(builtIds.has(a.id), a.id).toBe(true);
      for (const a of built.articles.filter((x) => x.seed !== BAD_INPUTS.big)) expect(existsSync(pageOf(outDir, a.url)), a.url).toBe(true);
      // The text of the seeds with no article stays visible on their issue pages.
      const issuePage = readFileSync(pageOf(outDir, issueUrl('unsorted', issueDateKey(null, 'no-article.txt'))), 'utf8');
      expect(issuePage).toContain('这是一段没有标题的文字，只是正文。');
      const furniturePage = readFileSync(pageOf(outDir, issueUrl('unsorted', issueDateKey(null, BAD_INPUTS.furnitureOnly))), 'utf8');
      expect(furniturePage).toContain('liushiwed@126.com');
    } finally {
      rmSync(seedsDir, { recursive: true });
      rmSync(outDir, { recursive: true });
    }
  }, 300_000);
});
