/**
 * Text the page prints between the two halves of a sentence — a page number, a box, a slogan, a
 * photo caption — and the closing forms of a notice. Constructed pages, each with a case that
 * must not be joined.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { restoreLostQuotes } from '../../src/parse/repairs/quotes.ts';
import { articleText } from '../../src/records/text.ts';
import { buildAids } from './helpers.ts';

const parse = (text: string, kind: 'news-page' | 'feature-page' | 'literary-page' = 'news-page') =>
  parseSeed(text, { seed: 't.txt', kind, date: null, ...buildAids() });
const paragraphs = (r: ReturnType<typeof parse>) => r.articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'turn' ? [b.text] : [])));

describe('a sentence cut by a page break', () => {
  const page = (tail: string) =>
    [
      '航埠镇新建三家共富工坊',
      '',
      '本报讯（记者 林立）今年以来，航埠镇把共富工坊建设作为促进农民增收的抓手，目前已建成服装加工、电子装配等工坊12家。',
      '',
      tail,
      '',
      '- 2 -',
      '',
      '建得好、留得住，航埠镇还建立了党建联建的运营模式，村民实现了就近就业。',
    ].join('\n');

  it('joins the words before a page number to the text after it, not as a headline', () => {
    const r = parse(page('为让工坊'));
    expect(r.articles).toHaveLength(1);
    expect(paragraphs(r)).toContain('为让工坊建得好、留得住，航埠镇还建立了党建联建的运营模式，村民实现了就近就业。');
    expect(r.furniture.map((f) => f.text)).toContain('- 2 -');
    expect(r.ledger.balanced).toBe(true);
  });

  it('keeps a finished sentence before the page number a paragraph of its own', () => {
    const r = parse(page('工坊由村党组织牵线。'));
    expect(paragraphs(r)).toContain('工坊由村党组织牵线。');
  });

  it('takes a page label alone on its line (第3版) for the break it is', () => {
    const r = parse(page('上门为企业讲解政').replace('- 2 -', '第3版').replace('建得好、留得住，', '策、指导申报，'));
    expect(paragraphs(r).join('')).toContain('上门为企业讲解政策、指导申报，');
    expect(r.furniture.map((f) => f.text)).toContain('第3版');
  });
});

describe('a box or slogan printed inside a sentence', () => {
  it('ends an interview answer after a 人物简介 box', () => {
    const r = parse(
      [
        '一支画笔绘就乡村新画卷',
        '',
        '■记者 叶青',
        '',
        '记者：听说您还在网上开了直播？',
        '',
        '郑欢欢：是的，每周两三次。一边画一边跟网友聊。有的网友看完直播，专门跑到村里',
        '',
        '人物简介',
        '郑欢欢，1988年出生，沟溪乡余东村人，余东农民画第三代画师。',
        '',
        '来，就为了看看农民画是怎么画出来的。',
        '',
        '记者：农民画给村里带来了哪些变化？',
      ].join('\n'),
      'feature-page',
    );
    const text = articleText(r.articles[0]!);
    expect(text).toContain('专门跑到村里来，就为了看看农民画是怎么画出来的。');
    const note = r.articles[0]!.blocks.find((b) => b.type === 'note');
    expect(note).toMatchObject({ label: '人物简介', text: ['郑欢欢，1988年出生，沟溪乡余东村人，余东农民画第三代画师。'] });
  });

  it('ends a paragraph after a boxed list of figures', () => {
    const r = parse(
      [
        '余东村：一个画出来的未来乡村',
        '',
        '■记者 叶青',
        '',
        '今年以来，余东村已接待研学团队120余批次，带动民宿、农家',
        '',
        '数说余东',
        '- 会画农民画的村民',
        '300余人',
        '- 年创作作品',
        '1万余幅',
        '',
        '乐、土特产销售等增收。',
      ].join('\n'),
      'feature-page',
    );
    expect(paragraphs(r)).toContain('今年以来，余东村已接待研学团队120余批次，带动民宿、农家乐、土特产销售等增收。');
    expect(r.articles[0]!.blocks.some((b) => b.type === 'list' && b.title === '数说余东')).toBe(true);
  });

  it('keeps a slogan set apart by a space out of the answer it cuts', () => {
    const r = parse(
      [
        '接好父辈接力棒',
        '',
        '■记者 王一',
        '',
        '■记者　你们两位都是“创二代”，接班时',
        '有压力吗？',
        '',
        '■高峰　当然有。上数字化车间要投入两千',
        '多万元，父亲一开始很反对，觉得花这么多',
        '钱买设备不值得。',
        '',
        '■郑丽丽　我爸最常说的一句话是做生意要',
        '稳。所以我每开拓一个新市场，都会先做小',
        '批量试单。',
        '',
        '■记者　对柳市电气产业的未来，你们怎么',
        '看？',
        '',
        '■高峰　柳市有全国最完整的低压电器产',
        '业链，这是我们最大的底气。我相信，只',
        '要坚持走高端化、智能化、绿色化的路子，',
        '柳市电气一定能在新一轮竞争',
        '',
        '奋进新时代 建功电器城',
        '',
        '中站稳脚跟。',
        '',
        '■郑丽丽　我们这一代人有责任把父辈打',
        '下的基业传承好、发展好。',
      ].join('\n'),
      'feature-page',
    );
    expect(articleText(r.articles[0]!)).toContain('在新一轮竞争中站稳脚跟。');
    expect(r.furniture.map((f) => f.text)).toContain('奋进新时代 建功电器城');
  });
});

describe('captions printed side by side', () => {
  it('splits two captions on one line at the first one’s credit', () => {
    const r = parse(
      [
        '新新街道邻里文化节开幕',
        '',
        '本报讯（记者 徐婷婷）9月17日晚，新新街道第三届邻里文化节在金桂社区文化广场开幕。',
        '',
        '居民在百家宴上品尝美食。 记者 徐婷婷 摄小朋友在邻里文化节上表演节目。 通讯员 童晓 摄',
      ].join('\n'),
    );
    expect(r.articles[0]!.captions.map((c) => [c.text, c.credit])).toEqual([
      ['居民在百家宴上品尝美食。', '徐婷婷'],
      ['小朋友在邻里文化节上表演节目。', '童晓'],
    ]);
  });
});

describe('a notice’s 落款', () => {
  const notice = (signature: string[]) =>
    [
      '“我的柳川”主题征文启事',
      '',
      '为展现柳市镇经济社会发展新成就，讲好柳市',
      '故事，《柳市》报副刊即日起开展“我的柳川”',
      '主题征文活动。欢迎广大读者踊跃投稿。来稿请',
      '发送至电子邮箱',
      'liuchuanfukan@163.com,邮件主题注明"我的',
      '柳川征文+作者姓名"。征文截止时间为2023年',
      '8月31日。',
      '',
      ...signature,
    ].join('\n');

  it('reads the signer and date as a signature that dates the notice', () => {
    const a = parse(notice(['《柳市》报编辑部', '2023年4月18日']), 'literary-page').articles[0]!;
    expect(a.blocks.at(-1)).toEqual({ type: 'signature', lines: ['《柳市》报编辑部', '2023年4月18日'] });
    expect(a).toMatchObject({ date: '2023-04-18', dateSource: 'text', dateText: '2023年4月18日' });
    // The e-mail inside the sentence is the notice's text, not the page's 投稿 line.
    expect(articleText(a)).toContain('liuchuanfukan@163.com');
  });

  it('gives no date from a 落款 that prints no year', () => {
    const a = parse(notice(['《柳市》报编辑部', '4月18日']), 'literary-page').articles[0]!;
    expect(a.date).toBeNull();
  });
});

describe('lost quotation marks known from the headline', () => {
  it('restores a phrase the headline prints in quotes, its opening quote lost at a line start', () => {
    const r = restoreLostQuotes('她常说，想做新农人 ，光有热情不够。', ['新农人']);
    expect(r.text).toBe('她常说，想做“新农人”，光有热情不够。');
    expect(r.added).toBe(2);
  });

  it('restores no quote when no known phrase ends at a lone space: the space goes, listed for the editors', () => {
    const r = restoreLostQuotes('她常说，想做新农人 ，光有热情不够。', ['共同富裕']);
    expect(r.text).toBe('她常说，想做新农人，光有热情不够。');
    expect(r.ambiguous).toHaveLength(1);
  });

  it('restores a headline’s quotes from the body only where the body prints the same words beside them', () => {
    const a = parse(['我的柳川 主题征文启事', '', '副刊即日起开展“我的柳川”主题征文活动。欢迎投稿。'].join('\n'), 'literary-page').articles[0]!;
    expect(a.headline).toBe('“我的柳川”主题征文启事');
    const b = parse(['共同富裕 柳市在行动', '', '本报讯（记者 林立）柳市镇推进“共同富裕”示范建设。'].join('\n')).articles[0]!;
    expect(b.headline).toBe('共同富裕 柳市在行动');
  });
});

describe('village names that end in 村 twice', () => {
  it('keeps 彭村村 whole across a page break (the gazetteer knows 彭村村委会)', () => {
    const r = parse(['航埠镇垃圾分类示范村名单公布', '', '本报讯（记者 林立）省级示范村为', '彭村', '', '-5-', '', '村、毛村村。'].join('\n'));
    expect(paragraphs(r).join('')).toContain('省级示范村为彭村村、毛村村。');
  });
});
