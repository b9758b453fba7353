/**
 * One file per article at /data/articles/<id>.txt: the article as plain text, as printed, with
 * where it is from and its citation (src/browse/citation.ts) — the 纯文本 download of its page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchiveView, type Article } from '../../../components/archive.ts';
import { articlePlainText } from '../../../browse/citation.ts';

export const getStaticPaths = (async () => {
  const view = await loadArchiveView();
  return view.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props, site }) => {
  const url = site ? new URL(props.article.url, site).href : props.article.url;
  return new Response(articlePlainText(props.article, url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
