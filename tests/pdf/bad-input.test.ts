/**
 * Bad PDFs get a clear answer in Chinese and lose nothing, and the other seeds publish: an
 * encrypted file, a damaged one, a scan (no text layer: nothing guessed), a 500-page file (refused
 * in bounded time), a font whose glyphs decode to private-use characters (kept and reported with
 * page and position). Through the reader, and through the loader beside a good text seed and a
 * good PDF seed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, type Archive } from '../../src/archive/load.ts';
import { seedSourceLines } from '../../src/archive/seed.ts';
import { archiveItems, SeedLines } from '../../src/check/items.ts';
import { pdfNotes } from '../../src/pdf/notes.ts';
import { MAX_PDF_PAGES, PdfError, readPdf } from '../../src/pdf/read.ts';
import { pdfSeed } from '../../src/pdf/seed.ts';
import { makePdf } from '../helpers/pdf-make.ts';

const TEXT = { x: 50, y: 800, size: 12, text: 'Town news' };
const reason = async (bytes: Uint8Array) => {
  try {
    await readPdf(bytes);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(PdfError);
    return { reason: (err as PdfError).reason, message: (err as Error).message };
  }
};

describe('the reader', () => {
  it('refuses an encrypted file, saying a password is set and what to do', async () => {
    const r = await reason(makePdf([{ texts: [TEXT] }], { encrypted: true }));
    expect(r?.reason).toBe('encrypted');
    expect(r?.message).toMatch(/加了密码.*导出不加密的 PDF/u);
  });

  it('refuses a damaged file (cut short, or not a PDF) naming the damage', async () => {
    const good = makePdf([{ texts: [TEXT] }]);
    for (const bad of [good.slice(0, 200), new TextEncoder().encode('%PDF-1.4 not really'), new TextEncoder().encode('这不是 PDF')]) {
      const r = await reason(bad);
      expect(r?.reason).toBe('damaged');
      expect(r?.message).toMatch(/已损坏或不是 PDF.*重新导出/u);
    }
  });

  it(`refuses a 500-page file at once (over ${MAX_PDF_PAGES} pages), before reading its pages`, async () => {
    const pages = Array.from({ length: 500 }, (_, i) => ({ texts: [{ ...TEXT, text: `page ${i + 1}` }] }));
    const r = await reason(makePdf(pages));
    expect(r?.reason).toBe('too-many-pages');
    expect(r?.message).toContain('500 页');
  });

  it('reads a scan as no text, guesses nothing, and says it needs 文字识别', async () => {
    const seed = pdfSeed(await readPdf(makePdf([{ image: [0, 0, 595, 842] }])));
    expect(seed.text).toBe('');
    expect(seed.imageOnly).toEqual([1]);
    expect(seed.pages[0]!.images).toHaveLength(1);
    const notes = pdfNotes('scan.pdf', seed);
    expect(notes.error).toBeNull();
    expect(notes.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^scan\.pdf：.*没有文字层.*版面图和 PDF 照常发布.*没有猜测任何内容.*文字识别（OCR）/u)]);
  });

  it('says which pages of a mixed file are scans, and reads the rest', async () => {
    const seed = pdfSeed(await readPdf(makePdf([{ texts: [TEXT] }, { image: [0, 0, 595, 842] }])));
    expect(seed.text).toBe('Town news');
    const notes = pdfNotes('mixed.pdf', seed);
    expect(notes.error).toBeNull();
    expect(notes.warnings.map((w) => w.message).join('\n')).toMatch(/第 2 页没有文字层/u);
  });

  it('keeps a glyph whose font maps it to a private-use code point, and reports its page, position and line', async () => {
    const seed = pdfSeed(await readPdf(makePdf([{ texts: [TEXT, { x: 50, y: 700, size: 20, text: 'A', font: 'F3' }] }])));
    expect(seed.text).toContain('\uE001');
    expect(seed.unmapped).toEqual([{ page: 1, x: 50, y: 142, ch: '\uE001' }]);
    const w = pdfNotes('pua.pdf', seed).warnings.find((x) => x.message.includes('私用区'));
    expect(w?.message).toBe('第 1 页（50, 142）处有一个字解码为私用区字符 U+E001，原样保留：请对照原版核对这个字');
    expect(w?.line).toBe(seed.text.split('\n').findIndex((l) => l.includes('\uE001')) + 1);
  });

  it('keeps a glyph that decodes to nothing (a font without a Unicode map) as U+FFFD, and reports its page, position and line', async () => {
    const seed = pdfSeed(await readPdf(makePdf([{ texts: [TEXT] }, { texts: [TEXT, { x: 80, y: 600, size: 20, text: '\u0001\u0002', font: 'F4' }] }])));
    expect(seed.text).toContain('\uFFFD\uFFFD');
    expect(seed.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/u);
    expect(seed.unmapped).toEqual([
      { page: 2, x: 80, y: 242, ch: '\uFFFD' },
      { page: 2, x: 100, y: 242, ch: '\uFFFD' },
    ]);
    const said = pdfNotes('nothing.pdf', seed).warnings.filter((x) => x.message.includes('解码为空'));
    expect(said.map((w) => w.message)).toEqual([
      '第 2 页（80, 242）处有一个字解码为空（字体没有 Unicode 映射），原样保留：请对照原版核对这个字',
      '第 2 页（100, 242）处有一个字解码为空（字体没有 Unicode 映射），原样保留：请对照原版核对这个字',
    ]);
    expect(said[0]!.line).toBe(seed.text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1);
  });
});

describe('the loader with PDF seeds', () => {
  let dir: string;
  let archive: Archive;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-seeds-'));
    for (const f of ['places.yaml', 'site.yaml', 'redirects.yaml']) copyFileSync(join('seeds', f), join(dir, f));
    const meta = readFileSync('seeds/metadata.yaml', 'utf8').replace(/\nseeds:[\s\S]*$/u, '\n');
    const entry = (name: string, extra = '') => `  ${name}:\n    publication: liushi\n    kind: news-page\n${extra}`;
    writeFileSync(
      join(dir, 'metadata.yaml'),
      `${meta}seeds:\n${entry('000_42a43713ae88928f.txt')}${entry('front.pdf', '    date: 2023-06-20\n    page: "1"\n')}${['encrypted.pdf', 'damaged.pdf', 'scan.pdf', 'huge.pdf'].map((n) => entry(n)).join('')}`,
    );
    copyFileSync('seeds/000_42a43713ae88928f.txt', join(dir, '000_42a43713ae88928f.txt'));
    copyFileSync('tests/fixtures/pages/news-front-liushi-125/page.pdf', join(dir, 'front.pdf'));
    writeFileSync(join(dir, 'encrypted.pdf'), makePdf([{ texts: [TEXT] }], { encrypted: true }));
    writeFileSync(join(dir, 'damaged.pdf'), makePdf([{ texts: [TEXT] }]).slice(0, 150));
    writeFileSync(join(dir, 'scan.pdf'), makePdf([{ image: [0, 0, 595, 842] }]));
    writeFileSync(join(dir, 'huge.pdf'), makePdf(Array.from({ length: 500 }, () => ({ texts: [TEXT] }))));
    archive = loadArchive(dir, { cacheDir: null });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = (name: string) => archive.seeds.find((s) => s.seed === name)!;

  it('publishes the text seed and the good PDF, whose five stories are the key’s', () => {
    expect(archive.articles.filter((a) => a.seed === '000_42a43713ae88928f.txt').length).toBeGreaterThan(3);
    const front = archive.articles.filter((a) => a.seed === 'front.pdf');
    expect(front.map((a) => a.headline)).toContain('柳市镇召开重大项目攻坚推进会');
    expect(front).toHaveLength(5);
    expect(report('front.pdf').ledger?.balanced).toBe(true);
    expect(report('front.pdf').warnings.map((w) => w.message).join('\n')).toMatch(/PDF 文字层共 \d+ 字，全部读入；其中 \d+ 个字重复绘制（假粗体）/u);
  });

  it('counts the glyphs drawn twice (fake bold) in the ledger as 删去的重复, so it balances on the whole text layer', () => {
    const front = report('front.pdf');
    const said = /PDF 文字层共 (\d+) 字，全部读入；其中 (\d+) 个字重复绘制/u.exec(front.warnings.map((w) => w.message).join('\n'));
    const [layer, doubled] = [Number(said![1]), Number(said![2])];
    expect(doubled).toBeGreaterThan(0);
    const l = front.ledger!;
    // The text layer in, every glyph of it placed, furniture, removed (the doubled ones among them) or unplaced.
    expect(l.charsIn).toBe(layer);
    expect(l.removed).toBeGreaterThanOrEqual(doubled);
    expect(l.charsIn + l.added).toBe(l.placed + l.furniture + l.removed + l.unplaced);
    expect(l.balanced).toBe(true);
    expect(front.parse!.ledger).toEqual(l);
  });

  it('quotes a PDF seed’s lines as the parser read them (the check’s and parse --report’s quotes)', () => {
    const lines = seedSourceLines(join(dir, 'front.pdf'));
    const a = archive.articles.find((x) => x.seed === 'front.pdf')!;
    expect(lines.slice(a.source.startLine - 1, a.source.endLine).join('')).toContain(a.headline);
    expect(() => seedSourceLines(join(dir, 'encrypted.pdf'))).toThrow(/加了密码/u);
  });

  it('gives every bad PDF an error naming the file and what to do, in Chinese', () => {
    expect(report('encrypted.pdf').error).toMatch(/^encrypted\.pdf：PDF 文件加了密码/u);
    expect(report('damaged.pdf').error).toMatch(/^damaged\.pdf：PDF 文件已损坏/u);
    expect(report('huge.pdf').error).toMatch(/^huge\.pdf：PDF 有 500 页，超过/u);
    for (const n of ['encrypted.pdf', 'damaged.pdf', 'scan.pdf', 'huge.pdf']) expect(archive.articles.some((a) => a.seed === n), n).toBe(false);
  });

  it('publishes a scan as a 版 without text (its image is drawn at build), telling the editor it needs 文字识别', () => {
    const scan = report('scan.pdf');
    expect(scan.error).toBeNull();
    expect(scan.articles).toBe(0);
    expect(scan.ledger).toMatchObject({ charsIn: 0, placed: 0, unplaced: 0, balanced: true });
    expect(scan.warnings.map((w) => w.message).join('\n')).toMatch(/^scan\.pdf：.*没有文字层.*文字识别/mu);
    expect(archive.issues.some((i) => i.seeds.includes('scan.pdf'))).toBe(true);
    // The editors' check lists it, under the file.
    const items = archiveItems(archive, new SeedLines(new Map(), archive.articles)).filter((i) => i.file === 'scan.pdf');
    expect(items.map((i) => i.message)).toContainEqual(expect.stringMatching(/没有文字层.*文字识别/u));
  });
});
