/**
 * Links between articles: "相关报道" from shared places and keywords, and the names in the text
 * that look like places the gazetteer almost has (for an editor to confirm as aliases).
 */
import type { Article } from '../records/schema.ts';
import type { Gazetteer } from './gazetteer.ts';

/** How many related articles an article lists. */
export const RELATED_COUNT = 5;
/** Least score to be listed: one shared village or community, or two shared keywords. A shared town alone is not enough. */
export const RELATED_MIN_SCORE = 2;
/** A shared village or community says more than a shared keyword; a shared town (柳市镇, everywhere) says little. */
const WEIGHT = { place: 3, town: 0.5, keyword: 1 };

/** For each article, the ids of the most related articles in other issues, best first (ties: newer first, then id). */
export function relatedArticles(articles: Article[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of articles) {
    const scored = articles
      .filter((b) => b.issue.key !== a.issue.key)
      .map((b) => ({ b, score: score(a, b) }))
      .filter((x) => x.score >= RELATED_MIN_SCORE)
      .sort((x, y) => y.score - x.score || (y.b.date ?? '').localeCompare(x.b.date ?? '') || x.b.id.localeCompare(y.b.id));
    out.set(a.id, scored.slice(0, RELATED_COUNT).map((x) => x.b.id));
  }
  return out;
}

function score(a: Article, b: Article): number {
  let s = 0;
  const bPlaces = new Map(b.placeDetails.map((p) => [p.name, p.kind]));
  for (const p of a.placeDetails) if (bPlaces.has(p.name)) s += p.kind === 'town' ? WEIGHT.town : WEIGHT.place;
  const bKeys = new Set(b.keywords);
  for (const k of a.keywords) if (bKeys.has(k)) s += WEIGHT.keyword;
  return s;
}

export interface SuspectedAlias {
  /** As the text writes it: 马道村. */
  name: string;
  /** Gazetteer names it may stand for: 马道头村. */
  candidates: string[];
  /** Articles where it occurs. */
  articles: string[];
}

/**
 * Words ending in 村 or 社区 that the gazetteer lacks, where a gazetteer name starts with the same
 * stem (the text's 马道村 vs an official 马道头村). Listed for an editor; never merged.
 */
export function suspectedAliases(articles: Article[], g: Gazetteer, cut: (t: string) => string[]): SuspectedAlias[] {
  const known = new Set([...g.places.map((p) => p.name), ...g.aliases.map((a) => a.alias)]);
  const found = new Map<string, SuspectedAlias>();
  for (const a of articles) {
    const text = [a.headline, ...a.body, ...a.captions.map((c) => c.text)].join('\n');
    for (const w of new Set(cut(text))) {
      const m = w.match(/^(\p{Script=Han}{2,4})(村|社区)$/u);
      if (!m || known.has(w)) continue;
      const candidates = g.places.filter((p) => p.name !== w && p.name.startsWith(m[1]) && p.name.endsWith(m[2])).map((p) => p.name);
      if (candidates.length === 0) continue;
      const entry = found.get(w) ?? { name: w, candidates: [...new Set(candidates)].sort(), articles: [] };
      entry.articles.push(a.id);
      found.set(w, entry);
    }
  }
  return [...found.values()].sort((x, y) => x.name.localeCompare(y.name));
}
