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
      // Brackets change as a pair: (1) before 业主协商 becomes （1）, (DELIXI) in Latin text stays.
      if (c === '(' || c === ')') continue;
      changes.push({ from: c, to: FULL[c]!, index: i });
      chars[i] = FULL[c]!;
    } else if (c === '"' && (nearHan(i) || /[\s“”]/u.test(chars[i - 1] ?? ' '))) {
      const to = openQuote ? '“' : '”';
      openQuote = !openQuote;
      changes.push({ from: c, to, index: i });
      chars[i] = to;
    }
  }
  // Bracket pairs: both change when Chinese text stands inside or right beside them.
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '(') continue;
    const j = chars.indexOf(')', i + 1);
    if (j < 0 || j - i > 40 || chars.slice(i + 1, j).includes('(')) continue;
    const around = [chars[i - 1] ?? '', ...chars.slice(i + 1, j), chars[j + 1] ?? ''];
    if (!around.some((x) => /\p{Script=Han}/u.test(x))) continue;
    changes.push({ from: '(', to: '（', index: i }, { from: ')', to: '）', index: j });
    chars[i] = '（';
    chars[j] = '）';
  }
  changes.sort((a, b) => a.index - b.index);
  return { text: chars.join(''), changes };
}
