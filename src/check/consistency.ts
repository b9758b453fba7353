/**
 * Checks across records that no single seed shows: dates that contradict each other, and a
 * （下转2版） whose page 2 is not in the archive. Each finding says what the archive holds and
 * where, never guesses the right value. Pure: records in, findings out.
 */
import { pastDays } from '../parse/dates.ts';
import { formatDate } from '../records/dates.ts';
import type { Article, Issue, SeedMeta } from '../records/schema.ts';
import { articleText } from '../records/text.ts';

export interface ConsistencyFinding {
  kind: 'event-after-issue' | 'article-after-issue' | 'continuation-missing';
  article: Article;
  /** What is inconsistent, in Chinese. */
  message: string;
  /** Text to look for in the article's lines (the date or the marker), to quote the line. */
  needle: string;
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Whether an issue's day was given (metadata) or printed (masthead, 落款), not inferred. */
const knownDay = (i: Pick<Issue, 'date' | 'dateSource'>): i is { date: string; dateSource: Issue['dateSource'] } =>
  !!i.date && (i.dateSource === 'metadata' || i.dateSource === 'text');

/**
 * An issue dated before an event it reports as past (it printed the 3月20日 ceremony, so it
 * cannot be of 3月10日). The year of a day is the issue's, except a November or December day in
 * a January or February issue, which is the year before. The article's own dateline is left to
 * `articleAfterIssue`.
 */
export function eventsAfterIssue(articles: Article[]): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  for (const a of articles) {
    if (!knownDay(a.issue)) continue;
    const issueDate = a.issue.date!;
    const [year, month] = issueDate.split('-').map(Number) as [number, number];
    let latest: { day: string; text: string } | null = null;
    for (const d of pastDays(articleText(a))) {
      const day = iso(month <= 2 && d.month >= 11 ? year - 1 : year, d.month, d.day);
      if (day <= issueDate || day === a.date) continue;
      if (!latest || day > latest.day) latest = { day, text: `${d.month}月${d.day}日` };
    }
    if (latest) {
      out.push({
        kind: 'event-after-issue',
        article: a,
        needle: latest.text,
        message: `本期日期是 ${formatDate(issueDate)}，但《${a.headline}》报道了 ${latest.text} 已经发生的事`,
      });
    }
  }
  return out;
}

/** An article whose own date (dateline, 落款) is later than its issue's. */
export function articlesAfterIssue(articles: Article[]): ConsistencyFinding[] {
  return articles
    .filter((a) => knownDay(a.issue) && a.date && a.date > a.issue.date!)
    .map((a) => ({
      kind: 'article-after-issue' as const,
      article: a,
      needle: a.dateText ?? '',
      message: `《${a.headline}》的报道日期 ${formatDate(a.date!)}${a.dateText ? `（原文“${a.dateText}”）` : ''}晚于本期日期 ${formatDate(a.issue.date!)}`,
    }));
}

/**
 * A （下转2版） whose page 2 of the same issue is not in the archive. Pages are those metadata
 * gives the issue's seeds; an issue whose day nobody knows is one page alone (its address comes
 * from its file), so its continuation is always missing until the pages get their date.
 */
export function missingContinuations(articles: Article[], issues: Issue[], seedMeta: (seed: string) => SeedMeta | undefined): ConsistencyFinding[] {
  const pagesOf = new Map(issues.map((i) => [i.key, new Set(i.seeds.map((s) => seedMeta(s)?.page).filter(Boolean).map((p) => pageNumber(p!)))]));
  const out: ConsistencyFinding[] = [];
  for (const a of articles) {
    const to = a.continuation.to;
    if (!to) continue;
    const page = pageNumber(to);
    if (page === null || page === pageNumber(a.issue.page ?? '')) continue;
    if (pagesOf.get(a.issue.key)?.has(page)) continue;
    out.push({
      kind: 'continuation-missing',
      article: a,
      needle: '下转',
      message: `《${a.headline}》印着“下转${to.replace(/^下转/u, '')}”，但本期（${a.issue.publicationName} ${a.issue.dateLabel}）的第${page}版不在档案中：读者读不到这篇文章的后半部分`,
    });
  }
  return out;
}

function pageNumber(page: string): number | null {
  const m = /\d+/u.exec(page);
  return m ? Number(m[0]) : null;
}
