/**
 * Round 14's rules, on invented input with the negative cases: titled items under a bold label or after a closing
 * byline, a one-word label right over a title, lost quotes closing a title, a kicker over a signed stack on a page read
 * as a feature, and a page of two signed pieces read as a news page.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { restoreTitleQuotes } from '../../src/parse/headline.ts';
import { readPageInfo } from '../../src/parse/page.ts';
import { INVENTED_STORY } from './helpers.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2022-06-10' });
const headlines = (text: string) => parse(text).articles.map((a) => a.headline);

const STORY = [...INVENTED_STORY, '（记者 周明远）', ''].join('\n');

describe('titled items under a bold label', () => {
  // A label printed twice is how extraction shows bold (村情直通车村情直通车).
  const items = (label: string) =>
    `${STORY}\n${label}\n\n东岙村建起 共享书屋\n村里将闲置祠堂改作书屋，藏书三千余册，村民可免费借阅，每天开放八小时。（通讯员 林小燕）\n\n西岙村修通环村绿道\n西岙村投资九十万元，新修环村绿道两公里，串起三处景点和一片茶园。\n`;
  it('reads each title run into its text as a piece, the first under a bold label whatever its words', () => {
    expect(headlines(items('乡村快报乡村快报'))).toEqual(['青山镇新建三座便民驿站', '东岙村建起“共享书屋”', '西岙村修通环村绿道']);
  });
  it('reads a title after a bracketed byline that closed the text above as a piece of its own', () => {
    expect(headlines(items('乡村快报乡村快报'))).toContain('西岙村修通环村绿道');
  });
  it('keeps a plain paragraph line under a plain paragraph in its story', () => {
    const text = `${STORY.replace('（记者 周明远）\n', '')}\n驿站由镇里统一设计建成\n每座面积约三十平方米，配有微波炉、冰箱和应急药箱，还有一台自助售货机。\n`;
    expect(headlines(text)).toEqual(['青山镇新建三座便民驿站']);
  });
});

describe('a one-word label right over a title', () => {
  it('reads the label as the column and the line under it as the headline', () => {
    const arts = parse(`${STORY}\n以案说法\n违规动火引发火灾 企业负责人被追责\n今年4月，某企业在未办理动火审批的情况下进行电焊作业，焊渣引燃纸箱，造成损失。\n（通讯员 俞斌）\n`).articles;
    const last = arts.at(-1)!;
    expect(last.headline).toBe('违规动火引发火灾 企业负责人被追责');
    expect(last.column).toBe('以案说法');
  });
});

describe('lost quotation marks closing a title', () => {
  it('quotes the term after a subject and a bare verb', () => {
    expect(restoreTitleQuotes('东岙村建起 共享书屋', false).text).toBe('东岙村建起“共享书屋”');
  });
  it('keeps a pair of one length as printed, even when the first names a place by its suffix', () => {
    expect(restoreTitleQuotes('留住乡愁记忆 激活古镇业态', false).restored).toBe(false);
  });
  it('quotes a markedly shorter term before a space left at the line\'s end', () => {
    expect(restoreTitleQuotes('夏季用电安全 五不要', true).text).toBe('夏季用电安全“五不要”');
    expect(restoreTitleQuotes('夏季用电安全 五不要', false).restored).toBe(false);
    expect(restoreTitleQuotes('敢向涛头立 勇做弄潮儿', true).restored).toBe(false);
  });
});

describe('a kicker over a signed stack after a story', () => {
  const page = [
    '（上接第1版）',
    '青山轻纺市场数字化改造完成',
    '',
    '改造后的市场交易大厅里，一块数字大屏实时显示各类原料的价格走势。',
    '此次改造共投入资金1.2亿元，新建智慧物流中心1座。',
    '',
    '守好"菜篮子"　稳住"米袋子"',
    '青山街道春播粮食面积超万亩',
    '——早稻机插率达到92%',
    '',
    '□ 本报记者　孙　立',
    '',
    '立夏已过，青山街道的千亩粮食功能区里，插秧机来回穿梭。',
    '今年全街道春播粮食面积1.2万亩，比去年增加800亩。',
    '',
  ].join('\n');
  it('keeps the kicker with its headline on a page read as a feature, not as a section of the text above', () => {
    const arts = parseSeed(page, { seed: 't.txt', date: '2022-06-10', kind: 'feature-page' }).articles;
    const story = arts.find((a) => a.headline === '青山街道春播粮食面积超万亩')!;
    expect(story.kicker?.replace(/\s+/gu, ' ')).toBe('守好“菜篮子” 稳住“米袋子”');
    expect(arts[0]!.body.join('')).not.toMatch(/菜篮子/u);
  });
});

describe('a page of two signed pieces', () => {
  it('is a news page: a story signed by its lead, then a piece signed at its close with another title under it', () => {
    const text = `${STORY.replace('（记者 周明远）\n', '')}\n防暑小贴士\n高温天气外出请带好遮阳用品，多喝水，避开午后时段。\n（通讯员 林小燕）\n\n用电安全提示\n雷雨天气请拔下电器插头，不要在大树下避雨。\n`;
    const message = parse(text).warnings.find((w) => w.code === 'kind-inferred')?.message ?? '';
    expect(message).toMatch(/新闻版/u);
  });
  it('is still a feature when only its headline is signed', () => {
    const text = `${STORY.replace('（记者 周明远）\n', '')}\n驿站的由来\n去年冬天，镇里走访环卫工人时听到了建驿站的心愿，于是有了这三座驿站。\n`;
    const message = parse(text).warnings.find((w) => w.code === 'kind-inferred')?.message ?? '';
    expect(message).toMatch(/专版/u);
  });
});

describe('a story that ended above', () => {
  const body = (close: string) =>
    `青山镇新建三座便民驿站\n\n本报讯（记者 周明远）近日，青山镇三座便民驿站建成开放，为环卫工人提供饮水、休息等服务。\n\n驿站由镇里统一设计，每座面积约三十平方米，配有微波炉和冰箱。${close}\n\n`;
  const after = '青山 夜经济 热力十足\n暑期接待游客同比增长四成\n\n入夜的青山古镇，一盏盏红灯笼倒映在水面，古街上人头攒动。\n';
  it('reads a heading after a jump line (（下转第2版）) as the next story, not a section of the one that jumped', () => {
    expect(headlines(body('（下转第2版）') + after)).toEqual(['青山镇新建三座便民驿站', '青山“夜经济”热力十足']);
  });
  it('keeps the same heading a section of a story that goes on', () => {
    expect(headlines(body('') + after)).toEqual(['青山镇新建三座便民驿站']);
  });
  it('reads a bracketed heading over prose after a text closed by its bracketed byline as a piece of its own', () => {
    const text = `${body('（记者 周明远 通讯员 陈立）')}【防暑提示】\n高温天气外出请带好遮阳用品，多喝水，避开午后时段，老人和儿童尽量减少外出。\n`;
    expect(headlines(text)).toEqual(['青山镇新建三座便民驿站', '防暑提示']);
  });
  it('leaves a column label over run-in items after such a text to the column', () => {
    const text = `${body('（记者 周明远）')}镇街短波\n大同镇：3月17日，大同镇举办春季招聘会，42家企业提供岗位860余个。（叶晓丽）\n梅城镇：3月20日，梅城古镇城墙修缮工程通过验收。（王立新）\n`;
    expect(headlines(text)).not.toContain('镇街短波');
  });
});

describe('a byline line with a slash between its roles', () => {
  it('reads 记者 and 通讯员 on either side of the slash', () => {
    const arts = parse('青山镇老人吃上热乎饭\n\n记者　林　海　/　通讯员　叶晓雯\n\n上午11点，青山镇长乐社区爱心食堂里飘出阵阵饭菜香，老人们陆续来到食堂用餐。\n').articles;
    expect(arts[0]!.byline).toMatchObject({ reporters: ['林海'], correspondents: ['叶晓雯'] });
  });
});

describe('a box of numbered items after a finished text', () => {
  const essay = '烽火中的青山\n\n□ 吴志刚\n\n1937年冬，青山一带成为抗日前沿，山里的老百姓自发组织担架队、运输队，为前线送粮送药。\n\n如今，纪念碑前常年有人献花。烽火岁月虽已远去，那份精神却代代相传。\n\n';
  it('reads a short title with numbered items tight under it as a box of its own, whatever its words', () => {
    const text = `${essay}国防知识\n1.全民国防教育日是每年9月的第三个星期六。\n2.公民应当依法履行国防义务，爱护国防设施。\n`;
    expect(headlines(text)).toEqual(['烽火中的青山', '国防知识']);
  });
  it('keeps a heading over a paragraph in the story', () => {
    const text = `${essay}抗战记忆\n老人们说起那段岁月，总是说起山路上的担架队和送粮的乡亲。\n`;
    expect(headlines(text)).toEqual(['烽火中的青山']);
  });
});

describe('a page header', () => {
  const info = (line: string) => readPageInfo([line]);
  it('reads a header line that sets the paper\'s name in capitals beside its fields', () => {
    expect(info('FUYANG CHANGKOU　　场口新闻·平安场口　　第8版　　2022.06.17')).toMatchObject({ date: '2022-06-17', page: '8', pageName: '平安场口' });
  });
  it('takes the page\'s name, not the paper\'s, of two names on the line', () => {
    expect(info('横店报｜经济｜2024/04/12 周五｜06')).toMatchObject({ page: '6', pageName: '经济' });
    expect(info('乡镇　03　　　　　　　　　　佛堂新闻　2023年11月24日　星期五')).toMatchObject({ page: '3', pageName: '乡镇' });
  });
  it('keeps a page named …新闻 when it is the only name', () => {
    expect(info('图片新闻                       6                2023年4月14日 星期五')).toMatchObject({ page: '6', pageName: '图片新闻' });
  });
});
