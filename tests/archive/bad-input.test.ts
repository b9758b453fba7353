/**
 * Every bad input of the archive's list, in one seeds folder beside the real seeds: each gives a
 * clear result (decoded and said how, or an error naming the file, field, line or byte offset),
 * no text is lost, and the good seeds publish as usual. The build over the same folder is in
 * tests/build/smoke.test.ts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, summarize, type Archive, type SeedReport } from '../../src/archive/load.ts';
import { BAD_INPUTS, badInputDir, NOT_SEEDS } from '../helpers/seeds.ts';

let dir: string;
let archive: Archive;
let real: Archive;
const seed = (name: string): SeedReport => archive.seeds.find((s) => s.seed === name)!;
const headlines = (name: string) => archive.articles.filter((a) => a.seed === name).map((a) => a.headline);
const bodies = (name: string) => archive.articles.filter((a) => a.seed === name).map((a) => a.body.join('\n'));

beforeAll(() => {
  dir = badInputDir();
  archive = loadArchive(dir);
  real = loadArchive('seeds');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of every bad input', () => {
  it('still publishes every real seed with the ids it has alone', () => {
    const ids = new Set(archive.articles.map((a) => a.id));
    for (const a of real.articles) expect(ids.has(a.id), a.id).toBe(true);
  });

  it('balances the text ledger of every seed it could read: nothing lost', () => {
    for (const s of archive.seeds) if (s.ledger) expect(s.ledger.balanced, s.seed).toBe(true);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with a BOM and UTF-16 LE/BE with a BOM as the same text, naming the encoding', () => {
    const expected = headlines(BAD_INPUTS.dots);
    expect(expected.length).toBeGreaterThan(1);
    for (const [name, encoding] of [
      [BAD_INPUTS.utf8Bom, 'utf-8-bom'],
      [BAD_INPUTS.utf16le, 'utf-16le'],
      [BAD_INPUTS.utf16be, 'utf-16be'],
    ] as const) {
      expect(seed(name).encoding, name).toBe(encoding);
      expect(headlines(name), name).toEqual(expected);
      expect(bodies(name), name).toEqual(bodies(BAD_INPUTS.dots));
    }
    expect(seed(BAD_INPUTS.dots).encoding).toBe('utf-8');
  });

  it('decodes GB18030 with a warning, and names the offset of bytes that are neither', () => {
    expect(seed('gbk-encoded.txt').encoding).toBe('gb18030');
    expect(seed('gbk-encoded.txt').warnings.map((w) => w.message)).toContain('不是有效的 UTF-8（第一个错误字节在偏移 0），已按 GB18030 读入：请核对文字，或把文件另存为 UTF-8');
    expect(seed('binary-garbage.txt').error).toBe('binary-garbage.txt：既不是有效的 UTF-8（第一个错误字节在偏移 3），也不是 GB18030：请把文件另存为 UTF-8');
  });
});

describe('line endings and control characters', () => {
  it('reads CRLF and CR-only files exactly like LF', () => {
    for (const name of [BAD_INPUTS.crlf, BAD_INPUTS.cr]) {
      expect(headlines(name), name).toEqual(headlines(BAD_INPUTS.dots));
      expect(bodies(name), name).toEqual(bodies(BAD_INPUTS.dots));
    }
  });

  it('shows NUL and other control characters as visible symbols, with a repair in the ledger', () => {
    const body = bodies(BAD_INPUTS.controls).join('\n');
    expect(body).toContain('走访␀慰问');
    expect(body).toContain('生活␇物资␛');
    expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    // One repair per line that held any, with the line as printed and as shown.
    const repairs = seed(BAD_INPUTS.controls).parse!.repairs.filter((r) => r.kind === 'control-character');
    expect(repairs.map((r) => [r.before.includes('\u0000'), r.after.includes('␀')])).toContainEqual([true, true]);
    expect(repairs.map((r) => [r.before.includes('\u0007\u7269\u8d44\u001b'), r.after.includes('␇物资␛')])).toContainEqual([true, true]);
    expect(repairs).toHaveLength(2);
  });
});

describe('size', () => {
  it('parses a 10 MB seed into its articles, every character accounted for', () => {
    const big = seed(BAD_INPUTS.big);
    expect(big.ledger!.charsIn).toBeGreaterThan(3_000_000);
    expect(big.ledger!.unplaced).toBe(0);
    // 787 copies of the front page, five articles each; repeated headlines get numbered addresses.
    expect(big.articles).toBe(787 * 5);
    const urls = archive.articles.filter((a) => a.seed === BAD_INPUTS.big).map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('keeps a 1 MB line with no breaks as unplaced text and says so', () => {
    const line = seed(BAD_INPUTS.longLine);
    expect(line.articles).toBe(0);
    expect(line.ledger!.unplaced).toBe(line.ledger!.charsIn);
    expect(line.error).toBe(`${BAD_INPUTS.longLine}：认不出任何文章；文字作为“未能归入文章的文字”保留在期次页上`);
  });
});

describe('empty and furniture-only files', () => {
  it('names an empty and a whitespace-only file', () => {
    expect(seed('empty.txt').error).toBe('empty.txt：文件是空的，没有可发布的内容');
    expect(seed('whitespace-only.txt').error).toBe('whitespace-only.txt：文件是空的，没有可发布的内容');
  });

  it('files a page of furniture alone as furniture, with a warning and no error', () => {
    const f = seed(BAD_INPUTS.furnitureOnly);
    expect(f.error).toBeNull();
    expect(f.ledger).toMatchObject({ placed: 0, unplaced: 0, furniture: f.ledger!.charsIn });
    expect(f.parse!.furniture.map((x) => x.kind)).toEqual(['submission', 'masthead', 'continuation']);
    expect(f.warnings.map((w) => w.message)).toContain(`${BAD_INPUTS.furnitureOnly} 里没有文章，只有版面上的固定文字（显示在期次页上）`);
  });
});

describe('file names', () => {
  it('publishes files whose names hold spaces, Chinese characters or "..", with URL-safe addresses', () => {
    for (const name of [BAD_INPUTS.spaces, BAD_INPUTS.chinese, BAD_INPUTS.dots]) {
      const articles = archive.articles.filter((a) => a.seed === name);
      expect(articles.length, name).toBe(3);
      for (const a of articles) expect(a.url, name).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+\/$/u);
    }
  });
});

describe('metadata errors', () => {
  const problem = (field: string) => archive.problems.find((p) => p.field === field)!;

  it('name the file, line, column and field of an impossible date, give the entry corrected, and read the seed as unlisted', () => {
    const p = problem(`seeds.${BAD_INPUTS.spaces}.date`);
    expect(p).toMatchObject({ severity: 'error', file: 'metadata.yaml', message: `${BAD_INPUTS.spaces} 的 date：“2023-02-30”不是真实存在的日期（写成 yyyy-mm-dd，或只写年份 yyyy，或写 null）` });
    const lines = readFileSync(join(dir, 'metadata.yaml'), 'utf8').split('\n');
    expect(lines[p.line! - 1]!.slice(p.column! - 1)).toBe('date: 2023-02-30');
    // The year the editor gave is kept; the impossible day is not.
    expect(p.snippet).toBe(`  ${BAD_INPUTS.spaces}:\n    publication: liushi\n    date: "2023"`);
    expect(archive.articles.find((a) => a.seed === BAD_INPUTS.spaces)!.issue.publication).toBe('unsorted');
  });

  it('refuse a path where a file name belongs, and name a listed file that is missing', () => {
    expect(problem('seeds.../secret.txt').message).toBe('条目“../secret.txt”带有路径：稿件只按 seeds 文件夹里的文件名登记');
    expect(problem('seeds.missing.txt')).toMatchObject({ file: 'metadata.yaml', line: expect.any(Number), message: '登记了 missing.txt，但 seeds 文件夹里没有这个文件' });
  });

  it('name both files when two give the same page of the same issue, and publish both', () => {
    expect(problem(`seeds.${BAD_INPUTS.chinese}.page`).message).toBe(
      `${BAD_INPUTS.chinese} 和 ${BAD_INPUTS.dots} 都登记为 柳市 2023年1月6日 第2版：一个版面只能是一个文件（两份暂时都发布）`,
    );
    const issue = archive.issues.find((i) => i.key === 'liushi-2023-01-06')!;
    expect(issue.seeds).toEqual([BAD_INPUTS.dots, BAD_INPUTS.chinese]);
    expect(issue.articles).toHaveLength(6);
  });

  it('list every seed in the build summary, the bad ones marked', () => {
    const lines = summarize(archive);
    for (const s of archive.seeds) expect(lines.some((l) => l.startsWith(`${s.error ? '✗' : '✓'} ${s.seed}：`)), s.seed).toBe(true);
  });
});

describe('files that are not seeds', () => {
  it('refuses a link leaving the folder and a broken link, naming each, and publishes nothing of them', () => {
    expect(seed(BAD_INPUTS.linkOutside).error).toBe(
      `${BAD_INPUTS.linkOutside}：是一个指向 seeds 文件夹以外（/etc/passwd）的符号链接：拒绝读入；要发布它，请把文件本身复制进 seeds 文件夹`,
    );
    expect(seed(BAD_INPUTS.linkDangling).error).toBe(`${BAD_INPUTS.linkDangling}：是一个符号链接，但它指向的文件不存在：把文件本身放进 seeds 文件夹`);
    expect(summarize(archive).filter((l) => l.includes(BAD_INPUTS.linkOutside))).toEqual([`✗ ${BAD_INPUTS.linkOutside}：${seed(BAD_INPUTS.linkOutside).error!.replace(`${BAD_INPUTS.linkOutside}：`, '')}`]);
    expect(archive.articles.some((a) => a.seed === BAD_INPUTS.linkOutside || JSON.stringify(a).includes('root:x:0:0'))).toBe(false);
  });

  it('reads a link to another file of the folder', () => {
    expect(headlines(BAD_INPUTS.linkInside)).toEqual(headlines(BAD_INPUTS.dots));
  });

  it('lists every other entry with the reason it is not read', () => {
    expect(archive.skipped).toEqual([
      { name: 'UPPER.TXT', reason: '扩展名不是小写的 .txt：不读入；要读入请改名为 UPPER.txt' },
      { name: 'folder.txt', reason: '这是一个文件夹，不是文件：不读入' },
      { name: 'notes.md', reason: '不是 .txt 或 .pdf 文件：不读入（稿件要存为 UTF-8 编码的 .txt 文件，或排版系统导出的 .pdf）' },
      { name: 'page.txt.bak', reason: '看起来是 .txt 文件的备份或副本：不读入；要读入请去掉 .txt 后面的部分' },
    ]);
    expect(Object.values(NOT_SEEDS).sort()).toEqual(archive.skipped.map((s) => s.name).sort());
    for (const s of Object.values(NOT_SEEDS)) expect(summarize(archive)).toContain(`! 未读入 ${s}：${archive.skipped.find((x) => x.name === s)!.reason}`);
  });
});

describe('decoding never substitutes silently', () => {
  const fffd = (name: string) => bodies(name).join('\n').split('\uFFFD').length - 1;

  it('warns of each U+FFFD an encoded surrogate became, with its byte offset, line and column', () => {
    const offset = Buffer.from(readFileSync(join(dir, BAD_INPUTS.dots), 'utf8').split('走访慰问')[0]!).length;
    expect(fffd(BAD_INPUTS.surrogate)).toBe(3);
    const warnings = seed(BAD_INPUTS.surrogate).warnings.filter((w) => w.message.includes('U+FFFD'));
    expect(warnings.map((w) => w.message.match(/字节偏移 (\d+) 处/u)?.[1])).toEqual([offset, offset + 1, offset + 2].map(String));
    expect(warnings[0]!.message).toMatch(/^第(\d+)行第\d+列：字节偏移 \d+ 处不是有效的 UTF-8，读作替换字符 �（U\+FFFD）：请对照原报纸改正这个字，并把文件另存为 UTF-8$/u);
    expect(seed(BAD_INPUTS.surrogate).encoding).toBe('utf-8');
  });

  it('warns of a lone UTF-16 surrogate with its offset', () => {
    const offset = 2 + 2 * readFileSync(join(dir, BAD_INPUTS.dots), 'utf8').indexOf('走访慰问');
    expect(fffd(BAD_INPUTS.loneSurrogate)).toBe(1);
    expect(seed(BAD_INPUTS.loneSurrogate).warnings.map((w) => w.message).filter((m) => m.includes(`字节偏移 ${offset} 处不是有效的 UTF-16`))).toHaveLength(1);
  });

  it('warns of a U+FFFD the file already held', () => {
    expect(seed(BAD_INPUTS.heldReplacement).warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/文件里本来就有替换字符 �（U\+FFFD）/u));
  });

  it('shows a bidi override as [U+202E] and warns with its line and column', () => {
    expect(headlines(BAD_INPUTS.bidi)).toContain('柳市镇开展[U+202E]新年慰问活动');
    expect(JSON.stringify(archive.articles)).not.toContain('\u202E');
    const text = readFileSync(join(dir, BAD_INPUTS.bidi), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('\u202E')) + 1;
    expect(seed(BAD_INPUTS.bidi).warnings).toContainEqual({
      line,
      message: `第${line}行第6列有双向文字控制符，会让文字颠倒或错位显示（U+202E RIGHT-TO-LEFT OVERRIDE），已显示为 [U+202E]：请在原文中删除它`,
    });
  });
});
