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

/**
 * A shared town adds WEIGHT.town only, so town-only overlaps reach RELATED_MIN_SCORE just with this
 * many shared towns; below it, an article related by score shares a village or a keyword.
 */
const TOWNS_TO_REACH_MIN = Math.ceil(RELATED_MIN_SCORE / WEIGHT.town);
/**
 * A village or keyword found in more than this share of the archive (and in more than
 * COMMON_MIN_ARTICLES articles) says little about two articles being related — like a town — and
 * is not counted. It is also what kept the scoring from growing linearly: the cost is the sum of
 * squares of how many articles share each feature (at 40,000 synthetic articles, 攻坚 alone was in
 * a quarter of them: related lists took 31 s instead of ~5 s).
 */
export const COMMON_SHARE = 0.05;
/** Below this many articles no feature counts as common (a small archive keeps every link). */
export const COMMON_MIN_ARTICLES = 200;
/**
 * …and above this many it always does, whatever the archive's size: a share alone would let the
 * cost grow with the square of the archive (features in 5% of 40,000 articles still made related
 * lists take 11 s); a bound keeps it linear.
 */
export const COMMON_MAX_ARTICLES = 1000;

/** Scores are counted in half points, so that every weight (0.5, 1, 3) adds as a whole number. */
const POINTS = 2;

/** Features as small integers, and per feature the articles that have it (compressed rows). */
interface FeatureIndex {
  /** Per article: its distinct features (ids) and their weights in half points. */
  features: { ids: Int32Array; weights: Int32Array; towns: Int32Array }[];
  /** Articles of feature f: postings[start[f] .. start[f + 1]). Towns included. */
  start: Int32Array;
  postings: Int32Array;
  isTown: Uint8Array;
}

function indexFeatures(articles: Article[]): FeatureIndex {
  const idOf = new Map<string, number>();
  const town: number[] = [];
  const id = (key: string, isTown: boolean) => {
    let f = idOf.get(key);
    if (f === undefined) {
      idOf.set(key, (f = idOf.size));
      town.push(isTown ? 1 : 0);
    }
    return f;
  };
  const features = articles.map((a) => {
    const ids: number[] = [];
    const weights: number[] = [];
    const towns: number[] = [];
    for (const [name, kind] of new Map(a.placeDetails.map((d) => [d.name, d.kind]))) {
      const f = id(`place:${name}`, kind === 'town');
      ids.push(f);
      weights.push((kind === 'town' ? WEIGHT.town : WEIGHT.place) * POINTS);
      if (kind === 'town') towns.push(f);
    }
    for (const k of new Set(a.keywords)) {
      ids.push(id(`keyword:${k}`, false));
      weights.push(WEIGHT.keyword * POINTS);
    }
    return { ids: Int32Array.from(ids), weights: Int32Array.from(weights), towns: Int32Array.from(towns) };
  });
  const start = new Int32Array(idOf.size + 1);
  for (const { ids } of features) for (const f of ids) start[f + 1]!++;
  for (let f = 0; f < idOf.size; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, idOf.size);
  const postings = new Int32Array(start[idOf.size]!);
  features.forEach(({ ids }, i) => {
    for (const f of ids) postings[fill[f]!++] = i;
  });
  return { features, start, postings, isTown: Uint8Array.from(town) };
}

/**
 * For each article, the ids of the most related articles in other issues, best first (ties: newer
 * first, then id). Scores are summed through an inverted index (village or keyword → articles), so
 * an article is only compared with the articles it shares something with, and the best five are
 * kept while scanning instead of sorting every candidate: scoring every pair of objects made this
 * the slowest step of a 10,000-article build (26 s). Towns (柳市镇 is in nearly every article) are
 * added only to the candidates found, unless an article has enough towns to be related by towns
 * alone. Same lists as scoring every pair (tests/places/related.test.ts), except that features
 * shared by more than COMMON_SHARE of a large archive are not counted.
 */
export function relatedArticles(articles: Article[]): Map<string, string[]> {
  const n = articles.length;
  const { features, start, postings, isTown } = indexFeatures(articles);
  // Tie order (newer first, then id) as one integer per article.
  const rank = new Int32Array(n);
  [...articles.keys()]
    .sort((x, y) => (articles[y]!.date ?? '').localeCompare(articles[x]!.date ?? '') || articles[x]!.id.localeCompare(articles[y]!.id))
    .forEach((i, r) => (rank[i] = r));
  const issueIds = new Map<string, number>();
  const issueOf = Int32Array.from(articles, (a) => issueIds.get(a.issue.key) ?? issueIds.set(a.issue.key, issueIds.size).get(a.issue.key)!);

  // Features too common to relate two articles (see COMMON_SHARE); towns are handled apart below.
  const commonAbove = Math.max(COMMON_MIN_ARTICLES, Math.min(n * COMMON_SHARE, COMMON_MAX_ARTICLES));
  const common = Uint8Array.from(isTown, (town, f) => (!town && start[f + 1]! - start[f]! > commonAbove ? 1 : 0));
  const scores = new Int32Array(n);
  const touched = new Int32Array(n);
  const mine = new Uint8Array(isTown.length);
  const minPoints = RELATED_MIN_SCORE * POINTS;
  const out = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    let count = 0;
    const own = features[i]!;
    const byTowns = own.towns.length >= TOWNS_TO_REACH_MIN;
    for (let k = 0; k < own.ids.length; k++) {
      const f = own.ids[k]!;
      if ((isTown[f] && !byTowns) || common[f]) continue;
      const w = own.weights[k]!;
      for (let p = start[f]!; p < start[f + 1]!; p++) {
        const j = postings[p]!;
        if (scores[j] === 0) touched[count++] = j;
        scores[j]! += w;
      }
    }
    if (!byTowns && own.towns.length) {
      for (const f of own.towns) mine[f] = 1;
      for (let t = 0; t < count; t++) {
        const j = touched[t]!;
        for (const f of features[j]!.towns) if (mine[f]) scores[j]! += WEIGHT.town * POINTS;
      }
      for (const f of own.towns) mine[f] = 0;
    }
    // Keep the best RELATED_COUNT: higher score, then lower rank.
    const best: number[] = [];
    const better = (x: number, y: number) => scores[x]! > scores[y]! || (scores[x] === scores[y] && rank[x]! < rank[y]!);
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      if (scores[j]! < minPoints || issueOf[j] === issueOf[i]) continue;
      if (best.length === RELATED_COUNT && !better(j, best[RELATED_COUNT - 1]!)) continue;
      let at = Math.min(best.length, RELATED_COUNT - 1);
      best[at] = j;
      while (at > 0 && better(j, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        best[--at] = j;
      }
    }
    out.set(articles[i]!.id, best.map((j) => articles[j]!.id));
    for (let t = 0; t < count; t++) scores[touched[t]!] = 0;
  }
  return out;
}

/** The score of one pair, as the inverted index sums it; the reference the tests compare with. */
export function relatedScore(a: Article, b: Article): number {
  let s = 0;
  const bPlaces = new Map(b.placeDetails.map((p) => [p.name, p.kind]));
  for (const [name, kind] of new Map(a.placeDetails.map((p) => [p.name, p.kind]))) if (bPlaces.has(name)) s += kind === 'town' ? WEIGHT.town : WEIGHT.place;
  const bKeys = new Set(b.keywords);
  for (const k of new Set(a.keywords)) if (bKeys.has(k)) s += WEIGHT.keyword;
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

/** A word that looks like a village or community name: two to four Han characters, then 村 or 社区. */
const VILLAGE_LIKE = /^(\p{Script=Han}{2,4})(村|社区)$/u;

/** The village-like words among a text's words as the segmenter cut them, each once, in order (kept per article by the parse cache). */
export function villageLikeWords(words: Iterable<string>): string[] {
  return [...new Set(words)].filter((w) => VILLAGE_LIKE.test(w));
}

/**
 * Words ending in 村 or 社区 that the gazetteer lacks, where a gazetteer name starts with the same
 * stem (the text's 马道村 vs an official 马道头村). Listed for an editor; never merged.
 * `wordsOf` gives an article's village-like words (villageLikeWords of its text without the byline).
 */
export function suspectedAliases(articles: Article[], g: Gazetteer, wordsOf: (a: Article) => string[]): SuspectedAlias[] {
  const known = new Set([...g.places.map((p) => p.name), ...g.aliases.map((a) => a.alias)]);
  const found = new Map<string, SuspectedAlias>();
  for (const a of articles) {
    for (const w of wordsOf(a)) {
      const m = w.match(VILLAGE_LIKE);
      if (!m || known.has(w)) continue;
      const candidates = g.places.filter((p) => p.name !== w && p.name.startsWith(m[1]!) && p.name.endsWith(m[2]!)).map((p) => p.name);
      if (candidates.length === 0) continue;
      const entry = found.get(w) ?? { name: w, candidates: [...new Set(candidates)].sort(), articles: [] };
      entry.articles.push(a.id);
      found.set(w, entry);
    }
  }
  return [...found.values()].sort((x, y) => x.name.localeCompare(y.name));
}
