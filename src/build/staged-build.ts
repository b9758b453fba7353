/**
 * A build that never loses the published site: Astro builds into a staging folder beside the
 * output folder, and the output folder is replaced only when the build succeeded. A failed or
 * interrupted build (Ctrl-C, SIGTERM) removes its staging folder and leaves the previous site
 * whole — Astro empties its output folder when it starts, so building in place lost it.
 *
 * The swap is two renames in one folder (the old site aside, the new one in): no copying, and a
 * signal arriving meanwhile waits until both are done. Should the machine stop between the two,
 * the next build puts the old site back before it starts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { heapGrowingFlags } from './heap-growing.ts';
import { startWarmParse } from './warm-parse.ts';

export interface StagedBuildOptions {
  /** The output folder the site is published from (default dist/). */
  outDir: string;
  /** Extra environment for Astro (SEEDS_DIR …). */
  env?: NodeJS.ProcessEnv;
  /** Extra arguments for `astro build`. */
  args?: string[];
  /** Where Astro's messages go: inherited (the terminal) by default. */
  stdio?: 'inherit' | 'pipe';
}

export interface StagedBuildResult {
  ok: boolean;
  /** Exit code for the caller: 0, Astro's code, or 128 + signal number when interrupted. */
  code: number;
  /** What happened, in Chinese, for editors. */
  message: string;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_CODES: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** Names of the staging and set-aside folders of an output folder: hidden siblings, same filesystem. */
export function stagingNames(outDir: string): { parent: string; staging: (pid: number) => string; previous: (pid: number) => string; prefix: string } {
  const parent = dirname(resolve(outDir));
  const name = basename(resolve(outDir));
  return {
    parent,
    prefix: `.${name}.`,
    staging: (pid) => join(parent, `.${name}.staging-${pid}`),
    previous: (pid) => join(parent, `.${name}.previous-${pid}`),
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Before building: a site set aside by a build that stopped mid-swap goes back in place, and
 * staging folders of builds no longer running are removed.
 */
export function recoverOutDir(outDir: string): string[] {
  const names = stagingNames(outDir);
  const notes: string[] = [];
  if (!existsSync(names.parent)) return notes;
  for (const entry of readdirSync(names.parent).filter((e) => e.startsWith(names.prefix))) {
    const m = /\.(staging|previous)-(\d+)$/u.exec(entry);
    if (!m || alive(Number(m[2])) ) continue;
    const path = join(names.parent, entry);
    if (m[1] === 'previous' && !existsSync(resolve(outDir))) {
      renameSync(path, resolve(outDir));
      notes.push(`上一次构建在替换网站时停止：已把原来的网站放回 ${resolve(outDir)}`);
    } else rmSync(path, { recursive: true, force: true });
  }
  return notes;
}

export async function stagedBuild(options: StagedBuildOptions): Promise<StagedBuildResult> {
  const outDir = resolve(options.outDir);
  for (const note of recoverOutDir(outDir)) console.log(note);
  const names = stagingNames(outDir);
  const staging = names.staging(process.pid);
  const previous = names.previous(process.pid);
  rmSync(staging, { recursive: true, force: true });
  const env = productionEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...options.env });

  // First the parse, in a process that ends before Astro starts (src/build/warm-parse.ts); interrupted, nothing was staged.
  const stopped = await warmUp(env, options.stdio);
  if (stopped) {
    return { ok: false, code: SIGNAL_CODES[stopped], message: `构建被中断（${stopped}）：${keptMessage(outDir)}` };
  }

  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [...heapGrowingFlags(), astro, 'build', ...(options.args ?? []), '--outDir', staging], {
    stdio: options.stdio ?? 'inherit',
    env,
  });
  if (options.stdio === 'pipe') {
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
  }

  let interrupted: (typeof SIGNALS)[number] | null = null;
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    interrupted ??= signal;
    // The terminal sends Ctrl-C to Astro too; a signal sent to this process alone is passed on.
    if (child.exitCode === null) child.kill(signal);
  };
  const handlers = SIGNALS.map((s) => [s, () => onSignal(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);

  return new Promise((done) => {
    child.on('exit', (code, signal) => {
      const finish = (result: StagedBuildResult) => {
        for (const [s, h] of handlers) process.off(s, h);
        done(result);
      };
      const kept = keptMessage(outDir);
      if (interrupted || signal) {
        rmSync(staging, { recursive: true, force: true });
        const s = (interrupted ?? signal) as (typeof SIGNALS)[number];
        return finish({ ok: false, code: SIGNAL_CODES[s] ?? 1, message: `构建被中断（${s}）：${kept}` });
      }
      if (code !== 0 || !existsSync(join(staging, 'index.html'))) {
        rmSync(staging, { recursive: true, force: true });
        return finish({ ok: false, code: code || 1, message: `构建失败（退出码 ${code}，原因见上面的消息）：${kept}` });
      }
      // The swap: signals received now are only noted (onSignal), and act after it.
      const hadSite = existsSync(outDir);
      if (hadSite) renameSync(outDir, previous);
      renameSync(staging, outDir);
      if (hadSite) rmSync(previous, { recursive: true, force: true });
      finish({ ok: true, code: 0, message: `构建完成：新网站已放到 ${outDir}` });
    });
  });
}

/** What became of the published site when a build stopped: left as it was, or never there. */
const keptMessage = (outDir: string) => (existsSync(outDir) ? `${outDir} 保持原样，上一次构建的网站完好` : `${outDir} 原本就不存在，没有写入任何内容`);

/** Runs the parse cache's warm-up; resolves with the signal that interrupted it, or null (done, failed or skipped). */
async function warmUp(env: NodeJS.ProcessEnv, stdio: StagedBuildOptions['stdio']): Promise<(typeof SIGNALS)[number] | null> {
  const run = startWarmParse(env, stdio);
  if (!run) return null;
  if (stdio === 'pipe') {
    run.child.stdout?.pipe(process.stdout);
    run.child.stderr?.pipe(process.stderr);
  }
  let interrupted: (typeof SIGNALS)[number] | null = null;
  const handlers = SIGNALS.map((s) => [s, () => ((interrupted ??= s), run.stop(s))] as const);
  for (const [s, h] of handlers) process.on(s, h);
  const { code } = await run.done;
  for (const [s, h] of handlers) process.off(s, h);
  // A warm-up that failed decides nothing: the build reads what it could not, and reports it.
  if (!interrupted && code !== 0) console.log(`[预读] 预读稿件没有完成（退出码 ${code}），构建时照常读入`);
  return interrupted;
}

/** What Vitest puts in the process environment from its import.meta.env. */
const VITEST_ENV = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);

/**
 * The environment of a published build: a production build whatever the caller's environment.
 * Run from a test, the caller is Vitest, which mirrors its own import.meta.env into the process
 * environment (MODE=test, DEV=1, PROD, SSR, BASE_URL, TEST, VITEST…); the build then compiles
 * `import.meta.env.DEV` as true, which turns off the read model's once-per-build
 * caches (read-model/archive.ts) so that every page recomputes the archive — quadratic in the
 * size of the archive (a 3,935-article seed took over ten minutes to render instead of one).
 */
export function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!VITEST_ENV.has(k) && !k.startsWith('VITEST')) out[k] = v;
  out.NODE_ENV = 'production';
  return out;
}
