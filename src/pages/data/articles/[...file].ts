/**
 * Open data: the article records in JSON Lines, a file per publication and year of issue, cut so
 * no file passes the named limit (src/records/article-files.ts): `/data/articles/liushi/2023.jsonl`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFiles } from '../../../read-model/archive.ts';
import { ARTICLES_DATA_DIR, articleFileText, type ArticleFile } from '../../../records/article-files.ts';

export const getStaticPaths = (async () =>
  (await openDataFiles()).map((file) => ({ params: { file: file.entry.path.slice(ARTICLES_DATA_DIR.length + 2) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ArticleFile }> = ({ props }) =>
  new Response(articleFileText(props.file), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
