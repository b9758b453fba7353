/**
 * Thresholds, word lists and patterns of the parser, in one place (Readability's habit): every
 * number has a reason, every pattern a name, and tests import the same table. No pattern here
 * holds text from one page; each describes a form that papers and 公文 print.
 */

// ---------------------------------------------------------------------------------------------
// Thresholds

/** A heading-like line (headline, section heading, list title) is at most this many characters. */
export const MAX_HEADLINE_CHARS = 48;

/** A section heading inside a body without spaces is at most this long (longer punctuation-free lines are wrapped prose). */
export const SECTION_HEADING_MAX_CHARS = 24;

/** A bold line under a bold headline is its kicker extracted late only when at most this share of its length (a kicker is set smaller; two bold lines of about one length read in printed order: kicker, headline). */
export const LATE_KICKER_MAX_RATIO = 0.7;

/** Bare numbers counting up one by one (01 / 02 / 03) on this many lines or more are item numbers, not page numbers (a page prints its number once). */
export const ITEM_NUMBER_RUN_MIN = 3;

/**
 * A column label (栏目: 要闻简报, 村社书记访谈录, 柳川风物) is at most this long, its brackets aside: no column in the corpus keys
 * runs longer (我们的节日·清明, 主题教育进行时); a longer line ending like one (探寻村名背后的故事) is a phrase, a kicker.
 */
export const COLUMN_MAX_CHARS = 8;

/** A vertical text run (one character per line, a column banner) needs at least this many lines. */
export const MIN_VERTICAL_RUN = 4;

/**
 * A line is read as "printed twice" (bold text extracted as two overlapping glyph runs) when at
 * least this share of its characters sits in immediately repeated chunks. Ordinary prose repeats
 * far less (美美与共, 常常): measured on the seeds, normal lines stay below 0.25.
 */
export const DOUBLED_LINE_RATIO = 0.6;
/** A line next to a doubled line may switch mid-line between doubled and normal text; repaired from this lower ratio, with a warning. */
export const DOUBLED_MIXED_RATIO = 0.35;
/** Lines shorter than this are only undoubled when a neighbouring line is doubled too (看看 alone is genuine). */
export const DOUBLED_MIN_ALONE = 8;
/**
 * Short lines (a two-character name printed twice: 王建国王建国：：, 记者记者：：) are undoubled alone
 * when every character is in a repeated chunk and the chunks are at least this long.
 */
export const DOUBLED_MIN_CHUNK_ALONE = 2;
/** Longest chunk considered when looking for an immediate repetition. */
export const DOUBLED_MAX_CHUNK = 40;

/** A word repeated across a page break (精神 / 精神的成果, 落实 / 落实责任) is at most this long. */
export const MAX_BREAK_OVERLAP = 4;

/** Page furniture is one short line; a longer line that merely contains an e-mail address is text. */
export const FURNITURE_MAX_CHARS = 60;

/** A photo caption is at most this long (without its credit). */
export const CAPTION_MAX_CHARS = 60;

/** A brief (简讯 item) has at most this many characters of body: longer pieces are stories. */
export const BRIEF_MAX_CHARS = 420;

/** Lines of a poem are short: at most this many characters. */
export const VERSE_LINE_MAX_CHARS = 24;
/** A poem has at least this many lines (a two-line "stanza" is more likely a headline and its kicker). */
export const VERSE_MIN_LINES = 4;

/**
 * A line is "full" (the text ran on to the next line) when it is at most this many half-width
 * units short of its column's width: a paragraph's first line is indented by two characters (4),
 * and a line may stop one character early rather than start the next with punctuation.
 */
export const FULL_LINE_SLACK = 4;

/** Interview turns: a speaker label is at most this long (记者, 主持人, a name, 区经信局负责人). */
export const SPEAKER_MAX_CHARS = 10;

/** A table row has at least this many cells separated by wide gaps. */
export const TABLE_MIN_CELLS = 3;

/** A masthead or page header sits in the first (or last) lines of a page: this many non-blank lines. */
export const PAGE_EDGE_LINES = 10;

// ---------------------------------------------------------------------------------------------
// Word lists (forms of print, not text of any page)

/** Role words of bylines, longest first so 见习记者 wins over 记者. */
export const REPORTER_WORDS = ['融媒体中心记者', '融媒体记者', '首席记者', '见习记者', '特约记者', '本报记者', '记者', '实习生'];
export const CORRESPONDENT_WORDS = ['特约通讯员', '通讯员'];
/**
 * The kinds of artwork a credit names before a slash (漫画/刘小燕, 书法/…): a closed class. The line credits the work's author
 * (a writer of the piece), not a column (its tag) nor a photographer.
 */
export const WORK_CREDIT_WORDS = ['漫画', '绘画', '国画', '书法', '篆刻', '剪纸', '插图', '题字'];
export const WORK_CREDIT_LINE = new RegExp(`^(?:${WORK_CREDIT_WORDS.join('|')})\\s*[/／]\\s*(?:\\p{Script=Han}\\s?){1,3}\\p{Script=Han}$`, 'u');
/**
 * Post and title words that close a signer's description before the name (退休教师　某某, 高级农艺师　某某): a closed class of
 * the language (professions and offices), never the end of a personal name.
 */
/**
 * The posts a report or a speech is delivered under, printed with the speaker's name under the occasion's ——副题
 * (——在某县人民代表大会上 / 县长　某某): a closed class of the offices whose holder reads a 政府工作报告 or a speech.
 */
export const SPEAKER_POSTS = ['县长', '市长', '区长', '镇长', '乡长', '州长', '省长', '主任', '书记', '主席', '院长', '检察长', '局长'];
export const POST_WORDS = ['教师', '老师', '农艺师', '工程师', '医师', '医生', '律师', '会计师', '教授', '研究员', '技术员', '干部', '书记', '主任', '局长', '镇长', '村长', '校长', '院长', '所长', '站长', '经理', '董事长', '负责人', '委员', '代表', '主席', '会长', '队长', '民警', '志愿者', '党员'];

/**
 * Endings of column labels (栏目): 要闻简报, 镇村动态, 村社书记访谈录, 柳川风物, 诗路柳川, 观点·评论 …
 * A short heading line ending so, with no story of its own, names a column.
 */
export const COLUMN_ENDINGS = [
  '简报', '简讯', '快讯', '动态', '速递', '播报', '传真', '扫描', '一线', '聚焦', '视点', '视角', '观察', '纵横', '之窗', '之声',
  '访谈', '访谈录', '对话', '专访', '面对面', '人物', '故事', '风采', '风物', '记忆', '文苑', '副刊', '文艺', '诗歌', '诗苑',
  '散文', '随笔', '小小说', '杂谈', '时评', '短评', '评论', '论坛', '言论', '解读', '问答', '服务', '提示', '课堂', '讲堂', '园地',
  '天地', '走基层', '进行时', '实事', '榜样', '光荣榜', '身边事', '好人', '新风', '镜头', '影像', '图片新闻', '摄影', '书画', '作文',
  '专栏', '专版', '专题', '短讯', '柳川', '漫笔', '随感', '札记', '杂感', '心语', '感悟', '一议',
  '快评', '微言', '微语', '夜话', '之言', '来信', '短波', '名片', '说法', '提醒', '手记', '曝光台', '警示', '指导',
];
/**
 * Openings of travel and culture column labels that name a place after them (行走奉化, 漫步某某, 寻味某某, 品读某某): a closed class
 * of the press's column verbs. 走进 is left out: it opens headlines (走进山里的新课堂).
 */
export const COLUMN_OPENINGS = ['行走', '漫步', '寻味', '品读', '走读', '印象', '探秘', '遇见'];
/** Such a label is the verb and a place of two or three characters (行走奉化, 漫步西湖畔): longer, it is a title (漫步西湖看荷花). */
export const COLUMN_OPENING_LABEL_MIN_CHARS = 4;
export const COLUMN_OPENING_LABEL_MAX_CHARS = 5;
/**
 * Endings of opinion columns (时评, 快评, 微言 …): the pieces printed under one are comments, essays, however short
 * and unsigned — never 简讯 briefs. A closed class of the press's names for opinion columns.
 */
export const OPINION_COLUMN_ENDINGS = ['时评', '短评', '快评', '评论', '言论', '微言', '微语', '夜话', '之言', '论坛', '一议', '杂谈', '漫谈', '锐评', '热评', '观点', '手记'];
/** Column labels that are whole words: a line that is exactly one of them. */
export const COLUMN_WORDS = ['要闻', '综合', '新闻', '副刊', '诗歌', '散文', '随笔', '小说', '小小说', '评论', '观点', '链接', '相关新闻', '图片新闻', '诗韵', '乡音', '老物件'];

/** A wide gap between phrases or fields: two spaces or more, or a full-width space (one plain space is a word's, or a lost quotation mark's). */
export const WIDE_GAP = /\s{2,}|\u3000/u;

/** Common surnames (the most frequent in the national census), for telling a bare author's name under a title (余向阳). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤倪施章缪项翁应虞柯楼卓詹童' +
  // Less common surnames, frequent in Zhejiang's papers (季, 俞, 寿, 斯, 厉, 阮, 蓝 …). Some open ordinary words too (管理,
  // 包括), as 高 and 金 do: the list is one test of a name among others (its length, its place), never the only one.
  '季俞包洪葛傅鲍寿斯厉阮蓝祝竺鲁裘茅盛樊岑骆管焦柴娄裴庞邬储纪闵栾冉岳佘伍敖聂饶滕颜喻胥苗凌霍殷尤甄戚晏卞嵇邢费匡揭';

/** Labels of notes and boxes inside an article. */
export const NOTE_LABELS = ['编者按', '编后', '编后语', '人物简介', '嘉宾简介', '作者简介', '简介', '链接', '相关链接', '背景', '延伸阅读', '小贴士', '记者手记', '短评', '前情提要', '内容提要'];

/** 文种 of 公文, as the last word of the title. Longest first. */
export const DOCUMENT_TYPES = [
  '实施方案', '工作方案', '会议纪要', '纪要', '通知', '通报', '报告', '请示', '批复', '复函', '函', '意见', '决定', '方案', '公告', '通告',
  '决议', '命令', '议案', '规定', '办法', '细则', '规划', '计划', '要点', '总结', '倡议书', '公示', '预案',
];

/** Headline words of notices the paper prints (启事): a piece so titled is a notice. */
export const NOTICE_WORDS = ['启事', '征稿', '征文', '公告', '声明', '公示', '征集', '招募', '告知书', '倡议书', '致歉'];

/**
 * Last words of a notice's title as a 公告 page prints them one under another (停电公告, 遗失声明,
 * 讣　告, 谢　启, 招　聘, 更正, 警情通报): a short heading ending so is a notice's headline, never a section.
 */
export const NOTICE_TITLE = /(?:公告|通告|通知|公示|启事|启示|声明|讣告|谢启|招聘|征稿|更正|提示|须知|告示|计划|问卷|调查|倡议书?|天气预报|警情通报|情况通报)$/u;

/** A notice title is at most this long (关于清明节期间禁止在林区野外用火的通告 is 19). */
export const NOTICE_TITLE_MAX_CHARS = 30;

/** Notice titles (or 落款 closing short texts) a page needs to be a page of notices, not one feature. */
export const NOTICE_PAGE_MIN = 2;

/** A 落款 organ printed on the date's line (衢州市柯城区森林消防指挥部　2023年3月22日) has at least this many characters. */
export const SIGN_OFF_ORGAN_MIN_CHARS = 4;

// ---------------------------------------------------------------------------------------------
// Patterns

/** Han ideographs (BMP blocks and the supplementary planes). */
export const HAN = /\p{Script=Han}/u;

const DASH = '[—–\\-－―─~～]';

/**
 * What opens a news lead: the paper's own 本报讯 / 本报消息 / 本报综合消息, a wire service's 电头
 * (新华社北京8月16日电, 中新社杭州3月2日电: the agency, a place, a date, 电), or a reprint's source
 * (据衢州日报消息, 据新华社消息), or a wire's 电头 in brackets with no date ((新华社电), (中新社北京电)).
 * 据介绍 and 据了解 open sentences, not leads: a source ends in 消息. The paper's opener may be set in brackets (【本报讯】),
 * or lose its 本报 to a cut or a bad extraction (讯 10月13日，…, 讯（通讯员 某某）…): a 讯 opening a line before a space or a
 * bracket is nothing else.
 */
const LEAD_OPENER = String.raw`(?:本报(?:综合)?(?:讯|消息)|[【〔\[]本报(?:综合)?(?:讯|消息)[】〕\]]|讯(?=[\s\u3000（(])|(?:新华社|中新社|中新网|人民网|央视网|浙江在线)[^\s（(，。：:]{0,12}?\d{1,2}月\d{1,2}日电|据[^\s，。（(：:]{2,12}?消息|[（(](?:新华社|中新社|中新网|人民网|央视网|浙江在线)[^\s（）()，。]{0,8}?电[）)])`;

/** The marks a page prints before an item, a brief's title or a speaker (■ ▲ ● ◆ ◇ ★ ☆ ▶ ► ◎). */
export const ITEM_MARKS = '■▲●◆◇★☆▶►◎';

/**
 * An amount in an accounts row (96500.00, 1,286,400, 9685元): three digits or more, or a figure with decimals — a bare one or
 * two digits is a page's number or a rank, not money. Sources to build patterns from (classify.ts, body.ts).
 */
export const AMOUNT = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{3,}(?:\\.\\d{1,2})?|\\d+\\.\\d{1,2})(?:元|万元|%|％)?';
/** The end of an item's bracket cut by the wrap onto the row's second line, after the amount (…1286400.00 / 出租）). */
export const AMOUNT_BRACKET_TAIL = '[\\p{Script=Han}、]{0,7}[）)]';

/** A banner: one line framed by the same ornament at both ends, phrases set apart between (★　恭贺新禧　★　…　★). */
export const FRAMED_BANNER = /^([★☆◆◇●])[\s\u3000]\S.*\S[\s\u3000]\1$/u;

/** A byline set over a piece by its mark: ■ □ ◆ ●, or a slash, 文 before it or not (■郑晓明, / 徐方, 文/潘建华). */
export const MARKED_BYLINE = /^(?:[■□◆●/／]|文\s*[/／])/u;

export const PATTERNS = {
  /** Ends a clause a line may end with: 。！？；：… possibly followed by closing quotes/brackets. */
  sentenceEnd: /[。！？!?；;：:…](?:[”’」』）)》]*)$/u,
  /** Ends a full sentence. */
  fullStop: /[。！？!?…](?:[”’」』）)》]*)$/u,
  /** Punctuation that a headline does not contain. */
  notInHeadline: /[，。；！？,;!?]/u,
  /** Punctuation that a heading line does not contain (a headline may hold a colon: 柳市镇：…). */
  sentencePunct: /[，。；！？、,;!?]/u,

  // --- leads and bylines
  /** A news lead: 本报讯（…）…, 本报讯 记者 某某 报道, 本报讯 5月8日，…; a reprint's 电头 or source lead (see LEAD_OPENER). */
  lead: new RegExp(`^${LEAD_OPENER}`, 'u'),
  /** Byline in brackets right after 本报讯 (or a 电头: 新华社北京8月16日电（记者 于文静 胡璐）). */
  bracketByline: new RegExp(`^(?<byline>${LEAD_OPENER}\\s*[（(](?<inner>[^（）()]*)[）)])`, 'u'),
  /** 本报讯 记者 施展 报道 / 本报讯 记者 某某 通讯员 某某 (without brackets). */
  // The name stands apart: a space, the line's end or 报道 after it (本报讯 记者从县里获悉，… is a sentence, 从县里 no name).
  plainLeadByline: new RegExp(`^(?<byline>${LEAD_OPENER}\\s+(?<inner>(?:[^\\s，。、]*(?:记者|通讯员)\\s*(?:\\p{Script=Han}\\s?){2,4}(?=[\\s\\u3000]|$|报道)\\s*)+)(?:报道)?)\\s*`, 'u'),
  /** The opener of a lead alone, with nothing after it to take as a byline (本报讯, 本报综合消息, 据衢州日报消息). */
  leadOpener: new RegExp(`^(?<byline>${LEAD_OPENER})`, 'u'),
  /** A source credit line under a reprint or a box: 来源：浙江日报, （来源：新华社）, （数据来源：…）, （柯城区气象台提供）, （乐清市气象台11月7日16时发布）. Not an author, no headline. */
  sourceLine: /^[（(]?\s*(?:数据|信息|稿件)?来源\s*[:：]|^[（(][^（）()]{2,24}(?:提供|发布)[）)]$/u,
  /** A line that is only a byline: ■本报记者 周蓓蓓 通讯员 项一帆, □ 郑一鸣, 文/郑蓓蓓 图/潘一鸣, 作者：某某. */
  markerByline: /^[■□◆●▲△]\s*/u,
  /**
   * The ornament leading an item of a column of short pieces (◎3月10日，…, ●黄华村…, ◆9月18日…):
   * print decoration, like a title's ■; the item's text starts after it.
   */
  itemMarker: new RegExp(`^[${ITEM_MARKS}]+[\\s\\u3000]*`, 'u'),
  /** The run of item marks a line starts with (■ 标题, ◆9月18日，…). */
  leadingMarks: new RegExp(`^[${ITEM_MARKS}]+`, 'u'),
  slashByline: /(?:^|\s)(?:文|图|摄|文\/图|图\/文|文图)\s*[/／]\s*\p{Script=Han}|\p{Script=Han}\s*[/／]\s*(?:文|图|摄|文图)(?:\s|$)/u,
  authorLine: /^(?:(?:作者|文|撰文|供稿)\s*[:：]|(?:口述|整理)\s*[:：]?)\s*\S/u,
  /** A trailing byline at the end of a paragraph: （记者 林立 通讯员 余晖）, （通讯员 金晓燕）. */
  trailingByline: /[（(](?<inner>[^（）()]{0,40}?(?:记者|通讯员|作者|供稿|撰稿)[^（）()]{0,40})[）)]$/u,
  /** 作者单位 line after an essay or comment. */
  authorAffiliation: /^[（(]?\s*作者(?:单位|系|为)[:：]?/u,

  // --- captions
  /** A photo credit alone on a line: 黄瀚 摄, 记者 潘一鸣 摄, 柳市镇供图, 黄瀚/摄, 图/某某, in brackets (（通讯员 郑海波 摄）, （某局供图）, （图片由某某提供）). */
  creditLine: /^(?:(?:本报)?(?:记者|通讯员|摄影|摄)\s*)?(?:\p{Script=Han}\s?){1,12}\s*(?:[/／]\s*)?(?:摄影?|供图)$|^[（(](?:(?:本报)?(?:记者|通讯员|摄影)\s*)?(?:\p{Script=Han}\s?){2,12}\s*(?:摄影?|供图)[）)]$|^[（(]图片由[^（）()]{2,16}提供[）)]$|^(?:图|摄影)\s*[/／：:]\s*(?:\p{Script=Han}\s?){2,6}$/u,
  /** Photos or texts credited to the whole page: 本版图片由…提供, （本版图片除署名外由…提供）, 本版信息由…提供. */
  // The page's partner in a credit line (本版合作：某某协会, 协办单位：…): who made the page with the paper, no text.
  pagePhotoCredit: /^[（(]?本版(?:图片|照片|摄影)|^[（(]?本版(?:信息|内容|稿件|资料)由\S{2,30}提供[）)]?$|^(?:本版)?(?:合作|协办|合办)(?:单位)?\s*[:：]/u,
  /** A caption that names its picture: 图为…, 图①…, 图1：…, 上图：…, （图为…）. */
  photoCaption: /^[（(]?(?:图为|图\s*[①②③④⑤⑥⑦⑧⑨⑩]|图\s*\d{1,2}\s*[：:、\s\u3000]|[上下左右]图[：:\s\u3000])\s*\S/u,

  // --- dates
  /** Dateline at the start of the body: 3月17日, 7月26日上午, 7月25日晚. */
  dateline: /^(?<month>\d{1,2})月(?<day>\d{1,2})日(?:上午|下午|晚上|晚间|晚|早上|早晨|中午|凌晨|傍晚|夜间|夜)?/u,
  /** A month and day anywhere in the text: 3月20日. */
  dayInText: /(?<![\d月])(?<month>\d{1,2})月(?<day>\d{1,2})日/gu,
  /** A dateline that names no day. */
  vagueDateline: /^(?:近日|日前|近期|连日来|近年来|今年以来|当天|近来|最近|前不久|不久前|这几天|本周|上周|本月|上月)/u,
  /** A full printed date: 2022年11月10日 (global, for matchAll; `oneDate` for a single test). */
  fullDate: /(?<year>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日/gu,
  oneDate: /(?<year>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日/u,
  /** A full date in Chinese numerals: 二〇二三年五月八日. */
  chineseDate: /(?<year>[〇零一二三四五六七八九○Ｏ]{4})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日/u,
  /** A 4-digit year printed in the text: 2023年. */
  year: /(?<![\d])((?:19|20)\d{2})年/gu,
  weekday: /(?:星期|周|礼拜)[一二三四五六日天]/u,

  /**
   * An item's key alone on a line over its text: a bare year or day (1904年, 2023年5月, 10月1日) in a
   * dated list, or a bare two-digit number (01, 02, …) of a run of item numbers in a graphic.
   */
  itemKey: /^(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{1,2})$/u,
  /** A line opening with a word and a full-width colon, no gap before its values: a label over its values (上期谜底：1.田　2.…). */
  labelLed: /^\p{Script=Han}{2,8}：\S/u,
  // --- page furniture
  /** A page number line: — 3 —, -4-, 第 2 页, 2 (alone). */
  pageNumber: new RegExp(`^(?:${DASH}+\\s*\\d{1,3}\\s*${DASH}+|第\\s*\\d{1,3}\\s*页|\\d{1,3}|[（(]\\s*\\d{1,3}\\s*[）)])$`, 'u'),
  /** 版次 printed in a header: 第2版, 第 3 版, A3版. */
  pageTag: /第\s*(?<page>[A-Za-z]?\d{1,3})\s*版|(?<![\dA-Za-z])(?<page2>[A-Z]\d{1,2})\s*版/u,
  /** Issue number: 第125期, 总第1234期, 第5期（总第120期）. */
  issueNumber: /(?:总)?第\s*\d+\s*期/u,
  issueNumberLine: /^(?:总)?第\s*\d+\s*期/u,
  /** Lines of a masthead block. */
  mastheadLine: /主办|主管|承办|协办|编印|出版|内部资料|内部刊物|免费交流|准印|准字|刊号|CN\s*\d|国内统一|邮发代号|编辑部|印刷|发行/u,
  /** Editors' credits: 责任编辑：某某 美编：某某, 主编：某某 (the staff roles papers credit: a closed class). */
  // A 版名 may stand before the credits, set apart by a wide gap (图片新闻    责任编辑：…).
  // The 版名 before it may stand beside the page number (6　社会·民生　　责任编辑：…, 要闻　2　　责任编辑：…).
  // Without colons, a role, its name and the next role (责任编辑　来佳　　　版式　钱江).
  editorLine: /^(?:(?:\d{1,2}(?:\s+|\u3000+))?[\p{Script=Han}·]{2,8}(?:(?:\s+|\u3000+)\d{1,2})?(?:\s{2,}|\u3000+))?(?:本版)?(?:主编|副主编|执行主编|责任编辑|责编|编辑|美编|美术编辑|校对|组版|版式|排版|审核|值班编辑|本版编辑)(?:\s*[:：/]|(?:\s+|\u3000+)\p{Script=Han}{1,3}(?:\s{2,}|\u3000+)(?:责任编辑|责编|编辑|美编|美术编辑|校对|组版|版式|排版|审核))/u,
  editorAnywhere: /(?:责任编辑|责编|美编|校对|本版编辑)\s*[:：]/u,
  /** 投稿 lines, e-mail addresses. */
  // An address inside a sentence (来稿请发送至 / x@163.com,邮件主题注明…) is text, not furniture.
  // A call for contributions may open the line (欢迎来稿　邮箱：…).
  // (A contact closed by a full stop, 咨询 / 电话：0574-88901234。, is the rest of a sentence the wrap cut: text.)
  submission: /^(?!.*。$)(?:欢迎(?:来稿|投稿)[\s\u3000，,]*)?(?:本版)?(?:投稿|来稿|邮箱|投稿邮箱|投稿信箱|信箱|电子邮箱|联系电话|电话|热线|新闻热线|地址|邮编)\s*[:：]|^[\w.+-]+@[\w-]+\.[\w.]+\s*$/u,
  /** 刊头题字 credits. */
  mastheadCredit: /^刊头.*题字|^报头.*题/u,
  /** QR-code lines. */
  qrCode: /扫(?:描|一扫)?(?:二维码|码)|二维码/u,

  // --- continuation markers
  continuedTo: /[（(]\s*(?:下转|转)\s*(?<to>(?:第\s*)?(?:[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版)\s*[）)]\s*$/u,
  /** A serial's closing mark on a line of its own (（未完待续）, （待续）, （完）): where the installment stops, no sentence of it. */
  serialEnd: /^[（(]\s*(?:未完待续|待续|未完|全文完|完)\s*[）)]$/u,
  continuedFrom: /^[（(]\s*上接\s*(?<from>(?:第\s*)?(?:[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版)\s*[）)]/u,

  // --- lists, numbering, tables
  /** A boxed-list item: "- 乐清市文明村". */
  listItem: /^[-－–•·]\s+/u,
  /** A section heading numbered in Chinese: 一、准确把握…, （一）…, 第一，…, 【…】. */
  numberedHeading: /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|章|条|节)|【[^】]{1,30}】$)/u,
  /** An item numbered in Arabic digits: 1. 2、 (1) ①. */
  // Not a decimal opening a wrapped line (9.3%，…, 1.2万亩): digits and a unit after the point.
  numberedItem: /^(?:\d{1,2}\s*(?:[.．](?!\d{1,3}(?:[%％‰万亿千百个元吨米斤亩倍人户家岁]|[Ll]\b))|、)|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])/u,
  /** 一是…二是…: enumerations inside a paragraph (not headings). */
  enumerationWord: /^(?:一是|二是|三是|四是|五是|首先|其次|最后)/u,
  /** A gap between table cells: two or more spaces, or a full-width space. */
  cellGap: /\s{2,}|\u3000+/u,

  // --- interviews and notes
  /** A speaker label: 记者：, 问：, 林佳佳：, 主持人：. */
  speakerLabel: /^(?<speaker>[\p{Script=Han}A-Za-z·]{1,10})\s*[:：]\s*(?=\S)/u,
  /** A speaker label printed with a marker and no colon: ■记者　…, ▲王建国 …. */
  markerSpeaker: /^[■▲●◆]\s*(?<speaker>[\p{Script=Han}]{1,6})[\s\u3000]+(?=\S)/u,
  noteLabel: /^[【［\[]?(?<label>编者按|编后语?|人物简介|嘉宾简介|作者简介|相关链接|链接|背景|延伸阅读|小贴士|记者手记|前情提要|内容提要)[】］\]]?\s*[:：]?\s*/u,

  // --- 公文
  /** 文号: 南塘委〔2022〕50号, 虹政办[2023]21号, 石政函(2023)5号. */
  docNumber: /(?<number>\S{1,12}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*(?:第\s*)?\d{1,4}\s*号)/u,
  docNumberLine: /^\S{1,12}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*(?:第\s*)?\d{1,4}\s*号(?:\s|$)/u,
  docSigner: /^(?<label>签发人\s*[:：])\s*(?<name>.+)$/u,
  docSignerAnywhere: /(?<label>签发人\s*[:：])\s*(?<name>[^\s].*)$/u,
  /** 发文机关: an organ's name. */
  docOrgan: /(?:委员会|人民政府|政府|办公室|办事处|党委|党工委|纪委|委|局|厅|部|处|中心|所|站|院|会|公司|工会|团委|妇联|街道|支部|总支)$/u,
  /** The letterhead's 文件 / 文件 on its own, 公文 headers. */
  letterheadSuffix: /(?:文件|文\s*件)$/u,
  /** 附件：… / 附件1 / 附件：1. */
  attachment: /^附\s*件\s*(?:[:：]|\d|[一二三四五六七八九十]|$)/u,
  /** 版记: 抄送：…, 分送：…, 发送：… */
  copyTo: /^(?:抄送|分送|发送|报送|主送)\s*[:：]/u,
  /** …办公室 2023年4月18日印发. */
  printedLine: /印\s*发\s*$|印发$/u,
  /** Field lines of 纪要: 时间：地点：主持：… */
  docField: /^(?<label>时\s*间|地\s*点|主\s*持(?:人)?|参加(?:人员|单位)?|参会人员|出\s*席|列\s*席|请\s*假|缺\s*席|记\s*录|记录人|会议议题)\s*[:：]/u,
  /** Parenthesised notes after a 落款: （此件公开发布）, （联系人：…）. */
  docAfterNote: /^[（(](?:此件|联系人|本件|此页无正文)/u,
  /** A 请示's closing formula. */
  docClosingFormula: /^(?:妥否|当否|以上(?:报告|请示|意见)|特此(?:报告|通知|函告|批复|通报|决定|公告))/u,

  // --- OCR
  /** A Latin capital I standing alone between Han characters: an OCR confusion for 工. */
  latinIBetweenHan: /(?<=\p{Script=Han})I(?=\p{Script=Han})/u,
  /** A column banner: the two parts of a couplet, each 3–10 Han characters. */
  coupletPart: /^[\p{Script=Han}“”"‘’「」『』·]{3,10}$/u,
} as const;

/** A masthead's credit, a page's photo credit, a 投稿 address line is at most this long (a longer line with those words is text). */
export const CREDIT_LINE_MAX_CHARS = 60;
/** A document's 印发 line (organ and date) is at most this long. */
export const PRINTED_LINE_MAX_CHARS = 50;
