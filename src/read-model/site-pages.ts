/**
 * Every page whose address comes from the data: publications at /<slug>/, their years in 往期回顾
 * at /<slug>/<year>/ (and /<slug>/undated/), issues at `issue.url`, the pages (版) of an issue at
 * `<issue url>p<N>/`, articles at `article.url`, and old addresses that redirect. A rest parameter
 * takes each URL whole, exactly as the records give it (nothing is recomputed from dates or ids).
 *
 * Two routes render them, each with only its own page types' styles: src/pages/[...path].astro
 * (articles and redirects) and src/pages/[...listing].astro (publications, years, issues, 版). The
 * list is made once per build for both, and checked once for two pages at one address.
 */
import { getEntry } from 'astro:content';
import { articlesOf, loadArchiveView, type Article, type Issue, type Publication } from './archive.ts';
import { continuationLinks, issuePagesOf, type Continuations, type IssuePage as IssuePageRecord } from '../browse/pages.ts';
import { issuesByYear, yearPageUrl, type Neighbours, type YearSummary } from '../browse/sequence.ts';
import { RESERVED_SLUGS, type ResolvedRedirect } from '../records/schema.ts';

export type SitePageProps =
  | { kind: 'publication'; publication: Publication; issues: Issue[]; articleById: Map<string, Article> }
  | { kind: 'year'; publication: Publication; summary: YearSummary<Issue>; years: YearSummary<Issue>[]; articleById: Map<string, Article> }
  | {
      kind: 'issue';
      issue: Issue;
      articles: Article[];
      articleById: Map<string, Article>;
      pages: IssuePageRecord[];
      neighbours: Neighbours<Issue> | undefined;
    }
  | { kind: 'page'; issue: Issue; page: IssuePageRecord; pages: IssuePageRecord[] }
  | {
      kind: 'article';
      article: Article;
      issue: Issue | undefined;
      issueArticles: Article[];
      page: IssuePageRecord | undefined;
      neighbours: Neighbours<Issue> | undefined;
      continuations: Continuations | undefined;
      personNames: Set<string>;
    }
  | { kind: 'redirect'; redirect: ResolvedRedirect };

export interface SitePage {
  params: { path: string };
  props: SitePageProps;
}

let built: Promise<SitePage[]> | null = null;

/** The site's data pages of these kinds (the whole list is made once per build; under `astro dev`, afresh). */
export async function sitePagesOf(kinds: ReadonlyArray<SitePageProps['kind']>): Promise<SitePage[]> {
  const all = import.meta.env.DEV ? await makeSitePages() : await (built ??= makeSitePages());
  return all.filter((p) => kinds.includes(p.props.kind));
}

/** `/liushi/2023-03-18/` → `liushi/2023-03-18` (the rest parameter has no outer slashes). */
const toParam = (url: string) => url.replace(/^\/+|\/+$/gu, '');

async function makeSitePages(): Promise<SitePage[]> {
  const view = await loadArchiveView();
  const { paths: issuePaths, pagesByIssue, continuationsById } = issuePages(view);
  const paths = [...publicationPages(view), ...issuePaths, ...articlePages(view, pagesByIssue, continuationsById)];
  // Old addresses of articles whose id changed (seeds/redirects.yaml, resolved and checked by the loader).
  for (const redirect of (await getEntry('redirects', 'all'))?.data.redirects ?? []) {
    paths.push({ params: { path: toParam(redirect.from) }, props: { kind: 'redirect', redirect } });
  }
  refuseSharedAddresses(paths);
  return paths;
}

type View = Awaited<ReturnType<typeof loadArchiveView>>;

/** A publication's page and its years in 往期回顾. */
function publicationPages(view: View): SitePage[] {
  /** Top-level paths that other pages own; a publication slug equal to one of them would be shadowed. */
  const reserved = new Set(RESERVED_SLUGS);
  const paths: SitePage[] = [];
  for (const publication of view.publications) {
    if (reserved.has(publication.slug)) {
      throw new Error(`publication slug "${publication.slug}" clashes with the site page /${publication.slug}/; rename it in seeds/metadata.yaml`);
    }
    const issues = view.issues.filter((i) => i.publication === publication.slug);
    paths.push({ params: { path: publication.slug }, props: { kind: 'publication', publication, issues, articleById: view.articleById } });
    const years = issuesByYear(issues);
    for (const summary of years) {
      paths.push({
        params: { path: toParam(yearPageUrl(publication.slug, summary.year)) },
        props: { kind: 'year', publication, summary, years, articleById: view.articleById },
      });
    }
  }
  return paths;
}

/** Each issue's page and its pages (版), with what the article pages need of them. */
function issuePages(view: View) {
  const paths: SitePage[] = [];
  const pagesByIssue = new Map<string, IssuePageRecord[]>();
  const continuationsById = new Map<string, Continuations>();
  for (const issue of view.issues) {
    const articles = articlesOf(issue, view.articleById);
    const pages = issuePagesOf(issue, view.articleById);
    pagesByIssue.set(issue.key, pages);
    for (const [id, c] of continuationLinks(pages)) continuationsById.set(id, c);
    const neighbours = view.neighbours.get(issue.key);
    paths.push({ params: { path: toParam(issue.url) }, props: { kind: 'issue', issue, articles, articleById: view.articleById, pages, neighbours } });
    for (const page of pages) {
      if (page.url) paths.push({ params: { path: toParam(page.url) }, props: { kind: 'page', issue, page, pages } });
    }
  }
  return { paths, pagesByIssue, continuationsById };
}

function articlePages(view: View, pagesByIssue: Map<string, IssuePageRecord[]>, continuationsById: Map<string, Continuations>): SitePage[] {
  return view.articles.map((article) => {
    const issue = view.issueByKey.get(article.issue.key);
    return {
      params: { path: toParam(article.url) },
      props: {
        kind: 'article',
        article,
        issue,
        issueArticles: issue ? articlesOf(issue, view.articleById) : [article],
        page: pagesByIssue.get(article.issue.key)?.find((p) => p.articles.includes(article)),
        neighbours: view.neighbours.get(article.issue.key),
        continuations: continuationsById.get(article.id),
        personNames: view.personNames,
      },
    };
  });
}

/** Two records claiming one address would silently overwrite each other's page. */
function refuseSharedAddresses(paths: readonly SitePage[]): void {
  const seen = new Map<string, string>();
  for (const p of paths) {
    const { props } = p;
    const owner =
      props.kind === 'publication' ? props.publication.slug
      : props.kind === 'year' ? `${props.publication.slug} ${props.summary.year ?? 'undated'}`
      : props.kind === 'issue' ? props.issue.key
      : props.kind === 'page' ? `${props.issue.key} page ${props.page.page}`
      : props.kind === 'article' ? props.article.id
      : `redirect to ${props.redirect.to}`;
    const previous = seen.get(p.params.path);
    if (previous) throw new Error(`two pages at /${p.params.path}/: ${previous} and ${owner}`);
    seen.set(p.params.path, owner);
  }
}
