/**
 * How long lists are cut into pages, so that no page grows with the archive (issue
 * 14: every page under 100 kB of HTML at 40,000 articles; `npm run bench:build` prints the largest
 * page of each kind).
 */

/** Articles on one page of a place (/places/<name>/, /2/ …). */
export const PLACE_PAGE_SIZE = 50;
