/**
 * /search/words/<length>.json: the archive's words of one length (2–6 characters) with the number
 * of articles each occurs in, for suggesting a near miss on the search page (src/search/vocabulary.ts,
 * src/client/search/assist.ts). jieba's words (the gazetteer's dictionary, as the pages' line breaks use)
 * of every article's searchable text; counted once per build, each shard bounded. Not part of the
 * full-text index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchiveView } from '../../../read-model/archive.ts';
import { cutWords } from '../../../read-model/words.ts';
import { searchableTexts } from '../../../search/document.ts';
import { countArticleWords, shardWords, WORD_MAX, WORD_MIN, type WordShard } from '../../../search/vocabulary.ts';

let shards: Promise<WordShard[]> | null = null;

async function vocabulary(): Promise<WordShard[]> {
  const counts = new Map<string, number>();
  for (const article of (await loadArchiveView()).articles) {
    countArticleWords(searchableTexts(article).flatMap((text) => cutWords(text)), counts);
  }
  return shardWords(counts);
}

export const getStaticPaths = (() =>
  Array.from({ length: WORD_MAX - WORD_MIN + 1 }, (_, i) => ({ params: { length: String(WORD_MIN + i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shard = (await (shards ??= vocabulary())).find((s) => String(s.n) === params.length);
  if (!shard) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
