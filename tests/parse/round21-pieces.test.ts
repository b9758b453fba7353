/**
 * Rules learnt from round 21 (after it was measured held out), on invented input with the negative cases: a 在… frame cut by
 * the width across a headline's two lines; a short occasion line (暑运启动) over a headline is its kicker; numbered items
 * under one title stay one text; a table row's wrapped rest set under its cells; a long salutation; a quotation whose
 * closing mark fell at a line's end.
 */
import { describe, expect, it } from 'vitest';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { closingQuoteAtLineEnd } from '../../src/parse/repairs/quotes.ts';

const stack = (...lines: string[]) => {
  const s = readHeadlineStack(lines)!;
  return [s.kicker, s.headline, s.subheadline];
};

const parse = (lines: string[]) => parseSeed(lines.join('\n'), { seed: 't.txt', kind: 'news-page' });

describe('a 在… frame left open at a headline line\'s end', () => {
  it('runs on into the line that closes it with a verb of winning', () => {
    expect(stack('青山小学学生在全省少儿书画', '大赛中荣获一金两银')).toEqual([null, '青山小学学生在全省少儿书画大赛中荣获一金两银', null]);
  });
  it('but a frame closed on its own line leaves a 副题 under it', () => {
    expect(stack('青山小学学生在全省大赛中获佳绩', '书画作品获一金两银')).toEqual([null, '青山小学学生在全省大赛中获佳绩', '书画作品获一金两银']);
  });
});

describe('a short line naming an occasion and its start', () => {
  it('is the kicker over the headline, not its first words', () => {
    expect(stack('秋运启动', '青沪航线每日加开4个客船班次')).toEqual(['秋运启动', '青沪航线每日加开4个客船班次', null]);
    expect(stack('评选揭晓', '东岙村获评省级文明村')[0]).toBe('评选揭晓');
  });
  it('but a place alone on the line still opens the headline', () => {
    expect(stack('前州村', '八旬老人义务护河十余年')[1]).toBe('前州村八旬老人义务护河十余年');
  });
});

describe('numbered items under one title', () => {
  const item = (n: number, title: string) => [
    `${n}.${title}`,
    `　　${n}月${n + 10}日，${title}。这是全镇今年的一件大事，群众反响`,
    '热烈，相关部门表示将继续推进。',
    '',
  ];
  const page = [
    '2023年度青山十大新闻揭晓',
    '',
    '　　本报讯　近日，2023年度青山十大新闻评选结果揭晓，经读',
    '者投票和评委会评审，最终评出十大新闻。',
    '',
    ...item(1, '青山镇创建省级美丽城镇样板镇'),
    ...item(2, '东岙文化公园建成开园'),
    ...item(3, '首届杨梅节在青山开幕'),
  ];
  it('stay one text: each item\'s title carries on the numbering above it', () => {
    const arts = parse(page).articles;
    expect(arts.map((a) => a.headline)).toEqual(['2023年度青山十大新闻揭晓']);
  });
  it('but items whose numbers do not run on (1. 5. 8.) are not held together by their numbers', () => {
    const arts = parse(page.map((l) => l.replace(/^2\./u, '5.').replace(/^3\./u, '8.'))).articles;
    expect(arts.length).toBeGreaterThan(1);
  });
});

describe('a table row\'s rest set under its cells', () => {
  const table = (tail: string) => [
    '青山镇食品抽检结果',
    '',
    '序号　样品名称　　生产企业　　　　　　结论',
    '1　　黄桃罐头　　青山镇东岙罐头食　　合格',
    tail,
    '2　　豆腐　　　　青山农贸市场沈记　　合格',
    '',
    '　　对不合格产品，监管所已依法立案调查。',
  ];
  it('joins the cell it stands under, however long', () => {
    const arts = parse(table('　　　　　　　　　品有限责任公司')).articles;
    const t = arts[0]!.blocks.find((b) => b.type === 'table');
    expect(t && t.type === 'table' ? t.rows[1] : null).toEqual(['1', '黄桃罐头', '青山镇东岙罐头食品有限责任公司', '合格']);
  });
  it('but a line at the margin is no cell\'s rest', () => {
    const arts = parse(table('品有限责任公司和东岙食品厂')).articles;
    const t = arts[0]!.blocks.find((b) => b.type === 'table');
    expect(t && t.type === 'table' ? t.rows[1]![2] : null).toBe('青山镇东岙罐头食');
  });
});

describe('a long salutation over a letter', () => {
  it('is the letter\'s first paragraph, not a section', () => {
    const arts = parse([
      '感谢信',
      '',
      '全镇各企业、社会各界爱心人士：',
      '　　一年来，在大家的热心支持下，青山镇慈善事业不断发展，一个个困难家庭感受到了社会的温暖。',
      '　　在此，我们谨向所有关心支持慈善事业的单位和个人表示衷心的感谢！',
      '　　　　　　　　青山镇慈善分会',
      '　　　　　　　　2018年2月6日',
    ]).articles;
    const first = arts[0]!.blocks[0]!;
    expect(first.type === 'paragraph' ? first.text : first.type).toBe('全镇各企业、社会各界爱心人士：');
  });
});

describe('a quotation whose closing mark fell at the line\'s end', () => {
  it('is restored when the next line carries on the sentence with no space', () => {
    expect(closingQuoteAtLineEnd('为确保工程质量，镇里实行 一事一专班', '制度，镇村干部分片包干')?.text).toBe('为确保工程质量，镇里实行“一事一专班”');
  });
  it('but not when a space on the next line closes it (最后一公 / 里 难题)', () => {
    expect(closingQuoteAtLineEnd('逐步解决镇区居民出行 最后一公', '里 难题。')).toBeNull();
  });
  it('nor in a byline\'s spaced names', () => {
    expect(closingQuoteAtLineEnd('关停小作坊17家。（通讯员 周益', '陈欣欣）')).toBeNull();
  });
  it('nor when the clause opens at the line\'s start (the space may close a quotation opened there)', () => {
    expect(closingQuoteAtLineEnd('一事一专班 制度', '在全镇推开')).toBeNull();
  });
});

describe('two phrases of a headline set apart by a wide gap', () => {
  it('keep one space: the gap was set on purpose', () => {
    expect(stack('东岙村高山茶开采　　茶农忙采摘')[1]).toBe('东岙村高山茶开采 茶农忙采摘');
    expect(stack('东岙村高山茶开采  茶农忙采摘')[1]).toBe('东岙村高山茶开采 茶农忙采摘');
  });
  it('but one space where a line broke closes up', () => {
    expect(stack('青山镇多个村社、单位 入选新一轮文明名单')[1]).toBe('青山镇多个村社、单位入选新一轮文明名单');
  });
});
