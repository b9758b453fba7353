/**
 * The word cutter pages use for line breaks (src/browse/words.ts): nodejieba with the same
 * gazetteer dictionary the seed reader loads (so 柳市镇 is one word and the process never holds two
 * dictionaries), loaded on first use. Build time only.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { PLACES_FILE } from '../archive/load.ts';
import { gazetteerWords, loadGazetteer } from '../places/gazetteer.ts';
import { loadedJieba, useJieba } from '../places/jieba.ts';
import { breakablePieces, type Cut } from '../browse/words.ts';

let cut: Cut | null = null;

function cutter(): Cut {
  if (cut) return cut;
  // The seed reader's dictionary when it ran in this process (nodejieba holds one at a time); else
  // the same gazetteer, loaded here (a build served from the parse cache does not load jieba).
  const placesFile = join(process.env.SEEDS_DIR || 'seeds', PLACES_FILE);
  const jieba = loadedJieba() ?? useJieba(gazetteerWords(loadGazetteer({ editorFile: existsSync(placesFile) ? placesFile : undefined })));
  return (cut = (text) => jieba.cut(text));
}

/**
 * Pieces already cut, by text and names. A headline is drawn on its own page, its issue's and 版's,
 * its neighbours' lists, its people's and places' pages: at 10,000 articles the pages asked for
 * the same texts about ten times each, and cutting them was a fifth of the render's time (profile:
 * docs/benchmarks.md). Texts are finite per build: a few MB at 40,000 articles.
 */
const cutPieces = new Map<string, readonly string[]>();

/** The text's pieces between which a line may break (jieba's words; dates, numbers, brackets and names whole). */
export function wordPieces(text: string, names: Iterable<string> = []): readonly string[] {
  const list = [...names];
  const key = list.length ? `${text}\u0000${list.join('\u0001')}` : text;
  let pieces = cutPieces.get(key);
  if (!pieces) cutPieces.set(key, (pieces = breakablePieces(text, cutter(), list)));
  return pieces;
}

