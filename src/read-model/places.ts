/**
 * The place index: every place that occurs in the archive, with the articles that mention it and a
 * short snippet around the first mention. Pure functions over article records (no `astro:`
 * imports), so the content config can build the `places` collection with them and tests can call
 * them directly.
 *
 * Nothing here finds places: that is the parser's job (`article.placeDetails`, src/places/). This
 * module only groups what the records already say, and locates the mention in the text for the
 * snippet.
 */
import type { Article } from '../records/schema.ts';
import { compareArticlesNewestFirst } from '../browse/sequence.ts';

export type PlaceKind = Article['placeDetails'][number]['kind'];

/** Where an article mentions a place: the text around the first mention, split for a `<mark>`. */
export interface PlaceMention {
  /** Article id. */
  id: string;
  /** How the article wrote the place when not in full (翔金垟 for 翔金垟村), else null. */
  as: string | null;
  /** Text before the mention (with a leading … when cut). */
  before: string;
  /** The mention as printed; empty when the text was not found (then `before` holds the start of the article). */
  match: string;
  /** Text after the mention (with a trailing … when cut). */
  after: string;
}

export interface PlaceEntry {
  name: string;
  town: string | null;
  kind: PlaceKind;
  /** Distinct articles that mention it. */
  count: number;
  /** Newest first (by the article's date, else its issue's date or year), then by id. */
  articles: PlaceMention[];
}

/** Names shown for the kinds, singular, as a reader would say them. */
export const KIND_LABELS: Record<PlaceKind, string> = {
  town: '镇（街道、乡）',
  community: '社区',
  village: '村',
  area: '片区',
};

/** Group headings on /places/, in display order. */
export const KIND_GROUPS: Array<{ kind: PlaceKind; label: string }> = [
  { kind: 'community', label: '社区' },
  { kind: 'village', label: '村' },
  { kind: 'area', label: '片区（管理区）' },
  { kind: 'town', label: '其他镇街' },
];

/** Characters of context on each side of a mention (≈40 characters in all with a short name). */
export const SNIPPET_BEFORE = 16;
export const SNIPPET_TOTAL = 40;
/** At least this many characters after the mention, even for a long name. */
const SNIPPET_MIN_AFTER = 10;


/** Articles newest first: defined with the orders of issues in src/browse/sequence.ts. */
export { compareArticlesNewestFirst };

/**
 * The texts of an article in the order a snippet is looked for: body and captions first (a
 * sentence of the report tells more than the headline, which is shown next to the snippet anyway),
 * then the headline lines.
 */
function snippetFields(a: Article): string[] {
  return [...a.body, ...a.captions.map((c) => c.text), a.headline, a.kicker ?? '', a.subheadline ?? ''].filter((s) => s.trim() !== '');
}

/** Ways the text may write a place: the full name, the form this article used, the name without 村/社区. */
export function writtenForms(name: string, as: string | null): string[] {
  const forms = new Set([name]);
  if (as) forms.add(as);
  const short = name.replace(/(村|社区)$/u, '');
  if (short !== name && [...short].length >= 3) forms.add(short);
  // Longest first, so that at one position 翔金垟村 wins over 翔金垟.
  return [...forms].sort((x, y) => y.length - x.length);
}

const chars = (s: string) => [...s];

/** The snippet around the first mention of any of `forms` in the article; falls back to the article's opening. */
export function mentionSnippet(a: Article, forms: string[]): Omit<PlaceMention, 'id' | 'as'> {
  for (const field of snippetFields(a)) {
    const text = field.replace(/\s+/gu, ' ').trim();
    let at = -1;
    let form = '';
    for (const f of forms) {
      const i = text.indexOf(f);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        form = f;
      }
    }
    if (at < 0) continue;
    const before = chars(text.slice(0, at));
    const after = chars(text.slice(at + form.length));
    const nBefore = Math.min(before.length, SNIPPET_BEFORE);
    const nAfter = Math.min(after.length, Math.max(SNIPPET_MIN_AFTER, SNIPPET_TOTAL - nBefore - chars(form).length));
    return {
      before: (nBefore < before.length ? '…' : '') + before.slice(before.length - nBefore).join(''),
      match: form,
      after: after.slice(0, nAfter).join('') + (nAfter < after.length ? '…' : ''),
    };
  }
  const opening = chars((a.body[0] ?? a.headline).replace(/\s+/gu, ' ').trim());
  return { before: opening.slice(0, SNIPPET_TOTAL).join('') + (opening.length > SNIPPET_TOTAL ? '…' : ''), match: '', after: '' };
}

/** Every place that occurs in the articles, each with its articles (newest first). Sorted by name. */
export function placeIndex(articles: Article[]): PlaceEntry[] {
  const byName = new Map<string, { name: string; town: string | null; kind: PlaceKind; mentions: Array<{ article: Article; as: string | null }> }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const p of a.placeDetails) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      let entry = byName.get(p.name);
      if (!entry) byName.set(p.name, (entry = { name: p.name, town: p.town, kind: p.kind, mentions: [] }));
      entry.mentions.push({ article: a, as: p.as });
    }
    // `places` is the list readers and filters use; a name there without details still gets a page.
    for (const name of a.places) {
      if (seen.has(name)) continue;
      seen.add(name);
      let entry = byName.get(name);
      if (!entry) byName.set(name, (entry = { name, town: null, kind: 'village', mentions: [] }));
      entry.mentions.push({ article: a, as: null });
    }
  }
  return [...byName.values()]
    .map((e) => {
      const mentions = [...e.mentions].sort((x, y) => compareArticlesNewestFirst(x.article, y.article));
      return {
        name: e.name,
        town: e.town,
        kind: e.kind,
        count: mentions.length,
        articles: mentions.map(({ article, as }) => ({ id: article.id, as, ...mentionSnippet(article, writtenForms(e.name, as)) })),
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'zh-Hans-CN'));
}

export interface TownGroup {
  /** Town name; null for places whose town is unknown. */
  town: string | null;
  /** The town's own entry, when the town itself is mentioned somewhere. */
  self: PlaceEntry | undefined;
  /** Places in the town (not the town itself), by kind, in KIND_GROUPS order; empty groups left out. */
  groups: Array<{ kind: PlaceKind; label: string; places: PlaceEntry[] }>;
  /** Distinct articles that mention the town or any place in it. */
  articleCount: number;
}

/** Places grouped by town: towns with the most articles first, then by name; unknown town last. */
export function groupByTown(entries: PlaceEntry[]): TownGroup[] {
  const towns = new Map<string | null, PlaceEntry[]>();
  for (const e of entries) {
    const town = e.kind === 'town' ? e.name : e.town;
    towns.set(town, [...(towns.get(town) ?? []), e]);
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...towns.entries()]
    .map(([town, list]) => {
      const self = list.find((e) => e.kind === 'town' && e.name === town);
      const members = list.filter((e) => e !== self);
      const groups = KIND_GROUPS.map(({ kind, label }) => ({
        kind,
        label,
        places: members.filter((e) => e.kind === kind).sort((x, y) => y.count - x.count || collator.compare(x.name, y.name)),
      })).filter((g) => g.places.length > 0);
      const articleCount = new Set(list.flatMap((e) => e.articles.map((m) => m.id))).size;
      return { town, self, groups, articleCount };
    })
    .sort((x, y) => (x.town === null ? 1 : y.town === null ? -1 : y.articleCount - x.articleCount || collator.compare(x.town, y.town)));
}

/** Site path of a place page. The Chinese name stays as it is; browsers percent-encode it. */
export const placeUrl = (name: string) => `/places/${name}/`;
