/**
 * npm run parse -- <seed file or folder> [more …] [--report | --ledger]
 *
 * Prints the article records as JSON ({ "articles": [...] }, the schema of dist/data/articles.json)
 * for the seeds given, using the metadata.yaml beside them when there is one.
 *   --report  how each seed was read instead, in Chinese: articles, the text ledger, repairs by kind,
 *             every hint with its line quoted, unplaced text (the report `npm run add` prints)
 *   --ledger  JSON per seed: ledger, every repair (line, column, before → after), furniture, unplaced, warnings
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { seedSourceLines } from '../src/archive/seed.ts';
import { loadArchiveInWorkers, problemPlace, type Archive } from '../src/archive/load.ts';
import { seedReportLines } from '../src/check/seed-report.ts';

const args = process.argv.slice(2);
const report = args.includes('--report');
const ledger = args.includes('--ledger');
const targets = args.filter((a) => !a.startsWith('--'));
if (targets.length === 0) {
  console.error('usage: npm run parse -- <seed file or folder> [more …] [--report | --ledger]');
  process.exit(2);
}

const archives: Archive[] = [];
for (const t of targets) {
  const path = resolve(t);
  if (!existsSync(path)) {
    console.error(`${t}: no such file or folder`);
    process.exitCode = 1;
    continue;
  }
  archives.push(await (statSync(path).isDirectory() ? loadArchiveInWorkers(path) : loadArchiveInWorkers(dirname(path), { only: [basename(path)] })));
}

if (report) {
  for (const a of archives) {
    for (const p of a.problems) console.log(`${p.severity === 'error' ? '✗ 错误' : '! 注意'} ${problemPlace(p)}：${p.message}${p.fix ? `（${p.fix}）` : ''}`);
    for (const s of a.skipped) console.log(`! 未读入 ${s.name}：${s.reason}`);
    for (const s of a.seeds) {
      let lines: string[] = [];
      try {
        if (s.encoding) lines = seedSourceLines(join(a.seedsDir, s.seed));
      } catch {
        // No lines to quote (a damaged page of a PDF): the seed's error says why.
      }
      for (const line of seedReportLines(a, s.seed, lines)) console.log(line);
    }
  }
} else if (ledger) {
  const seeds = archives.flatMap((a) =>
    a.seeds.map((s) => ({
      seed: s.seed,
      encoding: s.encoding,
      error: s.error,
      ledger: s.ledger,
      repairs: s.parse?.repairs ?? [],
      furniture: s.parse?.furniture ?? [],
      unplaced: s.parse?.unplaced ?? [],
      warnings: s.warnings,
    })),
  );
  console.log(JSON.stringify({ seeds }, null, 2));
} else {
  console.log(JSON.stringify({ articles: archives.flatMap((a) => a.articles) }, null, 2));
}
if (archives.some((a) => a.seeds.some((s) => s.error))) process.exitCode = 1;
