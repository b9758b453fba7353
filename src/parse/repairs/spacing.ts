/**
 * Letter-spaced lines: letterheads and titles set with spaces between characters
 * (中 共 乐 清 市 … 文 件, 会 议 纪 要, 通  知, 柳 市) are one word each. Only whitespace changes, so
 * nothing is logged in the ledger.
 */

/** A line of single Han characters separated by whitespace: at least two of them. */
const SPACED = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han})+$/u;

/** Longest line read as letter-spaced (a list of one-character words is not a letterhead). */
const MAX_SPACED_CHARS = 24;

export function unspace(text: string): string {
  const t = text.trim();
  if (!SPACED.test(t)) return text;
  const chars = t.replace(/[\s\u3000]+/gu, '');
  return [...chars].length <= MAX_SPACED_CHARS ? chars : text;
}

/**
 * Spaced runs inside a line: `中 共 乐 清 市 委 员 会  文 件` → 中共乐清市委员会 文件. Three or more
 * single characters in a row, each separated by one space, are one word; wider gaps stay.
 */
export function unspaceRuns(text: string): string {
  return text.replace(/(?<![\p{Script=Han}])\p{Script=Han}(?: \p{Script=Han}){2,}(?![\p{Script=Han}])/gu, (m) => m.replace(/ /gu, ''));
}
