import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/read-model/nearest.ts';

describe('nearest (the rest of an issue around an article)', () => {
  const list = [...'abcdefghijklmnop'];
  it('takes from both sides, nearest first, in list order', () => {
    expect(nearest(list, 7, 10).join('')).toBe('cdefgijklm');
    expect(nearest(list, 7, 3).join('')).toBe('fgi');
  });
  it('fills from the other side at either end', () => {
    expect(nearest(list, 0, 10).join('')).toBe('bcdefghijk');
    expect(nearest(list, 15, 10).join('')).toBe('fghijklmno');
  });
  it('lists all others of a short list, and none of a list of one', () => {
    expect(nearest([...'abc'], 1, 10)).toEqual(['a', 'c']);
    expect(nearest(['a'], 0, 10)).toEqual([]);
  });
});
