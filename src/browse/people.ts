/**
 * 人名索引: the people named in bylines — reporters, correspondents, photographers and writers —
 * each with the articles that name them, newest first. Pure functions over article records.
 *
 * A name printed with a space inside (`陶 宇`, spacing out a two-character name is a typesetting
 * habit) is the same person as `陶宇`: names are keyed with their whitespace removed. Nothing else is
 * merged: two people who share a name share a page, as they would in any printed index.
 */
import type { Article } from '../records/schema.ts';
import { compareArticlesNewestFirst } from './sequence.ts';

export const ROLES = ['reporters', 'correspondents', 'writers', 'photographers'] as const;
export type Role = (typeof ROLES)[number];

/** What each role is called in print. */
export const ROLE_LABELS: Record<Role, string> = {
  reporters: '记者',
  correspondents: '通讯员',
  writers: '作者',
  photographers: '摄影',
};

/** Articles per page of a person's list: about 40 kB of HTML, whatever the archive's size. */
export const PERSON_ARTICLES_PER_PAGE = 100;
/** Names per page of the index of names. */
export const NAMES_PER_PAGE = 400;

/** Longest name given a page; a longer "name" is a byline the parser did not split. */
const MAX_NAME_CHARS = 8;

/** A byline name as the index keys it: whitespace removed, NFC. */
export const personKey = (name: string) => name.normalize('NFC').replace(/\s+/gu, '');

/**
 * Whether a byline name can have a page: at least one Chinese character (so `/people/2/`, an index
 * page, is never a person), no punctuation, at most eight characters.
 */
export function isPersonName(name: string): boolean {
  const key = personKey(name);
  return [...key].length <= MAX_NAME_CHARS && /\p{Script=Han}/u.test(key) && !/[\p{P}\p{S}\d]/u.test(key.replace(/·/gu, ''));
}

/** Site path of a person's page (the name stays Chinese; browsers percent-encode it), page n ≥ 2 of a long list below it. */
export const personUrl = (name: string, page = 1) => `/people/${personKey(name)}/${page > 1 ? `${page}/` : ''}`;

/** Site path of page n of the index of names. */
export const peopleIndexUrl = (page = 1) => `/people/${page > 1 ? `${page}/` : ''}`;

export interface PersonArticle {
  article: Article;
  /** The roles the byline gives this person in this article, in ROLES order. */
  roles: Role[];
}

export interface PersonEntry {
  /** The name as keyed (no spaces). */
  name: string;
  /** Articles naming the person, newest first. */
  articles: PersonArticle[];
  /** Articles per role. */
  roleCounts: Partial<Record<Role, number>>;
  /** First and last year of their articles (issue or article date), when known. */
  years: [number, number] | null;
}

/** The byline names of an article with their roles, keyed; names that cannot have a page are left out. */
export function bylinePeople(a: Pick<Article, 'byline'>): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  for (const role of ROLES) {
    for (const raw of a.byline[role]) {
      if (!isPersonName(raw)) continue;
      const key = personKey(raw);
      const roles = out.get(key) ?? [];
      if (!roles.includes(role)) roles.push(role);
      out.set(key, roles);
    }
  }
  return out;
}

const yearOf = (a: Article) => Number((a.date ?? a.issue.date)?.slice(0, 4) ?? a.issue.year ?? NaN);

/** Everyone named in a byline, sorted by name (Chinese collation, i.e. by pinyin). */
export function peopleIndex(articles: Article[], aliases: ReadonlyMap<string, string> = new Map()): PersonEntry[] {
  const byName = new Map<string, PersonArticle[]>();
  for (const article of articles) {
    // A name the editors merged (seeds/people.yaml, src/browse/people-aliases.ts) is filed under the name it is merged into.
    const merged = new Map<string, Set<Role>>();
    for (const [name, roles] of bylinePeople(article)) {
      const key = aliases.get(name) ?? name;
      merged.set(key, new Set([...(merged.get(key) ?? []), ...roles]));
    }
    for (const [name, roles] of merged) byName.set(name, [...(byName.get(name) ?? []), { article, roles: ROLES.filter((r) => roles.has(r)) }]);
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...byName.entries()]
    .map(([name, list]) => {
      const sorted = [...list].sort((x, y) => compareArticlesNewestFirst(x.article, y.article));
      const roleCounts: Partial<Record<Role, number>> = {};
      for (const { roles } of sorted) for (const r of roles) roleCounts[r] = (roleCounts[r] ?? 0) + 1;
      const years = sorted.map((x) => yearOf(x.article)).filter((y) => Number.isFinite(y));
      return { name, articles: sorted, roleCounts, years: years.length ? ([Math.min(...years), Math.max(...years)] as [number, number]) : null };
    })
    .sort((x, y) => collator.compare(x.name, y.name) || x.name.localeCompare(y.name));
}

/**
 * The byline as printed, cut into text and the names that have a page, so each name can be a link
 * (and kept on one line). A name printed spaced (`陶 宇`) is found with its space.
 */
export function bylineParts(raw: string, people: Iterable<string>): ReadonlyArray<{ text: string; person: string | null }> {
  const names = [...new Set([...people].map(personKey))].filter(Boolean).sort((a, b) => b.length - a.length);
  // An article's byline is drawn on its page and in its neighbours' lists (about ten times a build),
  // and the pattern below was compiled each time: cut once per byline and names.
  const key = `${raw}\u0000${names.join('\u0001')}`;
  let parts = cutBylines.get(key);
  if (!parts) cutBylines.set(key, (parts = cutByline(raw, names)));
  return parts;
}

const cutBylines = new Map<string, ReadonlyArray<{ text: string; person: string | null }>>();

function cutByline(raw: string, names: string[]): Array<{ text: string; person: string | null }> {
  if (!names.length) return [{ text: raw, person: null }];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(names.map((n) => [...n].map(escape).join('\\s*')).join('|'), 'gu');
  const parts: Array<{ text: string; person: string | null }> = [];
  let at = 0;
  for (const m of raw.matchAll(pattern)) {
    if (m.index > at) parts.push({ text: raw.slice(at, m.index), person: null });
    parts.push({ text: m[0], person: personKey(m[0]) });
    at = m.index + m[0].length;
  }
  if (at < raw.length) parts.push({ text: raw.slice(at), person: null });
  return parts;
}
