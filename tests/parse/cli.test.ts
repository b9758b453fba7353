/** `npm run parse`: any seed file, with or without metadata beside it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ArticlesFile } from '../../src/records/schema.ts';

const run = (...args: string[]) => promisify(execFile)(process.execPath, ['scripts/parse.ts', ...args], { maxBuffer: 32 * 1024 * 1024 });

describe('npm run parse', () => {
  it('prints records in the open-data schema for a seed with metadata', async () => {
    const { stdout } = await run('seeds/003_01bd17f757b75270.txt');
    const data = ArticlesFile.parse(JSON.parse(stdout));
    expect(data.articles.map((a) => a.issue.publication)).toEqual(['kecheng', 'kecheng', 'kecheng', 'kecheng']);
  });

  it('reads a file with no metadata beside it, saying what it inferred', async () => {
    const { stdout } = await run('tests/fixtures/pages/page2-continued.txt');
    const data = ArticlesFile.parse(JSON.parse(stdout));
    expect(data.articles.map((a) => a.headline)).toEqual(['（上接1版）', '柳市镇开展新年慰问活动', '乐清文旅新名片']);
    expect(data.articles[0].issue.publication).toBe('unsorted');
  });

  it('prints the ledger and warnings with line numbers with --report', async () => {
    const { stdout } = await run('seeds', '--report');
    expect(stdout).toContain('✓ 001_1f7ec7666be4bf40.txt: 1 article(s), 2 warning(s); chars in 3701 = placed 3170 + furniture 0 + duplicates removed 531 + unplaced 0');
    expect(stdout).toContain('001_1f7ec7666be4bf40.txt: repairs doubled-run ×168');
    expect(stdout).toMatch(/003_01bd17f757b75270\.txt:27: headline line "暨『双清』『双治』工作部署会" printed out of order/u);
  });

  it('prints every repair with line and column with --ledger', async () => {
    const { stdout } = await run('seeds/002_a7737542be55ced5.txt', '--ledger');
    const { seeds } = JSON.parse(stdout);
    expect(seeds[0].ledger).toEqual({ charsIn: 2781, placed: 2773, furniture: 5, removed: 3, added: 0, unplaced: 0, balanced: true });
    // Every join across a break is logged; the two where a word was printed on both sides keep it once.
    expect(seeds[0].repairs.filter((r: { kind: string }) => r.kind === 'doubled-at-break')).toEqual([
      { kind: 'doubled-at-break', line: 23, column: 1, before: '精神精神', after: '精神' },
      { kind: 'doubled-at-break', line: 29, column: 1, before: '村村', after: '村' },
    ]);
    expect(seeds[0].repairs.filter((r: { kind: string }) => r.kind === 'break-rejoined')).toHaveLength(3);
  });

  it('fails with a usage line when given nothing', async () => {
    await expect(run()).rejects.toMatchObject({ code: 2 });
  });
});
