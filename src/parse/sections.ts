/**
 * Feature pages whose section labels were extracted away from their text (001: 东城社区 printed
 * after its section, the introduction printed ahead of the headline). A label (a short heading
 * such as 东城社区) names the section that starts with or mentions it; the labels' printed order
 * is the reading order. Without at least two labels that name sections, the body keeps its
 * printed order.
 */
import type { Piece } from './classify.ts';
import { PATTERNS } from './constants.ts';
import { append, nonSpaceLength } from './text.ts';

export interface Item {
  piece: Piece;
  heading: boolean;
}

/** A section label: a short heading of one word (no spaces, no numbering). */
/** A section label (数说余东) is one short word: at most this long. */
const SECTION_LABEL_MAX_CHARS = 10;
/** Sections are put in order only when there are at least two of them. */
const SECTIONS_TO_ORDER_MIN = 2;
const isLabel = (it: Item) => it.heading && nonSpaceLength(it.piece.text) <= SECTION_LABEL_MAX_CHARS && !/\s/u.test(it.piece.text.trim()) && !PATTERNS.numberedHeading.test(it.piece.text);

export function orderSections(items: Item[], warn: (line: number, message: string) => void, headlineAt?: Item): Item[] {
  const labels = items.filter(isLabel);
  if (labels.length < SECTIONS_TO_ORDER_MIN) return items;
  const names = labels.map((l) => l.piece.text.trim());
  // Segments: cut at labels and at paragraphs that start with a label's name.
  const segments: Item[][] = [];
  let cur: Item[] = [];
  for (const it of items) {
    if (isLabel(it)) {
      if (cur.length) segments.push(cur);
      cur = [];
      continue;
    }
    // The text under the headline starts a segment of its own (the introduction), as does a paragraph opening with a label's name.
    const startsSection = it === headlineAt || (!it.heading && names.some((n) => it.piece.text.startsWith(n)));
    if (startsSection && cur.length) {
      segments.push(cur);
      cur = [];
    }
    cur.push(it);
  }
  if (cur.length) segments.push(cur);

  // Keyed by the label's position, not its name: a label printed twice owns one section.
  const owner = new Map<number, Item[]>();
  const taken = new Set<Item[]>();
  for (const [k, n] of names.entries()) {
    const seg = segments.find((sg) => !taken.has(sg) && !sg[0]!.heading && sg[0]!.piece.text.startsWith(n));
    if (seg) {
      owner.set(k, seg);
      taken.add(seg);
    }
  }
  for (const [k, n] of names.entries()) {
    if (owner.has(k)) continue;
    const seg = segments.find((sg) => !taken.has(sg) && sg.some((it) => it.piece.text.includes(n)));
    if (seg) {
      owner.set(k, seg);
      taken.add(seg);
    }
  }
  // Labels that name no section are not section labels after all: keep the printed order.
  if (owner.size < SECTIONS_TO_ORDER_MIN) return items;
  for (const [k, n] of names.entries()) if (!owner.has(k)) warn(labels[k]!.piece.start, `小标题“${n}”对不上任何一段文字，保留在印出的位置`);
  const unowned = segments.filter((sg) => !taken.has(sg));
  const body: Item[] = [];
  // The first unowned segment is the introduction; it opens the body.
  if (unowned.length) append(body, unowned.shift()!);
  for (const k of names.keys()) {
    body.push(labels[k]!);
    append(body, owner.get(k) ?? []);
  }
  for (const sg of unowned) {
    warn(sg[0]!.piece.start, `一段没有小标题的文字（“${[...sg[0]!.piece.text].slice(0, 20).join('')}…”）放在了文章末尾`);
    append(body, sg);
  }
  return body;
}
