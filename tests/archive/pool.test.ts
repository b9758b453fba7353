/**
 * Every seed is read in a worker of the seed pool (src/archive/seed-pool.ts): whatever one seed
 * does there — loop forever, run its worker out of memory, overflow the stack, throw — it is
 * stopped and named, and the other seeds publish as they do alone. The faults are injected through
 * the test-only SEED_WORKER_FAULT hook (src/archive/seed-worker.ts), inside the worker.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, loadArchiveInWorkers, summarize, type Archive } from '../../src/archive/load.ts';
import { FAULT_ENV } from '../../src/archive/seed-worker.ts';
import { boundHints, HINT_REPEAT_LIMIT } from '../../src/parse/hints.ts';

const LOOP = '001_1f7ec7666be4bf40.txt';
const MEMORY = '002_a7737542be55ced5.txt';
const OVERFLOW = '003_01bd17f757b75270.txt';
const THROW = '004_3ac0efa00b5db2aa.txt';
const GOOD = '000_42a43713ae88928f.txt';
/** Seconds a seed may take here: well over a page's parse on a loaded machine, well under the test's timeout. */
const LIMIT_S = 20;
/** The line (one with text: blank lines are not read as lines of a unit) at which the looping seed's parser stops coming back (the `loop@<n>` fault). */
const LOOP_LINE = 41;

const saved = { ...process.env };
let archive: Archive;
let real: Archive;
beforeAll(async () => {
  real = loadArchive('seeds');
  Object.assign(process.env, {
    [FAULT_ENV]: `${LOOP}:loop@${LOOP_LINE},${MEMORY}:memory,${OVERFLOW}:overflow,${THROW}:throw`,
    SEED_TIME_LIMIT_S: String(LIMIT_S),
    SEED_MEMORY_LIMIT_MB: '512',
  });
  archive = await loadArchiveInWorkers('seeds');
}, 180_000);
afterAll(() => {
  for (const k of [FAULT_ENV, 'SEED_TIME_LIMIT_S', 'SEED_MEMORY_LIMIT_MB']) if (saved[k] === undefined) delete process.env[k];
});

const seed = (name: string) => archive.seeds.find((s) => s.seed === name)!;

describe('the seed pool', () => {
  it('stops a seed that loops forever at the time limit and names it with the line its parser had reached', () => {
    expect(seed(LOOP).error).toMatch(new RegExp(`^${LOOP}：解析超过 ${LIMIT_S} 秒，已跳过（停下时解析器读到第${LOOP_LINE}行）；`, 'u'));
    expect(seed(LOOP).errorLine).toBe(LOOP_LINE);
    expect(summarize(archive)).toContainEqual(expect.stringMatching(new RegExp(`^✗ ${LOOP}：解析超过 ${LIMIT_S} 秒，已跳过（停下时解析器读到第${LOOP_LINE}行）`, 'u')));
  });

  it('names a seed that runs its worker out of memory (or past the time limit while trying)', () => {
    expect(seed(MEMORY).error).toMatch(new RegExp(`^${MEMORY}：解析(用尽了内存（上限 512 MB）|超过 ${LIMIT_S} 秒)，已跳过；`, 'u'));
  });

  it('names a stack overflow and an exception as the parser’s errors', () => {
    expect(seed(OVERFLOW).error).toMatch(/栈溢出/u);
    expect(seed(THROW).error).toContain('TypeError: injected fault in 004_3ac0efa00b5db2aa.txt');
  });

  it('publishes the other seed exactly as a load in one process does', () => {
    expect(seed(GOOD).error).toBeNull();
    const ids = (a: Archive) => a.articles.filter((x) => x.seed === GOOD).map((x) => x.id);
    expect(ids(archive)).toEqual(ids(real));
    expect(archive.articles.filter((x) => x.seed === GOOD)).toEqual(real.articles.filter((x) => x.seed === GOOD).map((a) => ({ ...a, related: expect.any(Array) })));
  });
});

describe('when the pool’s process itself dies', () => {
  it('every seed it had not answered is named with an error and the load goes on', async () => {
    Object.assign(process.env, { [FAULT_ENV]: `${THROW}:kill`, SEED_TIME_LIMIT_S: String(LIMIT_S) });
    try {
      const killed = await loadArchiveInWorkers('seeds', { only: [GOOD, THROW] });
      const named = killed.seeds.find((s) => s.seed === THROW)!;
      expect(named.error).toMatch(new RegExp(`^${THROW}：读入稿件的进程意外停止（signal SIGKILL），这份稿件未能读完，已跳过；`, 'u'));
      // The other seed either finished before the kill (and publishes) or is named the same way: never lost.
      const other = killed.seeds.find((s) => s.seed === GOOD)!;
      if (other.error) expect(other.error).toContain('signal SIGKILL');
      else expect(killed.articles.some((a) => a.seed === GOOD)).toBe(true);
    } finally {
      process.env[FAULT_ENV] = saved[FAULT_ENV] ?? '';
    }
  });
});

describe('bounded hints', () => {
  it('merges a hint raised on every line into one with the count and the first lines', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ line: i + 1, message: '第6列有控制字符，显示为 ␇', code: 'other' as const }));
    const few = [{ line: 3, message: '标题太长' }];
    const out = boundHints([...few, ...many]);
    expect(out).toHaveLength(2);
    expect(out[1]).toEqual({ line: 1, code: 'other', message: '第6列有控制字符，显示为 ␇（同样的提示共 100000 处，前 5 处在第 1、2、3、4、5 行，其余从略）' });
    const some = many.slice(0, HINT_REPEAT_LIMIT);
    expect(boundHints(some)).toEqual(some);
  });
});

describe('when no worker can start', () => {
  it('the check stops before building, leaves the output folder alone and still writes its report, in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-check-'));
    const report = join(dir, 'report');
    let code = 0;
    let out = '';
    try {
      // A heap too small for nodejieba and the gazetteer: every worker fails to start.
      await promisify(execFile)(process.execPath, ['scripts/check.ts', '--seeds', 'seeds', '--report', report, '--dist', join(dir, 'dist')], {
        env: { ...process.env, SEEDS_DIR: '', SEED_MEMORY_LIMIT_MB: '16' },
      });
    } catch (err) {
      ({ code, stdout: out } = err as { code: number; stdout: string });
    }
    try {
      expect(code).toBe(1);
      expect(out).toContain('✗ 不能发布：读入稿件时出错，没有一份稿件能发布');
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      const html = readFileSync(join(report, 'index.html'), 'utf8');
      expect(html).toContain('读入稿件时出错，没有一份稿件能发布');
      expect(html).toContain('把这条消息和 check-report/report.json 交给维护网站的人');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a seed stopped at a limit', () => {
  it('is remembered in the parse cache and not read again while its bytes, metadata and code are unchanged, nor at a lower limit; a higher limit reads it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-stopped-'));
    const load = (fault: string, seconds: number) => {
      Object.assign(process.env, { [FAULT_ENV]: fault, SEED_TIME_LIMIT_S: String(seconds) });
      return loadArchiveInWorkers('seeds', { only: [LOOP], cacheDir: dir, parserVersion: 'stopped-test' });
    };
    const stopped = `^${LOOP}：解析超过 3 秒，已跳过（停下时解析器读到第${LOOP_LINE}行）；`;
    try {
      expect((await load(`${LOOP}:loop@${LOOP_LINE}`, 3)).seeds[0]!.error).toMatch(new RegExp(stopped, 'u'));
      // The fault gone, the same code version: had the seed been read again, it would publish.
      const again = await load('', 2);
      expect(again.seeds[0]!.error).toMatch(new RegExp(stopped, 'u'));
      expect(again.seeds[0]!.errorLine).toBe(LOOP_LINE);
      expect(again.stats.parsed).toEqual([]);
      const higher = await load('', 60);
      expect(higher.seeds[0]!.error).toBeNull();
      expect(higher.stats.parsed).toEqual([LOOP]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
