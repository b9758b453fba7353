/**
 * npm run corpus -- [--issues N | --articles N] [--seed S] [--vocabulary lexicon|seeds] [--out DIR] [--from DIR]
 *
 * Writes a synthetic archive of a weekly town paper (8 pages and 40 articles an issue, weekly over
 * twenty years) made from the real seeds in `--from` (default seeds/) — with words and names drawn
 * from jieba's lexicon (`--vocabulary lexicon`, the default) or the seeds' text recombined as it
 * stands (`--vocabulary seeds`, the old corpus: the worst case for repetition) — into `--out`
 * (default corpus/, git-ignored). Deterministic: the same options give a byte-identical folder.
 * Build the site from it with `SEEDS_DIR=corpus npm run build`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PLACES_FILE } from '../src/archive/load.ts';
import { generateCorpus, VOCABULARIES, type Corpus, type Vocabulary } from './corpus/generate.ts';
import { readMaterial } from './corpus/material.ts';

/** Default seed number: the real 柳市 front page's issue date, so the default corpus is always the same one. */
export const DEFAULT_SEED = 20230318;
export const DEFAULT_OUT = 'corpus';

export function writeCorpus(options: { issues?: number; articles?: number; seed?: number; vocabulary?: Vocabulary; continueLast?: boolean; out: string; from?: string }): Corpus {
  const from = resolve(options.from ?? 'seeds');
  const out = resolve(options.out);
  if (out === from) throw new Error(`corpus: --out ${options.out} is the source seeds folder; write the corpus elsewhere`);
  const corpus = generateCorpus(readMaterial(from), { seed: options.seed ?? DEFAULT_SEED, issues: options.issues, articles: options.articles, vocabulary: options.vocabulary, continueLast: options.continueLast });
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

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`corpus: --${name} ${value}: expected a whole number ≥ 1`);
    process.exit(2);
  }
  return n;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      issues: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string' },
      vocabulary: { type: 'string', default: 'lexicon' },
      out: { type: 'string', default: DEFAULT_OUT },
      from: { type: 'string', default: 'seeds' },
    },
  });
  if (values.issues && values.articles) {
    console.error('corpus: give --issues or --articles, not both');
    process.exit(2);
  }
  if (!VOCABULARIES.includes(values.vocabulary as Vocabulary)) {
    console.error(`corpus: --vocabulary ${values.vocabulary}: expected ${VOCABULARIES.join(' or ')}`);
    process.exit(2);
  }
  const started = performance.now();
  const corpus = writeCorpus({
    vocabulary: values.vocabulary as Vocabulary,
    issues: positive('issues', values.issues) ?? (values.articles ? undefined : 1),
    articles: positive('articles', values.articles),
    seed: positive('seed', values.seed),
    out: values.out,
    from: values.from,
  });
  console.log(
    `corpus: ${corpus.issues} issues, ${corpus.pages} pages, ${corpus.articles} articles (vocabulary ${values.vocabulary}) → ${values.out}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
