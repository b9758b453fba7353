/** Article and issue records for the browse tests: every field the contract requires, overridable. */
import { Article, Issue, type IssueRef } from '../../src/records/schema.ts';

export function issueRef(over: Partial<IssueRef> = {}): IssueRef {
  const date = over.date === undefined ? '2023-03-20' : over.date;
  return {
    publication: 'liushi',
    publicationName: '柳市',
    date,
    dateSource: date ? 'metadata' : 'none',
    year: date ? Number(date.slice(0, 4)) : null,
    inferred: null,
    dateLabel: date ? `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : '日期不详',
    number: null,
    page: '1',
    pageName: null,
    url: `/liushi/${date ?? 'undated-x'}/`,
    key: `liushi-${date ?? 'undated-x'}`,
    ...over,
  };
}

let counter = 0;
export function article(over: Partial<Article> & { issue?: IssueRef } = {}): Article {
  counter++;
  const issue = over.issue ?? issueRef();
  return Article.parse({
    id: `a${counter}`,
    url: `${issue.url}a${counter}/`,
    seed: 'p1.txt',
    kind: 'news',
    order: 1,
    kicker: null,
    headline: `标题${counter}`,
    subheadline: null,
    byline: { raw: null, reporters: [], correspondents: [], photographers: [], writers: [] },
    date: null,
    dateSource: 'none',
    dateText: null,
    body: ['正文。'],
    blocks: [{ type: 'paragraph', text: '正文。' }],
    captions: [],
    places: [],
    placeDetails: [],
    keywords: [],
    related: [],
    source: { startLine: 1, endLine: 2 },
    continuation: { to: null, from: null },
    document: null,
    column: null,
    repairs: [],
    warnings: [],
    ...over,
    issue,
  });
}

export function issue(ref: IssueRef, seeds: string[], articles: Article[]): Issue {
  return Issue.parse({ ...ref, seeds, articles: articles.map((a) => a.id), furniture: [], unplaced: [] });
}
