import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary seeds folder: the real seeds and metadata, the bad fixtures, and optional metadata lines appended. */
export function mixedSeedsDir(extraMetadata = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync('seeds', dir, { recursive: true });
  cpSync('tests/fixtures/bad', dir, { recursive: true });
  if (extraMetadata) writeFileSync(join(dir, 'metadata.yaml'), readFileSync('seeds/metadata.yaml', 'utf8') + extraMetadata);
  return dir;
}

/** What each generated bad input is, by file name (the files `badInputDir` writes besides the fixtures). */
export const BAD_INPUTS = {
  utf8Bom: 'utf8-bom.txt',
  utf16le: 'utf16le-bom.txt',
  utf16be: 'utf16be-bom.txt',
  crlf: 'crlf.txt',
  cr: 'cr-only.txt',
  controls: 'nul-and-controls.txt',
  big: 'big-10mb.txt',
  longLine: 'one-line-1mb.txt',
  furnitureOnly: 'furniture-only.txt',
  spaces: 'name with spaces.txt',
  chinese: '柳市 第2版.txt',
  dots: 'a..b.txt',
} as const;

/** Bytes of a UTF-16 text with its byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

/**
 * Every bad input the archive must survive, beside the real seeds: the fixtures of tests/fixtures/bad
 * plus generated files (encodings, line endings, NUL and control characters, a 10 MB seed, a 1 MB
 * line, furniture only, awkward file names) and metadata entries that are wrong in each way
 * (impossible date, a path instead of a file name, a missing file, one page given by two files).
 * `big: false` leaves out the 10 MB seed where a test only needs the rest.
 */
export function badInputDir({ big = true } = {}): string {
  const dir = mixedSeedsDir(`  ${BAD_INPUTS.chinese}:
    publication: liushi
    kind: news-page
    date: 2023-01-06
    page: "2"
  ${BAD_INPUTS.dots}:
    publication: liushi
    kind: news-page
    date: 2023-01-06
    page: "2"
  ${BAD_INPUTS.spaces}:
    publication: liushi
    date: 2023-02-30
  ../secret.txt:
    publication: liushi
  missing.txt:
    publication: liushi
`);
  const page = readFileSync('tests/fixtures/pages/page2-continued.txt', 'utf8').replace(/\r\n?/gu, '\n');
  const write = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  write(BAD_INPUTS.utf8Bom, `\uFEFF${page}`);
  write(BAD_INPUTS.utf16le, utf16(page, 'le'));
  write(BAD_INPUTS.utf16be, utf16(page, 'be'));
  write(BAD_INPUTS.crlf, page.replace(/\n/gu, '\r\n'));
  write(BAD_INPUTS.cr, page.replace(/\n/gu, '\r'));
  write(BAD_INPUTS.controls, page.replace('走访慰问', '走访\u0000慰问').replace('生活物资', '生活\u0007物资\u001b'));
  const front = readFileSync('seeds/000_42a43713ae88928f.txt', 'utf8');
  if (big) write(BAD_INPUTS.big, Array(Math.ceil(10_000_000 / Buffer.byteLength(front))).fill(front).join('\n'));
  const flat = front.replace(/\s+/gu, '');
  write(BAD_INPUTS.longLine, flat.repeat(Math.ceil(1_000_000 / Buffer.byteLength(flat))));
  write(BAD_INPUTS.furnitureOnly, '投稿：liushiwed@126.com\n刊头“柳市”题字：沈鹏\n\n（下转2版）\n');
  write(BAD_INPUTS.spaces, page);
  write(BAD_INPUTS.chinese, page);
  write(BAD_INPUTS.dots, page);
  return dir;
}
