/**
 * What a laid-out page (a PDF) knows of a line that extracted text can only guess: optional, one
 * per seed line. The text path gives none, and every rule that reads them is silent without them,
 * so text seeds parse exactly as before.
 */
export interface LineFeatures {
  /** Font size relative to the page's body text (1 = body). */
  size: number;
  /** Set in a bold weight (the font's name or flags, or drawn twice). */
  bold: boolean;
  family: 'hei' | 'song' | 'kai' | 'fangsong' | 'other';
  /** Centred in the block it stands in. */
  centred: boolean;
  /** How many body columns the line spans (a 通栏 headline spans them all). */
  span: number;
  /** White space above the line, in body sizes (0 in running text). */
  gapAbove: number;
  /** Inside a picture's box or directly under it: a caption or a credit. */
  inPicture: boolean;
  vertical: boolean;
  /** Where the line stands: page (1-based) and box in PDF points, top-left origin. */
  box: { page: number; x: number; y: number; width: number; height: number };
}

/** Per seed line (index = line number − 1); undefined for blank lines and for text seeds. */
export type PageFeatures = (LineFeatures | undefined)[];
