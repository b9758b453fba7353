/**
 * The archive over a folder of good and bad seeds: each bad one gets a clear message naming the
 * file, the good ones are published as usual, and the summary lists every seed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { mixedSeedsDir } from '../helpers/seeds.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive, summarize } from '../../src/archive/load.ts';
import { ArticlesFile } from '../../src/records/schema.ts';

const REAL = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

describe('the real seeds', () => {
  const archive = loadArchive('seeds');

  it('yield valid records for every seed, with no errors', () => {
    expect(archive.problems).toEqual([]);
    expect(archive.skipped).toEqual([]);
    expect(archive.seeds.map((s) => [s.seed, s.error])).toEqual(REAL.map((f) => [f, null]));
    expect(archive.seeds.every((s) => s.articles >= 1 && s.ledger?.balanced)).toBe(true);
    expect(() => ArticlesFile.parse({ articles: archive.articles })).not.toThrow();
    expect(archive.articles).toHaveLength(12);
  });

  it('give every article a unique, URL-safe id and a URL under its issue', () => {
    const ids = archive.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of archive.articles) expect(a.url.startsWith(a.issue.url)).toBe(true);
  });

  it('give the same ids on a rebuild, whatever the other seeds', () => {
    const again = loadArchive('seeds');
    expect(again.articles.map((a) => a.id)).toEqual(archive.articles.map((a) => a.id));
    const dir = mixedSeedsDir();
    try {
      const mixed = loadArchive(dir);
      const good = mixed.articles.filter((a) => REAL.includes(a.seed)).map((a) => a.id);
      expect(good).toEqual(archive.articles.map((a) => a.id));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('keep their ids when a seed that sorts first joins their issue and metadata lists the seeds in another order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-order-'));
    try {
      cpSync('seeds', dir, { recursive: true });
      // The published site's redirects lead to 000's undated address, which a dated 000 leaves.
      rmSync(join(dir, 'redirects.yaml'), { force: true });
      const meta = parseYaml(readFileSync('seeds/metadata.yaml', 'utf8')) as { publications: unknown[]; seeds: Record<string, Record<string, unknown>> };
      // Page 1 of a dated issue (the front page given its day, as an editor would).
      meta.seeds['000_42a43713ae88928f.txt']!.date = '2023-03-18';
      writeFileSync(join(dir, 'metadata.yaml'), stringifyYaml(meta));
      const before = loadArchive(dir);
      cpSync('tests/fixtures/pages/page2-continued.txt', join(dir, '0000_page2.txt'));
      const reversed = Object.fromEntries(Object.entries(meta.seeds).reverse());
      writeFileSync(
        join(dir, 'metadata.yaml'),
        stringifyYaml({ publications: meta.publications, seeds: { '0000_page2.txt': { publication: 'liushi', kind: 'news-page', date: '2023-03-18', page: '2' }, ...reversed } }),
      );
      const grown = loadArchive(dir);
      expect(grown.problems).toEqual([]);
      const ids = new Set(grown.articles.map((a) => a.id));
      for (const a of before.articles) expect(ids.has(a.id), a.id).toBe(true);
      // The new page joined the 2023-03-18 issue of 柳市 after page 1, though its file sorts first.
      const issue = grown.issues.find((i) => i.key === 'liushi-2023-03-18')!;
      expect(issue.seeds).toEqual(['000_42a43713ae88928f.txt', '0000_page2.txt']);
      const pages = issue.articles.map((id) => grown.articles.find((a) => a.id === id)!.issue.page);
      expect(pages).toEqual([...pages].sort());
      expect(pages.slice(0, 5)).toEqual(['1', '1', '1', '1', '1']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('find the villages and communities each article names', () => {
    const honours = archive.articles.find((a) => a.headline.includes('入选新一轮文明名单'))!;
    expect(honours.places).toEqual(expect.arrayContaining(['前西垟村', '翔金垟村', '前街社区', '长虹社区', '东风社区']));
    const feature = archive.articles.find((a) => a.headline === '柳市镇开展2023年第一季度村社擂台赛')!;
    expect(feature.places).toEqual(expect.arrayContaining(['井虹寺前村', '曹田前村', '岐头三村', '七里港社区']));
    // Longest match: 岐头三村 is not also reported as a shorter name inside it.
    expect(feature.places).not.toContain('岐头');
  });
});

describe('bad input', () => {
  const dir = mixedSeedsDir(
    [
      '  missing-file.txt:',
      '    publication: liushi',
      '  no-article.txt:',
      '    publication: nowhere',
      '  gbk-encoded.txt:',
      '    publication: liushi',
      '    date: "2023-02-30"',
      '',
    ].join('\n'),
  );
  afterAll(() => rmSync(dir, { recursive: true }));
  const archive = loadArchive(dir);
  const report = (f: string) => archive.seeds.find((s) => s.seed === f)!;

  it('still publishes every good seed', () => {
    for (const f of REAL) expect(report(f)).toMatchObject({ error: null, articles: expect.any(Number) });
    expect(archive.articles.filter((a) => REAL.includes(a.seed))).toHaveLength(12);
  });

  it('names an empty or whitespace-only file', () => {
    expect(report('empty.txt').error).toBe('empty.txt：文件是空的，没有可发布的内容');
    expect(report('whitespace-only.txt').error).toBe('whitespace-only.txt：文件是空的，没有可发布的内容');
  });

  it('decodes a GB18030 file, saying so, and names undecodable bytes with their offset', () => {
    expect(report('gbk-encoded.txt')).toMatchObject({ encoding: 'gb18030', error: null, articles: 1 });
    expect(report('gbk-encoded.txt').warnings.map((w) => w.message)).toContain('不是有效的 UTF-8（第一个错误字节在偏移 0），已按 GB18030 读入：请核对文字，或把文件另存为 UTF-8');
    expect(archive.articles.find((a) => a.seed === 'gbk-encoded.txt')?.headline).toBe('柳市镇召开会议');
    expect(report('binary-garbage.txt').error).toBe('binary-garbage.txt：既不是有效的 UTF-8（第一个错误字节在偏移 3），也不是 GB18030：请把文件另存为 UTF-8');
  });

  it('keeps the text of a seed with no recognizable article, as unplaced', () => {
    const r = report('no-article.txt');
    expect(r.error).toBe('no-article.txt：认不出任何文章；文字作为“未能归入文章的文字”保留在期次页上');
    expect(r.parse?.unplaced.map((u) => u.text)).toEqual(['这是一段没有标题的文字，只是正文。', '它也没有署名，也没有日期。']);
    const issue = archive.issues.find((i) => i.seeds.includes('no-article.txt'));
    expect(issue?.unplaced).toHaveLength(2);
  });

  it('names the metadata file, line and field of each bad entry, and says what to do', () => {
    const at = (field: string) => archive.problems.find((p) => p.field === field);
    expect(at('seeds.gbk-encoded.txt.date')).toMatchObject({
      file: 'metadata.yaml',
      line: expect.any(Number),
      message: 'gbk-encoded.txt 的 date：“2023-02-30”不是真实存在的日期（写成 yyyy-mm-dd，或只写年份 yyyy，或写 null）',
      fix: expect.stringContaining('这份稿件按未登记处理'),
    });
    expect(at('seeds.no-article.txt.publication')).toMatchObject({
      message: 'no-article.txt 的 publication “nowhere”不在 publications: 列表里（现有：liushi、kecheng、nantang）',
      snippet: '  - slug: nowhere\n    name: 报刊名称  # 改成报刊的中文名',
    });
    expect(at('seeds.missing-file.txt')).toMatchObject({ message: '登记了 missing-file.txt，但 seeds 文件夹里没有这个文件', fix: '把文件放进 seeds 文件夹（文件名一字不差），或删除这个条目' });
  });

  it('lists every seed in the summary, with article counts', () => {
    const lines = summarize(archive);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      expect(lines.some((l) => l.includes(f))).toBe(true);
    }
    expect(lines.find((l) => l.includes('000_42a43713ae88928f.txt'))).toMatch(/^✓ .*：5 篇文章/u);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/^✗ empty\.txt：/u);
  });
});
