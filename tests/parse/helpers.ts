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

/**
 * The opening of an invented story (a headline, a 本报讯 lead over two lines, a paragraph ending its sentence) that rule
 * tests set boxes, labels and pieces after; each adds its own close.
 */
export const INVENTED_STORY = [
  '青山镇新建三座便民驿站',
  '',
  '本报讯（记者 周明远）近日，青山镇三座便民驿站建成开放，为环卫工人、快递员',
  '和过往群众提供饮水、休息、充电等服务。',
  '',
  '驿站由镇里统一设计，每座面积约三十平方米，配有微波炉、冰箱和应急药箱。',
];
