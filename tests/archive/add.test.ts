/**
 * `npm run add`: a page copied into the seeds folder under a safe ASCII name, its metadata entry
 * written with the file's comments kept, the page's parse report printed in Chinese; a bad option
 * is a clear error that changes nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEditorCommand } from '../support/editor-command.ts';
import { loadArchive } from '../../src/archive/load.ts';

const root = mkdtempSync(join(tmpdir(), 'add-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const seedsCopy = () => {
  const dir = join(root, `seeds-${n++}`);
  cpSync('seeds', dir, { recursive: true });
  return dir;
};
const PAGE = 'tests/fixtures/pages/page2-continued.txt';

const add = (...args: string[]) => runEditorCommand('scripts/add.ts', ...args);
/** Every file of a folder with its bytes, to see that nothing changed. */
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('npm run add', () => {
  it('adds a dated page under <publication>-<date>-p<page>.txt, keeps the metadata comments, and prints how the page reads', async () => {
    const seeds = seedsCopy();
    const before = readFileSync(join(seeds, 'metadata.yaml'), 'utf8');
    const r = await add(PAGE, '--publication', 'liushi', '--date', '2023-01-06', '--page', '2', '--page-name', '要闻', '--number', '第100期', '--seeds', seeds);
    expect(r.code, r.out).toBe(0);
    const name = 'liushi-2023-01-06-p2.txt';
    expect(readFileSync(join(seeds, name))).toEqual(readFileSync(PAGE));
    const after = readFileSync(join(seeds, 'metadata.yaml'), 'utf8');
    // Everything that was there (comments included) is still there, followed by the new entry.
    expect(after).toBe(`${before}  ${name}:\n    publication: liushi\n    date: 2023-01-06\n    number: 第100期\n    page: "2"\n    pageName: 要闻\n`);
    expect(r.out).toContain(`✓ 已添加 ${PAGE} → ${join(seeds, name)}`);
    expect(r.out).toContain('这一页是这样读的：');
    expect(r.out).toContain(`✓ ${name}（编码 utf-8）：3 篇文章，`);
    expect(r.out).toContain('  期次：柳市 2023年1月6日 第2版，地址 /liushi/2023-01-06/');
    expect(r.out).toContain('    2. 柳市镇开展新年慰问活动（第6–16行）/liushi/2023-01-06/p2-8fcb4c/');
    expect(r.out).toMatch(/ {2}字数：\d+ = 归入文章 \d+ \+ 版面文字 \d+ \+ 删去的重复 0 \+ 未归入 0/u);
    const archive = loadArchive(seeds);
    expect(archive.problems).toEqual([]);
    expect(archive.issues.find((i) => i.key === 'liushi-2023-01-06')!.seeds).toEqual([name]);
  });

  it('names a page whose day is unknown by its publication, page and a hash of its bytes: a short ASCII address', async () => {
    const seeds = seedsCopy();
    const chinese = join(root, '柳市 第2版（扫描）.txt');
    cpSync(PAGE, chinese);
    const r = await add(chinese, '--publication', 'liushi', '--date', '2023', '--page', '第2版', '--seeds', seeds);
    expect(r.code, r.out).toBe(0);
    const added = readdirSync(seeds).filter((f) => f.startsWith('liushi-'));
    expect(added).toEqual([expect.stringMatching(/^liushi-p2-[0-9a-f]{6}\.txt$/u)]);
    expect(r.out).toContain(`地址 /liushi/2023-${added[0]!.replace('.txt', '')}/`);
    expect(readFileSync(join(seeds, 'metadata.yaml'), 'utf8')).toContain(`  ${added[0]}:\n    publication: liushi\n    date: "2023"\n    page: 第2版\n`);
  });

  it('refuses each bad option with a clear message and changes nothing', async () => {
    const seeds = seedsCopy();
    await add(PAGE, '--publication', 'liushi', '--date', '2023-01-06', '--page', '2', '--seeds', seeds);
    const before = contents(seeds);
    const cases: [string[], string][] = [
      [['--publication', 'nowhere'], '✗ --publication nowhere：metadata.yaml 中没有这份报刊（现有：liushi、kecheng、nantang）；新报刊先在 publications: 下登记'],
      [['--publication', 'liushi', '--date', '2023-02-30'], '✗ --date 2023-02-30：“2023-02-30”不是真实存在的日期（写成 yyyy-mm-dd，或只写年份 yyyy，或写 null）'],
      [['--publication', 'liushi', '--kind', 'poem'], '✗ --kind poem：'],
      [['--publication', 'liushi', '--colour', 'red'], '✗ 没有 --colour 这个选项'],
      [['--page', '2'], '✗ 缺少 --publication（现有的报刊：liushi、kecheng、nantang）'],
      [['--publication', 'liushi', '--date', '2023-01-06', '--page', '2'], '✗ seeds 文件夹里已经有 liushi-2023-01-06-p2.txt（liushi 2023-01-06 第2版）'],
    ];
    for (const [args, message] of cases) {
      const r = await add(PAGE, ...args, '--seeds', seeds);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toContain(message);
      expect(r.out).toContain('没有做任何改动。');
    }
    for (const [file, message] of [
      ['no-such-file.txt', '✗ no-such-file.txt：没有这个文件'],
      ['tests/fixtures/bad/empty.txt', '✗ tests/fixtures/bad/empty.txt：文件是空的'],
      ['tests/fixtures/bad/binary-garbage.txt', '✗ tests/fixtures/bad/binary-garbage.txt：既不是有效的 UTF-8'],
    ]) {
      const r = await add(file!, '--publication', 'liushi', '--seeds', seeds);
      expect(r.code, file).toBe(2);
      expect(r.out).toContain(message);
    }
    expect(contents(seeds)).toEqual(before);
  });
});
