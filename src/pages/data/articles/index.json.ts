/**
 * Open data: the list of article files (src/records/article-files.ts), in data order, with how many
 * records and bytes each holds. Read them in this order for every record, oldest issue first.
 */
import type { APIRoute } from 'astro';
import { openDataFiles } from '../../../read-model/archive.ts';
import { articleFilesIndex } from '../../../records/article-files.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(articleFilesIndex(await openDataFiles())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
