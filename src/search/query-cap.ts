/**
 * How long a search may be. A query is searched as an exact phrase: past a long sentence it is a
 * pasted paragraph that no article repeats word for word, and it only makes a long address (a
 * 10,000-character query made a 90 kB URL, past what servers accept) and a slow search. Longer
 * queries are cut, and the search page says so.
 */
export const MAX_QUERY_CHARS = 100;

/**
 * The search boxes of other pages (a plain GET form) accept one character more than the cap, so a
 * query that was cut reaches the search page still too long, and is cut there with a message.
 */
export const SEARCH_BOX_MAXLENGTH = MAX_QUERY_CHARS + 1;

/** The query cut to the cap (in characters, not UTF-16 units), and how long it was. */
export function capQuery(q: string): { q: string; length: number; cut: boolean } {
  const chars = [...q];
  if (chars.length <= MAX_QUERY_CHARS) return { q, length: chars.length, cut: false };
  return { q: chars.slice(0, MAX_QUERY_CHARS).join('').trim(), length: chars.length, cut: true };
}

/** What the search page says when it cut a query. */
export const capMessage = (length: number) => `搜索词太长（${length}个字）：只搜索了前${MAX_QUERY_CHARS}个字。`;
