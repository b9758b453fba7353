/**
 * Where each article stood on its page: the boxes of its lines (headline, text, captions) — one
 * rectangle per column it runs through — and the pictures its captions stand under. The base of
 * the 版 page's image with a link per article (regions in PDF points, top-left origin). Pure.
 */
import type { PageFeatures } from '../parse/features.ts';
import type { Box } from './types.ts';

export interface ArticleRegion {
  /** The article's order on the page (ParsedArticle.order). */
  order: number;
  headline: string;
  page: number;
  /** One rectangle per column run of its lines, and one per picture. */
  boxes: Box[];
  /** The union of `boxes`. */
  box: Box;
  /** Its pictures: where each is drawn on the page, its index among the page's pictures, and the seed line (1-based) of its caption. */
  pictures: { box: Box; image: number; captionLine: number }[];
}

const union = (bs: Box[]): Box => {
  const x0 = Math.min(...bs.map((b) => b.x));
  const y0 = Math.min(...bs.map((b) => b.y));
  const x1 = Math.max(...bs.map((b) => b.x + b.width));
  const y1 = Math.max(...bs.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
};

/** Line boxes merged into runs: a line joins the run above it when it overlaps it across and starts close under it. */
function columnRuns(lines: Box[]): Box[] {
  const runs: Box[] = [];
  for (const l of lines) {
    const run = runs.find((r) => Math.min(r.x + r.width, l.x + l.width) - Math.max(r.x, l.x) > 0.5 * Math.min(r.width, l.width) && l.y - (r.y + r.height) < 3 * l.height && l.y >= r.y);
    if (run) Object.assign(run, union([run, l]));
    else runs.push({ ...l });
  }
  return runs;
}

/** The regions of a page's articles, from each article's seed lines and their layout features. */
export function articleRegions(
  articles: { order: number; headline: string; source: { startLine: number; endLine: number } }[],
  features: PageFeatures,
  pages: { number: number; images: Box[] }[],
): ArticleRegion[] {
  const out: ArticleRegion[] = [];
  for (const a of articles) {
    const lines = features.slice(a.source.startLine - 1, a.source.endLine).filter((f) => f !== undefined);
    if (!lines.length) continue;
    // A story continued overleaf in one file: its region is on the page most of its lines are on.
    const counts = new Map<number, number>();
    for (const f of lines) counts.set(f.box.page, (counts.get(f.box.page) ?? 0) + 1);
    const page = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0];
    const mine = lines.filter((f) => f.box.page === page);
    const boxes = columnRuns(mine.map((f) => ({ x: f.box.x, y: f.box.y, width: f.box.width, height: f.box.height })));
    // Pictures whose caption is one of the article's lines: the caption stands under (or in) them.
    const images = pages.find((p) => p.number === page)?.images ?? [];
    const pictures: ArticleRegion['pictures'] = [];
    for (const cap of mine.filter((f) => f.inPicture)) {
      const image = images.findIndex((b) => cap.box.x + cap.box.width > b.x && cap.box.x < b.x + b.width && cap.box.y >= b.y - 1 && cap.box.y <= b.y + b.height + 3 * cap.box.height);
      if (image < 0 || pictures.some((p) => p.image === image)) continue;
      boxes.push({ ...images[image]! });
      pictures.push({ box: { ...images[image]! }, image, captionLine: features.indexOf(cap) + 1 });
    }
    out.push({ order: a.order, headline: a.headline, page, boxes, box: union(boxes), pictures });
  }
  return out;
}
