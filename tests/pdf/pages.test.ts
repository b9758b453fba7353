/**
 * A PDF of several pages is several 版: each page read as its own seed (`<file>#page=<n>`), numbered
 * by the 版次 it prints or, failing that, by its place in the file (marked inferred), its articles
 * on their own page, a story cut by （下转2版） linked to its （上接1版）, its ledger balanced and the
 * file's adding up; a damaged page among good ones is that page's error naming file and page, a page
 * with no text layer is published as a scan, and the other pages publish. Through the loader.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageSeed, seedFileOf, seedLabel } from '../../src/archive/ids.ts';
import { loadArchive, type Archive } from '../../src/archive/load.ts';
import { pageNumbers, seedSourceLines } from '../../src/archive/seed.ts';
import { continuationLinks, issuePagesOf } from '../../src/browse/pages.ts';
import { gbtCitation } from '../../src/browse/citation.ts';
import { archiveItems, SeedLines } from '../../src/check/items.ts';
import { issuePdf } from '../helpers/issue-pdf.ts';
import { makePdf } from '../helpers/pdf-make.ts';

const TEXT = { x: 50, y: 800, size: 12, text: 'Town news' };

describe('pageNumbers (pure)', () => {
  const printed = (page: string | null, pageName: string | null = null) => ({ page, pageName });
  it('takes the 版次 a page prints; a page that prints none follows the page before it, inferred', () => {
    expect(pageNumbers([null, printed('2', '综合新闻'), null, printed('A5')], {})).toEqual([
      { page: '1', inferred: true, pageName: null },
      { page: '2', inferred: false, pageName: '综合新闻' },
      { page: '3', inferred: true, pageName: null },
      { page: 'A5', inferred: false, pageName: null },
    ]);
    expect(pageNumbers([printed('A3'), null], {}).map((p) => p.page)).toEqual(['A3', 'A4']);
  });

  it('takes metadata’s page and 版名 as the first page’s, and numbers on from it', () => {
    expect(pageNumbers([null, null], { page: '5', pageName: '要闻' })).toEqual([
      { page: '5', inferred: false, pageName: '要闻' },
      { page: '6', inferred: true, pageName: null },
    ]);
  });
});

describe('seed names of a page of a file', () => {
  it('name the file and the page, and read back', () => {
    expect(pdfPageSeed('issue.pdf', 2)).toBe('issue.pdf#page=2');
    expect(seedFileOf('issue.pdf#page=2')).toEqual({ file: 'issue.pdf', pdfPage: 2 });
    expect(seedFileOf('front.pdf')).toEqual({ file: 'front.pdf', pdfPage: null });
    expect(seedFileOf('000_42a43713ae88928f.txt')).toEqual({ file: '000_42a43713ae88928f.txt', pdfPage: null });
    expect(seedLabel('issue.pdf#page=2')).toBe('issue.pdf 第2页');
  });
});

describe('the loader with a PDF of several pages', () => {
  let dir: string;
  let archive: Archive;
  const PAGES = ['issue.pdf#page=1', 'issue.pdf#page=2', 'issue.pdf#page=3'];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
    for (const f of ['places.yaml', 'site.yaml']) copyFileSync(join('seeds', f), join(dir, f));
    const meta = readFileSync('seeds/metadata.yaml', 'utf8').replace(/\nseeds:[\s\S]*$/u, '\n');
    // No date, no page: the masthead prints the date, each page its 版次 (or none).
    const entry = (name: string, extra = '') => `  ${name}:\n    publication: liushi\n    kind: news-page\n${extra}`;
    writeFileSync(join(dir, 'metadata.yaml'), `${meta}seeds:\n${entry('issue.pdf')}${entry('front.pdf', '    date: 2023-06-21\n    page: "1"\n')}${entry('mixed.pdf', '    date: 2023-06-22\n')}`);
    writeFileSync(join(dir, 'issue.pdf'), await issuePdf());
    copyFileSync('tests/fixtures/pages/news-front-liushi-125/page.pdf', join(dir, 'front.pdf'));
    // Text, a damaged page, a scan, text.
    writeFileSync(join(dir, 'mixed.pdf'), makePdf([{ texts: [TEXT] }, { damaged: true }, { image: [0, 0, 595, 842] }, { texts: [{ ...TEXT, text: 'Page four' }] }]));
    archive = loadArchive(dir, { cacheDir: null });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = (name: string) => archive.seeds.find((s) => s.seed === name)!;
  const articlesOf = (seed: string) => archive.articles.filter((a) => a.seed === seed);

  it('reads each page as its own 版 of one issue, numbered as printed or by its place (inferred)', () => {
    expect(archive.seeds.map((s) => s.seed).filter((s) => s.startsWith('issue.pdf'))).toEqual(PAGES);
    const issue = archive.issues.find((i) => i.seeds.includes(PAGES[0]!))!;
    expect(issue.key).toBe('liushi-2023-06-20');
    expect(issue.dateSource).toBe('text');
    expect(issue.seeds).toEqual(PAGES);
    expect(issue.inferredPages).toEqual(['issue.pdf#page=1']);
    const pages = issuePagesOf(issue, new Map(archive.articles.map((a) => [a.id, a])));
    expect(pages.map((p) => [p.page, p.pageInferred, p.pageName, p.url])).toEqual([
      ['1', true, null, '/liushi/2023-06-20/p1/'],
      ['2', false, '综合新闻', '/liushi/2023-06-20/p2/'],
      ['4', false, '柳川副刊', '/liushi/2023-06-20/p4/'],
    ]);
  });

  it('places each article on the page it stands on, at an address of that 版', () => {
    expect(articlesOf(PAGES[0]!).map((a) => a.headline)).toContain('柳市镇召开重大项目攻坚推进会');
    expect(articlesOf(PAGES[0]!)).toHaveLength(5);
    expect(articlesOf(PAGES[1]!).map((a) => a.headline)).toContain('柳市镇启动夏季河道保洁“百日攻坚”');
    expect(articlesOf(PAGES[2]!).map((a) => a.headline)).toContain('老街的屋檐');
    for (const a of articlesOf(PAGES[1]!)) {
      expect(a.url).toMatch(/^\/liushi\/2023-06-20\/p2-[0-9a-f]{6}\/$/u);
      expect(a.issue).toMatchObject({ page: '2', pageName: '综合新闻' });
      expect(a.issue.pageInferred).toBeUndefined();
    }
    for (const a of articlesOf(PAGES[0]!)) expect(a.issue).toMatchObject({ page: '1', pageInferred: true });
    // GB/T 7714 has no way to say a 版次 is inferred: the citation leaves it out (the issue page's
    // facts line says 第1版（推定）: tests/browser/pdf-pages.test.ts).
    const front = articlesOf(PAGES[0]!)[0]!;
    expect(gbtCitation(front, 'https://example.org/a/')).not.toMatch(/\(1\)/u);
    expect(gbtCitation(articlesOf(PAGES[1]!)[0]!, 'https://example.org/a/')).toMatch(/\(2\)/u);
    // An article's lines are its page's: quoted from that page's reading.
    const lead = articlesOf(PAGES[1]!).find((a) => a.headline.includes('河道保洁'))!;
    const lines = seedSourceLines(join(dir, lead.seed));
    expect(lines.slice(lead.source.startLine - 1, lead.source.endLine).join('')).toContain('河道保洁');
  });

  it('links the story cut by （下转2版） to its （上接1版） on the next page, both ways', () => {
    const issue = archive.issues.find((i) => i.key === 'liushi-2023-06-20')!;
    const links = continuationLinks(issuePagesOf(issue, new Map(archive.articles.map((a) => [a.id, a]))));
    const lead = articlesOf(PAGES[0]!).find((a) => a.headline === '柳市镇召开重大项目攻坚推进会')!;
    const to = links.get(lead.id)?.to;
    expect(to?.status).toBe('found');
    const rest = to?.status === 'found' ? to.article : null;
    expect(rest?.seed).toBe(PAGES[1]);
    expect(links.get(rest!.id)?.from).toMatchObject({ status: 'found', article: { id: lead.id } });
  });

  it('balances each page’s ledger, and the file’s: its text layer is the sum of its pages’', () => {
    for (const p of PAGES) expect(report(p).ledger?.balanced, p).toBe(true);
    const note = report(PAGES[0]!).warnings[0]!.message;
    expect(note).toMatch(/^issue\.pdf：PDF 共 3 页，每页作为一版分别读入；文字层共 \d+ 字 = 第1页（推定第1版） \d+ 字 \+ 第2页（第2版） \d+ 字 \+ 第3页（第4版） \d+ 字，每页的字数都对得上$/u);
    const [total, ...each] = [...note.matchAll(/(\d+) 字/gu)].map((m) => Number(m[1]));
    expect(each.reduce((a, b) => a + b, 0)).toBe(total);
    PAGES.forEach((p, i) => {
      // Each page's ledger starts from its own text layer (the glyphs drawn twice counted in, as removed).
      expect(report(p).ledger!.charsIn).toBe(each[i]);
      expect(report(p).warnings.map((w) => w.message).join('\n')).toContain(`第${i + 1}页的 PDF 文字层共 ${each[i]} 字，全部读入`);
    });
  });

  it('reads a file of one page as before: one seed named by the file, its 版次 as given', () => {
    expect(archive.seeds.filter((s) => seedFileOf(s.seed).file === 'front.pdf').map((s) => s.seed)).toEqual(['front.pdf']);
    expect(articlesOf('front.pdf')).toHaveLength(5);
    expect(articlesOf('front.pdf')[0]!.issue.pageInferred).toBeUndefined();
  });

  it('gives a damaged page an error naming file and page, publishes a page with no text layer as a scan, and the other pages', () => {
    expect(archive.seeds.filter((s) => s.seed.startsWith('mixed.pdf')).map((s) => s.seed)).toEqual([1, 2, 3, 4].map((n) => `mixed.pdf#page=${n}`));
    expect(report('mixed.pdf#page=2').error).toMatch(/^mixed\.pdf 第2页：这一页已损坏，读不出来（.+）：这一版本次没有发布，这个 PDF 的其余 3 页照常发布；请从排版系统重新导出这一版$/u);
    const scan = report('mixed.pdf#page=3');
    expect(scan.error).toBeNull();
    expect(scan.warnings.map((w) => w.message).join('\n')).toMatch(/^mixed\.pdf 第3页：这一页没有文字层，是扫描得到的图片：这一版的版面图和 PDF 照常发布.*没有猜测任何内容.*其余各页照常读入/mu);
    const issue = archive.issues.find((i) => i.key === 'liushi-2023-06-22')!;
    expect(issue.seeds).toEqual(['mixed.pdf#page=1', 'mixed.pdf#page=3', 'mixed.pdf#page=4']);
    // The scan's 版 keeps its 版次 (inferred by its place) for its address.
    expect(issue.seedPages).toMatchObject({ 'mixed.pdf#page=3': '3' });
    for (const p of ['mixed.pdf#page=1', 'mixed.pdf#page=4']) {
      expect(report(p).error, p).toBeNull();
      expect(report(p).ledger?.balanced).toBe(true);
    }
    expect(report('mixed.pdf#page=1').warnings[0]!.message).toMatch(/第2页（推定第2版）已损坏，未读入/u);
  });

  it('names file and page in the editors’ check for what it reports on a page', () => {
    const items = archiveItems(archive, new SeedLines(new Map(), archive.articles));
    const damaged = items.filter((i) => i.file === 'mixed.pdf#page=2');
    expect(damaged.map((i) => [i.tier, i.message])).toContainEqual(['must', expect.stringMatching(/^mixed\.pdf 第2页：这一页已损坏/u)]);
    expect(items.filter((i) => i.file === 'mixed.pdf#page=3').map((i) => i.message)).toContainEqual(expect.stringMatching(/^mixed\.pdf 第3页：这一页没有文字层/u));
    // Metadata is the file's: no page is "not registered".
    expect(items.filter((i) => /没有在 metadata\.yaml 中登记/u.test(i.message))).toEqual([]);
  });
});
