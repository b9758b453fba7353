/**
 * Open data: every article record, exactly as in the `articles` collection (field names as in
 * src/records/schema.ts), ordered by issue date (undated issues last) then page and reading order.
 */
import type { APIRoute } from 'astro';
import { articlesInDataOrder, loadArchiveView } from '../../components/archive.ts';

export const GET: APIRoute = async () => {
  const view = await loadArchiveView();
  return new Response(JSON.stringify({ articles: articlesInDataOrder(view) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
