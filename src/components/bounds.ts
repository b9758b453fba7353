/**
 * How long lists are cut into pages, in one place, so that no page grows with the archive (issue
 * 14: every page under 100 kB of HTML at 40,000 articles; `npm run bench:build` prints the largest
 * page of each kind).
 */

/** Articles on one page of a place (/places/<name>/, /2/ …). */
export const PLACE_PAGE_SIZE = 50;

/**
 * A publication with more issues than this is listed on /issues/ by year, each year on its own
 * page (/issues/<publication>/<year>/); fewer are listed in full.
 */
export const ISSUES_LISTED_IN_FULL = 60;

/** Issues shown on a long-running publication's page besides its years. */
export const LATEST_ISSUES = 10;

/** Address of one publication's issues of one year (`undated` when the year is not known). */
export const issueYearUrl = (publication: string, year: number | null) => `/issues/${publication}/${year ?? 'undated'}/`;
