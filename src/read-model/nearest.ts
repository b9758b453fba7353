/** Pure list helper for pages (no Astro imports, so tests can load it). */
/**
 * Up to `max` items of `list` other than the one at `index`, the nearest to it first taken from
 * both sides, returned in list order (the rest of an issue around an article).
 */
export function nearest<T>(list: T[], index: number, max: number): T[] {
  if (index < 0) return list.slice(0, max);
  let lo = index;
  let hi = index;
  while (hi - lo < max && (lo > 0 || hi < list.length - 1)) {
    if (lo > 0 && (index - lo <= hi - index || hi >= list.length - 1)) lo--;
    else hi++;
  }
  return list.slice(lo, hi + 1).filter((_, i) => lo + i !== index);
}
