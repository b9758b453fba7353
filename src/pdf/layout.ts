/**
 * Glyphs → lines → reading order. Pure.
 *
 * Lines: glyphs on one baseline, close enough to be one run (a column's gutter splits them);
 * glyphs stacked one under another (a vertical line) make one line read top to bottom.
 * Reading order: recursive XY-cut (Nagy & Seth) over the lines' boxes — a page is cut across at
 * a white gap that no line crosses (a 通栏 headline over its columns, one story under another),
 * else down at a gutter (columns, read left to right), and so on inside each part. Each line's box
 * is grown by half its leading, so lines of one paragraph touch and only real gaps cut.
 */
import type { FontFamily } from './types.ts';
import type { Glyph } from './glyphs.ts';

export interface PdfLine {
  page: number;
  text: string;
  /** Box: left, top, right, bottom (top-left origin). */
  x0: number;
  top: number;
  x1: number;
  bottom: number;
  size: number;
  bold: boolean;
  family: FontFamily;
  vertical: boolean;
  /** Set at an angle other than upright or a quarter turn. */
  rotated: boolean;
  /** What the line heads across (a headline's reach over its columns); its own extent otherwise. */
  reach?: { x0: number; x1: number };
}

/** A part of the page the XY-cut left whole: its lines in order, and the box they fill. */
export interface Region {
  lines: PdfLine[];
  x0: number;
  x1: number;
  /** The extent of the part it was cut across from (what a line is centred in). */
  frame: { x0: number; x1: number };
  /** How it was cut from the region before it: across (a new block), down (the next column), or the page's first. */
  after: 'across' | 'down' | 'start';
}

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** The size most text on the page is set in (the body), by glyph count. */
export const bodySize = (glyphs: Glyph[]) => median(glyphs.map((g) => Math.round(g.size * 10) / 10)) || 10;

function majority<T>(xs: T[]): T {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function makeLine(gs: Glyph[], vertical: boolean): PdfLine {
  const size = median(gs.map((g) => g.size));
  let text = '';
  for (let i = 0; i < gs.length; i++) {
    const g = gs[i]!;
    const prev = gs[i - 1];
    if (prev) {
      const gap = vertical ? g.y - (prev.y + prev.w) : g.x - (prev.x + prev.w);
      // White space as wide as it is printed, in full-width spaces (a header's 柯城　　2022年…).
      if (gap >= 0.8 * size) text += '\u3000'.repeat(Math.min(40, Math.max(1, Math.round(gap / size))));
      else if (gap >= 0.25 * size) text += ' ';
    }
    text += g.ch;
  }
  const xs0 = gs.map((g) => g.x);
  const xs1 = gs.map((g) => (vertical ? g.x + g.size : g.x + g.w));
  const tops = gs.map((g) => (vertical ? g.y : g.y - 0.88 * g.size));
  const bottoms = gs.map((g) => (vertical ? g.y + g.w : g.y + 0.12 * g.size));
  return {
    page: gs[0]!.page,
    text,
    x0: Math.min(...xs0),
    x1: Math.max(...xs1),
    top: Math.min(...tops),
    bottom: Math.max(...bottoms),
    size,
    bold: majority(gs.map((g) => g.bold)),
    family: majority(gs.map((g) => g.family)),
    vertical,
    rotated: false,
  };
}

/** Glyphs in rows by baseline, each row left to right. */
function rowsOf(glyphs: Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Glyph[][] = [];
  for (const g of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - g.y) <= 0.25 * Math.min(row[0]!.size, g.size)) row.push(g);
    else rows.push([g]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** A gap wider than a full-width space, or a change of size: where a row may be two runs. */
const wideGap = (last: Glyph, g: Glyph) => g.x - (last.x + last.w) > 1.1 * Math.max(last.size, g.size);
const sizeBreak = (last: Glyph, g: Glyph) => Math.abs(g.size - last.size) > 0.35 * last.size;

/**
 * Horizontal glyphs on one baseline, split at gutters: a wide gap is a gutter when two other rows
 * leave the same place empty between text on both sides (the white stripe between columns);
 * otherwise it is space inside one line (a page header's 柯城　　2022年11月18日), kept as such.
 */
function horizontalLines(glyphs: Glyph[]): Glyph[][] {
  const rows = rowsOf(glyphs);
  const gaps = rows.map((row) => {
    const out: [number, number][] = [];
    for (let i = 1; i < row.length; i++) if (wideGap(row[i - 1]!, row[i]!)) out.push([row[i - 1]!.x + row[i - 1]!.w, row[i]!.x]);
    return out;
  });
  const isGutter = (r: number, gap: [number, number]) => {
    const mid = (gap[0] + gap[1]) / 2;
    let n = 0;
    for (let k = 0; k < rows.length && n < 2; k++) if (k !== r && gaps[k]!.some(([a, b]) => a <= mid && b >= mid)) n++;
    return n >= 2;
  };
  const runs: Glyph[][] = [];
  rows.forEach((row, r) => {
    let run: Glyph[] = [];
    for (const g of row) {
      const last = run.at(-1);
      if (last && (sizeBreak(last, g) || (wideGap(last, g) && isGutter(r, [last.x + last.w, g.x])))) {
        runs.push(run);
        run = [];
      }
      run.push(g);
    }
    if (run.length) runs.push(run);
  });
  return runs;
}

/**
 * Vertical lines: glyphs of a vertical font, and glyphs standing alone on their baseline (no
 * neighbour within a full-width space either side) stacked one under another at one x — three or
 * more: how a browser or typesetter draws a vertical line in an upright font.
 */
function verticalStacks(upright: Glyph[], vertical: Glyph[]): { stacks: Glyph[][]; rest: Glyph[] } {
  const rows = rowsOf(upright);
  const alone: Glyph[] = [];
  for (const row of rows)
    row.forEach((g, i) => {
      const near = (o: Glyph | undefined) => !!o && Math.abs(o.x - g.x) - Math.max(o.w, g.w) <= 1.1 * g.size;
      if (!near(row[i - 1]) && !near(row[i + 1])) alone.push(g);
    });
  const byColumn = new Map<number, Glyph[]>();
  for (const g of [...alone, ...vertical]) {
    const key = Math.round(g.x / Math.max(2, g.size * 0.3));
    byColumn.set(key, [...(byColumn.get(key) ?? []), g]);
  }
  const stacked = new Set<Glyph>();
  const stacks: Glyph[][] = [];
  for (const col of byColumn.values()) {
    col.sort((a, b) => a.y - b.y);
    let stack: Glyph[] = [];
    const flush = () => {
      if (stack.length >= 3 || stack.some((g) => g.vertical)) {
        stacks.push(stack);
        for (const g of stack) stacked.add(g);
      }
      stack = [];
    };
    for (const g of col) {
      const last = stack.at(-1);
      const step = last ? g.y - last.y : 0;
      if (last && (step < 0.5 * g.size || step > 1.6 * g.size || Math.abs(g.size - last.size) > 0.2 * g.size)) flush();
      stack.push(g);
    }
    flush();
  }
  return { stacks, rest: upright.filter((g) => !stacked.has(g)) };
}

/** The page's lines, unordered. A run set at an angle is one line, read as drawn (vertical when a quarter turn). */
export function pageLines(glyphs: Glyph[]): PdfLine[] {
  const turned = new Map<number, Glyph[]>();
  for (const g of glyphs) if (g.angle !== 0) turned.set(g.run, [...(turned.get(g.run) ?? []), g]);
  const rotated = [...turned.values()].map((gs) => ({ ...makeRun(gs), vertical: Math.abs(Math.abs(gs[0]!.angle) - 90) < 1, rotated: true }));
  const { stacks, rest } = verticalStacks(
    glyphs.filter((g) => !g.vertical && g.angle === 0),
    glyphs.filter((g) => g.vertical && g.angle === 0),
  );
  return [...horizontalLines(rest).map((r) => makeLine(r, false)), ...stacks.map((s) => makeLine(s, true)), ...rotated];
}

/** A rotated run as a line: its text as drawn, its box the glyphs' extent. */
function makeRun(gs: Glyph[]): PdfLine {
  const xs = gs.flatMap((g) => [g.x - g.size, g.x + g.size]);
  const ys = gs.flatMap((g) => [g.y - g.size, g.y + g.size]);
  const size = median(gs.map((g) => g.size));
  return { page: gs[0]!.page, text: gs.map((g) => g.ch).join(''), x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys), size, bold: majority(gs.map((g) => g.bold)), family: majority(gs.map((g) => g.family)), vertical: false, rotated: true };
}

/** Line boxes grown by half a body leading, so one paragraph's lines (nearly) touch. */
const grown = (l: PdfLine, body: number) => ({ top: l.top - 0.25 * body, bottom: l.bottom + 0.25 * body });

/** Cuts `lines` where a gap of at least `min` runs across (axis y) or down (axis x) the whole set. */
function cuts(lines: PdfLine[], axis: 'x' | 'y', min: number, body: number): PdfLine[][] {
  const lo = (l: PdfLine) => (axis === 'y' ? grown(l, body).top : (l.reach?.x0 ?? l.x0));
  const hi = (l: PdfLine) => (axis === 'y' ? grown(l, body).bottom : (l.reach?.x1 ?? l.x1));
  const sorted = [...lines].sort((a, b) => lo(a) - lo(b));
  const parts: PdfLine[][] = [];
  let part: PdfLine[] = [];
  let reach = -Infinity;
  for (const l of sorted) {
    if (part.length && lo(l) - reach >= min) {
      parts.push(part);
      part = [];
    }
    part.push(l);
    reach = Math.max(reach, hi(l));
  }
  if (part.length) parts.push(part);
  return parts;
}

/** White space across a page this tall (in body sizes, between grown line boxes) parts two blocks, whatever the columns do. */
const WIDE_GAP = 1;

const extent = (set: PdfLine[]) => ({ x0: Math.min(...set.map((l) => l.x0)), x1: Math.max(...set.map((l) => l.x1)) });

/**
 * A headline (set 1.25 times the body or larger) reaches over the columns it heads: each line
 * starting within three body sizes under a headline belongs to the headline above it that
 * overlaps it across, or else to the nearest one across. So a centred headline narrower than its
 * story keeps a gutter from cutting the story down the page beside it (the XY-cut's known
 * failure), while two stories side by side, each under its own headline, stay apart.
 */
function headlineReach(lines: PdfLine[], body: number) {
  const heads = lines.filter((h) => !h.vertical && h.size >= 1.25 * body);
  if (!heads.length) return;
  for (const l of lines) {
    if (heads.includes(l)) continue;
    const above = heads.filter((h) => l.top >= h.bottom - 0.1 * body && l.top <= h.bottom + 3 * body);
    if (!above.length) continue;
    const gap = (h: PdfLine) => Math.max(0, h.x0 - l.x1, l.x0 - h.x1);
    const h = above.sort((a, b) => gap(a) - gap(b) || b.bottom - a.bottom)[0]!;
    h.reach = { x0: Math.min(h.reach?.x0 ?? h.x0, l.x0), x1: Math.max(h.reach?.x1 ?? h.x1, l.x1) };
  }
}

/** The page's regions in reading order (recursive XY-cut: across first, then down). */
export function readingOrder(lines: PdfLine[], body: number): Region[] {
  headlineReach(lines, body);
  const regions: Region[] = [];
  // The cut between the last region pushed and the next: the innermost cut whose later part is being entered.
  let pending: Region['after'] = 'start';
  const visit = (set: PdfLine[], depth: number, frame: { x0: number; x1: number }) => {
    if (set.length === 0) return;
    // Across at a wide gap (between stories) first; then down at a gutter; then across at any gap
    // (a headline over its columns, paragraphs in a column). Trying narrow gaps across before
    // gutters would cut a band of columns wherever all of them happen to have white space at once.
    const wide = cuts(set, 'y', WIDE_GAP * body, body);
    const down = wide.length > 1 ? [] : cuts(set, 'x', 0.6 * body, body);
    const across = wide.length > 1 || down.length > 1 ? [] : cuts(set, 'y', 0.15 * body, body);
    const parts = wide.length > 1 ? wide : down.length > 1 ? down : across;
    if (parts.length > 1 && depth < 64) {
      const kind = down.length > 1 ? 'down' : 'across';
      parts.forEach((p, i) => {
        if (i > 0) pending = kind;
        visit(p, depth + 1, kind === 'down' ? extent(p) : extent(set));
      });
      return;
    }
    // A vertical line reads before the upright lines beside it only by position: right to left among vertical lines.
    const ordered = [...set].sort((a, b) => (a.vertical && b.vertical ? b.x0 - a.x0 : a.top - b.top || a.x0 - b.x0));
    regions.push({ lines: ordered, ...extent(set), frame, after: pending });
  };
  visit(lines, 0, lines.length ? extent(lines) : { x0: 0, x1: 0 });
  return regions;
}
