/**
 * Opt-in build timings for `npm run bench:build`: with `BUILD_TIMINGS=<file>` set, the content
 * loader, this integration and the search-index integration each append one JSON line per event
 * (`{"event": …, "at": <ms since epoch>, …}`) to that file. Unset (every normal build), nothing is
 * written. Events: `archive` (seeds read: ms, parsed and cached seed counts, sub-steps), `stored`
 * (a content collection filled), `generated` (every page rendered), `indexed` (the search index written: ms).
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

export const TIMINGS_ENV = 'BUILD_TIMINGS';

export function recordTiming(event: string, fields: Record<string, unknown> = {}): void {
  const file = process.env[TIMINGS_ENV];
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ event, at: Date.now(), ...fields })}\n`);
}

/** Marks the end of page rendering (Astro's `astro:build:generated`). */
export default function buildTimings(): AstroIntegration {
  return {
    name: 'liushi:timings',
    hooks: {
      'astro:build:generated': () => recordTiming('generated'),
    },
  };
}
