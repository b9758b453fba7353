/**
 * `npm run bench:pdf [-- --runs 3]`: the PDF path's speed on this machine, over the typeset golden
 * pages (tests/fixtures/pages/<slug>/page.pdf): the time to read a page (PDF.js text content and
 * operator list, then lines, columns and features: readPdf + pdfSeed), and to render its image
 * (PDF.js onto @napi-rs/canvas at 1600 px, then WebP at 800, 1200 and 1600 px by sharp) from a
 * fresh document, and from a document just read, whose fonts are loaded (as the build does it), with
 * the WebP sizes. Goals: reading ≤ 300 ms, rendering ≤ 1 s a page. Prints the machine's load beside them.
 *
 * Every page is read once before the table, so the process's own warm-up (V8 compiling and
 * optimising PDF.js) does not land on whichever page is measured first: before this, the front
 * page's reading was measured while the process was still warming up (its runs fell from ≈ 900 to
 * ≈ 250 ms of CPU) and read ≈ 355 ms against ≈ 200 for the rest. The build reads each PDF in a fresh
 * process (src/pdf/sync.ts), warm-up included: the last line times that, on the front page.
 */
import { loadavg, cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inflateInJavaScript, openPdf, readDoc, readPdf } from '../src/pdf/read.ts';
import { drawPage, encodeWidths, PAGE_IMAGE_WIDTHS, pageImages, pageQuality } from '../src/pdf/render.ts';
import { pdfSeed } from '../src/pdf/seed.ts';
import { readPdfSeedSync } from '../src/pdf/sync.ts';
import { TYPESET_PAGES } from '../src/score/key.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'web-inflate': { type: 'boolean', default: false } } });
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
const WIDTHS = [...PAGE_IMAGE_WIDTHS];
// As the reader's process does (src/pdf/cli.ts); `--web-inflate` measures PDF.js's default instead.
if (!values['web-inflate']) inflateInJavaScript();

console.log(`PDF path on ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15 min); median of ${runs} runs after one warm-up; wall ms (CPU ms of this process); inflating in ${values['web-inflate'] ? 'Web DecompressionStream' : 'JavaScript'}`);
// The process's warm-up, on every page (see the file comment).
for (const slug of TYPESET_PAGES) pdfSeed(await readPdf(new Uint8Array(readFileSync(join('tests/fixtures/pages', slug, 'page.pdf')))));
console.log('page                                   kB         read   render alone  render after read   webp 800/1200/1600 kB');
const reads: number[] = [];
const renders: number[] = [];
const shared: number[] = [];
const [cpuReads, cpuRenders, cpuShared]: number[][] = [[], [], []];
const cell = (wall: number, cpu: number, w: number) => `${wall.toFixed(0)} (${cpu.toFixed(0)})`.padStart(w);
for (const slug of TYPESET_PAGES) {
  const bytes = new Uint8Array(readFileSync(join('tests/fixtures/pages', slug, 'page.pdf')));
  /** Timed: a fresh document's reading; a fresh document's drawing and encoding; and the drawing of a document just read (the build's way). */
  let images: { webp: Buffer }[] = [];
  let doc: PDFDocumentProxy | null = null;
  const steps = {
    read: async () => pdfSeed(await readPdf(bytes)),
    render: async () => {
      images = await pageImages(bytes, 1, WIDTHS, pageQuality);
    },
    shared: async () => {
      images = await encodeWidths(await drawPage(doc!, 1, 1600), WIDTHS, pageQuality);
    },
  };
  const measure = async (f: () => Promise<unknown>, before?: () => Promise<void>, after?: () => Promise<void>) => {
    const walls: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await before?.();
      const t = await time(f);
      await after?.();
      if (i) walls.push(t);
      else cpuTimes.pop();
    }
    return { wall: median(walls), cpu: cpuOf(runs) };
  };
  cpuTimes.length = 0;
  const r = await measure(steps.read);
  const d = await measure(steps.render);
  const s = await measure(
    steps.shared,
    async () => {
      doc = await openPdf(bytes);
      await readDoc(doc);
    },
    async () => doc!.destroy(),
  );
  reads.push(r.wall);
  renders.push(d.wall);
  shared.push(s.wall);
  cpuReads.push(r.cpu);
  cpuRenders.push(d.cpu);
  cpuShared.push(s.cpu);
  console.log(`${slug.padEnd(36)} ${(bytes.length / 1024).toFixed(0).padStart(5)} ${cell(r.wall, r.cpu, 12)} ${cell(d.wall, d.cpu, 14)} ${cell(s.wall, s.cpu, 18)}   ${images.map((i) => (i.webp.length / 1024).toFixed(0)).join('/')}`);
}
const sum = (label: string, wall: number[], cpu: number[], goal: number) =>
  `${label}: median ${median(wall).toFixed(0)} ms wall (${median(cpu).toFixed(0)} CPU), max ${Math.max(...wall).toFixed(0)} (${Math.max(...cpu).toFixed(0)}) — goal ≤ ${goal}`;
console.log(sum('read', reads, cpuReads, 300));
console.log(sum('render alone', renders, cpuRenders, 1000));
console.log(sum('render after read', shared, cpuShared, 1000));
console.log(coldRead(TYPESET_PAGES[0]!));
console.log(`load now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

/**
 * The reader's own process on one page, as the build runs it (src/pdf/sync.ts: Node started, PDF.js
 * compiled — from V8's code cache after the first time — the page read, its seed written as JSON):
 * the CPU of the finished children, from /proc (Linux), in clock ticks.
 */
function coldRead(slug: string): string {
  const file = join('tests/fixtures/pages', slug, 'page.pdf');
  const childCpu = () => {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted from the state field (3).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  };
  const walls: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const [t, c] = [performance.now(), childCpu()];
    readPdfSeedSync(file);
    if (i) {
      walls.push(performance.now() - t);
      cpu.push(childCpu() - c);
    }
  }
  return `read in the reader's own process (${slug}, as the build does it): median ${median(walls).toFixed(0)} ms wall (${median(cpu).toFixed(0)} CPU)`;
}
