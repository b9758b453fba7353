/**
 * Open data: one file per article at /data/articles/<id>.json — the Article record (the 数据 download
 * of its page), validated against the contract before it is written.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchiveView, type Article } from '../../../components/archive.ts';
import { Article as ArticleRecord } from '../../../records/schema.ts';

export const getStaticPaths = (async () => {
  const view = await loadArchiveView();
  return view.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(JSON.stringify(ArticleRecord.parse(props.article)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
