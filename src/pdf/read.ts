/**
 * The I/O edge of the PDF reader: Mozilla's PDF.js (pdfjs-dist, its legacy build for Node) opens
 * the file and gives each page's text items, their fonts and the boxes its pictures are drawn in.
 * Everything after this (lines, columns, reading order, features) is pure (layout.ts, seed.ts).
 *
 * PDF.js is told where its own standard-font data and CMaps are (inside the package): nothing is
 * fetched from the network, and no system font is used.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, Util, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Box, FontFamily, PdfPage, TextItem } from './types.ts';

/** The package's data folders (standard fonts, CMaps for CJK fonts without embedded tables). */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
export const PDFJS_OPTIONS = {
  standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
  cMapPacked: true,
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  verbosity: 0,
};

/**
 * Makes PDF.js inflate streams with its own JavaScript inflater: it tries a Web DecompressionStream
 * first (zlib on the thread pool, fed through Web Streams) and falls back to its own when there is
 * none. A typeset page holds a hundred or more small compressed font streams, and the per-stream
 * cost of the Web Streams path outweighed zlib's speed: reading the golden front page took ≈ 500 ms
 * of CPU with it and ≈ 300–340 ms without (docs/benchmarks.md). Process-wide, so only for a
 * process that does nothing else: the reader's own (cli.ts) and the benchmark.
 */
export function inflateInJavaScript(): void {
  // A stand-in that refuses at once, throwing a plain value: PDF.js calls it for every compressed
  // stream (a typeset page's Type 3 glyphs are hundreds) and falls back on any throw. Without the
  // global its `new DecompressionStream` threw a ReferenceError, whose stack trace V8 captured each
  // time: ≈ 20 ms of CPU per read of the golden front page (--cpu-prof, docs/benchmarks.md).
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = class InflateInJavaScript {
    constructor() {
      throw NO_WEB_INFLATE;
    }
  };
}
/** What the stand-in throws: not an Error, so no stack trace is captured. */
const NO_WEB_INFLATE = Object.freeze({ inflate: 'javascript' });

/**
 * Pages read from one file at most. A 版 is one page and an issue a few dozen; a longer file is a
 * book or a whole year's scans run together, and reading it would hold the build for minutes.
 */
export const MAX_PDF_PAGES = 64;

export type PdfFailure = 'encrypted' | 'damaged' | 'too-many-pages';

/** A PDF that cannot be read, with why in Chinese for the editor. */
export class PdfError extends Error {
  readonly reason: PdfFailure;
  constructor(reason: PdfFailure, message: string) {
    super(message);
    this.reason = reason;
    this.name = 'PdfError';
  }
}

/** Opens a PDF's bytes; an encrypted or damaged file becomes a PdfError saying so. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    return await getDocument({ data: bytes.slice(), ...PDFJS_OPTIONS }).promise;
  } catch (err) {
    const name = (err as Error)?.name ?? '';
    if (name === 'PasswordException') throw new PdfError('encrypted', 'PDF 文件加了密码，读不出文字：请用排版系统导出不加密的 PDF（或去掉打开密码）再放进来');
    throw new PdfError('damaged', `PDF 文件已损坏或不是 PDF，打不开（${(err as Error)?.message ?? String(err)}）：请从排版系统重新导出这一版`);
  }
}

/** Reads every page of a PDF's bytes (at most MAX_PDF_PAGES). */
export async function readPdf(bytes: Uint8Array, maxPages = MAX_PDF_PAGES): Promise<PdfPage[]> {
  const doc = await openPdf(bytes);
  try {
    return await readDoc(doc, maxPages);
  } finally {
    await doc.destroy();
  }
}

/**
 * Every page of an open document, which stays open: its fonts stay loaded for drawing the pages
 * next (render.ts), which would otherwise load them all again.
 */
export async function readDoc(doc: PDFDocumentProxy, maxPages = MAX_PDF_PAGES): Promise<PdfPage[]> {
  if (doc.numPages > maxPages)
    throw new PdfError('too-many-pages', `PDF 有 ${doc.numPages} 页，超过一个文件读入的上限 ${maxPages} 页：一个 PDF 放一个版面（或一期报纸），请按版拆开后再放进来`);
  const pages: PdfPage[] = [];
  let firstError: unknown = null;
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      const page = await doc.getPage(n);
      pages.push(await readPage(page));
      page.cleanup();
    } catch (err) {
      // One damaged page of an issue must not take the other 版 down: it is kept as a page with its error.
      firstError ??= err;
      pages.push({ number: n, width: 0, height: 0, items: [], images: [], error: (err as Error)?.message ?? String(err) });
    }
  }
  // A file none of whose pages can be read is damaged as a whole (as a one-page file always was).
  if (pages.every((p) => p.error)) throw firstError;
  return pages;
}

/** One page: its text items (fonts resolved) and picture boxes, in top-left coordinates. */
export async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  // The operator list loads the page's fonts (their real names) and tells where pictures are drawn.
  const ops = await page.getOperatorList();
  const content = await page.getTextContent();
  const fonts = new Map<string, { name: string; bold: boolean }>();
  const fontOf = (id: string) => {
    let f = fonts.get(id);
    if (!f) {
      let obj: FontInfo | null = null;
      try {
        obj = page.commonObjs.get(id) as FontInfo;
      } catch {
        obj = null;
      }
      const name = (obj?.name ?? '').replace(/^[A-Z]{6}\+/u, '');
      f = { name, bold: !!obj?.bold || !!obj?.black || boldName(name) };
      fonts.set(id, f);
    }
    return f;
  };
  const items: TextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    // A run that draws something but decodes to no text: a font without a Unicode map. Kept as U+FFFD and reported.
    if (raw.str === '' && !(raw.width > 0.5 && !raw.hasEOL)) continue;
    const m = Util.transform(viewport.transform, raw.transform) as number[];
    const style = content.styles[raw.fontName];
    const angle = Math.round((Math.atan2(raw.transform[1]!, raw.transform[0]!) * 180) / Math.PI);
    const font = fontOf(raw.fontName);
    const vertical = !!style?.vertical || Math.abs(Math.abs(angle) - 90) < 1;
    items.push({
      text: raw.str === '' ? '\uFFFD' : raw.str,
      x: m[4]!,
      y: m[5]!,
      width: vertical && style?.vertical ? raw.height : raw.width,
      size: Math.hypot(raw.transform[0]!, raw.transform[1]!) || Math.hypot(raw.transform[2]!, raw.transform[3]!),
      font: font.name,
      bold: font.bold,
      family: familyOf(font.name),
      vertical,
      angle,
    });
  }
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, items, images: imageBoxes(ops, viewport.transform) };
}

/** A weight the font's name says: Bold, Heavy, Black, Demi, or 方正's -B / Da (大) / Cu (粗) names. */
export const boldName = (name: string): boolean => /bold|heavy|black|demi|semibold|extrab|-B\d*$|Cu(?:Hei|Song)|DaHei|XiaoBiaoSong|粗|大黑|小标宋/iu.test(name);

/** The typeface class of a font name: 黑体 (sans), 宋体 (serif), 楷体, 仿宋. */
export function familyOf(name: string): FontFamily {
  if (/fang|仿宋/iu.test(name)) return 'fangsong';
  if (/kai|楷/iu.test(name)) return 'kai';
  if (/hei|黑|sans|gothic|yahei/iu.test(name)) return 'hei';
  if (/song|宋|serif|ming|mincho/iu.test(name)) return 'song';
  return 'other';
}

/** What PDF.js's loaded font object tells of a font (its name, and the bold flags of its descriptor). */
type FontInfo = { name?: string; bold?: boolean; black?: boolean };

type Matrix = [number, number, number, number, number, number];

/** The device boxes of the page's pictures: the unit square of each image operator under the current transform. */
function imageBoxes(list: { fnArray: number[]; argsArray: unknown[] }, viewport: number[]): Box[] {
  const boxes: Box[] = [];
  let ctm: Matrix = viewport as Matrix;
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = Util.transform(ctm, args as Matrix) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = Util.transform(ctm, args[0] as Matrix) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const corners = [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ].map(([x, y]) => [ctm[0] * x! + ctm[2] * y! + ctm[4], ctm[1] * x! + ctm[3] * y! + ctm[5]]);
      const xs = corners.map((c) => c[0]!);
      const ys = corners.map((c) => c[1]!);
      const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
      // A picture smaller than a character is a rule's end or a bullet, not a photograph.
      if (box.width >= 20 && box.height >= 20) boxes.push(box);
    }
  }
  return boxes;
}
