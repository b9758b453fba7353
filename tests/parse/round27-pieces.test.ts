/**
 * Rules learnt from round 27 (after it was measured held out), on invented input with the negative cases: a column's tag
 * line signed 文/…, a line closing on a rank, a 警示 label over its case, a drawing's credit, a guide's label over its items,
 * a banner framed by ornaments, a page's name on the line under the paper's.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';
import { splitCredit } from '../../src/parse/byline.ts';
import { readPageInfo } from '../../src/parse/page.ts';

const parse = (lines: string[]) => parseSeed(lines.join('\n'), { file: 'x.txt' } as never);
const HEADER = '某某新闻　第4版　评论　　2019.04.26　星期五　　编辑：王某　校对：金某';

describe('a column\'s tag line signed 文/…', () => {
  it('is the column and the author over the piece\'s headline', () => {
    const r = parse([HEADER, '', '', '塘河夜话　　文/潘某某', '', '守护好家门口的那一抹绿', '', '　　九十多年前，朱自清来到这里，写下了散文《绿》。如今每到周末，看潭的游客依旧络绎不绝。', '　　守护好这一抹绿，需要人人参与。']);
    expect(r.articles.map((a) => [a.column, a.headline, a.byline.writers])).toEqual([['塘河夜话', '守护好家门口的那一抹绿', ['潘某某']]]);
  });
});

describe('headline stacks', () => {
  it('joins a line closing on a rank to the noun under it', () => {
    const s = readHeadlineStack(['乡村再添“金名片”', '某某镇溪北村成功创建省级', '美丽乡村特色精品村'])!;
    expect([s.kicker, s.headline]).toEqual(['乡村再添“金名片”', '某某镇溪北村成功创建省级美丽乡村特色精品村']);
  });

  it('reads a 警示 label over a case\'s title as a label, not the title\'s first words', () => {
    const r = parse([HEADER, '', '', '某某镇开展冬季消防演练', '', '　　本报讯（记者 王一）1月8日，某某镇开展冬季消防演练，200余人参加。', '', '', '火灾警示', '', '一条通宵未关的电热毯烧毁一间老屋', '　　去年12月下旬的一天凌晨，某村一村民家中起火，所幸无人伤亡。']);
    expect(r.articles.map((a) => a.headline)).toEqual(['某某镇开展冬季消防演练', '一条通宵未关的电热毯烧毁一间老屋']);
  });
});

describe('a drawing\'s caption', () => {
  it('names the artist before 作 or 绘 as the credit', () => {
    expect(splitCredit('漫画：分一分，垃圾变资源。　郑某某 作')).toMatchObject({ text: '漫画：分一分，垃圾变资源。', credit: '郑某某' });
    expect(splitCredit('漫画：分一分，垃圾变资源。')).toBeNull();
  });
});

describe('a guide\'s label over its items', () => {
  it('is the box\'s title', () => {
    const r = parse([HEADER, '', '', '某某社区垃圾分类试点见成效', '', '　　本报讯（记者 王一）一个月来，某某社区垃圾分类准确率达到85%。', '', '', '分类指南', '', '可回收物', '废纸、塑料瓶、易拉罐、旧衣物', '有害垃圾', '废电池、废灯管、过期药品']);
    expect(r.articles.map((a) => [a.column, a.headline])).toEqual([[null, '某某社区垃圾分类试点见成效'], [null, '分类指南']]);
  });
});

describe('a banner framed by ornaments', () => {
  it('is page furniture, not a story', () => {
    const r = parse([HEADER, '', '', '奋力书写高质量发展新篇章', '', '　　2019年，我们团结一心、攻坚克难，各项事业取得新成绩。新的一年，我们将继续努力。', '', '', '★　恭贺新禧　★　某某镇祝全镇人民新年快乐　万事如意　★']);
    expect(r.articles.map((a) => a.headline)).toEqual(['奋力书写高质量发展新篇章']);
    expect(r.furniture.map((f) => f.text)).toContain('★　恭贺新禧　★　某某镇祝全镇人民新年快乐　万事如意　★');
  });
});

describe('a page\'s name on the line under the paper\'s', () => {
  it('is read before the date there, where the first line\'s first field is the paper\'s', () => {
    expect(readPageInfo(['某某新闻　　　　　　04', '税务服务　　2022年6月17日　星期五　　责任编辑：裘某']).pageName).toBe('税务服务');
    expect(readPageInfo(['某某通讯　2018年2月23日　星期五　第3版', '民俗·节庆　　　　责任编辑：童某']).pageName).toBe('民俗·节庆');
  });
});
