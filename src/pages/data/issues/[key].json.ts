/**
 * Open data: one file per issue at /data/issues/<issue key>.json — the Issue record (article ids
 * in page and reading order) and the article files that hold those records (records/open-data.ts
 * `IssueFile`). The records are published once, in the article files, not repeated here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleDataFile, loadArchiveView, type Issue } from '../../../read-model/archive.ts';
import { IssueFile } from '../../../records/schema.ts';

export const getStaticPaths = (async () => {
  const view = await loadArchiveView();
  return view.issues.map((issue) => ({ params: { key: issue.key }, props: { issue } }));
}) satisfies GetStaticPaths;

/** The article files holding these ids' records, each once, in the order first met. */
async function filesOf(ids: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const id of ids) {
    const file = await articleDataFile(id);
    if (file) files.add(file);
  }
  return [...files];
}

export const GET: APIRoute<{ issue: Issue }> = async ({ props }) => {
  const { issue } = props;
  // Validated against the published contract before it is written.
  const data = IssueFile.parse({ ...issue, articleFiles: await filesOf(issue.articles) });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
