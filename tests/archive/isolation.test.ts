/**
 * Each seed is parsed in isolation: an exception, a stack overflow or the size limit in one seed
 * becomes that seed's error, naming the file (and the line, when the error gives one); every
 * other seed publishes with the ids it has alone.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive, summarize } from '../../src/archive/load.ts';
import { MAX_SEED_BYTES, seedAnalyser, type SeedAnalyser } from '../../src/archive/seed.ts';
import type { Gazetteer } from '../../src/places/gazetteer.ts';
import { LONG_SEED, longSeedText } from '../helpers/seeds.ts';

const root = mkdtempSync(join(tmpdir(), 'isolation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const real = loadArchive('seeds');
const realIds = (a: ReturnType<typeof loadArchive>) => a.articles.filter((x) => real.seeds.some((s) => s.seed === x.seed)).map((x) => x.id);

function folder(name: string): string {
  const dir = join(root, name);
  cpSync('seeds', dir, { recursive: true });
  return dir;
}

describe('a seed that breaks the parser', () => {
  it('becomes that seed’s error, naming the file and the line the error gives; the others publish', () => {
    const failing = (g: Gazetteer): SeedAnalyser => {
      const analyse = seedAnalyser(g);
      return (text, meta, file) => {
        if (file === '001_1f7ec7666be4bf40.txt') throw new RangeError('Maximum call stack size exceeded');
        if (file === '002_a7737542be55ced5.txt') throw Object.assign(new TypeError('cannot read x of undefined'), { line: 12 });
        return analyse(text, meta, file);
      };
    };
    const archive = loadArchive(folder('throwing'), { analyser: failing });
    const seed = (f: string) => archive.seeds.find((s) => s.seed === f)!;
    expect(seed('001_1f7ec7666be4bf40.txt')).toMatchObject({
      articles: 0,
      errorLine: null,
      error: '001_1f7ec7666be4bf40.txt：文件太长或结构太深，解析器处理不了（栈溢出），这份稿件本次没有发布，其余稿件照常发布：把文件按版面拆成几个较小的文件，并把这条消息和文件交给维护网站的人',
    });
    expect(seed('002_a7737542be55ced5.txt')).toMatchObject({
      errorLine: 12,
      error: '002_a7737542be55ced5.txt：第12行附近解析器出错（TypeError: cannot read x of undefined），这份稿件本次没有发布，其余稿件照常发布：把这条消息和文件交给维护网站的人',
    });
    expect(summarize(archive)).toContain(`✗ 002_a7737542be55ced5.txt：${seed('002_a7737542be55ced5.txt').error!.replace('002_a7737542be55ced5.txt：', '')}`);
    const others = real.articles.filter((a) => !a.seed.startsWith('001') && !a.seed.startsWith('002')).map((a) => a.id);
    expect(archive.articles.map((a) => a.id)).toEqual(others);
  });

  it('refuses a seed over the size limit, naming it, without reading it', () => {
    const dir = folder('huge');
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), MAX_SEED_BYTES + 1);
    const archive = loadArchive(dir);
    expect(archive.seeds.find((s) => s.seed === 'huge.txt')!.error).toBe('huge.txt：文件太大（64 MB，上限 64 MB），不读入：一个文件放一个版面或一份公文，请拆开');
    expect(realIds(archive)).toEqual(real.articles.map((a) => a.id));
  });

  it('survives a 140,000-line page: either read whole, or its error names the file; the others publish', () => {
    const dir = folder('long');
    writeFileSync(join(dir, LONG_SEED), longSeedText());
    appendFileSync(join(dir, 'metadata.yaml'), `  ${LONG_SEED}:\n    publication: liushi\n    kind: feature-page\n`);
    const archive = loadArchive(dir);
    const long = archive.seeds.find((s) => s.seed === LONG_SEED)!;
    if (long.error) expect(long.error).toMatch(new RegExp(`^${LONG_SEED}：`, 'u'));
    else expect(long.ledger!.balanced).toBe(true);
    expect(realIds(archive)).toEqual(real.articles.map((a) => a.id));
  });
});
