/** The archive's words and the near misses suggested from them (src/search/vocabulary.ts). */
import { describe, expect, it } from 'vitest';
import { editKind, nearestWords, shardLengthsFor } from '../../src/search/vocabulary.ts';
import { countArticleWords, shardWords, type WordShard } from '../../src/records/vocabulary.ts';

describe('the vocabulary', () => {
  it('counts Chinese words of 2–6 characters once per article', () => {
    const counts = new Map<string, number>();
    countArticleWords(['德力西', '集团', '德力西', '的', '2023', 'ABC', '一二三四五六七', '，'], counts);
    countArticleWords(['德力西', '柳市镇'], counts);
    expect([...counts]).toEqual([
      ['德力西', 2],
      ['集团', 1],
      ['柳市镇', 1],
    ]);
  });

  it('keeps at most the limit per length, most articles first', () => {
    const counts = new Map([
      ['甲乙', 1],
      ['丙丁', 3],
      ['戊己', 2],
      ['德力西', 7],
    ]);
    const shards = shardWords(counts, 2);
    expect(shards.map((s) => s.n)).toEqual([2, 3, 4, 5, 6]);
    expect(shards[0]).toEqual({ n: 2, w: ['丙丁', '戊己'], c: [3, 2] });
    expect(shards[1]).toEqual({ n: 3, w: ['德力西'], c: [7] });
  });
});

describe('near misses', () => {
  const chars = (s: string) => [...s];
  it.each([
    ['德立西', '德力西', 'changed'],
    ['力德西', '德力西', 'swapped'],
    ['德西', '德力西', 'missing'],
    ['德力力西', '德力西', 'extra'],
    ['德力西集', '德力西集团', 'missing'],
  ] as const)('%s → %s is %s', (q, w, kind) => expect(editKind(chars(q), chars(w))).toBe(kind));

  it.each([
    ['德立东', '德力西'],
    ['柳市', '柳树'],
    ['德力西', '德力西'],
    ['德西', '德力西集团'],
  ])('%s and %s are not one edit apart (a two-character word is not changed)', (q, w) => expect(editKind(chars(q), chars(w))).toBeNull());

  it('suggests the words one edit away, most used first, never the query', () => {
    const shards: WordShard[] = [
      { n: 2, w: ['德西'], c: [1] },
      { n: 3, w: ['德力西', '得立西', '德立西'], c: [7, 2, 1] },
      { n: 4, w: ['德立西路'], c: [3] },
    ];
    expect(nearestWords('德立西', shards).map((w) => w.word)).toEqual(['德力西', '德立西路', '得立西', '德西']);
    expect(nearestWords(' 德立西。', shards)[0]).toEqual({ word: '德力西', count: 7, kind: 'changed' });
  });

  it('needs only the shards one length away, and none for a query not all Chinese', () => {
    expect(shardLengthsFor('德立西')).toEqual([2, 3, 4]);
    expect(shardLengthsFor('德立')).toEqual([2, 3]);
    expect(shardLengthsFor('一二三四五六七')).toEqual([6]);
    expect(shardLengthsFor('德')).toEqual([]);
    expect(shardLengthsFor('2023年')).toEqual([]);
    expect(shardLengthsFor('huanghua')).toEqual([]);
  });
});
