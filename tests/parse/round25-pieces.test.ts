/**
 * Rules of the session that measured round 25 (held out first), on invented input with the negative cases: the issue
 * header's fields — an issue number with its running total, fields set apart by a spaced slash, the paper's name right
 * after the page tag, a page's name set after the paper's with a dot.
 */
import { describe, expect, it } from 'vitest';
import { readPageInfo } from '../../src/parse/page.ts';
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
