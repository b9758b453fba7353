/**
 * Astro reads the archive through content collections. One loader runs the parser over `seeds/`
 * (or SEEDS_DIR) and fills three collections from the same in-memory archive.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { loadArchive, summarize, type Archive } from './archive/load.ts';
import { Article, Issue, Publication } from './records/schema.ts';

let archive: Archive | null = null;
/** Parsed once per build (and again whenever a seed changes in `astro dev`). */
function getArchive(fresh = false): Archive {
  if (!archive || fresh) archive = loadArchive();
  return archive;
}

function archiveLoader(name: string, pick: (a: Archive) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `archive-${name}`,
    load: async ({ store, logger, parseData, watcher }) => {
      const run = async (fresh: boolean) => {
        const a = getArchive(fresh);
        if (name === 'articles') {
          for (const line of summarize(a)) line.startsWith("✓") ? logger.info(line) : logger.warn(line);
        }
        store.clear();
        for (const { id, data } of pick(a)) {
          store.set({ id, data: await parseData({ id, data }) });
        }
      };
      await run(false);
      watcher?.on('change', async (path) => {
        if (path.startsWith(a().seedsDir)) await run(true);
      });
    },
  };
}
const a = () => getArchive();

export const collections = {
  articles: defineCollection({
    loader: archiveLoader('articles', (x) => x.articles.map((r) => ({ id: r.id, data: r }))),
    schema: Article,
  }),
  issues: defineCollection({
    loader: archiveLoader('issues', (x) => x.issues.map((r) => ({ id: r.key, data: r }))),
    schema: Issue,
  }),
  publications: defineCollection({
    // `position` keeps the order editors gave in metadata.yaml (collections come back sorted by id).
    loader: archiveLoader('publications', (x) => x.publications.map((r, position) => ({ id: r.slug, data: { ...r, position } }))),
    schema: Publication.extend({ position: z.number().int() }),
  }),
  /** Per-seed parse reports: ledger, warnings, errors (for the build summary and editors). */
  seeds: defineCollection({
    loader: archiveLoader('seeds', (x) =>
      x.seeds.map((s) => ({
        id: s.seed,
        data: { seed: s.seed, encoding: s.encoding, articles: s.articles, ledger: s.ledger, warnings: s.warnings, error: s.error },
      })),
    ),
    schema: z.object({
      seed: z.string(),
      encoding: z.string().nullable(),
      articles: z.number(),
      ledger: z.any(),
      warnings: z.array(z.object({ line: z.number(), message: z.string() })),
      error: z.string().nullable(),
    }),
  }),
};
