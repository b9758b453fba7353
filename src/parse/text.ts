/**
 * Small text helpers every step of the parser shares: counting characters as the ledger does,
 * joining wrapped pieces the way Chinese is set, and what ends a sentence.
 */
import { PATTERNS } from './constants.ts';

const SPACES = /\s+/gu;
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Characters that count in the ledger: everything but whitespace (a character outside the BMP counts once). */
export function nonSpaceLength(s: string): number {
  const t = s.replace(SPACES, '');
  return t.length - (t.match(SURROGATE_PAIRS)?.length ?? 0);
}

/** Han ideographs, CJK punctuation, full-width forms and curly quotes: set without spaces between them. */
export const isWide = (c: string | undefined) => !!c && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》〈〉—…·]/u.test(c);

/** Joins two pieces of text: nothing between Chinese characters, one space between Latin words. */
export function joinText(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return a + joinGap(a.at(-1), b) + b;
}

/**
 * What joinText puts between text ending in `last` (undefined: no text yet) and `b`. Given the
 * last character rather than the text, so a caller growing a long text piece by piece need not
 * read the whole of it again for each piece (units.ts).
 */
export function joinGap(last: string | undefined, b: string): '' | ' ' {
  if (!last || b === '') return '';
  const first = b[0];
  if (isWide(last) || isWide(first) || /\s/u.test(last) || /\s/u.test(first ?? '')) return '';
  // A number cut at a line end (4 / 000, 15 / 00余份) is one number.
  if (/\d/u.test(last) && /\d/u.test(first ?? '')) return '';
  return ' ';
}

/**
 * Ends a sentence: 。！？… possibly followed by closing quotes or brackets; also ； and ：, which
 * end a clause that a new line may follow; or a byline in brackets that closes a story
 * (…说。（通讯员 金晓燕）).
 */
export const endsSentence = (s: string) => PATTERNS.sentenceEnd.test(s.trim()) || PATTERNS.trailingByline.test(s.trim());

/**
 * A jump marker a line opens with ((上接第1版)) or closes with ((下转第3版)): which one, or null. Such a line names another
 * page, so its number is never this page's 版次.
 */
export function jumpMarker(t: string): 'continued-from' | 'continued-to' | null {
  const s = t.trim();
  return PATTERNS.continuedFrom.test(s) ? 'continued-from' : PATTERNS.continuedTo.test(s) ? 'continued-to' : null;
}

/** A line that is nothing but a jump marker ((上接第1版) alone): which one, or null. */
export function jumpLine(t: string): 'continued-from' | 'continued-to' | null {
  const kind = jumpMarker(t);
  const marker = kind === 'continued-from' ? PATTERNS.continuedFrom : PATTERNS.continuedTo;
  return kind && t.trim().replace(marker, '').trim() === '' ? kind : null;
}

/** A sentence closed and signed with a bare name in brackets (…严防山火发生。（某某某）): a brief's end, as a 记者 signature is. */
const SIGNED_BY_NAME = /[。！？][（(]\p{Script=Han}{2,4}[）)]$/u;
/** Ends a full sentence (。！？…), not a clause: where a paragraph may end. */
export const endsFullSentence = (s: string) => PATTERNS.fullStop.test(s.trim()) || PATTERNS.trailingByline.test(s.trim()) || SIGNED_BY_NAME.test(s.trim());

/** Removes all whitespace (for comparing printed text). */
export const squeeze = (s: string) => s.replace(/[\s\u3000]+/gu, '');

/** Collapses whitespace runs (full-width spaces too) to one space, trimmed. */
export const collapse = (s: string) => s.replace(/[\s\u3000]+/gu, ' ').trim();

/** Appends in a loop: `push(...items)` throws once a seed yields ~10⁵ items (argument limit). */
export function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

const CN_PAGE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A page named by a continuation marker, as records write it: 第3版 → 3版, 第一版 → 1版, 第十二版 → 12版. */
export function pageRef(s: string): string {
  const t = s.replace(/\s+/gu, '').replace(/^第/u, '');
  const m = t.match(/^([一二三四五六七八九十]{1,3})版$/u);
  if (!m) return t;
  const [tens, ones] = m[1]!.includes('十') ? m[1]!.split('十') : ['', m[1]!];
  const n = m[1]!.includes('十') ? (tens ? CN_PAGE_DIGITS[tens]! : 1) * 10 + (ones ? CN_PAGE_DIGITS[ones]! : 0) : CN_PAGE_DIGITS[ones!]!;
  return `${n}版`;
}

/** Visual width: Chinese and full-width characters count two, ASCII one. */
export function visualWidth(s: string): number {
  let w = 0;
  for (const c of s) w += /[\u0000-\u00ff]/u.test(c) ? 1 : 2;
  return w;
}
