/**
 * Rules learnt from round 22 (after it was measured held out), on invented input with the negative cases: the page's foot
 * of contact and imprint lines; a headline of two clauses under its kicker or over numbered tips; sections titled
 * `place：phrase`; pupils' bylines under a school's short name; an indented first line is no title; a speech tag alone
 * under its quotation; a role glued to a letter-spaced name.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/parse/byline.ts';
import { parseSeed } from '../../src/parse/index.ts';
import { isBylineLine } from '../../src/parse/units.ts';

const parse = (lines: string[], kind: 'news-page' | 'feature-page' = 'news-page') => parseSeed(lines.join('\n'), { seed: 't.txt', kind });
const firstText = (a: { blocks: { type: string; text?: string }[] }) => a.blocks.find((b) => b.type === 'paragraph')?.text;

describe('the page\'s foot of contact and imprint lines, under a marked 导读 box', () => {
  const page = (gap: string[]) => [
    '青山镇开展春季安全大检查',
    '',
    '本报讯（记者 章敏）4月12日，青山镇联合海事、渔政等部门开展安全大检查，共检查船舶86艘。',
    '',
    '',
    '■本期导读',
    '第2版　青山老街改造进入收尾阶段',
    '第3版　东岙村：老渔村开出民宿',
    ...gap,
    '社址：青山镇沙河路128号　邮编：316000　新闻热线：0580-5081234',
    '定价：每份1.00元　　印刷：青山印务中心',
  ];
  it('is furniture, every line of it, when set apart from the last story', () => {
    const r = parse(page(['', '']));
    expect(r.articles.map((a) => a.headline)).toEqual(['青山镇开展春季安全大检查']);
    expect(r.furniture.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringContaining('社址'), expect.stringContaining('定价')]));
  });
  it('but lines run on under the story\'s text are not taken for it', () => {
    const r = parse(page(['']));
    expect(r.furniture.some((f) => f.text.includes('定价'))).toBe(false);
  });
});

describe('a headline of two clauses', () => {
  it('under its kicker, over a byline', () => {
    const arts = parse(['“双节”出游好去处', '东岙山的秋，是听出来的', '', '文/图　本报记者　章敏', '', '　　都说东岙山是“浙南第一山”，来过几回才发现，它的秋天更是用来听的。']).articles;
    expect(arts[0]!.headline).toBe('东岙山的秋，是听出来的');
  });
  it('set apart over numbered tips', () => {
    const arts = parse([
      '青山镇开展普法宣传',
      '',
      '本报讯（记者 章敏）12月4日，青山镇司法所在渔港码头开展普法宣传，发放资料300余份。',
      '',
      '',
      '渔船雇工，这些常识要知道',
      '',
      '1.签订书面合同。船东雇用船员应签订书面劳务合同。',
      '2.购买保险。船东应为船员购买雇主责任险。',
    ]).articles;
    expect(arts.map((a) => a.headline)).toEqual(['青山镇开展普法宣传', '渔船雇工，这些常识要知道']);
  });
});

describe('sections titled place：phrase', () => {
  const story = (t1: string, t2: string) => [
    '东岙山的秋天',
    '',
    '文/图　本报记者　章敏',
    '',
    '　　都说东岙山是“浙南第一山”，来过几回才发现，它的秋天更是用来听的。',
    '',
    t1,
    '',
    '　　傍晚6点，景区的游客渐渐多了起来。天色一暗，白天看着平常的山峰，在夜色里变了模样。',
    '',
    t2,
    '',
    '　　第二天一早去瀑布。沿着溪边的石板路走上二十多分钟，还没见到瀑布，先听到了水声。',
  ];
  it('are sections of one story', () => {
    expect(parse(story('灵岩：夜色里的剪影', '龙湫：先闻其声')).articles.map((a) => a.headline)).toEqual(['东岙山的秋天']);
  });
  it('but titles numbered by their label (骗局一：…) are not made sections by their shape', async () => {
    const { headingShape } = await import('../../src/parse/classify.ts');
    expect(headingShape('骗局一：刷单返利')).not.toBe(headingShape('灵岩：夜色里的剪影'));
    expect(headingShape('灵岩：夜色里的剪影')).toBe(headingShape('龙湫：先闻其声'));
  });
});

describe('a pupil\'s byline under a school\'s short name', () => {
  it('is a byline, spaced or run together, with its teacher after a wide gap', () => {
    expect(isBylineLine('青山一小 三(2)班 应思琪')).toBe(true);
    expect(isBylineLine('青山一小二（1）班应语桐')).toBe(true);
    expect(isBylineLine('青山镇中心小学 六(3)班 胡欣悦　　　指导老师：程晓燕')).toBe(true);
    expect(parseByline('青山一小二（1）班应语桐').writers).toEqual(['应语桐']);
    expect(parseByline('青山二小　五(1)班　李浩然').writers).toEqual(['李浩然']);
  });
  it('but a phrase with 一小 in it is no byline', () => {
    expect(isBylineLine('青山镇举办 一小时 活动')).toBe(false);
  });
});

describe('an indented line run into the prose under it', () => {
  it('is its paragraph\'s first line, never a run-in title', () => {
    const arts = parse([
      '第一次当小记者',
      '青山一小 六(3)班 胡欣悦',
      '',
      '　　上周六，我作为校园小记者，第一次走上街头采访。',
      '',
      '　　我采访的第一个人是在老街卖豆',
      '腐的王奶奶。我鼓起勇气走上前，说明了来意。',
    ]).articles;
    expect(arts.map((a) => a.headline)).toEqual(['第一次当小记者']);
  });
});

describe('a speech tag alone under the quotation it closes', () => {
  it('ends the quotation\'s paragraph', () => {
    const arts = parse(['老船长巡港十年', '', '本报讯（记者 章敏）每天清晨，王海生都要沿着港区走一圈。', '', '“只要还走得动，我就一直巡下去。”', '王海生说。']).articles;
    const paras = arts[0]!.blocks.filter((b) => b.type === 'paragraph');
    expect(paras.at(-1)).toEqual({ type: 'paragraph', text: '“只要还走得动，我就一直巡下去。”王海生说。' });
  });
  it('but a line that says more is a paragraph of its own', () => {
    const arts = parse(['老船长巡港十年', '', '本报讯（记者 章敏）每天清晨，王海生都要沿着港区走一圈。', '', '“只要还走得动，我就一直巡下去。”', '王海生说完又出发了。']).articles;
    expect(arts[0]!.blocks.filter((b) => b.type === 'paragraph').length).toBe(3);
  });
});

describe('a role glued to the letter-spaced name after it', () => {
  it('names that person in that role', () => {
    expect(parseByline('（通讯员孙　珂）').correspondents).toEqual(['孙珂']);
    expect(parseByline('记者王敏 通讯员孙　珂').reporters).toEqual(['王敏']);
  });
  it('but a role\'s own word (记者站) is not split', () => {
    expect(parseByline('本报驻青山记者站 章敏').reporters).not.toContain('站');
  });
});

void firstText;
