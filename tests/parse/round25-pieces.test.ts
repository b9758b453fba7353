/**
 * Rules of the session that measured round 25 (held out first), on invented input with the negative cases: the issue
 * header's fields — an issue number with its running total, fields set apart by a spaced slash, the paper's name right
 * after the page tag, a page's name set after the paper's with a dot.
 */
import { describe, expect, it } from 'vitest';
import { paperPlace, readHeaderFields, readPageInfo } from '../../src/parse/page.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { PATTERNS } from '../../src/parse/constants.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';

const stack = (lines: string[]) => {
  const s = readHeadlineStack(lines)!;
  return [s.kicker, s.headline, s.subheadline];
};

const info = (lines: string[]) => {
  const i = readPageInfo(lines);
  return [i.number, i.page, i.pageName];
};

describe('an issue header', () => {
  it('keeps the running total printed in brackets after the issue number', () => {
    expect(info(['第12期（总第305期）　　　　今日4版', '中共某某镇委员会主办'])[0]).toBe('第12期（总第305期）');
    expect(info(['第 3 期 (总第 88 期)'])[0]).toBe('第3期(总第88期)');
    // A total alone, or a number alone, is all there is.
    expect(info(['总第316期　今日4版　内部资料'])[0]).toBe('总第316期');
    expect(info(['第9期　　2021年5月7日　星期五'])[0]).toBe('第9期');
  });

  it('reads fields set apart by a slash between spaces', () => {
    expect(info(['第5版 / 乡村振兴 / 2021年3月12日 星期五 / 责任编辑 吴某'])).toEqual([null, '5', '乡村振兴']);
  });

  it('passes over the paper\'s name right after the page tag to the page\'s', () => {
    expect(info(['第2版　　　　枫桥报　　　　民生·服务'])).toEqual([null, '2', '民生·服务']);
    // A name after the tag that is not the paper's is the page's.
    expect(info(['第2版　　　　民生服务　　　　枫桥报'])).toEqual([null, '2', '民生服务']);
  });

  it('takes the page\'s name set after the paper\'s with a dot, past the date, but not a plain name there', () => {
    expect(info(['塘下新闻·文明实践　2020年5月8日　星期五　第4版'])).toEqual([null, '4', '文明实践']);
    expect(info(['今日塘下　2020年5月8日　星期五　第4版'])).toEqual([null, '4', null]);
  });

  it('reads a page name beside the paper\'s, whatever word the paper\'s name ends in', () => {
    expect(info(['塘下新闻　　平安塘下', '2017年9月8日　星期五　第3版'])[2]).toBe('平安塘下');
  });
});

describe('a headline wrapped under its kicker', () => {
  it('joins a line that ends on a verb wanting its object to the line under it', () => {
    expect(stack(['小作坊里出大产业', '钱库镇18家家庭工坊带动', '六百余名村民就近就业'])).toEqual(['小作坊里出大产业', '钱库镇18家家庭工坊带动六百余名村民就近就业', null]);
    // A line that closes its own clause stays a headline over its 副题.
    expect(stack(['钱库镇18家家庭工坊开工', '六百余名村民就近就业'])).toEqual([null, '钱库镇18家家庭工坊开工', '六百余名村民就近就业']);
  });

  it('joins a subject to the predicate under it framed by where it happened', () => {
    expect(stack(['梨花深处闹春光', '仙居县第五届梨花文化旅游节', '在横溪镇梨园隆重开幕'])).toEqual(['梨花深处闹春光', '仙居县第五届梨花文化旅游节在横溪镇梨园隆重开幕', null]);
    // A line that already says what happened is no bare subject.
    expect(stack(['仙居县第五届梨花节开幕', '在横溪镇梨园隆重开幕'])[1]).toBe('仙居县第五届梨花节开幕');
  });
});

describe('a column over a series of numbered pieces', () => {
  const PAGE = [
    '3　法治　　　　　　　　　　某某报　2021年9月17日　星期五',
    '',
    '',
    '某某区一年化解纠纷八千余件',
    '',
    '　　本报讯（记者 王一 通讯员 李二）近日，记者从区司法局获悉，全区调解组织共化解纠纷八千余件。',
    '　　本版选登几则调解案例。',
    '',
    '',
    '说法讲堂',
    '',
    '【案例一】',
    '一块菜地引发的争执',
    '',
    '　　今年春天，某村两户村民为一块菜地的边界争执不下，村调解员上门丈量，双方握手言和。',
    '',
    '',
    '【案例二】',
    '欠了半年的货款',
    '',
    '　　去年冬天，一家小厂拖欠供货商货款，调解员约谈双方，货款当月结清。',
    '',
    '',
    '【案例三】',
    '老屋拆了谁来住',
    '',
    '　　三兄弟为老屋拆迁后的安置房起了争执，调解员请来族中长辈，三兄弟签下协议。',
  ].join('\n');

  it('reads each numbered piece as a story of its own under the column, its number its kicker', () => {
    const r = parseSeed(PAGE, { file: 'x.txt' } as never);
    expect(r.articles.map((a) => [a.column, a.kicker, a.headline])).toEqual([
      [null, null, '某某区一年化解纠纷八千余件'],
      ['说法讲堂', '案例一', '一块菜地引发的争执'],
      ['说法讲堂', '案例二', '欠了半年的货款'],
      ['说法讲堂', '案例三', '老屋拆了谁来住'],
    ]);
  });
});

describe('page furniture of a header', () => {
  it('reads the paper\'s name beside its name in capitals as the page\'s head', () => {
    expect(readHeaderFields('塘下新闻 TANGXIA NEWS')).not.toBeNull();
    // A name of another shape beside capitals is not the paper's.
    expect(readHeaderFields('家门口的好风景 TANGXIA')).toBeNull();
  });

  it('reads staff credits without colons, a role, its name and the next role, as the editors\' line', () => {
    expect(PATTERNS.editorLine.test('责任编辑　王某　　　版式　李某')).toBe(true);
    expect(PATTERNS.editorLine.test('编辑　部分人员调整　　　说明如下')).toBe(false);
  });
});

describe('a reservoir area is no place that acts', () => {
  it('reads a line opening with a verb over 库区 as a kicker over the headline that names who acts', () => {
    expect(stack(['守护库区群众出行“最后一公里”', '某某镇环库公路全线贯通'])).toEqual(['守护库区群众出行“最后一公里”', '某某镇环库公路全线贯通', null]);
  });
});

describe('more headline wraps and mastheads', () => {
  it('joins a line ending on a verb of two characters that wants its object, whoever acts', () => {
    expect(stack(['以钉钉子精神奋力夺取', '全年目标任务全面胜利', '——在某某镇工作会议上的讲话（摘要）'])[1]).toBe('以钉钉子精神奋力夺取全年目标任务全面胜利');
  });

  it('reads the paper\'s name set beside a slogan as the masthead\'s first line', () => {
    const page = [
      '青溪报　　　　　　　　　　　　　　生态青溪　活力小镇',
      '中共某某县青溪镇委员会　青溪镇人民政府　主办',
      '第3期（总第90期）　2023年2月10日　星期五',
      '内部资料　免费交流',
      '',
      '',
      '青溪镇召开经济工作会议',
      '',
      '　　本报讯（记者 王一）2月8日，青溪镇召开经济工作会议，部署全年工作。',
    ].join('\n');
    const r = parseSeed(page, { file: 'x.txt' } as never);
    expect(r.furniture.map((f) => f.text)).toContain('青溪报　　　　　　　　　　　　　　生态青溪　活力小镇');
    expect(r.articles.map((a) => a.headline)).toEqual(['青溪镇召开经济工作会议']);
  });
});

describe('a paper named 今日 and its place', () => {
  it('reads 今日 and a place as the paper\'s name, its place the paper\'s own, but not a page named after 今日', () => {
    expect(paperPlace(readPageInfo(['今日塘下　　第2版　综合　　2019年12月20日　星期五']))).toBe('塘下');
    expect(readPageInfo(['今日关注　　第2版　　2019年12月20日　星期五']).pageName).toBe('今日关注');
  });
});

describe('a table\'s part label under its title', () => {
  it('is a heading inside the table\'s piece, not the title of a story of its own', () => {
    const page = [
      '3　民生　　　　　　　　今日塘下　2019年12月20日　星期五',
      '',
      '',
      '某某镇举办冬季招聘会',
      '',
      '　　本报讯（记者 王一）12月18日，某某镇举办冬季招聘会，60家企业提供岗位1200个。',
      '',
      '',
      '8路公交冬季发车时刻表',
      '',
      '塘下汽车站发车',
      '6:00　6:30　7:00　7:30　8:00　8:30',
      '9:00　9:30　10:00　10:30　11:00　11:30',
      '罗凤公交站发车',
      '6:20　6:50　7:20　7:50　8:20　8:50',
    ].join('\n');
    const r = parseSeed(page, { file: 'x.txt' } as never);
    expect(r.articles.map((a) => a.headline)).toEqual(['某某镇举办冬季招聘会', '8路公交冬季发车时刻表']);
  });
});
