/**
 * Step 2: lines → units, the pieces a page is made of (a paragraph, a headline line, a byline, a
 * caption, a page number). Lines hard-wrapped in a narrow column are joined into one unit: a line
 * that fills its column and does not end a sentence runs on to the next. A short line ends its
 * unit; so does a sentence end. Lines that are always pieces of their own (a byline, a page
 * number, an editor's line, a numbered heading, a lead) start a unit whatever the width.
 *
 * The width of a column is read from the page: the most common width of the lines that hold
 * sentence punctuation (prose), per blank-line group when the group is long enough to tell.
 */
import type { LineFeatures } from './features.ts';
import { CREDIT_LINE_MAX_CHARS, FULL_LINE_SLACK, MAX_HEADLINE_CHARS, NOTICE_TITLE, PATTERNS, POST_WORDS, PRINTED_LINE_MAX_CHARS, SURNAMES, WORK_CREDIT_LINE, SIGN_OFF_ORGAN_MIN_CHARS, VERSE_MIN_LINES, WIDE_GAP } from './constants.ts';
import type { Line } from './lines.ts';
import { endsFullSentence, joinGap, jumpLine, nonSpaceLength, visualWidth } from './text.ts';

export interface Unit {
  /** Position in the page's unit list. */
  index: number;
  /** The unit's text: its lines joined as Chinese is set. */
  text: string;
  /** The lines it was joined from (a poem keeps them). */
  lines: string[];
  /** Its first line's indent in half-width columns (0 when it starts at the margin). */
  indentWidth: number;
  /** First and last seed line. */
  start: number;
  end: number;
  /** A blank line (or the page edge) before / after it. */
  blankBefore: boolean;
  blankAfter: boolean;
  /**
   * Two blank lines or more before it (not the page's first text): the space a page sets between
   * its blocks — one story and the next, a box, a column — wider than between a story's paragraphs
   * and 小标题 (one blank line). Counted on the golden corpus: of 216 lines after such a gap, none
   * is a story's section heading.
   */
  wideGapBefore?: boolean;
  /** Any of its lines was printed bold (a doubled run). */
  bold: boolean;
  vertical: boolean;
  /** Its first line's layout features (a PDF seed only). */
  layout?: LineFeatures;
  /** The column width its lines were set in (half-width units), when known. */
  width: number | null;
  /** The unit's last line filled its column: the text ran on (to the next column, or was cut). */
  runsOn: boolean;
  /** Its last line ended with a space or a gap: a lost closing quotation mark's space, or a run-in title's end. */
  spaceAfter: boolean;
  /** Its first line opened with one space: a lost opening quotation mark's (“我们…” at the line's start). */
  spaceBefore?: boolean;
  /** The column half of a column tag line (一家之言 ■郑晓明, 三衢夜话 / 徐方), split from its byline half. */
  columnTag?: boolean;
  /** The place that opens a run-in item (某某镇：…), split from its text: the item's title, never a bare author's name; the colon printed after it. */
  placeColon?: string;
}

/** Lines that are always a unit of their own: nothing runs on from or into them. */
export function isStandaloneLine(t: string): boolean {
  return (
    PATTERNS.pageNumber.test(t) ||
    PATTERNS.editorLine.test(t) ||
    (PATTERNS.submission.test(t) && nonSpaceLength(t) <= CREDIT_LINE_MAX_CHARS) ||
    PATTERNS.mastheadCredit.test(t) ||
    PATTERNS.pagePhotoCredit.test(t) ||
    PATTERNS.creditLine.test(t) ||
    PATTERNS.docSigner.test(t) ||
    PATTERNS.copyTo.test(t) ||
    (PATTERNS.printedLine.test(t) && nonSpaceLength(t) <= PRINTED_LINE_MAX_CHARS) ||
    isDateLine(t) ||
    jumpLine(t) !== null ||
    /^附\s*件\s*\d*$/u.test(t) ||
    isBylineLine(t)
  );
}

/** A line that begins a new piece whatever came before: a lead, a marker, a numbered heading, a label. */
export function startsUnit(t: string): boolean {
  return (
    isStandaloneLine(t) ||
    PATTERNS.lead.test(t) ||
    PATTERNS.photoCaption.test(t) ||
    /^[■□▲△◆◇●★☆▶►◎]/u.test(t) ||
    PATTERNS.numberedHeading.test(t) ||
    PATTERNS.numberedItem.test(t) ||
    PATTERNS.listItem.test(t) ||
    PATTERNS.noteLabel.test(t) ||
    PATTERNS.attachment.test(t) ||
    PATTERNS.docField.test(t) ||
    PATTERNS.docAfterNote.test(t) ||
    /^[（(]?作者简介/u.test(t) ||
    PATTERNS.authorAffiliation.test(t)
  );
}

/** Two phrases of Han text set apart by a wide gap inside one line (a 引题's pair, a slogan): no line of prose. */
const PHRASES_APART = /[\p{Script=Han}”’》）]\u3000+[“‘《（]?\p{Script=Han}/u;

/** A date alone on a line (a 落款 date, a masthead date): 2023年4月17日, 二〇二三年五月八日, with 星期 or 农历 after it. */
export function isDateLine(t: string): boolean {
  const s = t.replace(/\s+/gu, '');
  return /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九○Ｏ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:星期.|农历.*)?$/u.test(s);
}

/**
 * A 落款 on one line: the organ, a wide gap, the date (航埠镇北二村股份经济合作社　2023年3月21日).
 * The organ has no sentence punctuation and at least SIGN_OFF_ORGAN_MIN_CHARS characters.
 */
export function isSignOffLine(t: string): boolean {
  const m = t.trim().match(/^(?<organ>[^，。；！？：:,\s][^，。；！？：:,]*?)(?:\u3000|\s{2,}|\s(?=(?:19|20)\d{2}年))\s*(?<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/u);
  if (!m?.groups) return false;
  const organ = m.groups.organ!.replace(/\s+/gu, '');
  return organ.length >= SIGN_OFF_ORGAN_MIN_CHARS && /\p{Script=Han}$/u.test(organ) && !/\d{4}年/u.test(organ) && !/星期|第\s*\d+\s*[版期]/u.test(organ);
}

/**
 * Compound surnames: a closed class of the language. A name of four characters is one of these and a given name of two; any
 * other four characters after a mark (■数字新闻) are a label.
 */
const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|端木|长孙|宇文|司徒|申屠|南宫|独孤|百里|呼延)/u;
/** A mark and a name alone (□ 郑一鸣, ■ 欧阳晓峰); two characters spaced apart (□ 陶　宇) are one name. */
function markedName(s: string): boolean {
  const name = s.replace(/^[■□◆●]\s*/u, '');
  if (!/^(?:\p{Script=Han}\s?){2,4}$/u.test(name)) return false;
  const bare = name.replace(/\s/gu, '');
  return bare.length <= NAME_WITHOUT_CHECK_MAX_CHARS || COMPOUND_SURNAME.test(bare) || SURNAMES.includes(bare[0]!);
}
/** A name this short after a mark is taken as it is; a longer run must open with a surname (徐建军　作 does, 数字新闻 does not). */
const NAME_WITHOUT_CHECK_MAX_CHARS = 3;

/** A speaker's or signer's post (ending in a post word), optionally after an item mark, a gap, then a name of two to four characters. */
const SIGNER_BY_POST = new RegExp(`^(?:[■□◆●]\\s*)?\\p{Script=Han}[\\p{Script=Han}、]{1,30}(?:${POST_WORDS.join('|')})[\\s\\u3000]{1,}(?:\\p{Script=Han}[\\s\\u3000]?){1,2}\\p{Script=Han}$`, 'u');

/** A byline printed alone: ■本报记者 周蓓蓓, □ 郑一鸣, 文/郑蓓蓓 图/潘一鸣, 作者：某某, 本报记者 某某. */
/**
 * A pupil's byline under a school's short name: the place, a number and 小 or 中 (芝英一小, 城关实小, 二中), the class (三(2)班,
 * 初二（1）班, 五年级2班), the pupil's name, and the teacher after a wide gap or not at all.
 */
const PUPIL_BYLINE = /^\p{Script=Han}{0,10}[一二三四五六七八九十实][小中][\s\u3000]*[一二三四五六七八九十初高\d]{1,2}(?:年级)?[\s\u3000]*[（(]?\d{1,2}[）)]?[\s\u3000]*班[\s\u3000]*(?:\p{Script=Han}[\s\u3000]?){1,3}\p{Script=Han}(?:[\s\u3000]{2,}(?:指导老师|指导教师|辅导老师)[:：][\s\u3000]*(?:\p{Script=Han}[\s\u3000]?){1,2}\p{Script=Han})?$/u;

export function isBylineLine(t: string): boolean {
  const s = t.trim();
  if (nonSpaceLength(s) > BYLINE_LINE_MAX_CHARS || /[。！？，；]/u.test(s)) return false;
  if (PATTERNS.authorLine.test(s) || WORK_CREDIT_LINE.test(s)) return true;
  // The paper's commentator signing without a name (本报评论员, 本报特约评论员): the signature of an editorial.
  if (/^(?:本报|本刊)(?:特约)?评论员$/u.test(s)) return true;
  // An author under a title by unit and name (柳市人民医院急诊科　黄立新): the unit ends in an organ's word.
  // Signed with a marker first (□ 中共柯城区委党校　陈立群, □ 柳市镇卫生院中医科　倪晓芳), as an essay's author is.
  // Unmarked, the gap is a wide one: one plain space is where extraction lost a quotation mark (某某村举办 某节 is a
  // headline that lost “”, its 办 a verb's, not an office's). Either way the name opens with a surname.
  const unitName = s.match(/^(?<mark>[■□◆●]\s*)?\p{Script=Han}{2,20}(?:科|院|局|所|中心|站|办|委|部|队|校|馆|室|处|司)(?<gap>[\s\u3000]+)(?<name>(?:\p{Script=Han}[\s\u3000]?){1,2}\p{Script=Han})$/u);
  if (unitName && (unitName.groups!.mark || WIDE_GAP.test(unitName.groups!.gap!)) && SURNAMES.includes(unitName.groups!.name![0]!)) return true;
    // The author half of a column tag line (三衢夜话 / 徐　方): a slash and a name.
  if (/^[/／]\s*(?:\p{Script=Han}[\s\u3000]?){2,4}$/u.test(s)) return true;
  // A pupil's essay: its school, class and name (柯城区航埠镇中心小学 四（2）班 刘欣怡, 刘晨晨（…小学三年级）), its teacher.
  if (/^[（(]?\s*(?:指导老师|指导教师|辅导老师)\s*[:：]/u.test(s)) return true;
  if (/(?:小学|中学|学校|幼儿园|学院)\S*(?:\s+\S*[班级])?\s+(?:\p{Script=Han}\s?){2,3}(?:[\s\u3000]{2,}(?:指导老师|指导教师|辅导老师)[:：]\s*(?:\p{Script=Han}\s?){1,2}\p{Script=Han})?$/u.test(s) && !/[，。]/u.test(s)) return true;
  // The school by its short name (芝英一小, 实小, 二中) and the class, then the name, spaced or not, the teacher after a wide gap.
  if (PUPIL_BYLINE.test(s)) return true;
  if (/^(?:\p{Script=Han}\s?){2,3}\s*[（(][^（）()]*(?:小学|中学|学校|幼儿园)[^（）()]*[）)]$/u.test(s)) return true;
  if (/^[（(].*(?:小学|中学|学校|幼儿园|指导老师|指导教师).*[）)]$/u.test(s) && !/[。！？]/u.test(s)) return true;
  // A byline in brackets on a line of its own, closing a story: （通讯员 陈 昊）.
  // So is a teller's credit under a folk rhyme or story (（湖镇民间流传　周秀英 口述）, （某某 整理）).
  if (/^[（(][^（）()]*(?:记者|通讯员|作者|撰稿|供稿|推荐人|口述|整理)[^（）()]*[）)]$/u.test(s)) return true;
  // …or by the author's unit and name (（区农技推广中心　徐建平）): the unit ends in an organ's word.
  if (/^[（(]\p{Script=Han}{2,20}(?:中心|局|站|所|院|委|办|馆|校|协会|学会)[\s\u3000]+(?:\p{Script=Han}[\s\u3000]?){1,2}\p{Script=Han}[）)]$/u.test(s)) return true;
  // A marked label of a reporter's follow-up (■记者追踪, ■记者手记) is a heading, not a byline.
  if (/^[■□◆●]\s*记者(?:追踪|手记|调查|观察|回访|点评)$/u.test(s)) return false;
  // A reader signing a letter: 读者　张建国, 柳市镇长虹社区居民　林小燕.
  // So is an overseas Chinese signing a piece from abroad: 意大利侨胞　姚建国, 旅法华侨　某某.
  if (/^(?:\p{Script=Han}{0,16}(?:读者|居民|村民|市民|网友|侨胞|华侨))[\s\u3000]+(?:\p{Script=Han}[\s\u3000]?){1,2}\p{Script=Han}$/u.test(s)) return true;
  // A speaker's posts, then a wide gap and the name (市政协委员、柳市镇某电气公司负责人　郑建国): the post ends in a generic title word.
  // The same set off by an item mark (■ 区农业农村局高级农艺师　王根土, □ 退休教师　陈立夫): a signer, not a brief's title.
  if (SIGNER_BY_POST.test(s)) return true;
    // A marked notice title (●遗失声明, ●减资公告) is no author's name.
  if (/^[■□◆●]/u.test(s) && NOTICE_TITLE.test(s.replace(/^[■□◆●]+/u, '').replace(/[\s\u3000]+/gu, ''))) return false;
  if (/^[■□◆●]/u.test(s) && (/(?:记者|通讯员|评论员|特约|撰稿|作者|[/／]\s*[文图摄])/u.test(s) || markedName(s))) return true;
  // An essay's author marked □ by any unit and name set apart by a wide gap (□ 石梁镇　郑德明): the marker settles it (■ leads briefs' titles).
  if (/^□\s*\p{Script=Han}{2,20}(?:\u3000|\s{2,})\s*(?:\p{Script=Han}[\s\u3000]?){1,2}\p{Script=Han}$/u.test(s)) return true;
  // Roles and names, the roles set apart by spaces or by a bar or slash between them (记者　林　海　/　通讯员　叶晓雯).
  if (/^(?:本报)?(?:首席|见习|特约)?(?:记者|通讯员)\s*(?:\p{Script=Han}\s?){2,4}(?:(?:\s*[/／|｜]\s*|\s+)(?:记者|通讯员)?\s*(?:\p{Script=Han}\s?){2,4})*$/u.test(s)) return true;
  if (PATTERNS.slashByline.test(s) && /^[\p{Script=Han}\s/／文图摄·]+$/u.test(s.replace(/^[■□◆●]\s*/u, ''))) return true;
  return false;
}

/**
 * A box's row of label and value (所属镇街：柳市镇, 最佳观赏期：11月上旬至下旬, 联系人：陈先生　0577-…):
 * a short label (at most ten characters: 区人民医院预约挂号), a colon, a value on one line with no sentence in it (村情速览,
 * 出行贴士, 项目推介, 数据框, 便民服务).
 */
/** The last row of a box may say a sentence after its label (特色：清代三合院改建，…制作。), wrapped over a line or two. */
export const closingLabelRow = (t: string) => LABEL_ROW.test(t.trim()) && nonSpaceLength(t) <= CLOSING_LABEL_ROW_MAX_CHARS;
/** A box's closing row of a sentence holds at most this many characters (two or three lines of a narrow box). */
const CLOSING_LABEL_ROW_MAX_CHARS = 72;
export const labelRowText = (t: string) => {
  const s = t.trim();
  return (LABEL_ROW.test(s) || KEYED_ROW.test(s)) && !/[。！？；]/u.test(s) && nonSpaceLength(s) <= LABEL_ROW_MAX_CHARS;
};
/** A row keyed by a time or a day, a wide gap, then its value (18:00　乐清新闻, 11月9日　阴有小雨): a schedule's or a calendar's row. */
const KEYED_ROW = /^(?:\d{1,2}[:：]\d{2}|\d{1,2}月\d{1,2}日)(?:\u3000+|\s{2,})\S/u;
const LABEL_ROW = /^\p{Script=Han}[\p{Script=Han}（）()]{1,9}[:：]\s*\S/u;
/** A box's row holds at most this many characters (one printed line of a narrow box, give or take). */
const LABEL_ROW_MAX_CHARS = 32;

/** A line that tells the column's width holds sentence punctuation and at least this many characters. */
const WIDTH_LINE_MIN_CHARS = 6;
/** A width is told by at least two lines agreeing in a short group (at most three such lines), three in a longer one, */
const WIDTH_MIN_LINES = 2;
const SHORT_GROUP_MAX_LINES = 3;
const WIDTH_MIN_AGREEING = 3;
/** …and by at least this share of the group's prose lines. */
const WIDTH_MIN_SHARE = 0.3;
/** A byline printed alone is at most this long. */
const BYLINE_LINE_MAX_CHARS = 40;

/**
 * The column width of prose lines, in half-width units: the most common width among `lines`
 * that hold sentence punctuation, when enough of them agree; null when the text is not wrapped
 * (one paragraph per line).
 */
export function columnWidth(lines: string[]): number | null {
  const widths = lines.filter((l) => /[，。、；,;]/u.test(l) && nonSpaceLength(l) >= WIDTH_LINE_MIN_CHARS).map(visualWidth);
  if (widths.length < WIDTH_MIN_LINES) return null;
  const counts = new Map<number, number>();
  for (const w of widths) for (const v of [w - 1, w, w + 1]) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n];
  // Wrapped text: a good share of the prose lines share one width.
  // Two lines of one width in a short group tell its column as well as many do in a long one.
  return bestCount >= Math.max(widths.length <= SHORT_GROUP_MAX_LINES ? WIDTH_MIN_LINES : WIDTH_MIN_AGREEING, widths.length * WIDTH_MIN_SHARE) ? best + 1 : null;
}

/** The page's lines as units; `onLine` is told each line as it is read (ParseOptions.onLine). */
export function groupUnits(lines: Line[], onLine?: (line: number) => void): Unit[] {
  const groups = blankLineGroups(lines);
  // A regular poem's lines are set to the poem's measure, not the column's: they do not tell the page's width.
  const pageWidth = columnWidth(groups.filter((g) => regularVerseLength(g.group) === null).flatMap((g) => g.group.map((l) => l.text)));
  const units: Unit[] = [];
  for (const { group, blanksBefore } of groups) {
    const first = units.length;
    readGroup(group, pageWidth, units, onLine);
    if (units[first] && first > 0 && blanksBefore >= WIDE_GAP_MIN_BLANKS) units[first]!.wideGapBefore = true;
  }
  return units;
}

/** Blank lines between blocks of a page (one story and the next) are at least this many; inside a story, one. */
const WIDE_GAP_MIN_BLANKS = 2;

/** Blank-line groups, with vertical runs as groups of their own. */
function blankLineGroups(lines: Line[]): { group: Line[]; blanksBefore: number }[] {
  const groups: { group: Line[]; blanksBefore: number }[] = [];
  let cur: Line[] = [];
  let blanks = 0;
  let curBlanks = 0;
  for (const l of lines) {
    if (l.text === '' || l.vertical) {
      if (cur.length) groups.push({ group: cur, blanksBefore: curBlanks });
      cur = [];
      if (l.vertical) {
        groups.push({ group: [l], blanksBefore: blanks });
        blanks = 0;
      } else blanks++;
    } else {
      if (cur.length === 0) {
        curBlanks = blanks;
        blanks = 0;
      }
      cur.push(l);
    }
  }
  if (cur.length) groups.push({ group: cur, blanksBefore: curBlanks });
  return groups;
}

/** A group is prose when it has at least this many lines, this many of them holding sentence punctuation. */
const PROSE_GROUP_MIN_LINES = 3;
const PROSE_GROUP_MIN_PUNCTUATED = 2;
/** A bracket left open runs on into the next line while the unit is shorter than this (a byline's bracket, not a stray one). */
const OPEN_BRACKET_MAX_CHARS = 80;

/** What deciding whether a line joins the unit above it needs to know of its group. */
interface GroupShape {
  width: number | null;
  full: (t: string) => boolean;
  prose: boolean;
  allIndented: boolean;
  /** The length every line of a regular poem in the group shares (5 for 九九登高处，), when the group holds one. */
  verseLength: number | null;
}

/** A line of a regular poem (绝句, 律诗): a few Han characters closed by a comma or a full stop, nothing else. */
export const REGULAR_VERSE_LINE = /^(\p{Script=Han}{4,9})[，。！？；]$/u;

/**
 * Lines of a regular poem in a group: at least VERSE_MIN_LINES lines of one length, each closed by its own punctuation
 * (灵峰夜色月徘徊， / 雁荡秋光入画来。). Prose wrapped in a column never ends line after line on a mark at one width.
 */
function regularVerseLength(g: Line[]): number | null {
  const lengths = g.map((l) => l.text.trim().match(REGULAR_VERSE_LINE)?.[1]?.length ?? 0).filter((n) => n > 0);
  if (lengths.length < VERSE_MIN_LINES || new Set(lengths).size !== 1) return null;
  return lengths[0]!;
}

/** A headline stack is set in at most this many lines (引题, 主题 on two lines, 副题). */
const STACK_GROUP_MAX_LINES = 4;

/** One blank-line group's lines as units (paragraphs joined, heading lines kept apart), appended to `units`. */
function readGroup(g: Line[], pageWidth: number | null, units: Unit[], onLine?: (line: number) => void) {
  const own = columnWidth(g.map((l) => l.text));
  // A short group of heading lines (a stack: 引题 / 主题 / ——副题) is set to no column: measured against the page's width, a
  // line that happens to be that wide would read as prose running on. A line with a colon may be a label's wrapped row
  // (附件：… / …方案), which the page's width still joins.
  const stackGroup = own === null && g.length >= 2 && g.length <= STACK_GROUP_MAX_LINES && g.every((l) => (headingLike(l.text) && !/[：:]/u.test(l.text)) || /^[—–－―─]{2}\S/u.test(l.text.trim()));
  const width = own ?? (stackGroup ? null : pageWidth);
  const shape: GroupShape = {
    width,
    // Full: as wide as the column, give or take; a line much wider (a headline across columns) is not a line of it.
    full: (t: string) => width !== null && visualWidth(t) >= width - FULL_LINE_SLACK && visualWidth(t) <= width + FULL_LINE_SLACK,
    // Prose: most lines of the group hold sentence punctuation. Two heading lines in a group that is not prose are a stack.
    prose: g.length >= PROSE_GROUP_MIN_LINES && g.filter((l) => /[，。；！？,;!?]/u.test(l.text)).length >= PROSE_GROUP_MIN_PUNCTUATED,
    allIndented: g.filter((l) => l.indented).length > g.length / 2,
    verseLength: regularVerseLength(g),
  };
  let u: OpenUnit | null = null;
  for (const l of g) {
    onLine?.(l.n);
    if (u && joinsUnit(u, l, shape)) extendUnit(u, l);
    else {
      if (u) units.push(unitOf(u, units.length, shape));
      u = { lines: [l], parts: [l.text], last: l.text.at(-1), long: isLongUnit(l.text) };
    }
  }
  if (u) units.push(unitOf(u, units.length, shape));
  const first = units.findIndex((x) => x.start === g[0]!.n);
  if (first >= 0) {
    units[first]!.blankBefore = true;
    units.at(-1)!.blankAfter = true;
  }
}

/**
 * A unit being read: its lines so far, their joined text, and whether that text is already too
 * long for an open bracket to carry it on. Kept as the unit grows (it only grows longer): counting
 * the whole unit again for each line was quadratic on a page where no line ends a sentence
 * (140,000 lines each ending in a control character).
 */
type OpenUnit = { lines: Line[]; parts: string[]; last: string | undefined; long: boolean };

const isLongUnit = (text: string) => nonSpaceLength(text) >= OPEN_BRACKET_MAX_CHARS;

/**
 * The unit's text. Kept as pieces and joined when read: the text grown by concatenation was read
 * (its last character, its length) for each line added, which flattened it each time — quadratic
 * on a page where no line ends a sentence (140,000 lines, each ending in a control character).
 */
const unitText = (u: OpenUnit) => u.parts.join('');

/** Line `l` added to the unit, joined as joinText joins. */
function extendUnit(u: OpenUnit, l: Line): void {
  // A single space at the line's edge is a lost quotation mark's: keep it for the quote repair.
  const gap = u.lines.at(-1)!.spaceAfter || l.spaceBefore ? ' ' : joinGap(u.last, l.text);
  u.parts.push(gap, l.text);
  u.last = l.text.at(-1) ?? (gap || u.last);
  u.lines.push(l);
  u.long ||= isLongUnit(unitText(u));
}

function unitOf(u: OpenUnit, index: number, shape: GroupShape): Unit {
  const last = u.lines.at(-1)!.text;
  return {
    index,
    text: unitText(u),
    lines: u.lines.map((l) => l.text),
    indentWidth: u.lines[0]!.indentWidth,
    start: u.lines[0]!.n,
    end: u.lines.at(-1)!.end,
    blankBefore: false,
    blankAfter: false,
    bold: u.lines.some((l) => l.bold),
    vertical: u.lines.some((l) => l.vertical),
    layout: u.lines[0]!.layout,
    width: shape.width,
    // A bold line (a headline, doubled in extraction) does not run on into the plain text under it; nor does a line of
    // phrases set apart by a wide gap (手机成了“新农具”　直播成了“新农活”): prose runs on without one.
    runsOn: shape.full(last) && !endsFullSentence(last) && !u.lines.at(-1)!.bold && !PHRASES_APART.test(last.trim()) && last.trim().match(REGULAR_VERSE_LINE)?.[1]?.length !== shape.verseLength,
    spaceAfter: u.lines.at(-1)!.spaceAfter || u.lines.at(-1)!.gapAfter,
    spaceBefore: u.lines[0]!.spaceBefore,
  };
}

/**
 * A short title ending in Latin letters or digits (编号LS2306-01, 5G专区, 2023): a word a wrap cut
 * leaves a Han character at the line's end, so a line under this one (女，1993年生…) opens anew.
 */
const codeTitle = (prev: string) => headingLike(prev) && /[A-Za-z0-9]$/u.test(prev.trim());

/** Whether line `l` continues the unit above it. */
function joinsUnit(u: OpenUnit, l: Line, { width, full, prose, allIndented, verseLength }: GroupShape): boolean {
  const prev = u.lines.at(-1)?.text;
  // A regular poem keeps its lines, each closed by its comma or full stop.
  if (verseLength !== null && prev !== undefined && [prev, l.text].every((t) => t.trim().match(REGULAR_VERSE_LINE)?.[1]?.length === verseLength)) return false;
  // A bracket left open (本报讯（乐清市融媒体中心 / 记者 方心怡 … / 奕涵）1月1日…) runs on whatever the next line is.
  const text = u.long ? '' : unitText(u);
  const bracketOpen =
    !u.long &&
    ((text.match(/[（(]/gu)?.length ?? 0) > (text.match(/[）)]/gu)?.length ?? 0) || (text.match(/《/gu)?.length ?? 0) > (text.match(/》/gu)?.length ?? 0));
  // A box's row cut by the wrap: the row filled its line and the short rest under it is no row of its own (内容：展出…主题作
  // / 品120余幅), or a number cut in two (电话：0577-6271 / 3366).
  const rowCut = prev !== undefined && labelRowText(prev) && !labelRowText(l.text) && !endsFullSentence(prev) && ((full(prev) && nonSpaceLength(l.text) <= ROW_TAIL_MAX_CHARS && !startsUnit(l.text)) || cutNumber(prev, l.text));
  const midWord = openedMidWord(u, l) && !l.vertical && !u.lines.at(-1)!.gapAfter && !startsUnit(l.text);
  // Who said it, alone on the line under a quotation that closed its line (“…巡下去。” / 王海生说。): the paragraph's end.
  const saidBy = prev !== undefined && !l.indented && !l.vertical && /[。！？…]”$/u.test(prev.trim()) && SPEECH_TAG_LINE.test(l.text.trim());
  return (
    bracketOpen ||
    saidBy ||
    rowCut ||
    midWord ||
    (prev !== undefined &&
      !l.vertical &&
      // A line ending in a comma stops mid-sentence: the next line goes on with it, however short this one was set.
      (full(prev) || (continuesLine(l.text) && !codeTitle(prev)) || /[，、]$/u.test(prev) || cutDate(prev, l.text) || cutCode(prev, l.text)) &&
      !endsFullSentence(prev) &&
      !isStandaloneLine(prev) &&
      !u.lines.at(-1)!.gapAfter &&
      // A bold heading line and the plain text under it are two things (a brief's title and its text).
      !(u.lines.at(-1)!.bold && !l.bold && headingLike(prev)) &&
      !startsUnit(l.text) &&
      // Rows of a label：value box are printed one a line, however wide (自驾路线：… / 公共交通：…).
      !(labelRowText(prev) && labelRowText(l.text)) &&
      // An indented line opens a paragraph, unless every line is indented (the whole text was).
      !(l.indented && !allIndented) &&
      // A heading line set wider than the column (a headline across columns) is not prose,
      // and two heading lines outside prose are lines of a stack.
      !(headingLike(prev) && visualWidth(prev) > width! + FULL_LINE_SLACK) &&
      !(headingLike(prev) && headingLike(l.text) && (!prose || (u.lines.at(-1)!.bold && l.bold)) && !continuesLine(l.text)))
  );
}

/**
 * A speech tag alone: a speaker of one to six characters and a verb of saying (说, 道, 表示, 介绍 …: a closed class), a full
 * stop or none (王海生说。, 老人笑着说。).
 */
const SPEECH_TAG_LINE = /^\p{Script=Han}{1,6}?(?:笑着说|感慨地说|告诉记者|说道|表示|介绍|说|道)[。！]?$/u;

/**
 * A paragraph's indented first line that stops mid-word, a clause closed by a comma on it or the next (　　经评委会评审，现将第三届
 * “青山杯”摄 / 影大赛获奖名单公布如下：): the sentence goes on in the next line, however the column's width was measured (a
 * group holding a table's wide rows).
 */
const openedMidWord = (u: OpenUnit, l: Line) => {
  const prev = u.lines.at(-1)!;
  const clause = /，/u.test(prev.text) || (nonSpaceLength(prev.text) >= OPENED_LINE_MIN_CHARS && /，/u.test(l.text));
  return u.lines.length === 1 && prev.indented && !l.indented && clause && /\p{Script=Han}$/u.test(prev.text.trim()) && !PATTERNS.numberedHeading.test(prev.text.trim());
};
/** An indented line this long with no comma of its own (　　获奖作品将于12月16日至31日在碧湖镇文化) is prose too, when the next goes on with one. */
const OPENED_LINE_MIN_CHARS = 16;

/** The rest of a box's row cut by the wrap is at most this long (品120余幅, 经典选段). */
const ROW_TAIL_MAX_CHARS = 10;

/** A number cut by the wrap between its digits (0577-6271 / 3366): the line is digits alone. */
const cutNumber = (prev: string, t: string) => /\d{3,}$/u.test(prev.trim()) && /^\d{2,}$/u.test(t.trim());

/** A URL, phone number or code cut by the wrap at its hyphen, dot or slash (https://www.huage- / electric.com, 400-826- / 5858). */
const cutCode = (prev: string, t: string) => /[A-Za-z0-9][-./／]$/u.test(prev.trim()) && /^[A-Za-z0-9]/u.test(t.trim());

/** A date cut by the wrap (…定于12月3 / 日（星期二）…, 2019年11 / 月): the line opens with the rest of the date. */
const cutDate = (prev: string, t: string) => /\d{1,2}月\d{1,2}$|(?:19|20)\d{2}年\d{1,2}$/u.test(prev.trim()) ? /^[日月]/u.test(t.trim()) : /\d月$/u.test(prev.trim()) && /^\d{1,2}日/u.test(t.trim());

/**
 * A line that can only continue the line before it: it opens with punctuation, with one
 * character and a comma (村，听取… after …来到浃底), or with two and an enumeration comma
 * (示范、和美乡村…): no sentence starts so.
 */
export const continuesLine = (t: string) => /^(?:[，、。；：！？”’）》]|\p{Script=Han}[，、。；：]|\p{Script=Han}{2}、)/u.test(t.trim());

/** A line that could be a headline, section heading or label: short, no sentence punctuation. */
export function headingLike(s: string): boolean {
  const t = s.trim();
  if (t === '' || PATTERNS.listItem.test(t)) return false;
  if (nonSpaceLength(t) > MAX_HEADLINE_CHARS) return false;
  return !PATTERNS.notInHeadline.test(t);
}
