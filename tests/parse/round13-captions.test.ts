/** Round 13's general rules for caption credits in other shapes and headline stacks, on invented input, with the negative cases. */
import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../src/parse/byline.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { PATTERNS } from '../../src/parse/constants.ts';
import { parseSeed } from '../../src/parse/index.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2021-06-04' }).articles;
const captions = (text: string) => parse(text).flatMap((a) => a.captions ?? []);

/** A story set in a narrow column, as a page prints it: lines of one width, wrapped. */
const wrap = (s: string) => s.match(/.{1,18}/gu)!;
const STORY = [...wrap('本报讯（记者 林小青）6月3日，某某镇举行夏季农产品展销会，吸引了周边县市的客商前来洽谈。'), '', ...wrap('据了解，本次展销会共设展位一百二十个，现场签约金额超过三千万元，为农户增收打开了新渠道。'), ''];

describe('caption credits in other shapes', () => {
  it('reads a letter-spaced bracketed credit at the end of a caption that names its picture, commas and all', () => {
    expect(splitCredit('上图：某某村大棚里，农户在采摘黄瓜。（李　明　摄）')).toMatchObject({ text: '上图：某某村大棚里，农户在采摘黄瓜。', credit: '李明' });
    expect(splitCredit('图为志愿者在河边，清理岸边垃圾。（记者 王小红 摄）')).toMatchObject({ credit: '王小红' });
  });
  it('still leaves a photo-news item with commas and no picture label to its own reading', () => {
    expect(splitCredit('6月3日，市民在公园里打太极，享受清晨的凉爽。（记者 徐丽 摄）')).toBeNull();
  });
  it('reads a bracketed 供图 or 图片由…提供 line alone as a credit line', () => {
    expect(PATTERNS.creditLine.test('（县农业农村局供图）')).toBe(true);
    expect(PATTERNS.creditLine.test('（图片由某某镇提供）')).toBe(true);
    expect(PATTERNS.creditLine.test('（下转第二版）')).toBe(false);
  });
  it('credits a caption with the bracketed 供图 line under it, not a story of its own', () => {
    const got = captions(['某某县开展农产品质量抽检', '', ...STORY, '图为执法人员在农贸市场抽检蔬菜。', '（县市场监管局供图）', ''].join('\n'));
    expect(got).toContainEqual(expect.objectContaining({ text: '图为执法人员在农贸市场抽检蔬菜。', credit: '县市场监管局' }));
  });
  it('reads a ▲ caption with commas and its bracketed credit on its line', () => {
    const got = captions(['某某镇举办夏季农产品展销会', '', ...STORY, '▲ 展销会现场，客商在挑选茶叶。（张明 摄）', ''].join('\n'));
    expect(got).toContainEqual(expect.objectContaining({ text: '展销会现场，客商在挑选茶叶。', credit: '张明' }));
  });
  it('reads a ▲ caption wrapped over two lines with its credit right-set on the line under it', () => {
    const got = captions(['某某镇举办夏季农产品展销会', '', ...STORY, '▲ 6月3日，某某镇客商在展销会现场挑', '选新鲜茶叶。', '　　　　　　　　　　　　通讯员　陈小东　摄', ''].join('\n'));
    expect(got).toContainEqual(expect.objectContaining({ text: '6月3日，某某镇客商在展销会现场挑选新鲜茶叶。', credit: '陈小东' }));
  });
});

describe('a kicker over a headline wrapped onto a third line', () => {
  const line = (text: string) => ({ text, bold: false, blankAfter: false, spaceAfter: false });
  it('measures the wrapped line whole against the short line over it: kicker and headline', () => {
    const s = readHeadlineStack(['聚力建设山区共富样板', '某某县与某某区签订新一轮山海协作', '结对帮扶协议'].map(line));
    expect(s?.kicker).toBe('聚力建设山区共富样板');
    expect(s?.headline).toBe('某某县与某某区签订新一轮山海协作结对帮扶协议');
    expect(s?.subheadline).toBeNull();
  });
  it('keeps a headline over a 副题 of about its length wrapped the same way', () => {
    const s = readHeadlineStack(['某某县新建一批共富工坊带动村民增收', '全县年内新增就业岗位', '一千余个'].map(line));
    expect(s?.kicker).toBeNull();
  });
});

describe('a day named by month·day in a kicker', () => {
  const line = (text: string) => ({ text, bold: false, blankAfter: false, spaceAfter: false });
  it('reads 3·15 as one name, not a figures line: the line stays the kicker over headline and dashed 副题', () => {
    const s = readHeadlineStack(['6·18年中促销季来临之际', '山城放心商户增至300家', '——去年调解纠纷120件　挽回损失8.5万元'].map(line));
    expect(s?.kicker).toBe('6·18年中促销季来临之际');
    expect(s?.headline).toBe('山城放心商户增至300家');
    expect(s?.subheadline).toBe('——去年调解纠纷120件　挽回损失8.5万元');
  });
  it('still reads two numbers with a plain dot as figures (3.15 万, 6.18 亿 are amounts)', () => {
    const s = readHeadlineStack(['某某县网购投诉量下降', '去年调解纠纷120件 挽回损失85户'].map(line));
    expect(s?.headline).toBe('某某县网购投诉量下降');
  });
});

describe('a column label opened by a travel column verb', () => {
  const ESSAY = [...wrap('出县城往西三十公里，就到了某某古镇。十月的古镇，溪水清清，山上的枫叶刚刚泛红。'), '', ...wrap('沿着溪边的老街慢慢走，烧饼的香味隔着几家店面就能闻到，老店的师傅说这是祖传的手艺。'), ''];
  it('reads 漫步某某 over an essay title as the column, not a kicker or a headline', () => {
    const [a] = parse(['漫步某某', '秋到古镇 溪山正好', '文/林小青', '', ...ESSAY].join('\n'));
    expect(a?.headline).toBe('秋到古镇 溪山正好');
    expect(a?.column).toBe('漫步某某');
    expect(a?.kicker ?? null).toBeNull();
  });
  it('keeps a longer line opened by the same verb as a title (漫步古镇看红枫)', () => {
    const [a] = parse(['漫步古镇看红枫', '文/林小青', '', ...ESSAY].join('\n'));
    expect(a?.headline).toBe('漫步古镇看红枫');
  });
});
