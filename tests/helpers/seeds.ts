import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
  /** A link to the system's password file: refused. */
  linkOutside: 'passwd-link.txt',
  /** A link to a file that does not exist: refused. */
  linkDangling: 'dangling-link.txt',
  /** A link to another seed of the folder: read. */
  linkInside: 'alias-link.txt',
  /** UTF-8 with an encoded surrogate (ED A0 80): three U+FFFD, each warned with its offset. */
  surrogate: 'encoded-surrogate.txt',
  /** UTF-16 LE with a lone high surrogate: one U+FFFD, warned with its offset. */
  loneSurrogate: 'utf16-lone-surrogate.txt',
  /** A U+FFFD the file already held (lost before the file was made). */
  heldReplacement: 'held-replacement.txt',
  /** A right-to-left override in a headline: shown as [U+202E], warned. */
  bidi: 'bidi-override.txt',
} as const;

/** A feature page of 140,000 lines (001's text, then one sentence a line): today's parser overflows its stack on it. */
export const LONG_SEED = 'long-140000-lines.txt';
export function longSeedText(lines = 140_000): string {
  const out = readFileSync('seeds/001_1f7ec7666be4bf40.txt', 'utf8').split('\n');
  for (let i = 0; out.length < lines; i++) out.push(`会议要求各村抓好第${i}项落实工作。`);
  return out.join('\n');
}

/** Entries of the folder that are not seeds, each listed with its reason. */
export const NOT_SEEDS = { upper: 'UPPER.TXT', markdown: 'notes.md', backup: 'page.txt.bak', folder: 'folder.txt' } as const;

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
 * `big: false` leaves out the 10 MB seed where a test only needs the rest; `long: true` adds the
 * 140,000-line seed (LONG_SEED), which takes the parser ≈ 10 s.
 */
export function badInputDir({ big = true, long = false } = {}): string {
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
  symlinkSync('/etc/passwd', join(dir, BAD_INPUTS.linkOutside));
  symlinkSync(join(dir, 'no-such-file.txt'), join(dir, BAD_INPUTS.linkDangling));
  symlinkSync(BAD_INPUTS.dots, join(dir, BAD_INPUTS.linkInside));
  const [before, after] = [page.slice(0, page.indexOf('走访慰问')), page.slice(page.indexOf('走访慰问'))];
  write(BAD_INPUTS.surrogate, Buffer.concat([Buffer.from(before), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(after)]));
  const le = utf16(page, 'le');
  const at = 2 + 2 * page.indexOf('走访慰问');
  le[at] = 0x00;
  le[at + 1] = 0xd8; // U+D800 where 走 was: a high surrogate with no low one after it
  write(BAD_INPUTS.loneSurrogate, le);
  write(BAD_INPUTS.heldReplacement, page.replace('走访慰问', '走\uFFFD慰问'));
  write(BAD_INPUTS.bidi, page.replace('柳市镇开展新年慰问活动', '柳市镇开展\u202E新年慰问活动'));
  write(NOT_SEEDS.upper, page);
  write(NOT_SEEDS.markdown, '# notes\n');
  write(NOT_SEEDS.backup, page);
  mkdirSync(join(dir, NOT_SEEDS.folder));
  if (long) {
    write(LONG_SEED, longSeedText());
    writeFileSync(join(dir, 'metadata.yaml'), `${readFileSync(join(dir, 'metadata.yaml'), 'utf8')}  ${LONG_SEED}:\n    publication: liushi\n    kind: feature-page\n`);
  }
  return dir;
}
