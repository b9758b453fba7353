/** Round 13's box rules: a short box title after a story's finished text heads a piece of its own, on invented input, with the negative cases. */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { INVENTED_STORY } from './helpers.ts';

const parse = (text: string) => parseSeed(text, { seed: 't.txt', date: '2021-06-04' }).articles;

const STORY = [...INVENTED_STORY, '镇里还将在明年新增两座驿站，覆盖全镇主要街道。', ''].join('\n') + '\n';

describe('a box noun title after a story', () => {
  it('reads a 贴士 box of label：sentence entries, one blank line above, as a piece of its own', () => {
    const arts = parse(`${STORY}驿站贴士\n开放时间：每天早上七点至晚上九点，节假日照常开放，\n雨雪天气延长一小时。\n使用范围：环卫工人、快递员和过往群众均可免费使用。\n`);
    expect(arts.map((a) => a.headline)).toEqual(['青山镇新建三座便民驿站', '驿站贴士']);
    expect(arts[0]!.body.join('')).not.toMatch(/开放时间/u);
  });
  it('reads a 提醒 box of numbered tips as a piece of its own', () => {
    const arts = parse(`${STORY}冬季用电提醒\n1.外出时请关闭取暖器电源。\n2.发现电线老化请及时联系电工更换。\n`);
    expect(arts.map((a) => a.headline)).toEqual(['青山镇新建三座便民驿站', '冬季用电提醒']);
  });
  it('keeps a heading that is no box noun inside the story as its section', () => {
    const arts = parse(`${STORY}驿站的由来\n去年冬天，镇里走访环卫工人时听到了建驿站的心愿。\n`);
    expect(arts.map((a) => a.headline)).toEqual(['青山镇新建三座便民驿站']);
  });
  it('keeps a box noun inside a paragraph run (no finished sentence above) with the story', () => {
    const arts = parse(`${STORY.trimEnd().replace(/。$/u, '，')}\n\n安全提醒\n请注意用电安全。\n`);
    expect(arts.map((a) => a.headline)).not.toContain('安全提醒');
  });
});

describe('a table under its own title after a story\'s photo caption', () => {
  const TABLE = '本周公交时刻\n线路　　首班　　末班\n1路　　06:00　　21:30\n2路　　06:20　　21:00\n3路　　06:40　　20:30\n（县交通运输局提供）\n';
  it('reads the titled table as a piece of its own', () => {
    const arts = parse(`${STORY}▲ 环卫工人在驿站休息。（周明远 摄）\n\n${TABLE}`);
    expect(arts.map((a) => a.headline)).toContain('本周公交时刻');
  });
  it('keeps a titled table right under the story\'s prose inside the story', () => {
    const arts = parse(`${STORY}${TABLE}`);
    expect(arts.map((a) => a.headline)).not.toContain('本周公交时刻');
  });
});

describe('a post and a name under a report\'s ——副题', () => {
  const REPORT = (speaker: string) => [
    '青溪市人民政府工作报告',
    '——2024年1月8日在青溪市第五届人民代表大会第二次会议上',
    '',
    speaker,
    '',
    '各位代表：',
    '',
    '现在，我代表市人民政府向大会报告工作，请予审议。',
    '',
    '过去一年，全市经济运行稳中有进，城乡居民收入稳步增长，民生实事全部完成。',
    '',
  ].join('\n');
  it('reads the speaker line as the byline, not a line of the 副题', () => {
    const [a] = parse(REPORT('市长　林志远'));
    expect(a!.subheadline).toBe('——2024年1月8日在青溪市第五届人民代表大会第二次会议上');
    expect(a!.byline.writers).toEqual(['林志远']);
  });
  it('leaves a post and name with no ——副题 above as it was', () => {
    const arts = parse(REPORT('市长　林志远').replace(/^——.*\n/mu, ''));
    expect(arts[0]!.byline.writers).not.toEqual(['林志远']);
  });
});

describe('a run-in item under a short label after a 落款', () => {
  const NOTICE = [
    '停水通知',
    '',
    '因管网改造，3月5日8时至18时城东片区停止供水，请用户提前储水。',
    '青溪市自来水公司',
    '2024年3月1日',
    '',
  ].join('\n');
  it('splits the item\'s title, set off by one plain space, from its text', () => {
    const arts = parse(`${NOTICE}\n社区短讯\n东门菜场改造完工 近日，东门菜场改造工程完工，新增摊位80个，\n市民买菜更方便。（通讯员 林晓）\n`);
    expect(arts.map((a) => a.headline)).toContain('东门菜场改造完工');
  });
  it('leaves a line with one plain space and no label over it whole', () => {
    const arts = parse(`${NOTICE}\n东门菜场改造完工 近日，东门菜场改造工程完工，新增摊位80个，\n市民买菜更方便。（通讯员 林晓）\n`);
    expect(arts.map((a) => a.headline)).not.toContain('东门菜场改造完工');
  });
});

describe('a run-in item set tight under its column label', () => {
  const LEAD = '青溪新城小学开学\n\n本报讯（记者 周明远）9月1日，青溪新城小学迎来首批新生，学校可容纳学生1200人。\n\n';
  it('splits the title set off by a wide gap from its dated text', () => {
    const arts = parse(`${LEAD}乡镇快讯\n南山乡举办采茶节　4月2日，南山乡第三届采茶节开幕，\n20余家茶企参加。（通讯员 林晓）\n`);
    expect(arts.at(-1)!.body.join('')).toMatch(/^4月2日，南山乡/u);
  });
});

describe('a related-news label over a titled item', () => {
  it('names the column of the item under it and is no part of its title (相关新闻: a closed class of labels)', () => {
    const text = `${STORY}相关新闻\n青山镇去年建成便民驿站五座\n本报讯（记者 周明远）去年，青山镇在集镇和中心村建成便民驿站五座，\n累计服务群众两万余人次。\n`;
    const arts = parse(text);
    expect(arts.at(-1)!.headline).toBe('青山镇去年建成便民驿站五座');
    expect(arts.at(-1)!.column).toBe('相关新闻');
  });
});
