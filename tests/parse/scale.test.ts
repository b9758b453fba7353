/**
 * A seed of 10⁵ lines (an editor pasting a whole year of pages into one file) must parse without
 * hitting the engine's argument limit (`push(...items)`, `Math.min(...xs)`) or recursion depth, and
 * still account for every character. Speed is measured by `npm run bench…`, not asserted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { buildAids, SEEDS } from './helpers.ts';

describe('a seed of 100 000 lines', () => {
  it('parses, keeps every article and balances the ledger', { timeout: 300_000 }, () => {
    const page = readFileSync(`seeds/${SEEDS.liushiFront}`, 'utf8');
    const copies = Math.ceil(100_000 / page.split('\n').length);
    const text = Array(copies).fill(page).join('\n');
    const one = parseSeed(page, { seed: 'one.txt', kind: 'news-page', date: null, ...buildAids() });
    const all = parseSeed(text, { seed: 'big.txt', kind: 'news-page', date: null, ...buildAids() });
    expect(text.split('\n').length).toBeGreaterThanOrEqual(100_000);
    expect(all.ledger.balanced).toBe(true);
    expect(all.ledger.unplaced).toBe(0);
    expect(all.articles.length).toBe(one.articles.length * copies);
    const last = all.articles.at(-1)!;
    expect(last.headline).toBe(one.articles.at(-1)!.headline);
    expect(last.source.endLine).toBeGreaterThan(99_000);
  });
});
