/**
 * The loader's one hook into the PDF reader: a PDF file → the parser's input (seed text and
 * per-line layout features) and the page geometry, synchronously. PDF.js is asynchronous and
 * the loader is not, so the reading runs in a child process (cli.ts) under a time limit and a
 * memory cap: a 500-page file or one that makes PDF.js spin ends with a clear message, and the
 * build goes on with the other seeds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfSeed } from './seed.ts';
import type { PdfFailure } from './read.ts';

/** The reader's entry: beside this file, or under the project root when this module was bundled (Astro's build). */
const cli = () => {
  const here = fileURLToPath(new URL('./cli.ts', import.meta.url));
  return existsSync(here) ? here : join(process.cwd(), 'src/pdf/cli.ts');
};

/** Time one PDF may take to read (a 版 takes well under a second; MAX_PDF_PAGES pages a few seconds). */
export const PDF_READ_TIMEOUT_MS = 60_000;
/** Heap for the reading process, MB. */
export const PDF_READ_HEAP_MB = 1024;

/**
 * V8's code cache for the reader's process (Node's compile cache): each PDF is read in a fresh
 * process, which otherwise compiles PDF.js (≈ 2 MB of JavaScript) again — ≈ 0.15–0.2 s of CPU a file
 * (`/usr/bin/time` on src/pdf/cli.ts and the front page: 0.82–1.02 s without, 0.69–0.82 s with).
 * NODE_COMPILE_CACHE, when set, is kept.
 */
const compileCache = () => process.env.NODE_COMPILE_CACHE || resolve('node_modules/.cache/liushi-archive/node-compile');

export type PdfRead = { ok: true; seed: PdfSeed } | { ok: false; error: string; reason: PdfFailure | 'timeout' };

export function readPdfSeedSync(path: string): PdfRead {
  let out: string;
  try {
    out = execFileSync(process.execPath, [`--max-old-space-size=${PDF_READ_HEAP_MB}`, cli(), path], {
      encoding: 'utf8',
      timeout: PDF_READ_TIMEOUT_MS,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_COMPILE_CACHE: compileCache() },
    });
  } catch (err) {
    const e = err as { signal?: string; message: string };
    const timedOut = e.signal === 'SIGTERM';
    return {
      ok: false,
      reason: timedOut ? 'timeout' : 'damaged',
      error: timedOut
        ? `读取 PDF 超过 ${PDF_READ_TIMEOUT_MS / 1000} 秒没有完成，已停止：文件可能太大或已损坏，请按版拆开或重新导出`
        : `读取 PDF 的进程出错（${e.message.split('\n')[0]}）：文件可能已损坏或太大，请重新导出这一版`,
    };
  }
  const parsed = JSON.parse(out) as PdfSeed | { error: string; reason: PdfFailure };
  return 'error' in parsed ? { ok: false, error: parsed.error, reason: parsed.reason } : { ok: true, seed: parsed };
}
