/**
 * A PDF page drawn to an image: PDF.js onto @napi-rs/canvas (a prebuilt Skia binary shipped in the
 * npm package; PDF.js's Node build uses it for its canvas), encoded by sharp (WebP).
 *
 * What a page costs (docs/benchmarks.md): loading its fonts (PDF.js parses each embedded font
 * once per open document), drawing, and encoding. So the page is drawn once, at the largest width,
 * and every width is scaled down from those pixels; the pixels go to sharp raw (no PNG written and
 * read back); and a caller that has just read the page passes the open document, whose fonts are
 * already loaded (page-view.ts).
 */
import sharp from 'sharp';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from './read.ts';

/**
 * Widths of the page image: a phone's screen at 2× (≈ 400 CSS px), a phone at 3×, and a desktop's
 * or a zoomed phone's. Without the middle one a 390 px phone at 3× took the 1600 px file.
 */
export const PAGE_IMAGE_WIDTHS = [800, 1200, 1600] as const;
/**
 * WebP quality by width: newsprint text stays legible, and a phone's file (800 or 1200 px) stays
 * under 150 kB. The 1200 px file is for 3× screens, whose density hides what quality 40 loses; at
 * 50 the densest typeset page was 155 kB, at 40 it is 144 kB.
 */
export const pageQuality = (width: number) => (width === 1200 ? 40 : 60);

/** A drawn page: premultiplied RGBA pixels (the page is opaque, so they are plain RGBA). */
export interface PagePixels {
  data: Buffer;
  width: number;
  height: number;
}

type CanvasFactory = { create(w: number, h: number): { canvas: { data(): Buffer }; context: unknown } };

/** Page `n` (1-based) of an open document drawn `width` pixels wide. */
export async function drawPage(doc: PDFDocumentProxy, n: number, width: number): Promise<PagePixels> {
  const page = await doc.getPage(n);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: width / base.width });
  const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const [w, h] = [Math.round(viewport.width), Math.round(viewport.height)];
  const { canvas, context } = factory.create(w, h);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  page.cleanup();
  // A copy: the buffer canvas.data() returns is the canvas's own memory, freed with the canvas (sharp read it after: a crash).
  return { data: Buffer.from(canvas.data()), width: w, height: h };
}

/** The pixels as a sharp pipeline. */
export const pixelsImage = (p: PagePixels) => sharp(p.data, { raw: { width: p.width, height: p.height, channels: 4, premultiplied: true } });

/**
 * sharp's WebP effort (0–6, default 4): on a front page's three widths, 2 took 0.40 s of CPU against
 * 4's 0.58 s, for files 3 % larger (0 is faster still but 24 % larger).
 */
export const WEBP_EFFORT = 2;

/** WebP of the drawn page at each of `widths`, each scaled down from the one drawing. */
export async function encodeWidths(pixels: PagePixels, widths: number[], quality: number | ((width: number) => number) = 70) {
  const q = typeof quality === 'number' ? () => quality : quality;
  return Promise.all(
    widths.map(async (w) => {
      const out = await pixelsImage(pixels).resize({ width: w }).webp({ quality: q(w), effort: WEBP_EFFORT }).toBuffer({ resolveWithObject: true });
      return { width: out.info.width, height: out.info.height, webp: out.data };
    }),
  );
}

/** WebP of a page at each of `widths`: from the PDF's bytes, or an open document (its fonts already loaded). */
export async function pageImages(source: Uint8Array | PDFDocumentProxy, n: number, widths: number[], quality: number | ((width: number) => number) = 70) {
  const own = source instanceof Uint8Array;
  const doc = own ? await openPdf(source) : source;
  try {
    return await encodeWidths(await drawPage(doc, n, Math.max(...widths)), widths, quality);
  } finally {
    if (own) await doc.destroy();
  }
}
