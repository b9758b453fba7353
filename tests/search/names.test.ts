/** The pure parts of the search box's assistance (src/search/names.ts) and of word breaks (src/browse/words.ts). */
import { describe, expect, it } from 'vitest';
import { isLatinQuery, issuesOn, namesByPinyin, nearestNames, parseDateQuery, type NameEntry } from '../../src/search/names.ts';
import { breakablePieces, labelPieces } from '../../src/browse/words.ts';

const names: NameEntry[] = [
  { n: '黄华社区', k: '地', u: '/places/黄华社区/', c: 2, p: 'huanghuashequ', i: 'hhsq' },
  { n: '黄华堡村', k: '地', u: '/places/黄华堡村/', c: 1, p: 'huanghuabaocun', i: 'hhbc' },
  { n: '吴昊妹', k: '人', u: '/people/吴昊妹/', c: 1, p: 'wuhaomei', i: 'whm' },
];

describe('dates typed in the search box', () => {
  it.each([
    ['2023年3月', '2023-03', '2023年3月'],
    ['2023-03', '2023-03', '2023年3月'],
    ['2023.3', '2023-03', '2023年3月'],
    ['2023年3月20日', '2023-03-20', '2023年3月20日'],
    ['2023-03-20', '2023-03-20', '2023年3月20日'],
    ['２０２３年３月', '2023-03', '2023年3月'],
  ])('%s → %s', (q, prefix, label) => expect(parseDateQuery(q)).toEqual({ prefix, label }));

  it.each(['2023', '2023年13月', '3月20日', '柳市2023年3月', '2023年3月32日'])('%s is not a date query', (q) => expect(parseDateQuery(q)).toBeNull());

  it('offers the issues of the month, and of the day only', () => {
    const issues = [
      { d: '2023-03-18', t: 'a', u: '/a/' },
      { d: '2023-03', t: 'b', u: '/b/' },
      { d: '2023-04-01', t: 'c', u: '/c/' },
    ];
    expect(issuesOn(parseDateQuery('2023年3月')!, issues).map((i) => i.u)).toEqual(['/a/', '/b/']);
    expect(issuesOn(parseDateQuery('2023年3月18日')!, issues).map((i) => i.u)).toEqual(['/a/']);
  });
});

describe('names by 拼音, 首字母 and near misses', () => {
  it('finds names by whole 拼音, a prefix of it and the initials', () => {
    expect(isLatinQuery('Huang Hua')).toBe(true);
    expect(isLatinQuery('黄华')).toBe(false);
    expect(namesByPinyin('huanghua', names).map((e) => e.n)).toEqual(['黄华社区', '黄华堡村']);
    expect(namesByPinyin('hhsq', names).map((e) => e.n)).toEqual(['黄华社区']);
    expect(namesByPinyin('xyz', names)).toEqual([]);
  });

  it('offers names one character off, not names sharing one character', () => {
    expect(nearestNames('吴昊姝', names).map((e) => e.n)).toEqual(['吴昊妹']);
    expect(nearestNames('黄华', names).map((e) => e.n)).toEqual(['黄华社区', '黄华堡村']);
    expect(nearestNames('吴某某', names)).toEqual([]);
  });
});

describe('line breaks between words', () => {
  const cut = (t: string) => t.match(/擂台赛|标杆镇|柳市|2023|年|3|月|下旬|（|推定|）|./gu) ?? [];
  it('breaks only at the cutter’s word ends, never inside a date or bracket', () => {
    expect(breakablePieces('柳市擂台赛', cut)).toEqual(['柳市', '擂台赛']);
    const pieces = breakablePieces('柳市2023年3月下旬（推定）', cut);
    expect(pieces.join('')).toBe('柳市2023年3月下旬（推定）');
    expect(pieces).toContain('（推定）');
    expect(pieces).toContain('3月下旬');
  });

  it('marks no break next to a space (the browser breaks there anyway) and none inside a doubled dash', () => {
    const chars = (t: string) => [...t];
    expect(breakablePieces('柳市 擂台', chars)).toEqual(['柳', '市 擂', '台']);
    expect(breakablePieces('——柳市', chars)).toEqual(['——', '柳', '市']);
  });

  it('breaks an issue’s label only at its spaces and before its bracketed note', () => {
    expect(labelPieces('柯城 2022年7月下旬（推定）')).toEqual(['柯城 ', '2022年7月下旬', '（推定）']);
    expect(labelPieces('南塘镇委 2022年11月10日')).toEqual(['南塘镇委 ', '2022年11月10日']);
    expect(labelPieces('日期不详')).toEqual(['日期不详']);
  });
});
