/**
 * Text items → glyphs: each run cut into its characters with their positions, radicals read as
 * the ideographs they draw, and glyphs drawn twice (fake bold: the same character printed again
 * a hair to the side) kept once. Pure.
 */
import { foldRadicals, foldSharedGlyphs, PRIVATE_USE } from './unicode.ts';
import type { FontFamily, PdfPage, TextItem } from './types.ts';

export interface Glyph {
  ch: string;
  page: number;
  x: number;
  /** Baseline (horizontal) or top (vertical). */
  y: number;
  /** Advance along the run. */
  w: number;
  size: number;
  bold: boolean;
  family: FontFamily;
  vertical: boolean;
  angle: number;
  /** Index of the text run it was drawn in (a rotated run is read as drawn). */
  run: number;
}

export interface GlyphReport {
  glyphs: Glyph[];
  /** Non-space characters of the text layer, as the file gives them. */
  layerChars: number;
  /** Glyphs drawn a second time over themselves (fake bold), kept once. */
  doubled: number;
  /** Radicals read as ideographs (⼤ → 大). */
  folded: number;
  /** Glyphs whose font gives no Unicode value, or a private-use one: kept as drawn and reported. */
  unmapped: { page: number; x: number; y: number; ch: string }[];
}

/** Control characters: what PDF.js gives for a glyph that decodes to nothing (its raw code, or U+0000 from a ToUnicode map). */
const NOTHING = /^[\u0000-\u001F\u007F]$/u;

/** Relative advance of a character: CJK and full-width forms take a full em, Latin about half. */
const advance = (c: string) => (/[\u2E80-\uFFEF\u2014\u2015\u2018-\u201D\u2026\u00B7]/u.test(c) ? 1 : 0.5);

/** One run's glyphs, spaced along the run by their relative advances. */
function runGlyphs(item: TextItem, page: number, run: number): Glyph[] {
  const chars = [...item.text];
  const total = chars.reduce((s, c) => s + advance(c), 0) || 1;
  const out: Glyph[] = [];
  let at = 0;
  const rad = (item.angle * Math.PI) / 180;
  for (const ch of chars) {
    const w = (item.width * advance(ch)) / total;
    // A vertical font advances down the page; a rotated run along its angle (y grows downward).
    const along = item.vertical && item.angle === 0 ? { x: item.x, y: item.y + at } : { x: item.x + at * Math.cos(rad), y: item.y - at * Math.sin(rad) };
    if (ch.trim() !== '') out.push({ ch, page, x: along.x, y: along.y, w, size: item.size, bold: item.bold, family: item.family, vertical: item.vertical, angle: item.angle, run });
    at += w;
  }
  return out;
}

/** The glyphs of one page, doubled ones kept once. */
export function pageGlyphs(page: PdfPage, report: GlyphReport): Glyph[] {
  const kept: Glyph[] = [];
  // Glyphs by character and rounded position: a second drawing of the same character lands in the same or a neighbouring cell.
  const seen = new Map<string, Glyph[]>();
  const cell = (g: Glyph, dx: number, dy: number) => `${g.ch}|${Math.round(g.x / 4) + dx}|${Math.round(g.y / 4) + dy}`;
  for (const [run, item] of page.items.entries()) {
    const radicals = foldRadicals(item.text);
    const fold = foldSharedGlyphs(radicals.text, item.font);
    report.folded += radicals.changed + fold.changed;
    for (const g of runGlyphs({ ...item, text: fold.text }, page.number, run)) {
      report.layerChars++;
      // A glyph whose font has no Unicode for it and whose name says nothing: PDF.js gives its code as a control character.
      if (NOTHING.test(g.ch)) g.ch = '\uFFFD';
      if (PRIVATE_USE.test(g.ch) || g.ch === '\uFFFD') report.unmapped.push({ page: page.number, x: Math.round(g.x), y: Math.round(g.y), ch: g.ch });
      let twin: Glyph | undefined;
      for (let dx = -1; dx <= 1 && !twin; dx++)
        for (let dy = -1; dy <= 1 && !twin; dy++)
          twin = (seen.get(cell(g, dx, dy)) ?? []).find((o) => Math.abs(o.x - g.x) <= 0.2 * g.size && Math.abs(o.y - g.y) <= 0.2 * g.size && Math.abs(o.size - g.size) < 0.5);
      if (twin) {
        // Drawn twice a hair apart: the printer's fake bold. One glyph, set bold.
        twin.bold = true;
        report.doubled++;
        continue;
      }
      const key = cell(g, 0, 0);
      seen.set(key, [...(seen.get(key) ?? []), g]);
      kept.push(g);
    }
  }
  return kept;
}

export const emptyGlyphReport = (): GlyphReport => ({ glyphs: [], layerChars: 0, doubled: 0, folded: 0, unmapped: [] });
