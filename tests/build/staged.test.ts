/**
 * The build never loses the published site: it builds into a staging folder and replaces the
 * output folder only when everything succeeded. Interrupted with a real SIGINT mid-build (sent
 * to npm, as `kill -INT` does, and to the whole process group, as Ctrl-C does), or failed (a
 * metadata.yaml that cannot be read), it leaves the previous site byte for byte.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverOutDir } from '../../src/build/staged-build.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const root = mkdtempSync(join(tmpdir(), 'staged-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a folder with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) out[join(d.parentPath, d.name).slice(dir.length)] = createHash('sha1').update(readFileSync(join(d.parentPath, d.name))).digest('hex');
  }
  return out;
}

/** A copy of the built site standing for the published one. */
function published(name: string): string {
  const out = join(root, name);
  cpSync('dist', out, { recursive: true });
  return out;
}

/** Staging folders left beside `outDir`. */
const leftovers = (outDir: string) => readdirSync(dirname(outDir)).filter((e) => e.startsWith(`.${basename(outDir)}.`));

/** Starts `npm run build` into `outDir`, sends SIGINT once Astro is writing into the staging folder, and resolves with the exit and the log. */
async function interruptedBuild(outDir: string, target: 'npm' | 'group'): Promise<{ code: number | null; signal: string | null; log: string; stagingSeen: boolean }> {
  const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (b) => (log += b));
  child.stderr.on('data', (b) => (log += b));
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  let stagingSeen = false;
  for (let i = 0; i < 3000 && child.exitCode === null; i++) {
    const staging = leftovers(outDir).find((e) => e.includes('.staging-'));
    if (staging && readdirSync(join(dirname(outDir), staging)).length > 0) {
      stagingSeen = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  if (target === 'npm') process.kill(child.pid!, 'SIGINT');
  else process.kill(-child.pid!, 'SIGINT');
  const result = await exited;
  return { ...result, log, stagingSeen };
}

describe('an interrupted build', () => {
  for (const target of ['npm', 'group'] as const) {
    it(`leaves the previous site whole when SIGINT reaches ${target === 'npm' ? 'npm (kill -INT)' : 'the process group (Ctrl-C)'} while Astro writes`, async () => {
      const outDir = published(`site-${target}`);
      const before = snapshot(outDir);
      const r = await interruptedBuild(outDir, target);
      expect(r.stagingSeen, r.log).toBe(true);
      expect(r.code === 130 || r.signal === 'SIGINT', `exit ${r.code} ${r.signal}\n${r.log}`).toBe(true);
      expect(snapshot(outDir)).toEqual(before);
      expect(leftovers(outDir)).toEqual([]);
      if (target === 'npm') expect(r.log).toContain(`✗ 构建被中断（SIGINT）：${outDir} 保持原样，上一次构建的网站完好`);
    });
  }
});

describe('a failed build', () => {
  it('stops on a metadata.yaml that cannot be read, naming file, line and column, and leaves the previous site whole', async () => {
    const seeds = join(root, 'seeds-dup-key');
    cpSync('seeds', seeds, { recursive: true });
    const meta = join(seeds, 'metadata.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('  004_3ac0efa00b5db2aa.txt:', '  000_42a43713ae88928f.txt:'));
    const line = readFileSync(meta, 'utf8').split('\n').lastIndexOf('  000_42a43713ae88928f.txt:') + 1;
    const outDir = published('site-failed');
    const before = snapshot(outDir);
    const r = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, SEEDS_DIR: seeds }, maxBuffer: 64 * 1024 * 1024 }).then(
      () => ({ code: 0, log: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, log: e.stdout + e.stderr }),
    );
    expect(r.code).not.toBe(0);
    expect(r.log).toContain(`${meta}:${line}:3: 同一个键写了两次（Map keys must be unique at line ${line}, column 3）：整个文件无法读取，本次不构建、不发布任何内容`);
    expect(r.log).toContain(`✗ 构建失败`);
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers(outDir)).toEqual([]);
  });
});

describe('a build with redirects the loader refuses', () => {
  it('keeps the pages they name in the sitemap, and serves them as they are', async () => {
    const seeds = join(root, 'seeds-bad-redirects');
    cpSync('seeds', seeds, { recursive: true });
    const live = readPublishedArticles('dist')[0]!;
    const file = join(seeds, 'redirects.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('redirects:\n', `redirects:\n  - from: /about/\n    to: ${live.id}\n  - from: /places/\n    to: ${live.id}\n  - from: ${live.url}\n    to: ${live.id}\n`));
    const outDir = join(root, 'site-redirects');
    await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, SEEDS_DIR: seeds }, maxBuffer: 64 * 1024 * 1024 });
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const url of ['/about/', '/places/', live.url]) expect(sitemap, url).toContain(`${url}</loc>`);
    // The redirects the loader accepted stay out, as before.
    expect(sitemap).not.toContain('/kecheng/2022-07-26/</loc>');
    expect(existsSync(join(outDir, 'kecheng/2022-07-26/index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'about/index.html'), 'utf8')).not.toContain('http-equiv="refresh"');
    expect(readFileSync(join(outDir, live.url, 'index.html'), 'utf8')).not.toContain('http-equiv="refresh"');
  });
});

describe('a build stopped mid-swap (the machine went down between the two renames)', () => {
  it('gets the set-aside site back before the next build, and clears staging folders of builds no longer running', () => {
    const parent = join(root, 'swap');
    const outDir = join(parent, 'site');
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
    cpSync('dist', join(parent, `.site.previous-${dead}`), { recursive: true });
    cpSync('dist', join(parent, `.site.staging-${dead}`), { recursive: true });
    const before = snapshot(join(parent, `.site.previous-${dead}`));
    expect(recoverOutDir(outDir)).toEqual([`上一次构建在替换网站时停止：已把原来的网站放回 ${outDir}`]);
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers(outDir)).toEqual([]);
  });
});
