/**
 * A site to walk: what the real seeds are too few to show — a paper over many years, issues of eight
 * pages (版) with 版名, a story cut by （下转2版） and its （上接1版）, the same month and day in two
 * years, an issue known only by its year and one not even by that, a 公文 — built into a temporary
 * folder. The synthetic corpus (`npm run corpus`, four weekly issues from 2004 to 2018) with:
 *
 * - a copy of its last issue's front page as another issue on the same month and day in 2015;
 * - a copy of a page as an issue of 2016 whose day nobody knows, and one of unknown year;
 * - the real 公文 (seeds/002) under its publication;
 * - a `site.yaml` with a name, a contact and a 纠错 address.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { writeCorpus } from './corpus/write.ts';

/** Corpus seed number; its last issue (2018-12-19) is made to continue its front page on page 2. */
export const WALK_CORPUS_SEED = 1;
export const WALK = {
  /** Issues of the corpus. */
  issues: ['2004-01-07', '2008-12-31', '2013-12-25', '2018-12-19'],
  /** The same month and day as the last one, three years earlier. */
  sameDay: '2015-12-19',
  /** Year of the issue whose day is unknown. */
  yearOnly: 2016,
  corrections: 'mailto:jiucuo@example.cn',
  contact: 'bianji@example.cn',
  siteName: '测试报刊档案',
} as const;

export interface WalkSite {
  seeds: string;
  dist: string;
  close(): void;
}

export async function buildWalkSite(): Promise<WalkSite> {
  const seeds = mkdtempSync(join(tmpdir(), 'walk-seeds-'));
  const dist = mkdtempSync(join(tmpdir(), 'walk-dist-'));
  writeCorpus({ issues: WALK.issues.length, seed: WALK_CORPUS_SEED, continueLast: true, out: seeds });
  const metaFile = join(seeds, 'metadata.yaml');
  const meta = parseYaml(readFileSync(metaFile, 'utf8')) as { publications: object[]; seeds: Record<string, Record<string, unknown>> };
  const last = WALK.issues.at(-1)!;
  copyFileSync(join(seeds, `${last}_p1.txt`), join(seeds, `${WALK.sameDay}_p1.txt`));
  meta.seeds[`${WALK.sameDay}_p1.txt`] = { ...meta.seeds[`${last}_p1.txt`], date: WALK.sameDay, number: '第900期' };
  copyFileSync(join(seeds, `${last}_p3.txt`), join(seeds, 'year-only.txt'));
  meta.seeds['year-only.txt'] = { publication: 'liushi', kind: 'news-page', date: String(WALK.yearOnly), page: '3', pageName: '经济' };
  copyFileSync(join(seeds, `${last}_p4.txt`), join(seeds, 'no-date.txt'));
  meta.seeds['no-date.txt'] = { publication: 'liushi', kind: 'news-page', date: null, page: '4' };
  copyFileSync('seeds/002_a7737542be55ced5.txt', join(seeds, '002_a7737542be55ced5.txt'));
  meta.publications.push({ slug: 'nantang', name: '南塘镇委', description: '中共乐清市南塘镇委员会的公文。' });
  meta.seeds['002_a7737542be55ced5.txt'] = { publication: 'nantang', kind: 'document' };
  writeFileSync(metaFile, toYaml(meta, { lineWidth: 0 }));
  writeFileSync(join(seeds, 'site.yaml'), toYaml({ name: WALK.siteName, contact: WALK.contact, corrections: WALK.corrections }));
  try {
    await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], {
      env: { ...process.env, SEEDS_DIR: seeds },
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (err) {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    throw err;
  }
  return {
    seeds,
    dist,
    close: () => {
      rmSync(seeds, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
