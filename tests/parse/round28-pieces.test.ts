/**
 * Rules learnt from round 28 (after it was measured held out), on invented input with the negative cases: a 指导 label over
 * a title, a 导读 box's pointers with dotted leaders, a question set as a kicker over a headline, a poem's title and author
 * set apart by a blank line.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';

const parse = (lines: string[]) => parseSeed(lines.join('\n'), { file: 'x.txt' } as never);
const HEADER = '某某报　　第3版　　农业　　2018年8月10日　星期五　　责任编辑：王某';
const STORY = ['某某镇葡萄喜获丰收', '', '　　本报讯（记者 王一）8月8日，某某镇2000亩葡萄进入采摘期，亩产达1500公斤。', '', ''];

describe('a 指导 label over a title', () => {
  it('is the title\'s label, not its first words', () => {
    const r = parse([HEADER, '', '', ...STORY, '农技指导', '', '葡萄采后管理要抓好四件事', '1.及时施好采后肥，恢复树势。', '2.做好病虫害防治。']);
    expect(r.articles.map((a) => a.headline)).toEqual([STORY[0], '葡萄采后管理要抓好四件事']);
  });
});

describe('a 导读 box between stories', () => {
  it('reads pointers with dotted leaders as furniture, and the story under them keeps its headline', () => {
    const r = parse([HEADER, '', '', ...STORY, '今日导读', '●新仓村“共富工坊”开进农家院…………2版', '●某某小学学子获省科技创新赛一等奖……3版', '●老底子的麦芽糖……………………4版', '', '', '某某镇夏粮喜获丰收', '——全镇收购小麦3860吨，比去年增长12.4%', '', '　　本报讯（通讯员 周某）眼下正值夏粮收购时节，某某镇粮食收储点前排起长队。']);
    expect(r.articles.map((a) => [a.headline, a.subheadline])).toEqual([[STORY[0], null], ['某某镇夏粮喜获丰收', '——全镇收购小麦3860吨，比去年增长12.4%']]);
    expect(r.furniture.map((f) => f.text)).toContain('●老底子的麦芽糖……………………4版');
  });
});

describe('a question set as a kicker', () => {
  it('is the kicker over the headline tight under it, the story opening under that', () => {
    const r = parse([HEADER, '', '', ...STORY, '老蚕房还能派上什么用场？', '某某村蚕桑文化馆开馆迎客', '', '□ 本报记者　沈某', '', '　　5月8日，某某村蚕桑文化馆正式开馆，前来参观的游客络绎不绝。']);
    expect(r.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, STORY[0]], ['老蚕房还能派上什么用场？', '某某村蚕桑文化馆开馆迎客']]);
  });
});

describe('a poem\'s title and author set apart by a blank line', () => {
  it('is a poem of its own under its title, by its author', () => {
    const r = parse(['某某报　　文　艺　　第4版', '', '', '父亲的稻田', '', '□ 钱某某', '', '　　父亲种了一辈子稻子。今年稻子收上来，父亲打电话给我，说新米已经晒好了。', '', '', '秋到山湖', '', '林小溪', '', '湖水把天空', '洗得又高又远', '岸边的芦苇', '一夜之间白了头', '', '采菱的船', '从荷叶间划出来', '船头的竹篮里', '装着半湖的秋光']);
    expect(r.articles.map((a) => [a.headline, a.byline.raw])).toEqual([['父亲的稻田', '□ 钱某某'], ['秋到山湖', '林小溪']]);
  });
});
