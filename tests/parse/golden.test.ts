/**
 * The parser on the golden corpus (tests/fixtures/pages/): every page at the thresholds of
 * src/score/thresholds.ts, and every page's own guarantees — the ledger balances and nothing
 * is left unplaced. `npm run score:parse -- --verbose` prints what differs.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { readGoldenPages } from '../../src/score/key.ts';
import { scorePage } from '../../src/score/score.ts';
import { belowThresholds } from '../../src/score/thresholds.ts';
import { buildAids } from './helpers.ts';

const pages = readGoldenPages();
const parsed = pages.map((p) => ({ page: p, result: parseSeed(p.text, { seed: `${p.slug}/page.txt`, kind: p.key.meta.kind, date: p.key.meta.date, ...buildAids() }) }));

describe('the golden corpus', () => {
  it('holds at least 30 pages of many forms', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(new Set(pages.map((p) => p.key.form)).size).toBeGreaterThanOrEqual(15);
  });

  it('is read at every published threshold, over the corpus and on each page', () => {
    const scores = parsed.map(({ page, result }) => scorePage(page.slug, page.key, result));
    expect(belowThresholds(scores)).toEqual([]);
  });

  it.each(pages.map((p) => p.slug))('%s: balances its ledger with nothing unplaced', (slug) => {
    const { result } = parsed.find((x) => x.page.slug === slug)!;
    expect(result.ledger.balanced).toBe(true);
    expect(result.ledger.unplaced).toBe(0);
  });
});
