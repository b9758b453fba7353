/**
 * Rules learnt from round 20 (after it was measured held out), on invented input with the negative cases: a dashed 副题
 * wrapped onto a line of figures, a 主席团公告's title set on two lines.
 */
import { describe, expect, it } from 'vitest';
import { readHeadlineStack } from '../../src/parse/headline.ts';

const stack = (...lines: string[]) => {
  const s = readHeadlineStack(lines)!;
  return [s.kicker, s.headline, s.subheadline];
};

describe('a dashed 副题 under its headline wrapped by the width', () => {
  it('takes the line under it, figures and all', () => {
    expect(stack('老街巷里“长”出口袋公园', '——青山镇城市有机更新项目惠及沿江', '三个社区5000余户居民')).toEqual([
      null,
      '老街巷里“长”出口袋公园',
      '——青山镇城市有机更新项目惠及沿江三个社区5000余户居民',
    ]);
  });
  it('but a slogan closed by dashes too stays whole over the headline under it', () => {
    expect(stack('奋进新征程 建功新时代', '——践行“八八战略” 投身“两个先行”——', '区十届政府召开第11次常务会议')[1]).toBe('区十届政府召开第11次常务会议');
  });
  it('but printed first, over its headline, leaves the headline alone', () => {
    expect(stack('——写在南门社区拾遗馆开馆一周年之际', '拾遗馆里的旧时光')).toEqual([null, '拾遗馆里的旧时光', '——写在南门社区拾遗馆开馆一周年之际']);
  });
});

describe('a 主席团公告 set on two lines', () => {
  it('is one title', () => {
    expect(stack('青山镇第十七届人民代表大会', '第三次会议主席团公告')[1]).toBe('青山镇第十七届人民代表大会第三次会议主席团公告');
  });
});

describe('a box\'s label alone on its line after a story', () => {
  const page = (label: string, under: string) =>
    [
      '青山农贸市场改造后重新开业',
      '',
      '本报讯（记者 章敏）9月10日，改造后的青山农贸市场重新开业，市场设立了公平秤和消费者投诉点。',
      '',
      '▲改造后的青山农贸市场。　　章　敏　摄',
      '',
      '',
      label,
      under,
      '',
    ].join('\n');
  it('heads a box of its own when prose stands under it', async () => {
    const { parseSeed } = await import('../../src/parse/index.ts');
    const arts = parseSeed(page('【记者手记】', '　　菜场虽小，却连着千家万户的餐桌。民生工作，往往就是从这些小事做起的。（记者 章敏）'), { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['青山农贸市场改造后重新开业', '记者手记']);
  });
  it('names the column of a title under it', async () => {
    const { parseSeed } = await import('../../src/parse/index.ts');
    const text = page('记者手记', '分的是垃圾　变的是习惯') + '\n　　在东岙村采访时，记者注意到，村民们已经习惯了把垃圾分好类再出门。\n';
    const arts = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.at(-1)!.column).toBe('记者手记');
  });
});

describe('a 落款 under a notice\'s contact lines', () => {
  it('signs the notice, not a piece of its own', async () => {
    const { parseSeed } = await import('../../src/parse/index.ts');
    const text = [
      '青山经编织造有限公司招聘启事',
      '',
      '　　因生产规模扩大，我公司现招聘挡车工10名，男女不限，55周岁以下。',
      '　　公司提供食宿，缴纳社会保险，工资面议。',
      '联系人：张女士　联系电话：0573-87561234、13957381234',
      '地址：青山镇科技城天通路66号',
      '　　　　　　　青山经编织造有限公司',
      '　　　　　　　　　　　　2019年8月14日',
      '',
    ].join('\n');
    const arts = parseSeed(text, { seed: 't.txt', kind: 'news-page' }).articles;
    expect(arts.map((a) => a.headline)).toEqual(['青山经编织造有限公司招聘启事']);
    const sig = arts[0]!.blocks.find((b) => b.type === 'signature');
    expect(sig && 'lines' in sig ? sig.lines : null).toEqual(['青山经编织造有限公司', '2019年8月14日']);
  });
});
