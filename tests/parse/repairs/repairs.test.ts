/**
 * Each line and text repair on its own (src/parse/repairs/), on constructed input, with the
 * negative cases that keep genuine text as printed.
 */
import { describe, expect, it } from 'vitest';
import type { Repair, SeedWarning } from '../../../src/records/schema.ts';
import { rejoin } from '../../../src/parse/repairs/breaks.ts';
import { showControls } from '../../../src/parse/repairs/control.ts';
import { undoubleLines } from '../../../src/parse/repairs/doubled.ts';
import { readLatinIAsGong } from '../../../src/parse/repairs/ocr.ts';
import { fullWidthPunctuation } from '../../../src/parse/repairs/punctuation.ts';
import { restoreHeadingQuotes, restoreLostQuotes } from '../../../src/parse/repairs/quotes.ts';
import { unspace } from '../../../src/parse/repairs/spacing.ts';
import { verticalRuns } from '../../../src/parse/repairs/vertical.ts';
import { asciiDigits } from '../../../src/parse/repairs/width.ts';

const sinks = () => ({ repairs: [] as Repair[], warnings: [] as SeedWarning[] });

describe('doubled bold runs (repairs/doubled.ts)', () => {
  const undouble = (...lines: string[]) => {
    const { repairs, warnings } = sinks();
    return { ...undoubleLines(lines, repairs, warnings), repairs, warnings };
  };

  it('prints a speaker label or a short bold label once, even alone on its line', () => {
    expect(undouble('记者记者：：三年前您从外贸公司辞职').lines).toEqual(['记者：三年前您从外贸公司辞职']);
    expect(undouble('林佳佳林佳佳：：说实话，一开始家里').lines).toEqual(['林佳佳：说实话，一开始家里']);
    expect(undouble('小小说小小说').lines).toEqual(['小小说']);
    expect(undouble('■■本报记者本报记者 周蓓蓓周蓓蓓').lines).toEqual(['■本报记者 周蓓蓓']);
  });

  it('keeps a single repeated character of a name or word, even next to a bold line', () => {
    expect(undouble('一碗索面一碗索面', '□ 倪乐乐').lines).toEqual(['一碗索面', '□ 倪乐乐']);
    expect(undouble('看看').lines).toEqual(['看看']);
    expect(undouble('大家常常来看看，人人参与。').lines).toEqual(['大家常常来看看，人人参与。']);
  });

  it('marks the lines that were bold and counts what it removed', () => {
    const r = undouble('柳市镇开展柳市镇开展', '正文一行。');
    expect(r.bold).toEqual([true, false]);
    expect(r.removed).toBe(5);
    expect(r.repairs).toEqual([{ kind: 'doubled-run', line: 1, column: 6, before: '柳市镇开展柳市镇开展', after: '柳市镇开展' }]);
  });
});

describe('page and column breaks (repairs/breaks.ts)', () => {
  it('joins a paragraph cut by a break and logs it', () => {
    const { repairs, warnings } = sinks();
    const r = rejoin({ text: '会后，镇相关负责人带队前往湖横西', end: 31 }, { text: '岙村、沙岙桥头村等地。', start: 33 }, repairs, warnings);
    expect(r).toEqual({ text: '会后，镇相关负责人带队前往湖横西岙村、沙岙桥头村等地。', removed: 0 });
    expect(repairs[0]).toMatchObject({ kind: 'break-rejoined', line: 33 });
  });

  it('keeps a word printed on both sides of a page break once', () => {
    const { repairs, warnings } = sinks();
    expect(rejoin({ text: '切实抓好责任', end: 9 }, { text: '责任落实。', start: 12 }, repairs, warnings)).toEqual({ text: '切实抓好责任落实。', removed: 2 });
    expect(warnings).toHaveLength(1);
  });

  it('keeps a village whose name ends in a doubled character (彭村村), and removes a repeated 村 otherwise', () => {
    const known = (s: string) => s === '彭村村';
    const a = rejoin({ text: '示范村彭村', end: 1 }, { text: '村、毛村村。', start: 3 }, [], [], known);
    expect(a.text).toBe('示范村彭村村、毛村村。');
    const b = rejoin({ text: '新时代美丽乡村', end: 1 }, { text: '村建设稳中出彩。', start: 3 }, [], [], known);
    expect(b.text).toBe('新时代美丽乡村建设稳中出彩。');
  });
});

describe('lost quotation marks (repairs/quotes.ts)', () => {
  it('restores pairs inside a sentence', () => {
    const r = restoreLostQuotes('全力打造 一网两微一刊 媒体融合矩阵，并努力将柳市人 敢为天下先 的精神品格。');
    expect(r.text).toBe('全力打造“一网两微一刊”媒体融合矩阵，并努力将柳市人“敢为天下先”的精神品格。');
    expect(r.added).toBe(4);
    expect(r.restored.map((x) => x.phrase)).toEqual(['一网两微一刊', '敢为天下先']);
  });

  it('keeps a space inside surviving quotation marks; an odd one goes, and is listed for the editors', () => {
    expect(restoreLostQuotes('加快建设“共同富裕标杆镇 业强宜居小城市”。').text).toBe('加快建设“共同富裕标杆镇 业强宜居小城市”。');
    const odd = restoreLostQuotes('平安建设是社会稳定的“压舱石”，是柳市繁荣的 基本前提。');
    expect(odd.text).toBe('平安建设是社会稳定的“压舱石”，是柳市繁荣的基本前提。');
    expect(odd.ambiguous).toHaveLength(1);
    expect(odd.added).toBe(0);
  });

  it('does not pair across a sentence end or around a clause: the spaces go', () => {
    const r = restoreLostQuotes('要充分发挥文化 的引领和支撑作用，为柳市提供强大的 价值引导力。');
    expect(r.restored).toEqual([]);
    expect(r.text).toBe('要充分发挥文化的引领和支撑作用，为柳市提供强大的价值引导力。');
    expect(r.ambiguous).toHaveLength(2);
  });

  it('pairs clause by clause when the sentence does not pair: a bounded term is restored, the rest loses its spaces', () => {
    const r = restoreLostQuotes('常态化开展 警灯工程 ，显著提升路面见警率，并依托志愿者 十百千计划 ，建立 完善 警民齐联动、社会共参与 的大巡防机制，切实提升群众安全感。');
    expect(r.text).toBe('常态化开展“警灯工程”，显著提升路面见警率，并依托志愿者“十百千计划”，建立完善警民齐联动、社会共参与的大巡防机制，切实提升群众安全感。');
    expect(r.restored.map((x) => x.phrase)).toEqual(['警灯工程', '十百千计划']);
    expect(r.added).toBe(4);
    expect(r.ambiguous).toHaveLength(3);
  });

  it('drops a space after a sentence end', () => {
    expect(restoreLostQuotes('树立价值导向。 认真贯彻依法治国方针。').text).toBe('树立价值导向。认真贯彻依法治国方针。');
  });

  it('restores a heading’s middle term between a short verb and noun, and keeps parallel phrases', () => {
    expect(restoreHeadingQuotes('深化 法治柳市 建设')).toEqual({ text: '深化“法治柳市”建设', phrase: '法治柳市' });
    expect(restoreHeadingQuotes('实施民生共享战略 致力补短板、增福祉 提高广大人民群众的幸福感').phrase).toBeNull();
    expect(restoreHeadingQuotes('敢向涛头立 勇做弄潮儿').phrase).toBeNull();
  });
});

describe('punctuation and width (repairs/punctuation.ts, repairs/width.ts)', () => {
  it('makes half-width marks between Chinese full-width, but leaves numbers and Latin', () => {
    expect(fullWidthPunctuation('悠悠万事,民生为大;千秋基业,民安为重。"压舱石"').text).toBe('悠悠万事，民生为大；千秋基业，民安为重。“压舱石”');
    expect(fullWidthPunctuation('共1,000人，3:30开始').text).toBe('共1,000人，3:30开始');
    expect(fullWidthPunctuation('四(2)班，(1)业主协商').text).toBe('四（2）班，（1）业主协商');
    expect(fullWidthPunctuation('DELIXI (Group) 电气').text).toBe('DELIXI (Group) 电气');
  });

  it('reads full-width digits and letters as ASCII, one for one', () => {
    const repairs: Repair[] = [];
    expect(asciiDigits(['２０２２年９月１６日　ＤＥＬＩＸＩ'], repairs)).toEqual(['2022年9月16日　DELIXI']);
    expect(repairs[0]).toMatchObject({ kind: 'full-width-ascii', line: 1, column: 1 });
  });
});

describe('letter spacing, vertical text, OCR, controls', () => {
  it('closes up a letter-spaced letterhead or title, and leaves a phrase pair alone', () => {
    expect(unspace('中 共 乐 清 市 柳 市 镇 委 员 会 文 件')).toBe('中共乐清市柳市镇委员会文件');
    expect(unspace('通  知')).toBe('通知');
    expect(unspace('项目为王 实干争先')).toBe('项目为王 实干争先');
  });

  it('assembles one character per line, not three lines or digits', () => {
    const warnings: SeedWarning[] = [];
    expect(verticalRuns(['重', '', '点', 'I', '作', '专', '', '正文。'], warnings)).toEqual([{ start: 0, end: 5, text: '重点I作专' }]);
    expect(verticalRuns(['甲', '乙', '丙'], [])).toEqual([]);
    expect(verticalRuns(['1', '2', '3', '4'], [])).toEqual([]);
  });

  it('reads Latin I between Chinese as 工 with a warning, and shows control characters', () => {
    const { repairs, warnings } = sinks();
    expect(readLatinIAsGong('重点I作专题', 3, repairs, warnings)).toBe('重点工作专题');
    expect(warnings[0]!.line).toBe(3);
    expect(showControls(['正文\u0007'], repairs, warnings)).toEqual(['正文␇']);
  });
});
