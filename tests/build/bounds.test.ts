/**
 * Lists that grow with the archive are paged, so no page grows without bound: built from a small
 * synthetic corpus (8 weekly issues of 8 pages, each page filed as its own issue: 64 issues over
 * two years, 320 articles). Checked against the built records, not against numbers written here:
 * a place named in more articles than fit on a page is spread over /places/<name>/, /2/ …, each
 * article once, newest first; 往期回顾 (/issues/) and a publication's page link its years and a few
 * latest issues, never every issue, and the year pages (/<slug>/<year>/) together link every issue.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Issue } from '../../src/records/schema.ts';
import { writeCorpus } from '../support/corpus/write.ts';
import { PLACE_PAGE_SIZE } from '../../src/read-model/bounds.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const seedsDir = mkdtempSync(join(tmpdir(), 'bounds-seeds-'));
const outDir = mkdtempSync(join(tmpdir(), 'bounds-dist-'));
let articles: Article[] = [];

beforeAll(async () => {
  writeCorpus({ issues: 8, seed: 9, out: seedsDir });
  // Every page its own weekly issue: more issues than /issues/ lists in full.
  const meta = parseYaml(readFileSync(join(seedsDir, 'metadata.yaml'), 'utf8')) as { seeds: Record<string, { date: string }> };
  Object.keys(meta.seeds)
    .sort()
    .forEach((name, i) => (meta.seeds[name]!.date = new Date(Date.UTC(2021, 0, 6 + 7 * i)).toISOString().slice(0, 10)));
  writeFileSync(join(seedsDir, 'metadata.yaml'), toYaml(meta));
  await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, SEEDS_DIR: seedsDir }, maxBuffer: 64 * 1024 * 1024 });
  articles = readPublishedArticles(outDir);
}, 300_000);
afterAll(() => {
  rmSync(seedsDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const html = (path: string) => readFileSync(join(outDir, decodeURI(path), 'index.html'), 'utf8');
const dateKey = (a: Article) => a.date ?? a.issue.date ?? (a.issue.year ? String(a.issue.year) : '');

describe('paged lists', () => {
  it('spreads a place named in many articles over pages of PLACE_PAGE_SIZE, each article once, newest first', () => {
    const counts = new Map<string, number>();
    for (const a of articles) for (const p of new Set(a.places)) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [place, count] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
    expect(count, 'the corpus should name one place in more articles than fit on a page').toBeGreaterThan(PLACE_PAGE_SIZE);
    const pages = Math.ceil(count / PLACE_PAGE_SIZE);
    const ids: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = html(`/places/${place}/${n > 1 ? `${n}/` : ''}`);
      const onPage = [...page.matchAll(/data-place-article="([^"]+)"/gu)].map((m) => m[1]!);
      expect(onPage.length).toBe(n < pages ? PLACE_PAGE_SIZE : count - PLACE_PAGE_SIZE * (pages - 1));
      ids.push(...onPage);
      if (n > 1) expect(page).toMatch(/rel="prev"/u);
      if (n < pages) expect(page).toMatch(/rel="next"/u);
      expect(page).toContain(`第${n}页，共${pages}页`);
    }
    expect(existsSync(join(outDir, 'places', place, String(pages + 1)))).toBe(false);
    expect(new Set(ids).size).toBe(count);
    expect(ids.sort()).toEqual(articles.filter((a) => a.places.includes(place)).map((a) => a.id).sort());
    const byId = new Map(articles.map((a) => [a.id, a]));
    const keys = [...new Set([...html(`/places/${place}/`).matchAll(/data-place-article="([^"]+)"/gu)].map((m) => m[1]!))].map((id) => dateKey(byId.get(id)!));
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('lists a long-running publication on /issues/ and on its own page by year, the year pages linking every issue', () => {
    const issues = new Map<string, Issue['url']>();
    for (const a of articles) issues.set(a.issue.key, a.issue.url);
    expect(issues.size).toBeGreaterThan(60);
    const slug = articles[0]!.issue.publication;
    const yearLinks = (page: string) => [...new Set([...page.matchAll(new RegExp(`href="(/${slug}/(?:\\d{4}|undated)/)"`, 'gu'))].map((m) => m[1]!))].sort();
    const index = html('/issues/');
    const years = yearLinks(index);
    expect(years.length).toBeGreaterThan(1);
    // The index links years and a few latest issues, not every issue.
    expect([...issues.values()].filter((url) => index.includes(`href="${url}"`)).length).toBeLessThan(10);
    const onYearPages = new Set(years.flatMap((y) => [...issues.values()].filter((url) => html(y).includes(`href="${url}"`))));
    expect([...onYearPages].sort()).toEqual([...issues.values()].sort());
    // The publication's own page: its years, its latest issues and the newest year's calendar, not every issue.
    const pub = html(`/${slug}/`);
    expect(yearLinks(pub)).toEqual(years);
    const newestYear = Math.max(...articles.map((a) => a.issue.year ?? 0));
    const newestYearUrls = new Set(articles.filter((a) => a.issue.year === newestYear).map((a) => a.issue.url));
    const linkedOnPub = [...issues.values()].filter((url) => pub.includes(`href="${url}"`));
    expect(linkedOnPub.length).toBeLessThan(issues.size);
    expect(linkedOnPub.filter((url) => !newestYearUrls.has(url)).length).toBeLessThan(10);
  });
});
