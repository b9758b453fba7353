/**
 * Ids and URLs. They must survive rebuilds: an article's id depends only on its publication,
 * issue date (or, for undated pages, its seed file), page and headline, never on file order or
 * on other seeds. README "Stable ids" documents the scheme.
 */
import { createHash } from 'node:crypto';

export const shortHash = (s: string, n = 6) => createHash('sha1').update(s.normalize('NFC')).digest('hex').slice(0, n);

/** Date part of issue URLs: the ISO date, or `undated-<hash of the seed file name>`. */
export function issueDateKey(date: string | null, seed: string): string {
  return date ?? `undated-${shortHash(seed, 8)}`;
}

export const issueKey = (publication: string, dateKey: string) => `${publication}-${dateKey}`;
export const issueUrl = (publication: string, dateKey: string) => `/${publication}/${dateKey}/`;

/** Article slug inside its issue: `p1-3f9a2c` (page and headline hash), or the hash alone when the page is unknown. */
export function articleSlug(page: string | null, headline: string): string {
  const p = page ? `p${page.toLowerCase().replace(/[^a-z0-9]+/gu, '')}-` : '';
  return `${p}${shortHash(headline.replace(/\s+/gu, ''))}`;
}
