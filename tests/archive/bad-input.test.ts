/**
 * Every bad input of the archive's list, in one seeds folder beside the real seeds: each gives a
 * clear result (decoded and said how, or an error naming the file, field, line or byte offset),
 * no text is lost, and the good seeds publish as usual. The build over the same folder is in
 * tests/build/smoke.test.ts.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, summarize, type Archive, type SeedReport } from '../../src/archive/load.ts';
import { BAD_INPUTS, badInputDir } from '../helpers/seeds.ts';

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
    expect(seed('gbk-encoded.txt').warnings[0]!.message).toMatch(/decoded as GB18030/u);
    expect(seed('binary-garbage.txt').error).toBe('binary-garbage.txt: not valid UTF-8 (first bad byte at offset 3) and not GB18030 either; save the file as UTF-8');
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
    expect(line.error).toBe(`${BAD_INPUTS.longLine}: no recognizable article; its text is kept as unplaced on the issue page`);
  });
});

describe('empty and furniture-only files', () => {
  it('names an empty and a whitespace-only file', () => {
    expect(seed('empty.txt').error).toBe('empty.txt: the file is empty; nothing to publish');
    expect(seed('whitespace-only.txt').error).toBe('whitespace-only.txt: the file is empty; nothing to publish');
  });

  it('files a page of furniture alone as furniture, with a warning and no error', () => {
    const f = seed(BAD_INPUTS.furnitureOnly);
    expect(f.error).toBeNull();
    expect(f.ledger).toMatchObject({ placed: 0, unplaced: 0, furniture: f.ledger!.charsIn });
    expect(f.parse!.furniture.map((x) => x.kind)).toEqual(['submission', 'masthead', 'continuation']);
    expect(f.warnings.map((w) => w.message)).toContain(`no article in ${BAD_INPUTS.furnitureOnly}: it holds only page furniture (shown on its issue page)`);
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
  const errors = () => archive.errors.map((e) => e.replaceAll(dir, '<seeds>'));

  it('name the file and field of an impossible date, and read the seed as unlisted', () => {
    expect(errors()).toContain(`<seeds>/metadata.yaml: field seeds.${BAD_INPUTS.spaces}.date: "2023-02-30" is not a real date (write yyyy-mm-dd, or a year yyyy, or null)`);
    expect(archive.articles.find((a) => a.seed === BAD_INPUTS.spaces)!.issue.publication).toBe('unsorted');
  });

  it('refuse a path where a file name belongs, and name a listed file that is missing', () => {
    expect(errors()).toContain('<seeds>/metadata.yaml: field seeds.../secret.txt: a seed is named by its file name in the seeds folder, without a path');
    expect(errors()).toContain('<seeds>/metadata.yaml: field seeds.missing.txt: no such file in <seeds>');
  });

  it('name both files when two give the same page of the same issue, and publish both', () => {
    expect(errors()).toContain(
      `<seeds>/metadata.yaml: field seeds.${BAD_INPUTS.chinese}.page: page 2 of liushi 2023-01-06 is also ${BAD_INPUTS.dots}; a page is one file — fix the date or page of one of them (both are published meanwhile)`,
    );
    const issue = archive.issues.find((i) => i.key === 'liushi-2023-01-06')!;
    expect(issue.seeds).toEqual([BAD_INPUTS.dots, BAD_INPUTS.chinese]);
    expect(issue.articles).toHaveLength(6);
  });

  it('list every seed in the build summary, the bad ones marked', () => {
    const lines = summarize(archive);
    for (const s of archive.seeds) expect(lines.some((l) => l.startsWith(`${s.error ? '✗' : '✓'} ${s.seed}: `)), s.seed).toBe(true);
  });
});
