/**
 * The five real seeds, with expectations read off the seed files by hand (not from parser output).
 */
import { describe, expect, it } from 'vitest';
import { parseRealSeed, SEEDS, fullText } from './helpers.ts';

describe('000 柳市 front page', () => {
  const r = parseRealSeed(SEEDS.liushiFront);

  it('splits the page into its five stories with their headline stacks', () => {
    expect(r.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      [null, '柳市镇召开理论学习中心组学习会', '传达学习贯彻全国两会精神'],
      // A headline line broken mid-phrase is joined without a space (issue 11); the line that names who acts is the headline.
      ['精准精细齐发力 文明脚步再向前', '柳市镇多个村社、单位入选新一轮文明名单', null],
      ['做好“稳”和“进”两篇大文章', '德力西集团学习贯彻全国两会精神', null],
      ['银领向党 凝聚力量', '柳市镇召开离退休干部党的二十大精神学习会', null],
      ['统筹推进 全力以赴', '柳市镇调研后街社区有机更新工作', null],
    ]);
  });

  it('reads bylines by role', () => {
    const [a1, a2, a3, a4, a5] = r.articles;
    expect(a1.byline).toEqual({
      raw: '本报讯（乐清市融媒体中心记者 郑喜喜 通讯员 胡舒影）',
      reporters: ['郑喜喜'],
      correspondents: ['胡舒影'],
      photographers: [],
      writers: [],
    });
    expect(a2.byline.reporters).toEqual(['吴昊妹']);
    expect(a3.byline.reporters).toEqual(['郑喜喜']);
    expect(a4.byline.reporters).toEqual(['陈清清']);
    expect(a5.byline.reporters).toEqual(['陈清清']);
    expect(a5.byline.correspondents).toEqual(['黄奕涵']);
  });

  it('dates stories from their datelines; 近日 stories have no date; the issue is after the 3月20日 ceremony it reports', () => {
    expect(r.issueDate).toMatchObject({ date: null, year: 2023, source: 'inferred', inferred: { notBefore: '2023-03-21', label: '2023年3月下旬（推定）' } });
    expect(r.articles.map((a) => [a.date, a.dateSource])).toEqual([
      ['2023-03-17', 'dateline'],
      [null, 'none'],
      ['2023-03-17', 'dateline'],
      [null, 'none'],
      ['2023-03-18', 'dateline'],
    ]);
  });

  it('attaches captions with their credits', () => {
    expect(r.articles[1].captions).toEqual([{ text: '文明村、社区亮相。', credit: '柳市镇', creditRaw: '柳市镇供图' }]);
    expect(r.articles[4].captions).toEqual([{ text: '老后街风貌。', credit: '黄瀚', creditRaw: '黄瀚 摄' }]);
  });

  it('re-joins paragraphs cut by a column break', () => {
    const body = r.articles[0].body.join('\n');
    expect(body).toContain('习近平总书记在全国两会期间发表了一系列重要讲话');
    expect(body).toContain('与学习贯彻党的二十大精神结合起来');
    expect(body).toContain('稳步提升正泰物联网传感器产业园');
    expect(r.articles[2].body.join('\n')).toContain('在经济回暖复苏的新一轮竞争中赢得商机');
    expect(r.articles[4].body.join('\n')).toContain('统筹协调下，严格按照制定的阶段目标');
  });

  it('keeps genuine repetition: 开门红”“开门红', () => {
    expect(r.articles[0].body.join('')).toContain('攻坚一季度“开门红”“开门红”，努力');
  });

  it('keeps the boxed list of honours on its story, item by item', () => {
    const list = r.articles[1].blocks.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', title: '新一轮乐清市文明单位名单（柳市片）' });
    if (list?.type !== 'list') throw new Error('no list');
    expect(list.items[0]).toEqual({ label: '乐清市文明村', text: '前西垟村、翔金垟村', marker: '-' });
    expect(list.items).toHaveLength(6);
    expect(list.items[5].text.startsWith('蒋小芬家庭')).toBe(true);
  });

  it('keeps page furniture out of the stories, and records it', () => {
    // List bullets stay with their items: none is page text of its own.
    expect(r.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['slogan', '柳市镇全力建设 共同富裕标杆镇 业强宜居小城市'],
      ['submission', '投稿：liushiwed@126.com'],
      ['masthead', '刊头“柳市”题字：沈鹏'],
    ]);
    for (const a of r.articles) expect(fullText(a)).not.toMatch(/投稿|liushiwed|题字：沈鹏/u);
  });

  it('accounts for every character', () => {
    expect(r.ledger).toMatchObject({ unplaced: 0, balanced: true });
  });
});

describe('001 柳市 feature page (doubled bold print, narrow columns, section labels)', () => {
  const r = parseRealSeed(SEEDS.liushiFeature);
  const [a] = r.articles;

  it('is one feature with its kicker, headline and byline repaired', () => {
    expect(r.articles).toHaveLength(1);
    expect(a.kicker).toBe('全域善治和美柳川 宜居宜业美美与共');
    expect(a.headline).toBe('柳市镇开展2023年第一季度村社擂台赛');
    expect(a.byline).toEqual({
      raw: '■乐清市融媒体中心记者 陈清清 吴昊姝/文 黄瀚/摄',
      reporters: ['陈清清', '吴昊姝'],
      correspondents: [],
      photographers: ['黄瀚'],
      // 记者 who wrote (/文) are reporters; writers are authors who are not staff.
      writers: [],
    });
  });

  it('opens with the introduction, undoubled and re-flowed', () => {
    const intro = a.body[0];
    expect(intro.startsWith('为深入实施“红色根脉强基工程”，推动村社干部比拼干事常态化')).toBe(true);
    expect(intro).toContain('以“全域善治和美柳川·宜居宜业美美与共”为主题开展2023年第一季度村社擂台赛。');
    expect(a.body[1]).toBe(
      '活动围绕“党建强”“产业兴”“环境美”“群众富”“治理好”“乡风淳”等“和美六创”指数，对村社各领域工作克难攻坚、创先创优、典型引领情况，以及村社治理和村庄建设发展的影响力、引领力进行考察比拼。',
    );
  });

  it('orders the twelve community sections under their labels, in printed label order', () => {
    const headings = a.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual([
      '东城社区', '南城社区', '西城社区', '北城社区', '新城社区', '湖横社区',
      '黄华社区', '长岐社区', '七里港社区', '象阳社区', '象东社区', '象南社区',
    ]);
    const after = (label: string) => {
      const i = a.blocks.findIndex((b) => b.type === 'heading' && b.text === label);
      const next = a.blocks[i + 1];
      return next.type === 'paragraph' ? next.text : '';
    };
    expect(after('东城社区').startsWith('东城社区一行人首先来到浃底村，听取该村“一肩挑”干部汇报废品回收站升级改造工作。')).toBe(true);
    expect(after('新城社区').startsWith('新城社区全体干部以及各村“一肩挑”干部实地走访了柳江村吕庄片环境卫生整治现场')).toBe(true);
    expect(after('湖横社区')).toBe('湖横社区赴乐成街道进行党建示范、和美乡村建设工作交流。');
    expect(after('七里港社区').startsWith('为强化党建统领作用，增质提升各村“最美村”建设，七里港社区擂台赛')).toBe(true);
  });

  it('repairs mixed doubled lines and keeps genuine repeats', () => {
    const body = a.body.join('\n');
    expect(body).toContain('一行人来到“最美村”曹田前村，参观了村党群服务中心、文化礼堂、农贸市场等。');
    expect(body).toContain('柳黄路边78亩美丽田园建设、500米休闲游步道等项目');
    expect(body).toContain('推动七里港各村人居环境从“一处美、一时美”向“一片美、持久美”转变。');
    expect(body).toContain('进而真正实现各美其美、美美与共。');
    expect(body).toContain('实地查看该村1500米休闲步道、37.5亩地块开发');
    expect(body).not.toMatch(/曹田前曹田前|村村，|，，|。。/u);
    expect(r.warnings.some((w) => w.line === 209 && w.code === 'doubled-mixed')).toBe(true);
  });

  it('reads the photo captions at the end of the page', () => {
    expect(a.captions.map((c) => c.text)).toEqual([
      '美丽柳川。拍摄于薛宅村',
      '逛一逛游步道。',
      '观看成果展示。',
      '走访项目现场。',
      '考察农贸市场。',
      '查看和美乡村建设情况。',
    ]);
  });

  it('infers only the year (no dateline, no metadata date)', () => {
    expect(r.issueDate).toMatchObject({ date: null, year: 2023, source: 'inferred' });
    expect(a.date).toBeNull();
  });

  it('logs every removed duplicate and balances the ledger', () => {
    expect(r.ledger).toMatchObject({ charsIn: 3701, removed: 531, unplaced: 0, balanced: true });
    const removedByRepairs = r.repairs
      .filter((x) => x.kind === 'doubled-run')
      .reduce((n, x) => n + [...x.after].filter((c) => !/\s/u.test(c)).length, 0);
    expect(removedByRepairs).toBe(531);
  });
});

describe('002 南塘镇委 official document', () => {
  const r = parseRealSeed(SEEDS.nantangReport);
  const [a] = r.articles;

  it('reads the document fields', () => {
    expect(a.kind).toBe('document');
    expect(a.document).toEqual({
      issuer: '中共乐清市南塘镇委员会',
      number: '南塘委〔2022〕50号',
      signer: '卓秉谕',
      addressee: '中共乐清市委员会',
      closingOrgan: '中共乐清市南塘镇委员会',
      closingDate: '2022年11月10日',
      type: '报告',
      attachments: [],
      copyTo: null,
      printedBy: null,
      printedDate: null,
    });
    expect(a.headline).toBe('中共乐清市南塘镇委员会关于学习宣传贯彻党的二十大精神情况的报告');
    expect(a.date).toBe('2022-11-10');
    expect(a.dateSource).toBe('text');
  });

  it('keeps the numbered sections as headings', () => {
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''))).toEqual([
      '一、准确把握大会精神，在深学细悟中彰显坚定',
      '二、准确把握工作重点，在笃行实干中彰显担当',
      '三、切实强化组织领导，在忠诚履职中彰显本色',
    ]);
  });

  it('re-joins sentences cut by page breaks, dropping the word printed on both sides', () => {
    const body = a.body.join('\n');
    expect(body).toContain('并在直播结束后进行了交流讨论。');
    expect(body).toContain('切实把学习党的二十大精神的成果转化为奋进新征程');
    expect(body).toContain('美丽城镇和新时代美丽乡村建设稳中出彩');
    expect(body).toContain('牢牢把握宣传引导的主导权、话语权。');
    expect(body).toContain('已制作桁架海报20余个、横幅50余条。');
    expect(a.body[0]).toBe('学习宣传贯彻党的二十大精神是当前和今后一个时期全党和全国的首要政治任务。南塘镇高度重视，把学习宣传贯彻工作摆上重要议事日程，全面动员、迅速行动、精心部署，推动学习宣传走向深入、取得实效。');
    expect(a.body.at(-1)!.endsWith('使学习宣传既有章法、见力度，更重质量、强效果。')).toBe(true);
  });

  it('balances the ledger', () => {
    expect(r.ledger).toMatchObject({ unplaced: 0, balanced: true, removed: 3 });
  });
});

describe('003 柯城 front page', () => {
  const r = parseRealSeed(SEEDS.kechengFront);

  it('reads four stories, including the stack printed out of order', () => {
    expect(r.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['坚定信心攻坚 咬定目标冲刺', '以重点专项攻坚突破带动全区工作提速提效', '柯城区重点专项工作克难攻坚推进大会召开'],
      ['压紧压实责任链条 做实做细群众工作', '我区召开信访工作联席会议暨『双清』『双治』工作部署会', null],
      [null, '村里来了“00后”大学生宣讲员', null],
      ['奋进新征程 建功新时代 ——践行“八八战略” 投身“两个先行”——', '区十届政府召开第11次常务会议', null],
    ]);
  });

  it('reads bylines and datelines with the year from metadata', () => {
    expect(r.articles.map((a) => a.byline.reporters)).toEqual([['方心怡'], ['赖小兰', '缪艺璇'], ['赖小兰'], ['方心怡']]);
    expect(r.articles.map((a) => [a.date, a.dateSource])).toEqual([
      ['2022-07-26', 'dateline'],
      ['2022-07-25', 'dateline'],
      [null, 'none'],
      ['2022-07-24', 'dateline'],
    ]);
  });

  it('records the continuation marker as a field and as furniture, not as body text', () => {
    const last = r.articles[3];
    expect(last.continuation).toEqual({ to: '2版', from: null });
    expect(last.body.at(-1)).toBe('会议指出，');
    expect(r.furniture).toEqual([{ kind: 'continuation', text: '（下转2版）', line: 67 }]);
  });

  it('re-joins the paragraph cut after 当天', () => {
    expect(r.articles[2].body.join('\n')).toContain('首场巡回宣讲在麻蓬未来乡村取得了热烈反响。当天下午，由这批“00后”大学生助力');
  });
});

describe('004 柳市 strategies feature (vertical banner, OCR I, lost quotes)', () => {
  const r = parseRealSeed(SEEDS.liushiStrategies);
  const [a] = r.articles;

  it('assembles the vertical banner, reading I as 工 with a warning', () => {
    expect(r.furniture[0]).toEqual({ kind: 'banner', text: '重点工作专题巡礼', line: 1 });
    expect(r.warnings.some((w) => w.message.includes('“重点I作专题巡礼” → “重点工作专题巡礼”'))).toBe(true);
  });

  it('reads the headline stack and the three strategy sections', () => {
    expect(a.kicker).toBe('敢向涛头立 勇做弄潮儿');
    // The quotation marks around 全面小康标杆镇 业强宜居小城市 were lost; the subject and its verb join, the parallel phrases keep their space.
    expect(a.headline).toBe('柳市镇打造全面小康标杆镇 业强宜居小城市');
    expect(a.subheadline).toBeNull();
    const headings = a.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual([
      '实施民生共享战略 致力补短板、增福祉 提高广大人民群众的幸福感',
      '实施文化引领战略 致力兴产业、聚合力 打造文化发展新高地',
      '实施平安强基战略 致力保稳定、促和谐 营造安居乐业的良好环境',
      '深化“法治柳市”建设',
      // Short sentences standing over their paragraphs, like the heading above them: its siblings.
      '完善社会治理“一张网”体系。',
      '加强风险防控和应急处置能力。',
      '健全社会治安防控智慧化体系。',
    ]);
  });

  it('is undated because metadata says so', () => {
    expect(r.issueDate).toEqual({ date: null, year: null, source: 'none', inferred: null, warning: null });
    expect(a.date).toBeNull();
  });

  it('keeps every character', () => {
    expect(r.ledger).toMatchObject({ unplaced: 0, balanced: true, removed: 0 });
    expect(a.body.join('')).toContain('力争2018年建成镇级公益性骨灰堂。');
  });
});

describe('every seed', () => {
  const all = Object.values(SEEDS).map((f) => parseRealSeed(f));

  it('balances its ledger with nothing unplaced', () => {
    for (const r of all) expect(r.ledger, r.seed).toMatchObject({ balanced: true, unplaced: 0 });
  });

  it('has no paragraph cut in two: each ends a sentence, except where the page says it continues', () => {
    for (const r of all) {
      for (const a of r.articles) {
        const paragraphs = a.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.text : ''));
        const last = paragraphs.length - 1;
        paragraphs.forEach((p, i) => {
          if (i === last && a.continuation.to) return;
          expect(p, `${r.seed} “${a.headline}” paragraph ${i + 1}`).toMatch(/[。！？；：…”）]$/u);
        });
      }
    }
  });

  it('has no doubled run left in any body', async () => {
    const { segmentDoubled } = await import('../../src/parse/repairs/doubled.ts');
    for (const r of all) {
      for (const a of r.articles) {
        for (const p of a.body) expect(segmentDoubled(p).ratio, `${r.seed}: ${p.slice(0, 30)}`).toBeLessThan(0.3);
        for (const p of a.body) expect(p).not.toMatch(/(\p{Script=Han}{3,})\1/u);
      }
    }
  });
});

describe('first and last sentence of every body (read off the seeds)', () => {
  // [seed, headline, first sentence, end of the last sentence]
  const expected: [string, string, string, string][] = [
    [SEEDS.liushiFront, '柳市镇召开理论学习中心组学习会', '3月17日，柳市镇召开理论学习中心组学习会，传达学习贯彻全国两会精神。', '以真功夫、实功夫推动各方面工作走在前列。'],
    [SEEDS.liushiFront, '柳市镇多个村社、单位入选新一轮文明名单', '近日，乐清市通报新一轮文明村、文明单位名单。', '形成全民知晓、全民支持、全民参与的强大声势。'],
    [SEEDS.liushiFront, '德力西集团学习贯彻全国两会精神', '3月17日，德力西集团党委董事局理论学习联合中心组扩大会议在德力西高科技产业园召开。', '开辟发展新领域、新赛道，构建现代化产业体系。'],
    [SEEDS.liushiFront, '柳市镇召开离退休干部党的二十大精神学习会', '近日，柳市镇离退休干部党的二十大精神学习会在镇政府二楼报告厅举行，', '当好年轻干部成长的“辅导员”和事业发展的“参议员”。'],
    [SEEDS.liushiFront, '柳市镇调研后街社区有机更新工作', '3月18日，柳市镇党委、政府负责人带队调研后街社区有机更新工作。', '“一步一个脚印”压茬推进，确保实现既定工作目标。'],
    [SEEDS.liushiFeature, '柳市镇开展2023年第一季度村社擂台赛', '为深入实施“红色根脉强基工程”，推动村社干部比拼干事常态化，', '激励各村继续谋划好项目、赶超发展。'],
    [SEEDS.nantangReport, '中共乐清市南塘镇委员会关于学习宣传贯彻党的二十大精神情况的报告', '学习宣传贯彻党的二十大精神是当前和今后一个时期全党和全国的首要政治任务。', '使学习宣传既有章法、见力度，更重质量、强效果。'],
    [SEEDS.kechengFront, '以重点专项攻坚突破带动全区工作提速提效', '7月26日上午，柯城区召开重点专项工作克难攻坚推进大会，', '分管区领导作点评部署，相关单位作表态发言。'],
    [SEEDS.kechengFront, '我区召开信访工作联席会议暨『双清』『双治』工作部署会', '7月25日晚，柯城区召开信访工作联席会议暨“双清”“双治”工作部署会，', '以扎实的“基本功”助推各类矛盾问题化解。'],
    [SEEDS.kechengFront, '村里来了“00后”大学生宣讲员', '“省第十五次党代会报告提出要着力打造生态文明高地，', '在人才交流、项目融合、技术服务等方面持续赋助力。'],
    [SEEDS.kechengFront, '区十届政府召开第11次常务会议', '7月24日下午，区委副书记、区长胡益峰主持召开区十届政府第11次常务会议，', '会议指出，'],
    [SEEDS.liushiStrategies, '柳市镇打造全面小康标杆镇 业强宜居小城市', '悠悠万事，民生为大；千秋基业，民安为重。', '的大巡防机制，切实提升群众安全感。'],
  ];

  it.each(expected)('%s “%s”', (seed, headline, first, lastTail) => {
    const a = parseRealSeed(seed).articles.find((x) => x.headline === headline);
    expect(a?.headline).toBe(headline);
    const paragraphs = a!.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs[0].startsWith(first)).toBe(true);
    expect(paragraphs.at(-1)!.endsWith(lastTail)).toBe(true);
  });
});
