/**
 * /data/calendar/<publication>.json: every issue of a publication known to the day, oldest first,
 * for 按日期查找 (src/client/date-jump.ts). Issues of unknown day have no calendar day and are not listed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datedIssueEntry, loadArchiveView, type Issue, type Publication } from '../../../read-model/archive.ts';
import { CalendarFile, type DatedIssueEntry } from '../../../records/schema.ts';

export const getStaticPaths = (async () => {
  const view = await loadArchiveView();
  return view.publications.map((publication) => {
    const issues = view.issues
      .filter((i): i is Issue & { date: string } => i.publication === publication.slug && i.date !== null)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    const entries = issues.map((i) => datedIssueEntry(i, view.articleById));
    return { params: { publication: publication.slug }, props: { publication, entries } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: Publication; entries: DatedIssueEntry[] }> = ({ props }) => {
  const file = CalendarFile.parse({ publication: props.publication.slug, publicationName: props.publication.name, issues: props.entries });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
