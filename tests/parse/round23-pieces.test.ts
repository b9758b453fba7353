/**
 * Rules learnt from round 23 (after it was measured held out), on invented input with the negative cases: a front page's
 * weather line whose forecast holds a comma; a notice's numbered time row is no page header; an occasion drawing near
 * (中秋临近) is a kicker; a two-clause title under a one-word label; a two-character name ending in a body's word (胡科);
 * 摄影 opening a photographer's name.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/parse/byline.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { isPageHeader } from '../../src/parse/page.ts';

const parse = (lines: string[]) => parseSeed(lines.join('\n'), { seed: 't.txt', kind: 'news-page' });

describe('a front page\'s weather line', () => {
  const front = (weather: string) => [
    '青山报',
    '中共青山镇委员会　青山镇人民政府　主办',
    '第11期（总第386期）　　　　　　2018年6月8日　星期五',
    '内部资料　浙B准字第0217号',
    weather,
    '',
    '青山镇12个重大产业项目集中开工',
    '',
    '本报讯（记者 章敏）6月6日上午，青山镇第二季度重大产业项目集中开工仪式在镇工业园区举行。',
  ];
  it('is furniture even when its forecast holds a comma', () => {
    const r = parse(front('今日天气：多云到阴，午后局部有雷阵雨　22～30℃'));
    expect(r.articles.map((a) => a.headline)).toEqual(['青山镇12个重大产业项目集中开工']);
    expect(r.furniture.some((f) => f.text.startsWith('今日天气'))).toBe(true);
  });
  it('but a sentence under the masthead is no box', () => {
    const r = parse(front('今天，青山镇迎来了入夏以来的第一场雷阵雨。'));
    expect(r.furniture.some((f) => f.text.startsWith('今天'))).toBe(false);
  });
});

describe('a notice\'s numbered row that gives a date', () => {
  it('is no page header', () => {
    expect(isPageHeader('一、会议时间：2019年5月17日（星期五）')).toBe(false);
    expect(isPageHeader('会议时间：2019年5月17日（星期五）')).toBe(false);
  });
  it('but a header line with the date and weekday still is', () => {
    expect(isPageHeader('2019年5月15日　星期三　　责任编辑：潘丽君')).toBe(true);
  });
});

describe('an occasion drawing near, alone over a headline', () => {
  it('is the kicker', () => {
    const s = readHeadlineStack(['中秋临近', '东岙海鲜月饼走俏长三角'])!;
    expect([s.kicker, s.headline]).toEqual(['中秋临近', '东岙海鲜月饼走俏长三角']);
  });
});

describe('a two-clause title under a one-word label set apart', () => {
  it('is the piece\'s headline, the label its column', () => {
    const arts = parse([
      '青山镇表彰优秀志愿者',
      '',
      '本报讯（记者 章敏）12月5日，青山镇召开志愿服务总结会，表彰一批优秀志愿者。',
      '',
      '',
      '志愿者心声',
      '',
      '退休后，我穿上了“红马甲”',
      '',
      '　　2017年我从镇卫生院退休，刚开始在家带孙子、做家务，日子过得平淡，心里却总觉得空落落的。',
    ]).articles;
    expect(arts.map((a) => [a.headline, a.column])).toEqual([
      ['青山镇表彰优秀志愿者', null],
      ['退休后，我穿上了“红马甲”', '志愿者心声'],
    ]);
  });
});

describe('names in bylines', () => {
  it('a two-character name ending in a body\'s word (胡科) is a name, led by a surname', () => {
    expect(parseByline('通讯员 胡科 叶佳').correspondents).toEqual(['胡科', '叶佳']);
    expect(parseByline('（区农技推广中心 急诊科）').correspondents).toEqual([]);
  });
  it('摄影 before a name, past a credited name, opens the photographer\'s', () => {
    const b = parseByline('记者 竺海燕　摄影 孙亚军');
    expect([b.reporters, b.photographers]).toEqual([['竺海燕'], ['孙亚军']]);
    expect(parseByline('王敏 摄影').photographers).toEqual(['王敏']);
  });
});

describe('a notice\'s title run into its text after a poem', () => {
  const page = (title: string) => [
    '秋日青山',
    '',
    '□ 卢晓燕',
    '',
    '九月的风',
    '从东山上下来',
    '把青山的稻田',
    '一垄一垄地吹黄',
    '',
    '稻草人张开手臂',
    '守着一片金色',
    '',
    title,
    '本版常年刊登散文、诗歌、小小说等作品，尤其欢迎反映青山风土人情的稿件。来稿须原创首发，投稿请发至qsfk@163.com。',
  ];
  it('heads a notice of its own, no line of the poem', () => {
    const arts = parseSeed(page('青山副刊征稿').join('\n'), { seed: 't.txt', kind: 'literary-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['秋日青山', '青山副刊征稿']);
  });
});

describe('a headline stack whose first line is as wide as the page\'s column', () => {
  const page = (stack: string[]) => [
    ...stack,
    '',
    '本报讯（记者 章敏）六月六日上午，',
    '青山镇第二季度重大产业项目集中开',
    '工仪式在镇工业园区举行，此次开工',
    '的项目总投资三十八亿元，涵盖智能',
    '家电、汽车零部件、新材料等领域，',
    '全部建成投产后，预计年新增产值六',
    '十亿元，新增税收三亿元，带动就业。',
  ];
  it('is a stack, not prose running on', () => {
    const a = parse(page(['“小家电之乡”加快向智能制造转型', '青山镇十二个重大产业项目开工', '——总投资三十八亿元，达产后预计年新增产值六十亿元'])).articles[0]!;
    expect([a.kicker, a.headline]).toEqual(['“小家电之乡”加快向智能制造转型', '青山镇十二个重大产业项目开工']);
  });
  it('but a wrapped label row over its rest (附件：… / …) is still joined by the page\'s width', () => {
    const r = parse(['青山镇房屋征收决定公告', ''].concat(page([]).slice(1), ['', '附件：青山镇老街区块改造项目房屋征收', '补偿安置方案']));
    expect(JSON.stringify(r.articles)).toContain('青山镇老街区块改造项目房屋征收补偿安置方案');
  });
});
