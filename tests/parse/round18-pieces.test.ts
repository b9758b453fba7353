/**
 * Rules learnt from round 18 (after it was measured held out), on invented input with the negative cases: page headers in
 * more shapes (a 版名 between ■ marks or after its number, the paper's name beside the page's, a letter-spaced 版名 after
 * the page tag, a bare credit word before the editor's name) and a 版次 printed only in the folio.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { footFolio, readPageInfo } from '../../src/parse/page.ts';

const info = (...lines: string[]) => {
  const i = readPageInfo(lines);
  return [i.page, i.pageName];
};

describe('a page header', () => {
  it('reads a 版名 between ■ marks, or set after its number before the paper\'s name', () => {
    expect(info('■换届选举专版■　　　　　　　　　　3')).toEqual(['3', '换届选举专版']);
    expect(info('青山报 ■ 经济 ■ 03')).toEqual(['3', '经济']);
    expect(info('02　综合　　　　　　　　　　　今日青山')).toEqual(['2', '综合']);
  });
  it('takes the name that is not the paper\'s, on either side of the tag', () => {
    expect(info('文化·摄影　　　　　　青山新闻　　　　　　第4版')).toEqual(['4', '文化·摄影']);
    expect(info('图片新闻　第4版')).toEqual(['4', '图片新闻']);
    expect(info('青山日报　2012年6月8日　第7版', '招生考试　　责任编辑：郑丽萍')).toEqual(['7', '招生考试']);
  });
  it('closes up a letter-spaced 版名 after the page tag', () => {
    expect(info('第2版　　　　　　　　要　闻　　　　　　　　')).toEqual(['2', '要闻']);
  });
  it('lets a 版名 after the date replace the paper\'s name read off the line above', () => {
    expect(info('青　山　新　闻　　　　　　　　04版', '2017年9月22日　星期五　　旧城改造　　　　　责任编辑：钮丽娟')).toEqual(['4', '旧城改造']);
  });
  it('never takes the editor named after a bare credit word for the 版名', () => {
    expect(info('青山新闻　2021年11月12日　星期五　　责任编辑　吴雪萍　　版式　钟　丽')[1]).toBeNull();
  });
});

describe('the folio', () => {
  const pieces = (...texts: [string | null, string][]) => texts.map(([kind, text]) => ({ kind, text }));
  it('gives the 版次 when it is the page\'s one dashed folio', () => {
    expect(footFolio(pieces(['page-number', '— 3 —']))).toBe('3');
    expect(footFolio(pieces(['page-number', '青山镇党政办公室编印　　　　　— 02 —']))).toBe('2');
  });
  it('gives none for two folios that disagree, or a bare number', () => {
    expect(footFolio(pieces(['page-number', '— 2 —'], ['page-number', '— 3 —']))).toBeNull();
    expect(footFolio(pieces(['page-number', '3'], [null, '— 3 —']))).toBeNull();
  });
  it('fills the 版次 of a header that prints none', () => {
    const text = '2018年10月12日　星期五　　本版编辑：皇甫芳\n\n青山镇开展防汛演练\n\n本报讯（通讯员 林晓）7月12日，青山镇在东岙水库开展防汛应急演练。\n\n— 2 —\n';
    expect(parseSeed(text, { seed: 't.txt' }).page?.page).toBe('2');
  });
});

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2019-12-13' });

describe('a table with its own title inside a story', () => {
  it('stays in the story when its source note stands under its rows', () => {
    const text = [
      '青山镇上半年规上工业产值增长13.8%',
      '',
      '本报讯（记者 叶雯雯）7月16日，记者从镇上半年经济运行分析会上获悉，今年1—6月，全镇实现规上工业总产值6.42亿元。',
      '',
      '青山镇2024年上半年主要经济指标',
      '指　标　　　　　　　　　数　值　　　　同比增长',
      '规上工业总产值　　　　　6.42亿元　　　13.8%',
      '固定资产投资　　　　　　2.18亿元　　　21.4%',
      '数据来源：青山镇统计站',
      '',
      '项目投资成为拉动增长的重要力量。上半年，全镇实施500万元以上工业技改项目9个。',
      '',
    ].join('\n');
    const arts = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['青山镇上半年规上工业产值增长13.8%']);
    expect(arts[0]!.blocks.some((b) => b.type === 'table')).toBe(true);
  });
});

describe('a photo contest\'s works and prize list', () => {
  const text = [
    '第三届“青山杯”摄影大赛揭晓',
    '',
    '　　本报讯（记者 叶舒婷）12月8日，第三届“青山杯”摄影大赛评审结果揭晓，叶建新的《古堰晨曦》获得一等奖。',
    '　　本版选登部分获奖作品，以飨读者。',
    '',
    '',
    '《古堰晨曦》',
    '晨雾中，一位老人撑着竹筏从古堰',
    '拱形大坝前缓缓划过。',
    '叶建新　摄',
    '',
    '《晒秋》',
    '东岙村村民在老屋前晾晒辣椒、玉米和番薯干。',
    '吴美华　摄',
    '',
    '',
    '第三届“青山杯”摄影大赛获奖名单',
    '',
    '　　经评委会评审，现将获奖名单公布如下：',
    '一等奖（1名）',
    '《古堰晨曦》　　　叶建新（莲都）',
    '二等奖（2名）',
    '《稻浪千重》　　　周海燕（缙云）',
    '《晒秋》　　　　　吴美华（莲都）',
    '　　　　　　　　青山镇人民政府',
    '　　　　　　　　2019年12月10日',
    '',
  ].join('\n');
  it('reads each work as one caption, its title first, credited', () => {
    const a = parse(text).articles[0]!;
    expect(a.captions.map((c) => [c.text, c.credit])).toEqual([
      ['《古堰晨曦》晨雾中，一位老人撑着竹筏从古堰拱形大坝前缓缓划过。', '叶建新'],
      ['《晒秋》东岙村村民在老屋前晾晒辣椒、玉米和番薯干。', '吴美华'],
    ]);
  });
  it('reads the prize list as one piece: its prize labels are groups of its table, not titles', () => {
    const arts = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['第三届“青山杯”摄影大赛揭晓', '第三届“青山杯”摄影大赛获奖名单']);
    expect(arts[1]!.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''))).toEqual(['一等奖（1名）', '二等奖（2名）']);
    const rows = arts[1]!.blocks.filter((b) => b.type === 'table').flatMap((b) => ('rows' in b ? b.rows : []));
    expect(rows).toContainEqual(['《晒秋》', '吴美华（莲都）']);
  });
});

describe('a paragraph\'s indented first line that stops mid-word', () => {
  it('runs on into the next line, in a group with a table\'s wide rows too', () => {
    const text = [
      '青山镇摄影大赛获奖名单',
      '',
      '　　经评委会评审，现将第三届“青山杯”摄',
      '影大赛获奖名单公布如下：',
      '一等奖（1名）',
      '《古堰晨曦》　　　叶建新（莲都）',
      '二等奖（2名）',
      '《稻浪千重》　　　周海燕（缙云）',
      '《千年水脉》　　　陈立群（青田）',
      '优秀奖（4名）',
      '《村口》　潘丽君（莲都）　　《水碓》　林志勇（松阳）',
      '《归途》　何雨婷（莲都）　　《老樟》　金伟民（金华）',
      '　　获奖作品将于12月16日至31日在青山镇文化',
      '中心展出，欢迎市民前往观展。',
      '　　　　　　　　青山镇人民政府　青山镇摄影家协会',
      '　　　　　　　　　　　　　　　2019年12月10日',
      '',
    ].join('\n');
    const paras = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles[0]!.blocks.filter((b) => b.type === 'paragraph').map((b) => ('text' in b ? b.text : ''));
    expect(paras).toEqual(['经评委会评审，现将第三届“青山杯”摄影大赛获奖名单公布如下：', '获奖作品将于12月16日至31日在青山镇文化中心展出，欢迎市民前往观展。']);
  });
  it('keeps an indented heading apart from the prose under it', () => {
    const text = '青山镇防汛工作方案\n\n　　一、总体要求\n全镇上下要把防汛工作摆在突出位置，落实各项措施。\n';
    const blocks = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles[0]!.blocks;
    expect(blocks.some((b) => 'text' in b && b.text === '一、总体要求全镇上下要把防汛工作摆在突出位置，落实各项措施。')).toBe(false);
  });
});

describe('label：value rows under a numbered section of a notice', () => {
  it('stay the notice\'s text when a row wraps past a box row\'s length', () => {
    const text = [
      '关于2019青山古镇半程马拉松赛期间',
      '实行临时交通管制的通告',
      '',
      '　　为确保2019青山古镇半程马拉松赛安全、顺利进行，',
      '根据《中华人民共和国道路交通安全法》第三十九条之',
      '规定，青田县公安局交通警察大队决定在比赛期间对部',
      '分道路实行临时交通管制。现将有关事项通告如下：',
      '　　一、管制时间和路段',
      '　　（一）起点区域',
      '　　管制时间：2019年11月10日5:00至8:30',
      '　　管制路段：仙潭路（北昌路口至觉海路口）',
      '　　（二）赛道沿线',
      '　　管制时间：2019年11月10日6:30至11:00',
      '　　管制路段：觉海路、蓉溪路、东升路、北昌路、新',
      '市大道（宋市路口至练市塘桥）',
      '　　（三）终点区域',
      '　　管制时间：2019年11月10日6:30至12:00',
      '　　管制路段：宋市路（仙潭路口至西河口）',
      '　　二、管制期间，除执行任务的警车、消防车、救护',
      '车、工程救险车和持有赛事组委会核发通行证件的车辆',
      '外，其他车辆禁止驶入管制路段。行人应服从现场执勤',
      '民警和工作人员的指挥，不得进入赛道。',
      '　　三、管制期间，途经青山镇区的过境车辆请提前绕',
      '行304省道、新武公路等道路。',
      '　　四、赛道沿线单位和居民请合理安排出行，机动车',
      '请于11月9日22时前驶离管制路段，逾期未驶离的车辆',
      '将依法拖移。',
      '　　五、管制时间将根据比赛实际进程适时调整，各路',
      '段在最后一名选手通过、赛道清理完毕后即恢复通行。',
      '　　特此通告。',
      '',
      '　　　　　　　　　　　　　青田县公安局交通警察大队',
      '　　　　　　　　　　　　　　　　　2019年11月5日',
      '',
    ].join('\n');
    const arts = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['关于2019青山古镇半程马拉松赛期间实行临时交通管制的通告']);
    expect(arts[0]!.blocks.some((b) => 'text' in b && typeof b.text === 'string' && b.text.startsWith('管制时间：2019年11月10日6:30至11:00'))).toBe(true);
  });
});
