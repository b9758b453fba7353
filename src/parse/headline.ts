/**
 * Headline stacks: 引题 (kicker) / 主标题 (headline) / 副题 (subheadline).
 *
 * Without font sizes, the roles come from the shape of each line and a few printing habits:
 * - a couplet (two short parallel phrases: 银领向党 凝聚力量) is a kicker, wherever extraction put it;
 * - a line set off by dashes (——践行“八八战略”——) is a subheadline, or part of the kicker it follows;
 * - a line starting with 暨 continues the headline, even when extraction put it first;
 * - a place followed by a colon (柳市镇：) opens the headline on the next line;
 * - a line of figures (全年完成投资126.8亿元 同比增长11.2%) is a subheadline;
 * - of the remaining lines the first is the headline, the next the subheadline — except a bold
 *   line after a bold headline that is markedly shorter and not a figure line: a kicker extracted
 *   late; and two bold lines of about one length one right under the other: a subheadline is set
 *   lighter than its headline, so the second is the headline, the first its kicker (安全生产月 / 有奖竞答);
 * - a headline broken mid-phrase over two lines (柳市镇举办电气产业数字化 / 转型供需对接会) is joined
 *   without a space; a space stays only between parallel phrases (敢向涛头立 勇做弄潮儿).
 * A couplet separated by a blank line above a stack that has its kicker already is a slogan.
 */
import { COLUMN_ENDINGS, LATE_KICKER_MAX_RATIO, NOTICE_TITLE, NOTICE_TITLE_MAX_CHARS, PATTERNS, WIDE_GAP } from './constants.ts';
import { nonSpaceLength } from './text.ts';

export interface StackLine {
  text: string;
  bold: boolean;
  /** A blank line follows it in print. */
  blankAfter: boolean;
  /** It ended with a space: a closing quotation mark lost at the line's end. */
  spaceAfter?: boolean;
  /** It opened with one space: an opening quotation mark lost at the line's start. */
  spaceBefore?: boolean;
}

export interface HeadlineStack {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  /** Lines that turned out to be slogans above the stack (page furniture). */
  slogans: string[];
  /** Headline lines joined where a line break fell inside a phrase: before (with the break) → after. */
  joins: { before: string; after: string }[];
  /** Quotation marks restored in the headline: 翔金垟村 共享菜园 认领火热 → 翔金垟村“共享菜园”认领火热. */
  quotes: { before: string; after: string }[];
  warnings: string[];
}

const parts = (s: string) => s.trim().split(/[\s\u3000]+/u).filter(Boolean);
const len = (s: string) => nonSpaceLength(s);

/** A phrase that opens with who does something (柳市镇…, 后街社区…, 区委…): a clause, not one half of a couplet. */
const SUBJECT_PLACE = /^[\p{Script=Han}\d]{2,8}?(?:镇|村|区|市|县|乡|街道|社区|局|委|办|公司|集团|中心|学校|小学|中学|医院|所|站|警方|法院|检察院|机场|银行|协会|商会|合作社)/u;
/** A bare place name runs at most this long: a name of two to four characters and its suffix (某某某镇, 某某街道). */
const BARE_PLACE_MAX_CHARS = 6;
/** Common words that end like a place but name none (美丽乡村, 城市, 山区, 小城镇, 航空小镇). */
const NOT_A_PLACE = /(?:乡村|农村|山村|渔村|城市|都市|山区|库区|矿区|林区|湖区|灾区|辖区|校区|小区|景区|园区|城镇|乡镇|集镇|小镇)$/u;
const SUBJECT = {
  test: (s: string) => {
    const m = s.match(SUBJECT_PLACE);
    // 美丽乡村 is not the place 美丽乡 followed by 村: the suffix and the next character make a common word.
    // A long phrase that ends on a place's suffix is where something goes (某某法庭开进某乡), not who acts: a subject has its
    // predicate after it. A short one is a bare name standing alone (某某村 before a space).
    const whole = !!m && m[0].length === s.trim().length && len(m[0]) > BARE_PLACE_MAX_CHARS;
    return !!m && !whole && !NOT_A_PLACE.test(m[0]) && !NOT_A_PLACE.test(s.slice(0, m[0].length + 1));
  },
};
/** Parallel phrases (对仗) are short: each of this many characters at least and at most, differing by at most this many. */
const PARALLEL_MIN_CHARS = 3;
const PARALLEL_MAX_CHARS = 14;
const PARALLEL_MAX_DIFFERENCE = 3;
/** A couplet's two halves, and a slogan's three phrases, differ in length by at most one character. */
const COUPLET_MAX_DIFFERENCE = 1;
/** A slogan of three or more phrases of 2–8 characters each (迎亚运 讲文明 树新风). */
const TRIPLET_MIN_PHRASES = 3;
const TRIPLET_PHRASE_MIN_CHARS = 2;
const TRIPLET_PHRASE_MAX_CHARS = 8;
/** A figures line holds at least two numbers (or a unit or rate word). */
const FIGURES_MIN_NUMBERS = 2;
/** A term whose quotation marks were lost in a title is at most this long (共享菜园, 飞线充电). */
const QUOTED_TERM_MAX_CHARS = 8;
/** Two phrases after a subject this long or longer, of equal length, are a parallel pair, not a quoted term. */
const PARALLEL_PAIR_MIN_CHARS = 5;
/** A term beside a clause at least twice its length plus two is likely a quoted term. */
const CLAUSE_TO_TERM_RATIO = 2;
const CLAUSE_TO_TERM_MARGIN = 2;
/** A clause of this many characters or more may stand before a quoted term even without a subject word. */
const CLAUSE_MIN_CHARS = 8;
/** A place or subject alone on a line (前州村) is at most this long: the headline goes on below. */
const SUBJECT_ALONE_MAX_CHARS = 4;
/** The second line of a short headline set in two lines may be this much longer than its first. */
const BROKEN_PREDICATE_EXTRA = 3;
/** A tail this short under a longer line is the line's end, cut by the width (…项目签 / 约率突破九成). */
const SHORT_TAIL_MAX_CHARS = 8;

/**
 * A line that is only a name: a few characters and a place's or body's last word (旅游风情小镇, 文明示范村, 科技特派员服务站),
 * the same closed class of endings SUBJECT_PLACE reads.
 */
const BARE_NAME = /^[\p{Script=Han}\d]{1,8}(?:镇|村|区|市|县|乡|街道|社区|局|委|公司|集团|中心|学校|小学|中学|医院|站)$/u;
/** Two lines joined into one headline are at least and at most this long together (a headline runs 12 to 20 characters). */
const JOINED_HEADLINE_MIN_CHARS = 12;
const JOINED_HEADLINE_MAX_CHARS = 20;
/** A headline's first line this short was cut by the column's width: a headline over a 副题 is longer. */
const WRAPPED_FIRST_MAX_CHARS = 9;

/** A line of at most this many characters that opens with its subject is a headline's first half. */
const BROKEN_SUBJECT_MAX = 7;
/** Characters that cannot open the second half of a phrase pair: it continues the first. */
const CONTINUES = /^[的了着和与及并等之而]/u;

/**
 * Two phrases set side by side on purpose (对仗): short, of about the same length, neither a
 * clause with its subject nor a list, the second not continuing the first.
 */
export function isParallel(a: string, b: string): boolean {
  // Quotation marks take no part in the parallel (as in isCouplet): 邻里纠纷 调解室里“化干戈” is 4 and 7.
  const la = len(a.replace(QUOTE_MARK_CHARS, ''));
  const lb = len(b.replace(QUOTE_MARK_CHARS, ''));
  if (la < PARALLEL_MIN_CHARS || lb < PARALLEL_MIN_CHARS || la > PARALLEL_MAX_CHARS || lb > PARALLEL_MAX_CHARS || Math.abs(la - lb) > PARALLEL_MAX_DIFFERENCE) return false;
  if (/[、：:，]/u.test(a + b)) return false;
  if (SUBJECT.test(a) && la - (a.match(SUBJECT_PLACE)?.[0].length ?? 0) > 0 && !isCouplet(`${a} ${b}`)) return false;
  return !CONTINUES.test(b);
}

/** Quotation marks, which a phrase's length for a parallel does not count. */
const QUOTE_MARK_CHARS = /[“”"‘’「」『』]/gu;

/** Two parallel phrases of 3–10 characters and equal length: the classic 引题 couplet, 银领向党 凝聚力量. */
export function isCouplet(s: string): boolean {
  const p = parts(s);
  if (p.length !== 2) return false;
  if (!p.every((x) => PATTERNS.coupletPart.test(x))) return false;
  // Quotation marks take no part in the parallel: 聚焦“一老一小” 办好民生实事 is 6 and 6.
  const words = (x: string) => [...x.replace(/[“”"‘’「」『』]/gu, '')].length;
  return Math.abs(words(p[0]!) - words(p[1]!)) <= COUPLET_MAX_DIFFERENCE && !SUBJECT.test(p[0]!);
}

/**
 * A subheadline by its form: set off by dashes (——践行“八八战略”——), or naming the kind of report
 * under a title (…改造提升见闻, …纪实, …侧记).
 */
/** Three or more short parallel phrases (迎亚运 讲文明 树新风): a slogan. */
export const isTriplet = (s: string) => {
  const p = parts(s);
  return p.length >= TRIPLET_MIN_PHRASES && p.every((x) => len(x) >= TRIPLET_PHRASE_MIN_CHARS && len(x) <= TRIPLET_PHRASE_MAX_CHARS) && Math.max(...p.map(len)) - Math.min(...p.map(len)) <= COUPLET_MAX_DIFFERENCE;
};

const isDashed = (s: string) => /^[—–\-－―─]{1,2}/u.test(s.trim()) || /(?:见闻|纪实|侧记|掠影|小记|速写|手记|记事|采访记|一瞥|探访记?)$/u.test(s.trim());
const isJi = (s: string) => /^暨/u.test(s.trim());
const endsWithColon = (s: string) => /[：:]$/u.test(s.trim());
/** A day named by its month and day joined by a middle dot (3·15, 6·18, 5·12): one name, not two figures. */
const DOTTED_DAY = /(?<![\d.])\d{1,2}\s*[·・•]\s*\d{1,2}(?![\d.])/gu;
/** Figures: digits with units or rates (12.5亿元, 同比增长8.3%, 387个). */
const isFigures = (s: string) =>
  !/[，。]/u.test(s) && (/\d[\d.]*\s*(?:亿|万|%|％)|同比|增长|下降|完成率/u.test(s) || (s.replace(DOTTED_DAY, '').replace(NUMBER_RANGE, '0').match(/\d+(?:\.\d+)?/gu)?.length ?? 0) >= FIGURES_MIN_NUMBERS);
/** A range of numbers (12至17岁, 3—5月) is one quantity, not two figures. */
const NUMBER_RANGE = /\d+(?:\.\d+)?\s*(?:至|到|-|—|－|~|～)\s*\d+(?:\.\d+)?/gu;

/**
 * Quotation marks lost in a title leave their spaces: 翔金垟村 共享菜园 认领火热, 信安街道整治电动
 * 自行车 飞线充电 (the closing space at the line's end). A short phrase between a clause's
 * subject and its predicate, or at the end after a space, is quoted — unless the phrases are
 * parallel (柳市镇打造 全面小康标杆镇 业强宜居小城市 keeps its spaces).
 */
/** A title's part this short cannot be a phrase of its own: one character before a quoted term (让), two around a lone one. */
const LONE_PART_MAX_CHARS = 2;
/** An adverb opening a part (再深化, 也亮起来): it goes on the clause before it, so the space before it closed a quotation. */
const ADVERB_OPENS = /^[也再又更还都]\p{Script=Han}/u;
/** A structural particle opening a part: it cannot start a phrase of its own. */
const PARTICLE_OPENS = /^[的地得之]/u;
/** A quoted term after …的 is a word at least this long (老支书的 菜篮子); one character is the 乐成的 成 case below. */
const QUOTED_AFTER_DE_MIN_CHARS = 2;

/** A verb after its subject, with nothing else, is at most this long (建起, 推出, 开出了). */
const BARE_VERB_MAX_CHARS = 3;
/** A term closed by a space at the line's end is shorter than the clause before it by at least this much (a parallel pair is of about one length). */
const TERM_SHORTER_BY = 2;
/** A subject (a place or body) followed by a bare verb and nothing else. */
function subjectAndVerb(a: string): boolean {
  const m = a.match(SUBJECT_PLACE);
  if (!m || !SUBJECT.test(a)) return false;
  const rest = len(a) - len(m[0]);
  return rest >= 1 && rest <= BARE_VERB_MAX_CHARS && /\p{Script=Han}$/u.test(a);
}

export function restoreTitleQuotes(line: string, spaceAfter: boolean): { text: string; restored: boolean } {
  const p = parts(line);
  const quoted = (x: string) => len(x) <= QUOTED_TERM_MAX_CHARS && !/[“”]/u.test(x) && /\p{Script=Han}/u.test(x);
  if (p.length === 3) {
    const [a, b, c] = p as [string, string, string];
    const parallel = len(b) >= PARALLEL_PAIR_MIN_CHARS && Math.abs(len(b) - len(c)) <= COUPLET_MAX_DIFFERENCE;
    // A dashed subheadline's subject follows its dashes (——湖镇镇 迎龙灯 民俗活动见闻).
    if (SUBJECT.test(a.replace(/^[—–\-－―─]+/u, '')) && quoted(b) && !parallel) return { text: `${a}“${b}”${c}`, restored: true };
    // A bare name as the first part (某某镇 / 某某村 alone): no parallel title opens with its subject set apart, so the spaces
    // around the short term after it were quotation marks, however the term and the rest pair in length.
    if (BARE_NAME.test(a) && quoted(b) && len(b) >= QUOTED_AFTER_DE_MIN_CHARS && !isTriplet(line)) return { text: `${a}“${b}”${c}`, restored: true };
    // No phrase opens with a structural particle (的 地 得 之): the space before it closed a quotation (给学生留一点 发呆 的时间).
    if (quoted(b) && (PARTICLE_OPENS.test(c) || (ADVERB_OPENS.test(c) && !parallel))) return { text: `${a}“${b}”${c}`, restored: true };
    // A part too short to be a phrase of its own (让 背街小巷 也亮起来), or one character between two phrases (…企业 云 参展…):
    // no parallel title is set so, the spaces stood for quotation marks.
    if (quoted(b) && len(c) >= LONE_PART_MAX_CHARS && (len(a) <= LONE_PART_MAX_CHARS - 1 || (len(b) === 1 && len(a) >= LONE_PART_MAX_CHARS))) return { text: `${a}“${b}”${c}`, restored: true };
    // A two-character subject set apart (a place's short name: 西塘 夜经济 热力十足) before parts of other lengths: no slogan of
    // three phrases is set so (those are of one length), so the spaces stood for quotation marks around the middle term.
    if (quoted(b) && len(a) === LONE_PART_MAX_CHARS && /^\p{Script=Han}+$/u.test(a) && len(b) > len(a) && len(c) >= LONE_PART_MAX_CHARS && !isTriplet(line)) return { text: `${a}“${b}”${c}`, restored: true };
    // A last part too short to be a phrase of its own (数字经济赋能 产城人 融合): a verb or noun of two characters closing the
    // clause around the term, which lost its quotation marks; a slogan's three phrases are of one length (isTriplet).
    if (quoted(b) && len(c) === LONE_PART_MAX_CHARS && len(a) > len(b) && len(b) > len(c) && /^\p{Script=Han}+$/u.test(c) && !isTriplet(line)) return { text: `${a}“${b}”${c}`, restored: true };
  }
  if (p.length === 2) {
    const [a, b] = p as [string, string];
    // The closing quotation mark's space fell at the line's end; or the phrase is short beside a long clause.
    const likely = spaceAfter || len(a) >= CLAUSE_TO_TERM_RATIO * len(b) + CLAUSE_TO_TERM_MARGIN;
    if (likely && (SUBJECT.test(a) || len(a) >= CLAUSE_MIN_CHARS) && quoted(b) && !isParallel(a, b) && !isCouplet(line)) return { text: `${a}“${b}”`, restored: true };
    // A space left at the line's end closed the term before it, markedly shorter than the clause (a parallel pair is of one
    // length): the page printed no space there (夏季用电安全 五不要␠).
    if (spaceAfter && quoted(b) && len(b) >= QUOTED_AFTER_DE_MIN_CHARS && len(b) + TERM_SHORTER_BY <= len(a) && !isCouplet(line)) return { text: `${a}“${b}”`, restored: true };
    // A subject and a bare verb (某某村建起, 某某街道推出) is no phrase of its own: the verb wants its object, the shorter term
    // after the space, which lost its quotation marks (蜀墅塘村建起 共富菜园; a pair of one length is a couplet: 留住乡愁记忆 激活古镇业态).
    if (subjectAndVerb(a) && quoted(b) && len(b) >= QUOTED_AFTER_DE_MIN_CHARS && len(b) < len(a) && !isParallel(a, b) && !isCouplet(line)) return { text: `${a}“${b}”`, restored: true };
    // No phrase ends with 的 before another: the term after it lost its quotation marks (老支书的 菜篮子).
    if (/\p{Script=Han}{2}的$/u.test(a) && quoted(b) && len(b) >= QUOTED_AFTER_DE_MIN_CHARS) return { text: `${a}“${b}”`, restored: true };
    // One character set apart after a phrase is a word being talked about: 乐成的 成. A digit is no word talked about: it is a
    // number set apart (a page's number beside its name, 综合 2), never quoted.
    if (len(b) === 1 && len(a) >= 2 && /\p{Script=Han}$/u.test(a) && /^\p{Script=Han}$/u.test(b)) return { text: `${a}“${b}”`, restored: true };
  }
  return { text: line, restored: false };
}

/**
 * Closes up a headline line: spaces between phrases that are not parallel were line breaks
 * (柳市镇多个村社、单位 入选新一轮文明名单 → …单位入选…); parallel phrases keep theirs.
 */
export function closeUp(line: string, joins: HeadlineStack['joins']): string {
  const p = parts(line);
  if (p.length < 2) return line.trim();
  const gaps = line.trim().match(/[\s\u3000]+/gu) ?? [];
  let out = p[0]!;
  for (let i = 1; i < p.length; i++) {
    const prevPart = p[i - 1]!;
    // A wide gap between two phrases of words was set on purpose (瑶岙村高山茶开采　茶农忙采摘): a line break or a lost quotation
    // leaves one space. Single characters spaced apart (讣　告) are one word letter-spaced, closed up before this.
    const set = WIDE_GAP.test(gaps[i - 1] ?? '') && len(prevPart) >= 2 && len(p[i]!) >= 2;
    if (set || isParallel(prevPart, p[i]!) || isJi(p[i]!) || isDashed(p[i]!) || /^[\dA-Za-z]/u.test(p[i]!) || /[\dA-Za-z%]$/u.test(prevPart)) out += ` ${p[i]}`;
    else {
      joins.push({ before: `${prevPart} ${p[i]}`, after: `${prevPart}${p[i]}` });
      out += p[i];
    }
  }
  return out;
}

/** More opening than closing brackets or quotation marks: the text goes on. */
function unbalanced(s: string): boolean {
  const count = (re: RegExp) => s.match(re)?.length ?? 0;
  return count(/《/gu) > count(/》/gu) || count(/“/gu) > count(/”/gu) || count(/（/gu) > count(/）/gu);
}

/**
 * Two short lines that make one headline of a headline's length (九华乡村民自发筹资 / 修通一条“断头路”): the first is too short
 * to stand over a 副题 of its own, a 副题 is marked (dash, brackets, figures) or long. A line cut by the width leaves a tail no
 * longer than itself give or take; a headline under a short kicker is markedly longer (抢抓春耕好时节 / 某某镇万亩西蓝花喜获丰收).
 */
function wrappedByLength(a: string, b: string): boolean {
  const [la, lb] = [len(a), len(b)];
  return la <= WRAPPED_FIRST_MAX_CHARS && lb <= la + BROKEN_PREDICATE_EXTRA && la + lb >= JOINED_HEADLINE_MIN_CHARS && la + lb <= JOINED_HEADLINE_MAX_CHARS && !/\s/u.test(a.trim() + b.trim());
}

/** Whether two headline lines are one headline broken mid-phrase. */
function brokenHeadline(a: string, b: string, ownPlace: string | null = null): boolean {
  if (endsWithColon(a)) return true;
  // A bare notice word under an organ's name stands alone; under …的 it closes the title (关于…工作的 / 通　知).
  if (isBareNotice(b)) return /的$/u.test(a.trim());
  // A place and a colon open a title of their own (某某村：…): such a line never continues the one above.
  // A bare quantity under a line (全县新增就业岗位 / 1.2万个) is the line's object cut off, not a figures 副题.
  if ((QUANTITY_ONLY.test(b.trim()) || VERB_AND_QUANTITY.test(b.trim())) && !/\s/u.test(a.trim())) return true;
  // A counted group alone on the line above (全镇1.8万名老人 / 享受免费健康体检): a subject with no predicate, cut by the width.
  if (COUNTED_GROUP.test(a.trim()) && !/\s/u.test(b.trim()) && !isDashed(b) && !isBracketed(b)) return true;
  // A line closing on a span of time (…重点项目前三季度 / 预计完成投资3.8亿元): the time is the clause's adverbial, its predicate
  // still to come on the next line, a figures line or not.
  if (ENDS_ON_TIME_SPAN.test(a.trim()) && !/\s/u.test(a.trim()) && !isDashed(b) && !isBracketed(b) && !/\s/u.test(b.trim())) return true;
  // A line closing on a verb that wants its object, or a subject over its predicate framed by where it happened
  // (某某镇第三届文化艺术节 / 在某某村文化礼堂隆重开幕): one clause in two lines.
  const unspaced = !/\s/u.test(a.trim() + b.trim()) && !isDashed(b) && !isBracketed(b);
  if (unspaced && ENDS_ON_OPEN_VERB.test(a.trim()) && (SUBJECT.test(a) || (ENDS_ON_TWO_CHAR_OPEN_VERB.test(a.trim()) && !SUBJECT.test(b)))) return true;
  if (unspaced && LOCATIVE_PREDICATE.test(b.trim()) && SUBJECT.test(a) && !HEADLINE_VERB.test(a)) return true;
  // A line closing on a rank that qualifies the noun still to come (…成功创建省级 / 美丽乡村特色精品村): the noun is cut off.
  if (unspaced && ENDS_ON_RANK.test(a.trim()) && SUBJECT.test(a)) return true;
  // A meeting held and its name not yet closed on the line (…召开2021年下半年重点工作 / 推进会暨…部署会): the name ends under it.
  if (unspaced && SUBJECT.test(a) && EVENT_VERB.test(a) && !EVENT_NOUN_END.test(a.trim()) && EVENT_NOUN_END.test(b.trim()) && !SUBJECT.test(b)) return true;
  // Who acts, named by a noun and no verb (某某镇“老娘舅”调解室, 沈家门“渔港健康驿站”), over a predicate with no subject that
  // closes on its figure (一年化解矛盾纠纷130余起): one clause in two lines, not a headline over a figures 副题.
  if (unspaced && actorOverFigure(a, b, ownPlace)) return true;
  if (isDashed(b) || isJi(b) || isCouplet(b) || isFigures(b) || isBracketed(b) || PLACE_COLON.test(b.trim())) return false;
  // Two clauses on the line under a line with none (“双节”出游好去处 / 某某山的秋，是听出来的): a headline of its own under its
  // kicker, not the rest of the line above.
  if (TWO_CLAUSES.test(b.trim()) && !/[，,]/u.test(a)) return false;
  // A line that closes on a quantity has said its whole (…偏多三成): the line under it is a clause of its own.
  if (ENDS_ON_QUANTITY.test(a.trim()) || OWN_CLAUSE.test(b.trim())) return false;
  // A line opening with the paper's own place is a clause with its own subject (小城镇环境综合整治 / 崧厦通过省级验收).
  if (opensWithOwnPlace(b, ownPlace)) return false;
  const la = len(a);
  const lb = len(b);
  // A place or subject alone on a line (前州村 / 八旬老人…); a short clause closed by its verb (暑运启动) is whole, a kicker.
  // A column's label alone over its title (曝光台 / 海城街道一企业…) names no subject: it stays apart.
  if (la <= SUBJECT_ALONE_MAX_CHARS && !/[\s]/u.test(a) && !SHORT_EVENT.test(a.trim()) && !COLUMN_ENDINGS.some((e) => a.trim().endsWith(e))) return true;
  // A short line that opens with its subject, over a short one that has none: one sentence set in
  // two lines (余东村农民画 / 走进省城展出). A headline this short does not stand over a subheadline.
  if (la <= BROKEN_SUBJECT_MAX && lb <= BROKEN_SUBJECT_MAX + BROKEN_PREDICATE_EXTRA && SUBJECT.test(a) && !SUBJECT.test(b) && !/\s/u.test(a + b)) return true;
  // A clause that opens with who acts over a line that is nothing but a name (…入选省级 / 旅游风情小镇): a 副题 says something
  // of its own, a bare name does not, so the name is the clause's object cut off by the width.
  if (SUBJECT.test(a) && BARE_NAME.test(b.trim()) && la + lb <= JOINED_HEADLINE_MAX_CHARS && !/\s/u.test(a.trim() + b.trim())) return true;
  if (wrappedByLength(a, b)) return true;
  // Who acts and a coverb with its object, the verb still to come (平桥镇为300户困难家庭 / 送去冬季“爱心包”): one clause in two lines.
  if (COVERB_OPEN.test(a.trim()) && SUBJECT.test(a) && !SUBJECT.test(b) && !/\s/u.test(a + b)) return true;
  // A 在… frame left open at the line's end and closed under it by its postposition and a verb of winning or showing
  // (…学生在省青少年科技 / 创新大赛中获一等奖): one clause, the frame's noun cut by the width.
  if (LOCATIVE_OPEN.test(a.trim()) && LOCATIVE_CLOSED_BELOW.test(b.trim()) && !/\s/u.test(a.trim() + b.trim())) return true;
  // A title opened by 关于 and not closed on its line (关于做好冬春季疫情防控工作 / 致全镇居民的一封信): 关于… names the matter of a
  // notice or letter still to come, so the line under it carries on the one title.
  if (/^关于/u.test(a.trim()) && !ABOUT_TITLE_CLOSED.test(a.trim()) && !/\s/u.test(a.trim() + b.trim())) return true;
  // An organ's name over a 关于… title (青田县人民政府 / 关于…的公告): the organ opens the title itself, as a document prints it.
  if (ISSUER_LINE.test(a.trim()) && !/\s/u.test(a.trim()) && /^关于/u.test(b.trim())) return true;
  // An issuing body's name over a notice's short title (乐清市公共资源交易中心 / 招标公告): the issuer, set as a kicker.
  if (issuerOverTitle(a, b)) return false;
  // A short tail under a long line: the line ran out of width (…项目签 / 约率突破九成).
  if (lb <= SHORT_TAIL_MAX_CHARS && la > SHORT_TAIL_MAX_CHARS && !/\s/u.test(b)) return true;
  // A document's title set on two lines: the 文种 closes it on the second (…第十五届委员会 / 第六次全体（扩大）会议公报).
  if (DOCUMENT_TITLE_END.test(b) && !DOCUMENT_TITLE_END.test(a) && la >= DOCUMENT_TITLE_LINE_MIN_CHARS && !/\s/u.test(a + b)) return true;
  return CONTINUES.test(b);
}

/**
 * A numbered label alone on its line (案例一, 故事二, 提示三): a short noun and a Chinese ordinal number, marking one of a
 * series of pieces. Over a title it is that piece's kicker, never its headline.
 */
const ORDINAL_LABEL = /^\p{Script=Han}{1,4}[一二三四五六七八九十]{1,2}$/u;
/** Brackets a series label is printed in (【案例一】, 〔故事二〕): print decoration around it. */
export const LABEL_BRACKETS = /^([【〔［\[〖])(.+)([】〕］\]〗])$/u;
export const isOrdinalLabel = (s: string) => ORDINAL_LABEL.test(s.trim().replace(LABEL_BRACKETS, '$2'));

/** A notice's title word alone, often letter-spaced (公　　告, 通告, 启事): at most this many characters. */
const BARE_NOTICE_MAX_CHARS = 4;
const isBareNotice = (s: string) => {
  const t = s.replace(/[\s\u3000]+/gu, '');
  return t.length <= BARE_NOTICE_MAX_CHARS && NOTICE_TITLE.test(t);
};

/** A line wholly in brackets ((第3期), (12月14日 柯城农贸城)): a serial mark or a note under the title, never its continuation. */
const isBracketed = (s: string) => /^[（(][^（）()]+[）)]$/u.test(s.trim());
/**
 * A line ending on a number and its measure word (偏多三成, 增长12.6%, 超过600毫米): a statement that has reached its
 * figure is whole, so a short line under it is a subheadline, not its cut tail. The measure words are a closed class.
 */
const ENDS_ON_QUANTITY = /[\d零〇一二两三四五六七八九十百千万亿]+(?:成|倍|%|％|个|人|件|项|起|次|户|家|元|万元|亿元|公里|毫米|吨|亩)$/u;
/**
 * A line that opens with a two-to-four-character subject and then an adverb of time or degree (防汛形势依然严峻,
 * 秋粮收购持续升温): a clause with its own subject, so a subheadline. The adverbs are a closed class of the language.
 */
const OWN_CLAUSE = /^\p{Script=Han}{2,4}(?:依然|仍然|依旧|持续|逐步|稳步|明显|大幅|不断|已经|正在|全面)\p{Script=Han}{2,}$/u;

/** A line that names an issuing body by its last word (…中心, …人民政府, …法院, …委员会): a closed class of organs' endings. */
export const ISSUER_LINE = /\p{Script=Han}{2,}(?:中心|政府|法院|检察院|委员会|办公室|管理局|局|公司|集团|医院|学校|协会|指挥部|管委会)$/u;

// (A 关于… title is not a short title: the organ opens it, see brokenHeadline.)
const issuerOverTitle = (a: string, b: string) => !/^关于/u.test(b.trim()) && ISSUER_LINE.test(a.trim()) && !/\s/u.test(a.trim()) && len(b) <= NOTICE_TITLE_MAX_CHARS && NOTICE_TITLE.test(b.replace(/[\s\u3000]+/gu, ''));

/**
 * A place or body and then a coverb (为, 向, 给, 帮, 替, 对) that opens the clause's object before its verb: the coverbs are a
 * closed class of the language; the place part as SUBJECT_PLACE reads it.
 */
const COVERB_OPEN = new RegExp(`${SUBJECT_PLACE.source}(?:为|向|给|帮|替|对)[^，。：\\s]{2,}$`, 'u');

/** Two clauses of three characters or more each side of one comma, no other punctuation (某某山的秋，是听出来的). */
const TWO_CLAUSES = /^[^，,。；：:！？]{3,}[，,][^，,。；：:！？]{3,}$/u;

/** A line ending in an open 在… frame: 在 and its noun, no postposition (中, 上, 里) closing it yet. */
const LOCATIVE_OPEN = /在[^，。：、\s在中上里]{2,}$/u;
/**
 * A line that opens by closing such a frame: the rest of its noun, the postposition, and a verb of winning or being shown
 * (获, 夺得, 摘得, 亮相, 胜出): a closed class, the verbs a headline about a contest or a fair closes its frame with.
 */
const LOCATIVE_CLOSED_BELOW = /^\p{Script=Han}{1,8}?(?:中|上|里)(?:荣获|获得|获|夺得|摘得|斩获|勇夺|喜获|夺冠|折桂|胜出|亮相|摘金|登顶)/u;

/**
 * A short line naming a season or event and the verb of its start or end (暑运启动, 春耕开镰, 评选揭晓, 赛事落幕): a clause
 * complete in itself (中秋临近 too: a season drawing near). The verbs are a closed class, those a paper sets over a headline to
 * mark the occasion.
 */
const SHORT_EVENT = /^\p{Script=Han}{2,3}(?:启动|开启|开幕|开工|开园|开学|开镰|开渔|开赛|来了|揭晓|落幕|收官|完工|通车|开通|上线|临近|将至|来临|到来|在即)$/u;

/**
 * Verbs that never close a headline: each wants its object after it (…来料加工点带动 / 千余名留守妇女家门口增收), and so do the
 * coverbs (为, 向, 让, 把, 将, 给). A closed class of the commonest; a line ending on one is cut by the width.
 */
const ENDS_ON_OPEN_VERB = /(?:带动|推动|助力|打造|开展|举办|召开|推进|促进|引领|打通|构建|迎来|走进|荣获|获评|捣毁|破获|抓获|夺取|争取|为|向|让|把|将|给)$/u;
/** Of those, the verbs of two characters: a line ending on one is cut whoever acts (以战时状态奋力夺取 / 疫情防控…双胜利); a line
 * ending on a coverb of one character only when it opens with who acts (大有可为 is whole). */
const ENDS_ON_TWO_CHAR_OPEN_VERB = /\p{Script=Han}(?:带动|推动|助力|打造|开展|举办|召开|推进|促进|引领|打通|构建|迎来|走进|荣获|获评|捣毁|破获|抓获|夺取|争取)$/u;
/**
 * A line that is a predicate framed by where it happened, no subject before it (在胡新村文旦园隆重开幕, 于镇文化中心举行): the
 * rest of the subject on the line above. Closed by an event's verb (a closed class).
 */
const LOCATIVE_PREDICATE = /^(?:在|于)\p{Script=Han}{2,14}(?:开幕|闭幕|举行|举办|召开|启用|揭牌|开班|开工|开园|开馆|亮相|落幕|启动|签约|挂牌)$/u;

/** The last words of a name of who acts (a closing quote round its name, or a body's noun: 调解室, 驿站, 工坊; a closed class). */
const NOUN_PHRASE_END = /(?:”|室|驿站|工坊|基地|平台|团队|服务队|志愿队|服务站|服务中心|调解中心)$/u;
/** A line closing on a figure and its measure, 余 or 多 between (130余起, 两万余人次, 3000多户). */
const QUANTITY_END = /[\d零〇一二两三四五六七八九十百千万亿]+(?:余|多)?(?:人次|成|倍|%|％|个|人|件|项|起|次|户|家|元|万元|亿元|公里|毫米|吨|亩|名|位)$/u;

/** Who acts, named by a noun and no verb, over a predicate with no subject closing on its figure (see brokenHeadline). */
function actorOverFigure(a: string, b: string, ownPlace: string | null): boolean {
  return NOUN_PHRASE_END.test(a.trim()) && namesActor(a, ownPlace) && !HEADLINE_VERB.test(a) && QUANTITY_END.test(b.trim()) && !namesActor(b, ownPlace) && !/\s/u.test(a.trim() + b.trim());
}

/** Verbs that hold an event (召开, 举行, 举办): their object is the event's name (a closed class). */
const EVENT_VERB = /召开|举行|举办/u;
/** The last words of an event's name (…会, …会议, …活动, …仪式, …培训班; a closed class). */
const EVENT_NOUN_END = /(?:会|会议|大会|活动|仪式|典礼|论坛|培训班|比赛|大赛|展|节)$/u;
/** Ranks and firsts that qualify a noun after them (省级, 国家级, 首批, 首个; a closed class): no headline ends on one. */
const ENDS_ON_RANK = /(?:国家级|省级|市级|县级|区级|镇级|全国|全省|全市|首批|首个|第一批)$/u;

/** A span of time closing a line (前三季度, 上半年, 今年以来, 汛期期间): no headline ends on one. */
const ENDS_ON_TIME_SPAN = /(?:季度|上半年|下半年|以来|期间|月份)$/u;
/** How a 关于… title closes: with …的 and a document's or letter's kind (…的通知, …的一封信, …倡议书). */
const ABOUT_TITLE_CLOSED = /(?:的|通知|公告|通告|决定|意见|报告|请示|批复|函|纪要|办法|规定|方案|公示|倡议书?|一封信|启事|声明|通报|决议|公报)$/u;
/** The 文种 that closes a document's title (会议公报, 决定, 决议, 实施意见, 主席团公告). */
const DOCUMENT_TITLE_END = /(?:公报|决定|决议|意见|实施方案|工作报告|纪要|主席团公告)$/u;
/** A document title's first line runs this long at least (a full line of a title set across the page). */
const DOCUMENT_TITLE_LINE_MIN_CHARS = 12;

/**
 * A title line that opened with a space and has one more space after a short term ( 小小消防员 体验日): both spaces are the
 * lost quotation marks around that term (“小小消防员”体验日). The term is at most QUOTED_TERM_MAX_CHARS long.
 */
function quoteOpeningTerm(text: string): string | null {
  const m = text.trim().match(/^([^\s“”"]{2,}) ([^\s“”"].*)$/u);
  // A number at the line's edge (2 版, 12 月) is no term being quoted.
  if (!m || !/\p{Script=Han}/u.test(m[1]!) || len(m[1]!) > QUOTED_TERM_MAX_CHARS || /\s/u.test(m[2]!) || isParallel(m[1]!, m[2]!) && isCouplet(text.trim())) return null;
  return `“${m[1]}”${m[2]}`;
}

/**
 * A title line of three phrases or more that ends in a space (…有去处 …有了 某某点␠): the page printed no space at a line's
 * end, so the closing quotation mark stood there and the space before the last short term opened it (…有了“某某点”). Read
 * before a leading couplet is split off the line, which would leave the term alone as the headline. Three short parallel
 * phrases (a slogan) keep their spaces.
 */
function quoteTrailingTerm(text: string): string | null {
  const p = parts(text);
  const last = p.at(-1)!;
  if (p.length < FLATTENED_MIN_PHRASES || isTriplet(text) || len(last) > QUOTED_TERM_MAX_CHARS || len(last) < QUOTED_AFTER_DE_MIN_CHARS) return null;
  if (!/^\p{Script=Han}+$/u.test(last)) return null;
  return `${p.slice(0, -2).join(' ')} ${p.at(-2)}“${last}”`;
}

/** Builds the stack from heading lines in printed order. Returns null when there are none. */
/** `ownPlace`: the paper's own place as its headlines name it (page.ts, paperPlace), or null when the page does not say. */
export function readHeadlineStack(input: (StackLine | string)[], ownPlace: string | null = null): HeadlineStack | null {
  const lines: StackLine[] = input
    .map((l) => (typeof l === 'string' ? { text: l, bold: false, blankAfter: false } : l))
    .map((l) => ({ ...l, text: l.text.trim() }))
    .filter((l) => l.text !== '');
  if (lines.length === 0) return null;
  const warnings: string[] = [];
  const joins: HeadlineStack['joins'] = [];
  const quotes: HeadlineStack['quotes'] = [];
  joinUnbalanced(lines, joins);
  joinDashWrap(lines, joins);
  joinActorOverFigure(lines, joins, ownPlace);
  for (const l of lines) {
    // A quotation the title's own shape places (a subject, a particle) comes first: read by the loop below.
    const t = l.spaceAfter && !restoreTitleQuotes(l.text, true).restored ? quoteTrailingTerm(l.text) : null;
    if (t) {
      quotes.push({ before: l.text, after: t });
      l.text = t;
    }
  }
  const all = splitFlattened(lines);
  for (const l of all) {
    const opened = l.spaceBefore ? quoteOpeningTerm(l.text) : null;
    if (opened) {
      quotes.push({ before: l.text, after: opened });
      l.text = opened;
    }
    const r = restoreTitleQuotes(l.text, !!l.spaceAfter);
    if (r.restored) {
      quotes.push({ before: l.text, after: r.text });
      l.text = r.text;
    }
  }
  const banner = bannerAbove(all);
  unreverse(all, joins, warnings, ownPlace);
  const head = subjectAbove(all, chooseHeadline(all, ownPlace), ownPlace);
  const { text, bold, ji } = runOn(all, head, joins, warnings, ownPlace);
  const arranged = arrange(all, head, ji, text, bold, warnings);
  const { kickers, subs } = arranged;
  const slogans = [...banner, ...arranged.slogans];
  return {
    kicker: kickers.length ? kickers.map((l) => l.text).join(' ') : null,
    headline: closeUp(text, joins),
    subheadline: subs.length ? joinSubheadline(subs.map((l) => l.text), joins) : null,
    slogans,
    joins,
    quotes,
    warnings,
  };
}

/**
 * A banner over a stack: its first line two parallel phrases set a wide gap apart (建设生态之城　共创美好家园), a blank line
 * under it, and a stack of two lines or more below: the paper's slogan, not the stack's kicker. Taken out of `all`.
 */
function bannerAbove(all: StackLine[]): string[] {
  const first = all[0];
  if (all.length < BANNER_MIN_LINES || !first?.blankAfter || !WIDE_GAP.test(first.text) || !isCouplet(first.text)) return [];
  all.shift();
  return [first.text];
}

/** A banner stands over a stack of at least two lines: with it, this many. */
const BANNER_MIN_LINES = 3;

/** A line that leaves a bracket or quotation open runs on into the next (《柯城区推动经 / 济高质量…》). */
function joinUnbalanced(lines: StackLine[], joins: HeadlineStack['joins']) {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (unbalanced(lines[i]!.text)) {
      joins.push({ before: `${lines[i]!.text} / ${lines[i + 1]!.text}`, after: `${lines[i]!.text}${lines[i + 1]!.text}` });
      lines[i] = { ...lines[i + 1]!, text: `${lines[i]!.text}${lines[i + 1]!.text}`, bold: lines[i]!.bold || lines[i + 1]!.bold };
      lines.splice(i + 1, 1);
      i--;
    }
  }
}

/** A couplet's two phrases and at least one more: a stack flattened onto one line. */
const FLATTENED_MIN_PHRASES = 3;

/** A stack flattened onto one line: a leading couplet becomes its own line. */
function splitFlattened(lines: StackLine[]): StackLine[] {
  const all: StackLine[] = [];
  for (const l of lines) {
    const p = parts(l.text);
    // A dashed 副题 run onto its headline's line after a space (某某村樱桃红了 ——记返乡青年某某): a line of its own.
    const dash = l.text.search(/[\s\u3000]+[—–－―─]{2}/u);
    if (dash > 0) {
      all.push(...splitFlattened([{ ...l, text: l.text.slice(0, dash).trim(), blankAfter: false }]), { ...l, text: l.text.slice(dash).trim() });
    } else if (p.length >= FLATTENED_MIN_PHRASES && isCouplet(`${p[0]} ${p[1]}`) && !isTriplet(l.text)) {
      all.push({ ...l, text: `${p[0]} ${p[1]}`, blankAfter: false }, { ...l, text: p.slice(2).join(' ') });
    } else all.push(l);
  }
  return all;
}

/** A number and its measure word alone (1.2万个, 300余户, 86%): the closed class of measure words ENDS_ON_QUANTITY reads. */
const QUANTITY_MEASURE = '[\\d.]+(?:余|多)?[万亿]?(?:成|倍|%|％|个|人|件|项|起|次|户|家|元|吨|亩|公里|毫米|人次)';
const QUANTITY_ONLY = new RegExp(`^${QUANTITY_MEASURE}$`, 'u');
/**
 * A counted group and nothing else (全镇1.8万名老人, 300余户村民, 近千名志愿者): a quantity, a measure word for people or
 * things and the noun they count, with at most a scope word before it (全镇, 近, 约, 超). It says who, not what they did.
 */
const COUNTED_GROUP = /^(?:全\p{Script=Han}{1,2}|近|约|超)?(?:[\d.]+|[一二两三四五六七八九十百千万]+)[万千百]?(?:余|多)?(?:名|位|户|家|个|辆|只|头|株)\p{Script=Han}{1,4}$/u;
/**
 * A verb of one or two characters and a quantity alone (首破10亿元, 超3000人, 达98%): the predicate of the line above cut off
 * by the width (伞城跨境电商交易额 / 首破10亿元). A figures 副题 says whose figure it is, so it runs longer and has a subject.
 */
const VERB_AND_QUANTITY = new RegExp(`^\\p{Script=Han}{1,2}${QUANTITY_MEASURE}$`, 'u');

/**
 * A line at most this share of the length of the line under it is no headline over a 副题 (a 副题 runs shorter or about as
 * long). In the corpus keys no undashed, unbracketed 副题 runs more than half again as long as its headline (the longest,
 * 10 over 15 characters, is two-thirds), while kickers of 8 over 13 or 14 characters (about three-fifths) are common.
 */
const SHORT_OVER_LONG_RATIO = 0.62;

/**
 * A line short enough over the headline under it to be its kicker: at most SHORT_OVER_LONG_RATIO of that headline's whole
 * length (`whole`: the line as printed, or joined with the line the width wrapped it onto), the headline not in brackets,
 * the short line not naming who acts alone, nor ending on a colon that runs it on into the next.
 */
function kickerByLength(short: string, next: string, whole: string, ownPlace: string | null = null): boolean {
  return !isBracketed(whole) && len(short) <= SHORT_OVER_LONG_RATIO * len(whole) && (!namesActor(short, ownPlace) || namesActor(next, ownPlace)) && !endsWithColon(short);
}

/** A place and a colon opening a title, a clause after it (某某村：…, 某某街道：…). */
const PLACE_COLON = new RegExp(`^${SUBJECT_PLACE.source.slice(1)}[：:]\\S`, 'u');

/** A quoted name opening a line and a clause after it (“红马甲”走进老街巷): the quoted name is who acts. */
const QUOTED_ACTOR = /^[“"「『][\p{Script=Han}]{2,8}[”"」』][\p{Script=Han}]/u;

/**
 * A line that names who does what: it opens with a place or body (柳市镇…), or with a quoted name and a clause (“红马甲”走进…);
 * but two phrases of one length side by side (围绕中心建言 服务大局献策) are a pair set for their sound, whatever word opens them.
 */
export function namesActor(s: string, ownPlace: string | null = null): boolean {
  const p = parts(s);
  const pair = p.length === 2 && p.every((x) => PATTERNS.coupletPart.test(x)) && Math.abs(len(p[0]!) - len(p[1]!)) <= COUPLET_MAX_DIFFERENCE;
  return !pair && (SUBJECT.test(s) || QUOTED_ACTOR.test(s.trim()) || opensWithOwnPlace(s, ownPlace));
}

/** A clause after the paper's own place runs at least this long (龙港 + 印刷包装企业…). */
const AFTER_OWN_PLACE_MIN_CHARS = 2;
/** A paper's place name longer than this is tried by its first this many characters too (沈家门渔港 → 沈家门). */
const OWN_PLACE_SHORT_CHARS = 3;
/**
 * A line that opens with the paper's own place as its headlines name it, without 镇 or 市 (龙港新闻 → 龙港印刷包装企业…,
 * 沈家门渔港报 → 沈家门“渔港健康驿站”…): who acts. The place is read off the page's header (page.ts, paperPlace).
 */
function opensWithOwnPlace(s: string, ownPlace: string | null): boolean {
  if (!ownPlace) return false;
  const t = s.trim();
  // A longer name's first three characters are its place (沈家门渔港 → 沈家门).
  const names = len(ownPlace) > OWN_PLACE_SHORT_CHARS ? [ownPlace, [...ownPlace].slice(0, OWN_PLACE_SHORT_CHARS).join('')] : [ownPlace];
  return names.some((n) => t.startsWith(n) && len(t) - len(n) >= AFTER_OWN_PLACE_MIN_CHARS);
}

/**
 * A couplet, or two phrases of exactly one length and some length (围绕中心建言 服务大局献策) even when the first opens like
 * a place (围绕中心…): a clause and its object split by a space are seldom of one length, a pair set for its sound is.
 */
function isPairLine(s: string): boolean {
  if (isCouplet(s)) return true;
  const p = parts(s);
  return p.length === 2 && p.every((x) => PATTERNS.coupletPart.test(x) && len(x) >= PARALLEL_PAIR_MIN_CHARS) && len(p[0]!) === len(p[1]!);
}

/**
 * The headline: the first line that is not a couplet, a dashed line, a figures line or a 暨
 * line. Two such lines with no kicker above them: the one that names who does what (柳市镇…,
 * 航埠镇…) is the headline, the other its kicker (小工坊撬动大共富 / 航埠镇12家…).
 */
function chooseHeadline(all: StackLine[], ownPlace: string | null): StackLine {
  const acts = (t: string) => namesActor(t, ownPlace);
  // A bare notice word last, under the organ's name (衢州市柯城区人民法院 / 公　　告): the notice's title, the organ its kicker
  // (over a title, 温馨提示 / 雨天出行…, it is a kicker).
  const bare = all.findIndex((l) => isBareNotice(l.text));
  if (bare > 0 && bare === all.length - 1 && !brokenHeadline(all[bare - 1]!.text, all[bare]!.text)) return all[bare]!;
  const plain = all.filter((l) => !isPairLine(l.text) && !isDashed(l.text) && !isJi(l.text) && !isFigures(l.text) && !isOrdinalLabel(l.text));
  const titled = all.filter((l) => !isJi(l.text) && !isDashed(l.text) && !isOrdinalLabel(l.text));
  const pool = plain.length ? plain : titled.length ? titled : all;
  // No plain line, a pair over a line that names who acts (红了杨梅 富了乡亲 / 腾蛟镇…吸引游客3万人次, read as figures for its
  // number): the clause is the headline, the pair its kicker.
  const actor = plain.length || !isPairLine(pool[0]!.text) ? undefined : pool.find((l) => !isPairLine(l.text) && acts(l.text));
  const head = actor ?? pool[0]!;
  const coupletAbove = all.slice(0, all.indexOf(head)).some((l) => isCouplet(l.text));
  if (!coupletAbove && plain.length === 2 && !acts(plain[0]!.text) && SUBJECT.test(plain[1]!.text) && !endsWithColon(plain[0]!.text) && !brokenHeadline(plain[0]!.text, plain[1]!.text, ownPlace)) {
    return plain[1]!;
  }
  // An issuing body's name over a notice's title (乐清市公共资源交易中心 / 招标公告): the title is the headline, the issuer its kicker.
  if (plain.length >= 2 && all.indexOf(plain[1]!) === all.indexOf(plain[0]!) + 1 && issuerOverTitle(plain[0]!.text, plain[1]!.text)) return plain[1]!;
  // Two plain lines over a dashed subheadline (正月里来闹龙灯 / 百节板凳龙游过千年古镇 / ——…见闻): the dashed line stands
  // right under its headline, so the first line is the kicker.
  const dashedUnder = plain.length === 2 && isDashed(all[all.indexOf(plain[1]!) + 1]?.text ?? '') && all.indexOf(plain[1]!) === all.indexOf(plain[0]!) + 1;
  if (!coupletAbove && dashedUnder && !endsWithColon(plain[0]!.text) && !brokenHeadline(plain[0]!.text, plain[1]!.text, ownPlace)) return plain[1]!;
  const overDash = twoOverDash(all);
  if (overDash) return overDash;
  // Two plain lines one under the other, the first at most about three-fifths of the second's length (城市有机更新 / 某某老街改造进入收官阶段,
  // 为民办实事 / 某某镇为200户老人装上“一键呼”): a headline is not set over a line twice its length, so the short line is the
  // kicker — unless it alone names who acts.
  if (!coupletAbove && plain.length === 2 && all.length === 2 && kickerByLength(plain[0]!.text, plain[1]!.text, plain[1]!.text, ownPlace) && !brokenHeadline(plain[0]!.text, plain[1]!.text, ownPlace)) return plain[1]!;
  // The same two lines, the long one wrapped onto a third by the column's width (奋力打造某某桥头堡 / 某某市与某某区签订新一轮
  // 跨区域 / 合作框架协议): the wrapped line read whole is the one measured against the short line over it.
  const wrapped = wrappedSecondLine(all);
  if (wrapped && plain.includes(all[0]!) && plain.includes(all[1]!) && kickerByLength(all[0]!.text, all[1]!.text, wrapped, ownPlace)) return all[1]!;
  // Two plain lines, the second a place and a colon before its clause (某某村：两姓同村三百年), the first without one: the
  // place-and-colon title is the headline, the line over it its kicker.
  if (!coupletAbove && plain.length === 2 && all.indexOf(plain[1]!) === all.indexOf(plain[0]!) + 1 && PLACE_COLON.test(plain[1]!.text) && !/[：:]/u.test(plain[0]!.text) && !brokenHeadline(plain[0]!.text, plain[1]!.text, ownPlace)) return plain[1]!;
  // Two lines, the second a figures line that names who acts, the first naming no one (一季度工业经济实现“开门红” / 某某镇规上
  // 工业产值同比增长14.6%): the clause with its subject is the headline, a figures line or not; the first is its kicker.
  // The paper's own place opening the second line outranks a quoted term opening the first (“五一”假期文旅消费持续升温 / 南浔古镇
  // 接待游客42.6万人次): a holiday or slogan in quotes names no one; the place does.
  const ownOutranks = opensWithOwnPlace(all[1]?.text ?? '', ownPlace) && !opensWithOwnPlace(all[0]!.text, ownPlace) && !SUBJECT.test(all[0]!.text);
  if (all.length === 2 && !coupletAbove && acts(all[1]!.text) && (!acts(all[0]!.text) || ownOutranks) && !isFigures(all[0]!.text) && !isDashed(all[0]!.text) && !isDashed(all[1]!.text) && !brokenHeadline(all[0]!.text, all[1]!.text, ownPlace)) return all[1]!;
  // Two plain lines, the second of two clauses and the first of one (“双节”出游好去处 / 某某山的秋，是听出来的): a 副题 is a
  // figures line or a dashed note, not a sentence of two clauses; that is the headline, the line over it its kicker.
  if (all.length === 2 && !coupletAbove && plain.length === 2 && TWO_CLAUSES.test(all[1]!.text.trim()) && !/[，,]/u.test(all[0]!.text) && !brokenHeadline(all[0]!.text, all[1]!.text, ownPlace)) return all[1]!;
  // A short line over a figures line well over half again its length (山水游持续走热 / 严子陵钓台景区国庆假期接待游客5.6万人次): a
  // 副题 runs shorter or about as long as its headline, so the short line is the kicker and the figures line the headline.
  if (all.length === 2 && !coupletAbove && plain.length === 1 && plain[0] === all[0] && isFigures(all[1]!.text) && !isDashed(all[1]!.text) && !isBracketed(all[1]!.text) && !/[\s\u3000、，]/u.test(all[1]!.text.trim()) && kickerByLength(all[0]!.text, all[1]!.text, all[1]!.text, ownPlace) && !brokenHeadline(all[0]!.text, all[1]!.text, ownPlace)) return all[1]!;
  // Two bold lines of about one length one right under the other: a subheadline is set lighter, so the second is the headline.
  const [a, b] = plain;
  if (!coupletAbove && plain.length === 2 && a!.bold && b!.bold && !markedlyShorter(b!.text, a!.text) && !a!.blankAfter && all.indexOf(b!) === all.indexOf(a!) + 1 && !endsWithColon(a!.text) && !brokenHeadline(a!.text, b!.text)) return b!;
  return head;
}

/** Lines `at` and `at + 1` made one line of `text` (in `like`'s place, bold if either was), the join recorded; returns `text`. */
function joinLines(lines: StackLine[], at: number, like: StackLine, text: string, joins: HeadlineStack['joins']): string {
  const [a, b] = [lines[at]!, lines[at + 1]!];
  joins.push({ before: `${a.text} / ${b.text}`, after: text });
  lines.splice(at, 2, { ...like, text, bold: a.bold || b.bold });
  return text;
}

/**
 * Who acts over what it did to a figure (沈家门“渔港健康驿站” / 服务渔民两万余人次), anywhere in the stack: one headline cut by the
 * width, joined before the headline is chosen, so that the kicker over it stays the kicker.
 */
function joinActorOverFigure(lines: StackLine[], joins: HeadlineStack['joins'], ownPlace: string | null) {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (actorOverFigure(a.text, b.text, ownPlace)) joinLines(lines, i, a, `${a.text.trim()}${b.text.trim()}`, joins);
  }
}

/** A dashed 副题 this long or longer has filled its line: the line under it may be its rest. */
const DASH_WRAP_MIN_CHARS = 12;

/**
 * A dashed 副题 wrapped by the width (——某某镇城市有机更新项目惠及沿江 / 三个社区5000余户居民): a 副题 under its headline stands
 * last in its stack, so a plain line right under a long dashed line, no couplet and no 暨 line, is its rest.
 */
function joinDashWrap(lines: StackLine[], joins: HeadlineStack['joins']) {
  // (A dashed line printed first, over its headline, is extraction's order: the line under it is that headline.)
  for (let i = 1; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    // (A line closed by dashes too, ——…——, is a slogan set between rules: whole.)
    if (!isDashed(a.text) || len(a.text) < DASH_WRAP_MIN_CHARS || /[。！？）)—–\-－―─]$/u.test(a.text) || /\s/u.test(a.text.trim()) || isDashed(b.text) || isCouplet(b.text) || isJi(b.text) || isBracketed(b.text)) continue;
    joinLines(lines, i, a, `${a.text}${b.text}`, joins);
    i--;
  }
}

/** A line opening on a predicate with no subject before it (获…, 入选…, 荣获…): the second half of a clause. */
const PREDICATE_OPEN = /^(?:获|荣获|喜获|获评|入选|当选|跻身|成为|摘得|斩获|登上|享受|迎来|列入|被评为|被授予|被命名为)/u;
/** Verbs a headline's clause turns on (a closed class of the commonest): a line holding one says what happened. */
const HEADLINE_VERB = /获|入选|当选|成为|迎来|开展|举办|召开|启动|完成|实现|建成|通过|推出|打造|开工|投用|上线|增长|突破|达到|签约|落户|亮相|走进|助力|推动|带动|开幕|揭牌|举行|发布|出台|享受|喝上|用上|住上|走上/u;
/** A subject line under such a line runs at most this long (瓜沥镇“沥家园”智治平台, 石塘渔民陈阿土). */
const REVERSED_SUBJECT_MAX_CHARS = 13;

/**
 * Two lines printed in reverse order by extraction (获温岭市见义勇为先进个人称号 / 石塘渔民陈阿土): a predicate with no subject
 * over a short line naming who acts and saying nothing of it. A kicker names no one and a 副题 is no bare subject, so the two
 * are one headline, read subject first; the record's warnings say so.
 */
function unreverse(all: StackLine[], joins: HeadlineStack['joins'], warnings: string[], ownPlace: string | null) {
  if (all.length !== 2) return;
  const [a, b] = all as [StackLine, StackLine];
  const plain = (t: string) => !/[\s：:，。]/u.test(t) && !isDashed(t) && !isBracketed(t);
  // (A place right after the verb, 获温岭市…, is where the honour comes from, not who acts.)
  if (!plain(a.text) || !plain(b.text) || !PREDICATE_OPEN.test(a.text) || opensWithOwnPlace(a.text, ownPlace)) return;
  // The subject line says nothing of what its subject did (no verb of a headline's in it), and the predicate runs at least as
  // long: a kicker is short over a headline that acts (迎来丰收季 / 青山镇万亩杨梅喜获丰收).
  if (len(b.text) > REVERSED_SUBJECT_MAX_CHARS || len(a.text) < len(b.text) || !namesActor(b.text, ownPlace) || HEADLINE_VERB.test(b.text)) return;
  const text = joinLines(all, 0, b, `${b.text}${a.text}`, joins);
  warnings.push(`标题两行“${a.text}”“${b.text}”印反了次序，已按语序读作“${text}”`);
}

/**
 * The chosen headline, or the counted group right over it that it continues (全镇1.8万名老人 / 享受免费健康体检): a figures line
 * is passed over when the headline is chosen, but a subject with no predicate is the headline's first half.
 */
function subjectAbove(all: StackLine[], head: StackLine, ownPlace: string | null): StackLine {
  const above = all[all.indexOf(head) - 1];
  return above && COUNTED_GROUP.test(above.text) && brokenHeadline(above.text, head.text, ownPlace) ? above : head;
}

/** Lines of a stack whose second line wraps onto the third (a kicker over one long headline): the second read whole, else null. */
const WRAPPED_STACK_LINES = 3;

function wrappedSecondLine(all: StackLine[]): string | null {
  if (all.length !== WRAPPED_STACK_LINES || all.some((l) => isDashed(l.text) || isJi(l.text))) return null;
  const [a, b, c] = all as [StackLine, StackLine, StackLine];
  if (brokenHeadline(a.text, b.text) || !brokenHeadline(b.text, c.text) || /\s/u.test(b.text.trim())) return null;
  return `${b.text.trim()}${c.text.trim()}`;
}

/**
 * 引题 / 主题 / ——副题: three lines, the last a dashed subheadline, the two above it neither dashed nor 暨: the dashed line
 * stands right under its headline, so the middle line is the headline and the first its kicker, whatever their shapes (a pair
 * of phrases as the headline under a plain kicker: 走进山里的新课堂 / 一碗米粉香 一方百姓富 / ——…纪实). A first line that
 * runs on into the second (a colon, a cut phrase) is one headline instead.
 */
function twoOverDash(all: StackLine[]): StackLine | null {
  // A figures line last stands so too (引题 / 主题 / 首月成交额突破1.8亿元): in the keys every undashed three-line stack is kicker,
  // headline and 副题, a figures line never the headline's kicker when two lines stand over it.
  if (all.length !== STACK_WITH_DASH_LINES || !(isDashed(all[2]!.text) || isFigures(all[2]!.text))) return null;
  const [a, b] = all as [StackLine, StackLine];
  // Joined by their lengths alone, two short lines over a dash are rather kicker and headline (守护一江清水 / 某某治水十年记 / ——…).
  if ([a, b].some((l) => isDashed(l.text) || isJi(l.text)) || endsWithColon(a.text) || (brokenHeadline(a.text, b.text) && !wrappedByLength(a.text, b.text))) return null;
  // A couplet under a line that names who acts (白沙村：…, 某某镇…): the couplet is the kicker extracted late, the first the headline.
  if (isCouplet(b.text) && namesActor(a.text)) return null;
  return b;
}

/** A full stack: kicker, headline, subheadline. */
const STACK_WITH_DASH_LINES = 3;

/** The headline's text with the lines it runs on into (柳市镇： / 2023年…报表, …项目签 / 约率突破九成) and its 暨 lines. */
function runOn(all: StackLine[], head: StackLine, joins: HeadlineStack['joins'], warnings: string[], ownPlace: string | null = null) {
  const at = all.indexOf(head);
  let text = head.text;
  let bold = head.bold;
  while (at + 1 < all.length && brokenHeadline(text, all[at + 1]!.text, ownPlace)) {
    const next = all[at + 1]!;
    joins.push({ before: `${text} / ${next.text}`, after: `${text}${next.text}` });
    text = `${text}${next.text}`;
    bold ||= next.bold;
    all.splice(at + 1, 1);
  }
  const ji = all.filter((l) => isJi(l.text) && l !== head);
  if (ji.length) {
    // 暨… continues the headline's phrase: joined without a space.
    text = `${text}${ji.map((l) => l.text).join('')}`;
    if (all.indexOf(ji[0]!) < at) warnings.push(`标题行“${ji.map((l) => l.text).join(' ')}”印在了主标题前面，已移到主标题后面`);
  }
  return { text, bold, ji };
}

/** A line set in smaller type than another: markedly fewer characters. */
const markedlyShorter = (line: string, than: string) => len(line) <= LATE_KICKER_MAX_RATIO * len(than);

/**
 * A figures line right over a headline that names who acts (一季度规上工业产值同比增长18.6% / 某某镇经济运行实现“开门红”): the
 * 引题 giving the figure the headline speaks of, not a 副题 printed first.
 */
const figuresKicker = (l: StackLine, head: StackLine, all: StackLine[]) => all.indexOf(l) + 1 === all.indexOf(head) && namesActor(head.text) && !namesActor(l.text);

/** The lines around the headline as kickers, subheadlines and slogans. */
function arrange(all: StackLine[], head: StackLine, ji: StackLine[], text: string, bold: boolean | undefined, warnings: string[]) {
  const at = all.indexOf(head);
  const above = all.slice(0, at).filter((l) => !ji.includes(l));
  const below = all.slice(at + 1).filter((l) => !ji.includes(l));
  const kickers: StackLine[] = [];
  const subs: StackLine[] = [];
  const slogans: string[] = [];
  // Above the headline: kickers; a dashed line or figures above are subheadlines printed first.
  for (const l of above) (isDashed(l.text) && !(kickers.length && above.indexOf(l) === above.indexOf(kickers.at(-1)!) + 1) || (isFigures(l.text) && !figuresKicker(l, head, all)) ? subs : kickers).push(l);
  // Below it: subheadlines, but a bold couplet or markedly shorter bold line under a bold headline is a kicker extracted late;
  // so is a couplet in a stack that extraction has visibly scrambled (a 暨 or dashed line above its headline).
  const scrambled = all.slice(0, at).some((l) => isJi(l.text) || isDashed(l.text));
  // A couplet between the headline and a dashed 副题 (…未来乡村 / 画笔描绘乡村美 文化赋能共富路 / ——…): the dashed line stands
  // right under its headline, so the couplet was the kicker, extracted late.
  const overDash = (l: StackLine) => below.indexOf(l) === 0 && isCouplet(l.text) && isDashed(below[1]?.text ?? '');
  for (const l of below) {
    const lateKicker =
      kickers.length === 0 && !isFigures(l.text) && !isDashed(l.text) && ((bold && l.bold && (isCouplet(l.text) || markedlyShorter(l.text, text))) || (scrambled && isCouplet(l.text)) || overDash(l));
    if (lateKicker) {
      kickers.push(l);
      warnings.push(`引题“${l.text}”印在了主标题后面，已作为引题`);
    } else subs.push(l);
  }
  // Slogans: three parallel phrases set apart above the stack, or
  while (kickers.length > 0 && isTriplet(kickers[0]!.text) && kickers[0]!.blankAfter && all.indexOf(kickers[0]!) < at) slogans.push(kickers.shift()!.text);
  // couplets set apart by a blank line above a stack that has another kicker, or a first line of phrases set a wide gap apart
  // (two spaces, or one full-width space: 建设生态之城　共创美好家园) over another kicker: a banner, no stack sets its kicker so.
  while (kickers.length > 1 && kickers[0]!.blankAfter && all.indexOf(kickers[0]!) < at && isCouplet(kickers[0]!.text) && isCouplet(kickers[1]!.text) || (kickers.length > 1 && WIDE_GAP.test(kickers[0]!.text) && all.indexOf(kickers[0]!) < at)) {
    slogans.push(kickers.shift()!.text);
  }
  subs.sort((a, b) => all.indexOf(a) - all.indexOf(b));
  return { kickers, subs, slogans };
}

/** Subheadline lines: one broken mid-phrase is joined without a space, separate lines keep one. */
function joinSubheadline(xs: string[], joins: HeadlineStack['joins']): string {
  let out = xs[0]!;
  for (const x of xs.slice(1)) {
    if (brokenHeadline(out, x) && !isDashed(x)) {
      joins.push({ before: `${out} / ${x}`, after: `${out}${x}` });
      out += x;
    } else out += ` ${x}`;
  }
  return out;
}
