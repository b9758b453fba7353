/** Round 12's general rules for front pages, short items and tables, on invented input of the same shapes. */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { parseByline } from '../../src/parse/byline.ts';

const MASTHEAD = '青　溪\nQINGXI\n中共某某县青溪镇委员会　青溪镇人民政府　主办\n2022年9月9日　星期五　农历壬寅年八月十四\n总第128期　今日4版　内部资料　免费交流';
const LEAD = '推进全域整治 擦亮山水底色和生态名片\n青溪镇农村生活污水\n治理实现全覆盖\n\n本报记者 柯一帆 通讯员 郑雨\n\n9月5日，记者在青溪镇上塘村看到，新建的污水处理终端运行平稳，出水清澈。今年以来，全镇新建管网86公里。\n';
const furnitureText = (r: ReturnType<typeof parseSeed>) => r.furniture.map((f) => f.text);

describe('front-page boxes between the masthead and the lead story', () => {
  it('reads a contents box of pointers (a marker or none, a page and a 版名·title), a weather line and a slogan couplet as furniture', () => {
    const top = '今日天气　晴　20℃～29℃　北风1～2级\n\n今日导读\n▶2版　溪畔步道今起开放\n3版　文苑·秋到石门岭\n\n山水青溪迎客来　实干争先谱新篇';
    const r = parseSeed(`${MASTHEAD}\n\n${top}\n\n${LEAD}`, { seed: 't.txt' });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.headline).not.toMatch(/版|迎客来/u);
    expect(furnitureText(r)).toEqual(expect.arrayContaining(['今日天气　晴　20℃～29℃　北风1～2级', '今日导读', '▶2版　溪畔步道今起开放', '3版　文苑·秋到石门岭', '山水青溪迎客来　实干争先谱新篇']));
  });
  it('reads an ear box (报眼) and the honorific banner and weather line set under it as furniture, no article', () => {
    const top = '报眼\n中国竹编之乡 · 中国茶叶之乡\n今日天气　多云　12℃—21℃';
    const r = parseSeed(`${MASTHEAD}\n\n${top}\n\n${LEAD}`, { seed: 't.txt' });
    expect(r.articles).toHaveLength(1);
    expect(furnitureText(r)).toEqual(expect.arrayContaining(['报眼', '中国竹编之乡 · 中国茶叶之乡', '今日天气　多云　12℃—21℃']));
  });
  it('keeps a couplet set right over the story text as its headline', () => {
    const r = parseSeed(`${MASTHEAD}\n\n守护绿水青山　建设美丽家园\n\n本报讯 9月5日，青溪镇召开生态环境整治推进会，部署下一阶段工作。\n`, { seed: 't.txt' });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.headline).toContain('守护绿水青山');
  });
});

describe('short items split from the text they were set in', () => {
  const HEADER = '第3版　城乡动态　2022年6月10日　星期五\n责任编辑：许一\n';
  it('reads each run-in place item of a 短波 column (某某乡：text, set tight) as a brief headed by the place, signed by its bracketed name', () => {
    const column = '乡镇速递\n石塘乡：6月6日，石塘乡举办夏季农技培训会，\n120余名农户参加。（洪小梅）\n溪口街道：近日，溪口街道新建\n口袋公园3处，方便居民休闲。（姚杰）\n';
    const story = '溪口街道开出首家共享菜园\n\n本报讯 近日，溪口街道首家共享菜园开园，30户居民认领了菜地。\n';
    const r = parseSeed(`${HEADER}\n${story}\n${column}`, { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['溪口街道开出首家共享菜园', '石塘乡', '溪口街道']);
    expect(r.articles.slice(1).map((a) => a.column)).toEqual(['乡镇速递', '乡镇速递']);
    expect(r.articles[2]!.byline?.reporters).toEqual(['姚杰']);
    expect(r.articles[1]!.body.join('')).toBe('6月6日，石塘乡举办夏季农技培训会，120余名农户参加。');
  });
  it('keeps a headline of a place, a colon and a title (no comma after it) whole', () => {
    const page = '石塘乡：竹林深处民宿兴\n\n本报讯 近日，石塘乡竹林民宿迎来客流高峰。\n\n溪口街道：口袋公园添新绿\n\n本报讯 近日，溪口街道新建口袋公园3处。\n';
    const r = parseSeed(`${HEADER}\n${page}`, { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['石塘乡：竹林深处民宿兴', '溪口街道：口袋公园添新绿']);
  });
});

describe('marked briefs and a question-titled piece under a column label', () => {
  const HEADER = '第4版　教育　2022年11月4日　星期五\n责任编辑：方一\n';
  it('splits a marked title that fills its line from the dated text it was run into', () => {
    const items = '【校园】\n◎城南小学举办秋季田径运动会\n10月28日,城南小学秋季田径运动会开\n幕,900余名学生参加跑步、跳远等\n8个项目比赛。(通讯员 吴平)\n◎溪北初中“小小气象员”小组获奖\n近日,在全省中小学科技节展评活动\n中,溪北初中“小小气象员”小组获一\n等奖。\n';
    const r = parseSeed(`${HEADER}\n${items}`, { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城南小学举办秋季田径运动会', '溪北初中“小小气象员”小组获奖']);
  });
  it('reads a short question over a □ byline as a piece of its own under its column label', () => {
    const page = '城南小学开展消防演练\n\n本报讯 近日，城南小学组织师生开展消防疏散演练。\n\n成长课堂\n孩子写作业拖拉怎么办？\n□ 城南小学　钱晓梅\n\n不少家长说孩子写作业总要磨到很晚。我的建议是先定时间，再定任务。\n';
    const r = parseSeed(`${HEADER}\n${page}`, { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城南小学开展消防演练', '孩子写作业拖拉怎么办？']);
    expect(r.articles[1]!.column).toBe('成长课堂');
  });
});

describe('a page header\'s credit line', () => {
  it('names the page by the name beside its number, not the paper\'s (…报) on the other side, and drops a paper\'s name set before it with a dot', () => {
    const story = '\n\n溪口镇老街改造完工\n\n本报讯（记者 吴一帆）3月8日，溪口镇老街改造工程完工，沿街68户商铺重新开张。\n';
    expect(parseSeed(`文化·旅游　7　溪城报　2023年3月10日　星期五　责任编辑：许敏${story}`, { seed: 't.txt' }).page).toMatchObject({ page: '7', pageName: '文化·旅游' });
    expect(parseSeed(`溪口新闻·农业　　　06　　　2023/03/10　周五　　编辑 许晓敏${story}`, { seed: 't.txt' }).page).toMatchObject({ page: '6', pageName: '农业' });
  });
  it('reads a header whose credits are bare role words before their names and a hotline before its number', () => {
    const r = parseSeed('溪口新闻·社会　　　05　　　2023/03/10　周五　　编辑 许晓敏　美编 林丽　热线 0571-6012345\n\n溪口镇老街改造完工\n\n本报讯（记者 吴一帆）3月8日，溪口镇老街改造工程完工，沿街68户商铺重新开张。\n', { seed: 't.txt' });
    expect(r.page).toMatchObject({ date: '2023-03-10', page: '5', pageName: '社会' });
    expect(r.articles.map((a) => a.headline)).toEqual(['溪口镇老街改造完工']);
    expect(r.articles[0]!.byline?.reporters).toEqual(['吴一帆']);
  });
  it('reads a credit line opened by the chief editor (主编：…　责任编辑：…) as furniture, no untitled article', () => {
    const r = parseSeed('溪城　社会·法治　第5版　2021年8月6日（星期五）\n主编：柯一鸣　责任编辑：范丽　校对：吴冰\n\n城南社区办起“四点半课堂”\n\n本报讯 近日，城南社区在文化礼堂办起“四点半课堂”，40余名孩子放学后有了去处。\n', { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城南社区办起“四点半课堂”']);
    expect(r.furniture.map((f) => f.text)).toContain('主编：柯一鸣　责任编辑：范丽　校对：吴冰');
  });
});

describe('tables inside a story', () => {
  const HEADER = '第6版　体育　2022年5月13日　星期五\n责任编辑：林一\n';
  it('keeps a results table under its title inside the story, and a table cut by the page foot with （续表） and its header repeated', () => {
    const story = [
      '溪口镇队夺得全县气排球赛冠军', '', '本报讯（记者 赵小川）5月8日，全县气排球联赛在溪口镇体育馆闭幕，', '24支队伍参赛。', '',
      '冠亚军决赛成绩', '溪口镇队　2∶1　石塘乡队', '城南街道队　2∶0　北山镇队', '',
      '“队员们都是利用下班时间练球的。”溪口镇队队长说。', '',
      '各组积分前五名', '名次　队伍　　　　积分', '1　　溪口镇队　　15', '2　　石塘乡队　　12', '3　　北山镇队　　10', '',
      '溪城报　　　　　　　　　　— 6 —', '2022年5月13日　星期五　第7版　体育　责任编辑：林一', '',
      '（续表）', '名次　队伍　　　　积分', '4　　城南街道队　8', '5　　东溪乡队　　6', '',
      '据悉，明年联赛将增设女子组，参赛队伍有望突破30支。', '',
    ].join('\n');
    const r = parseSeed(`${HEADER}\n${story}`, { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['溪口镇队夺得全县气排球赛冠军']);
    expect(r.articles[0]!.body.join('')).toContain('东溪乡队');
    expect(r.furniture.map((f) => f.text)).toContain('（续表）');
  });
});

describe('a lead whose reporter opens the sentence', () => {
  it('reads 本报讯 记者从…获悉 as the text, not a byline naming 从…', () => {
    const r = parseSeed('第2版　要闻　2021年3月5日　星期五\n\n北山镇春季招聘会下周举行\n\n本报讯　记者从北山镇人力社保站获悉，春季招聘会将于3月12日举行。（记者 吴小川）\n', { seed: 't.txt' });
    expect(r.articles[0]!.byline?.reporters).toEqual(['吴小川']);
    expect(r.articles[0]!.body.join('')).toContain('记者从北山镇人力社保站获悉');
  });
});

describe('bylines', () => {
  it('credits the pictures to a role-worded name after 图/ (图/通讯员 某某), as well as its role', () => {
    const b = parseByline('文/本报记者 何小川　图/通讯员 林向东');
    expect(b).toMatchObject({ reporters: ['何小川'], correspondents: ['林向东'], photographers: ['林向东'] });
  });
  it('splits two names the wrap ran together at the second one\'s surname (（通讯员 许丹 / 张晓明） → 许丹张晓明)', () => {
    expect(parseByline('（通讯员 许丹张晓明）').correspondents).toEqual(['许丹', '张晓明']);
  });
});

describe('front-page boxes of other shapes', () => {
  it('reads a dot-joined honorific banner over the lead, and a 看点 box of pointers, as furniture', () => {
    const top = '中国竹席之乡 · 中国毛竹之乡\n\n今日看点\n▶2版　山村夜校开课啦\n▶3版　溪畔又见白鹭飞';
    const r = parseSeed(`${MASTHEAD}\n\n${top}\n\n${LEAD}`, { seed: 't.txt' });
    expect(r.articles).toHaveLength(1);
    expect(furnitureText(r)).toEqual(expect.arrayContaining(['中国竹席之乡 · 中国毛竹之乡', '今日看点', '▶2版　山村夜校开课啦', '▶3版　溪畔又见白鹭飞']));
  });
});
