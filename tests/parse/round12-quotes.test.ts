/** Round 12's general rules for lost quotation marks in titles and column tags over briefs, on invented input, with the negative cases. */
import { describe, expect, it } from 'vitest';
import { readHeadlineStack, restoreTitleQuotes } from '../../src/parse/headline.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { endsFullSentence } from '../../src/parse/text.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2021-06-04' }).articles;
const line = (text: string, spaceAfter = false) => ({ text, bold: false, blankAfter: false, spaceAfter });

describe('a title that lost a quotation pair', () => {
  it('quotes the last short term of a three-phrase title that ends in a space, keeping the couplet space before it', () => {
    const s = readHeadlineStack([line('乘凉纳暑有好处 快递小哥有了 充电站 ', true)]);
    expect(s?.kicker).toBeNull();
    expect(s?.headline).toBe('乘凉纳暑有好处 快递小哥有了“充电站”');
  });
  it('keeps three short parallel phrases (a slogan) ending in a space as they are', () => {
    const s = readHeadlineStack([line('种好树 护好林 守好山 ', true)]);
    expect(s?.headline).not.toMatch(/“/u);
  });
  it('quotes nothing at a line end without the trailing space', () => {
    const s = readHeadlineStack([line('乘凉纳暑有好处 快递小哥有了 充电站')]);
    expect(`${s?.kicker ?? ''}${s?.headline}`).not.toMatch(/“/u);
  });
  it('quotes the term after a bare place name, however the term and the rest pair in length', () => {
    expect(restoreTitleQuotes('石门乡 林长来巡山 护林见实效', false).text).toBe('石门乡“林长来巡山”护林见实效');
    expect(restoreTitleQuotes('青田县 一码管到底 服务更便捷', false).text).toBe('青田县“一码管到底”服务更便捷');
  });
  it('keeps a place and verb opening a couplet (a subject with its predicate is no bare name)', () => {
    expect(restoreTitleQuotes('石门乡打造 山水画廊美 林海氧吧兴', false).restored).toBe(false);
  });
  it('still prefers the subject rule when the trailing term is a verb (某村 某某课堂 开班␠)', () => {
    const s = readHeadlineStack([line('东岭村 睦邻学堂 开班', true)]);
    expect(s?.headline).toBe('东岭村“睦邻学堂”开班');
  });
});

describe('briefs under a column tag', () => {
  it('ends a brief at a sentence signed with a bare bracketed name', () => {
    expect(endsFullSentence('严禁野外用火。（陈小安）')).toBe(true);
    expect(endsFullSentence('严禁野外用火（陈小安')).toBe(false);
  });
  it('reads a 短讯 tag as the column, and a title with a trailing quote space after a signed brief as its own title', () => {
    const page = [
      '短讯',
      '东溪乡召开防汛工作会议',
      '本报讯 6月1日，东溪乡召开防汛工作',
      '会议，要求各村排查隐患点，落实值守',
      '人员，确保安全度汛。（陈小安）',
      '西坑村祠堂开设 孝亲课 ',
      '本报讯 近日，西坑村祠堂邀请退休教师',
      '为村民讲授孝亲故事，50余名村民到场',
      '聆听。（通讯员 周一平）',
      '',
    ].join('\n');
    const a = parse(page);
    expect(a.map((x) => x.headline)).toEqual(['东溪乡召开防汛工作会议', '西坑村祠堂开设“孝亲课”']);
    expect(a[0]!.column).toBe('短讯');
  });
});

describe('two plain lines: kicker over headline', () => {
  it('reads a line about three-fifths the length of the line under it as the kicker', () => {
    const s = readHeadlineStack(['古戏台里唱响新曲', '枫树坳“古村春晚”正月开演']);
    expect(s?.kicker).toBe('古戏台里唱响新曲');
    expect(s?.headline).toBe('枫树坳“古村春晚”正月开演');
  });
  it('keeps a headline over a 副题 of two-thirds its length or more', () => {
    const s = readHeadlineStack(['“蓝马甲”走进小山村', '某某镇开展助农志愿服务季活动']);
    expect(s?.headline).toBe('“蓝马甲”走进小山村');
    expect(s?.subheadline).toBe('某某镇开展助农志愿服务季活动');
  });
  it('reads a long line ending on a place suffix (…开进某乡) as no subject: the short line over the long one is still a kicker', () => {
    const s = readHeadlineStack(['流动法庭来到山乡', '一次调解了结八年土地承包纠纷']);
    expect(s?.kicker).toBe('流动法庭来到山乡');
    expect(s?.headline).toBe('一次调解了结八年土地承包纠纷');
  });
});

describe('three undashed lines over a figures line', () => {
  it('reads kicker, headline and a figures 副题', () => {
    const s = readHeadlineStack(['眼镜产业“数字转型”加速', '某某眼镜城线上展销平台启用', '首周线上订单金额超过3.6亿元']);
    expect(s?.kicker).toBe('眼镜产业“数字转型”加速');
    expect(s?.headline).toBe('某某眼镜城线上展销平台启用');
    expect(s?.subheadline).toBe('首周线上订单金额超过3.6亿元');
  });
  it('leaves a headline over a figures 副题 of two lines alone', () => {
    const s = readHeadlineStack(['某某警方侦破一起跨市网络赌博案', '抓获嫌疑人9名 涉案金额200余万元']);
    expect(s?.kicker).toBeNull();
    expect(s?.headline).toBe('某某警方侦破一起跨市网络赌博案');
  });
});

describe('column tags over question titles, and a page partner line', () => {
  const header = '科技　　第5版　　2023年6月9日　星期五　　责任编辑：周某\n本版合作：某某县气象学会\n\n';
  it('reads a column word right over a question title and its byline: the column, the question the headline; the partner line is furniture', () => {
    const page = `${header}气象讲堂\n梅雨为什么叫“黄梅雨”？\n□ 某某县气象台　吴某某\n\n江南每年六月前后进入梅雨季，\n阴雨连绵，空气潮湿，正值梅子黄熟，\n所以人们称之为“黄梅雨”。\n`;
    const r = parseSeed(page, { seed: 't.txt', date: '2023-06-09' });
    expect(r.articles[0]!.headline).toBe('梅雨为什么叫“黄梅雨”？');
    expect(r.articles[0]!.column).toBe('气象讲堂');
    expect(r.articles.map((a) => a.headline)).not.toContain('本版合作：某某县气象学会');
  });
  it('reads a short tag printed twice (bold) right over a question with a comma: the column', () => {
    const page = `${header}天气辟谣天气辟谣\n雷雨天谣言，你信了几条？\n谣言一：打雷时不能开空调。\n真相：有防雷设施的楼房里开空调是安全的。\n`;
    const a = parseSeed(page, { seed: 't.txt', date: '2023-06-09' }).articles;
    expect(a[0]!.headline).toBe('雷雨天谣言，你信了几条？');
    expect(a[0]!.column).toBe('天气辟谣');
  });
  it('keeps a bold line over a plain statement as its kicker, not a column', () => {
    const page = `${header}老城新生老城新生\n某某古街改造进入收尾阶段\n本报讯 近日，某某古街改造工程进入收尾\n阶段，沿街商铺陆续开门迎客。\n`;
    const a = parseSeed(page, { seed: 't.txt', date: '2023-06-09' }).articles;
    expect(a[0]!.column).toBeNull();
  });
  it('reads a 主编 credit line under an inside page header as furniture, not a piece', () => {
    const page = '某城　综合新闻　第2版　2023年6月9日（星期五）\n主编：钱某某　责任编辑：孙某　校对：李某\n\n某某镇开展防汛演练\n\n本报讯 6月8日，某某镇组织防汛应急演练，\n80余名干部群众参加。（记者 王某某）\n';
    const r = parseSeed(page, { seed: 't.txt', date: '2023-06-09' });
    expect(r.articles.map((x) => x.headline)).toEqual(['某某镇开展防汛演练']);
    expect(r.furniture.find((f) => f.text.startsWith('主编'))?.kind).toBe('editor');
  });
});

describe('column labels are short', () => {
  it('reads a nine-character phrase ending like a column word over a title as its kicker, not a column', () => {
    const page = '第6版  古村寻踪\n\n寻访古桥背后的人物\n石门村：一座桥连起两个村\n\n本报记者 周某某\n\n在某某镇东南部，有一座三百年的石拱桥，\n桥两头分属两个村，村民世代往来。\n';
    const a = parseSeed(page, { seed: 't.txt', date: '2023-07-07' }).articles;
    expect(a[0]!.kicker).toBe('寻访古桥背后的人物');
    expect(a[0]!.column).toBeNull();
  });
  it('still reads a bracketed label of seven characters as a column', () => {
    const page = '第6版  古村寻踪\n\n【乡村振兴进行时】\n石门村：一座桥连起两个村\n\n本报记者 周某某\n\n在某某镇东南部，有一座三百年的石拱桥，\n桥两头分属两个村，村民世代往来。\n';
    const a = parseSeed(page, { seed: 't.txt', date: '2023-07-07' }).articles;
    expect(a[0]!.column).toBe('乡村振兴进行时');
  });
});
