/**
 * The archive's articles, passed from the content loader (src/content.config.ts) to the Pagefind
 * integration in the same build process, so that the search index is built while Astro renders
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
