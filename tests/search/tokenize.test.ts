import { describe, expect, it } from 'vitest';
import {
  FIELD_SEPARATOR,
  ZWSP,
  containsQuery,
  fieldsContainQuery,
  fieldsContainStrict,
  findMatches,
  highlightRanges,
  normalizeWidth,
  parseQuery,
  tokenize,
} from '../../src/search/tokenize.ts';
import { buildExcerpt, markParts } from '../../src/search/excerpt.ts';
import { planHighlights } from '../../src/client/search/highlight.ts';

const Z = ZWSP;

describe('tokenize', () => {
  it('makes every letter and digit a token, Han, Latin and digits alike', () => {
    expect(tokenize('柳市2023年GDP增长').map((t) => t.norm)).toEqual(['柳', '市', '2', '0', '2', '3', '年', 'g', 'd', 'p', '增', '长']);
  });

  it('keeps punctuation as separate, unsearchable tokens and skips whitespace', () => {
    const t = tokenize('村里来了“00后” 大学生');
    expect(t.map((x) => [x.kind, x.norm])).toEqual([
      ['char', '村'], ['char', '里'], ['char', '来'], ['char', '了'], ['punct', '“'], ['char', '0'], ['char', '0'],
      ['char', '后'], ['punct', '”'], ['char', '大'], ['char', '学'], ['char', '生'],
    ]);
    expect(t[9]!.spaced).toBe(true);
  });

  it('splits numbers into digits, with the decimal point as punctuation', () => {
    expect(tokenize('8.64亿元，1-9月').map((t) => t.norm)).toEqual(['8', '.', '6', '4', '亿', '元', '，', '1', '-', '9', '月']);
  });

  it('normalises full-width letters and digits, lower case, diacritics', () => {
    expect(tokenize('２０年ＧＤ Café').map((t) => t.norm)).toEqual(['2', '0', '年', 'g', 'd', 'c', 'a', 'f', 'e']);
    expect(normalizeWidth('２０２３年，ＡＢ')).toBe('2023年，AB');
  });

  it('reports offsets into the original text (astral characters included)', () => {
    const s = '𠀀村 abc';
    const t = tokenize(s);
    expect(t.map((x) => s.slice(x.start, x.end))).toEqual(['𠀀', '村', 'a', 'b', 'c']);
    expect(t[0]!.kind).toBe('char');
  });

  it('ignores zero-width spaces already in the text', () => {
    expect(tokenize(`柳${Z}市`).map((t) => t.norm)).toEqual(['柳', '市']);
  });
});

describe('parseQuery (query side)', () => {
  it('turns a Han run into a segment of characters', () => {
    const q = parseQuery('翔金垟村');
    expect(q.segments).toEqual([['翔', '金', '垟', '村']]);
    expect(q.segments).toEqual([['翔', '金', '垟', '村']]);
  });

  it('searches Latin letters and digits one by one too', () => {
    expect(parseQuery('２０２３年').segments).toEqual([['2', '0', '2', '3', '年']]);
    expect(parseQuery('GDP增长').segments).toEqual([['g', 'd', 'p', '增', '长']]);
  });

  it('splits at punctuation and whitespace into separate segments', () => {
    const q = parseQuery('村里来了“00后”大学生宣讲员');
    expect(q.segments.map((x) => x.join(''))).toEqual(['村里来了', '00后', '大学生宣讲员']);
    expect(q.display).toEqual(['村里来了', '00后', '大学生宣讲员']);
    expect(parseQuery('  柳市　陈清清 ').segments.map((x) => x.join(''))).toEqual(['柳市', '陈清清']);
  });

  it('lists distinct terms once', () => {
    const q = parseQuery('郑喜喜');
    expect(q.terms).toEqual(['郑', '喜']);
    expect(q.segments).toEqual([['郑', '喜', '喜']]);
  });

  it('gives nothing to search for punctuation-only or empty queries, and strips the markers', () => {
    expect(parseQuery('，。！').segments).toEqual([]);
    expect(parseQuery('   ').segments).toEqual([]);
    expect(parseQuery(FIELD_SEPARATOR).segments).toEqual([]);
    expect(parseQuery(`柳${FIELD_SEPARATOR}市`).segments).toEqual([['柳'], ['市']]);
  });
});

describe('findMatches / containsQuery', () => {
  const text = '其中，柳市镇前西垟村、翔金垟村2个村入选乐清市文明村';

  it('finds the query as consecutive tokens and gives original offsets', () => {
    const m = findMatches(text, '翔金垟');
    expect(m).toHaveLength(1);
    expect(text.slice(m[0]!.start, m[0]!.end)).toBe('翔金垟');
    expect(containsQuery(text, '前西垟村')).toBe(true);
    expect(containsQuery(text, '西垟村翔')).toBe(false); // punctuation between
  });

  it('matches across whitespace and U+200B but not across punctuation', () => {
    expect(containsQuery('柳市镇多个村社、单位 入选新一轮文明名单', '单位入选')).toBe(true);
    expect(containsQuery('正\u200B泰物联网传感器 产业园', '正泰物联网传感器产业园')).toBe(true);
    expect(containsQuery('学习会。传达', '学习会传达')).toBe(false);
  });

  it('requires every segment, each anywhere', () => {
    expect(containsQuery('村里来了“00后”大学生宣讲员', '村里来了“00后”大学生宣讲员')).toBe(true);
    expect(containsQuery('大学生宣讲员', '村里来了 大学生')).toBe(false);
    expect(fieldsContainQuery(['郑喜喜', '柳市'], '柳市 郑喜喜')).toBe(true);
  });

  it('matches any run of Latin letters and digits, case-insensitively, full width too', () => {
    expect(containsQuery('开展2023年第一季度', '２０２３年')).toBe(true);
    expect(containsQuery('开展2023年第一季度', '023年')).toBe(true);
    expect(containsQuery('开展2023年第一季度', '2024')).toBe(false);
    expect(containsQuery('使用APP开展', 'pp')).toBe(true);
    expect(containsQuery('总产值8.64亿元', '8.64亿元')).toBe(true);
  });

  it('makes a query with punctuation inside it exact text', () => {
    expect(parseQuery('稳”和“进').strict).toBe('稳”和“进');
    expect(parseQuery('3月18日，柳市').strict).toBe('3月18日,柳市');
    expect(parseQuery('柳市 陈清清').strict).toBeNull();
    expect(parseQuery('翔金垟').strict).toBeNull();
    const q = parseQuery('稳”和“进');
    expect(fieldsContainStrict(['做好“稳”和“进”两篇大文章'], q)).toBe(true);
    expect(fieldsContainStrict(['稳定和推进'], q)).toBe(false);
    expect(fieldsContainStrict(['3月18日，柳市镇'], parseQuery('3月18日,柳市'))).toBe(true);
  });

  it('an empty query is contained nowhere', () => {
    expect(containsQuery('柳市', '')).toBe(false);
  });

  it('merges adjacent and overlapping matches for marking', () => {
    expect(highlightRanges('喜喜喜', '喜喜')).toEqual([{ start: 0, end: 2 }]);
    expect(highlightRanges('柳市镇', '柳市 市镇')).toEqual([{ start: 0, end: 3 }]);
  });
});

describe('excerpts', () => {
  const q = parseQuery('翔金垟');
  it('marks the whole query once, in the original text', () => {
    expect(markParts('前西垟村、翔金垟村', q)).toEqual([
      { text: '前西垟村、', mark: false },
      { text: '翔金垟', mark: true },
      { text: '村', mark: false },
    ]);
  });

  it('takes a window from the first field that matches, from a sentence start', () => {
    const fields = ['没有。', '第一句很长很长。第二句提到翔金垟村入选。第三句'];
    const parts = buildExcerpt(fields, q, 20);
    expect(parts.map((p) => p.text).join('')).toBe('…第二句提到翔金垟村入选。第三句');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['翔金垟']);
  });

  it('falls back to the lead when nothing matches', () => {
    expect(buildExcerpt(['短', '较长的第一段正文'], parseQuery('无'), 4).map((p) => p.text).join('')).toBe('较长的第…');
  });
});

describe('planHighlights (article pages)', () => {
  it('marks matches spanning inline pieces, not across blocks', () => {
    const pieces = [
      { text: '稳步提升正泰物联', breakBefore: true },
      { text: '网传感器产业园、', breakBefore: false },
      { text: '产业园', breakBefore: true },
    ];
    expect(planHighlights(pieces, '正泰物联网')).toEqual([
      { piece: 0, start: 4, end: 8 },
      { piece: 1, start: 0, end: 1 },
    ]);
    expect(planHighlights([{ text: '柳', breakBefore: true }, { text: '市', breakBefore: true }], '柳市')).toEqual([]);
  });
});
