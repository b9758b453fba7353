/**
 * npm run bench:corpus -- [--articles 40000] [--seed S] [--swap-rate R]
 *
 * How the synthetic corpus's vocabulary grows with its size, against the real seeds' own curve:
 * distinct characters, character pairs and words (jieba, with the gazetteer) after every doubling
 * of the text read, for the seeds (their page files in name order), the corpus with the lexicon
 * vocabulary (the default of `npm run corpus`) and the old recombined corpus (`--vocabulary seeds`),
 * both generated in memory from the same seed number; then Heaps' law exponents fitted over the
 * seeds' length and beyond it. Pure measurement of text: nothing is built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gazetteerWords, loadGazetteer } from '../src/places/gazetteer.ts';
import { useJieba } from '../src/places/jieba.ts';
import { PLACES_FILE } from '../src/archive/load.ts';
import { DEFAULT_SEED } from '../tests/support/corpus/write.ts';
import { generateCorpus, VOCABULARIES, WORD_SWAP_RATE, type Vocabulary } from '../tests/support/corpus/generate.ts';
import { readMaterial } from '../tests/support/corpus/material.ts';
import { doublings, heapsExponent, vocabularyCurve, type VocabularyPoint } from '../tests/support/corpus/vocabulary.ts';
import { table } from './bench/format.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '40000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    seeds: { type: 'string', default: 'seeds' },
    'swap-rate': { type: 'string', default: String(WORD_SWAP_RATE) },
  },
});
const ARTICLES = Number(values.articles);
const SEED = Number(values.seed);
const SWAP_RATE = Number(values['swap-rate']);
if (!Number.isInteger(ARTICLES) || ARTICLES < 1 || !Number.isInteger(SEED)) {
  console.error('bench:corpus: --articles and --seed take whole numbers');
  process.exit(2);
}

const started = performance.now();
const load0 = loadavg()[0]!;
const seedsDir = resolve(values.seeds);
const material = readMaterial(seedsDir);
// The dictionary the loader gave jieba (the gazetteer with the seeds' places.yaml): the same words.
const jieba = useJieba(gazetteerWords(loadGazetteer({ editorFile: join(seedsDir, PLACES_FILE) })));
const cut = (text: string) => jieba.cut(text);

/** The first point at or past `chars` (points are taken at the end of a line, so a few characters past it). */
const at = (points: VocabularyPoint[], chars: number) => points.find((p) => p.chars >= chars);
/** Texts read line by line, so that a checkpoint falls within a line of its place. */
const lines = (texts: string[]) => texts.flatMap((t) => t.split('\n'));

const seedTexts = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const seedPoints = vocabularyCurve(lines(seedTexts), doublings(1000, 1e9), cut);
const seedChars = seedPoints.at(-1)!.chars;

const curves = new Map<Vocabulary, { points: VocabularyPoint[]; articles: number }>();
for (const vocabulary of VOCABULARIES) {
  process.stderr.write(`bench:corpus: ${ARTICLES} articles, vocabulary ${vocabulary} …\n`);
  const corpus = generateCorpus(material, { seed: SEED, articles: ARTICLES, vocabulary, swapRate: SWAP_RATE });
  const pages = [...corpus.files].filter(([name]) => name.endsWith('.txt')).map(([, text]) => text);
  // The same checkpoints as the seeds, then on to the corpus's end; the seeds' own length too.
  const points = vocabularyCurve(lines(pages), [...doublings(1000, 1e9), seedChars], cut);
  curves.set(vocabulary, { points, articles: corpus.articles });
}

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('en-US'));
const lex = curves.get('lexicon')!;
const old = curves.get('seeds')!;
const charsPerArticle = lex.points.at(-1)!.chars / lex.articles;
const checkpoints = [...new Set([...doublings(1000, lex.points.at(-1)!.chars), seedChars, lex.points.at(-1)!.chars])].sort((a, b) => a - b);

const out: string[] = [];
out.push(`Corpus vocabulary benchmark: ${ARTICLES} articles (seed ${SEED}), word swap rate ${SWAP_RATE}, against the ${seedTexts.length} seed pages`);
out.push(
  `Machine: ${osType()} ${release()}, nproc ${availableParallelism()} (${cpus()[0]?.model.trim() ?? '?'}), memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${load0.toFixed(2)} at start · Node ${process.version}`,
);
out.push(`Characters = letters and digits read (whitespace and punctuation not counted); pairs = adjacent characters within a run`);
out.push(`(whitespace ignored, punctuation breaks it); words = jieba's words with a Han character. ≈${charsPerArticle.toFixed(0)} characters an article in the corpus.`);
out.push('');
const rows: Array<string[] | string> = [
  ['', '', 'distinct characters', '', '', 'distinct pairs', '', '', 'distinct words', '', ''],
  ['characters read', '≈articles', 'seeds', 'lexicon', 'recombined', 'seeds', 'lexicon', 'recombined', 'seeds', 'lexicon', 'recombined'],
  '-',
];
for (const n of checkpoints) {
  const s = n <= seedChars ? at(seedPoints, n) : undefined;
  const l = at(lex.points, n);
  const o = at(old.points, n) ?? (n === lex.points.at(-1)!.chars ? old.points.at(-1) : undefined);
  rows.push([
    fmt(n) + (n === seedChars ? ' (all seeds)' : n === lex.points.at(-1)!.chars ? ' (all)' : ''),
    fmt(Math.round(n / charsPerArticle)),
    fmt(s?.distinctChars),
    fmt(l?.distinctChars),
    fmt(o?.distinctChars),
    fmt(s?.distinctPairs),
    fmt(l?.distinctPairs),
    fmt(o?.distinctPairs),
    fmt(s?.distinctWords),
    fmt(l?.distinctWords),
    fmt(o?.distinctWords),
  ]);
}
out.push(table(rows));
out.push('');

type Field = 'distinctChars' | 'distinctPairs' | 'distinctWords';
const beta = (points: VocabularyPoint[], field: Field, from: number, to: number) =>
  heapsExponent(points.filter((p) => p.chars >= from && p.chars <= to).map((p) => ({ chars: p.chars, distinct: p[field] })));
const b = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const hRows: Array<string[] | string> = [
  ['Heaps exponent β (distinct ∝ characters^β)', 'seeds', 'lexicon', 'recombined', 'lexicon', 'recombined'],
  ['', `1k–${Math.round(seedChars / 1000)}k`, `1k–${Math.round(seedChars / 1000)}k`, `1k–${Math.round(seedChars / 1000)}k`, `${Math.round(seedChars / 1000)}k–end`, `${Math.round(seedChars / 1000)}k–end`],
  '-',
];
const end = lex.points.at(-1)!.chars;
for (const [label, field] of [
  ['characters', 'distinctChars'],
  ['pairs', 'distinctPairs'],
  ['words', 'distinctWords'],
] as const) {
  hRows.push([
    label,
    b(beta(seedPoints, field, 1000, seedChars)),
    b(beta(lex.points, field, 1000, seedChars)),
    b(beta(old.points, field, 1000, seedChars)),
    b(beta(lex.points, field, seedChars, end)),
    b(beta(old.points, field, seedChars, end)),
  ]);
}
out.push(table(hRows));
out.push('');
const last = seedPoints.at(-1)!;
const lexAtSeeds = at(lex.points, seedChars)!;
const ratio = (a: number, s: number) => (a / s).toFixed(2);
out.push(
  `At the seeds' length (${fmt(seedChars)} characters), corpus ÷ seeds: lexicon ${ratio(lexAtSeeds.distinctChars, last.distinctChars)} characters, ` +
    `${ratio(lexAtSeeds.distinctPairs, last.distinctPairs)} pairs, ${ratio(lexAtSeeds.distinctWords, last.distinctWords)} words; ` +
    `recombined ${ratio(at(old.points, seedChars)!.distinctChars, last.distinctChars)}, ${ratio(at(old.points, seedChars)!.distinctPairs, last.distinctPairs)}, ${ratio(at(old.points, seedChars)!.distinctWords, last.distinctWords)}.`,
);
out.push(`Run time ${((performance.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()[0]!.toFixed(2)} at end.`);
process.stdout.write(`${out.join('\n')}\n`);
