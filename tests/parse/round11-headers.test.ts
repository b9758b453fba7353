/** Round 11's general rules (page headers read by their fields, headline stacks), on invented input of the same shapes. */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { readHeadlineStack, restoreTitleQuotes } from '../../src/parse/headline.ts';
import { readHeaderFields } from '../../src/parse/page.ts';

const story = (headline: string) => `${headline}\n\n本报讯 近日，城关镇组织志愿者走进社区，为老人义务理发、量血压，受到居民欢迎。\n`;
const pageOf = (header: string) => parseSeed(`${header}\n\n${story('城关镇志愿者进社区服务')}`, { seed: 't.txt' });

describe('page headers read by their fields', () => {
  it('reads a header of fields in any order: bare page number, page name, date without weekday, credits', () => {
    const r = pageOf('5　文化生活　2021年11月3日　责任编辑：周丽　校对：吴一');
    expect(r.page).toMatchObject({ date: '2021-11-03', page: '5', pageName: '文化生活' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城关镇志愿者进社区服务']);
  });
  it('reads the fields in another order, the number after the name and a weekday joined to the date', () => {
    const r = pageOf('编辑：钱一　　2020年6月9日星期二　　民生　07');
    expect(r.page).toMatchObject({ date: '2020-06-09', page: '7', pageName: '民生' });
  });
  it('reads a short page name and number set one space apart at the top as the header', () => {
    const r = pageOf('2018年3月2日　星期五\n要闻 3\n责任编辑：陈明');
    expect(r.page).toMatchObject({ page: '3', pageName: '要闻' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城关镇志愿者进社区服务']);
  });
  it('reads the page name on the line under the header when contact credits follow the editor', () => {
    const r = pageOf('2020年5月8日　星期五　　　第6版\n钱塘副刊　　　　本版编辑：林小雨　电话：86001234');
    expect(r.page).toMatchObject({ date: '2020-05-08', page: '6', pageName: '钱塘副刊' });
  });
  it('reads fields whose digits are set full-width', () => {
    expect(readHeaderFields('６　体育　２０１９年３月１日')?.map((f) => f.kind)).toEqual(['page', 'name', 'date']);
  });
  it('reads a dotted date with its weekday in brackets, a page tag in Chinese numerals and a credit without a colon', () => {
    const r = pageOf('2023.10.6（星期五）　第十二版　　乡风文明　　责编　王丽');
    expect(r.page).toMatchObject({ date: '2023-10-06', page: '12', pageName: '乡风文明' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城关镇志愿者进社区服务']);
  });
  const variants: [string, Record<string, string | null>][] = [
    ['3版　田园风光　　责任编辑：赵敏', { page: '3', pageName: '田园风光' }],
    ['B4　　财经　　2021-07-02', { date: '2021-07-02', page: 'B4', pageName: '财经' }],
    ['06　法治　　编辑/孙强', { page: '6', pageName: '法治' }],
    ['民生·5', { page: '5', pageName: '民生' }],
    ['8 | 健康生活 | 2019/11/20', { date: '2019-11-20', page: '8', pageName: '健康生活' }],
  ];
  for (const [header, info] of variants) {
    it(`reads ${header} at the top and at the foot of a page`, () => {
      expect(pageOf(header).page).toMatchObject(info);
      expect(parseSeed(`${story('城关镇志愿者进社区服务')}\n${header}\n`, { seed: 't.txt' }).page).toMatchObject(info);
    });
  }
  it('does not read the rows of a table at the top of a page as headers', () => {
    const r = parseSeed('2021年度白沙镇优秀河长名单\n\n1　陈明　白沙村\n2　林芳　南塘村\n3　吴刚　西岙村\n', { seed: 't.txt' });
    expect(r.page).toBeNull();
  });
  it('reads an issue line with its page count and a 总第 number', () => {
    expect(readHeaderFields('第56期　2020年8月7日　星期五　本期8版')?.map((f) => f.kind)).toEqual(['issue', 'date', 'weekday', 'issue']);
    expect(pageOf('总第2048期　　2019年12月6日').page).toMatchObject({ date: '2019-12-06', number: '总第2048期' });
  });
  it('does not read a sign-off, a headline or a sentence as a header', () => {
    expect(readHeaderFields('城关镇人民政府　2023年3月21日')).toBeNull();
    expect(readHeaderFields('城关镇志愿者进社区服务')).toBeNull();
    expect(readHeaderFields('3月2日，城关镇召开会议　2023年3月2日')).toBeNull();
    expect(readHeaderFields('新闻热线：0571-1234567　投稿邮箱：a@b.com')).toBeNull();
  });
  it('reads a 版次 printed with a leading zero as the page number, whichever field gives it', () => {
    expect(pageOf('第03版　文体　2020年8月4日　星期二').page?.page).toBe('3');
    expect(pageOf('07｜民生｜2020年8月4日　星期二｜责编 周丽').page?.page).toBe('7');
  });
  it('never reads a jump line (（上接第1版）) as the page header: its number is another page\'s, and the story under it goes on', () => {
    const text = `${story('城关镇志愿者进社区服务')}\n桃源村古桥修缮完工\n（上接第1版）\n修缮后的古桥恢复了原有的石拱结构，村民出行更加方便。\n\n05｜社会｜2021年3月2日　星期二｜责编 周丽\n`;
    const r = parseSeed(text, { seed: 't.txt' });
    expect(r.page?.page).toBe('5');
    expect(r.articles.map((a) => a.headline)).toEqual(['城关镇志愿者进社区服务', '桃源村古桥修缮完工']);
  });
});

describe('lost quotation marks in titles', () => {
  it('never quotes a number set apart after a name, but still quotes one character talked about', () => {
    expect(restoreTitleQuotes('体育 5', false)).toEqual({ text: '体育 5', restored: false });
    expect(restoreTitleQuotes('文化广场 12', true).restored).toBe(false);
    expect(restoreTitleQuotes('说说仁爱的 仁', false)).toEqual({ text: '说说仁爱的“仁”', restored: true });
  });
  it('never quotes a number opening a line after a lost mark\'s space, but still a term', () => {
    expect(readHeadlineStack([{ text: '2024 年度最美庭院', bold: false, blankAfter: false, spaceBefore: true }])?.headline).toBe('2024 年度最美庭院');
    expect(readHeadlineStack([{ text: '小小讲解员 上岗记', bold: false, blankAfter: false, spaceBefore: true }])?.headline).toBe('“小小讲解员”上岗记');
  });
});

describe('headline stacks of three lines over a dashed subheadline', () => {
  it('reads the middle line as the headline when the last is a dashed 副题, even when the middle is a pair of phrases', () => {
    const s = readHeadlineStack(['走进大山深处的课堂', '一碗米粉香 一方百姓富', '——石门乡以米粉产业带动村民增收调查']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual(['走进大山深处的课堂', '一碗米粉香 一方百姓富', '——石门乡以米粉产业带动村民增收调查']);
  });
  it('keeps a headline cut over two lines above the dash as one headline', () => {
    const s = readHeadlineStack(['东溪村：', '老粮站变身乡村图书馆', '——让村民在家门口读好书']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual([null, '东溪村：老粮站变身乡村图书馆', '——让村民在家门口读好书']);
  });
});

describe('a headline wrapped over two lines', () => {
  it('joins a clause over a line that is only a name: its object cut off by the width', () => {
    const s = readHeadlineStack(['白沙村获评全国', '乡村治理示范村']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual([null, '白沙村获评全国乡村治理示范村', null]);
  });
  it('keeps a second line that says something of its own as the subheadline', () => {
    const s = readHeadlineStack(['城关镇举办科技活动周', '专家进村指导农户种植']);
    expect([s?.headline, s?.subheadline]).toEqual(['城关镇举办科技活动周', '专家进村指导农户种植']);
  });
});

describe('a banner over the first stack', () => {
  const banner = { text: '守护绿水青山　共建美丽家园', bold: false, blankAfter: true };
  it('reads two parallel phrases set a wide gap apart, a blank line under them, over a stack as a slogan', () => {
    const s = readHeadlineStack([banner, '喜迎建党一百周年', '城关镇举办“我们的节日”文艺汇演']);
    expect([s?.slogans, s?.kicker, s?.headline]).toEqual([['守护绿水青山　共建美丽家园'], '喜迎建党一百周年', '城关镇举办“我们的节日”文艺汇演']);
  });
  it('keeps the couplet as the kicker when no blank line sets it apart', () => {
    const s = readHeadlineStack([{ ...banner, blankAfter: false }, '城关镇举办“我们的节日”文艺汇演']);
    expect([s?.slogans, s?.kicker]).toEqual([[], '守护绿水青山　共建美丽家园']);
  });
});

describe('a 导读 box of pointers set marker, page, title', () => {
  it('reads ►N版　title lines under their label as furniture, neither an article nor captions', () => {
    const text = [
      '城关镇志愿者进社区服务',
      '',
      '本报讯 近日，城关镇组织志愿者走进社区，为老人义务理发、量血压，受到居民欢迎。',
      '',
      '今日导读',
      '►2版　白沙村老粮站变身图书馆',
      '►3版　“三改一拆”再提速',
      '►4版　文苑·我的外婆家',
      '',
    ].join('\n');
    const r = parseSeed(text, { seed: 't.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['城关镇志愿者进社区服务']);
    expect(r.articles.flatMap((a) => a.captions.map((c) => c.text))).toEqual([]);
  });
});

describe('two short lines that make one headline', () => {
  it('joins a short first line over a tail no longer than itself, together a headline\'s length', () => {
    const s = readHeadlineStack(['石门村党员带头捐资', '建起一座“连心桥”']);
    expect([s?.headline, s?.subheadline]).toEqual(['石门村党员带头捐资建起一座“连心桥”', null]);
  });
  it('keeps a short kicker over a markedly longer headline, and two lines too short together for one headline', () => {
    const s = readHeadlineStack(['迎春耕抢农时', '城关镇两万亩早稻完成机插秧']);
    expect([s?.kicker, s?.headline]).toEqual(['迎春耕抢农时', '城关镇两万亩早稻完成机插秧']);
    const t = readHeadlineStack(['消防安全月', '有奖竞答']);
    expect(t?.headline).not.toBe('消防安全月有奖竞答');
  });
  it('ends an opinion column\'s run of comments at a story opened by a 本报讯 lead', () => {
    const text = [
      '百姓杂谈',
      '',
      '莫让公园变停车场',
      '',
      '作者：王明',
      '',
      '近来，城东公园门口常有车辆乱停，市民进出很不方便。管理部门应当加强巡查，还市民一个清爽的公园。',
      '',
      '',
      '南山村修好',
      '一条“致富路”',
      '',
      '本报讯（记者 李华）日前，南山村一条长约600米的村道完成硬化，村民出行和农产品外运更方便了。',
      '',
    ].join('\n');
    const r = parseSeed(text, { seed: 't.txt' });
    expect(r.articles.map((a) => [a.column, a.headline])).toEqual([['百姓杂谈', '莫让公园变停车场'], [null, '南山村修好一条“致富路”']]);
  });
});

describe('a couplet extracted between the headline and its dashed 副题', () => {
  it('reads the couplet as the kicker: the dashed line stands right under its headline', () => {
    const s = readHeadlineStack(['白沙村：一座“茶”香里的共富村', '一片茶叶香 一方百姓富', '——某某县白沙村以茶产业带动共同富裕']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual(['一片茶叶香 一方百姓富', '白沙村：一座“茶”香里的共富村', '——某某县白沙村以茶产业带动共同富裕']);
  });
});

describe('a figures line beside a headline that names who acts', () => {
  it('reads a figures line over the headline as its kicker', () => {
    const s = readHeadlineStack(['前三季度外贸出口同比增长21.3%', '白沙镇外贸经济稳中有进']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual(['前三季度外贸出口同比增长21.3%', '白沙镇外贸经济稳中有进', null]);
  });
  it('reads a figures line that names who acts, under a line that names no one, as the headline', () => {
    const s = readHeadlineStack(['上半年农业生产稳中向好', '白沙镇粮食总产量同比增长6.2%']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual(['上半年农业生产稳中向好', '白沙镇粮食总产量同比增长6.2%', null]);
  });
  it('keeps a figures line under a headline that names who acts as the subheadline', () => {
    const s = readHeadlineStack(['白沙镇召开经济工作会议', '力争工业产值突破80亿元']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual([null, '白沙镇召开经济工作会议', '力争工业产值突破80亿元']);
  });
});

describe('a place-and-colon title under another line', () => {
  it('reads the place-and-colon line as the headline and never joins it onto the line above', () => {
    const s = readHeadlineStack(['走进村史馆看变迁', '东门村：三代人守着铁匠铺']);
    expect([s?.kicker, s?.headline]).toEqual(['走进村史馆看变迁', '东门村：三代人守着铁匠铺']);
  });
});

describe('a short line over one at least twice its length', () => {
  it('reads the short line as the kicker when it names no one', () => {
    const s = readHeadlineStack(['美丽乡村建设', '南塘老街立面改造全面完成']);
    expect([s?.kicker, s?.headline]).toEqual(['美丽乡村建设', '南塘老街立面改造全面完成']);
  });
  it('reads the short line as the kicker when the long line names who acts too', () => {
    const s = readHeadlineStack(['便民办实事', '白沙镇为300户独居老人装上烟感报警器']);
    expect([s?.kicker, s?.headline]).toEqual(['便民办实事', '白沙镇为300户独居老人装上烟感报警器']);
  });
  it('keeps a headline over a longer 副题 when it is more than half its length, or over a bracketed line', () => {
    const s = readHeadlineStack(['名医专家来城关义诊', '300余名群众家门口看上名医']);
    expect([s?.kicker, s?.headline]).toEqual([null, '名医专家来城关义诊']);
    const t = readHeadlineStack(['用电提醒', '（本周停电线路及时间安排）']);
    expect([t?.kicker, t?.headline]).toEqual([null, '用电提醒']);
  });
});

describe('a title with a lost quotation pair is no unit-and-name byline', () => {
  it('reads 某某村举办 term as a title, a unit and a name as a byline', async () => {
    const { isBylineLine } = await import('../../src/parse/units.ts');
    expect(isBylineLine('南塘村举办 采茶节')).toBe(false);
    expect(isBylineLine('城关镇农业办　陈建平')).toBe(true);
  });
});

describe('stack lines split and joined by their marks', () => {
  it('splits a dashed 副题 run onto its headline\'s line', () => {
    const s = readHeadlineStack(['南岭村桃花开了 ——记返乡青年方小北']);
    expect([s?.headline, s?.subheadline]).toEqual(['南岭村桃花开了', '——记返乡青年方小北']);
  });
  it('joins a bare quantity under a line as its object', () => {
    const s = readHeadlineStack(['全区新增城镇就业岗位', '1.5万个']);
    expect([s?.headline, s?.subheadline]).toEqual(['全区新增城镇就业岗位1.5万个', null]);
  });
  it('reads two short lines over a dash as kicker and headline, not one headline joined by length', () => {
    const s = readHeadlineStack(['守护一方山林', '西岭护林三十年', '——某某县西岭林场护林员群像']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual(['守护一方山林', '西岭护林三十年', '——某某县西岭林场护林员群像']);
  });
});
