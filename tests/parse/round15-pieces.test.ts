/**
 * Rules learnt from round 15 (after it was measured held out), on invented input with the negative cases: a dashed 副题
 * wrapped onto a second line, a signature closing a text before the next titled piece, a bar before a column label,
 * 文/图 before a role word, a letter-spaced page name in a header.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { parseByline } from '../../src/parse/byline.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { paperPlace, readPageInfo } from '../../src/parse/page.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2023-04-14' });

describe('a dashed 副题 wrapped by the column', () => {
  const page = (sub: string) =>
    `数字经济赋能产业融合\n青山镇一季度签约重大项目12个\n${sub}\n\n本报讯（记者 陈洁）4月12日上午，青山镇一季度重大项目集中签约活动举行，12个项目现场签约。\n\n此次签约的项目中，亿元以上项目9个，涉及新能源汽车零部件等领域。\n`;
  it('stays the stack\'s last line over the lead, commas and all', () => {
    const a = parse(page('——计划总投资86.4亿元，涵盖智能制造、数字\n贸易、现代物流等领域')).articles[0]!;
    expect([a.kicker, a.headline]).toEqual(['数字经济赋能产业融合', '青山镇一季度签约重大项目12个']);
    expect(a.subheadline).toBe('——计划总投资86.4亿元，涵盖智能制造、数字贸易、现代物流等领域');
  });
});

describe('a signature closing a text', () => {
  it('ends that text: the title after it heads a piece of its own', () => {
    const text = [
      '【侨胞心声】',
      '',
      '家乡的杨梅最甜',
      '',
      '每年六月，我都会托老家的亲戚寄一箱杨梅到米兰。意大利的超市里水果很多，可我总觉得比不上家乡的那一口甜。',
      '　　　　　　　　意大利侨胞　姚建国',
      '',
      '一碗年糕里的乡愁',
      '',
      '在马德里开餐馆十几年，店里最受欢迎的是我照着外婆的方子做的年糕。每次做糕，我都会想起老街上的桂花香。',
      '西班牙侨胞　沈美琴',
      '',
    ].join('\n');
    const arts = parse(text).articles;
    expect(arts.map((a) => a.headline)).toEqual(['家乡的杨梅最甜', '一碗年糕里的乡愁']);
    expect(arts.map((a) => a.byline.writers)).toEqual([['姚建国'], ['沈美琴']]);
  });
  it('leaves a reporter\'s follow-up label under a letter with the letter', () => {
    const text = '希望增开一班夜班公交\n\n编辑同志：\n我在青山镇上班，每天晚上九点下班后就没有公交车了，希望公交公司能增开一班夜班车，方便大家出行。\n读者　张建国\n\n记者追踪\n记者从公交公司了解到，公司正在开展客流调查，将视情况试开夜班车。\n';
    expect(parse(text).articles.map((a) => a.headline)).toEqual(['希望增开一班夜班公交']);
  });
});

describe('a column label behind a bar', () => {
  it('names the column without the bar', () => {
    const text = '青山镇老街改造完工\n\n本报讯（记者 周明远）近日，青山镇老街改造提升工程全面完工，沿街店铺陆续开门迎客。\n（记者 周明远）\n\n▍便民提示\n\n16路公交临时绕行\n因道路施工，自7月24日起，16路公交临时绕行青山路，恢复时间另行通知。\n';
    const last = parse(text).articles.at(-1)!;
    expect(last.column).toBe('便民提示');
  });
});

describe('文/图 before a role word', () => {
  it('gives the names after the role word that role, and the pictures', () => {
    expect(parseByline('文/图　本报记者　邵 萍')).toMatchObject({ reporters: ['邵萍'], photographers: ['邵萍'], writers: [] });
    expect(parseByline('文/图 黄金')).toMatchObject({ photographers: ['黄金'], writers: ['黄金'] });
  });
});

describe('a letter-spaced page name in a header line', () => {
  it('is closed up into one field', () => {
    expect(readPageInfo(['7　　　　　　　　　　　　侨　乡·统　战　　　　　　　　　　　　塘栖报'])).toMatchObject({ page: '7', pageName: '侨乡·统战' });
  });
});

describe('the paper\'s own place in a headline stack', () => {
  const stack = (ownPlace: string | null) => readHeadlineStack(['开工首周订单满到年中', '青山印刷包装企业开足马力赶生产'], ownPlace)!;
  it('reads a line opening with the place named by the paper\'s name as the headline, the line over it its kicker', () => {
    expect([stack('青山').kicker, stack('青山').headline]).toEqual(['开工首周订单满到年中', '青山印刷包装企业开足马力赶生产']);
    expect(readHeadlineStack(['伏季休渔送健康到码头', '青山街“渔港健康驿站”服务渔民两万余人次'], '青山街渔港')!.headline).toBe('青山街“渔港健康驿站”服务渔民两万余人次');
  });
  it('keeps the first line the headline when the page names no paper, or another place', () => {
    expect(stack(null).headline).toBe('开工首周订单满到年中');
    expect(stack('白石').headline).toBe('开工首周订单满到年中');
  });
  it('reads the paper\'s name off the header, not a page named …新闻', () => {
    expect(paperPlace(readPageInfo(['要闻　03　　　　LONGGANG NEWS　龙港新闻']))).toBe('龙港');
    expect(paperPlace(readPageInfo(['第2版  综合新闻      责任编辑：金雅雅']))).toBeNull();
    expect(paperPlace(readPageInfo(['沈家门渔港报　　　　　　06｜民生']))).toBe('沈家门渔港');
  });
});

describe('round 16: headers and stack lines', () => {
  it('reads a header whose fields are set apart by full-width slashes, and a date in Chinese numerals', () => {
    expect(readPageInfo(['要闻　03　　　　LONGGANG NEWS　龙港新闻', '2024.2.23／星期五／编辑：陈默　版式：叶菲'])).toMatchObject({ date: '2024-02-23', page: '3' });
    expect(readPageInfo(['06　　　　　　　　　农产品·直播间　　　　　　　　　　芙蓉新闻', '二〇二三年六月十四日　星期三　　　　责任编辑：周　洁　美编：陈小舟'])).toMatchObject({ date: '2023-06-14', page: '6' });
  });
  it('takes a range of numbers for one quantity, so a headline with an age range is no figures line', () => {
    const s = readHeadlineStack(['新河镇启动12至17岁人群新冠疫苗接种', '首日1860名学生完成接种'])!;
    expect([s.headline, s.subheadline]).toEqual(['新河镇启动12至17岁人群新冠疫苗接种', '首日1860名学生完成接种']);
  });
  it('never runs a line of two phrases set apart by a wide gap on into the line under it', () => {
    const text = '06　　　　农产品·直播间　　　　芙蓉新闻\n二〇二三年六月十四日　星期三　　责任编辑：周洁\n\n\n手机成了“新农具”　直播成了“新农活”\n青山镇“云端”杨梅季卖出1460万元\n——26个村开设直播间，带动1200余户果农增收\n\n本报记者　卢　婷\n\n6月12日晚上7点，青山镇东岙村的杨梅山脚下，一间由农家小屋改成的直播间里灯火通\n明。不到两个小时，直播间就卖出杨梅1.3万斤。\n';
    const a = parse(text).articles[0]!;
    expect([a.kicker?.replace(/\s+/gu, ' '), a.headline]).toEqual(['手机成了“新农具” 直播成了“新农活”', '青山镇“云端”杨梅季卖出1460万元']);
  });
});

describe('round 16: a question under a column label', () => {
  const page = (label: string) => `青山镇老年食堂开张\n\n本报讯（记者 周明远）近日，青山镇老年食堂开张，70周岁以上老人每餐只需付3元。\n\n\n${label}\n\n老年人助餐服务补助怎么领？\n\n1.补助对象：具有本市户籍、年满60周岁的老年人。\n2.申领方式：老人无需申请，由老年食堂按月汇总就餐记录。\n`;
  it('is the title of the piece under the label', () => {
    expect(parse(page('政策解读')).articles.map((a) => a.headline)).toContain('老年人助餐服务补助怎么领？');
  });
});

describe('round 16: a bracketed byline wrapped between two names', () => {
  it('reads the role that opened the second line as a role, not the end of the first name', () => {
    expect(parseByline('（记者　杨　帆通讯员　周　宇）')).toMatchObject({ reporters: ['杨帆'], correspondents: ['周宇'] });
    expect(parseByline('本报讯（全媒体记者 厉晓杭）')).toMatchObject({ reporters: ['厉晓杭'], correspondents: [] });
    expect(parseByline('特约通讯员 陈立 见习记者 王二')).toMatchObject({ reporters: ['王二'], correspondents: ['陈立'] });
  });
});

describe('round 16: a hotline column of marked questions', () => {
  const text = `青山镇新建三座便民驿站\n\n本报讯（记者 周明远）近日，青山镇三座便民驿站建成开放，为环卫工人提供饮水、休息等服务。\n\n\n民生热线\n热线电话：0574-65261234（工作日8:30—17:00）\n\n▶小区门口的减速带坏了没人管？\n　来电：青山镇金鹰花园居民周女士反映，小区南门外的减速带被大车压坏。\n　回复：镇建设办已联系养护单位，新的减速带将于本周内安装。\n\n▶冬季取暖补贴怎么申请？\n　来电：退休职工葛先生询问，今年的取暖补贴是否还发。\n　回复：镇社会事务办答复，补贴由各村统一摸排申报，无需个人申请。\n`;
  it('reads each marked question over its exchange as an item under the column (on a page read as news)', () => {
    const arts = parseSeed(text, { seed: 't.txt', date: '2023-12-15', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['青山镇新建三座便民驿站', '小区门口的减速带坏了没人管？', '冬季取暖补贴怎么申请？']);
    expect(arts[1]!.column).toBe('民生热线');
  });
});

describe('round 16: a box row cut by the wrap', () => {
  const box = '活动预告\n文旦花主题摄影展\n时间：4月24日—5月5日（每天9:00—17:00）\n地点：青山镇文化站一楼展厅\n内容：展出本土摄影爱好者拍摄的文旦花主题作\n品120余幅\n电话：0577-6271\n3366\n';
  it('keeps the rest of a row that filled its line, and a number cut between its digits, in the row', () => {
    // The story's lines are set as wide as the box's (21 characters): the row's line is a full one.
    const r = parse(`青山镇文化节开幕\n\n本报讯（记者 叶青）4月18日晚，青山镇第三\n届文旦花文化艺术节开幕，近千名群众观看了\n开幕式演出，现场还展出了本土摄影爱好者的\n作品。\n\n${box}`);
    const text = [...r.articles.flatMap((a) => a.body), ...r.furniture.map((f) => f.text)].join('\n');
    expect(text).toMatch(/文旦花主题作品120余幅/u);
    expect(text).toMatch(/0577-62713366/u);
  });
});
