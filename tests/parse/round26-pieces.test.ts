/**
 * Rules learnt from round 26 (after it was measured held out), on invented input with the negative cases: a question set
 * as a headline over its dashed 副题, rows of lists (a phone's name with digits, a name and the body one works for, a book's
 * rows), a span of time opening a section's text, an issue number beside its running total, a bracketed 要目 box, a contact
 * cut by the wrap, a list of entries each a name over its label：value rows.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { readPageInfo } from '../../src/parse/page.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';

const parse = (lines: string[]) => parseSeed(lines.join('\n'), { file: 'x.txt' } as never);
const headlines = (lines: string[]) => parse(lines).articles.map((a) => a.headline);
const HEADER = '第3版　民生　　　　　　　某某报　2021年3月12日　星期五';
/** A story before the block a test is about, as a page prints one. */
const STORY = ['某某镇古镇民宿国庆接待游客1.2万人次', '', '　　本报讯（记者 王一）国庆长假，某某镇古镇民宿接待游客1.2万人次，同比增长三成。', '', ''];

describe('a question set as a headline', () => {
  it('is the headline over its dashed 副题, not a paragraph', () => {
    const r = parse([HEADER, '', '', '门口的路灯为何三个月不亮？', '——某某街道督办一起群众投诉', '', '本报记者　王一', '', '　　家住某某社区的李阿姨反映，小区门口的路灯坏了三个月。街道接到投诉后，当天派人修复。']);
    expect(r.articles.map((a) => [a.headline, a.subheadline])).toEqual([['门口的路灯为何三个月不亮？', '——某某街道督办一起群众投诉']]);
  });
});

describe('rows of lists', () => {
  it('reads a phone row whose name holds digits as a row, not the title\'s 副题', () => {
    const r = parse([HEADER, '', '', '投诉举报电话', '全国12315热线　　　　12315', '某某市场监管所　　　0574-63771315', '某某消保委分会　　　0574-63708315']);
    expect(r.articles.map((a) => [a.headline, a.subheadline])).toEqual([['投诉举报电话', null]]);
  });

  it('reads a name beside the body one works for as a row of the list, not a title', () => {
    const names = parse([HEADER, '', '', ...STORY, '2021年某某镇劳动模范名单', '', '　　经各单位推荐，授予以下同志“劳动模范”称号。', '', '王建国　　某某纺织有限公司', '李　梅　　某某镇中心小学', '陈小军　　某某镇人民医院', '赵　刚　　某某机械厂', '', '', '职工之声', '', '我的第二故乡', '', '　　我是一名外来务工人员，2012年来到这里，一干就是7年。']);
    expect(names.articles.map((a) => a.headline)).toEqual([STORY[0], '2021年某某镇劳动模范名单', '我的第二故乡']);
  });

  it('reads a book\'s rows (title, author and part, publisher) as rows, the author no byline', () => {
    const books = parse([HEADER, '', '', ...STORY, '新书速递', '', '《山村纪事》　王建国　著', '某某出版社　2021年2月', '　　作者写家乡村落的散文38篇，文字朴素而有温度。', '', '《稻田里的小学》　沈　悦　著', '某某少年儿童出版社　2021年3月', '　　一所乡村小学的孩子们在稻田里上劳动课的故事。']);
    expect(books.articles.map((a) => [a.headline, a.byline.raw])).toEqual([[STORY[0], '本报讯（记者 王一）'], ['新书速递', null]]);
  });
});

describe('a span of time opening a section\'s text', () => {
  it('does not make the heading over it a story\'s title deep in a story, where 近日 still opens one', () => {
    const story = [HEADER, '', '', '一台织机前的二十六年', '——记某某镇劳动模范王建国', '', '本报记者　李二', '',
      '　　清晨7点，某某纺织有限公司的织造车间里，200多台织机齐声轰鸣。车间主任王建国沿着机台一排排走过去。', '',
      '技改路上当“领头雁”', '', '　　近年来，企业陆续引进新式织机，王建国带着徒弟们边学边干，先后完成技术革新14项。'];
    expect(headlines(story)).toEqual(['一台织机前的二十六年']);
    const brief = [...story.slice(0, -3), '', '', '某某镇开展燃气安全检查', '', '　　近日，某某镇联合燃气公司开展安全用气进万家活动，为居民免费检修灶具。'];
    expect(headlines(brief)).toEqual(['一台织机前的二十六年', '某某镇开展燃气安全检查']);
  });
});

describe('an issue number beside its running total, a bracketed 要目 box, a contact cut by the wrap', () => {
  it('keeps the running total set beside the number without brackets', () => {
    expect(readPageInfo(['第17期　总第203期　　　内部资料　免费交流']).number).toBe('第17期 总第203期');
  });

  it('reads a 【要　目】 box on a front page as page furniture', () => {
    const r = parse(['某　某　报', '中共某某镇委员会　某某镇人民政府　主办', '2018年9月14日　星期五', '第17期　总第203期　　内部资料　免费交流', '', '', '【要　目】', '◆ 竹林深处的“致富经”　　　2版', '◆ 首届农民丰收节开幕　　　3版', '', '', '某某镇白茶产业园开工建设', '', '　　本报讯（记者 王一）9月12日，某某镇白茶产业园开工建设，总投资3亿元。']);
    expect(r.furniture.map((f) => f.text)).toContain('【要　目】');
    expect(r.articles.map((a) => a.headline)).toEqual(['某某镇白茶产业园开工建设']);
  });

  it('keeps a contact closed by a full stop in the sentence the wrap cut', () => {
    const r = parse([HEADER, '', '', '便民提示', '1.梅雨季节请定期检查家中电线、插座。', '2.街道便民服务中心周末照常办公，咨询', '电话：0574-88901234。', '', '', '新闻热线：0574-88953210']);
    expect(r.articles.at(-1)!.blocks.map((b) => ('text' in b ? b.text : '')).join('')).toContain('咨询电话：0574-88901234。');
  });
});

describe('a list of entries, each a name over its label：value rows', () => {
  const ENTRIES = ['见山民宿', '地址：某某镇鹿山路18号', '电话：0574-65561818', '特色：清代三合院改建，8间客房，可体验手', '工豆腐制作。', '', '溪隐民宿', '地址：某某镇溪东路6号', '电话：13805847612', '特色：临溪而建，有露台和茶室。'];

  it('is one piece under the label over it, its entries no stories of their own', () => {
    expect(headlines([HEADER, '', '', ...STORY, '民宿推荐', '', ...ENTRIES, '', '', '某某镇举办民宿管家培训班', '', '　　本报讯（通讯员 叶一）10月15日，某某镇民宿管家培训班开班。'])).toEqual([STORY[0], '民宿推荐', '某某镇举办民宿管家培训班']);
  });

  it('leaves an ad\'s contact block (地址, 电话, 网址) as page furniture', () => {
    const r = parse([HEADER, '', '', '某某电气　品质成就未来', '地址：某某市某某工业区纬三路18号', '电话：0577-62791234', '网址：www.example.com']);
    expect(r.furniture.map((f) => f.text)).toContain('地址：某某市某某工业区纬三路18号');
  });

  it('keeps long titles over rows (关于…的建议) as pieces of their own', () => {
    expect(headlines([HEADER, '', '', '建议办理选登', '', '▶关于加快某某镇农村公路提档升级的建议', '领衔代表：周某（某某镇）', '办理单位：市交通运输局', '办理情况：已列入2020年计划，预计年底前通车。', '', '▶关于在城区增设老年助餐点的建议', '领衔代表：柴某（某某街道）', '办理单位：市民政局', '办理情况：今年已新建老年助餐点9个。'])).toHaveLength(2);
  });
});

describe('who acts, named by a noun, over what it did to a figure', () => {
  it('is one headline cut by the width, under any kicker over it', () => {
    const s = readHeadlineStack(['夏日送清凉到工地', '某某镇“职工驿站”', '服务工人三千余人次', '——镇总工会联合6家企业轮流值守']);
    expect([s!.kicker, s!.headline, s!.subheadline]).toEqual(['夏日送清凉到工地', '某某镇“职工驿站”服务工人三千余人次', '——镇总工会联合6家企业轮流值守']);
    expect(readHeadlineStack(['某某镇“老娘舅”调解室', '一年化解矛盾纠纷130余起'])!.headline).toBe('某某镇“老娘舅”调解室一年化解矛盾纠纷130余起');
  });

  it('leaves a headline that says what happened over its figures 副题', () => {
    const s = readHeadlineStack(['某某镇“共富工坊”开工', '总投资3000余万元']);
    expect([s!.headline, s!.subheadline]).toEqual(['某某镇“共富工坊”开工', '总投资3000余万元']);
  });
});
