/**
 * Read-side helpers for the pages: one place that loads the three collections, formats dates the
 * way readers expect (2023年3月18日), orders issues and groups them by year and month.
 *
 * Nothing here recomputes URLs or keys: pages link with `issue.url` and `article.url` as given.
 */
import { getCollection } from 'astro:content';
import type { Article, Issue, IssueRef, Publication } from '../records/schema.ts';

export type { Article, Issue, IssueRef, Publication };

export interface ArchiveView {
  /** Publications in the order metadata lists them, plus any that only issues name. */
  publications: Publication[];
  issues: Issue[];
  articles: Article[];
  articleById: Map<string, Article>;
  issueByKey: Map<string, Issue>;
}

let builtView: Promise<ArchiveView> | null = null;

/**
 * Everything the pages need, from the content collections. A production build reads them once and
 * every page shares the result (each /places/<name>/ page used to read all articles again: pages
 * × articles); `astro dev` reads them on every call, as collections change while editing.
 */
export function loadArchiveView(): Promise<ArchiveView> {
  if (import.meta.env.DEV) return readArchiveView();
  return (builtView ??= readArchiveView());
}

async function readArchiveView(): Promise<ArchiveView> {
  const [pubEntries, issueEntries, articleEntries] = await Promise.all([
    getCollection('publications'),
    getCollection('issues'),
    getCollection('articles'),
  ]);
  const publications: Publication[] = pubEntries.sort((a, b) => a.data.position - b.data.position).map((e) => e.data);
  const issues: Issue[] = issueEntries.map((e) => e.data);
  const articles: Article[] = articleEntries.map((e) => e.data);
  // An issue whose publication is missing from the list still needs a heading to sit under.
  for (const issue of issues) {
    if (!publications.some((p) => p.slug === issue.publication)) {
      publications.push({ slug: issue.publication, name: issue.publicationName, description: '' });
    }
  }
  return {
    publications,
    issues,
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    issueByKey: new Map(issues.map((i) => [i.key, i])),
  };
}

/** Articles of an issue in page and reading order (the order of `issue.articles`). */
export function articlesOf(issue: Issue, articleById: Map<string, Article>): Article[] {
  return issue.articles.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined);
}

/** Parts of an ISO date as numbers. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export { formatDate, issueDateLabel } from '../records/dates.ts';

/** 版次 as readers see it: `1` → 第1版; printed values that already say 版 are kept. */
export function pageLabel(page: string): string {
  return /版/u.test(page) ? page : `第${page}版`;
}

/**
 * Page (版次) and page name (版面名) of an issue. The issue record carries them only when all its
 * seeds agree, so they are read from its articles' issue references (one per seed page).
 */
export function issuePages(issue: Issue, articleById: Map<string, Article>): { pages: string[]; pageNames: string[] } {
  const refs: Pick<IssueRef, 'page' | 'pageName'>[] = [issue, ...articlesOf(issue, articleById).map((a) => a.issue)];
  const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return { pages: unique(refs.map((r) => r.page)), pageNames: unique(refs.map((r) => r.pageName)) };
}

/** Short facts line of an issue: 期号, 版次, 版面名 and the number of articles, as known. */
export function issueFacts(issue: Issue, articleById: Map<string, Article>): string[] {
  const { pages, pageNames } = issuePages(issue, articleById);
  const facts: string[] = [];
  if (issue.number) facts.push(issue.number);
  if (pages.length) facts.push(pages.map(pageLabel).join('、'));
  if (pageNames.length) facts.push(pageNames.join('、'));
  facts.push(`${issue.articles.length}篇文章`);
  return facts;
}

/**
 * Newest first: dated issues by date, then undated ones whose year is known (newest year first),
 * then those with no year at all. Ties fall back to the key so the order is stable.
 */
export function compareIssuesNewestFirst(a: Issue, b: Issue): number {
  const rank = (i: Issue) => (i.date ? 0 : i.year ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (!a.date && a.year && b.year && a.year !== b.year) return b.year - a.year;
  return a.key.localeCompare(b.key);
}

/** Oldest first, undated last: the order of the open data file. */
export function compareIssuesOldestFirst(a: Issue | IssueRef, b: Issue | IssueRef): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  if (!a.date && a.year !== b.year) return (a.year ?? Infinity) - (b.year ?? Infinity);
  return a.key.localeCompare(b.key);
}

export interface MonthGroup {
  month: number;
  issues: Issue[];
}
export interface YearGroup {
  /** null: the group of issues whose year is unknown too; always last. */
  year: number | null;
  months: MonthGroup[];
  /** Issues of this year whose day is unknown (shown under 日期不详). */
  undated: Issue[];
}

/** Issues grouped by year, then month, newest first; undated issues under their year, or last. */
export function groupIssuesByYearMonth(issues: Issue[]): YearGroup[] {
  const years = new Map<number | null, YearGroup>();
  for (const issue of [...issues].sort(compareIssuesNewestFirst)) {
    const year = issue.date ? dateParts(issue.date).year : issue.year;
    let group = years.get(year);
    if (!group) years.set(year, (group = { year, months: [], undated: [] }));
    if (!issue.date) {
      group.undated.push(issue);
      continue;
    }
    const month = dateParts(issue.date).month;
    let monthGroup = group.months.find((m) => m.month === month);
    if (!monthGroup) group.months.push((monthGroup = { month, issues: [] }));
    monthGroup.issues.push(issue);
  }
  return [...years.values()].sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
}

/** Every article, by issue date (oldest first, undated last) then page and reading order. */
export function articlesInDataOrder(view: ArchiveView): Article[] {
  const issues = [...view.issues].sort(compareIssuesOldestFirst);
  const ordered = issues.flatMap((i) => articlesOf(i, view.articleById));
  // An article that no issue lists (should not happen) is still published, at the end.
  const listed = new Set(ordered.map((a) => a.id));
  const orphans = view.articles.filter((a) => !listed.has(a.id)).sort((a, b) => compareIssuesOldestFirst(a.issue, b.issue) || a.order - b.order);
  return [...ordered, ...orphans];
}

/** Names of the kinds of page furniture, for the "版面其他文字" list. */
export const FURNITURE_LABELS: Record<string, string> = {
  submission: '投稿信箱',
  masthead: '刊头题字',
  continuation: '转版标记',
  slogan: '标语',
  banner: '栏目题',
  label: '公文格式文字',
  other: '其他',
};

/** A continuation marker as printed: the value may be `2版` or the whole `（下转2版）`. */
export function continuationText(value: string, direction: 'to' | 'from'): string {
  const word = direction === 'to' ? '下转' : '上接';
  if (/[（(]/u.test(value)) return value;
  return value.includes(word) ? `（${value}）` : `（${word}${value}）`;
}

