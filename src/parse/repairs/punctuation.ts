/**
 * Punctuation in Chinese text. Extraction often yields half-width marks (悠悠万事,民生为大;) and
 * straight quotes ("压舱石"); readers expect full-width ones. The change is one character for one,
 * so the ledger still balances, and each change is logged with the original. Digits keep theirs
 * (1,000 and 3:30), and so do Latin words and addresses.
 */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = /[\p{Script=Han}“”‘’（）《》、，。；：！？]/u;

export interface PunctuationResult {
  text: string;
  /** Each change: original character, replacement, 0-based index in the text. */
  changes: { from: string; to: string; index: number }[];
}

/** Any half-width mark this repair changes: a text without one is returned as it is. */
const CANDIDATE = /[,;:?!()"]/u;

export function fullWidthPunctuation(text: string): PunctuationResult {
  if (!CANDIDATE.test(text)) return { text, changes: [] };
  const chars = [...text];
  const changes: PunctuationResult['changes'] = [];
  const nearHan = (i: number) => HAN.test(chars[i - 1] ?? '') || HAN.test(chars[i + 1] ?? '');
  // A straight quote opens after a non-word and closes before one: count them in order.
  let openQuote = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in FULL && nearHan(i)) {
      if (/\d/u.test(chars[i - 1] ?? '') && /\d/u.test(chars[i + 1] ?? '')) continue;
      // A bracket around Latin or digits alone ((1) in a list) stays as printed.
      if ((c === '(' || c === ')') && !bracketHasHan(chars, i)) continue;
      changes.push({ from: c, to: FULL[c]!, index: i });
      chars[i] = FULL[c]!;
    } else if (c === '"' && (nearHan(i) || /[\s“”]/u.test(chars[i - 1] ?? ' '))) {
      const to = openQuote ? '“' : '”';
      openQuote = !openQuote;
      changes.push({ from: c, to, index: i });
      chars[i] = to;
    }
  }
  return { text: chars.join(''), changes };
}

/** Whether the bracket at `i` encloses (or is next to) Chinese text, looking to its partner. */
function bracketHasHan(chars: string[], i: number): boolean {
  const step = chars[i] === '(' ? 1 : -1;
  for (let j = i + step; j >= 0 && j < chars.length && Math.abs(j - i) < 40; j += step) {
    if (chars[j] === '(' || chars[j] === ')') break;
    if (/\p{Script=Han}/u.test(chars[j]!)) return true;
  }
  return /\p{Script=Han}/u.test(chars[i - step] ?? '');
}
