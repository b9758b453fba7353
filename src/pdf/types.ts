/**
 * What the PDF reader takes from a page: its text items with their geometry and fonts, and the
 * boxes its pictures are drawn in. Plain data (JSON-safe), so a page read in another process or
 * worker arrives whole. Coordinates are PDF points with the origin at the page's top left, y down.
 */

/** The typeface class a font name tells (黑体 sans, 宋体 serif, 楷体, 仿宋), or other. */
export type FontFamily = 'hei' | 'song' | 'kai' | 'fangsong' | 'other';

export interface TextItem {
  text: string;
  /** Left edge and baseline (top-left origin, y down). */
  x: number;
  y: number;
  /** Advance width along the run (horizontal) or its height (vertical). */
  width: number;
  /** Font size in points. */
  size: number;
  /** The font's own name (subset prefix removed), e.g. NotoSansCJKsc-Bold, FZHei-B01. */
  font: string;
  bold: boolean;
  family: FontFamily;
  /** Writing direction: a vertical font (Identity-V) or a run rotated by a quarter turn reads top to bottom. */
  vertical: boolean;
  /** Rotation of the run in degrees (0 for upright text). */
  angle: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  /** 1-based page number in the file. */
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Where pictures are drawn. */
  images: Box[];
  /** Set when PDF.js could not read this page (a damaged page among good ones): why, as PDF.js said it. */
  error?: string;
}
