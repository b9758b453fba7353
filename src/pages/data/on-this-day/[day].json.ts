/**
 * /data/on-this-day/<MM-DD>.json: 历史上的今天 — every issue known to the day that appeared on that
 * month and day, in any year, newest first. One file per day that has issues; the home page lists
 * which days have one and asks for today's in the reader's browser (src/client/on-this-day.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { onThisDayFiles } from '../../../read-model/archive.ts';
import { OnThisDayFile } from '../../../records/schema.ts';

export const getStaticPaths = (async () => {
  const files = await onThisDayFiles();
  return [...files.entries()].map(([day, issues]) => ({ params: { day }, props: { day, issues } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ day: string; issues: unknown[] }> = ({ props }) =>
  new Response(JSON.stringify(OnThisDayFile.parse({ day: props.day, issues: props.issues })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
