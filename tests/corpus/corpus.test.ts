/**
 * The synthetic corpus (npm run corpus): deterministic for a seed number, and read by the parser
 * as intended — the article count it was built with, every character placed, no seed rejected.
 * Parse level only (no site build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import { ARTICLES_PER_ISSUE, generateCorpus, issueDates, PAGES_PER_ISSUE } from '../support/corpus/generate.ts';
import { readMaterial } from '../support/corpus/material.ts';
import { writeCorpus } from '../support/corpus/write.ts';
import { BAIJIAXING, personName, Sampler } from '../support/corpus/lexicon.ts';
import { tempDirs } from '../support/temp-dirs.ts';
import { heapsExponent, vocabularyCurve } from '../support/corpus/vocabulary.ts';

const material = readMaterial('seeds');
const tempDir = tempDirs('corpus-');

const folder = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('npm run corpus', () => {
  it('writes byte-identical folders for the same seed number, and another corpus for another', () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    writeCorpus({ issues: 2, seed: 7, out: a });
    writeCorpus({ issues: 2, seed: 7, out: b });
    writeCorpus({ issues: 2, seed: 8, out: c });
    expect(folder(a)).toEqual(folder(b));
    expect(folder(a)['2004-01-07_p1.txt']).not.toEqual(folder(c)['2004-01-07_p1.txt']);
    expect(Object.keys(folder(a))).toHaveLength(2 * PAGES_PER_ISSUE + 2); // pages, metadata.yaml, places.yaml
  });

  it('is read with the expected number of articles and no unplaced text', () => {
    const dir = tempDir();
    const corpus = writeCorpus({ issues: 3, seed: 20230318, out: dir });
    expect(corpus.articles).toBe(3 * ARTICLES_PER_ISSUE);
    const archive = loadArchive(dir);
    expect(archive.problems).toEqual([]);
    expect(archive.seeds.filter((s) => s.error)).toEqual([]);
    expect(archive.articles).toHaveLength(corpus.articles);
    expect(archive.issues).toHaveLength(3);
    for (const issue of archive.issues) expect(issue.unplaced).toEqual([]);
    expect(archive.seeds.every((s) => s.ledger?.balanced && s.ledger.unplaced === 0)).toBe(true);
    // Page furniture is read as furniture, not as article text.
    expect(archive.articles.some((a) => a.body.join('').includes('liushiwed@126.com'))).toBe(false);
    // Issues are dated from the metadata, across twenty years.
    expect(archive.issues.map((i) => i.date)).toEqual(issueDates(3));
  });

  it('cuts the last issue short for an exact --articles, and dates many issues weekly', () => {
    const corpus = generateCorpus(material, { seed: 1, articles: 100 });
    expect(corpus.articles).toBe(100);
    expect(corpus.issues).toBe(3);
    const weekly = issueDates(1040);
    expect(weekly[1]).toBe('2004-01-14');
    expect(weekly.at(-1)!.slice(0, 4)).toBe('2023');
  });
});

describe('the lexicon vocabulary', () => {
  it('draws words by frequency within a part of speech, and names from surnames of 百家姓', () => {
    const lex = material.lexicon;
    expect(lex.words).toBeGreaterThan(300_000);
    expect(lex.byTag.get('n')!.size).toBeGreaterThan(10_000);
    // Draws follow the weights: 3 : 1.
    const sampler = new Sampler([
      ['常用', 3],
      ['罕用', 1],
    ]);
    const draws = Array.from({ length: 400 }, (_, i) => sampler.draw((i + 0.5) / 400));
    expect(draws.filter((w) => w === '常用')).toHaveLength(300);
    let u = 0.123;
    const next = () => (u = (u * 9301 + 49297) % 233280) / 233280;
    for (let i = 0; i < 50; i++) {
      const name = personName(lex, next);
      expect(name).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(BAIJIAXING).toContain(name[0]);
    }
  });

  it('grows the vocabulary with the archive, unlike the recombined seeds', () => {
    const cut = (t: string) => t.split(/[^\p{Script=Han}]+/u);
    const pages = (vocabulary: 'lexicon' | 'seeds') =>
      [...generateCorpus(material, { seed: 3, issues: 4, vocabulary }).files].filter(([n]) => n.endsWith('.txt')).map(([, t]) => t);
    const pairs = (vocabulary: 'lexicon' | 'seeds') => vocabularyCurve(pages(vocabulary), [], cut).at(-1)!.distinctPairs;
    expect(pairs('lexicon')).toBeGreaterThan(pairs('seeds') * 1.2);
  });

  it('the old recombined corpus is still read with no unplaced text', () => {
    const dir = tempDir();
    const corpus = writeCorpus({ issues: 2, seed: 5, vocabulary: 'seeds', out: dir });
    const archive = loadArchive(dir);
    expect(archive.articles).toHaveLength(corpus.articles);
    expect(archive.seeds.every((s) => s.ledger?.balanced && s.ledger.unplaced === 0)).toBe(true);
  });
});

describe('vocabulary curves', () => {
  it('counts distinct characters, pairs within runs and words', () => {
    const [p] = vocabularyCurve(['柳市 镇，柳市'], [], (t) => t.split(/[，\s]/u));
    // 柳 市 镇; pairs 柳市 市镇 (the space is ignored, the comma breaks the run); words 柳市 镇.
    expect(p).toEqual({ chars: 5, distinctChars: 3, distinctPairs: 2, distinctWords: 2 });
  });

  it('fits the Heaps exponent of a power law', () => {
    const points = [1e3, 1e4, 1e5, 1e6].map((n) => ({ chars: n, distinct: 7 * n ** 0.6 }));
    expect(heapsExponent(points)).toBeCloseTo(0.6, 6);
  });
});
