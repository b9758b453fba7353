/**
 * A PDF's pages → the parser's input: seed text in reading order (one line per printed line, a
 * blank line between blocks, two full-width spaces for an indented first line — the forms the
 * text path knows) and, per line, what the layout says of it (src/parse/features.ts). Also the
 * page geometry (size, picture boxes) and the reader's notes. Pure.
 */
import type { LineFeatures, PageFeatures } from '../parse/features.ts';
import { bodySize, pageLines, readingOrder, type PdfLine, type Region } from './layout.ts';
import { emptyGlyphReport, pageGlyphs } from './glyphs.ts';
import type { Box, PdfPage } from './types.ts';

export interface PdfSeed {
  text: string;
  features: PageFeatures;
  pages: { number: number; width: number; height: number; images: Box[] }[];
  /** Non-space characters of the text layer; every one is in `text` or counted in `doubled`. */
  layerChars: number;
  doubled: number;
  folded: number;
  unmapped: { page: number; x: number; y: number; ch: string }[];
  /** Pages with no text at all (a scan). */
  imageOnly: number[];
  /** Pages PDF.js could not read (a damaged page among good ones), with why; only a file of several pages has them. */
  damaged?: { page: number; error: string }[];
  /**
   * A file of several pages: each page read on its own (its own text, features and ledger), in
   * page order; each becomes its own 版 (src/archive/seed.ts). Absent for a file of one page.
   */
  perPage?: PdfPageSeed[];
}

/** One page of a file of several: its reading, or why it could not be read. */
export type PdfPageSeed = { number: number; seed: PdfSeed; error: null } | { number: number; seed: null; error: string };

/** The width of a body column: the median width of regions of three lines or more in body type. */
function columnWidth(regions: Region[], body: number): number {
  const widths = regions.filter((r) => r.lines.length >= 3 && r.lines.every((l) => Math.abs(l.size - body) <= 0.15 * body)).map((r) => r.x1 - r.x0);
  const s = widths.sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 20 * body;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Inside a picture, or directly under one and within its width: a caption. */
function inPicture(l: PdfLine, images: Box[]): boolean {
  const cx = (l.x0 + l.x1) / 2;
  const cy = (l.top + l.bottom) / 2;
  return images.some(
    (b) =>
      (cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height) ||
      (l.top >= b.y + b.height - 1 && l.top <= b.y + b.height + 2.5 * l.size && overlaps(l.x0, l.x1, b.x, b.x + b.width) >= 0.6 * (l.x1 - l.x0)),
  );
}

function features(l: PdfLine, r: Region, prev: PdfLine | undefined, ctx: { body: number; column: number; images: Box[] }): LineFeatures {
  const width = l.x1 - l.x0;
  const frame = r.frame.x1 - r.frame.x0;
  return {
    size: Math.round((l.size / ctx.body) * 100) / 100,
    bold: l.bold,
    family: l.family,
    centred: !l.vertical && frame - width >= 3 * l.size && Math.abs((l.x0 + l.x1) / 2 - (r.frame.x0 + r.frame.x1) / 2) <= 0.75 * l.size,
    span: Math.max(1, Math.round(width / ctx.column)),
    gapAbove: prev && prev.page === l.page ? Math.max(0, Math.round(((l.top - prev.bottom) / ctx.body) * 10) / 10) : 0,
    inPicture: inPicture(l, ctx.images),
    vertical: l.vertical,
    box: { page: l.page, x: Math.round(l.x0), y: Math.round(l.top), width: Math.round(width), height: Math.round(l.bottom - l.top) },
  };
}

/** The usual white space between two lines of body text on the page (the leading less the type). */
function bodyLeading(regions: Region[], body: number): number {
  const gaps: number[] = [];
  for (const r of regions)
    for (let i = 1; i < r.lines.length; i++) {
      const [a, b] = [r.lines[i - 1]!, r.lines[i]!];
      if (Math.abs(a.size - body) <= 0.1 * body && Math.abs(b.size - body) <= 0.1 * body && b.top > a.top) gaps.push(b.top - a.bottom);
    }
  gaps.sort((a, b) => a - b);
  return Math.max(0, gaps[Math.floor(gaps.length / 2)] ?? 0.5 * body);
}

/**
 * A blank line before `l`: a change of size or direction, or white space above beyond the
 * leading (a new block); or a block elsewhere on the page. The next column of one text runs on.
 */
function breaksBefore(l: PdfLine, prev: PdfLine | undefined, regionStart: Region['after'] | null, ctx: { body: number; leading: number }): boolean {
  if (!prev) return false;
  if (prev.page !== l.page || l.vertical !== prev.vertical) return true;
  if (Math.max(l.size, prev.size) / Math.min(l.size, prev.size) > 1.2) return true;
  if (regionStart === 'down') return false;
  const beside = l.x1 < prev.x0 || l.x0 > prev.x1;
  if (regionStart === 'across' && (beside || l.top < prev.top)) return true;
  return l.top - prev.bottom >= ctx.leading + 0.5 * ctx.body;
}

/** The next line of one block: the same size, under it within the leading. */
const sameBlock = (a: PdfLine, b: PdfLine, ctx: { body: number; leading: number }) =>
  Math.abs(a.size - b.size) <= 0.05 * a.size && b.top > a.top && b.top - a.bottom <= ctx.leading + 0.3 * ctx.body && b.x0 < a.x1 && b.x1 > a.x0;

/** Two lines of one headline: both large, the same size, weight and face, the second right under the first. */
const sameHeadline = (a: PdfLine, b: PdfLine, body: number) =>
  !a.vertical && !b.vertical && a.size >= 1.3 * body && Math.abs(a.size - b.size) <= 0.03 * a.size && a.bold === b.bold && a.family === b.family && b.top > a.top && b.top - a.bottom <= 0.6 * a.size;

/** One page's lines as seed lines with their features. */
function pageSeed(page: PdfPage, out: { lines: string[]; features: PageFeatures }, report: ReturnType<typeof emptyGlyphReport>) {
  const glyphs = pageGlyphs(page, report);
  if (!glyphs.length) return false;
  const body = bodySize(glyphs);
  const regions = readingOrder(pageLines(glyphs), body);
  const ctx = { body, column: columnWidth(regions, body), images: page.images, leading: bodyLeading(regions, body) };
  let prev: PdfLine | undefined;
  let prevFeatures: LineFeatures | undefined;
  for (const r of regions) {
    r.lines.forEach((l, i) => {
      const f = features(l, r, prev, ctx);
      // A caption wrapped under its picture is one caption: its lines join (as the text prints it).
      if (prev && prevFeatures?.inPicture && f.inPicture && sameBlock(prev, l, ctx)) {
        out.lines[out.lines.length - 1] += /[。！？]$/u.test(prev.text) ? ` ${l.text}` : l.text;
        const box = prevFeatures.box;
        const bottom = Math.max(box.y + box.height, f.box.y + f.box.height);
        box.width = Math.max(box.x + box.width, f.box.x + f.box.width) - Math.min(box.x, f.box.x);
        box.x = Math.min(box.x, f.box.x);
        box.height = bottom - box.y;
        prev = { ...prev, text: l.text, x0: Math.min(prev.x0, l.x0), x1: Math.max(prev.x1, l.x1), bottom: l.bottom };
        return;
      }
      // A headline set over two lines (same size and face, one under the other) is one headline.
      if (prev && sameHeadline(prev, l, body)) {
        out.lines[out.lines.length - 1] += l.text;
        prev = { ...prev, text: prev.text + l.text, x0: Math.min(prev.x0, l.x0), x1: Math.max(prev.x1, l.x1), bottom: l.bottom };
        return;
      }
      if (breaksBefore(l, prev, i === 0 ? r.after : null, ctx) && out.lines.at(-1) !== '') {
        out.lines.push('');
        out.features.push(undefined);
      }
      const indent = !l.vertical && !f.centred && l.x0 - r.x0 >= 1.2 * l.size && r.lines.length > 1 ? '\u3000\u3000' : '';
      out.lines.push(indent + l.text);
      out.features.push(f);
      prev = l;
      prevFeatures = f;
    });
  }
  return true;
}

/** The parser's input for a PDF's pages; for a file of several, each page's own too (`perPage`). */
export function pdfSeed(pages: PdfPage[]): PdfSeed {
  const seed = joinedSeed(pages.filter((p) => !p.error));
  if (pages.length < 2) return seed;
  const damaged = pages.filter((p) => p.error).map((p) => ({ page: p.number, error: p.error! }));
  return {
    ...seed,
    damaged,
    perPage: pages.map((p): PdfPageSeed => (p.error ? { number: p.number, seed: null, error: p.error } : { number: p.number, seed: joinedSeed([p]), error: null })),
  };
}

/** The pages' lines run together, page after page, as one seed text. */
function joinedSeed(pages: PdfPage[]): PdfSeed {
  const report = emptyGlyphReport();
  const out = { lines: [] as string[], features: [] as PageFeatures };
  const imageOnly: number[] = [];
  for (const page of pages) {
    if (out.lines.length) {
      out.lines.push('');
      out.features.push(undefined);
    }
    if (!pageSeed(page, out, report)) imageOnly.push(page.number);
  }
  while (out.lines.at(-1) === '') {
    out.lines.pop();
    out.features.pop();
  }
  return {
    text: out.lines.join('\n'),
    features: out.features,
    pages: pages.map((p) => ({ number: p.number, width: p.width, height: p.height, images: p.images })),
    layerChars: report.layerChars,
    doubled: report.doubled,
    folded: report.folded,
    unmapped: report.unmapped,
    imageOnly,
  };
}
