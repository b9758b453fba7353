/** Round 11's general rules (splitting, captions, bylines, columns), one at a time, on invented input, with the negative cases. */
import { describe, expect, it } from 'vitest';
import { parseByline, splitCredit } from '../../src/parse/byline.ts';
import { sideBySideCaptions } from '../../src/parse/captions.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { isBylineLine } from '../../src/parse/units.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2021-06-04' }).articles;
const headlines = (text: string) => parse(text).map((a) => a.headline);

describe('a run-in title before a news lead', () => {
  const story = '龙泉青瓷小镇迎来游客高峰\n\n本报讯（记者 林晓）5月1日，龙泉青瓷小镇迎来假日游客高峰，\n各窑口门前排起长队，游客体验拉坯、施釉等制作工序。\n\n';
  it('splits a title set in one line with 本报讯 after a wide gap, even alone on the page', () => {
    const page = `${story}安仁镇举办夏季运动会　本报讯 6月2日，\n安仁镇第三届全民运动会在镇中心学校开幕，\n12支代表队的300余名运动员参赛。（通讯员 季云）\n`;
    expect(headlines(page)).toEqual(['龙泉青瓷小镇迎来游客高峰', '安仁镇举办夏季运动会']);
  });
  it('splits so when the wrap cuts 本报讯 itself (title　本报 / 讯 6月2日，…)', () => {
    const page = `${story}安仁镇举办夏季运动会　本报\n讯 6月2日，安仁镇第三届全民运动会在镇中心学校开幕，\n12支代表队的300余名运动员参赛。（通讯员 季云）\n`;
    expect(headlines(page)).toEqual(['龙泉青瓷小镇迎来游客高峰', '安仁镇举办夏季运动会']);
  });
  it('reads a bracketed 【本报讯】 and a 讯 that lost its 本报 as a lead under a title set tight over it', () => {
    for (const lead of ['【本报讯】6月2日，', '讯 6月2日，', '讯（通讯员 季云）6月2日，']) {
      const page = `${story}安仁镇举办夏季运动会\n${lead}安仁镇第三届全民运动会在镇中心学校开\n幕，12支代表队的300余名运动员参赛。\n`;
      const a = parse(page);
      expect(a.map((x) => x.headline)).toEqual(['龙泉青瓷小镇迎来游客高峰', '安仁镇举办夏季运动会']);
      expect(a[1]!.date).toBe('2021-06-02');
    }
  });
  it('splits a lone run-in title before a dateline (6月2日，… · 近日，…), set apart by a blank line or by the full stop above', () => {
    for (const opening of ['6月2日，', '6月2日上午，', '近日，']) {
      for (const gap of ['\n', '']) {
        const page = `${story.replace(/\n\n$/u, '\n')}${gap}安仁镇举办夏季运动会　${opening}安仁镇第三届全民运动会在镇中心学校开\n幕，12支代表队的300余名运动员参赛。\n`;
        expect(headlines(page)).toEqual(['龙泉青瓷小镇迎来游客高峰', '安仁镇举办夏季运动会']);
      }
    }
  });
  it('keeps a line whose text before the gap is no title (a sentence) as prose', () => {
    const page = `${story}运动会圆满结束。　本报讯 6月2日，\n安仁镇第三届全民运动会在镇中心学校开幕。\n`;
    expect(headlines(page)).toEqual(['龙泉青瓷小镇迎来游客高峰']);
  });
});

describe('a run-in title whose text is cut by the wrap before its first word ends', () => {
  it('joins the cut word (6 / 月2日) to the line under a bold, doubled title: one item, its text whole', () => {
    const page = '镇村快讯\n\n■ 安仁镇开展消防演练　6月1日，安仁镇消防站在\n镇区一商场开展灭火演练，检验应急处置能力。\n\n■ 季山村举办插花课■ 季山村举办插花课　6\n月2日，季山村文化礼堂开设插花课程，30余名\n村民参加，学习插花基本技法。（通讯员 朱敏）\n';
    const a = parse(page);
    expect(a.map((x) => x.headline)).toEqual(['安仁镇开展消防演练', '季山村举办插花课']);
    expect(a[1]!.blocks.find((b) => b.type === 'paragraph')).toMatchObject({ text: expect.stringMatching(/^6月2日，季山村/u) });
    expect(a[1]!.date).toBe('2021-06-02');
  });
});

describe('a caption without credit under a story whose byline credits photos', () => {
  const page = (byline: string) =>
    `茶香飘满新茶季\n\n${byline}\n\n清明前后，龙井村的茶山上满是采茶人的身影，\n今年的头茬春茶比往年早上市一周。\n\n村党支部书记介绍，今年全村茶叶产量预计\n增长一成，新建的加工车间已全部投入使用。\n\n龙井村新建成的茶叶加工车间。\n\n安仁镇举办夏季运动会\n\n本报讯（通讯员 季云）6月2日，安仁镇第三届全民运动会在镇中心学校开幕，\n12支代表队的300余名运动员参赛。\n`;
  const read = (byline: string) => parse(page(byline))[0]!;
  it('reads the short sentence after the text as the photo’s caption when the byline says 文/摄', () => {
    expect(read('记者 王敏 文/摄').captions.map((c) => c.text)).toEqual(['龙井村新建成的茶叶加工车间。']);
  });
  it('reads it so on a page that sets paragraphs tight, no blank line over the caption', () => {
    const tight = page('文/图 王敏').replace('一成，新建的加工车间已全部投入使用。\n\n龙井村', '一成，新建的加工车间已全部投入使用。\n龙井村');
    expect(parse(tight)[0]!.captions.map((c) => c.text)).toEqual(['龙井村新建成的茶叶加工车间。']);
  });
  it('reads such a line set apart between two paragraphs as a caption too, a quoted name in it allowed', () => {
    const middle = page('记者 王敏 文/摄').replace('龙井村新建成的茶叶加工车间。', '茶农在“共富工坊”里分拣。').replace('清明前后', '清明前后').replace('\n\n村党支部书记介绍', '\n\n龙井村“共富工坊”的分拣线。\n\n村党支部书记介绍');
    expect(parse(middle)[0]!.captions.map((c) => c.text)).toContain('龙井村“共富工坊”的分拣线。');
  });
  it('never reads a quoted sentence (speech) so', () => {
    const speech = page('记者 王敏 文/摄').replace('龙井村新建成的茶叶加工车间。', '“今年的茶叶卖得真好。”');
    expect(parse(speech)[0]!.captions).toEqual([]);
  });
  it('keeps it as the last paragraph when the byline credits no photo', () => {
    expect(read('记者 王敏').captions).toEqual([]);
  });
});

describe('a column of verse holds verse', () => {
  const essay = '童年记忆\n竹林深处竹林深处\n□ 吴晓燕\n\n老家屋后有一片竹林，春天一到，竹笋就一\n根根从土里钻出来，像一群探头探脑的孩子。\n\n爷爷常常扛着锄头去挖笋，我跟在后面，提\n着竹篮，一路上听他讲竹林里的故事。\n\n';
  const poem = (title: string, author: string) => `${title}\n□ ${author}\n\n晚风吹过瓯江\n把渔火一盏一盏点亮\n桥头的老樟树下\n有人在拉二胡\n\n`;
  const prose = '山城的雨\n\n文/周晴\n\n梅雨季的山城，雨总是下个不停，石板路上\n的青苔一天比一天厚。\n\n卖伞的老人守着小摊，看着行人来来往往，\n也不吆喝。\n\n';
  const columns = (text: string) =>
    parseSeed(`2021年6月4日　星期五　第4版　瓯江副刊\n本版责任编辑：林一　美编：王二\n\n${essay}${text}`, { seed: 't.txt', date: '2021-06-04', kind: 'literary-page' }).articles.map((a) => [a.headline, a.column]);
  it('keeps a poem’s last line, set tight under its other lines, in the poem: never a label over the next title', () => {
    expect(columns(`文苑\n${poem('瓯江夜色', '林舟')}${prose}`).flat()).not.toContain('有人在拉二胡');
  });
  it('does not carry the verse column’s name onto a prose piece set after its poem', () => {
    expect(columns(`文苑\n${poem('瓯江夜色', '林舟')}${prose}`)).toEqual([['竹林深处', '童年记忆'], ['瓯江夜色', '文苑'], ['山城的雨', null]]);
  });
  it('still carries it onto a second poem under the same label', () => {
    expect(columns(`文苑\n${poem('瓯江夜色', '林舟')}${poem('桥头', '陈一')}`)).toEqual([['竹林深处', '童年记忆'], ['瓯江夜色', '文苑'], ['桥头', '文苑']]);
  });
});

describe('a work’s title with its art in brackets and the artist after a wide gap', () => {
  it('reads 《…》（国画）　name as a caption and its credit', () => {
    expect(splitCredit('《江村晨雾》（国画）　　林一帆')).toMatchObject({ text: '《江村晨雾》（国画）', credit: '林一帆' });
    expect(splitCredit('《渔归》（摄影）　周 敏')).toMatchObject({ text: '《渔归》（摄影）', credit: '周敏' });
  });
  it('leaves a book and its author (no art named) and a title with no name after it alone', () => {
    expect(splitCredit('《平凡的世界》　　路遥')).toBeNull();
    expect(splitCredit('《渔归》（摄影）')).toBeNull();
  });
});

describe('an author by unit and name, or a headline that lost its quotation marks', () => {
  it('reads a unit ending in an organ’s word and a name after a wide gap as a byline', () => {
    expect(isBylineLine('安仁镇社区卫生服务中心　王敏')).toBe(true);
    expect(isBylineLine('龙泉市文化馆  季晓云')).toBe(true);
    expect(isBylineLine('□ 县农业农村局 吴立')).toBe(true);
  });
  it('leaves a headline whose quoted word lost its marks to one plain space each side (…举办 开窑节 ) a headline', () => {
    expect(isBylineLine('龙泉窑举办 开窑节 ')).toBe(false);
    const a = parse('安仁镇举办夏季运动会\n本报讯 6月2日，安仁镇第三届全民运动会在镇中心学校开幕，\n12支代表队的300余名运动员参赛。\n\n龙泉窑举办 开窑节 \n本报讯 6月1日，龙泉窑在窑址举办第二届开窑节，\n近千名游客观看开窑仪式。（通讯员 季云）\n');
    expect(a.map((x) => x.headline.replace(/[“”\s]/gu, ''))).toEqual(['安仁镇举办夏季运动会', '龙泉窑举办开窑节']);
    expect(a[0]!.byline.writers).toEqual([]);
  });
});

describe('a head’s post before the author’s name', () => {
  it('drops a post of four characters or more ending in 长 from the names', () => {
    expect(parseByline('□ 护林队长　吴水根').writers).toEqual(['吴水根']);
    expect(parseByline('□ 楼道组长　陈 敏').writers).toEqual(['陈敏']);
  });
  it('keeps two authors’ names', () => {
    expect(parseByline('□ 许文娟 王小明').writers).toEqual(['许文娟', '王小明']);
  });
});

describe('a photo set inside a paragraph', () => {
  const page = (caption: string) =>
    `季山村的“共富菜园”\n\n本报记者 陈立\n\n走进季山村，一排排大棚整齐排列。村党支部书记吴国平介绍，\n村里把闲置的十多亩荒地流转回来，统一建成蔬菜大棚，又把村口的\n${caption}\n周敏 摄\n空地改成了停车场，村集体经济收入一年增加了六十多万元。\n\n`;
  it('reads a line that reads like a caption, right over a credit, as the photo’s caption even where it cuts a sentence', () => {
    const a = parse(page('吴国平（右）在大棚里查看蔬菜长势。'))[0]!;
    expect(a.captions).toMatchObject([{ text: '吴国平（右）在大棚里查看蔬菜长势。', credit: '周敏' }]);
    expect(a.byline.photographers).toEqual([]);
  });
});

describe('captions side by side on one line', () => {
  it('reads a credited caption and a plain one run into a line, a wide gap between, as two captions', () => {
    expect(sideBySideCaptions('村民在文化礼堂排练越剧。陈立 摄    孩子们在晒谷场上放风筝。')).toBe(true);
    const page = '龙井村的文化生活\n\n记者 王敏/文 陈立/摄\n\n入夏以来，龙井村文化礼堂每晚都很热闹，村民们排练越剧、\n学跳广场舞，孩子们在晒谷场上放风筝。\n\n村民在文化礼堂排练越剧。陈立 摄    孩子们在晒谷场上放风筝。\n\n村里还请来文化员，每周开设一堂书法课，报名的村民越来越多。\n';
    expect(parse(page)[0]!.captions).toMatchObject([{ text: '村民在文化礼堂排练越剧。', credit: '陈立' }, { text: '孩子们在晒谷场上放风筝。', credit: null }]);
  });
  it('leaves a row of two plain cells, or two sentences with no credit, alone', () => {
    expect(sideBySideCaptions('项目名称　　投资金额')).toBe(false);
    expect(sideBySideCaptions('村民在排练。    孩子们在放风筝。')).toBe(false);
  });
});

describe('more ways a caption carries its credit', () => {
  it('reads 摄影：name, a bracketed credit after a caption with no full stop, and 图片由…提供', () => {
    expect(splitCredit('茶农在山坡上采茶。摄影：林一帆')).toMatchObject({ text: '茶农在山坡上采茶。', credit: '林一帆' });
    expect(splitCredit('茶农在山坡上采茶（通讯员 林一帆 摄）')).toMatchObject({ text: '茶农在山坡上采茶', credit: '林一帆' });
    expect(splitCredit('茶农在山坡上采茶。（图片由龙井村提供）')).toMatchObject({ text: '茶农在山坡上采茶。', credit: '龙井村' });
  });
  it('leaves a bracketed date or note after a phrase alone', () => {
    expect(splitCredit('报名时间（6月1日—6月5日）')).toBeNull();
    expect(splitCredit('活动地点（镇文化礼堂）')).toBeNull();
  });
});

describe('bare names closing a 本报讯 story', () => {
  const page = (close1: string, close2: string) =>
    `安仁镇举办夏季运动会\n本报讯 6月2日，安仁镇第三届全民运动会在镇中心学校开幕，\n12支代表队的300余名运动员参赛。${close1}\n龙井村开展消防演练\n本报讯 6月3日，龙井村组织村民开展消防演练，\n80余名村民参加。${close2}\n`;
  it('signs the story they close as its reporters', () => {
    const a = parse(page('（周云）', '（陈立 王敏）'));
    expect(a.map((x) => x.byline.reporters)).toEqual([['周云'], ['陈立', '王敏']]);
    expect(a[0]!.blocks.at(-1)).toMatchObject({ text: expect.stringMatching(/参赛。$/u) });
  });
  it('leaves a closing mark or a number in brackets in the text', () => {
    const a = parse(page('（完）', '（二）'));
    expect(a.map((x) => x.byline.reporters)).toEqual([[], []]);
  });
});

describe('a reporter-signed item in a column of briefs', () => {
  const item = (title: string, text: string, sign: string) => `■ ${title}　${text}${sign}\n\n`;
  const column = (third: string) =>
    `镇村快讯\n\n${item('安仁镇开展消防演练', '6月1日，安仁镇消防站在镇区一商场开展灭火演练，检验应急处置能力。', '（通讯员 周云）')}${item('龙井村举办插花课', '6月2日，龙井村文化礼堂开设插花课程，30余名村民参加。', '')}${third}`;
  it('is a brief when it is one paragraph, whoever signs it', () => {
    const a = parse(column(item('季山村开展义诊', '6月3日，镇卫生院医生走进季山村，为80余名老人免费体检。', '（记者 陈立 通讯员 王敏）')));
    expect(a.map((x) => x.kind)).toEqual(['brief', 'brief', 'brief']);
  });
});

describe('a title with a comma, ！ or ？ set tight over a 本报讯 lead', () => {
  const story = '龙泉青瓷小镇迎来游客高峰\n\n本报讯（记者 林晓）5月1日，龙泉青瓷小镇迎来假日游客高峰，\n各窑口门前排起长队，游客体验拉坯、施釉等制作工序。\n';
  it('is the next story’s headline, a blank line above it or only the full stop closing the text before', () => {
    for (const title of ['家门口就能看病了！', '垃圾分类难在哪？', '天热了，防溺水要记牢']) {
      for (const gap of ['\n', '']) {
        const page = `${story}${gap}${title}\n本报讯 6月2日，安仁镇社区卫生服务站正式启用，周边3000余\n名居民看病不用再跑县城。\n`;
        expect(headlines(page)).toEqual(['龙泉青瓷小镇迎来游客高峰', title]);
      }
    }
  });
  it('is one over a standing byline, or over a paragraph opening with its dateline, too', () => {
    const byline = `${story}\n家门口就能看病了！\n\n记者 王敏 通讯员 李强\n\n6月2日，安仁镇社区卫生服务站正式启用，周边3000余名居民看病\n不用再跑县城。\n`;
    expect(headlines(byline)).toEqual(['龙泉青瓷小镇迎来游客高峰', '家门口就能看病了！']);
    const dated = `${story}\n天热了，防溺水要记牢\n\n6月2日，安仁镇中心学校开展防溺水安全教育，1200余名学生\n参加。（通讯员 李强）\n`;
    expect(headlines(dated)).toEqual(['龙泉青瓷小镇迎来游客高峰', '天热了，防溺水要记牢']);
  });
  it('never takes a sentence closed by a full stop, or a quotation, for one', () => {
    for (const line of ['服务站启用后很受欢迎。', '“看病方便多了！”']) {
      const page = `${story}\n${line}\n本报讯 6月2日，安仁镇社区卫生服务站正式启用，周边3000余\n名居民看病不用再跑县城。\n`;
      expect(headlines(page)).not.toContain(line);
    }
  });
});

describe('more bylines at first contact', () => {
  it('reads 实习生 as a role word, not a name', () => {
    expect(parseByline('本报记者 周晴 实习生 吴立').reporters).toEqual(['周晴', '吴立']);
  });
  it('reads credit words spaced after the names (某某 文 某某 图)', () => {
    expect(parseByline('周晴 文 吴立 图')).toMatchObject({ writers: ['周晴'], photographers: ['吴立'] });
    expect(parseByline('记者 周晴 文/摄')).toMatchObject({ reporters: ['周晴'], photographers: ['周晴'] });
  });
  it('finds no author in an affiliation note', () => {
    expect(parseByline('（作者单位：县文化馆）').writers).toEqual([]);
  });
});

describe('a column label framed by a mark each side', () => {
  it('names the column without the marks (◆乡镇快讯◆ → 乡镇快讯)', () => {
    const items = '■ 安仁镇开展消防演练　6月1日，安仁镇消防站在镇区一商场开展灭火演练，检验应急处置能力。（通讯员 周云）\n\n■ 龙井村举办插花课　6月2日，龙井村文化礼堂开设插花课程，30余名村民参加。\n';
    expect(parse(`◆基层快讯◆\n\n${items}`).map((a) => a.column)).toEqual(['基层快讯', '基层快讯']);
  });
});
