/** Round 8's general rules, one at a time, on constructed input, with the negative cases. */
import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../src/parse/byline.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { isPageHeader } from '../../src/parse/page.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { restoreHeadingQuotes, restoreLostQuotes, restoreOpeningQuote } from '../../src/parse/repairs/quotes.ts';

describe('captions and their credits', () => {
  it('reads a credit in brackets after one plain sentence, not after a photo-news text', () => {
    expect(splitCredit('民间河长在溪边清理垃圾。（余志强 摄）')).toMatchObject({ text: '民间河长在溪边清理垃圾。', credit: '余志强' });
    expect(splitCredit('清晨的绿道上，市民们跑步、骑行，享受初秋的凉爽。（记者 徐丽 摄）')).toBeNull();
  });
  it('reads a credit after a wide gap with no full stop, and a 图/ credit after the sentence', () => {
    expect(splitCredit('板凳龙穿过湖镇老街　　记者 潘一鸣 摄')).toMatchObject({ text: '板凳龙穿过湖镇老街', credit: '潘一鸣' });
    expect(splitCredit('渔船满载而归。图/郑海波')).toMatchObject({ text: '渔船满载而归。', credit: '郑海波' });
    expect(splitCredit('河道名称　　河长')).toBeNull();
  });
});

describe('headline stacks', () => {
  it('reads an issuer over a notice title as its kicker', () => {
    const s = readHeadlineStack(['乐清市公共资源交易中心', '招标公告']);
    expect([s?.kicker, s?.headline]).toEqual(['乐清市公共资源交易中心', '招标公告']);
  });
  it('reads two plain lines over a dashed subheadline as kicker and headline', () => {
    const s = readHeadlineStack(['正月里来闹龙灯', '百节板凳龙游过千年古镇', '——湖镇镇 迎龙灯 民俗活动见闻']);
    expect([s?.kicker, s?.headline, s?.subheadline]).toEqual(['正月里来闹龙灯', '百节板凳龙游过千年古镇', '——湖镇镇“迎龙灯”民俗活动见闻']);
  });
  it('restores quotes around a term beside a part too short to be a phrase', () => {
    expect(readHeadlineStack(['让 背街小巷 也亮起来'])?.headline).toBe('让“背街小巷”也亮起来');
    expect(readHeadlineStack(['柳市22家企业 云 参展汉诺威工业博览会'])?.headline).toBe('柳市22家企业“云”参展汉诺威工业博览会');
    expect(readHeadlineStack(['敢向涛头立 勇做弄潮儿'])?.headline).toBe('敢向涛头立 勇做弄潮儿');
  });
});

describe('lost quotation marks', () => {
  it('quotes a paragraph opening at a line-start space up to the sentence end with a space after it', () => {
    expect(restoreOpeningQuote('我们湖镇人，过年不看龙灯。 今年72岁的老艺人说。').text).toBe('“我们湖镇人，过年不看龙灯。”今年72岁的老艺人说。');
    expect(restoreOpeningQuote('以前排产靠老师傅脑子记。').text).toBe('“以前排产靠老师傅脑子记。”');
    expect(restoreOpeningQuote('第一句。第二句。 第三句。').added).toBe(0);
  });
  it('quotes a short phrase of clauses between a sentence’s only two spaces', () => {
    expect(restoreLostQuotes('王女士看到 兼职刷单，日赚300元 的广告。').text).toBe('王女士看到“兼职刷单，日赚300元”的广告。');
  });
  it('quotes two terms after short words in a section heading', () => {
    expect(restoreHeadingQuotes('从 制造 到 智造').text).toBe('从“制造”到“智造”');
    expect(restoreHeadingQuotes('实施民生共享战略 致力补短板 提高 质量').phrase).toBeNull();
  });
});

describe('page headers', () => {
  it('reads a paper·page-name line with the date far right as a header', () => {
    expect(isPageHeader('常山报·公告                                          2019年11月29日')).toBe(true);
    expect(isPageHeader('常山县自来水有限公司　2019年11月28日')).toBe(false);
  });
});

describe('a quotation opened at a line start and closed inside the sentence', () => {
  it('quotes the term before the first space', () => {
    expect(restoreOpeningQuote('四个一 工程建设全面铺开。').text).toBe('“四个一”工程建设全面铺开。');
  });
});

describe('captions by their marks', () => {
  const captions = (text: string) => parseSeed(text, { seed: 't.txt' }).articles.flatMap((a) => a.captions.map((c) => c.text));
  it('reads a ▲ line of one sentence as a caption on a page that prints photos', () => {
    const page = '龙灯闹新春\n\n文/图 赵晓峰\n\n正月初七傍晚，湖镇老街两旁早早挤满了人，长龙从塔下出发。\n▲板凳龙穿过湖镇老街。\n板凳龙由各家各户自带一节拼接而成，每节长约2米。\n';
    expect(captions(page)).toContain('板凳龙穿过湖镇老街。');
  });
  it('leaves ▲ points of a text with no photo as its text', () => {
    const page = '全年工作回顾\n\n本报讯　今年以来，全镇各项工作稳步推进，成效明显。\n▲全年完成投资五亿元。\n各村社也完成了年度目标任务，群众满意度持续提升。\n';
    expect(captions(page)).toEqual([]);
  });
});
