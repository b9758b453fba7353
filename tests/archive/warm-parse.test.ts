/**
 * The build's first step (src/build/warm-parse.ts): the parse cache's warm-up reads every seed into the cache in a
 * process of its own and keeps nothing; the loader then takes every seed from the cache and reads the same archive.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchiveInWorkers, warmParseCache } from '../../src/archive/load.ts';
import { startWarmParse } from '../../src/build/warm-parse.ts';

const dirs: string[] = [];
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'warm-parse-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the parse cache warm-up', () => {
  it('reads every seed into the cache, then finds them all there, and the loader reads the same archive from it', async () => {
    const dir = cacheDir();
    const seen: number[] = [];
    const first = await warmParseCache('seeds', dir, (done) => seen.push(done), 'warm-test');
    expect(first).toEqual({ parsed: 5, cached: 0, failed: 0 });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(5);
    expect(await warmParseCache('seeds', dir, undefined, 'warm-test')).toEqual({ parsed: 0, cached: 5, failed: 0 });

    const fromCache = await loadArchiveInWorkers('seeds', { cacheDir: dir, parserVersion: 'warm-test' });
    const fresh = await loadArchiveInWorkers('seeds');
    expect(fromCache.stats.parsed).toEqual([]);
    expect(fromCache.stats.cached).toHaveLength(5);
    expect(fromCache.articles).toEqual(fresh.articles);
  }, 180_000);

  it('is skipped when the parse cache is off', () => {
    expect(startWarmParse({ ...process.env, PARSE_CACHE_DIR: 'off' })).toBeNull();
  });
});
