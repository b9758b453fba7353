import { describe, expect, it } from 'vitest';
import { compareIssuesInSequence, issueNeighbours, issuesByYear, monthGrid, nearestIssue, yearCalendar, yearPageUrl } from '../../src/browse/sequence.ts';
import { issueRef } from './records.ts';

const inferred = (notBefore: string, label: string) => ({ notBefore, notAfter: null, precision: 'month' as const, label, evidence: ['第1篇报道了3月20日的会议'] });

describe('the order of a paper’s issues (往期回顾, 上一期/下一期)', () => {
  const a = issueRef({ date: '2022-11-10', key: 'a' });
  const b = issueRef({ date: '2023-03-18', key: 'b' });
  const c = issueRef({ date: null, year: 2023, key: 'c', inferred: inferred('2023-03-21', '2023年3月下旬（推定）'), dateLabel: '2023年3月下旬（推定）' });
  const d = issueRef({ date: null, year: 2023, key: 'd' });
  const e = issueRef({ date: null, year: null, key: 'e' });
  const f = issueRef({ date: '2024-01-12', key: 'f' });

  it('goes year by year; a day-less issue comes after the dated ones of its year; no year last', () => {
    expect([f, e, d, c, b, a].sort(compareIssuesInSequence).map((i) => i.key)).toEqual(['a', 'b', 'c', 'd', 'f', 'e']);
  });

  it('gives each issue its previous and next within its own publication', () => {
    const other = issueRef({ date: '2023-01-01', key: 'x', publication: 'kecheng' });
    const n = issueNeighbours([f, e, d, c, b, a, other]);
    expect(n.get('b')).toEqual({ previous: a, next: c });
    expect(n.get('a')!.previous).toBeUndefined();
    expect(n.get('e')!.next).toBeUndefined();
    expect(n.get('x')).toEqual({ previous: undefined, next: undefined });
  });

  it('groups by year, newest first, day-less issues apart and never on a day', () => {
    const years = issuesByYear([a, b, c, d, e, f]);
    expect(years.map((y) => y.year)).toEqual([2024, 2023, 2022, null]);
    const y2023 = years[1]!;
    expect(y2023.dated.map((i) => i.key)).toEqual(['b']);
    expect(y2023.undated.map((i) => i.key)).toEqual(['c', 'd']);
    const calendar = yearCalendar(2023, y2023.dated);
    expect(calendar.map((m) => m.month)).toEqual([3]);
    const cells = calendar[0]!.weeks.flat().filter((x) => x?.issue);
    expect(cells.map((x) => x!.iso)).toEqual(['2023-03-18']);
  });
});

describe('a month as a calendar', () => {
  it('starts weeks on Monday and pads with empty days', () => {
    // 1 March 2023 was a Wednesday; March has 31 days.
    const m = monthGrid(2023, 3, [issueRef({ date: '2023-03-20' })]);
    expect(m.weeks[0]!.slice(0, 3)).toEqual([null, null, { day: 1, iso: '2023-03-01', issue: undefined }]);
    expect(m.weeks.every((w) => w.length === 7)).toBe(true);
    expect(m.weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(m.weeks.flat().find((c) => c?.day === 20)!.issue!.date).toBe('2023-03-20');
    expect(m.issues).toHaveLength(1);
  });

  it('knows February of a leap year', () => {
    expect(monthGrid(2024, 2, []).weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(2023, 2, []).weeks.flat().filter(Boolean)).toHaveLength(28);
  });
});

describe('the nearest issue to a chosen day', () => {
  const issues = [{ date: '2023-03-08' }, { date: '2023-03-15' }, { date: '2023-03-22' }];
  it('is the day’s own issue, else the closer neighbour, the earlier on a tie', () => {
    expect(nearestIssue(issues, '2023-03-15')).toEqual({ date: '2023-03-15' });
    expect(nearestIssue(issues, '2023-03-17')).toEqual({ date: '2023-03-15' });
    expect(nearestIssue(issues, '2023-03-20')).toEqual({ date: '2023-03-22' });
    expect(nearestIssue(issues, '2023-03-11')).toEqual({ date: '2023-03-08' }); // 3 days either way
    expect(nearestIssue(issues, '2020-01-01')).toEqual({ date: '2023-03-08' });
    expect(nearestIssue(issues, '2030-01-01')).toEqual({ date: '2023-03-22' });
    expect(nearestIssue([], '2023-03-15')).toBeUndefined();
  });
});

describe('year addresses', () => {
  it('never look like an issue’s address (which always has a dash)', () => {
    expect(yearPageUrl('liushi', 2023)).toBe('/liushi/2023/');
    expect(yearPageUrl('liushi', null)).toBe('/liushi/undated/');
  });
});
