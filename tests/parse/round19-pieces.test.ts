/**
 * Rules learnt from round 19 (after it was measured held out), on invented input with the negative cases: headline lines
 * printed in reverse order, a line closing on a span of time, a short kicker over a figures headline, a column label printed
 * twice, a picture story under a label, a doubled character at a break.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { splitsWord } from '../../src/parse/pieces.ts';

const stack = (lines: string[], ownPlace: string | null = null) => {
  const s = readHeadlineStack(lines, ownPlace)!;
  return [s.kicker, s.headline, s.subheadline];
};

describe('headline lines printed in reverse order', () => {
  it('are one headline, subject first, with a warning', () => {
    const s = readHeadlineStack(['获温岭市见义勇为先进个人称号', '青山渔民陈阿土'], '青山')!;
    expect([s.kicker, s.headline, s.subheadline]).toEqual([null, '青山渔民陈阿土获温岭市见义勇为先进个人称号', null]);
    expect(s.warnings.join()).toContain('印反了次序');
    expect(stack(['入选省数字化改革“最佳应用”', '青山镇“青家园”智治平台'])).toEqual([null, '青山镇“青家园”智治平台入选省数字化改革“最佳应用”', null]);
  });
  it('leave a kicker over a headline that says what its subject did', () => {
    expect(stack(['获评省级美丽乡村精品村', '青山村：绿水青山变金山银山'])).toEqual(['获评省级美丽乡村精品村', '青山村：绿水青山变金山银山', null]);
    expect(stack(['迎来丰收季', '青山镇万亩杨梅喜获丰收'])).toEqual(['迎来丰收季', '青山镇万亩杨梅喜获丰收', null]);
  });
});

describe('a headline line closing on a span of time', () => {
  it('runs on into the predicate under it, figures and all', () => {
    expect(stack(['项目攻坚“百日赛”', '青山镇12个重点项目前三季度', '预计完成投资3.8亿元'])).toEqual(['项目攻坚“百日赛”', '青山镇12个重点项目前三季度预计完成投资3.8亿元', null]);
  });
});

describe('a short line over a figures line', () => {
  it('is the kicker of that headline', () => {
    expect(stack(['山水游持续走热', '青山钓台景区国庆假期接待游客5.6万人次'])).toEqual(['山水游持续走热', '青山钓台景区国庆假期接待游客5.6万人次', null]);
  });
  it('is the headline over a figures 副题 of two phrases', () => {
    expect(stack(['首批14个重大项目集中开工', '总投资86.5亿元 涵盖智能制造、新材料等领域'])).toEqual([null, '首批14个重大项目集中开工', '总投资86.5亿元 涵盖智能制造、新材料等领域']);
  });
});

describe('a column label printed twice, over a picture story', () => {
  const text = [
    '【聚焦一线】',
    '【聚焦一线】',
    '东湖街道“红色物业”解民忧',
    '文/图　本报记者　陆晓燕',
    '',
    '“楼道灯不亮了，在小程序上拍个照，第二天就有人来修。”家住东湖小区的张阿姨说起“红色物业”，连连点头。',
    '',
    '居民在小程序上报修。',
    '',
    '青山西瓜上市',
    '',
    '本报讯（记者 周明）6月5日，青山镇首批大棚西瓜上市，每斤售价4元左右。',
    '',
    '乍浦镇开展海上联合巡逻',
    '',
    '本报讯（通讯员 林晓）6月6日，乍浦镇联合海事部门开展海上联合巡逻。',
    '',
  ].join('\n');
  it('names the column once, for that story alone', () => {
    const arts = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.column)).toEqual(['聚焦一线', null, null]);
    expect(arts.slice(1).map((a) => a.kind)).toEqual(['news', 'news']);
  });
});

describe('a character on both sides of a break', () => {
  it('is no word cut by it (越建越大 / 大陈黄鱼…)', () => {
    const segment = (t: string) => (t === '越建越大大陈黄鱼' ? ['越', '建', '越', '大大', '陈', '黄鱼'] : [...t]);
    expect(splitsWord('越建越大', '大陈黄鱼', segment)).toBe(false);
    expect(splitsWord('大陈', '岛', (t) => (t === '大陈岛' ? ['大陈岛'] : [...t]))).toBe(true);
  });
});

describe('a results notice of titled tables', () => {
  const text = [
    '全民健身　　　　　　　青山新闻　　　　　　　第7版',
    '2016年10月28日　星期五　　责任编辑：沈佳敏',
    '',
    '',
    '青山镇第六届全民运动会开幕',
    '',
    '　　本报讯（记者 周明远）10月22日上午，青山镇',
    '第六届全民运动会在镇体育中心开幕，来自全镇',
    '32个村（社区）和单位的1200余名运动员参加开',
    '幕式。本届运动会设田径、拔河、门球等8个大项。',
    '',
    '',
    '青山镇第六届全民运动会',
    '田径比赛成绩公告',
    '',
    '　　10月22日至23日，青山镇第六届全民运动会',
    '田径比赛在镇体育中心举行。现将部分项目前三',
    '名成绩公告如下：',
    '',
    '男子100米（青年组）',
    '名次　姓名　　单位　　　　　　　　成绩',
    '1　　沈佳豪　城东社区　　　　　　11秒86',
    '2　　钱俊杰　青山镇机关事业单位　12秒03',
    '　　　　　　　联队',
    '3　　吴天宇　民利村　　　　　　　12秒11',
    '',
    '女子100米（青年组）',
    '名次　姓名　　单位　　　　　　　　成绩',
    '1　　朱晓雯　青山中学教工队　　　13秒42',
    '2　　潘　婷　横街社区　　　　　　13秒57',
    '3　　褚丽萍　青山皮草企业联',
    '　　　　　　　队　　　　　　　　　13秒88',
    '',
    '男子1500米（中年组）',
    '名次　姓名　　单位　　　　　　　　成绩',
    '1　　张卫东　五丰村　　　　　　　4分52秒6',
    '2　　孟建华　城东社区　　　　　　5分01秒3',
    '3　　沈国强　上莫村　　　　　　　5分06秒9',
    '',
    '女子跳远（青年组）',
    '名次　姓名　　单位　　　　　　　　成绩',
    '1　　陆佳怡　城北社区　　　　　　4.86米',
    '2　　钱　悦　民利村　　　　　　　4.71米',
    '3　　俞婷婷　青山镇机关事业单位　4.65米',
    '　　　　　　　联队',
    '',
    '男子铅球（老年组）',
    '名次　姓名　　单位　　　　　　　　成绩',
    '1　　高金荣　芝村村　　　　　　　9.82米',
    '2　　徐阿根　五丰村　　　　　　　9.47米',
    '3　　褚文龙　民利村　　　　　　　9.13米',
    '',
    '田径团体总分（前六名）',
    '1　　城东社区　　　　　　　　　　186分',
    '2　　民利村　　　　　　　　　　　164分',
    '3　　青山镇机关事业单位联队　　　151分',
    '4　　城北社区　　　　　　　　　　139分',
    '5　　五丰村　　　　　　　　　　　122分',
    '6　　上莫村　　　　　　　　　　　108分',
    '',
    '　　以上成绩如有异议，请于10月31日前以书面形',
    '式向竞赛委员会提出。',
    '　　　　　　　　　青山镇第六届全民运动会竞赛委员会',
    '　　　　　　　　　　　　　　　　　　裁判长：沈国平',
    '　　　　　　　　　　　　　　　　　　2016年10月24日',
    '',
  ].join('\n');
  const a = () => parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
  it('is one piece under its two-line title, each table under its own heading', () => {
    const arts = a();
    expect(arts.map((x) => x.headline)).toEqual(['青山镇第六届全民运动会开幕', '青山镇第六届全民运动会田径比赛成绩公告']);
    expect(arts[1]!.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''))).toEqual(['男子100米（青年组）', '女子100米（青年组）', '男子1500米（中年组）', '女子跳远（青年组）', '男子铅球（老年组）', '田径团体总分（前六名）']);
  });
  it('puts a row\'s wrapped rest back in its cell, and a spaced name in one cell', () => {
    const rows = a()[1]!.blocks.filter((b) => b.type === 'table').flatMap((b) => ('rows' in b ? b.rows : []));
    expect(rows).toContainEqual(['2', '钱俊杰', '青山镇机关事业单位联队', '12秒03']);
    expect(rows).toContainEqual(['3', '褚丽萍', '青山皮草企业联队', '13秒88']);
    expect(rows).toContainEqual(['3', '俞婷婷', '青山镇机关事业单位联队', '4.65米']);
    expect(rows).toContainEqual(['2', '潘婷', '横街社区', '13秒57']);
  });
  it('signs it with the organ, its officer and the date, one a line', () => {
    const sig = a()[1]!.blocks.find((b) => b.type === 'signature');
    expect(sig && 'lines' in sig ? sig.lines : null).toEqual(['青山镇第六届全民运动会竞赛委员会', '裁判长：沈国平', '2016年10月24日']);
  });
  it('keeps a contact row above a one-organ 落款 in the text', () => {
    const notice = '青山镇老年大学招生\n\n　　本学期开设书法、国画等课程，欢迎报名。\n报名时间：即日起至12月20日\n联系电话：0577-62345678\n　　　　　　　　青山镇老年大学\n　　　　　　　　2013年10月8日\n';
    const sig = parseSeed(notice, { seed: 't.txt', kind: 'news-page' }).articles[0]!.blocks.find((b) => b.type === 'signature');
    expect(sig && 'lines' in sig ? sig.lines : null).toEqual(['青山镇老年大学', '2013年10月8日']);
  });
});

describe('a page header with a slogan between its fields', () => {
  it('reads the 版名 and 版次 past the slogan, and keeps a dotted 版名 beside the paper\'s', async () => {
    const { readPageInfo } = await import('../../src/parse/page.ts');
    const info = (t: string) => {
      const i = readPageInfo([t]);
      return [i.page, i.pageName];
    };
    expect(info('清明·缅怀　　　　　　缅怀革命先烈　赓续红色血脉　　　　　　　　4')).toEqual(['4', '清明·缅怀']);
    expect(info('青山镇讯 | 文化·非遗 | 第4版')).toEqual(['4', '文化·非遗']);
  });
});
