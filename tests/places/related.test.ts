import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../../src/records/schema.ts';
import { COMMON_MIN_ARTICLES, COMMON_SHARE, RELATED_COUNT, RELATED_MIN_SCORE, relatedArticles, relatedScore } from '../../src/places/related.ts';

type Kind = Article['placeDetails'][number]['kind'];

/** Just the fields related articles read. */
function article(id: number, issue: number, date: string | null, places: [string, Kind][], keywords: string[]): Article {
  return {
    id: `a${id}`,
    issue: { key: `i${issue}` },
    date,
    placeDetails: places.map(([name, kind]) => ({ name, kind, town: null, as: null })),
    keywords,
  } as unknown as Article;
}

/** Every pair scored: what the inverted index must reproduce. */
function bruteForce(articles: Article[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of articles) {
    const scored = articles
      .filter((b) => b.issue.key !== a.issue.key)
      .map((b) => ({ b, score: relatedScore(a, b) }))
      .filter((x) => x.score >= RELATED_MIN_SCORE)
      .sort((x, y) => y.score - x.score || (y.b.date ?? '').localeCompare(x.b.date ?? '') || x.b.id.localeCompare(y.b.id));
    out.set(a.id, scored.slice(0, RELATED_COUNT).map((x) => x.b.id));
  }
  return out;
}

const PLACES: [string, Kind][] = [
  ['前西垟村', 'village'],
  ['翔金垟村', 'village'],
  ['七里港社区', 'area'],
  ['东风社区', 'community'],
  ['柳市镇', 'town'],
  ['北白象镇', 'town'],
  ['南塘镇', 'town'],
  ['石梁镇', 'town'],
  ['沟溪乡', 'town'],
];
const KEYWORDS = ['文明', '擂台赛', '物流园', '宣讲', '信访', '两会'];

describe('relatedArticles', () => {
  it('gives the same lists as scoring every pair (villages, towns, keywords, ties by date and id)', () => {
    const arb = fc.array(
      fc.record({
        issue: fc.integer({ min: 0, max: 3 }),
        date: fc.option(fc.constantFrom('2022-07-26', '2023-03-17', '2023-03-18'), { nil: null }),
        places: fc.uniqueArray(fc.constantFrom(...PLACES), { selector: (p) => p[0], maxLength: 6 }),
        keywords: fc.uniqueArray(fc.constantFrom(...KEYWORDS), { maxLength: 4 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const articles = rows.map((r, i) => article(i, r.issue, r.date, r.places, r.keywords));
        expect(relatedArticles(articles)).toEqual(bruteForce(articles));
      }),
      { numRuns: 300 },
    );
  });

  it('does not count a keyword that a large share of a large archive has, and still counts rarer ones', () => {
    // 3,000 articles in 3,000 issues: 攻坚 and 宣讲 in every tenth (common), 擂台赛 and 两会 in two.
    const n = 3000;
    expect(n / 10).toBeGreaterThan(Math.max(COMMON_MIN_ARTICLES, n * COMMON_SHARE));
    const articles = Array.from({ length: n }, (_, i) =>
      article(i, i, '2023-03-18', [], [...(i % 10 === 0 ? ['攻坚', '宣讲'] : []), ...(i < 2 ? ['擂台赛', '两会'] : [])]),
    );
    const related = relatedArticles(articles);
    // a0 and a1 share two rare keywords: related. a10 and a20 share 攻坚 (common) and 宣讲 (also in
    // every tenth: common too): not related, though each pair shares two keywords.
    expect(related.get('a1')).toEqual(['a0']);
    expect(related.get('a10')).toEqual([]);
    // The same archive at 100 articles: below COMMON_MIN_ARTICLES nothing is common, so they are.
    const small = relatedArticles(articles.slice(0, 100));
    expect(small.get('a10')!.length).toBeGreaterThan(0);
  });

  it('relates by four shared towns alone, but not by three', () => {
    const towns = PLACES.filter((p) => p[1] === 'town');
    const four = [article(1, 1, null, towns.slice(0, 4), []), article(2, 2, null, towns.slice(0, 4), [])];
    expect(relatedArticles(four).get('a1')).toEqual(['a2']);
    const three = [article(1, 1, null, towns.slice(0, 3), []), article(2, 2, null, towns.slice(0, 3), [])];
    expect(relatedArticles(three).get('a1')).toEqual([]);
  });
});
