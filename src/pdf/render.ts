/**
 * A PDF page drawn to an image: PDF.js onto @napi-rs/canvas (a prebuilt Skia binary shipped in the
 * npm package; PDF.js's Node build uses it for its canvas), encoded by sharp (WebP).
 */
import sharp from 'sharp';
import { openPdf } from './read.ts';

/** PNG bytes of page `n` (1-based) drawn `width` pixels wide. */
export async function renderPage(bytes: Uint8Array, n: number, width: number): Promise<{ png: Buffer; width: number; height: number }> {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / base.width });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: unknown } } }).canvasFactory;
    const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    return { png: canvas.toBuffer('image/png'), width: Math.round(viewport.width), height: Math.round(viewport.height) };
  } finally {
    await doc.destroy();
  }
}

/** WebP of a page at each of `widths`. */
export async function pageImages(bytes: Uint8Array, n: number, widths: number[], quality = 70): Promise<{ width: number; height: number; webp: Buffer }[]> {
  const big = await renderPage(bytes, n, Math.max(...widths));
  return Promise.all(
    widths.map(async (w) => {
      const out = await sharp(big.png).resize({ width: w }).webp({ quality }).toBuffer({ resolveWithObject: true });
      return { width: out.info.width, height: out.info.height, webp: out.data };
    }),
  );
}
