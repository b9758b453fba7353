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
