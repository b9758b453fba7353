/**
 * Rules learnt from round 29 (after it was measured held out), on invented input with the negative cases: a meeting's name
 * cut by the width, a Q&A box's label over untitled text, a 导读 box of `2版　…` pointers, a heading over a text signed at its
 * close below a story opened by its lead.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { readHeadlineStack } from '../../src/parse/headline.ts';

const parse = (lines: string[]) => parseSeed(lines.join('\n'), { file: 'x.txt' } as never);
const HEADER = '某某新闻　　要闻　　第2版　　2021年7月16日　星期五　　责任编辑：陈某';
const STORY = ['某某镇召开防汛防台工作部署会', '', '　　本报讯（记者 黄某）7月13日下午，某某镇召开防汛防台工作部署会，部署下半年重点任务。', '', ''];

describe('a meeting\'s name cut by the width', () => {
  it('joins the line holding the meeting to the rest of its name', () => {
    expect(readHeadlineStack(['某某镇召开2021年下半年重点工作', '推进会暨防汛防台工作部署会'])!.headline).toBe('某某镇召开2021年下半年重点工作推进会暨防汛防台工作部署会');
    // A meeting named whole on its line stands over its 副题.
    expect(readHeadlineStack(['某某镇召开重点工作推进会', '部署下半年十项重点任务'])!.subheadline).toBe('部署下半年十项重点任务');
  });
});

describe('a Q&A box\'s label over untitled text', () => {
  it('is the box\'s title', () => {
    const r = parse([HEADER, '', '', ...STORY, '医保政策问答', '', '问：在外地工作的本县户籍人员能在本县参保吗？', '答：可以。未在工作地参加职工医保的，可以在户籍地参保。']);
    expect(r.articles.map((a) => [a.column, a.headline])).toEqual([[null, STORY[0]], [null, '医保政策问答']]);
  });
});

describe('a 导读 box of pointers set page first', () => {
  it('reads the box as furniture, no poem', () => {
    const r = parse([HEADER, '', '', ...STORY, '本期导读', '2版　某某街道开展秋冬季消防安全大检查', '3版　“某某好人”黄某某：义务修车二十年', '4版　重阳敬老：一碗长寿面里的温情']);
    expect(r.articles.map((a) => a.headline)).toEqual([STORY[0]]);
    expect(r.furniture.map((f) => f.text)).toContain('3版　“某某好人”黄某某：义务修车二十年');
  });
});

describe('a heading over a text signed at its close', () => {
  it('heads a second piece below a story opened by its lead, not a section of that story', () => {
    const page = [HEADER, '', '', STORY[0], '', '　　本报讯（记者 黄某）7月13日下午，某某镇召开防汛防台工作部署会。', '　　会议要求，各村要压实责任，确保安全度汛。', '',
      '古镇老街“微改造”完工', '', '某某老街“微改造”项目日前完工。改造后的老街保留了青石板路和木构老屋。', '', '据介绍，此次改造共投入资金860万元。', '（通讯员 叶某）'];
    expect(parse(page).articles.map((a) => a.headline)).toEqual([STORY[0], '古镇老街“微改造”完工']);
    // With no signature of its own below it, the heading is the story's section.
    expect(parse(page.slice(0, -1)).articles.map((a) => a.headline)).toEqual([STORY[0]]);
  });
});
