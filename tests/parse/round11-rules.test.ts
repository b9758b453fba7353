/** Round 11's general rules (splitting, captions, bylines, columns), one at a time, on invented input, with the negative cases. */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2021-06-04' }).articles;
const headlines = (text: string) => parse(text).map((a) => a.headline);

describe('a run-in title before a news lead', () => {
  const story = '龙泉青瓷小镇迎来游客高峰\n\n本报讯（记者 林晓）5月1日，龙泉青瓷小镇迎来假日游客高峰，\n各窑口门前排起长队，游客体验拉坯、施釉等制作工序。\n\n';
  it('splits a title set in one line with 本报讯 after a wide gap, even alone on the page', () => {
    const page = `${story}安仁镇举办夏季运动会　本报讯 6月2日，\n安仁镇第三届全民运动会在镇中心学校开幕，\n12支代表队的300余名运动员参赛。（通讯员 季云）\n`;
    expect(headlines(page)).toEqual(['龙泉青瓷小镇迎来游客高峰', '安仁镇举办夏季运动会']);
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
  it('keeps it as the last paragraph when the byline credits no photo', () => {
    expect(read('记者 王敏').captions).toEqual([]);
  });
});
