/** Steps 2–3 of the parser: units classified by form, and paragraphs cut inside a word marked. */
import { classify, isFurniture, type Piece } from './classify.ts';
import type { prepareLines } from './lines.ts';
import type { ParseOptions } from './types.ts';
import { groupUnits } from './units.ts';

/** Steps 2–3: the page's pieces (units classified by form, word breaks marked when a segmenter is given). */
export function pagePieces(prepared: ReturnType<typeof prepareLines>, options: Pick<ParseOptions, 'segment' | 'onLine'>): Piece[] {
  const pieces = classify(groupUnits(prepared.lines, options.onLine));
  if (options.segment) markWordBreaks(pieces, options.segment);
  return pieces;
}

/**
 * Pieces whose text stops inside a word that the next piece finishes: a paragraph cut by a break.
 * The next piece is looked for past furniture and photo captions printed in the cut (在黄华 /
 * 岐头三村“村晚”现场。林海涛 摄 / 关村，…).
 */
function markWordBreaks(pieces: Piece[], segment: (text: string) => string[]) {
  let next: Piece | undefined;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    // Two heading lines one under the other are a stack, read by the headline's own rules, not a paragraph cut by a break.
    const stacked = !!next && p.headingLike && next.headingLike && p.lines.length === 1 && next.lines.length === 1;
    if (next && p.kind === null && next.kind === null && !p.endsSentence && !p.bold && !stacked && splitsWord(p.text, next.text, segment)) p.breaksWord = true;
    if (!isFurniture(p) && p.kind !== 'caption' && p.kind !== 'credit') next = p;
  }
}

/** Whether the text cut between `a` and `b` falls inside one word of two or more Chinese characters. */
export function splitsWord(a: string, b: string, segment: (text: string) => string[]): boolean {
  const tail = a.match(/\p{Script=Han}{1,4}$/u)?.[0];
  const head = b.match(/^\p{Script=Han}{1,4}/u)?.[0];
  // One character on both sides of the cut (…越建越大 / 大陈黄鱼…) reads as a doubled word (大大) that neither side printed.
  if (!tail || !head || tail.at(-1) === head[0]) return false;
  let at = 0;
  for (const token of segment(tail + head)) {
    const end = at + token.length;
    if (at < tail.length && end > tail.length && /^\p{Script=Han}{2,}$/u.test(token)) return true;
    at = end;
  }
  return false;
}
