/**
 * Open data: one file per issue at /data/issues/<issue key>.json — the Issue record with its
 * `articles` field holding the full article records (in page and reading order) instead of ids.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesOf, loadArchiveView, type Article, type Issue } from '../../../read-model/archive.ts';
import { IssueFile } from '../../../records/schema.ts';

export const getStaticPaths = (async () => {
  const view = await loadArchiveView();
  return view.issues.map((issue) => ({
    params: { key: issue.key },
    props: { issue, articles: articlesOf(issue, view.articleById) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: Issue; articles: Article[] }> = ({ props }) => {
  const { issue, articles } = props;
  // Validated against the published contract before it is written.
  return new Response(JSON.stringify(IssueFile.parse({ ...issue, articles })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
