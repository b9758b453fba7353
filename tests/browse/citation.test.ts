import { describe, expect, it } from 'vitest';
import { articlePlainText, archiveCitation, citationAuthors, gbtCitation, gbtDate, isoToday } from '../../src/browse/citation.ts';
import { article, issueRef } from './records.ts';

const url = 'https://baokan.example.cn/liushi/2023-03-20/p1-31865c/';

describe('GB/T 7714-2015 citations', () => {
  it('cites a newspaper article: 作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.', () => {
    const a = article({
      headline: '柳市镇召开理论学习中心组学习会',
      byline: { raw: '本报讯（记者 郑喜喜 通讯员 胡舒影）', reporters: ['郑喜喜'], correspondents: ['胡舒影'], photographers: [], writers: [] },
    });
    expect(gbtCitation(a, url, '2026-05-01')).toBe(`郑喜喜, 胡舒影. 柳市镇召开理论学习中心组学习会[N/OL]. 柳市, 2023-03-20(1)[2026-05-01]. ${url}.`);
    expect(gbtCitation(a, url)).toContain('[引用日期]');
  });

  it('writes at most three authors, then 等; a 副题 after a colon; no author part when unsigned', () => {
    const many = { raw: null, reporters: ['甲一', '乙二', '丙三', '丁四'], correspondents: [], photographers: [], writers: [] };
    expect(citationAuthors({ byline: many })).toBe('甲一, 乙二, 丙三, 等');
    const a = article({ headline: '扎根乡村的“新农人”', subheadline: '——记返乡青年徐慧慧', issue: issueRef({ page: null }) });
    expect(gbtCitation(a, url, '2026-05-01')).toBe(`扎根乡村的“新农人”: 记返乡青年徐慧慧[N/OL]. 柳市, 2023-03-20[2026-05-01]. ${url}.`);
  });

  it('brackets an inferred date and never invents a day', () => {
    const inferred = { notBefore: '2023-03-21', notAfter: '2023-03-31', precision: 'day' as const, label: '2023年3月下旬（推定）', evidence: [] };
    expect(gbtDate(issueRef({ date: null, year: 2023, dateSource: 'inferred', inferred }))).toBe('[2023-03]');
    expect(gbtDate(issueRef({ date: null, year: 2023, dateSource: 'inferred', inferred: { ...inferred, notAfter: '2023-05-01' } }))).toBe('[2023]');
    expect(gbtDate(issueRef({ date: null, year: 2022, dateSource: 'metadata' }))).toBe('2022');
    expect(gbtDate(issueRef({ date: null, year: null }))).toBe('[出版日期不详]');
  });

  it('cites a 公文 as an archival record with its 文号', () => {
    const doc = {
      issuer: '中共乐清市南塘镇委员会',
      number: '南塘委〔2022〕50号',
      signer: '卓秉谕',
      addressee: '中共乐清市委',
      closingOrgan: '中共乐清市南塘镇委员会',
      closingDate: '2022年11月10日',
      type: '报告',
      attachments: [],
      copyTo: null,
      printedBy: null,
      printedDate: null,
    };
    const a = article({ kind: 'document', headline: '关于学习宣传贯彻党的二十大精神的报告', document: doc, date: '2022-11-10', dateSource: 'text', dateText: '2022年11月10日' });
    expect(gbtCitation(a, url, '2026-05-01')).toBe(`中共乐清市南塘镇委员会. 关于学习宣传贯彻党的二十大精神的报告: 南塘委〔2022〕50号[A/OL]. 2022-11-10[2026-05-01]. ${url}.`);
  });

  it('writes today in the reader’s own calendar', () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the plain-text download', () => {
  it('is the article as printed, then where it is from with both dates labelled', () => {
    const a = article({
      kicker: '项目为王',
      headline: '柳市镇召开推进会',
      byline: { raw: '本报讯（记者 周全）', reporters: ['周全'], correspondents: [], photographers: [], writers: [] },
      date: '2023-03-17',
      dateSource: 'dateline',
      dateText: '3月17日',
      blocks: [
        { type: 'paragraph', text: '3月17日，柳市镇召开推进会。' },
        { type: 'verse', lines: ['春风又绿', '江南岸'] },
        { type: 'turn', speaker: '记者', text: '进展如何？' },
      ],
      captions: [{ text: '会议现场。', credit: '林佳佳', creditRaw: '林佳佳 摄' }],
    });
    const text = articlePlainText(a, url);
    expect(text.startsWith('项目为王\n柳市镇召开推进会\n\n本报讯（记者 周全）\n\n3月17日，柳市镇召开推进会。\n\n春风又绿\n江南岸\n\n记者：进展如何？')).toBe(true);
    expect(text).toContain('【图片说明】会议现场。（林佳佳 摄）');
    expect(text).toContain('出版日期：2023年3月20日；报道日期：2023年3月17日');
    expect(text).toContain(`出处：${archiveCitation(a, url)}`);
    expect(text.endsWith(`${url}.\n`)).toBe(true);
  });
});
