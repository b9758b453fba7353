import { describe, expect, it } from 'vitest';
import { allDocuments, continuationLinks, issuePagesOf, pageKey, pageLabel, pageSlug } from '../../src/browse/pages.ts';
import { article, issue, issueRef } from './records.ts';

describe('page numbers (版次)', () => {
  it('reads a page from a 版次 or a continuation marker', () => {
    expect(pageKey('2')).toBe('2');
    expect(pageKey('2版')).toBe('2');
    expect(pageKey('第2版')).toBe('2');
    expect(pageKey('（下转第二版）')).toBe('2');
    expect(pageKey('十二版')).toBe('12');
    expect(pageKey('二十一版')).toBe('21');
    expect(pageKey('A3')).toBe('a3');
    expect(pageKey('特刊')).toBeNull();
    expect(pageKey(null)).toBeNull();
  });
  it('labels and addresses pages', () => {
    expect(pageLabel('1')).toBe('第1版');
    expect(pageLabel('第3版')).toBe('第3版');
    expect(pageSlug('A3')).toBe('pa3');
    expect(pageSlug('特刊')).toBeNull();
  });
});

describe('the pages of an issue', () => {
  const p1 = issueRef({ page: '1', pageName: '要闻' });
  const p2 = issueRef({ page: '2', pageName: '综合新闻' });
  const lead = article({ issue: p1, seed: 'p1.txt', headline: '柳市镇召开重大项目攻坚推进会', continuation: { to: '2版', from: null } });
  const other = article({ issue: p1, seed: 'p1.txt' });
  const rest = article({ issue: p2, seed: 'p2.txt', headline: '', continuation: { to: null, from: '1版' }, body: ['重大项目攻坚推进会要求……'] });
  const story = article({ issue: p2, seed: 'p2.txt' });
  const record = issue({ ...p1, page: null, pageName: null }, ['p1.txt', 'p2.txt'], [lead, other, rest, story]);
  const byId = new Map([lead, other, rest, story].map((a) => [a.id, a]));

  it('lists each page with its 版次, 版名, own address and articles', () => {
    const pages = issuePagesOf(record, byId);
    expect(pages.map((p) => [p.page, p.pageName, p.url, p.articles.length])).toEqual([
      ['1', '要闻', '/liushi/2023-03-20/p1/', 2],
      ['2', '综合新闻', '/liushi/2023-03-20/p2/', 2],
    ]);
  });

  it('gives a 版 without articles (a scan) the 版次 its metadata gave, and so its own address', () => {
    const withScan = { ...record, seeds: [...record.seeds, 'scan.pdf'], seedPages: { 'scan.pdf': '3' } };
    const scan = issuePagesOf(withScan, byId).at(-1)!;
    expect([scan.seed, scan.page, scan.url, scan.articles.length]).toEqual(['scan.pdf', '3', '/liushi/2023-03-20/p3/', 0]);
    // Without it, such a 版 of a several-page issue has no number and no address.
    expect(issuePagesOf({ ...record, seeds: [...record.seeds, 'scan.pdf'] }, byId).at(-1)!.url).toBeNull();
  });

  it('links 下转 and 上接 both ways when both parts are in the archive', () => {
    const links = continuationLinks(issuePagesOf(record, byId));
    expect(links.get(lead.id)!.to).toMatchObject({ status: 'found', article: { id: rest.id } });
    expect(links.get(rest.id)!.from).toMatchObject({ status: 'found', article: { id: lead.id } });
    expect(links.has(other.id)).toBe(false);
  });

  it('says when the other page is not in the archive, or holds no marked part', () => {
    const alone = issue({ ...p1 }, ['p1.txt'], [lead, other]);
    expect(continuationLinks(issuePagesOf(alone, byId)).get(lead.id)!.to).toEqual({ status: 'page-missing' });
    const unmarked = article({ issue: p2, seed: 'p2.txt' });
    const noPart = issue({ ...p1, page: null }, ['p1.txt', 'p2.txt'], [lead, unmarked]);
    const map = new Map([lead, unmarked].map((a) => [a.id, a]));
    expect(continuationLinks(issuePagesOf(noPart, map)).get(lead.id)!.to).toMatchObject({ status: 'not-found', page: { page: '2' } });
    const orphan = article({ issue: p2, seed: 'p2.txt', continuation: { to: null, from: '1版' } });
    const fromMissing = issue({ ...p2 }, ['p2.txt'], [orphan]);
    expect(continuationLinks(issuePagesOf(fromMissing, new Map([[orphan.id, orphan]]))).get(orphan.id)!.from).toEqual({ status: 'page-missing' });
  });

  it('pairs two cut stories by their headlines, each part once', () => {
    const a1 = article({ issue: p1, seed: 'p1.txt', headline: '柳市镇启动河道保洁百日攻坚', continuation: { to: '2版', from: null } });
    const b1 = article({ issue: p1, seed: 'p1.txt', headline: '长虹社区开展端午主题活动', continuation: { to: '2版', from: null } });
    const b2 = article({ issue: p2, seed: 'p2.txt', headline: '端午主题活动', continuation: { to: null, from: '1版' } });
    const a2 = article({ issue: p2, seed: 'p2.txt', headline: '河道保洁', continuation: { to: null, from: '1版' } });
    const rec = issue({ ...p1, page: null }, ['p1.txt', 'p2.txt'], [a1, b1, b2, a2]);
    const links = continuationLinks(issuePagesOf(rec, new Map([a1, b1, b2, a2].map((x) => [x.id, x]))));
    expect(links.get(a1.id)!.to).toMatchObject({ article: { id: a2.id } });
    expect(links.get(b1.id)!.to).toMatchObject({ article: { id: b2.id } });
  });

  it('tells an issue of documents from a paper', () => {
    const doc = article({ kind: 'document' });
    expect(allDocuments([doc])).toBe(true);
    expect(allDocuments([doc, lead])).toBe(false);
    expect(allDocuments([])).toBe(false);
  });
});
