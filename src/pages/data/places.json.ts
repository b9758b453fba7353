/**
 * Open data: every place that occurs in the archive, with its town, kind, the number of articles
 * that mention it and their ids (newest first). Sorted by name. The search page embeds the same
 * list (as its place filter) and suggests names from it when a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { placeUrl } from '../../read-model/places.ts';
import { PlacesFile } from '../../records/schema.ts';

export const GET: APIRoute = async () => {
  const places = (await getCollection('places'))
    .map((e) => e.data)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
    .map((p) => ({ name: p.name, town: p.town, kind: p.kind, code: p.code, count: p.count, url: placeUrl(p.name), articles: p.articles.map((m) => m.id) }));
  // Validated against the published contract before it is written.
  return new Response(JSON.stringify(PlacesFile.parse({ places })), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
