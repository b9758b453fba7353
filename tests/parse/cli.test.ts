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

  it('prints, in Chinese, the articles, the ledger, repairs and hints with line numbers with --report', async () => {
    const { stdout } = await run('seeds', '--report');
    expect(stdout).toContain('✓ 001_1f7ec7666be4bf40.txt（编码 utf-8）：1 篇文章，2 条提示');
    expect(stdout).toContain('  字数：3701 = 归入文章 3170 + 版面文字 0 + 删去的重复 531 + 未归入 0');
    expect(stdout).toContain('    重复印出的粗体字，已删去重复的一份：168 处');
    expect(stdout).toMatch(/ {4}第27行：标题行“暨『双清』『双治』工作部署会”印在了主标题前面，已移到主标题后面 「暨『双清』『双治』工作部署会」/u);
    expect(stdout).toContain('    4. 区十届政府召开第11次常务会议（第55–67行）/kecheng/2022-003-01bd17f757b75270/p1-611751/');
  });

  it('prints every repair with line and column with --ledger', async () => {
    const { stdout } = await run('seeds/002_a7737542be55ced5.txt', '--ledger');
    const { seeds } = JSON.parse(stdout);
    expect(seeds[0].ledger).toEqual({ charsIn: 2781, placed: 2773, furniture: 5, removed: 3, added: 0, unplaced: 0, balanced: true });
    // 002 sets a blank line after every printed line, so three sentences are cut by a blank line
    // mid-word (进行 / 了, 卫生 / 院, 把 / 握) and are rejoined; two words are doubled at a break.
    expect(seeds[0].repairs).toEqual([
      { kind: 'break-rejoined', line: 21, column: 1, before: '播结束后进行 ⏎ 了交流讨论。', after: '播结束后进行了交流讨论。' },
      { kind: 'doubled-at-break', line: 23, column: 1, before: '精神精神', after: '精神' },
      { kind: 'doubled-at-break', line: 29, column: 1, before: '村村', after: '村' },
      { kind: 'break-rejoined', line: 31, column: 1, before: '，完成镇卫生 ⏎ 院急救车出入', after: '，完成镇卫生院急救车出入' },
      { kind: 'break-rejoined', line: 37, column: 1, before: '导向，牢牢把 ⏎ 握宣传引导的', after: '导向，牢牢把握宣传引导的' },
    ]);
  });

  it('fails with a usage line when given nothing', async () => {
    await expect(run()).rejects.toMatchObject({ code: 2 });
  });
});
