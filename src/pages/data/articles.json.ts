/**
 * Open data: every article record, exactly as in the `articles` collection (field names as in
 * src/records/schema.ts), ordered by issue date (undated issues last) then page and reading order.
 */
import type { APIRoute } from 'astro';
import { articlesInDataOrder, loadArchiveView } from '../../components/archive.ts';
import { ArticlesFile } from '../../records/schema.ts';

export const GET: APIRoute = async () => {
  const view = await loadArchiveView();
  // Validated against the published contract before it is written.
  return new Response(JSON.stringify(ArticlesFile.parse({ articles: articlesInDataOrder(view) })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
