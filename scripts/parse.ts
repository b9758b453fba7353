/**
 * npm run parse -- <seed file or folder> [more …] [--report | --ledger]
 *
 * Prints the article records as JSON ({ "articles": [...] }, the schema of dist/data/articles.json)
 * for the seeds given, using the metadata.yaml beside them when there is one.
 *   --report  a summary per seed instead: the text ledger, repairs by kind, every warning with its line
 *   --ledger  JSON per seed: ledger, every repair (line, column, before → after), furniture, unplaced, warnings
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { loadArchive, summarize, type Archive } from '../src/archive/load.ts';

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
  archives.push(statSync(path).isDirectory() ? loadArchive(path) : loadArchive(dirname(path), { only: [basename(path)] }));
}

if (report) {
  for (const a of archives) {
    for (const line of summarize(a)) console.log(line);
    for (const s of a.seeds) {
      const kinds = new Map<string, number>();
      for (const r of s.parse?.repairs ?? []) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
      if (kinds.size) console.log(`  ${s.seed}: repairs ${[...kinds].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
      for (const w of s.warnings) console.log(`  ${s.seed}:${w.line ? w.line : '-'}: ${w.message}`);
      for (const u of s.parse?.unplaced ?? []) console.log(`  ${s.seed}:${u.line}: UNPLACED "${u.text}"`);
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
