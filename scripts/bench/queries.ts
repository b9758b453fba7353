/**
 * The search benchmark's queries: the places, people and headlines of the published records, random
 * substrings of their text, and the fixed list (queries.txt); each is judged against the substring
 * oracle in tests/support/search-oracle.ts.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/records/schema.ts';
import { randomSubstrings } from '../../tests/support/search-oracle.ts';

export type Group = 'place' | 'person' | 'headline' | 'random' | 'fixed';
export const GROUPS: Group[] = ['place', 'person', 'headline', 'random', 'fixed'];

export interface Query {
  text: string;
  groups: Group[];
  /** For headline queries: the URL of the article whose headline this is. */
  headlineOf?: string;
}

/** The fixed list: one query per line, `#` comments and blank lines skipped, inner whitespace kept. */
export function readFixedQueries(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/u, '').trim())
    .filter(Boolean);
}

/** Every query of the benchmark, each once, with the groups it belongs to (in group order). */
export function buildQueries(articles: Article[], fixed: string[], randomCount: number, seed: number): Query[] {
  const byText = new Map<string, Query>();
  const add = (text: string, group: Group, headlineOf?: string) => {
    const t = text.trim();
    if (!t) return;
    let q = byText.get(t);
    if (!q) byText.set(t, (q = { text: t, groups: [] }));
    if (!q.groups.includes(group)) q.groups.push(group);
    if (headlineOf && !q.headlineOf) q.headlineOf = headlineOf;
  };
  for (const a of articles) for (const p of a.places) add(p, 'place');
  for (const a of articles) {
    const b = a.byline;
    for (const n of [...b.reporters, ...b.correspondents, ...b.photographers, ...b.writers]) add(n, 'person');
  }
  for (const a of articles) add(a.headline, 'headline', a.url);
  for (const s of randomSubstrings(articles, randomCount, seed)) add(s, 'random');
  for (const s of fixed) add(s, 'fixed');
  return [...byText.values()];
}
