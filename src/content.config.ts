/**
 * Astro reads the archive through content collections. One loader runs the parser over `seeds/`
 * (or SEEDS_DIR) and fills three collections from the same in-memory archive.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { isProgressStep, loadArchiveInWorkers, summarize, type Archive } from './archive/load.ts';
import { checkedArticle, Issue, PlaceRef, Publication, ResolvedRedirect } from './records/schema.ts';
import { placeIndex } from './read-model/places.ts';
import { parseCacheDir } from './archive/cache.ts';
import { recordTiming } from './integrations/timings.ts';
import { spillArticles, spillRedirectSources, spillSearchRecords, spillTitleWords, spillVocabulary } from './integrations/build-spill.ts';

let archive: Promise<Archive> | null = null;
/** Below this many seeds the per-seed summary lines are progress enough. */
const PROGRESS_MIN_SEEDS = 50;
/**
 * Parsed once per build (and again whenever a seed changes in `astro dev`), each seed in a worker
 * thread of the seed pool (src/archive/seed-pool.ts: a seed that loops or runs out of memory is
 * stopped and named, the others publish). Seeds unchanged since an earlier build come from the
 * parse cache (src/archive/cache.ts).
 */
function getArchive(fresh = false, spillTo: URL | null = null): Promise<Archive> {
  if (!archive || fresh) archive = readArchive(spillTo);
  return archive;
}

async function readArchive(spillTo: URL | null): Promise<Archive> {
  const started = performance.now();
  const archive = await loadArchiveInWorkers(undefined, {
    cacheDir: parseCacheDir(),
    // A large archive takes a while to read: say how far it got, every tenth of the way.
    onSeed: (done, total) => {
      if (total > PROGRESS_MIN_SEEDS && isProgressStep(done, total)) console.log(`[archive] 已读入 ${done}/${total} 份稿件`);
    },
  });
  const { parsed, cached, phases } = archive.stats;
  recordTiming('archive', { ms: performance.now() - started, articles: archive.articles.length, parsed: parsed.length, cached: cached.length, phases });
  if (spillTo) {
    const spillStarted = performance.now();
    // In a build, the search index starts from these records while pages render, and the sitemap
    // leaves out the old addresses that only redirect (those the loader accepted): both read the
    // build's spill files (src/integrations/build-spill.ts).
    spillSearchRecords(spillTo, archive.articles, archive.issues);
    spillRedirectSources(spillTo, archive.redirects.map((r) => r.from));
    recordTiming('spilled', { ms: performance.now() - spillStarted });
  }
  return archive;
}

/** Collections filled from the archive so far in this process (see `release`). */
const filled = new Set<string>();
/** Number of collections below that are filled from the archive. */
let archiveCollections = 0;

/**
 * In a build (no file watcher), once every collection is filled, the parsed archive is no longer
 * needed: the content store holds its own copies of the records. Dropping it lets the records,
 * the parse results and the ledgers be collected before the pages render (memory of a large
 * archive's build; issue 14). In `astro dev` it is kept, to refill the collections on a change.
 */
function release(name: string, watching: boolean) {
  filled.add(name);
  if (!watching && filled.size === archiveCollections) archive = null;
}

function archiveLoader(name: string, pick: (a: Archive, root: URL) => { id: string; data: Record<string, unknown> }[]): Loader {
  archiveCollections++;
  return {
    name: `archive-${name}`,
    load: async ({ store, logger, parseData, watcher, config }) => {
      const run = async (fresh: boolean) => {
        // A build (no watcher) spills the records for its integrations; `astro dev` builds no index.
        const a = await getArchive(fresh, watcher ? null : config.root);
        if (name === 'articles') {
          spillVocabulary(config.root, a.vocabulary);
          spillTitleWords(config.root, a.titleWords);
          for (const line of summarize(a)) line.startsWith("✓") ? logger.info(line) : logger.warn(line);
          const { parsed, cached } = a.stats;
          if (cached.length) logger.info(`解析缓存：解析了 ${parsed.length} 份稿件，${cached.length} 份没有变化的稿件取自缓存`);
        }
        store.clear();
        for (const { id, data } of pick(a, config.root)) {
          store.set({ id, data: await parseData({ id, data }) });
        }
        recordTiming('stored', { collection: name });
      };
      await run(false);
      release(name, !!watcher);
      watcher?.on('change', async (path) => {
        if (path.startsWith((await a()).seedsDir)) await run(true);
      });
    },
  };
}
const a = () => getArchive();

export const collections = {
  /**
   * The articles themselves are in a file of the build (src/integrations/build-spill.ts
   * `articles.jsonl`), not in the content store: one entry, id `all`, names the file, its count and
   * a digest. The read model (src/read-model/archive.ts) reads the records from it.
   */
  articles: defineCollection({
    loader: archiveLoader('articles', (x, root) => [{ id: 'all', data: { ...spillArticles(root, x.articles, checkedArticle) } }]),
    schema: z.object({ file: z.string(), articles: z.number().int().nonnegative(), digest: z.string() }),
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
  /**
   * One entry per place that occurs in the archive (id = the name): its town and kind, and the
   * articles that mention it, newest first, each with a short snippet around the first mention.
   * Read by /places/, /places/<name>/, /data/places.json and the search page's place filter.
   */
  places: defineCollection({
    loader: archiveLoader('places', (x) =>
      placeIndex(x.articles).map((p) => {
        const official = x.gazetteer.places.find((g) => g.name === p.name && g.town === p.town);
        return { id: p.name, data: { ...p, code: official?.code ?? null } };
      }),
    ),
    schema: PlaceRef.extend({
      /** Division code of the official entry; null for editors' places. */
      code: z.string().nullable(),
      count: z.number().int().positive(),
      articles: z.array(
        z.object({ id: z.string(), as: z.string().nullable(), before: z.string(), match: z.string(), after: z.string() }),
      ),
    }),
  }),
  /**
   * Place-like names the gazetteer nearly has, for an editor to confirm (listed on /places/). One
   * entry, id `all`, holding the whole list (usually empty; a collection with no entry would make
   * Astro warn on every build).
   */
  suspectedAliases: defineCollection({
    loader: archiveLoader('suspectedAliases', (x) => [{ id: 'all', data: { aliases: x.suspectedAliases } }]),
    schema: z.object({
      aliases: z.array(z.object({ name: z.string(), candidates: z.array(z.string()), articles: z.array(z.string()) })),
    }),
  }),
  /**
   * Old article addresses (seeds/redirects.yaml) with the article each now leads to. One entry,
   * id `all`, holding the list (usually empty), for the same reason as suspectedAliases.
   */
  redirects: defineCollection({
    loader: archiveLoader('redirects', (x) => [{ id: 'all', data: { redirects: x.redirects } }]),
    schema: z.object({ redirects: z.array(ResolvedRedirect) }),
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
