/**
 * What the content loader (src/content.config.ts) hands to the integrations of the same build
 * process: the archive's articles, for the Pagefind integration, so that the search index is built while Astro renders
 * the pages instead of after (Pagefind indexes in its own process, on the other core). The two
 * sides load this module through different module graphs (Vite's for the content config, Node's
 * for the integration), so the hand-off goes through a global symbol rather than a module variable.
 * The records are the ones the `articles` collection publishes, in the order of /data/articles.json.
 */
import type { Article } from '../records/schema.ts';

const KEY = Symbol.for('liushi-archive.articles-for-search');
type Slot = { [KEY]?: Article[] };

export function offerArticlesForSearch(articles: Article[]): void {
  (globalThis as Slot)[KEY] = articles;
}

/** The articles offered in this process, once (null when none were: `astro dev`, or another loader). */
export function takeArticlesForSearch(): Article[] | null {
  const slot = globalThis as Slot;
  const articles = slot[KEY] ?? null;
  delete slot[KEY];
  return articles;
}

const REDIRECTS_KEY = Symbol.for('liushi-archive.redirect-sources');
type RedirectSlot = { [REDIRECTS_KEY]?: Set<string> };

/**
 * The old addresses the loader accepted from redirects.yaml (pages that only send readers on), for
 * the sitemap to leave out. An entry the loader refused (a live page, a site page) is not here, so
 * the page it named stays in the sitemap.
 */
export function offerRedirectSources(from: Iterable<string>): void {
  (globalThis as RedirectSlot)[REDIRECTS_KEY] = new Set(from);
}

/** The accepted redirect sources of this build (empty when the loader has not run in this process). */
export function redirectSources(): ReadonlySet<string> {
  return (globalThis as RedirectSlot)[REDIRECTS_KEY] ?? new Set();
}
