/**
 * The pages (版) of an issue, as a 数字报 shows them (版面导航 with each page's 标题导航), and the
 * links between the two parts of a story cut by （下转2版） / （上接1版）.
 *
 * An issue record lists its seed files in page order, one file per printed page; each article's
 * `issue.page` / `issue.pageName` say which 版 it is on. Pure functions (no `astro:` imports).
 */
import type { Article, Issue } from '../records/schema.ts';

export interface IssuePage {
  /** The seed file that is this page. */
  seed: string;
  /** 版次 as printed (`1`, `A3`), null when nobody gave it. */
  page: string | null;
  /** The 版次 is inferred: a page of a PDF of several pages that prints none, numbered by its place in the file (shown as 推定). */
  pageInferred: boolean;
  /** 版名, e.g. 要闻; null when not known. */
  pageName: string | null;
  /** The page's own address, `<issue url>p1/`; null when its number is unknown (then it is shown on the issue page only). */
  url: string | null;
  /** Articles of the page in reading order. */
  articles: Article[];
  furniture: Issue['furniture'];
  unplaced: Issue['unplaced'];
}

/** Chinese numerals a 版次 may be printed in: （下转二版）. */
const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The page a 版次 or a continuation marker names, as a comparable key: `2`, `2版`, `第2版`,
 * `（下转第二版）` → `2`; `A3`, `A3版` → `a3`. Null when it names no page.
 */
export function pageKey(printed: string | null): string | null {
  if (!printed) return null;
  const latin = /([A-Za-z]?)\s*(\d+)/u.exec(printed);
  if (latin) return `${latin[1]!.toLowerCase()}${Number(latin[2])}`;
  const chinese = /([一二三四五六七八九十]+)\s*版/u.exec(printed) ?? /^第?([一二三四五六七八九十]+)$/u.exec(printed.trim());
  if (!chinese) return null;
  const chars = [...chinese[1]!];
  // 十 = 10, 十二 = 12, 二十 = 20, 二十一 = 21.
  if (chars.length === 1) return String(NUMERALS[chars[0]!]);
  const ten = chars.indexOf('十');
  if (ten < 0) return null;
  const tens = ten === 0 ? 1 : (NUMERALS[chars[ten - 1]!] ?? 0);
  const ones = ten < chars.length - 1 ? (NUMERALS[chars[ten + 1]!] ?? 0) : 0;
  return String(tens * 10 + ones);
}

/**
 * 版次 as readers see it: `1` → 第1版; printed values that already say 版 are kept. One nobody
 * printed or gave (`inferred`: a page of a PDF of several pages numbered by its place in the file)
 * is marked as the archive marks every inference: 第2版（推定）.
 */
export function pageLabel(page: string, inferred = false): string {
  return `${/版/u.test(page) ? page : `第${page}版`}${inferred ? '（推定）' : ''}`;
}

/** Path part of a page's own address: `1` → `p1`, `A3` → `pa3`; null when the 版次 has no Latin letter or digit. */
export function pageSlug(page: string | null): string | null {
  const key = pageKey(page);
  return key ? `p${key}` : null;
}

/**
 * The pages of an issue in page order, each with its articles, furniture and unplaced text. A
 * page's 版次 and 版名 come from its articles' issue references (the issue record keeps them only
 * when all its pages agree) or, for an issue of one page, from the issue itself.
 */
export function issuePagesOf(issue: Issue, articleById: Map<string, Article>): IssuePage[] {
  const articles = issue.articles.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined);
  const taken = new Set<string>();
  return issue.seeds.map((seed) => {
    const own = articles.filter((a) => a.seed === seed);
    const ref = own[0]?.issue ?? (issue.seeds.length === 1 ? issue : null);
    const page = ref?.page ?? issue.seedPages?.[seed] ?? null;
    const slug = pageSlug(page);
    // Two files giving one page (a metadata error the build reports) get one address between them.
    const url = slug && !taken.has(slug) ? `${issue.url}${slug}/` : null;
    if (slug) taken.add(slug);
    return {
      seed,
      page,
      pageInferred: !!issue.inferredPages?.includes(seed),
      pageName: ref?.pageName ?? null,
      url,
      articles: own,
      furniture: issue.furniture.filter((f) => f.seed === seed),
      unplaced: issue.unplaced.filter((u) => u.seed === seed),
    };
  });
}

/** Whether every article of these is an official document (公文): such an issue is listed as documents, not as a paper. */
export function allDocuments(articles: Pick<Article, 'kind' | 'document'>[]): boolean {
  return articles.length > 0 && articles.every((a) => a.kind === 'document' || a.document !== null);
}

/** Where one part of a cut story continues, or where it came from. */
export type ContinuationLink =
  /** The other part is in the archive. */
  | { status: 'found'; article: Article; page: IssuePage }
  /** The page is in the archive, but no story on it is marked as the other part. */
  | { status: 'not-found'; page: IssuePage }
  /** The archive does not hold that page of the issue. */
  | { status: 'page-missing' };

export interface Continuations {
  /** For （下转…）: where the story goes on. */
  to?: ContinuationLink;
  /** For （上接…）: where it began. */
  from?: ContinuationLink;
}

/** Pairs of characters of a text (its headline, say), for telling candidates apart. */
function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\s+/gu, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

function shared(a: Article, b: Article): number {
  const x = bigrams([a.kicker, a.headline, a.subheadline].filter(Boolean).join(''));
  const y = bigrams([b.kicker, b.headline, b.subheadline, ...b.body.slice(0, 1)].filter(Boolean).join(''));
  return [...x].filter((g) => y.has(g)).length;
}

/**
 * The links between the parts of every cut story of an issue, both ways. A story marked （下转2版）
 * is paired with a story on page 2 marked （上接…） naming its page (or, failing that, any 上接 story
 * of page 2); among several, the one sharing most of its headline; each part is paired once. By article id.
 */
export function continuationLinks(pages: IssuePage[]): Map<string, Continuations> {
  const byKey = new Map<string, IssuePage>();
  for (const p of pages) {
    const key = pageKey(p.page);
    if (key && !byKey.has(key)) byKey.set(key, p);
  }
  const out = new Map<string, Continuations>();
  const entry = (id: string) => out.get(id) ?? (out.set(id, {}), out.get(id)!);
  const paired = new Set<string>();

  for (const page of pages) {
    for (const article of page.articles) {
      if (!article.continuation.to) continue;
      const target = byKey.get(pageKey(article.continuation.to) ?? '');
      if (!target) {
        entry(article.id).to = { status: 'page-missing' };
        continue;
      }
      const here = pageKey(page.page);
      const marked = target.articles.filter((b) => b.continuation.from && !paired.has(b.id));
      const named = marked.filter((b) => here !== null && pageKey(b.continuation.from) === here);
      const candidates = named.length ? named : marked;
      const best = [...candidates].sort((x, y) => shared(article, y) - shared(article, x))[0];
      if (!best) {
        entry(article.id).to = { status: 'not-found', page: target };
        continue;
      }
      paired.add(best.id);
      entry(article.id).to = { status: 'found', article: best, page: target };
      entry(best.id).from = { status: 'found', article, page };
    }
  }
  for (const page of pages) {
    for (const article of page.articles) {
      if (!article.continuation.from || out.get(article.id)?.from) continue;
      const source = byKey.get(pageKey(article.continuation.from) ?? '');
      entry(article.id).from = source ? { status: 'not-found', page: source } : { status: 'page-missing' };
    }
  }
  return out;
}
