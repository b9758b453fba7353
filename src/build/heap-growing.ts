/**
 * V8 flags for the build's two large processes: the `astro build` process (content store, Vite's
 * bundle, every page; passed on its command line by `npm run build` in staged-build.ts and by
 * `npm run bench:build`, so both build the same way) and the parse's child process
 * (seed-process.ts, whose pool threads share its V8 flags).
 *
 * Why: V8 grows its heap lazily. Between two full collections it lets the old generation grow by
 * a factor it picks from how fast it collects (up to 4× what the last one kept), and its young
 * generation grows to 2 × 64 MB per thread on this Node. At 10,000 articles the render's live heap
 * is ≈ 350 MB (heapUsed after full collections, sampled every 250 ms) while its heap reached
 * 900–950 MB: the rest was the garbage of pages already written. Measured on cold builds of the
 * 10,000-article corpus (docs/scale.md, 2026-12-07): without these flags the build's processes
 * peaked at 1,890 MB (`npm run bench:build`; the astro process alone 1,861 MB while Vite bundled);
 * with them at 1,556–1,608 MB (two runs), the render at ≈ 1,420 MB; the peak is now the parse's.
 *
 * Why no ceiling (`--max-old-space-size`): it lowered the render's peak at 10,000 articles as
 * much, but a live set larger than the ceiling — a bigger archive — would end the build with
 * "heap out of memory". These flags cannot fail that way: V8's limit stays its own (≈ 4.3 GB
 * here), only the collections come sooner. Their cost is CPU: more collections (at 10,000
 * articles 145–151 s of CPU against 115 s, +26–31 %; docs/scale.md).
 *
 * On the command line, not in NODE_OPTIONS: nothing else the build starts inherits them. The
 * parse's child process is given these two of the astro process's flags (seed-process.ts; it
 * imports nothing from here, which would make these flags part of the parse cache's key); the
 * index worker is a thread of the astro process and shares them, under its own heap ceiling
 * (search-index.ts).
 */

/**
 * How far (per cent) the old generation may grow past what the last full collection kept before
 * V8 collects again (V8 picks 10–300 % by itself). 20: the render's heap then peaked at ≈ 580 MB
 * instead of ≈ 950 MB at 10,000 articles; 50 saved no CPU (147.8 s) and the build's processes
 * peaked higher (the render 1,538 MB against 1,419; one whole build 2,714 MB).
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Largest semi-space of the young generation, MB (V8's own is 64 on this Node: a young generation
 * of ≈ 130 MB in every thread that allocates much — the render, the index worker, each parse
 * thread). 16 cut the render's peak by ≈ 290 MB with the growing factor above (1,711 → 1,419 MB);
 * alone, without it, the render still reached 1,716 MB.
 */
export const SEMI_SPACE_MB = 16;

/** The V8 flags, for a Node command line (before the script's path) or a fork's execArgv. */
export function heapGrowingFlags(): string[] {
  return [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}
