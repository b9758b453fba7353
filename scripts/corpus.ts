/**
 * npm run corpus -- [--issues N | --articles N] [--seed S] [--vocabulary lexicon|seeds] [--out DIR] [--from DIR]
 *
 * Writes a synthetic archive of a weekly town paper (8 pages and 40 articles an issue, weekly over
 * twenty years) made from the real seeds in `--from` (default seeds/) — with words and names drawn
 * from jieba's lexicon (`--vocabulary lexicon`, the default) or the seeds' text recombined as it
 * stands (`--vocabulary seeds`, the old corpus: the worst case for repetition) — into `--out`
 * (default corpus/, git-ignored). Deterministic: the same options give a byte-identical folder.
 * Build the site from it with `SEEDS_DIR=corpus npm run build`. The generator is in tests/support/corpus/
 * (tests build sites from it too).
 */
import { parseArgs } from 'node:util';
import { VOCABULARIES, type Vocabulary } from '../tests/support/corpus/generate.ts';
import { DEFAULT_OUT, writeCorpus } from '../tests/support/corpus/write.ts';

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
