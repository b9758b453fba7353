/**
 * What a page prints about its issue: the masthead of a front page (报名, 主办, 期号, 日期, 内部资料,
 * 准印证号) and the header (or footer) line of an inside page (日期, 星期, 版次, 版名, 责任编辑).
 * These lines are page furniture; what they say — the date, the issue number, the page and its
 * name — goes to the issue record when metadata does not say it.
 */
import { PAGE_EDGE_LINES, PATTERNS } from './constants.ts';
import { isoDate, printedDate } from './dates.ts';
import { jumpMarker, nonSpaceLength } from './text.ts';
import { isBylineLine, type Unit } from './units.ts';

export interface PageInfo {
  /** The issue date printed on the page (ISO), when it prints one. */
  date: string | null;
  /** 期号 as printed: 第125期. */
  number: string | null;
  /** 版次: `2` for 第2版. */
  page: string | null;
  /** 版名: 要闻, 综合新闻, 柳川副刊. */
  pageName: string | null;
  /** The paper's name where the header or masthead prints it as a field (横店报, 龙港新闻), else null. */
  paper: string | null;
}

/**
 * A paper's name as a header field by its last word: a place and the word papers end their names with (…报, …日报,
 * …新闻) — though a page may be named so too (图片新闻, 综合新闻): of two names the other is the page's. Or 今日 and a place
 * (今日瓜沥, 今日临安), past the words papers name a page with after 今日 (今日关注, 今日天气: a closed class).
 */
const PAPER_NAME = /^(?:今日(?!(?:天气|关注|聚焦|要闻|视点|头条|看点|推荐|话题|焦点|导读|说法|提示|评论|观察|特稿|专题|新闻|社会|文化|体育|财经|民生|综合|立[春夏秋冬])$)(?<today>\p{Script=Han}{2,3})|(?<place>\p{Script=Han}{1,7}?)(?:日报|晚报|时报|报|新闻))$/u;
const paperName = (f: string) => PAPER_NAME.test(f);
/** A paper's own place is named in at least this many characters (横店, 龙港). */
const PLACE_MIN_CHARS = 2;

/**
 * The paper's own place, as its headlines name it without 镇 or 市: its name without the closing word (横店报 → 横店,
 * 龙港新闻 → 龙港; 沈家门渔港报 → 沈家门渔港, of which a headline uses 沈家门: the first three characters count too, see
 * headline.ts). Null when the page prints no paper's name.
 */
export function paperPlace(info: Pick<PageInfo, 'paper'>): string | null {
  // A masthead sets its name letter-spaced (南　浔　报): the name is read without the spaces.
  const groups = info.paper?.replace(/[\s\u3000]+/gu, '').match(PAPER_NAME)?.groups;
  const place = groups?.place ?? groups?.today ?? null;
  return place && nonSpaceLength(place) >= PLACE_MIN_CHARS ? place : null;
}

export type EdgeKind = 'masthead' | 'page-header';

/** A page-header line (date, 星期, 版次, 版名, 责任编辑 and 美编 on one line) is at most this long; longer is text. */
const PAGE_HEADER_MAX_CHARS = 80;
/** A header line held by its page tag alone (第2版　要闻) is shorter: a longer line naming a 版 is text. */
const TAGGED_HEADER_MAX_CHARS = 50;
/** A masthead line (主办, 内部资料, 准印证号, 期号) is at most this long. */
const MASTHEAD_LINE_MAX_CHARS = 60;
/** A paper's name in its masthead (柳市, 今日虹桥, LIUSHI split over lines) is at most this long. */
const PAPER_NAME_MAX_CHARS = 8;
/** A 版名 after the page tag (要闻, 重点工作专题巡礼) is at most this long; longer is a headline. */
const PAGE_NAME_MAX_CHARS = 10;

/** A header line: a date with its weekday, or a page tag (第2版), with no sentence in it; or a page's name and number set far apart (观点·评论      3). */
/** The page's name and number alone on a line at its edge (观点　　5, 读书　7, 文旅　8). */
const PAGE_NAME_NUMBER = /^(?<name>[\p{Script=Han}·]{2,10})(?:\s{2,}|\u3000+)(?<page>\d{1,2})$/u;

const PAPER_DOT_PAGE_DATE = /^\p{Script=Han}{2,8}\s*[·・]\s*\p{Script=Han}{2,6}(?:\s{2,}|\u3000+)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/u;

export function isPageHeader(t: string): boolean {
  if (nonSpaceLength(t) > PAGE_HEADER_MAX_CHARS || /[，。；！？]/u.test(t)) return false;
  // A jump line ((上接第1版), (下转第3版)) names another page: it is the story's, and its number is not this page's 版次.
  if (jumpMarker(t)) return false;
  // A numbered item or a time label (一、会议时间：2019年5月17日（星期五）) is a notice's text, whatever date it gives.
  if (PATTERNS.numberedHeading.test(t.trim()) || PATTERNS.numberedItem.test(t.trim()) || /^\p{Script=Han}{0,4}(?:时间|日期)[:：]/u.test(t.trim())) return false;
  if (PAGE_NAME_NUMBER.test(t.trim())) return true;
  // The page's label alone on its line (第3版, 第 3 版): a page break inside the text.
  if (/^第\s*[0-9０-９]{1,2}\s*版$/u.test(t.trim())) return true;
  // The paper's name and the page's joined by a middle dot, then the date far right (常山报·公告　　　2019年11月29日).
  if (PAPER_DOT_PAGE_DATE.test(t.trim())) return true;
  const hasDate = PATTERNS.oneDate.test(t);
  const hasTag = PATTERNS.pageTag.test(t);
  const hasWeekday = PATTERNS.weekday.test(t);
  return (hasDate && (hasWeekday || hasTag || /农历/u.test(t))) || (hasTag && (hasDate || /[\p{Script=Han}]{2,}/u.test(t.replace(PATTERNS.pageTag, ''))) && nonSpaceLength(t) <= TAGGED_HEADER_MAX_CHARS);
}

/** A masthead line: 主办, 内部资料, 准印证号, 期号, or the date line of a masthead. */
export function isMastheadLine(t: string): boolean {
  if (nonSpaceLength(t) > MASTHEAD_LINE_MAX_CHARS || /[。；！？]/u.test(t)) return false;
  return PATTERNS.mastheadLine.test(t) || PATTERNS.issueNumberLine.test(t.trim()) || isPageHeader(t);
}

/**
 * The masthead: from the top of the page, the short lines up to the last that says what a
 * masthead says (主办, 期号, 内部资料 …), the paper's name (柳市, LIUSHI, 今日虹桥) among them.
 * Returns the indices of the units it covers.
 */
export function findMasthead(units: Unit[]): Set<number> {
  const found = new Set<number>();
  let lastHit = -1;
  let lines = 0;
  for (let i = 0; i < units.length && lines < PAGE_EDGE_LINES; i++) {
    const u = units[i]!;
    lines += u.lines.length;
    if (nonSpaceLength(u.text) > MASTHEAD_LINE_MAX_CHARS || /[，。；！？]/u.test(u.text)) break;
    if (u.lines.some(isMastheadLine)) lastHit = i;
  }
  // A masthead names its sponsor or its issue: one date line alone is an inside page's header,
  // though the paper's name may stand above it (今日虹桥 / 第3版 · 社会民生 …).
  const strong = units.slice(0, lastHit + 1).some((u) => u.lines.some((l) => PATTERNS.mastheadLine.test(l) || PATTERNS.issueNumber.test(l)));
  if (lastHit >= 0 && !strong) {
    const firstHeader = units.findIndex((u) => u.lines.some(isPageHeader));
    for (let i = 0; i < firstHeader; i++) if ((nonSpaceLength(units[i]!.text) <= PAPER_NAME_MAX_CHARS || datedNameLine(units[i]!.text)) && !units[i]!.blankAfter) found.add(i);
    // A header set one field a line: its 版名 alone right under the page tag, the editor's line right under that (第11版 / 房产周刊 / 责任编辑：…).
    const name = units[firstHeader + 1];
    if (name && !units[firstHeader]!.blankAfter && !name.blankAfter && name.lines.length === 1 && pageNameField(name.text.trim()) && PATTERNS.editorLine.test(units[firstHeader + 2]?.text.trim() ?? '')) found.add(firstHeader + 1);
    return found;
  }
  if (lastHit < 0) return found;
  for (let i = 0; i <= lastHit; i++) {
    const u = units[i]!;
    // The paper's name above the masthead lines is short (柳市, 今日虹桥) or in Latin letters (JINRI HONGQIAO);
    // a longer line is a headline that follows a header.
    // A line set tight between masthead lines, no blank line on either side (KECHENG　…　多云转阵雨 under 柯城　…　今日天气), is
    // the masthead's too: its name in letters beside the weather box.
    const sandwiched = i > 0 && i < lastHit && found.has(i - 1) && !units[i - 1]!.blankAfter && !u.blankAfter;
    // The paper's name set wide apart from a slogan on its line (石碶报　　　空港门户　活力石碶) is the masthead's first line.
    const named = u.lines.length === 1 && paperName(headerFields(u.text)[0] ?? '');
    if (u.lines.some(isMastheadLine) || nonSpaceLength(u.text) <= PAPER_NAME_MAX_CHARS || /^[A-Z][A-Z\s·.-]*$/u.test(u.text.trim()) || sandwiched || named) found.add(i);
  }
  return found;
}

/**
 * A name letter-spaced between wide gaps (侨　乡·统　战 in 7　　　侨　乡·统　战　　　塘栖报): single characters (a middle dot
 * between two of them allowed) one space apart, closed up into the one field they are.
 */
const LETTER_SPACED = /(?<=^|[\s\u3000]{2,})\p{Script=Han}(?:·\p{Script=Han})?(?:[ \u3000]\p{Script=Han}(?:·\p{Script=Han})?)+(?=$|[\s\u3000]{2,})/gu;
const closeLetterSpacing = (t: string) => t.replace(LETTER_SPACED, (m) => m.replace(/[ \u3000]/gu, ''));

/** The fields of a header line: what stands between wide gaps or a 版 header's dots and bars. */
function headerFields(t: string): string[] {
  // A middle dot between two words (要闻·深度, 国防·兵役) joins one page name; set apart by spaces it separates fields.
  return closeLetterSpacing(t).trim().split(/\s{2,}|\u3000+|\s*[|｜／■◆▌]\s*|\s+\/\s+|\s+·\s*|\s*·\s+|(?<!\p{Script=Han})·|·(?!\p{Script=Han})/u).filter(Boolean);
}

/** A 版次 printed bare among a header's fields (2019年1月17日　星期四　　3　　两会特刊): one or two digits. */
const BARE_PAGE_NUMBER = /^\d{1,2}$/u;

/** A 版次 as the issue records it: a zero set before one digit (07) is the page's number printed two wide. */
const barePage = (s: string) => s.replace(/^0(?=\d)/u, '');

/** Words of a date or a page tag inside a field (五月, 十三日, 农历…年, 第…版): no page's name; 今日富春江, 年终特刊 and 换届选举专版 are names. */
const DATE_OR_TAG_WORD = /[〇零一二三四五六七八九十廿\d](?:年|月|日|版)|^第|^农历/u;

/** A field that can be a page's name: a few Han characters that are no date, weekday, page tag, credit or masthead word. */
function pageNameField(f: string): boolean {
  return /^\p{Script=Han}{2,}(?:·\p{Script=Han}{2,})?$/u.test(f) && nonSpaceLength(f) <= PAGE_NAME_MAX_CHARS && !PATTERNS.weekday.test(f) && !DATE_OR_TAG_WORD.test(f)
    && !PATTERNS.mastheadLine.test(f) && !/^(?:责任|责编|美编|校对|编辑)/u.test(f);
}

/**
 * A header's 版次 and 版名 set as fields of their own: a bare number among a dated header's fields (its 版名 the name beside
 * it); a line under the header that opens with a name and holds nothing else but credits (招生考试　　责任编辑：…), or
 * the name alone on its line under a header set one field a line (第11版 / 房产周刊).
 */
function readFields(t: string, info: PageInfo, underHeader: boolean): void {
  const fields = headerFields(t);
  const dated = PATTERNS.oneDate.test(t) && PATTERNS.weekday.test(t);
  const at = dated && !info.page ? fields.findIndex((f) => BARE_PAGE_NUMBER.test(f)) : -1;
  if (at >= 0) {
    info.page = fields[at]!;
    // (The paper's name may stand beside the number too: 教育·校园　6　某某报 — it names no page.)
    const name = pageNameOf([fields[at + 1], fields[at - 1]].filter((f): f is string => f !== undefined && pageNameField(f) && !PAPER_FIELD.test(f)));
    if (name && !info.pageName) info.pageName = name;
    return;
  }
  // Under a dated header, the 版次 and 版名 set together before the credits (6　社会·民生　　责任编辑：…, 要闻　2　　责任编辑：…).
  if (underHeader && !info.page && !info.pageName && fields.length >= 3 && creditsFrom(fields, 2)) {
    const [a, b] = [fields[0]!, fields[1]!];
    const number = BARE_PAGE_NUMBER.test(a) ? a : BARE_PAGE_NUMBER.test(b) ? b : null;
    const name = number === a ? b : a;
    if (number && pageNameField(name)) [info.page, info.pageName] = [number, name];
    return;
  }
  if (!underHeader || info.pageName || !info.page || !pageNameField(fields[0] ?? '')) return;
  // The credits after the name, a credited name letter-spaced into fields of its own (责任编辑：罗　敏).
  if (fields.length === 1 || creditsFrom(fields, 1)) info.pageName = fields[0]!;
}

/** From field `at` on, the line holds credits: it opens there with an editor's credit (a name after it may be split by a gap), the page's phone or mail among them. */
const creditsFrom = (fields: string[], at: number) => fields.length > at && PATTERNS.editorAnywhere.test(fields[at]!) && fields.slice(at).every((f) => PATTERNS.editorAnywhere.test(f) || CREDIT_FIELD.test(f) || /^\p{Script=Han}{1,3}$/u.test(f));

/** A date, or a weekday, alone as a field. */
const DATE_FIELD = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:星期|周|礼拜)[一二三四五六日天])$/u;

/** A line above an inside page's header that holds only the paper's name and the date (柯城　　2023年5月26日, 2018年5月11日, 星期五). */
function datedNameLine(t: string): boolean {
  const fields = headerFields(t);
  return fields.some((f) => DATE_FIELD.test(f)) && fields.every((f) => DATE_FIELD.test(f) || (/^[\p{Script=Han}]+$/u.test(f) && nonSpaceLength(f) <= PAPER_NAME_MAX_CHARS));
}

/** An issue's number as printed, with the running total a paper sets after it, in brackets or not (第5期（总第218期）, 第17期　总第203期): both are its 期号. */
const ISSUE_NUMBER_WITH_TOTAL = /(?<!总)第\s*\d+\s*期(?:\s*[（(]\s*总第\s*\d+\s*期\s*[）)]|[ \u3000]+总第\s*\d+\s*期)?/u;

/** What the masthead and header lines say of the issue. */
export function readPageInfo(lines: string[]): PageInfo {
  const info: PageInfo = { date: null, number: null, page: null, pageName: null, paper: null };
  let underHeader = false;
  let namedByNumber = false;
  for (const [lineNo, line] of lines.entries()) {
    const t = line.trim();
    readFields(t, info, underHeader);
    // A name among a dated header's fields (…星期五　国防·兵役　　责任编辑：…) names the page; a name set with the number on
    // the line above (柳市新闻　　3) was the paper's.
    const dated = nameAfterDate(t);
    // A paper-shaped name read off the line above (织　里　新　闻　　04版) gives way to it too.
    if (dated && (!info.pageName || namedByNumber || (paperName(info.pageName) && !paperName(dated)))) [info.pageName, namedByNumber] = [dated, false];
    const first = lineNo > 0 && !dated ? nameBeforeDate(t) : null;
    if (first && (!info.pageName || paperName(info.pageName))) [info.pageName, namedByNumber] = [first, false];
    underHeader ||= PATTERNS.pageTag.test(t) || PATTERNS.oneDate.test(t);
    const date = PATTERNS.oneDate.exec(t);
    if (date?.groups && !info.date) info.date = isoDate(Number(date.groups.year), Number(date.groups.month), Number(date.groups.day));
    const number = t.match(ISSUE_NUMBER_WITH_TOTAL) ?? t.match(PATTERNS.issueNumber);
    // Spaces inside the number go; one stays between the number and a total set beside it (第17期 总第203期).
    if (number && !info.number) info.number = number[0].replace(/\s+/gu, '').replace(/期总第/u, '期 总第');
    const named = t.match(PAGE_NAME_NUMBER);
    if (named?.groups && !info.page) {
      info.page = named.groups.page!;
      if (!info.pageName) [info.pageName, namedByNumber] = [named.groups.name!, true];
    }
    readTaggedPage(t, info);
    fillFromFields(t, info);
  }
  info.pageName ??= nameBesidePaper(lines);
  // The paper's name: a field shaped like one that is not the page's name (综合新闻 and 图片新闻 name pages).
  for (const line of lines) info.paper ??= headerFields(line).find((f) => paperName(f) && f !== info.pageName) ?? null;
  if (info.pageName) info.pageName = info.pageName.replace(PAPER_NAME_PREFIX, '');
  // A 版次 printed with a leading zero (第02版, 03｜综合) is the same page as 2 or 3, whichever field gave it: one address.
  if (info.page) info.page = barePage(info.page);
  return info;
}

/**
 * A paper's name set before the page's with a middle dot (泗安新闻·经济, 某某报·公告): the page's name is what follows. A
 * paper's name ends in 报 or 新闻 (a closed class of its last words); a place before the dot (柯城·平安) stays.
 */
const PAPER_NAME_PREFIX = /^\p{Script=Han}{1,6}(?:报|新闻)·(?=\p{Script=Han}{2,})/u;

/** The 版次 and 版名 of a line with a page tag (第2版　要闻, 要闻　第2版, 第3版 · 社会民生). */
function readTaggedPage(line: string, info: PageInfo): void {
  // A letter-spaced 版名 (第2版　　　要　闻) is one word.
  const t = closeLetterSpacing(line);
  const tag = t.match(PATTERNS.pageTag);
  if (tag?.groups && !info.page) {
    info.page = (tag.groups.page ?? tag.groups.page2)!.toUpperCase();
    // 版名: the words right after the tag (第2版　要闻, 第3版 · 社会民生), up to a gap, a date or an editor's credit.
    let after = t.slice(tag.index! + tag[0].length).replace(/^[\s·•|｜:：\-—]+/u, '');
    let name = after.match(/^[\p{Script=Han}A-Za-z·]+(?:[·][\p{Script=Han}]+)?/u)?.[0];
    // The paper's name right after the tag (第4版　王江泾报　公告·服务): the page's is the field after it.
    if (name && paperName(name) && /^\S+(?:\s{2,}|\u3000+)\S/u.test(after)) {
      after = after.slice(name.length).trimStart();
      name = after.match(/^[\p{Script=Han}·]+/u)?.[0];
      if (name && !pageNameField(name)) name = undefined;
    }
    if (name && !PATTERNS.editorAnywhere.test(`${name}：`) && !/^(?:责任|责编|美编|校对|编辑)/u.test(name) && nonSpaceLength(name) <= PAGE_NAME_MAX_CHARS) info.pageName = name;
    // Or the words before it (要闻　第2版).
    if (!info.pageName) {
      // The name right before the tag; when that is the paper's, a name right before it (文化·摄影　　碧湖新闻　　第4版).
      const words = t.slice(0, tag.index).trim().split(/[\s\u3000]+/u);
      const [last, prior] = [words.at(-1) ?? '', words.at(-2) ?? ''];
      const before = paperName(last) && pageNameField(prior) && !paperName(prior) ? prior : last;
      // Or the page's name set after the paper's further before, past the date and 星期 (马屿新闻·党建专版　2019年6月28日
      // 星期五　第3版); a plain name there is the paper's (今日柯城　　2019年3月22日　　第3版).
      const further = words.findLast((w) => pageNameField(w) && PAPER_NAME_PREFIX.test(w));
      if (pageNameField(before)) info.pageName = before;
      else if (further) info.pageName = further;
    }
  }
}

/** The first field after a dated header line's date that can be a page's name (2021年5月14日　星期五　国防·兵役　　责任编辑：…). */
function nameAfterDate(t: string): string | null {
  if (!PATTERNS.oneDate.test(t) || !PATTERNS.weekday.test(t)) return null;
  const fields = headerFields(t);
  const at = fields.findIndex((f) => PATTERNS.oneDate.test(f));
  if (at < 0) return null;
  // Up to the credits: the name after a bare role word (责任编辑　吴雪萍) is the editor's.
  const credits = fields.findIndex((f, i) => i > at && CREDIT_ROLE_FIELD.test(f));
  return fields.slice(at + 1, credits < 0 ? undefined : credits).find((f) => pageNameField(f) && !DATE_FIELD.test(f)) ?? null;
}

/**
 * A dated line's first field, right before the date, when it is no paper's name (税务服务　　2022年6月17日　星期五　…): the
 * page's name, on a line under the header's first (崇仁新闻　　04); the first line's own first field is the paper's.
 */
function nameBeforeDate(t: string): string | null {
  if (!PATTERNS.oneDate.test(t) || !PATTERNS.weekday.test(t)) return null;
  const fields = headerFields(t);
  return fields.length > 1 && PATTERNS.oneDate.test(fields[1]!) && pageNameField(fields[0]!) && !paperName(fields[0]!) ? fields[0]! : null;
}

/** A top line of two names, one the paper's (…报, …日报): the other is the page's (光影乐清　　　乐清日报). */
function nameBesidePaper(lines: string[]): string | null {
  const fields = headerFields(lines[0] ?? '');
  if (fields.length !== 2 || !fields.some(paperName)) return null;
  return fields.find((f) => !paperName(f) && pageNameField(f)) ?? null;
}

/**
 * The classes a header's field can be read as. A header line is a row of fields (date, 星期, 农历, 版次, 版名, credits,
 * 期号, the paper's name) set apart by gaps, in whatever order a paper sets them.
 */
export type HeaderField = 'date' | 'weekday' | 'lunar' | 'page' | 'name' | 'credit' | 'issue' | 'credited-name';

/** A 版次 as a field: 第3版, A3版, A3, 03, 3 (a bare number of one or two digits). */
const PAGE_FIELD = /^(?:第\s*[A-Za-z]?\d{1,3}\s*版|第[一二三四五六七八九十]{1,3}版|[A-Z]?\d{1,2}\s*版|[A-Z]\d{1,2}|\d{1,2})$/u;
/** Chinese numerals of a page tag (第十二版): their values. */
const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A page number of one or two Chinese numerals (三, 十二, 二十): its value; tens are written with 十. */
function hanNumber(t: string): string {
  const [tens, ones] = t.includes('十') ? t.split('十') : ['', t];
  const value = (t.includes('十') ? (HAN_DIGITS[tens!] ?? 1) * 10 : 0) + (HAN_DIGITS[ones!] ?? 0);
  return String(value);
}
/** A credit as a field: the role words of a page's staff and its contact lines (a closed class of print), a colon, and a name or number. */
const CREDIT_FIELD = /^(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|组版|版式|排版|审核|值班编辑|摄影|电话|热线|新闻热线|邮箱|投稿邮箱|传真)\s*[:：/／]\s*\S*$/u;
/** A staff role alone as a field, its name in the next (责编　王丽): the role words of CREDIT_FIELD's staff, no colon. */
const CREDIT_ROLE_FIELD = /^(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|组版|版式|排版|值班编辑)$/u;
/** A page's contact word alone as a field, its number in the next (热线　0572-6061234): the contact words of CREDIT_FIELD. */
const CONTACT_ROLE_FIELD = /^(?:电话|热线|新闻热线|传真)$/u;
/** A phone number as a field: an area code and a number, or the number alone. */
const PHONE_FIELD = /^(?:0\d{2,3}-?)?\d{7,8}$/u;
/** A credited name letter-spaced after its role (责任编辑：罗　敏): one to three Han characters. */
const CREDITED_NAME_TAIL = /^\p{Script=Han}{1,3}$/u;
/** The lunar date as a field (农历九月二十, 农历壬寅年三月十五). */
const LUNAR_FIELD = /^农历\S{2,12}$/u;
/** A paper's name as a field (诸暨日报, 观海卫报): a few Han characters ending in 报. */
const PAPER_FIELD = /^\p{Script=Han}{1,8}报$/u;
/** Of the names beside a page's number, one not shaped like a paper's (乡镇　03　佛堂新闻) before one that is (图片新闻　6). */
const pageNameOf = (beside: string[]): string | undefined => beside.find((f) => !paperName(f)) ?? beside[0];
/** A date as a field, its weekday set close after it or not (2022年4月15日, 2019年10月18日星期五). */
const DATE_WEEKDAY_FIELD = /^(?<year>(?:19|20)\d{2})(?:年|[.\-/])(?<month>\d{1,2})(?:月|[.\-/])(?<day>\d{1,2})日?(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?$/u;
/** A date in Chinese numerals as a field (二〇二三年六月十四日), its weekday close after it or not. */
const CHINESE_DATE_FIELD = new RegExp(`^${PATTERNS.chineseDate.source}(?:(?:星期|周)[一二三四五六日天])?$`, 'u');
/** Fields only a header prints: 版次, 星期, 农历, 期号, a staff credit. */
const STRONG_FIELDS = new Set<HeaderField>(['page', 'weekday', 'lunar', 'issue', 'credit']);
/** A word of a paper's name in capital letters (its pinyin), one field of a header line. */
const PINYIN_WORD = /^[A-Z]{2,}$/u;
/** A header line holds at most this many name fields: the paper's and the page's. */
const HEADER_MAX_NAMES = 2;
/** A header line is read by its fields when at least this many kinds of field stand on it (a name and a number, a date and a credit). */
const HEADER_MIN_KINDS = 2;

/** One field's class, or null when the field is no header's (a phrase, a sentence, a headline). */
export function headerFieldClass(f: string): HeaderField | null {
  const s = f.trim();
  if (DATE_WEEKDAY_FIELD.test(s) || CHINESE_DATE_FIELD.test(s)) return 'date';
  if (DATE_FIELD.test(s)) return 'weekday';
  if (LUNAR_FIELD.test(s)) return 'lunar';
  if (PAGE_FIELD.test(s)) return 'page';
  // 期号 (第312期, 总第1234期), and the issue's page count (今日4版, 本期8版, 共8版): fields of the issue, not of this page.
  if (/^(?:总)?第\s*\d+\s*期$/u.test(s) || /^(?:今日|本期|共)\d{1,2}版$/u.test(s)) return 'issue';
  if (CREDIT_FIELD.test(s) || CREDIT_ROLE_FIELD.test(s) || CONTACT_ROLE_FIELD.test(s)) return 'credit';
  if (pageNameField(s) || PAPER_FIELD.test(s)) return 'name';
  return null;
}

/** Digits set full-width (４　文艺　２０２２年９月１６日) read as the digits they are. */
const halfWidthDigits = (t: string) => t.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A header line's fields: split at gaps (one space will do here, fields hold none), bars, full-width slashes and set-apart dots. */
function splitHeaderFields(t: string): string[] {
  return closeLetterSpacing(t).trim().split(/\s+\/\s+|[\s\u3000]+|\s*[|｜／■◆▌]\s*|\s+·\s*|\s*·\s+|(?<!\p{Script=Han})·|·(?!\p{Script=Han})/u).filter(Boolean);
}

/**
 * A header line read by its fields: short, no sentence mark, every field a header's (date, 星期, 农历, 版次, 版名, credit,
 * 期号, the paper's name) and at least two kinds of field on it — `3　乡村振兴　2022年4月15日　编辑：某某`, `综合 2`,
 * `第5期　诸暨日报`. Returns the classified fields, or null. Only a line at the page's edge is read so (see edgeHeaders).
 */
export function readHeaderFields(t: string): { field: string; kind: HeaderField }[] | null {
  if (nonSpaceLength(t) > PAGE_HEADER_MAX_CHARS || /[，。；！？]/u.test(t)) return null;
  const out: { field: string; kind: HeaderField }[] = [];
  let latin = false;
  for (const field of splitHeaderFields(halfWidthDigits(t))) {
    // The paper's name in capitals (FUYANG CHANGKOU, XITANG BAO): set beside its Chinese name, it names nothing new.
    if (PINYIN_WORD.test(field)) {
      latin = true;
      continue;
    }
    const kind = headerFieldClass(field);
    const prev = out.at(-1);
    // The name or number right after a bare role word (编辑 程某某, 热线 0572-…) is what it credits, whatever else it could be.
    const bareRole = prev?.kind === 'credit' && (CREDIT_ROLE_FIELD.test(prev.field) || CONTACT_ROLE_FIELD.test(prev.field));
    if (bareRole && (CONTACT_ROLE_FIELD.test(prev!.field) ? PHONE_FIELD.test(field) : CREDITED_NAME_TAIL.test(field))) out.push({ field, kind: 'credited-name' });
    else if (kind) out.push({ field, kind });
    else if (prev?.kind === 'credit' && CREDITED_NAME_TAIL.test(field)) out.push({ field, kind: 'credited-name' });
    else return null;
  }
  // A slogan of two phrases of one length set between the fields (清明·缅怀　　缅怀革命先烈　赓续红色血脉　　4): no name of the page's.
  // (Not the line's first field, the paper's or the page's name, and plain words without a page name's middle dot.)
  const phrase = (f: string) => /^\p{Script=Han}+$/u.test(f) && nonSpaceLength(f) >= SLOGAN_PHRASE_MIN_CHARS && !paperName(f);
  for (let k = 1; k + 1 < out.length; k++) {
    const [a, b] = [out[k]!, out[k + 1]!];
    if (a.kind === 'name' && b.kind === 'name' && nonSpaceLength(a.field) === nonSpaceLength(b.field) && phrase(a.field) && phrase(b.field)) out.splice(k, 2);
  }
  // The paper's name alone with its name in capitals (桥下新闻 QIAOXIA NEWS): the head of the page, whatever else it lacks.
  if (latin && out.length === 1 && paperName(out[0]!.field)) return out;
  const kinds = new Set(out.map((f) => f.kind).filter((k) => k !== 'credited-name'));
  if (kinds.size < HEADER_MIN_KINDS || out.filter((f) => f.kind === 'name').length > HEADER_MAX_NAMES) return null;
  // A name and a date alone are also an organ's sign-off (某某镇人民政府　2023年3月21日): a header says more of itself.
  if (!out.some((f) => STRONG_FIELDS.has(f.kind))) return null;
  // A name with a credit and nothing else is the editor's line under a header, read as such elsewhere; a bare number
  // needs a name or date beside it to be a 版次.
  if (kinds.has('page') && kinds.size === HEADER_MIN_KINDS && kinds.has('credit')) return null;
  return out;
}

/**
 * The units at the page's edges (its first or last PAGE_EDGE_LINES lines, before any text or after all of it) that are a
 * header line read by its fields, with the kinds of their fields. A unit is at the top edge while nothing above it is a sentence.
 */
export function edgeHeaders(units: Unit[]): Map<number, HeaderField[]> {
  const found = new Map<number, HeaderField[]>();
  const scan = (order: number[]) => {
    let lines = 0;
    for (const i of order) {
      const u = units[i]!;
      lines += u.lines.length;
      if (lines > PAGE_EDGE_LINES || /[。！？]/u.test(u.text)) break;
      const fields = u.lines.length === 1 ? readHeaderFields(u.text) : null;
      if (fields && !inRun(units, i, fields)) found.set(i, fields.map((f) => f.kind));
    }
  };
  const order = units.map((_, i) => i);
  scan(order);
  scan(order.reverse());
  return found;
}

/**
 * A line with a neighbour of the same fields in the same order (1　张三　城关镇 / 2　李四　城西街道) is a table's row: a page
 * prints its header once.
 */
function inRun(units: Unit[], i: number, fields: { kind: HeaderField }[]): boolean {
  const shape = fields.map((f) => f.kind).join();
  return [units[i - 1], units[i + 1]].some((n) => n && n.lines.length === 1 && readHeaderFields(n.text)?.map((f) => f.kind).join() === shape);
}

/** Fills what the issue record lacks from a header line read by its fields, in whatever order they stand. */
function fillFromFields(t: string, info: PageInfo): void {
  const fields = readHeaderFields(t);
  if (!fields) return;
  const dateField = fields.find((f) => f.kind === 'date')?.field;
  const date = dateField?.match(DATE_WEEKDAY_FIELD);
  if (date?.groups && !info.date) info.date = isoDate(Number(date.groups.year), Number(date.groups.month), Number(date.groups.day));
  if (dateField && !info.date) info.date = printedDate(dateField);
  const at = fields.findIndex((f) => f.kind === 'page');
  const number = at >= 0 ? fields[at]!.field.replace(/^第\s*|\s*版$/gu, '') : '';
  // (A page tag in letters and digits keeps its letter: A2.)
  if (at >= 0 && !info.page) info.page = /^[一二三四五六七八九十]+$/u.test(number) ? hanNumber(number) : number.toUpperCase();
  // The page's name stands beside its number (3　乡村振兴, 综合 2); a name elsewhere on the line may be the paper's.
  const beside = pageNameOf([fields[at + 1], fields[at - 1]].filter((f) => at >= 0 && f?.kind === 'name' && !PAPER_FIELD.test(f.field)).map((f) => f!.field));
  // Two names on the line, one of them the paper's by its last word (横店报｜经济｜…｜06, 乡镇　03　佛堂新闻, 文化·摄影　碧湖新闻　第4版):
  // the other is the page's, wherever the number stands.
  const names = fields.filter((f) => f.kind === 'name').map((f) => f.field);
  const other = names.length === HEADER_MAX_NAMES && names.some(paperName) ? names.find((f) => !paperName(f)) : undefined;
  const name = beside && paperName(beside) && other ? other : beside;
  if ((name ?? other) && !info.pageName) info.pageName = (name ?? other)!;
  const issue = fields.find((f) => f.kind === 'issue' && /期$/u.test(f.field));
  if (issue && !info.number) info.number = issue.field.replace(/\s+/gu, '');
}

/**
 * The boxes a front page sets between its masthead and its lead story (报眼, 本期导读, 今日天气, a slogan): furniture.
 * Box labels are a closed class — the names papers give their contents box (导读, 要目) and the masthead's ear (报眼).
 */
const FRONT_BOX_LABEL = /^[【［\[〖]?(?:(?:本期|今日|本版|本周)?(?:导读|要目|看点|提要)|报眼)[】］\]〗]?$/u;
/** A weather box's line: opened by the words papers set it under (今日天气, 天气预报; a closed class), then its fields. */
const WEATHER_LINE = /^(?:今日|明日|本周|一周)?天气(?:预报)?(?:[\s\u3000]+|[:：])\S/u;
/**
 * A contents pointer: a page reference and a title set apart by a gap, a marker before it or none (▶4版　副刊·…, 3版　…),
 * or a marked title with its page far right (▲…　　2版).
 */
const POINTER_LINE = /^第?\s*\d{1,2}\s*版\s*[▶►>→]|^[▶►▲■◆●→]?\s*第?\s*[A-Z]?\d{1,2}\s*版(?:\s+|\u3000+)[^\s，。；！？].{1,30}$|^[▶►▲■◆●→].{2,30}?(?:[\s\u3000]{2,}|[…．.·]{3,}|…{2,})第?\s*[A-Z]?\d{1,2}\s*版$/u;
/** A slogan of two phrases a gap apart (妙笔生花绘新景　奋楫争先建强镇): each phrase this long at least and at most … */
const SLOGAN_PHRASE_MIN_CHARS = 4;
const SLOGAN_PHRASE_MAX_CHARS = 12;
/** … and the two this close in length: a couplet's halves match, a 引题's clauses need not. */
const SLOGAN_HALVES_MAX_DIFF = 1;
/** The boxes under a masthead lie within this many lines of it; the lead story starts soon after. */
const FRONT_BOX_ZONE_LINES = 16;

/** Two phrases of near-equal length set a wide gap apart (an ideographic space or two spaces) or a dot, nothing else on the line. */
function sloganCouplet(t: string): boolean {
  // (Or a middle dot between them: 中国某某之都 · 中国某某之乡, an honorific banner.)
  const halves = t.trim().split(/\u3000+|\s{2,}|\s*[·・]\s*/u);
  if (halves.length !== 2 || !halves.every((h) => /^\p{Script=Han}+$/u.test(h))) return false;
  const [a, b] = halves.map((h) => nonSpaceLength(h)) as [number, number];
  return Math.min(a, b) >= SLOGAN_PHRASE_MIN_CHARS && Math.max(a, b) <= SLOGAN_PHRASE_MAX_CHARS && Math.abs(a - b) <= SLOGAN_HALVES_MAX_DIFF;
}

/** A 导读 box's contents pointer (第2版　…, 2版 ▶ …, ▶4版　…, ▲…　　2版, ●…………2版). */
export const isPointerLine = (t: string) => POINTER_LINE.test(t);
/** A 导读 box's label (本期导读, 【要　目】, 报眼), letter-spaced or not. */
export const isFrontBoxLabel = (t: string) => FRONT_BOX_LABEL.test(t.replace(/[\s\u3000]+/gu, ''));

/** One line a front page's boxes hold: a box label, a weather line or a contents pointer. */
const boxLine = (t: string) => isFrontBoxLabel(t) || WEATHER_LINE.test(t) || POINTER_LINE.test(t);

/**
 * Under a front page's masthead, the units up to its lead story that are boxes: a box label and the short lines set under it
 * with no blank line between (报眼 / 中国某某之都 · 中国某某之乡 / 今日天气…), a weather line, contents pointers, and a slogan
 * couplet alone between blank lines over the lead's headline (not over its text). Stops at the first unit that is none.
 */
export function findFrontBoxes(units: Unit[], masthead: Set<number>): Set<number> {
  const found = new Set<number>();
  const strong = [...masthead].some((i) => units[i]!.lines.some((l) => PATTERNS.mastheadLine.test(l) || PATTERNS.issueNumber.test(l)));
  if (!strong) return found;
  let lines = 0;
  let inBox = false;
  for (let i = Math.max(...masthead) + 1; i < units.length && lines < FRONT_BOX_ZONE_LINES; i++) {
    const u = units[i]!;
    lines += u.lines.length;
    // A sentence mark ends the boxes: the lead story has begun. A weather line's forecast may hold a comma (多云到阴，午后…).
    if (/[，。；！？]/u.test(u.text) && !u.lines.every((l) => WEATHER_LINE.test(l.trim()))) break;
    const labelled: boolean = inBox && !units[i - 1]!.blankAfter && nonSpaceLength(u.text) <= MASTHEAD_LINE_MAX_CHARS;
    const next = units[i + 1];
    const slogan = u.lines.length === 1 && u.blankBefore && u.blankAfter && sloganCouplet(u.text) && !!next && headingLikeLine(next.text);
    if (!(labelled || slogan || u.lines.every((l) => boxLine(l.trim())))) break;
    found.add(i);
    inBox = isFrontBoxLabel(u.text) || labelled;
  }
  return found;
}

/** A headline's line: short, no sentence mark. */
const headingLikeLine = (t: string) => nonSpaceLength(t) <= MASTHEAD_LINE_MAX_CHARS && !/[。；！？]/u.test(t) && !isBylineLine(t.trim());

/** A folio set between dashes (— 3 —, －4－): the page's number, printed at its foot. */
const DASHED_FOLIO = /^[—–\-－―─]+\s*(\d{1,2})\s*[—–\-－―─]+$/u;

/**
 * The page's number from its folio, when the page prints exactly one dashed folio (— 3 —) alone on a line or at the end of a
 * foot line (…编印　　　— 3 —); null when there is none, or two that disagree (a spread).
 */
export function footFolio(pieces: readonly { kind: string | null; text: string }[]): string | null {
  const numbers = new Set<string>();
  for (const p of pieces) {
    if (p.kind !== 'page-number') continue;
    const last = p.text.trim().split(/\s{2,}|\u3000{2,}/u).at(-1)!.trim();
    const m = last.match(DASHED_FOLIO);
    if (m) numbers.add(barePage(m[1]!));
  }
  return numbers.size === 1 ? [...numbers][0]! : null;
}
