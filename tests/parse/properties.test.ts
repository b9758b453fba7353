/**
 * Property-based tests of the whole parse on the real seeds, mutated the ways extraction and
 * editing go wrong: lines lost, doubled, swapped, split or joined; a run printed twice; stray
 * characters (controls, CR, furniture, leads) dropped in. Whatever the input, the parse must not
 * throw, must account for every character (the ledger balances), and must keep every record
 * inside the seed it came from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { parseSeedMetaFor } from './helpers.ts';

/** 150 mutated texts per seed by default; PROPERTY_RUNS / PROPERTY_SEED explore further (a failure prints its seed and path to replay). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

/** Snippets a mutation may insert: control characters, line breaks, page furniture, leads, markup, Latin, digits. */
const INSERTS = ['\u0000', '\u0007', '\r', '\r\n', '\n\n', '\t', '（下转2版）', '投稿：liushiwed@126.com', '本报讯（记者 张三）', '■', '<b>', '“', '”', 'I', '2023', '　', '\uFEFF', '𠀀'];

type Mutation =
  | { op: 'delete' | 'duplicate' | 'split' | 'join' | 'double'; at: number; pos: number; len: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'insert'; at: number; pos: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'split' as const, 'join' as const, 'double' as const), at: fc.nat(), pos: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), pos: fc.nat(), text: fc.constantFrom(...INSERTS) }),
);

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    const line = lines[i]!;
    switch (m.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap': {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j]!, line];
        break;
      }
      case 'split': {
        const p = m.pos % (line.length + 1);
        lines.splice(i, 1, line.slice(0, p), line.slice(p));
        break;
      }
      case 'join':
        if (i + 1 < lines.length) lines.splice(i, 2, line + lines[i + 1]);
        break;
      case 'double': {
        // A bold run printed twice, as 001 shows it (柳市镇开展柳市镇开展).
        const p = m.pos % (line.length + 1);
        const run = line.slice(p, p + m.len);
        lines[i] = line.slice(0, p) + run + line.slice(p);
        break;
      }
      case 'insert': {
        const p = m.pos % (line.length + 1);
        lines[i] = line.slice(0, p) + m.text + line.slice(p);
        break;
      }
    }
  }
  return lines.join('\n');
}

describe('the whole parse, on mutated real seeds', () => {
  for (const seed of SEEDS) {
    it(`${seed}: never throws, balances the ledger, keeps records inside the seed`, () => {
      const original = readFileSync(`seeds/${seed}`, 'utf8');
      const options = parseSeedMetaFor(seed);
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
          const text = mutate(original, mutations);
          const r = parseSeed(text, options);
          expect(r.ledger.balanced).toBe(true);
          const lineCount = text.split(/\r\n|\r|\n/u).length;
          for (const a of r.articles) {
            expect(a.headline.trim()).not.toBe('');
            expect(a.source.startLine).toBeGreaterThanOrEqual(1);
            expect(a.source.endLine).toBeLessThanOrEqual(lineCount);
            expect(a.source.startLine).toBeLessThanOrEqual(a.source.endLine);
            for (const p of a.body) expect(p).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
