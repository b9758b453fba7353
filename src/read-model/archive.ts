/**
 * Read-side helpers for the pages: one place that loads the three collections, formats dates the
 * way readers expect (2023年3月18日), orders issues and groups them by year and month.
 *
 * Nothing here recomputes URLs or keys: pages link with `issue.url` and `article.url` as given.
 */
import { getCollection, getEntry } from 'astro:content';
import { spilledArticles } from '../integrations/build-spill.ts';
import type { Article, DatedIssueEntry, Issue, IssueRef, Publication } from '../records/schema.ts';
import { allDocuments, pageLabel } from '../browse/pages.ts';
import { peopleIndex, type PersonEntry } from '../browse/people.ts';
import { readPeopleAliases } from '../browse/people-aliases.ts';
import { compareDaysNewestFirst, compareIssuesOldestFirst, issueNeighbours, monthDay, type Neighbours } from '../browse/sequence.ts';
import { articleFiles, type ArticleFile } from '../records/article-files.ts';

export type { Article, Issue, IssueRef, Publication };
export { pageLabel };

export interface ArchiveView {
  /** Publications in the order metadata lists them, plus any that only issues name. */
  publications: Publication[];
  issues: Issue[];
  articles: Article[];
  articleById: Map<string, Article>;
  issueByKey: Map<string, Issue>;
  /** Previous and next issue of each issue in its publication (by issue key). */
  neighbours: Map<string, Neighbours<Issue>>;
  /** Everyone named in a byline, by name (人名索引). */
  people: PersonEntry[];
  /** The names in `people` and the spellings merged into them, for linking bylines. */
  personNames: Set<string>;
  /** Spellings merged into another name (seeds/people.yaml): alias → name. */
  personAliases: Map<string, string>;
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
  const [pubEntries, issueEntries, articlesEntry] = await Promise.all([
    getCollection('publications'),
    getCollection('issues'),
    getEntry('articles', 'all'),
  ]);
  const publications: Publication[] = pubEntries.sort((a, b) => a.data.position - b.data.position).map((e) => e.data);
  const issues: Issue[] = issueEntries.map((e) => e.data);
  // The records are in the build's articles file (see src/content.config.ts); none before the loader ran.
  const articles: Article[] = articlesEntry ? spilledArticles(articlesEntry.data) : [];
  // An issue whose publication is missing from the list still needs a heading to sit under.
  for (const issue of issues) {
    if (!publications.some((p) => p.slug === issue.publication)) {
      publications.push({ slug: issue.publication, name: issue.publicationName, description: '' });
    }
  }
  const aliases = readPeopleAliases();
  const people = peopleIndex(articles, aliases);
  return {
    publications,
    issues,
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    issueByKey: new Map(issues.map((i) => [i.key, i])),
    neighbours: issueNeighbours(issues),
    people,
    // Merged spellings keep a page (a redirect, /people/<alias>/), so their bylines link too.
    personNames: new Set([...people.map((p) => p.name), ...aliases.keys()]),
    personAliases: aliases,
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


/**
 * Page (版次) and page name (版面名) of an issue. The issue record carries them only when all its
 * seeds agree, so they are read from its articles' issue references (one per seed page).
 */
export function issuePages(issue: Issue, articleById: Map<string, Article>): { pages: string[]; pageNames: string[] } {
  const refs: Pick<IssueRef, 'page' | 'pageName'>[] = [issue, ...articlesOf(issue, articleById).map((a) => a.issue)];
  const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return { pages: unique(refs.map((r) => r.page)), pageNames: unique(refs.map((r) => r.pageName)) };
}

/**
 * Short facts line of an issue: 期号, 版次, 版面名 and the number of articles, as known. An issue of
 * official documents says 公文 and their 文号 instead (a document is not "1篇文章" of a paper).
 */
export function issueFacts(issue: Issue, articleById: Map<string, Article>): string[] {
  const articles = articlesOf(issue, articleById);
  if (allDocuments(articles)) {
    const numbers = articles.map((a) => a.document?.number).filter((n): n is string => !!n);
    return [articles.length > 1 ? `公文${articles.length}件` : '公文', ...numbers];
  }
  const { pages, pageNames } = issuePages(issue, articleById);
  const facts: string[] = [];
  if (issue.number) facts.push(issue.number);
  if (pages.length > 3) facts.push(`共${pages.length}版`);
  else if (pages.length) {
    // A 版次 a PDF page does not print is inferred from its place in the file: said so here too.
    const inferred = new Set(articles.filter((a) => a.issue.pageInferred).map((a) => a.issue.page));
    facts.push(pages.map((p) => pageLabel(p, inferred.has(p))).join('、'));
  }
  if (pageNames.length && pages.length <= 3) facts.push(pageNames.join('、'));
  facts.push(`${issue.articles.length}篇文章`);
  return facts;
}

/** Counts of a publication for its page and lists: issues, articles, and whether it holds documents rather than a paper. */
export function publicationStats(issues: Issue[], articleById: Map<string, Article>) {
  const articles = issues.flatMap((i) => articlesOf(i, articleById));
  const years = issues.map((i) => (i.date ? Number(i.date.slice(0, 4)) : i.year)).filter((y): y is number => y !== null);
  return {
    issues: issues.length,
    articles: articles.length,
    documents: allDocuments(articles),
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}

/** Every order of issues is defined in src/browse/sequence.ts; these two are used with the read model. */
export { compareIssuesNewestFirst, compareIssuesOldestFirst } from '../browse/sequence.ts';

/** Every article, by issue date (oldest first, undated last) then page and reading order. */
export function articlesInDataOrder(view: Pick<ArchiveView, 'issues' | 'articles' | 'articleById'>): Article[] {
  const issues = [...view.issues].sort(compareIssuesOldestFirst);
  const ordered = issues.flatMap((i) => articlesOf(i, view.articleById));
  // An article that no issue lists (should not happen) is still published, at the end.
  const listed = new Set(ordered.map((a) => a.id));
  const orphans = view.articles.filter((a) => !listed.has(a.id)).sort((a, b) => compareIssuesOldestFirst(a.issue, b.issue) || a.order - b.order);
  return [...ordered, ...orphans];
}

let builtDataFiles: Promise<ArticleFile[]> | null = null;

/** The open data's article files (records/article-files.ts), cut once per build: the index and every file read them. */
export function openDataFiles(): Promise<ArticleFile[]> {
  const make = async () => articleFiles(articlesInDataOrder(await loadArchiveView()));
  if (import.meta.env.DEV) return make();
  return (builtDataFiles ??= make());
}

let builtDataFileOf: Promise<Map<string, string>> | null = null;

/** The open-data file (site path) holding an article's record. */
export async function articleDataFile(id: string): Promise<string | undefined> {
  const make = async () => new Map((await openDataFiles()).flatMap((f) => f.articles.map((a) => [a.id, f.entry.path] as const)));
  if (import.meta.env.DEV) return (await make()).get(id);
  return (await (builtDataFileOf ??= make())).get(id);
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


/** An issue known to the day as the calendar and 历史上的今天 files list it. */
export function datedIssueEntry(issue: Issue & { date: string }, articleById: Map<string, Article>): DatedIssueEntry {
  return {
    date: issue.date,
    publication: issue.publication,
    publicationName: issue.publicationName,
    dateLabel: issue.dateLabel,
    url: issue.url,
    headline: articlesOf(issue, articleById)[0]?.headline ?? null,
  };
}

/** 历史上的今天: issues known to the day, by month and day (`03-20`), newest first. Only days that have issues. */
export async function onThisDayFiles(): Promise<Map<string, DatedIssueEntry[]>> {
  const view = await loadArchiveView();
  const byDay = new Map<string, DatedIssueEntry[]>();
  const dated = view.issues.filter((i): i is Issue & { date: string } => i.date !== null).sort(compareDaysNewestFirst);
  for (const issue of dated) {
    const day = monthDay(issue.date);
    byDay.set(day, [...(byDay.get(day) ?? []), datedIssueEntry(issue, view.articleById)]);
  }
  return byDay;
}
