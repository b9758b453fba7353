/**
 * Writes a synthetic corpus to a folder (the work of `npm run corpus`, scripts/corpus.ts, also used by
 * tests and benchmarks): the real seeds in `from` read as material, a deterministic archive generated
 * from it, its pages and metadata written into `out`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLACES_FILE } from '../../../src/archive/load.ts';
import { generateCorpus, type Corpus, type Vocabulary } from './generate.ts';
import { readMaterial } from './material.ts';

/** Default seed number: the real 柳市 front page's issue date, so the default corpus is always the same one. */
export const DEFAULT_SEED = 20230318;
export const DEFAULT_OUT = 'corpus';

export function writeCorpus(options: { issues?: number; articles?: number; seed?: number; vocabulary?: Vocabulary; continueLast?: boolean; span?: number; out: string; from?: string }): Corpus {
  const from = resolve(options.from ?? 'seeds');
  const out = resolve(options.out);
  if (out === from) throw new Error(`corpus: --out ${options.out} is the source seeds folder; write the corpus elsewhere`);
  const corpus = generateCorpus(readMaterial(from), { seed: options.seed ?? DEFAULT_SEED, issues: options.issues, articles: options.articles, vocabulary: options.vocabulary, continueLast: options.continueLast, span: options.span });
  // Start from an empty folder so that a smaller corpus leaves no pages of a bigger one behind.
  if (existsSync(out)) {
    for (const f of readdirSync(out)) if (f.endsWith('.txt') || f.endsWith('.yaml')) rmSync(join(out, f));
  }
  mkdirSync(out, { recursive: true });
  for (const [name, text] of corpus.files) writeFileSync(join(out, name), text);
  // The editors' places (aliases such as 麻蓬) are part of the archive the material came from.
  if (existsSync(join(from, PLACES_FILE))) copyFileSync(join(from, PLACES_FILE), join(out, PLACES_FILE));
  return corpus;
}
