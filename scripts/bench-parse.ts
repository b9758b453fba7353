/**
 * npm run bench:parse -- <seeds folder> [--workers 1,2]
 *
 * The parse phase alone (read, decode, parser, places, keywords; then assembly), cold (no parse
 * cache): once in one process (`loadArchive`, how every seed was read before the seed pool) and
 * once through the seed pool (`loadArchiveInWorkers`) per number of workers given. Prints seconds,
 * the speed-up over one process and the load average, which on a shared machine decides the
 * figure as much as the code does. Make a folder with `npm run corpus -- --articles 10000 --out <dir>`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadArchive, loadArchiveInWorkers, type Archive } from '../src/archive/load.ts';

const { values, positionals } = parseArgs({ options: { workers: { type: 'string', default: String(availableParallelism()) } }, allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run bench:parse -- <seeds folder> [--workers 1,2]');
  process.exit(2);
}
const load = () => loadavg()[0]!.toFixed(2);

async function timed(label: string, run: () => Archive | Promise<Archive>): Promise<number> {
  const before = load();
  const started = performance.now();
  const archive = await run();
  const s = (performance.now() - started) / 1000;
  const failed = archive.seeds.filter((x) => x.error).length;
  console.log(`${label.padEnd(24)} ${s.toFixed(1).padStart(8)} s   ${String(archive.seeds.length).padStart(6)} seeds ${String(archive.articles.length).padStart(7)} articles ${String(failed).padStart(4)} failed   load ${before} → ${load()}`);
  return s;
}

console.log(`Parse benchmark: ${dir}, cold (no parse cache); ${availableParallelism()} cores; Node ${process.version}`);
const one = await timed('one process', () => loadArchive(dir));
for (const n of values.workers.split(',').map(Number)) {
  process.env.SEED_WORKERS = String(n);
  const s = await timed(`pool, ${n} worker${n > 1 ? 's' : ''}`, () => loadArchiveInWorkers(dir));
  console.log(`${''.padEnd(24)} speed-up over one process: ×${(one / s).toFixed(2)}`);
}
