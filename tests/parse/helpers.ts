import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseSeed, type ParseOptions, type ParseResult } from '../../src/parse/index.ts';
import { gazetteerWords, loadGazetteer } from '../../src/places/gazetteer.ts';
import { parserAids } from '../../src/places/jieba.ts';
import type { SeedMeta } from '../../src/records/schema.ts';

const metadata = parseYaml(readFileSync('seeds/metadata.yaml', 'utf8')) as { seeds: Record<string, SeedMeta> };

/** What the build gives the parser besides metadata: the gazetteer's names and jieba (src/places/jieba.ts). */
let aids: ReturnType<typeof parserAids> | null = null;
export const buildAids = () => (aids ??= parserAids(gazetteerWords(loadGazetteer({ editorFile: 'seeds/places.yaml' }))));

/** The parse options the build gives a real seed, from seeds/metadata.yaml. */
export function parseSeedMetaFor(file: string): ParseOptions {
  const meta = metadata.seeds[file];
  return { seed: file, kind: meta.kind, date: meta.date, ...buildAids() };
}

/** Parses a real seed with its metadata from seeds/metadata.yaml, as the build does. */
export function parseRealSeed(file: string): ParseResult {
  return parseSeed(readFileSync(`seeds/${file}`, 'utf8'), parseSeedMetaFor(file));
}

export const SEEDS = {
  liushiFront: '000_42a43713ae88928f.txt',
  liushiFeature: '001_1f7ec7666be4bf40.txt',
  nantangReport: '002_a7737542be55ced5.txt',
  kechengFront: '003_01bd17f757b75270.txt',
  liushiStrategies: '004_3ac0efa00b5db2aa.txt',
} as const;

/** The article's whole text in reading order, for substring checks. */
export const fullText = (a: ParseResult['articles'][number]) =>
  [a.kicker, a.headline, a.subheadline, a.byline.raw, ...a.body, ...a.captions.map((c) => c.text)].filter(Boolean).join('\n');
