/**
 * A synthetic archive of 64 issues of one paper over four years (2019–2022, sixteen a year on
 * varying days), for the two-click reach test (tests/browser/reach.test.ts): one synthetic front
 * page of four articles (`npm run corpus`'s generator) as the front page of each issue. Small to
 * build (256 articles), and more issues than any list of latest issues shows.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { writeCorpus } from './corpus/write.ts';

export const REACH_YEARS = [2019, 2020, 2021, 2022];
const PER_YEAR = 16;
export const REACH_ISSUE_DATES = REACH_YEARS.flatMap((y) =>
  Array.from({ length: PER_YEAR }, (_, i) => `${y}-${String(1 + Math.floor((i * 12) / PER_YEAR)).padStart(2, '0')}-${String(3 + ((i * 7) % 25)).padStart(2, '0')}`),
);

/** Writes the archive's seeds and metadata into `out`. */
export function writeReachSeeds(out: string): void {
  const one = mkdtempSync(join(tmpdir(), 'reach-one-'));
  try {
    writeCorpus({ articles: 4, seed: 21, out: one });
    const meta = parseYaml(readFileSync(join(one, 'metadata.yaml'), 'utf8')) as { publications: object[]; seeds: Record<string, Record<string, unknown>> };
    const [[page, entry]] = Object.entries(meta.seeds) as [[string, Record<string, unknown>]];
    mkdirSync(out, { recursive: true });
    const seeds: Record<string, Record<string, unknown>> = {};
    REACH_ISSUE_DATES.forEach((date, i) => {
      copyFileSync(join(one, page), join(out, `${date}_p1.txt`));
      seeds[`${date}_p1.txt`] = { ...entry, date, number: `第${i + 1}期` };
    });
    copyFileSync(join(one, 'places.yaml'), join(out, 'places.yaml'));
    writeFileSync(join(out, 'metadata.yaml'), toYaml({ publications: meta.publications, seeds }, { lineWidth: 0 }));
  } finally {
    rmSync(one, { recursive: true, force: true });
  }
}

// `node tests/support/reach-seeds.ts <folder>` writes the archive (to build an older version of the site from it).
if (import.meta.main) writeReachSeeds(process.argv[2] ?? 'reach-seeds');
