/**
 * `npm run bench:pdf [-- --runs 3]`: the PDF path's speed on this machine, over the typeset golden
 * pages (tests/fixtures/pages/<slug>/page.pdf): the time to read a page (PDF.js text content and
 * operator list, then lines, columns and features: readPdf + pdfSeed), and to render its image
 * (PDF.js onto @napi-rs/canvas at 1600 px, then WebP at 1600 and 800 px by sharp), with the WebP
 * sizes. Goals: reading ≤ 300 ms, rendering ≤ 1 s a page. Prints the machine's load beside them.
 */
import { loadavg, cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPdf } from '../src/pdf/read.ts';
import { pageImages } from '../src/pdf/render.ts';
import { pdfSeed } from '../src/pdf/seed.ts';
import { TYPESET_PAGES } from './typeset-golden.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Wall time, and the CPU time of this process (all its threads) — the figure a loaded machine distorts less. */
const cpuTimes: number[] = [];
const time = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  const c = process.cpuUsage();
  await f();
  const used = process.cpuUsage(c);
  cpuTimes.push((used.user + used.system) / 1000);
  return performance.now() - t;
};
const cpuOf = (n: number) => median(cpuTimes.splice(0, n));

console.log(`PDF path on ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15 min); median of ${runs} runs after one warm-up`);
console.log('page                                   kB   read ms (cpu)  render ms (cpu)  webp 1600/800 kB');
const reads: number[] = [];
const renders: number[] = [];
for (const slug of TYPESET_PAGES) {
  const bytes = new Uint8Array(readFileSync(join('tests/fixtures/pages', slug, 'page.pdf')));
  const read = async () => pdfSeed(await readPdf(bytes));
  await read();
  const readRuns: number[] = [];
  cpuTimes.length = 0;
  for (let i = 0; i < runs; i++) readRuns.push(await time(read));
  const r = median(readRuns);
  const readCpu = cpuOf(runs);
  let images: { webp: Buffer }[] = [];
  const render = async () => {
    images = await pageImages(bytes, 1, [1600, 800]);
  };
  await render();
  const out: number[] = [];
  cpuTimes.length = 0;
  for (let i = 0; i < runs; i++) out.push(await time(render));
  const d = median(out);
  const renderCpu = cpuOf(runs);
  reads.push(r);
  renders.push(d);
  console.log(`${slug.padEnd(36)} ${(bytes.length / 1024).toFixed(0).padStart(5)} ${`${r.toFixed(0)} (${readCpu.toFixed(0)})`.padStart(15)} ${`${d.toFixed(0)} (${renderCpu.toFixed(0)})`.padStart(16)}  ${images.map((i) => (i.webp.length / 1024).toFixed(0)).join('/')}`);
}
console.log(`median read ${median(reads).toFixed(0)} ms (goal ≤ 300), max ${Math.max(...reads).toFixed(0)}; median render ${median(renders).toFixed(0)} ms (goal ≤ 1000), max ${Math.max(...renders).toFixed(0)}; load now ${loadavg()[0]!.toFixed(2)}`);
