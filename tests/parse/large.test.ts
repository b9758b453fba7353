/**
 * The parser on seeds of 10⁵ lines (100,000 to 150,000): a real seed, then its own lines, one-line
 * paragraphs, leads and blank lines mixed by a recipe fast-check draws. Whatever the mix and the
 * page kind, the parse must not throw (no spread of an unbounded array into a call, no recursion
 * as deep as the page) and must account for every character. The loader survives a parser that
 * throws (tests/archive/isolation.test.ts); this asks the parser not to.
 *
 * Runs few cases (each parse takes seconds) and never shrinks a failure (shrinking 10⁵ lines
 * would take hours): the failing recipe is printed as it was drawn.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import type { SeedKind } from '../../src/records/schema.ts';
import { prng } from '../support/prng.ts';
import { SEEDS } from './helpers.ts';

const RUNS = Number(process.env.PROPERTY_RUNS_LARGE ?? 3);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);

interface Recipe {
  kind: SeedKind;
  base: string;
  lines: number;
  /** Shares of the filler: the base seed's own lines, one-sentence paragraphs, leads; the rest blank lines. */
  own: number;
  sentences: number;
  leads: number;
  seed: number;
}

/** The seed text a recipe describes: the base seed, then filler lines up to `lines`. */
function seedText(r: Recipe): string {
  const base = readFileSync(`seeds/${r.base}`, 'utf8').split('\n');
  const out = [...base];
  const random = prng(r.seed);
  const total = r.own + r.sentences + r.leads + 0.05;
  for (let i = 0; out.length < r.lines; i++) {
    const x = random() * total;
    if (x < r.own) out.push(base[i % base.length]!);
    else if (x < r.own + r.sentences) out.push(`会议要求各村抓好第${i}项落实工作。`);
    else if (x < r.own + r.sentences + r.leads) out.push(`本报讯（记者 张三）3月${1 + (i % 28)}日，柳市镇召开第${i}次会议。`);
    else out.push('');
  }
  return out.join('\n');
}

const recipe: fc.Arbitrary<Recipe> = fc.record({
  kind: fc.constantFrom<SeedKind>('news-page', 'feature-page', 'literary-page', 'document'),
  base: fc.constantFrom(...Object.values(SEEDS)),
  lines: fc.integer({ min: 100_000, max: 150_000 }),
  own: fc.double({ min: 0, max: 1, noNaN: true }),
  sentences: fc.double({ min: 0, max: 1, noNaN: true }),
  leads: fc.double({ min: 0, max: 0.2, noNaN: true }),
  seed: fc.nat(),
});

/** A feature page of one long article: 001, then one-sentence paragraphs (140,000 lines in all). */
const LONG_FEATURE: Recipe = { kind: 'feature-page', base: SEEDS.liushiFeature, lines: 140_000, own: 0, sentences: 1, leads: 0, seed: 1 };

describe('the parser on seeds of 10⁵ lines', () => {
  // The parser before issue 11 spread an article's items into Math.min(...) and push(...), which
  // overflowed the stack past about 120,000 items (LONG_FEATURE, drawn first); it appends in loops now.
  it('never throws and accounts for every character, whatever the mix and the page kind', () => {
    fc.assert(
      fc.property(recipe, (r) => {
        const text = seedText(r);
        const result = parseSeed(text, { seed: 'large.txt', kind: r.kind });
        expect(result.ledger.balanced).toBe(true);
        const lineCount = text.split('\n').length;
        for (const a of result.articles) {
          expect(a.source.startLine).toBeGreaterThanOrEqual(1);
          expect(a.source.endLine).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true, examples: [[LONG_FEATURE]] },
    );
  });
});
