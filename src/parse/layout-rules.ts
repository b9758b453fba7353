/**
 * Rules of the page grammar that read a laid-out page's features (a PDF seed; features.ts): what
 * the text path has to guess from line lengths and doubled glyphs, the PDF states. Every rule
 * tests `p.layout` first, so a text seed scores exactly as before.
 */
import type { Rule } from './grammar.ts';

/** Set this much larger than the body: a headline's size. */
const HEADLINE_SIZE = 1.3;
/** Up to this size a line is set as the body is (PDF sizes are relative to the body's). */
const BODY_SIZE = 1.05;

export const LAYOUT_RULES: Rule[] = [
  { role: 'stack', weight: 3, why: 'set larger than the body (PDF)', test: (p) => !!p.layout && p.layout.size >= HEADLINE_SIZE && !p.layout.inPicture },
  { role: 'body', weight: -2, why: 'set larger than the body: not running text (PDF)', test: (p) => !!p.layout && p.layout.size >= HEADLINE_SIZE },
  { role: 'stack', weight: 1, why: 'centred and set above body size (PDF)', test: (p) => !!p.layout && p.layout.centred && p.layout.size >= 1.1 && !p.layout.inPicture },
  // A headline stands out by size, weight or centring; a line set exactly as the running text is
  // running text, however short it is or whatever white space a paragraph break left above it.
  { role: 'stack', weight: -3, why: 'set in the body\'s size and weight, not centred: running text (PDF)', test: (p) => !!p.layout && p.layout.size <= BODY_SIZE && !p.layout.bold && !p.layout.centred && !p.layout.inPicture },
  { role: 'stack', weight: -2, why: 'set smaller than the body: no headline is (PDF)', test: (p) => !!p.layout && p.layout.size < 0.95 },
  { role: 'furniture', weight: 3, why: 'set smaller than the body with nothing but furniture above: more of the page\'s furniture (PDF)', test: (p, c) => !!p.layout && p.layout.size < 0.95 && !p.layout.inPicture && c.atStart },
  { role: 'caption', weight: 3, why: 'in or right under a picture, in body size or smaller (PDF)', test: (p) => !!p.layout && p.layout.inPicture && p.layout.size <= 1.05 && p.lines.length <= 3 },
  { role: 'stack', weight: -3, why: 'in or right under a picture: its caption, not a headline (PDF)', test: (p) => !!p.layout && p.layout.inPicture && p.layout.size <= 1.05 },
];
