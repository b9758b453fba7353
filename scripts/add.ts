/**
 * npm run add -- <file> --publication <slug> [--date …] [--page …] [--page-name …] [--number …] [--kind …] [--seeds <dir>]
 *
 * Adds one page to the archive: copies the file into the seeds folder under a safe name, writes its
 * entry into metadata.yaml (validated; the file's comments and layout kept, through the `yaml`
 * package's Document API), and prints, in Chinese, how the page was read. Every option is checked
 * before anything is written: a bad one is a clear error and changes nothing.
 *
 * The name: `<publication>-<date>-p<page>.txt` for a page whose day is known
 * (`kecheng-2022-07-26-p2.txt`); otherwise `<publication>-p<page>-<hash>.txt` or
 * `<publication>-<hash>.txt`, the hash of the file's bytes. A PDF (a 版 as the typesetting system
 * exported it) keeps `.pdf`: it is read by the PDF reader (src/pdf/), and an encrypted, damaged or
 * scanned file (no text layer) is refused with the reason before anything is written. A PDF of
 * several pages (an issue, one 版 a page) is `<publication>-<date>-<hash>.pdf`: each page becomes
 * its own 版, numbered as printed on it (src/archive/seed.ts), so no one 版次 names the file;
 * `--page` then gives the 版次 of its first page. An undated page's address is made of
 * its file name (`/liushi/undated-liushi-p2-3f9a2c/`, src/archive/ids.ts), so the name is short,
 * ASCII, and does not repeat what the address already says.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSeed, DecodeError } from '../src/archive/decode.ts';
import { seedFileOf, seedLabel } from '../src/archive/ids.ts';
import { ArchiveReadError, loadArchiveInWorkers, METADATA_FILE } from '../src/archive/load.ts';
import { readMetadata, seedEntrySnippet } from '../src/archive/metadata.ts';
import { MAX_SEED_BYTES } from '../src/archive/seed.ts';
import { readYamlFile, zhErrors } from '../src/archive/yaml-file.ts';
import { seedReportLines } from '../src/check/seed-report.ts';
import { pdfNotes } from '../src/pdf/notes.ts';
import { readPdfSeedSync } from '../src/pdf/sync.ts';
import { SeedMeta } from '../src/records/schema.ts';

const USAGE = '用法：npm run add -- <文件> --publication <报刊 slug> [--date 2023-03-20 | 2023 | null] [--page 2] [--page-name 要闻] [--number 第1234期] [--kind news-page] [--seeds <稿件文件夹>]';

/** Stops with a message and exit code 2: nothing has been written yet. */
function refuse(message: string): never {
  console.error(`✗ ${message}\n  没有做任何改动。\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      publication: { type: 'string' },
      date: { type: 'string' },
      page: { type: 'string' },
      'page-name': { type: 'string' },
      number: { type: 'string' },
      kind: { type: 'string' },
      seeds: { type: 'string' },
    },
  });
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  const option = /'(-[^']*)'/u.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') refuse(`没有 ${option} 这个选项`);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') refuse(`选项 ${option.split(' ')[0]} 后面要跟一个值`);
  refuse(`选项有误：${e.message}`);
}
const { values: opts, positionals } = parsed;
if (positionals.length !== 1) refuse(positionals.length ? `一次只能添加一个文件（给了 ${positionals.length} 个）` : '没有给出要添加的文件');
const source = resolve(positionals[0]!);
const seedsDir = resolve(opts.seeds ?? (process.env.SEEDS_DIR || 'seeds'));
const metaPath = join(seedsDir, METADATA_FILE);

// 1. Check everything -----------------------------------------------------------------------------
if (!existsSync(source) || !statSync(source).isFile()) refuse(`${positionals[0]}：没有这个文件`);
if (!existsSync(metaPath)) refuse(`${metaPath}：没有这个文件；先照 README 建立 metadata.yaml`);
const bytes = readFileSync(source);
if (bytes.length > MAX_SEED_BYTES) refuse(`${positionals[0]}：文件太大（上限 ${MAX_SEED_BYTES / 1024 / 1024} MB）：一个文件放一个版面或一份公文`);
const isPdf = /\.pdf$/iu.test(source) || bytes.subarray(0, 5).toString('latin1') === '%PDF-';
/** The page's text as the parser reads it: the decoded file, or what the PDF reader makes of the PDF. */
let pageText = '';
/** A PDF of several pages: each page's text as the parser reads it, by page number (each page is its own 版). */
let pageTexts: Map<number, string> | null = null;
if (isPdf) {
  const read = readPdfSeedSync(source);
  if (!read.ok) refuse(`${positionals[0]}：${read.error}`);
  const notes = pdfNotes(positionals[0]!, read.seed);
  if (notes.error) refuse(notes.error);
  // A scan has no text to read its date and 版次 from: the editor gives them, or the 版 would have no address.
  if (read.seed.text.trim() === '' && (!opts.date || !opts.page))
    refuse(`${positionals[0]}：这个 PDF 没有文字层（扫描图片），读不出日期和版次：请用 --date yyyy-mm-dd 和 --page 给出再添加；版面图会发布，文字需要文字识别（OCR）`);
  pageText = read.seed.text;
  if (read.seed.perPage) pageTexts = new Map(read.seed.perPage.map((p) => [p.number, p.seed?.text ?? '']));
} else {
  try {
    pageText = decodeSeed(bytes).text;
    if (pageText.trim() === '') refuse(`${positionals[0]}：文件是空的`);
  } catch (err) {
    if (err instanceof DecodeError) refuse(`${positionals[0]}：${err.message}`);
    throw err;
  }
}
const metaText = readFileSync(metaPath, 'utf8');
let metadata;
try {
  metadata = readMetadata(metaText, metaPath);
} catch (err) {
  if (err instanceof ArchiveReadError) refuse(`metadata.yaml 现在就无法读取，先改正它：${err.message}`);
  throw err;
}
const slugs = metadata.publications.map((p) => p.slug);
if (!opts.publication) refuse(`缺少 --publication（现有的报刊：${slugs.join('、')}）`);
if (!slugs.includes(opts.publication)) refuse(`--publication ${opts.publication}：metadata.yaml 中没有这份报刊（现有：${slugs.join('、')}）；新报刊先在 publications: 下登记`);

const entry: Record<string, string | null> = { publication: opts.publication };
if (opts.kind !== undefined) entry.kind = opts.kind;
if (opts.date !== undefined) entry.date = opts.date === 'null' ? null : opts.date;
if (opts.number !== undefined) entry.number = opts.number;
if (opts.page !== undefined) entry.page = opts.page;
if (opts['page-name'] !== undefined) entry.pageName = opts['page-name'];
const OPTION_OF: Record<string, string> = { kind: '--kind', date: '--date', number: '--number', page: '--page', pageName: '--page-name', publication: '--publication' };
const valid = SeedMeta.safeParse(entry, zhErrors);
if (!valid.success) {
  const e = valid.error.issues[0]!;
  const field = String(e.path[0] ?? '');
  refuse(`${OPTION_OF[field] ?? field} ${String(entry[field] ?? '')}：${e.message}`);
}
const meta = valid.data;

/** ASCII letters and digits of a printed page (`A2` → `a2`, `第3版` → `3`). */
const pagePart = (page: string | null | undefined) => {
  const p = (page ?? '').toLowerCase().replace(/[^a-z0-9]+/gu, '');
  return p ? `p${p}` : null;
};
const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 6);
const day = meta.date && /^\d{4}-\d{2}-\d{2}$/u.test(meta.date) ? meta.date : null;
// A file of several 版 is not named by one 版次 (its first page's would mislead): by its bytes' hash.
const page = pageTexts ? null : pagePart(meta.page);
const name = `${[meta.publication, day, page, day && page ? null : hash].filter(Boolean).join('-')}.${isPdf ? 'pdf' : 'txt'}`;
const target = join(seedsDir, name);
if (existsSync(target)) refuse(`seeds 文件夹里已经有 ${name}${day && meta.page ? `（${meta.publication} ${day} 第${meta.page}版）` : '（同样内容的文件）'}：要替换它，先删除旧文件和它在 metadata.yaml 中的条目`);
if (metadata.entries.has(name)) refuse(`metadata.yaml 里已经有 ${name} 的条目：先删除它`);
if (day && meta.page && !pageTexts) {
  for (const [other, m] of metadata.seeds) {
    if (m.publication === meta.publication && m.date === day && m.page === meta.page) refuse(`${other} 已登记为 ${meta.publication} ${day} 第${meta.page}版：一个版面只能是一个文件`);
  }
}

// 2. Write: the seed, then its entry (each written whole, then renamed into place) ---------------
const doc = readYamlFile(metaText, METADATA_FILE, metaPath).doc;
const seeds = doc.get('seeds');
if (seeds === null || seeds === undefined) doc.set('seeds', doc.createNode({ [name]: entry }));
else doc.setIn(['seeds', name], doc.createNode(entry));
const newMeta = doc.toString({ lineWidth: 0 });
// What is written must read back as it should: the new entry valid, nothing else changed.
const reread = readMetadata(newMeta, metaPath);
if (!reread.seeds.has(name) || reread.problems.length !== metadata.problems.length) refuse('写好的 metadata.yaml 读回来不对（这是程序的问题）');

const partial = (path: string) => `${path}.${process.pid}.partial`;
writeFileSync(partial(target), bytes);
renameSync(partial(target), target);
try {
  writeFileSync(partial(metaPath), newMeta);
  renameSync(partial(metaPath), metaPath);
} catch (err) {
  rmSync(target, { force: true });
  rmSync(partial(metaPath), { force: true });
  refuse(`无法写入 metadata.yaml（${(err as Error).message}）`);
}
console.log(`✓ 已添加 ${positionals[0]} → ${target}`);
console.log(`✓ 已在 ${metaPath} 的 seeds: 下登记：\n${seedEntrySnippet(name, entry)}`);

// 3. How the page reads -----------------------------------------------------------------------------
console.log('\n这一页是这样读的：');
const archive = await loadArchiveInWorkers(seedsDir, { only: [name] });
// A PDF of several pages is read as one seed per page (`<name>#page=<n>`): each reported with its own lines.
const read = archive.seeds.filter((x) => seedFileOf(x.seed).file === name);
for (const s of read) {
  const page = seedFileOf(s.seed).pdfPage;
  const lines = (page === null ? pageText : (pageTexts?.get(page) ?? '')).split(/\r\n|\r|\n/u);
  if (page !== null) console.log(`\n—— ${seedLabel(s.seed)} ——`);
  for (const line of seedReportLines(archive, s.seed, lines)) console.log(line);
}
if (read.some((s) => s.error || s.parse?.unplaced.length)) console.log('\n! 这一页已经加进档案，但发布前要先处理上面的问题（npm run check 会列出怎么改）。');
else console.log('\n下一步：npm run check（检查整个档案，并构建网站）。');
