/**
 * /search/words/<length>.json: the archive's words of one length (2–6 characters) with the number
 * of articles each occurs in, for suggesting a near miss on the search page (src/search/vocabulary.ts,
 * src/client/search/assist.ts). jieba's words (the gazetteer's dictionary, as the pages' line breaks
 * use) of every article's text, cut in the seed pool as each seed is read (src/archive/seed.ts),
 * counted as the archive is assembled and handed here through the build's spill folder
 * (src/integrations/build-spill.ts); each shard bounded. Not part of the full-text index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { spilledVocabulary } from '../../../integrations/build-spill.ts';
import { WORD_MAX, WORD_MIN } from '../../../records/vocabulary.ts';

export const getStaticPaths = (() =>
  Array.from({ length: WORD_MAX - WORD_MIN + 1 }, (_, i) => ({ params: { length: String(WORD_MIN + i) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const shards = spilledVocabulary();
  if (!shards) throw new Error('search vocabulary: the content loader wrote none (src/content.config.ts spills it as the archive is read)');
  const shard = shards.find((s) => String(s.n) === params.length);
  if (!shard) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
