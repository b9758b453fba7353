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
import { spilledTitleWords } from '../integrations/build-spill.ts';

let cut: Cut | null = null;

/**
 * jieba's words of a headline or kicker as the seed pool cut them (the build's spill folder), else
 * jieba loaded here: the build's process then holds a dictionary of its own (≈ 260 MB, never given
 * back), so only texts the pool did not cut (none in a build of the archive's pages) come to it.
 */
function cutter(): Cut {
  if (cut) return cut;
  const known = spilledTitleWords();
  let jieba: Cut | null = null;
  return (cut = (text) => known.get(text) ?? (jieba ??= loadJieba())(text));
}

/** The seed reader's dictionary when it ran in this process (nodejieba holds one at a time); else the same gazetteer, loaded here. */
function loadJieba(): Cut {
  const placesFile = join(process.env.SEEDS_DIR || 'seeds', PLACES_FILE);
  const jieba = loadedJieba() ?? useJieba(gazetteerWords(loadGazetteer({ editorFile: existsSync(placesFile) ? placesFile : undefined })));
  return (text) => jieba.cut(text);
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

