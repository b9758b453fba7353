/** Step 7: the text ledger, every character of the input in exactly one place. */
import type { Ledger } from '../records/schema.ts';
import { blockLines } from '../records/text.ts';
import type { Report } from './report.ts';
import { nonSpaceLength, squeeze } from './text.ts';
import type { ParsingArticle } from './types.ts';

/**
 * Counts non-whitespace characters of the input and of every output, so that a character the
 * parser lost (or invented) shows up as an imbalance instead of disappearing silently. Restored
 * quotation marks are counted as added.
 */
export function ledger(text: string, articles: ParsingArticle[], report: Report): Ledger {
  const count = (s: string | null | undefined) => (s ? nonSpaceLength(s) : 0);
  const charsIn = count(text.replace(/^\uFEFF/u, ''));
  let placed = 0;
  for (const a of articles) {
    placed += count(a.kicker) + count(a.subheadline) + count(a.byline.raw);
    placed += a.borrowedHeadline ? 0 : count(a.headline);
    // A column label is printed once, above the first of the stories it names.
    if (!a.inheritedColumn) placed += count(a.column);
    for (const b of a.blocks) {
      if (b.type === 'list') placed += count(b.title) + b.items.reduce((n, x) => n + count(x.marker) + count(x.label) + count(x.text), 0);
      else if (b.type === 'turn') placed += count(b.speaker) + 1 + count(b.text);
      else placed += blockLines(b).reduce((n, l) => n + count(l), 0);
    }
    for (const c of a.captions) placed += count(c.text) + count(c.creditRaw);
    if (a.document) {
      const d = a.document;
      placed += count(d.issuer) + count(d.number) + count(d.signer) + count(d.addressee) + count(d.closingOrgan) + count(d.closingDate);
      placed += d.attachments.reduce((n, x) => n + count(x), 0) + count(d.copyTo) + count(d.printedBy) + count(d.printedDate);
    }
  }
  const furniture = report.furniture.reduce((n, f) => n + count(f.text), 0);
  const unplaced = report.unplaced.reduce((n, u) => n + count(u.text), 0);
  void squeeze;
  return {
    charsIn,
    placed,
    furniture,
    removed: report.removed,
    added: report.added,
    unplaced,
    balanced: charsIn + report.added === placed + furniture + report.removed + unplaced,
  };
}
