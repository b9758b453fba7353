/**
 * The golden corpus read for fitting and scoring: each page parsed as the build parses it (with
 * the gazetteer and jieba), under whatever rule weights are in use, and scored against its key.
 */
import { inferKind, pagePieces, parseSeed } from '../parse/index.ts';
import { prepareLines } from '../parse/lines.ts';
import { gazetteerWords, loadGazetteer } from '../places/gazetteer.ts';
import { parserAids } from '../places/jieba.ts';
import { example, type Example } from './fit.ts';
import { readGoldenPages, type GoldenPage } from './key.ts';
import { scorePage, type PageScore } from './score.ts';

export interface Corpus {
  pages: GoldenPage[];
  /** The pages the grammar reads (every kind but a 公文's), as fitting examples. */
  examples: Example[];
  /** Every page parsed and scored under the weights in use now. */
  score: (pages?: GoldenPage[]) => PageScore[];
}

export function readCorpus(dir?: string, only: string[] = []): Corpus {
  const pages = readGoldenPages(dir, only);
  // The parser runs as the build runs it: with the gazetteer's names and jieba (src/places/jieba.ts).
  const aids = parserAids(gazetteerWords(loadGazetteer({ editorFile: 'seeds/places.yaml' })));
  const examples: Example[] = [];
  for (const p of pages) {
    const pieces = pagePieces(prepareLines(p.text), aids);
    const kind = p.key.meta.kind ?? inferKind(pieces);
    if (kind !== 'document') examples.push(example(p.slug, p.key.form, pieces, kind, p.key));
  }
  const score = (subset = pages) =>
    subset.map((p) => scorePage(p.slug, p.key, parseSeed(p.text, { seed: `${p.slug}/page.txt`, kind: p.key.meta.kind, date: p.key.meta.date, ...aids })));
  return { pages, examples, score };
}
