/**
 * Punctuation in Chinese text. Extraction often yields half-width marks (004: 悠悠万事,民生为大;) and
 * straight quotes ("压舱石"); readers expect full-width ones. The change is one character for one,
 * so the ledger still balances, and each change is logged with the original.
 * Quotation marks the PDF lost entirely (004: 打造 一网两微一刊 媒体融合矩阵) cannot be restored
 * safely: the text is kept as printed and flagged.
 */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = /\p{Script=Han}/u;

export interface PunctuationResult {
  text: string;
  /** Each change: original character, replacement, 0-based index in the text. */
  changes: { from: string; to: string; index: number }[];
  /** Short runs of Chinese set off by spaces: probably quotation marks lost in extraction. */
  lostQuotes: string[];
}

export function normalisePunctuation(text: string): PunctuationResult {
  const chars = [...text];
  const changes: PunctuationResult['changes'] = [];
  const nearHan = (i: number) => HAN.test(chars[i - 1] ?? '') || HAN.test(chars[i + 1] ?? '');
  let openQuote = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c in FULL && nearHan(i)) {
      // Leave 1,000 and 3:30 alone: digits on both sides.
      if (/\d/u.test(chars[i - 1] ?? '') && /\d/u.test(chars[i + 1] ?? '')) continue;
      changes.push({ from: c, to: FULL[c], index: i });
      chars[i] = FULL[c];
    } else if (c === '"' && nearHan(i)) {
      const to = openQuote ? '“' : '”';
      openQuote = !openQuote;
      changes.push({ from: c, to, index: i });
      chars[i] = to;
    }
  }
  const out = chars.join('');
  const lostQuotes = [...out.matchAll(/(?<=\p{Script=Han}) (\p{Script=Han}[\p{Script=Han}、·]{1,15}) (?=[\p{Script=Han}，。、；：])/gu)].map((m) => m[1]);
  return { text: out, changes, lostQuotes };
}
