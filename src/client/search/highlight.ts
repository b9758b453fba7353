/**
 * Article pages: mark the search query (`?q=`, set by the search results' links) inside
 * `[data-article-body]`, with the same matching as the search (tokenize.ts), so what the search
 * page promised is what gets marked here. Matches may span inline markup but never two blocks.
 *
 * Use: the article page's script (src/client/article.ts) calls `highlightFromLocation()` on a visit from a result.
 */
import { highlightRanges, parseQuery, FIELD_SEPARATOR } from '../../search/tokenize.ts';

/** Elements that end a run of text: a match never crosses from one into the next. */
const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,dt,dd,td,th,figcaption,blockquote,pre,div,section,article,header,footer,figure,aside,nav,table,ul,ol,dl,address';
const SKIP = 'script,style,noscript,template,textarea,select,button,svg,[data-search-no-highlight]';

export interface Piece {
  text: string;
  /** This piece starts a new block (no match may join it to the previous piece). */
  breakBefore: boolean;
}

/** Pure: where to put marks in a sequence of text pieces. Per piece, disjoint [start, end) ranges. */
export function planHighlights(pieces: readonly Piece[], query: string): Array<{ piece: number; start: number; end: number }> {
  const q = parseQuery(query);
  if (!q.segments.length || !pieces.length) return [];
  let combined = '';
  const starts: number[] = [];
  pieces.forEach((p, i) => {
    if (i > 0 && p.breakBefore) combined += FIELD_SEPARATOR;
    starts.push(combined.length);
    combined += p.text;
  });
  const out: Array<{ piece: number; start: number; end: number }> = [];
  for (const r of highlightRanges(combined, q)) {
    pieces.forEach((p, i) => {
      const s = Math.max(r.start, starts[i]!);
      const e = Math.min(r.end, starts[i]! + p.text.length);
      if (e > s) out.push({ piece: i, start: s - starts[i]!, end: e - starts[i]! });
    });
  }
  return out;
}

/** Mark every occurrence of the query inside `root`. Returns the marks in document order. */
export function highlightIn(root: Element, query: string): HTMLElement[] {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const pieces: Piece[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (!text.data) continue;
    const block = text.parentElement?.closest(BLOCK) ?? null;
    pieces.push({ text: text.data, breakBefore: block !== lastBlock });
    nodes.push(text);
    lastBlock = block;
  }
  const plan = planHighlights(pieces, query);
  const marks: HTMLElement[] = [];
  // Last first, so the offsets of the earlier ranges stay valid while text nodes are split.
  for (const { piece, start, end } of [...plan].reverse()) {
    const range = doc.createRange();
    range.setStart(nodes[piece]!, start);
    range.setEnd(nodes[piece]!, end);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-search-highlight', '');
    range.surroundContents(mark);
    marks.unshift(mark);
  }
  return marks;
}

/** Read `?q=` and mark it in every `[data-article-body]`; scroll the first mark into view. */
export function highlightFromLocation(selector = '[data-article-body]'): HTMLElement[] {
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (!q) return [];
  const marks = [...document.querySelectorAll(selector)].flatMap((root) => highlightIn(root, q));
  if (marks.length && !location.hash) marks[0]!.scrollIntoView({ block: 'center' });
  document.documentElement.dataset['searchHighlights'] = String(marks.length);
  return marks;
}
