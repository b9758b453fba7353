/** One rule at a time, on constructed input, including the negative cases. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentDoubled } from '../../src/parse/repairs/doubled.ts';
import { prepareLines } from '../../src/parse/lines.ts';
import { parseByline, splitCredit } from '../../src/parse/byline.ts';
import { isCouplet, readHeadlineStack } from '../../src/parse/headline.ts';
import { articleDate, resolveIssueDate } from '../../src/parse/dates.ts';
import { joinText } from '../../src/parse/text.ts';
import { parseSeed } from '../../src/parse/index.ts';

describe('doubled bold runs', () => {
  const undouble = (s: string) => prepareLines(s).lines.map((l) => l.text).join('\n');

  it('collapses chunks printed twice, keeping repeats inside a chunk', () => {
    expect(undouble('柳市镇开展柳市镇开展20232023年第一季度村社擂台赛年第一季度村社擂台赛')).toBe('柳市镇开展2023年第一季度村社擂台赛');
    expect(undouble('全域善治和美柳川全域善治和美柳川 宜居宜业美美与共宜居宜业美美与共')).toBe('全域善治和美柳川 宜居宜业美美与共');
    expect(undouble('■■乐清市融媒体中心记者乐清市融媒体中心记者')).toBe('■乐清市融媒体中心记者');
    expect(undouble('逛一逛游步道逛一逛游步道。。')).toBe('逛一逛游步道。');
    expect(undouble('造造、、柳黄路边柳黄路边 7878 亩美丽田园建亩美丽田园建')).toBe('造、柳黄路边 78 亩美丽田园建');
  });

  it('leaves ordinary lines with genuine repetition alone', () => {
    for (const line of [
      '进而真正实现各美其美、美美与共。',
      '重中之重是攻坚一季度“开门红”“开门红”，努力在开局之年展现开局之力',
      '大家常常来看看，逛一逛，人人参与，一步一个脚印。',
      '2020年的数字是1111',
      '看看',
    ]) {
      expect(undouble(line)).toBe(line);
    }
  });

  it('repairs a line that is only partly doubled when its neighbour is doubled, with a warning', () => {
    const r = prepareLines('一行人来到“最美村村””曹田前曹田前\n村村，，参观了村党群服务中心参观了村党群服务中心、、文化文化');
    expect(r.lines.map((l) => l.text)).toEqual(['一行人来到“最美村”曹田前', '村，参观了村党群服务中心、文化']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].line).toBe(1);
  });

  it('logs each removal with line and column', () => {
    const r = prepareLines('正文\n“开门红开门红”，，很好很好的的一天一天');
    expect(r.repairs.every((x) => x.line === 2 && x.column > 0)).toBe(true);
    expect(r.removed).toBe(9);
  });

  it('reports the share of doubled characters', () => {
    expect(segmentDoubled('甲乙甲乙').ratio).toBe(1);
    expect(segmentDoubled('甲乙丙丁').ratio).toBe(0);
  });
});

describe('vertical text and OCR', () => {
  it('assembles one character per line into a line, and reads Latin I between Han as 工 with a warning', () => {
    const r = prepareLines('重\n\n点\n\nI\n\n作\n\n专\n题\n\n正文第一段。');
    expect(r.lines[0]).toMatchObject({ text: '重点工作专题', vertical: true, n: 1, end: 10 });
    expect(r.warnings.map((w) => w.message).join(' ')).toContain('“重点I作专题” → “重点工作专题”');
  });

  it('does not treat three single-character lines as vertical text', () => {
    const r = prepareLines('甲\n乙\n丙');
    expect(r.lines.map((l) => l.vertical)).toEqual([false, false, false]);
  });
});

describe('re-flow', () => {
  it('joins Chinese without spaces and Latin words with one', () => {
    expect(joinText('柳市镇', '开展')).toBe('柳市镇开展');
    expect(joinText('DELIXI', 'Group')).toBe('DELIXI Group');
    expect(joinText('休闲步道1500', '米')).toBe('休闲步道1500米');
  });

  it('joins a narrow column into paragraphs at sentence ends only', () => {
    const r = parseSeed('标题一行\n\n■记者 张三\n\n一行人首先来到浃底\n村，听取该村干部汇报废\n品回收站升级改造工作。\n随后进行述职。', { seed: 't', kind: 'feature-page', date: null });
    expect(r.articles[0].body).toEqual(['一行人首先来到浃底村，听取该村干部汇报废品回收站升级改造工作。', '随后进行述职。']);
  });
});

describe('headline stacks', () => {
  it('knows a couplet by its two equal halves', () => {
    expect(isCouplet('银领向党 凝聚力量')).toBe(true);
    expect(isCouplet('柳市镇打造 全面小康标杆镇')).toBe(false);
    expect(isCouplet('柳市镇召开理论学习中心组学习会')).toBe(false);
  });

  it('reads kicker / headline / subheadline', () => {
    expect(readHeadlineStack(['统筹推进 全力以赴', '柳市镇调研后街社区有机更新工作'])).toMatchObject({
      kicker: '统筹推进 全力以赴', headline: '柳市镇调研后街社区有机更新工作', subheadline: null,
    });
    expect(readHeadlineStack(['柳市镇召开理论学习中心组学习会', '传达学习贯彻全国两会精神'])).toMatchObject({
      kicker: null, headline: '柳市镇召开理论学习中心组学习会', subheadline: '传达学习贯彻全国两会精神',
    });
  });

  it('cuts a stack flattened onto one line', () => {
    expect(readHeadlineStack(['精准精细齐发力 文明脚步再向前 柳市镇多个村社、单位 入选新一轮文明名单'])).toMatchObject({
      // A space that broke a headline mid-phrase goes; the couplet's own space stays (issue 11).
      kicker: '精准精细齐发力 文明脚步再向前', headline: '柳市镇多个村社、单位入选新一轮文明名单',
    });
  });

  it('moves a 暨 line after the headline it continues, with a warning', () => {
    const s = readHeadlineStack(['暨“双清”工作部署会', '我区召开信访工作联席会议']);
    expect(s?.headline).toBe('我区召开信访工作联席会议暨“双清”工作部署会');
    expect(s?.warnings).toHaveLength(1);
  });

  it('takes a lone 暨 line as the headline when the rest of the stack is lost (found by the property test)', () => {
    expect(readHeadlineStack(['暨“双清”工作部署会'])).toMatchObject({ kicker: null, headline: '暨“双清”工作部署会', subheadline: null });
  });
});

describe('headline stacks of round 8 (shapes, not pages)', () => {
  it('keeps a whole clause under its headline as the subheadline, and a bracketed serial mark apart', () => {
    expect(readHeadlineStack(['入梅以来我市降雨量偏多三成', '防汛形势依然严峻'])).toMatchObject({ headline: '入梅以来我市降雨量偏多三成', subheadline: '防汛形势依然严峻' });
    expect(readHeadlineStack(['病虫情报', '（第3期）'])).toMatchObject({ headline: '病虫情报', subheadline: '（第3期）' });
    // A noun phrase over its predicate is still one headline set in two lines.
    expect(readHeadlineStack(['柯城区2023年“民生实事”', '项目进度过半'])).toMatchObject({ headline: '柯城区2023年“民生实事”项目进度过半', subheadline: null });
  });

  it('reads a numbered label as the kicker and a bare notice word under an organ as the title', () => {
    expect(readHeadlineStack(['案例一', '健身卡“跑路”　会员获退款'])).toMatchObject({ kicker: '案例一', headline: '健身卡“跑路” 会员获退款' });
    expect(readHeadlineStack(['衢州市柯城区人民法院', '公　　告'])).toMatchObject({ kicker: '衢州市柯城区人民法院', headline: '公告' });
    expect(readHeadlineStack(['关于开展2023年村级财务审计工作的', '通　知'])).toMatchObject({ kicker: null, headline: '关于开展2023年村级财务审计工作的通知' });
  });
});

describe('bylines of round 8', () => {
  it('drops a teacher named after 指导老师 and a post before the name', () => {
    expect(parseByline('乐清市实验小学　四（3）班　陈思远 指导老师：王丽君').writers).toEqual(['陈思远']);
    expect(parseByline('□ 退休教师　陈立夫').writers).toEqual(['陈立夫']);
    expect(parseByline('■ 区农业农村局高级农艺师　王根土').writers).toEqual(['王根土']);
  });
});

describe('section labels', () => {
  it('give a label printed twice one section, not the same section twice (found by the property test)', () => {
    const text = [
      '擂台赛纪实',
      '',
      '三月以来，各村社比学赶超，擂台赛热火朝天，现将各社区的情况分述如下，供大家交流学习。',
      '',
      '东城社区',
      '',
      '东城社区一行人首先来到浃底村，听取该村干部汇报废品回收站升级改造工作，随后实地查看了项目进展。',
      '',
      '新城社区',
      '',
      '新城社区',
      '',
      '新城社区一行人走进黄华村，实地查看该村一千五百米休闲步道和三十七亩地块开发等项目的推进情况。',
    ].join('\n');
    const r = parseSeed(text, { seed: 'labels.txt', kind: 'feature-page' });
    expect(r.ledger.balanced).toBe(true);
    const body = r.articles.flatMap((a) => a.body).join('\n');
    expect(body.match(/休闲步道/gu)).toHaveLength(1);
  });
});

describe('bylines and credits', () => {
  it('separates roles', () => {
    expect(parseByline('本报讯（乐清市融媒体中心记者 郑喜喜 通讯员 胡舒影）')).toMatchObject({ reporters: ['郑喜喜'], correspondents: ['胡舒影'] });
    expect(parseByline('本报讯（记者 赖小兰 缪艺璇）')).toMatchObject({ reporters: ['赖小兰', '缪艺璇'] });
    expect(parseByline('■记者 陈清清 吴昊姝/文 黄瀚/摄')).toMatchObject({
      // 记者 who wrote (/文) stay reporters; writers are authors who are not the paper's staff.
      reporters: ['陈清清', '吴昊姝'], writers: [], photographers: ['黄瀚'],
    });
  });

  it('joins a name split by a space', () => {
    expect(parseByline('记者 陶 宇摄')).toMatchObject({ photographers: ['陶宇'], reporters: [] });
  });

  it('splits captions from their credits', () => {
    expect(splitCredit('文明村、社区亮相。柳市镇供图')).toEqual({ text: '文明村、社区亮相。', credit: '柳市镇', raw: '柳市镇供图' });
    expect(splitCredit('老后街风貌。黄瀚 摄')).toEqual({ text: '老后街风貌。', credit: '黄瀚', raw: '黄瀚 摄' });
    expect(splitCredit('这一段正文没有署名。')).toBeNull();
  });
});

describe('dates', () => {
  const issue = (date: string) => resolveIssueDate(date, '', []);

  it('reads datelines with the issue year', () => {
    expect(articleDate('7月26日上午，柯城区召开', issue('2022-07-27'))).toMatchObject({ date: '2022-07-26', source: 'dateline' });
    expect(articleDate('7月25日晚，柯城区召开', issue('2022-07-27'))).toMatchObject({ date: '2022-07-25', source: 'dateline' });
  });

  it('reads a dateline that opens a later sentence of the lead, after a scene or a quote, but not a day inside a clause', () => {
    expect(articleDate('“渔船都回港了。”9月3日上午，在石浦渔港', issue('2021-09-05'))).toMatchObject({ date: '2021-09-03', source: 'dateline' });
    expect(articleDate('晨雾还没散尽，茶山上已是一片忙碌……5月6日，记者来到', issue('2021-05-08'))).toMatchObject({ date: '2021-05-06' });
    expect(articleDate('晒谷场上人头攒动。6月2日，丰收节开幕', issue('2021-06-04'))).toMatchObject({ date: '2021-06-02' });
    expect(articleDate('该镇于6月2日举行丰收节，村民们', issue('2021-06-04'))).toMatchObject({ date: null });
    expect(articleDate('近日，该镇举行丰收节。6月2日，村民们', issue('2021-06-04'))).toMatchObject({ date: null, text: '近日' });
  });

  it('puts a December dateline in a January issue in the previous year', () => {
    expect(articleDate('12月30日，柳市镇', issue('2024-01-03'))).toMatchObject({ date: '2023-12-30' });
  });

  it('gives a 近日 story no date of its own: never the issue date', () => {
    expect(articleDate('近日，乐清市通报', issue('2023-03-20'))).toEqual({ date: null, source: 'none', text: '近日', warning: null });
  });

  it('refuses impossible dates', () => {
    expect(articleDate('2月30日，开会', issue('2023-03-01'))).toMatchObject({ date: null, source: 'none', text: '2月30日' });
  });

  it('infers no day for an issue, only a window after the latest event it reports, or nothing when metadata says unknown', () => {
    expect(resolveIssueDate(undefined, '2023年是开局之年', ['3月17日，会议', '近日，会议'])).toMatchObject({
      date: null,
      year: 2023,
      source: 'inferred',
      inferred: { notBefore: '2023-03-18', notAfter: '2023-03-24', precision: 'month', label: '2023年3月中旬（推定）' },
    });
    expect(resolveIssueDate('2022', '', ['7月26日上午，会议'])).toMatchObject({ date: null, inferred: { label: '2022年7月下旬（推定）' } });
    expect(resolveIssueDate(null, '2023年', ['3月17日，会议'])).toMatchObject({ date: null, source: 'none', inferred: null });
  });

  it('counts a day the text reports as past after the datelines, but not a plan, a deadline or another year', () => {
    const text = '3月17日，会议。近日……3月20日，镇里举行授牌仪式。将于3月28日开展，3月30日前完成，去年3月25日。';
    expect(resolveIssueDate('2023', text, ['3月17日，会议', '近日，…']).inferred).toMatchObject({ notBefore: '2023-03-21', label: '2023年3月下旬（推定）' });
  });
});

describe('the whole parse, on arbitrary input', () => {
  const alphabet = [...'柳市镇开展村社区擂台赛美与共。，、“”■记者本报讯（）0123456789 AB-\n\n'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }).map((cs) => cs.join(''));
  const kinds = fc.constantFrom(undefined, 'news-page' as const, 'feature-page' as const, 'document' as const);

  it('never throws and always balances the ledger', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 300 })), kinds, (t, kind) => {
        const r = parseSeed(t, { seed: 'prop.txt', kind, date: undefined });
        expect(r.ledger.balanced).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('continuation markers', () => {
  it('never takes a marker on a line of its own for a headline', () => {
    const r = parseSeed('（上接1版）\n\n柳市镇召开会议\n\n本报讯（记者 郑喜喜）3月17日，柳市镇召开会议。\n\n（下转3版）', { seed: 't', kind: 'news-page', date: '2023-03-20' });
    expect(r.articles.map((a) => a.headline)).toEqual(['柳市镇召开会议']);
    expect(r.furniture.map((f) => [f.kind, f.text])).toEqual([['continuation', '（上接1版）'], ['continuation', '（下转3版）']]);
    expect(r.ledger.balanced).toBe(true);
  });
});

describe('control characters', () => {
  it('shows NUL, BEL and DEL as their control pictures, one for one, with a warning naming the columns', () => {
    const r = parseSeed('柳市\u0000镇\u0007召开\n\n本报讯（记者 张三）3月1日，\u007f会议。', { seed: 'z', kind: 'news-page', date: '2023-03-02' });
    expect(r.articles[0].headline).toBe('柳市␀镇␇召开');
    expect(r.articles[0].body[0]).toBe('3月1日，␡会议。');
    expect(r.warnings.filter((w) => w.code === 'control-character').map((w) => w.line)).toEqual([1, 3]);
    expect(r.ledger.balanced).toBe(true);
  });
});
