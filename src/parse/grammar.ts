/**
 * Step 4: the page grammar. Every piece gets a score for each role it may play, from features
 * with names (ROLE_RULES: Readability's habit of small additive rules, one per line, each with
 * its reason); the page's reading is the sequence of roles with the best total score under the
 * grammar's transitions (TRANSITIONS), found by Viterbi — GROBID's segmentation, with hand-set
 * weights. One odd line cannot derail a page: the transitions pull it back.
 *
 *   page    = (furniture | column | article)*
 *   article = [marker] [column] stack+ [byline]* (body | section | caption)* [byline]
 *           | body+ …                              (a story continued from another page)
 */
import { TABLE_MIN_CELLS, BRIEF_MAX_CHARS, CAPTION_MAX_CHARS, COLUMN_MAX_CHARS, FRAMED_BANNER, ITEM_MARKS, MARKED_BYLINE, MAX_HEADLINE_CHARS, NOTE_LABELS, NOTICE_TITLE, NOTICE_TITLE_MAX_CHARS, NOTICE_WORDS, PATTERNS } from './constants.ts';
import type { SeedKind } from '../records/schema.ts';
import { isFurniture, type Piece } from './classify.ts';
import { continuesLine, labelRowText } from './units.ts';
import { nonSpaceLength } from './text.ts';
import { isPointerLine } from './page.ts';
import { FITTED_ADOPTED, RULE_WEIGHTS } from './weights.ts';
import { LAYOUT_RULES } from './layout-rules.ts';

export const ROLES = ['furniture', 'column', 'stack', 'byline', 'body', 'section', 'caption', 'marker'] as const;
export type Role = (typeof ROLES)[number];

/** What the neighbours of a piece are, for the rules. */
export interface Context {
  prev: Piece | undefined;
  /** The previous piece that is not a photo caption or credit. */
  prevProse: Piece | undefined;
  next: Piece | undefined;
  /** The very next piece, furniture included (a contact line the form settled as furniture). */
  following: Piece | undefined;
  /** The very piece before, furniture included (a rule line drawn over the page's foot). */
  preceding: Piece | undefined;
  /** The next piece that is not furniture or a photo caption: what a stack stands over. */
  opener: Piece | undefined;
  next2: Piece | undefined;
  /** The previous body-like piece does not end its sentence, and the next one continues it: this piece interrupts a paragraph. */
  interrupts: boolean;
  /** Nothing but furniture and captions follows: the page's end. */
  atEnd: boolean;
  /** The piece before is a byline standing under a stack (not one closing a story): the story's text begins here. */
  afterLeadingByline: boolean;
  /** The piece before is a byline signing the prose above it (…的味道。 / 意大利侨胞　姚建国): that text is done. */
  afterClosingByline: boolean;
  /** The piece before is a marked byline under a column label or tag (一家之言 / ■郑晓明): this is the headline under them. */
  underColumnByline: boolean;
  /** Characters of text since the last story opened with a lead or a byline: a heading this deep in a story is one of its sections. */
  storyChars: number;
  /** Only heading lines stand between this piece and a story that jumped to another page (…（下转第2版） / title / 副题). */
  underJump: boolean;
  /** One of several short lines closing the page after the last story's text: photo captions printed together. */
  captionTail: boolean;
  /** The story this piece stands in opened with a byline that credits photos (记者 某某 文/摄, 图/某某): it prints a photo. */
  photoStory: boolean;
  /** The page's stories open with 本报讯 (three leads or more). */
  leadPage: boolean;
  /** Past this piece and the heading lines (and captions) under it, a story opens: it stands in a stack. */
  headsStory: boolean;
  pageKind: SeedKind | null;
  /** Nothing but furniture precedes. */
  atStart: boolean;
  /**
   * A paragraph's words cut by a page break: prose before, this unfinished piece, a page number
   * or header, then prose (为让工坊 / - 2 - / 建得好、留得住). A headline is not printed alone at
   * a page's foot with its story overleaf. Or an ellipsis closes it and opens the next (菊花糕… / …各家).
   */
  cutByBreak: boolean;
  /** A numbered heading in a run of numbering (1.… then 2.…, prose between): one item of a list under one title. */
  inNumbering: boolean;
  /** One of the contact and imprint lines closing the page, set apart from the last story (footRunOf). */
  inFootRun: boolean;
  /** The name of one entry of a list of entries, each a name over its label：value rows (entryNames). */
  entryName: boolean;
  /** A heading whose text closes on a bracketed signature of its own, below a story opened by a lead (signedBelow). */
  signedBelow: boolean;
}

// Sizes the emission rules compare (characters are non-space characters; lines are printed lines).
/** A paragraph's first line, cut from the prose under it, is at least this long (a label is shorter). */
const PARAGRAPH_LINE_MIN_CHARS = 10;
/** A one-word label over its text (象南社区) is at most this long. */
const ONE_WORD_LABEL_MAX_CHARS = 6;
/** A caption by its words is one short sentence: at most this long. */
const CAPTION_LIKE_MAX_CHARS = 26;
/** A headline-sized line: at least a short phrase, at most what one line of a headline holds. */
const HEADLINE_MIN_CHARS = 4;
const HEADLINE_SIZE_MAX_CHARS = 32;
/** A headline is set on at most this many lines. */
const HEADLINE_MAX_LINES = 2;
/** A stack line over a dashed subheadline is at most this long. */
const OVER_DASHED_MAX_CHARS = 40;
/** Text wrapped over this many lines or more is prose, not a stack line. */
const PROSE_MIN_LINES = 3;
/** A column label or a one-word label above a stack is at most this long. */
const LABEL_MAX_CHARS = 8;
/** A section heading (小标题) is short: at most this long. */
const SECTION_SHORT_MAX_CHARS = 16;
/** Text on two lines or more is wrapped: body-like. */
const WRAPPED_MIN_LINES = 2;
/** A short line without punctuation (a heading, a slogan) leans away from body text: at most this long. */
const SHORT_LINE_MAX_CHARS = 20;
/** In the page's closing run of short lines, a line this short is a caption even without a sentence end. */
const TAIL_CAPTION_SHORT_CHARS = 12;
/** A short sentence between captions is one of them: at most this long. */
const BETWEEN_CAPTIONS_MAX_CHARS = 30;
/** On a feature page, a plain line run into the text under it is its first line when at least this long. */
const FEATURE_FIRST_LINE_MIN_CHARS = 8;

/**
 * A plain line of ten characters or more, with prose under it in the same block (no blank line), that does not open a story
 * under a title. A run-in title split off its line (■ 标题 正文…: the text starts on the title's own line) is no such line.
 */
const firstLineOfParagraph = (p: Piece, c: Context) =>
  p.headingLike && !p.bold && !p.blankAfter && p.length >= PARAGRAPH_LINE_MIN_CHARS && !p.endsSentence && !!c.next && c.next.kind === null && !c.next.headingLike && c.next.lines.length > 1 && !opensStory(c.next) && !dashedSubheadline(c.next) && c.next.start !== p.start;

/** A title led by a marker whose text starts on its own line (■ 标题 正文…, split apart by the classifier). */
const markedRunIn = (p: Piece, c: Context) => p.headingLike && PATTERNS.leadingMarks.test(p.text) && !!c.next && c.next.start === p.start && c.next.kind === null && !c.next.headingLike;

/** A plain line of ten characters or more right under a short one-word heading (象南社区 / 象南社区干部及…参加). */
const underLabel = (p: Piece, c: Context) =>
  p.headingLike && !p.bold && p.length >= PARAGRAPH_LINE_MIN_CHARS && !p.endsSentence && !!c.prev && c.prev.kind === null && c.prev.headingLike && c.prev.length <= ONE_WORD_LABEL_MAX_CHARS && !/\s/u.test(c.prev.text.trim()) && bodyLike(c.next) && !opensStory(c.next);

/** A bold line that does not end its sentence, under bold prose that does not open a story: one bold paragraph. */
const boldProseLine = (p: Piece, c: Context) => p.bold && !p.endsSentence && !!c.next && c.next.bold && c.next.kind === null && !c.next.headingLike && !opensStory(c.next) && !!c.prev && c.prev.bold && c.prev.kind === null;

/** A slogan or banner by its form: phrases set apart by spaces, or bold among plain text. */
const sloganLike = (p: Piece, c: Context) => /\S[\s\u3000]+\S/u.test(p.text.trim()) || (p.bold && !c.prev?.bold) || p.vertical;

/** A notice's title by its last word (停电公告, 遗失声明, 讣　告): the headline of one notice of several. */
export const noticeTitle = (p: Piece) => p.kind === null && p.headingLike && p.length <= NOTICE_TITLE_MAX_CHARS && NOTICE_TITLE.test(p.text.replace(/[\s\u3000]+/gu, ''));

/** The signer of a 落款: a short line right over the date line that closes a notice, under its text or its last label row (联系电话：… / 柳市镇人民政府 / 2023年8月18日). */
const signerLine = (p: Piece, c: Context) => oneSigner(p, c) || firstOfTwoSigners(p, c) || secondOfTwoSigners(p, c);
/** A short plain line of a signer's length. */
const signerShaped = (p: Piece | undefined): p is Piece => !!p && p.kind === null && p.headingLike && p.length <= SIGNER_MAX_CHARS;
/** The text a 落款 closes: prose, a numbered item, a form's blank line, a label row or a contact line ending on its number (联系电话：…). */
const closesText = (prose: Piece | undefined) =>
  !!prose && (bodyLike(prose) || prose.kind === 'numbered' || prose.kind === 'list-item') && (!prose.headingLike || FILL_IN.test(prose.text) || !!labelRowText(prose.text.trim()) || CONTACT_END.test(prose.text.trim()));
const oneSigner = (p: Piece, c: Context) => signerShaped(p) && c.next?.kind === 'date-line' && c.next.start === p.end + 1 && closesText(c.prevProse);
/** An organ's name on a line: signer-shaped, with no label's colon and no figures (联系人：… 电话：… is a contact line). */
const organShaped = (p: Piece | undefined): p is Piece => signerShaped(p) && !/[：:\d]/u.test(p.text);
/** Two organs signing jointly, one per line, over the date (中共某某区委 / 某某区人民政府 / 2010年2月12日): the first of them. */
const firstOfTwoSigners = (p: Piece, c: Context) =>
  organShaped(p) && secondSigner(c.next) && c.next.start === p.end + 1 && c.next2?.kind === 'date-line' && c.next2.start === c.next.end + 1 && closesText(c.prevProse);
/** …and the second, right under the first: another organ, or the organ's officer by post and name (裁判长：沈国平). */
const secondOfTwoSigners = (p: Piece, c: Context) => secondSigner(p) && organShaped(c.prev) && c.prev.end + 1 === p.start && c.next?.kind === 'date-line' && c.next.start === p.end + 1;
/** A post and a name on a line (裁判长：沈国平, 负责人：王某某): who signs for the organ above. */
const POST_AND_NAME = /^\p{Script=Han}{2,6}[：:]\s*\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,3}$/u;
const secondSigner = (p: Piece | undefined): p is Piece => signerShaped(p) && (!/[：:\d]/u.test(p.text) || POST_AND_NAME.test(p.text.trim()));

/** A blank to fill in (姓名：＿＿＿＿, 联系电话：______): a form's line (问卷, 回执, 报名表), text and no title. */
const FILL_IN = /[＿_]{3,}/u;

/** Headings of one shape this many besides a heading (◆从 制造 到 智造 / ◆从 单打独斗 到 抱团上云 / …) are one story's sections. */
const SECTION_SIBLINGS_MIN = 2;

/** A paragraph's indent, at most two full-width spaces (4 half-width columns): where a paragraph starts, never a title. */
const PARAGRAPH_INDENT_MAX_COLUMNS = 4;
const paragraphIndent = (p: Piece) => p.indentWidth >= 2 && p.indentWidth <= PARAGRAPH_INDENT_MAX_COLUMNS;

/**
 * A short title printed right over its text with no blank line, where a piece begins: under a
 * column label, or after a text that finished its sentence (柳川微言 / 治理“飞线充电”，不能只靠罚 / 电动车…).
 * Not on a feature page: there such a line is a paragraph's first line cut by the layout (seed 001).
 */
const runInTitle = (p: Piece, c: Context) =>
  c.pageKind !== 'feature-page' && p.kind === null && !paragraphIndent(p) && p.siblings < SECTION_SIBLINGS_MIN && !p.boxRow && !bookEntry(p) && p.lines.length === 1 && !p.blankAfter && !p.runsOn && !p.endsSentence && p.length >= RUN_IN_TITLE_MIN_CHARS && p.length <= TWO_CLAUSE_TITLE_MAX_CHARS && !/[：:]$/u.test(p.text.trim()) && !c.interrupts && !c.cutByBreak &&
  // The text under it is prose: sentences, or a lead-in to a list (…做到“四不”：).
  !!c.next && c.next.kind === null && !c.next.headingLike && /[。！？：:]/u.test(c.next.text) &&
  !!c.prev && ((c.prev.columnish && c.prev.headingLike && !NOTE_LABELS.includes(c.prev.text.trim())) || (p.blankBefore && c.prev.endsFullSentence && !c.prev.headingLike) || blockLabel(c.prev) || boldLabel(c.prev) || labelRightOver(c.prev, p) || (p.blankBefore && serviceLine(c.prev)) || (p.blankBefore && signedOffAbove(c)));

/** A label by its shape: one short word on its own line, no space or punctuation in it (村情直通车, 以案为鉴, 民生热线). */
const labelShaped = (p: Piece) => p.kind === null && p.headingLike && p.length <= LABEL_MAX_CHARS && !/[\s，。；：:！？]/u.test(p.text.trim());

/** A bold one-word label set apart by blank lines (村情直通车, printed twice by bold extraction): a column's name, whatever its words. */
const boldLabel = (p: Piece) => labelShaped(p) && p.bold && p.blankBefore && p.blankAfter;

/**
 * A one-word label set apart above, right over a longer title line with no blank between (以案为鉴 / 违规动火引发火灾…
 * / 今年4月，…): the column the titled piece stands under.
 */
const labelRightOver = (label: Piece, title: Piece) =>
  labelShaped(label) && label.blankBefore && !label.blankAfter && label.end + 1 === title.start && title.length >= label.length + LABEL_TITLE_MARGIN && !/[，、；：:,]/u.test(title.text) && !/^[（(【［\[]/u.test(title.text.trim());
/** A title is at least this much longer than the label over it. */
const LABEL_TITLE_MARGIN = 2;

/** An item opened by a run-in label (大同镇：3月17日，…): one of a column's items, under the column's label. */
const RUN_IN_LABEL = /^\p{Script=Han}{2,8}[：:]/u;
/** The text right above ends with its byline: in brackets, run into its last sentence (…目前身体状况良好。（记者 林海 通讯员 陈立）), or on a line of its own under it (意大利侨胞　姚建国). */
const signedOffAbove = (c: Context) => c.afterClosingByline || proseAboveEnds(c, PATTERNS.trailingByline);

/** The text right above closed with a jump line (…同比增长18.4%。（下转第2版）, or the jump line alone): its story goes on elsewhere. */
const jumpedAway = (c: Context) => c.preceding?.kind === 'continued-to' || proseAboveEnds(c, PATTERNS.continuedTo);

/** The piece right above is prose whose text ends as `end` says (a closing byline, a jump line). */
const proseAboveEnds = (c: Context, end: RegExp) => !!c.prev && c.prev.kind === null && !c.prev.headingLike && end.test(c.prev.text.trim());


/** A column's one-line service line (…平台　热线：0577-…): no prose, so what opens under it after a blank line is an item's title. */
const serviceLine = (p: Piece) => p.lines.length === 1 && SERVICE_FOOT.test(p.text) && !/[。！？]/u.test(p.text);

/** A label alone at the top of a block (set apart by a wide gap): a column's name (警方提醒 / 暑期防溺水，这些要记牢 / …). */
const blockLabel = (p: Piece) => p.kind === null && p.headingLike && !!p.wideGapBefore && p.length <= LABEL_MAX_CHARS && !/\s/u.test(p.text.trim());

/** A run-in title has at least this many characters (文明养犬…: a one-word line is a label). */
const RUN_IN_TITLE_MIN_CHARS = 6;

/** One short line between blank lines, one comma, no sentence end, prose or numbered items under it: a headline of two clauses. */
const twoClauseTitle = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.blankBefore && p.blankAfter && !p.endsSentence && p.length <= TWO_CLAUSE_TITLE_MAX_CHARS && (p.text.match(/[，,]/gu)?.length ?? 0) === 1 && !/[。；：:！？]/u.test(p.text) && !c.interrupts && !c.cutByBreak && (bodyLike(c.next) || c.next?.kind === 'numbered') && !c.next!.headingLike;

/** Body text by its kind: a paragraph, a lead, a turn, a note. */
const bodyLike = (p: Piece | undefined) => !!p && (p.kind === null || p.kind === 'lead' || p.kind === 'turn' || p.kind === 'note');

/**
 * A caption by its words: one short sentence without a comma that shows someone (林佳佳（左）)
 * or a scene (…现场, …风貌, …一角, 在…参观), not one that reports speech (…笑着说。).
 */
export function captionLike(t: string): boolean {
  const s = t.trim();
  if (nonSpaceLength(s) > CAPTION_LIKE_MAX_CHARS || /[，；：！？]/u.test(s) || (s.match(/。/gu)?.length ?? 0) > 1) return false;
  if (/(?:说|表示|介绍|认为|指出|强调|告诉记者)。?$/u.test(s)) return false;
  return /[（(](?:左|右|中|前|后)[一二三四五]?[）)]|(?:现场|风貌|一角|全景|掠影|合影|留影|剪影)。?$|^\S{1,12}(?:在|正在|向)\S+。$/u.test(s);
}

/** A title opened by a numbered label (骗局一：刷单返利, 项目二：…): one of a run of items. */
const NUMBERED_LABEL_TITLE = /^\p{Script=Han}{1,4}[一二三四五六七八九十\d]{1,2}[：:]\S/u;

/** A label：value line right under another line opened by a label, no blank line between: the next field of one form. */
const nextField = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && PATTERNS.labelLed.test(p.text.trim()) && !!c.prev && c.prev.end + 1 === p.start && !p.blankBefore && PATTERNS.labelLed.test(c.prev.text.trim());


/** A short label wholly in brackets (【招聘】, 〖兵役知识〗). */
const BRACKET_LABEL = /^[【［\[〖][^】］\]〗]{1,6}[】］\]〗]$/u;
/** A question set as a title is at most this long (什么是预征预储？). */
const QUESTION_TITLE_MAX_CHARS = 20;
/** One short question alone on a line, no other sentence mark: a title put as a question. */
const shortQuestion = (p: Piece) => p.kind === null && p.lines.length === 1 && p.length <= QUESTION_TITLE_MAX_CHARS && /^[^，。；！？]+？$/u.test(p.text.trim());

/** A short question led by an item mark (▶小区门口的减速带坏了没人管？). */
const markedQuestion = (p: Piece) => PATTERNS.leadingMarks.test(p.text) && shortQuestion({ ...p, text: p.text.replace(PATTERNS.leadingMarks, '') });

/** A short question right over a byline line, no blank line between. */
const questionOverByline = (p: Piece, c: Pick<Context, 'next'>) => shortQuestion(p) && c.next?.kind === 'byline' && c.next.start === p.end + 1;

/** The label of an editor's note (编者按, 编后), bracketed or not. */
const EDITOR_NOTE_LABEL = /^[【［\[]?(?:编者按|编后语?)/u;

/** A subheadline set off by dashes: ——践行“八八战略”——. */
const isDashedLine = (t: string) => /^[—–\-－―─]{2}/u.test(t.trim());
/** A question of one line (no other sentence mark) right over a dashed line tight under it. */
const questionOverTitle = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.length <= OVER_DASHED_MAX_CHARS && /[？?]$/u.test(p.text.trim()) && !/[。！，；]/u.test(p.text) && !p.blankAfter && !!c.next && c.next.start === p.end + 1 &&
  // Or a question as the kicker over a headline tight under it, the story opening under that (老蚕房还能派上什么用场？ / 某某村…开馆).
  (isDashedLine(c.next.text) || (c.next.kind === null && c.next.headingLike && !/[？?]$/u.test(c.next.text.trim()) && opensStory(c.next2)));

/** Opens an article's text: a lead, a dateline, a byline, a marker. */
const opensStory = (p: Piece | undefined) =>
  !!p && (p.kind === 'lead' || p.kind === 'byline' || PATTERNS.dateline.test(p.text) || PATTERNS.vagueDateline.test(p.text) || p.kind === 'continued-from');

/** A dashed 副题 on one line (——总投资5.2亿元，建成后…): a stack line even with commas, no sentence closed. */
/** A dashed 副题 wraps onto at most this many lines in a narrow column (——计划总投资86.4亿元，涵盖…数字 / 贸易…等领域). */
const DASHED_SUB_MAX_LINES = 2;
const dashedSubheadline = (p: Piece) => p.kind === null && p.lines.length <= DASHED_SUB_MAX_LINES && /^[—－―─]{1,2}\S/u.test(p.text.trim()) && p.length <= MAX_HEADLINE_CHARS && !p.endsFullSentence;

const dashedUnderHeading = (p: Piece, c: Context) => dashedSubheadline(p) && !!c.prev?.headingLike && c.prev.kind === null && c.prev.end + 1 === p.start;

/** A story's text closed by its byline in brackets (…乘坐。（记者 王海波）). */
const CLOSING_BYLINE = /[。！？”][（(][^（）()]*(?:记者|通讯员)[^（）()]*[）)]$/u;

/** One line, a blank line above it, the folio right under it, and above it a story's text closed by its byline. */
const footNote = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && !!p.blankBefore && c.following?.kind === 'page-number' && c.following.start === p.end + 1 && !!c.preceding && CLOSING_BYLINE.test(c.preceding.text.trim());

/** One line of one sentence (its only full stop last), the credit on the next line, the piece above closing its sentence. */
const oneLineOverCredit = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.length <= CAPTION_MAX_CHARS && /^[^。！？]+[。！]$/u.test(p.text.trim()) && c.following?.kind === 'credit' && c.following.start === p.end + 1 && !!c.preceding?.endsFullSentence;

export type Rule = { role: Role; weight: number; why: string; test: (p: Piece, c: Context) => boolean };

/** The marker leading an item's text (◎3月10日，…, ●黄华村…). */
const itemMarker = (p: Piece | undefined) => (p && p.kind === null && !p.headingLike ? (p.text.trim().match(/^[◎●◆■▲★☆]/u)?.[0] ?? null) : null);
const markerBoxTitle = (p: Piece, c: Context) => {
  if (p.kind !== null || !p.headingLike) return false;
  const before = itemMarker(c.prevProse);
  const after = itemMarker(c.next);
  return before !== null && after !== null && before !== after;
};

/** A column's word alone (简讯, 镇村短波) right over items led by a marker: the items' box title. */
const itemsTitle = (p: Piece, c: Context) => p.kind === null && p.headingLike && p.columnish && itemMarker(c.next) !== null;

/** Captions printed side by side on one line hold at most this many sentences. */
const SIDE_BY_SIDE_MAX = 2;
/** A bold line of one or two short finished sentences, set apart: a caption in bold (陈美芬在展示馆内创作…。). */
const boldCaptionShape = (p: Piece) =>
  p.kind === null && p.bold && p.lines.length === 1 && p.blankBefore && p.blankAfter && p.endsFullSentence && p.length <= CAPTION_MAX_CHARS && (p.text.match(/[。！？]/gu)?.length ?? 0) <= SIDE_BY_SIDE_MAX;
/** …among text that is not bold: on a page printed bold throughout (seed 001), a bold sentence is text. */
const boldCaption = (p: Piece, c: Context) => boldCaptionShape(p) && !(c.prev?.bold && !boldCaptionShape(c.prev));

/** A line wholly in brackets, alone under a blank line at the foot of the page or of its block (a wide gap after it), under finished text. */
const deskNote = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.blankBefore && /^[（(][^（）()]+[）)]$/u.test(p.text.trim()) && (!c.next || !!c.next.wideGapBefore) && !!c.prev && c.prev.endsFullSentence;

/** A label and its colon, then values set apart by wide gaps (上期谜底：1.田　2.一五一十　3.福州). */
const labelledValues = (p: Piece) => p.kind === null && p.lines.length === 1 && PATTERNS.labelLed.test(p.text.trim()) && p.text.trim().split(PATTERNS.cellGap).filter(Boolean).length >= TABLE_MIN_CELLS;

/** A one-line numbered item (1.…, （2）…) printed on the line right after or right before another: a list, not section headings. */
const numberedLine = (p: Piece | undefined) => !!p && p.kind === 'numbered' && p.lines.length === 1 && PATTERNS.numberedItem.test(p.text);
const listedItem = (p: Piece, c: Context) => numberedLine(p) && ((numberedLine(c.prev) && c.prev!.end + 1 === p.start) || (numberedLine(c.next) && p.end + 1 === c.next!.start));

/** A line wholly in round brackets with no sentence end, set right under a title line (no blank between): the title's subheadline (（第9期）, （7月21日）). */
const bracketedUnderTitle = (p: Piece, c: Context) =>
  p.kind === null && /^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$/u.test(p.text.trim()) && !/[。！？]/u.test(p.text) &&
  !!c.prev && c.prev.kind === null && c.prev.headingLike && !c.prev.endsSentence && c.prev.end + 1 === p.start;

/** A figure and its unit alone (156家, 3.2万人次, 98.6%, 1.2亿元): a 数字新闻 item's title; a year (1983年) is a date's key, no figure. */
const FIGURE_TITLE = /^\d+(?:\.\d+)?\s*(?:[万亿千百]?[\p{Script=Han}]{0,3}|%)$/u;
const figureTitle = (p: Piece, c: Context) => p.kind === null && p.lines.length === 1 && p.blankBefore && FIGURE_TITLE.test(p.text.trim()) && !PATTERNS.itemKey.test(p.text.trim()) && !!c.next && c.next.kind === null && !c.next.headingLike;

/** One short finished sentence on a line of its own, after finished text or another credited caption, with a credit line right under it. */
const creditedAfterText = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.blankBefore && p.endsFullSentence && p.length <= CAPTION_MAX_CHARS && c.next?.kind === 'credit' && !!c.prev && ((c.prev.kind === null && !c.prev.headingLike && c.prev.endsFullSentence) || c.prev.kind === 'credit') && !PATTERNS.dateline.test(p.text);

/**
 * A contact line (热线, 电话, 网址, 邮箱, 微信, an account: 公众号, 抖音号, 视频号, 微博 — closed classes — with a colon and a number or address), one line with no
 * sentence in it, set apart by a wide gap (or under a rule line) with nothing but furniture after it: the page's foot line.
 */
const SERVICE_FOOT = /(?:热线|电话|网址|邮箱|微信号?|公众号|抖音号?|视频号|微博|地址|社址|邮编|定价|印刷|承印|发行|邮发代号|刊号)\s*[:：]\s*[\w\p{Script=Han}]/u;
/** One line of a page's foot: contact or imprint fields (社址：…　邮编：…, 定价：…　印刷：…), no sentence in it. */
const footLine = (p: Piece) => p.lines.length === 1 && SERVICE_FOOT.test(p.text) && !/[。！？]/u.test(p.text) && (p.kind === null || p.kind === 'table-row');

/** A page's foot holds at most this many contact and imprint lines. */
const FOOT_RUN_MAX_LINES = 3;

/**
 * The page's last content pieces when each is a foot line and the first of them is set apart (a wide gap or a rule line
 * above it): the desk's contact and the paper's imprint, however many lines (up to FOOT_RUN_MAX_LINES).
 */
function footRunOf(pieces: Piece[]): Set<number> {
  const run: Piece[] = [];
  for (let i = pieces.length - 1; i >= 0 && run.length <= FOOT_RUN_MAX_LINES; i--) {
    const p = pieces[i]!;
    if (isFurniture(p)) continue;
    if (!footLine(p)) break;
    run.unshift(p);
  }
  const first = run[0];
  if (!first || run.length > FOOT_RUN_MAX_LINES || !(first.wideGapBefore || pieces[first.index - 1]?.kind === 'rule-line')) return new Set();
  return new Set(run.map((p) => p.index));
}

/** A heading right over the rows of a label：value box (村情速览 / 所属镇街：柳市镇): the box's title. */
/** A heading line after a wide gap with table rows right under it. */
const tableTitle = (p: Piece, c: Context) => p.kind === null && p.headingLike && !!p.wideGapBefore && c.next?.kind === 'table-row' && c.next.start <= p.end + 2;
/** A bracketed signature of a correspondent or reporter, alone or closing a paragraph (（通讯员 叶慧）). */
const CLOSING_SIGNATURE = /[（(][^（）()]{0,12}(?:记者|通讯员)[^（）()]{1,20}[）)]$/u;

/**
 * Headings between paragraphs whose own text, before the next heading, closes on a bracketed signature (古镇老街“微改造”完工 /
 * … / （通讯员 叶慧）), on a page where a story above opened with a 本报讯 lead: a second signed piece, not a section of the
 * first (a story is signed once, at its lead or at its close).
 */
function signedBelowHeadings(pieces: Piece[]): Set<number> {
  const out = new Set<number>();
  let leadSeen = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'lead') leadSeen = true;
    if (!leadSeen || p.kind !== null || !p.headingLike || p.lines.length !== 1 || !p.blankBefore) continue;
    for (let k = i + 1; k < pieces.length; k++) {
      const q = pieces[k]!;
      if (q.kind === 'lead' || (q.kind === null && q.headingLike && q.blankBefore && !CLOSING_SIGNATURE.test(q.text.trim()))) break;
      if (CLOSING_SIGNATURE.test(q.text.trim())) {
        out.add(i);
        break;
      }
    }
  }
  return out;
}

/** A list of entries has at least this many entries. */
const ENTRY_LIST_MIN = 2;
/** An entry's name (见山民宿, “禾城戏韵”越剧名段演唱会) is at most this long; a longer line over rows is a piece's title. */
const ENTRY_NAME_MAX_CHARS = 16;

/**
 * Names of entries of a list (见山民宿 / 地址：… / 电话：… / 特色：…, then 溪隐民宿 / …; an event's name over 时间：/地点：/
 * 内容：): short headings, each set tight over a box's label：value rows, at least ENTRY_LIST_MIN of them one after another with
 * nothing but their rows and blank lines between. Each names an item of the list the text above announces, not a story.
 */
function entryNames(pieces: Piece[]): Set<number> {
  // A row: a box's label：value row, or a notice's field (时间：…, 地点：…) read as such.
  const row = (q: Piece | undefined) => !!q && (q.boxRow || q.kind === 'doc-field');
  const named = (i: number) => {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    // (A name, not a title: short, and no 关于… title of a proposal or notice, each of which is a piece of its own.)
    return p.kind === null && p.headingLike && p.lines.length === 1 && p.length <= ENTRY_NAME_MAX_CHARS && !/^[▶►■◆●]?\s*关于/u.test(p.text.trim()) && !row(p) && row(next) && next!.start === p.end + 1 && PATTERNS.labelLed.test(next!.text.trim());
  };
  // The rest of a row the wrap carried onto the next line (特色：…可体验手 / 工豆腐制作。), tight under it.
  // (Or under a row left open by its comma: 岗位：数控车床操作工10名， / 电工2名（持低压电工证）.)
  const rowTail = (i: number) =>
    pieces[i]!.kind === null && (!pieces[i]!.headingLike || pieces[i]!.endsFullSentence || /[，、；]$/u.test(pieces[i - 1]?.text.trim() ?? '')) && i > 0 && row(pieces[i - 1]) && pieces[i]!.start === pieces[i - 1]!.end + 1;
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= ENTRY_LIST_MIN) for (const i of run) out.add(i);
    run = [];
  };
  for (let i = 0; i < pieces.length; i++) {
    if (named(i)) run.push(i);
    // (The last row may be a sentence no box reads as a row: 内容：…演出，现场还有…。)
    else if (!((row(pieces[i]) || (pieces[i]!.kind === null && PATTERNS.labelLed.test(pieces[i]!.text.trim())) || rowTail(i)) && run.length)) close();
  }
  close();
  return out;
}

/** A banner line (FRAMED_BANNER), no sentence mark in it. */
const framedBanner = (p: Piece) => (p.kind === null || p.kind === 'table-row') && p.lines.length === 1 && FRAMED_BANNER.test(p.text.trim()) && !/[。！？]/u.test(p.text);

/** A heading under a title (one blank line between) with table rows tight under it: the label of the table's first part. */
const tableLabelUnderTitle = (p: Piece, c: Context) =>
  p.kind === null && p.headingLike && p.lines.length === 1 && p.blankBefore && !p.wideGapBefore && c.prev?.kind === null && c.prev.headingLike && !!c.prev.wideGapBefore && c.next?.kind === 'table-row' && c.next.start === p.end + 1;
/** A heading right over table rows (no blank line) with prose after them, inside a story, no wide gap above: the table's title within the story. */
const storyTableTitle = (p: Piece, c: Context) => !!p.tableInText && !p.wideGapBefore && c.storyChars > 0;
const boxTitle = (p: Piece, c: Context) => p.headingLike && !p.boxRow && p.kind === null && !!c.next?.boxRow;
/** The piece above closes what it holds: a finished sentence, a photo caption, or a bracketed credit or source (…（某某 摄）). */
const closedAbove = (c: Context) => !!c.prev && (c.prev.endsFullSentence || closedByPicture(c));
/** The piece above is a photo caption (by kind, or by its bracketed credit closing it: …（某某 摄）): the story's picture closed it. */
const closedByPicture = (c: Context) => !!c.prev && (c.prev.kind === 'caption' || /[)）]$/u.test(c.prev.text.trim()));
/**
 * A heading one blank line below a story's photo caption, table rows tight under it and no prose of a story after the rows
 * (…（某某 摄） / 某港潮汐预报 / 日期　高潮　低潮 / 8月28日… / （某站提供）): the table's own title, a box of its own, though no
 * wide gap sets it apart. Right under the story's prose instead, the table is the story's own (…成交均价… / 4月成交排行 /
 * 排名　楼盘…): the corpus keys it inside the story; a table inside a story with prose after it is storyTableTitle's.
 */
const tableBoxTitle = (p: Piece, c: Context) =>
  p.kind === null && p.headingLike && p.lines.length === 1 && p.blankBefore && !p.wideGapBefore && !p.tableInText &&
  closedByPicture(c) && c.next?.kind === 'table-row' && c.next.start === p.end + 1;

/**
 * A box's own title by its closed class of box nouns (名词解释, 出行贴士, 消费警示, 温馨提示, 渔事提醒, 办事须知): a short line
 * ending in one of them names a service box the paper sets after a story, never a section of the story (a section heading
 * names the story's matter). Closed list because these nouns say "box", whatever the box's matter; 链接 and 记者手记 stay out:
 * the corpus keys them inside the story they follow.
 */
const BOX_NOUN_TITLE = /^[■【]?[\p{Script=Han}]{0,6}(?:名词解释|贴士|提示|提醒|警示|须知)[】]?$/u;
/** A box noun's title holds at most this many characters (a qualifier of a few characters and the noun: 出行贴士, 汛期安全提醒). */
const BOX_NOUN_TITLE_MAX_CHARS = 10;
/**
 * A box noun's title set after a story's finished last sentence (or its photo caption), one blank line above, the box's
 * text tight under it (…走圆满了。 / 名词解释 / 某某：…): a box of its own, this its headline, though no wide gap sets it apart.
 */
const boxNounTitle = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.length <= BOX_NOUN_TITLE_MAX_CHARS && BOX_NOUN_TITLE.test(p.text.trim()) &&
  p.blankBefore && closedAbove(c) &&
  !!c.next && c.next.start === p.end + 1;

/** A box of numbered items is titled in at most this many characters (国防知识, 隐患曝光台, 防汛小常识). */
const NUMBERED_BOX_TITLE_MAX_CHARS = 10;
/**
 * A short title after a story's finished text (one blank line above), with numbered items opening tight under it
 * (…代代相传。 / 国防知识 / 1.… / 2.… / 3.…): the box's title, whatever its words. A section of a story opens with a
 * paragraph; a box of tips or exposures with its first item.
 */
const numberedBoxTitle = (p: Piece, c: Context) => {
  if (!(p.kind === null && p.headingLike && p.lines.length === 1 && p.length <= NUMBERED_BOX_TITLE_MAX_CHARS && !/[，。；：:！？]/u.test(p.text) && p.blankBefore && !p.blankAfter && closedAbove(c))) return false;
  const first = c.next;
  return !!first && first.kind === 'numbered' && !first.headingLike && first.start === p.end + 1 && /^[1１][.．、]/u.test(first.text.trim());
};

/** A book's entry: its title in 《》, its author and the author's role (著, 编著, 主编, 译), on a line of its own. */
const BOOK_ENTRY = /^《[^《》]{1,24}》\s*(?:[\p{Script=Han}·]{2,8}\s*)?(?:著|编著|主编|编|译|等著)$/u;
const bookEntry = (p: Piece) => p.kind === null && p.lines.length === 1 && BOOK_ENTRY.test(p.text.trim());

/** Heading lines after the page's last text, in a block of their own (a wide gap above): a banner or slogan closing the page. */
const closingBanner = (p: Piece, c: Context) => c.atEnd && p.headingLike && p.kind === null && (!!p.wideGapBefore || (!!c.prev?.wideGapBefore && c.prev.headingLike));

/** A contact line printed right under a column's title, no blank line between (鹊桥有约 / 柳市镇妇联…平台　热线：0577-61889520). */
const columnServiceLine = (p: Piece, c: Context) =>
  (p.kind === null || p.kind === 'table-row') && p.lines.length === 1 && SERVICE_FOOT.test(p.text) && !/[。！？，]/u.test(p.text) && !p.boxRow &&
  !!c.prev && c.prev.kind === null && c.prev.headingLike && (c.prev.bold || c.prev.columnish) && c.prev.end + 1 === p.start;

/**
 * An item's key alone on a line, its text on the next line with no blank between: a bare year or day (1904年, 10月1日)
 * or an item number of a run (01 / 02 / 03; classify leaves a lone bare number to the page's furniture).
 */
const dateKey = (p: Piece, c: Context) => p.kind === null && p.lines.length === 1 && PATTERNS.itemKey.test(p.text.trim()) && !!c.next && c.next.kind === null && c.next.start === p.end + 1;

/** Two phrases set apart by a space, alone between blank lines, right over a contact line (地址：…, 电话：…): an ad's name and slogan. */
const sloganOverContacts = (p: Piece, c: Context) =>
  p.kind === null && p.headingLike && /\S[\s\u3000]+\S/u.test(p.text.trim()) && p.blankBefore && p.blankAfter && !p.bold && !!c.following && (c.following.kind === 'submission' || contactLine(c.following));

/**
 * A phone line: a label ending in a phone word (电话, 热线, 专线, 手机, 传真: a closed class), a colon, and a number, no sentence in
 * it (a 联系人 line may close an ad as its text); or a web or mail address under its label (网址：www.…).
 */
const CONTACT_LINE = /^\p{Script=Han}{0,6}(?:电话|热线|专线|手机|传真)\s*[:：][^。！？，]*\d{3,}|^\p{Script=Han}{0,4}(?:网址|网站|邮箱)\s*[:：]\s*[\w.@-]+\.[A-Za-z]{2,}\s*$/u;
const contactLine = (p: Piece) => p.kind === null && !p.boxRow && p.lines.length === 1 && CONTACT_LINE.test(p.text.trim());

/** A contact person's line with a number (联系人：吴女士　电话：139…): the notice's contact, standing between its text and its 落款. */
const contactPersonLine = (p: Piece) => p.kind === null && p.lines.length === 1 && /^联系人\s*[:：][^。！？，]*\d{5,}/u.test(p.text.trim());

/** A caption at a block's end holds at least this many characters (特此通知。 is shorter) and at most this many. */
const BLOCK_END_CAPTION_MIN_CHARS = 6;
const BLOCK_END_CAPTION_MAX_CHARS = 20;
const blockEndCaption = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.blankBefore && p.endsFullSentence && !/[，、；：:]/u.test(p.text) && (p.text.match(/[。！？]/gu)?.length ?? 0) === 1 &&
  p.length >= BLOCK_END_CAPTION_MIN_CHARS && p.length <= BLOCK_END_CAPTION_MAX_CHARS && !NOTICE_WORDS.some((w) => p.text.includes(w)) &&
  (c.atEnd || !!c.next?.wideGapBefore) && !!c.prev && c.prev.kind === null && !c.prev.headingLike && c.prev.endsFullSentence && !c.interrupts;

/**
 * One shape weighed for some roles and against others (a title: for the stack, against the section it would otherwise
 * be): the rules sharing its test, written once so the pair cannot drift apart. (Each test stays a function of its own:
 * the shapes it calls are defined further down.)
 */
const shape = (test: Rule['test'], weights: Array<[Role, number, string]>): Rule[] => weights.map(([role, weight, why]) => ({ role, weight, why, test }));

/** Emission rules. A rule adds its weight to its role's score when its test holds. */
export const ROLE_RULES: Rule[] = [
  // stack (引题 / 主标题 / 副题 lines)
  { role: 'stack', weight: 2, why: 'short and without sentence punctuation', test: (p) => p.headingLike },
  { role: 'stack', weight: 1, why: 'a headline-sized line', test: (p) => p.length >= HEADLINE_MIN_CHARS && p.length <= HEADLINE_SIZE_MAX_CHARS },
  { role: 'stack', weight: 1.5, why: 'printed bold (doubled in extraction)', test: (p) => p.bold },
  { role: 'stack', weight: 8, why: 'one line between a bold headline and the lead under it: the subheadline, commas and all (总投资1.8亿元，计划…完工)', test: (p, c) => p.lines.length === 1 && p.length <= SUBHEADLINE_MAX_CHARS && !p.endsFullSentence && !p.bold && p.kind === null && opensStory(c.next) && !!c.prev && c.prev.bold && c.prev.headingLike && c.prev.end + 1 >= p.start - 1 },
  { role: 'stack', weight: 2.5, why: 'a lead or byline follows (past any photo caption): the stack above a story', test: (p, c) => p.headingLike && opensStory(c.opener) },
  ...shape((p, c) => markerBoxTitle(p, c), [
    ['stack', 3, 'a title between two runs of items led by different markers (◎… / 镇村短波 / ●…): a box of briefs of its own'],
    ['section', -2, 'a title between two runs of items led by different markers heads a box of its own, not a section'],
  ]),
  ...shape((p, c) => itemsTitle(p, c), [
    ['stack', 4, 'a column word over items led by a marker (简讯 / ◆9月18日，…): the title of a box of items, even after an essay'],
    ['section', -4, 'a column word over marker-led items heads a box of its own, not a section of the text above'],
  ]),
  ...shape((p, c) => bracketedUnderTitle(p, c), [
    ['stack', 6, 'a line wholly in brackets right under a title line, no blank between ((第9期), (7月21日), (…会议通过)): the title\'s subheadline, no text'],
    ['body', -3, 'a bracketed line right under a title line is its subheadline, not the text\'s first paragraph'],
  ]),
  { role: 'stack', weight: 4, why: 'one title line set apart right over a 本报讯 lead, commas and all (老人被骗“养老投资”，钱追回来了)', test: (p, c) => p.kind === null && p.lines.length === 1 && p.blankBefore && !p.endsFullSentence && p.length <= HEADLINE_SIZE_MAX_CHARS && c.next?.kind === 'lead' },
  { role: 'stack', weight: 7.5, why: 'one short line right over what opens a story (a 本报讯 lead, a byline over prose, a dateline) and apart from the text above (a blank line, or the full stop closing it), ending in no full stop: the story\'s title, commas, ！ and ？ and all (天热了，防溺水要记牢 · 家门口就能看病了！)', test: (p, c) => titleOverLead(p, c) },
  { role: 'stack', weight: 1.5, why: 'another heading line, then a lead: inside a stack', test: (p, c) => p.headingLike && !!c.next?.headingLike && opensStory(c.next2) },
  { role: 'stack', weight: 1, why: 'a short heading, then prose with no lead (a brief, a continued story)', test: (p, c) => !c.leadPage && p.headingLike && !p.verse && !!c.next && !c.next.headingLike && c.next.kind === null && (c.prev === undefined || c.prev.endsFullSentence || isFurniture(c.prev) || c.prev.kind === 'caption' || c.prev.kind === 'credit' || c.prev.boxRow) },
  { role: 'stack', weight: -2, why: 'on a page whose stories open with 本报讯, a heading with no opening under it is not a story\'s', test: (p, c) => c.leadPage && p.headingLike && !p.bold && !c.headsStory && !/^[■▲●◆]/u.test(p.text) && !NOTICE_WORDS.some((w) => p.text.includes(w)) },
  { role: 'stack', weight: -1, why: 'longer than a headline', test: (p) => p.length > HEADLINE_SIZE_MAX_CHARS },
  { role: 'stack', weight: -2, why: 'right under a stack\'s byline: the story\'s text', test: (_, c) => c.afterLeadingByline },
  { role: 'stack', weight: 2, why: 'a title led by a marker (■ ▲): a brief\'s headline', test: (p) => p.headingLike && PATTERNS.leadingMarks.test(p.text) },
  ...shape((p, c) => markedRunIn(p, c), [
    ['stack', 3, 'a marked title run in with its text on one line (■ 标题 正文…): a short item\'s headline, however alike its neighbours'],
    ['section', -3, 'a marked title run in with its text on one line (■ 标题 正文…): an item of a run, not a section'],
  ]),
  ...shape((p, c) => quoteTitle(p, c), [
    ['stack', 5, 'a quotation alone on its line, set apart under a label or a wide gap, over prose (书记说 / “村里的事，就是自家的事。” / …): a quote set as the title'],
    ['body', -3, 'a quotation set apart as a title is no paragraph'],
  ]),
  ...shape((p, c) => questionTitle(p, c), [
    ['stack', 7, 'a one-line question set apart as a block of its own (a wide gap above, a blank line below) over text (本期话题：老旧小区加装电梯难在哪？): a title, not a paragraph'],
    ['body', -3, 'a question set apart as a block\'s title is no paragraph'],
  ]),
  ...shape((p, c) => questionUnderTag(p, c), [
    ['stack', 7, 'a one-line question right under a column\'s tag (a column word, or a short word set bold), prose under it (某某讲堂 / 某某为什么…？): the piece\'s title'],
    ['body', -3, 'a question right under a column\'s tag is the piece\'s title, no paragraph'],
  ]),
  { role: 'stack', weight: 3, why: 'a bold question or exclamation of headline size (…你关心吗？)', test: (p) => p.bold && p.length <= HEADLINE_SIZE_MAX_CHARS && p.lines.length <= HEADLINE_MAX_LINES && /[？！?!]$|^[^，。]*，[^，。]*$/u.test(p.text.trim()) },
  { role: 'stack', weight: 2, why: 'a dashed subheadline follows', test: (p, c) => p.length <= OVER_DASHED_MAX_CHARS && !p.blankAfter && !!c.next && isDashedLine(c.next.text) && c.next.headingLike },
  { role: 'stack', weight: 6, why: 'a question of one line right over a dashed subheadline (…为何已有326公里？ / ——某某所调解一起纠纷): a headline put as a question, its mark no sentence\'s', test: (p, c) => questionOverTitle(p, c) },
  { role: 'body', weight: -6, why: 'a question of one line right over a dashed subheadline: the headline, not a paragraph', test: (p, c) => questionOverTitle(p, c) },
  { role: 'stack', weight: -3, why: 'holds sentence punctuation', test: (p) => !p.headingLike },
  { role: 'stack', weight: 5, why: 'a heading line set apart right over text that opens with a （上接1版） marker: the continued story\'s headline, printed again', test: (p, c) => p.kind === null && p.headingLike && p.blankAfter && !!c.next && PATTERNS.continuedFrom.test(c.next.text.trim()) },
  ...shape((p, c) => followUpLabel(p, c), [
    ['section', 5, 'a follow-up or note label alone (■记者追踪, 编后, 相关链接), under a story\'s text: a part of that story, no story of its own'],
    ['stack', -4, 'a follow-up or note label under a story\'s text is no headline'],
  ]),
  { role: 'stack', weight: -3, why: 'set tight between lines of prose, no blank line above or below, the text above finished and the line running into the sentence below (…享年86岁。 / 兹定于…殡仪馆 / 举行告别仪式。): a paragraph\'s first line set short, no title', test: (p, c) => tightInProse(p, c) },
  { role: 'stack', weight: -4, why: 'a case number, the year in brackets first ((2021)浙0802民初1163号): a court notice\'s reference line, its text, no headline', test: (p) => caseNumber(p) },
  ...shape((p) => enumeration(p), [
    ['stack', -3, 'an enumeration of four items or more (书法、国画、太极拳、越剧、…): a sentence\'s list, a headline names three things at most'],
    ['body', 3, 'an enumeration of four items or more is a line of prose'],
  ]),
  { role: 'stack', weight: -4, why: 'wrapped over several lines: prose', test: (p) => p.lines.length >= PROSE_MIN_LINES },
  // Nothing runs on into a lead: 本报讯 opens a story of its own.
  { role: 'stack', weight: -2, why: 'fills its column and runs on: a line of prose', test: (p, c) => p.runsOn && !opensStory(c.next) },
  { role: 'stack', weight: -4, why: 'interrupts an unfinished paragraph', test: (_, c) => c.interrupts },
  ...shape((_, c) => c.cutByBreak, [
    ['stack', -6, 'a paragraph\'s words cut by a page break'],
    ['column', -6, 'a paragraph\'s words cut by a page break'],
    ['body', 4, 'a paragraph\'s words cut by a page break'],
  ]),
  { role: 'stack', weight: -4, why: 'a poem line', test: (p) => p.verse },
  { role: 'stack', weight: -1.5, why: 'a column label by its words', test: (p) => p.columnish },
  { role: 'stack', weight: -2, why: 'numbered like a section heading', test: (p) => PATTERNS.numberedHeading.test(p.text) },
  ...shape((_p, c) => c.inNumbering, [
    ['stack', -6, 'a numbered heading in a run of numbering (1.… then 2.…, prose between): an item of one list, no story of its own'],
    ['section', 2, 'a numbered heading in a run of numbering: the heading of one of the list\'s items'],
  ]),
  { role: 'stack', weight: -4, why: 'under a list item: the item\'s text', test: (_, c) => c.prev?.kind === 'list-item' },
  { role: 'stack', weight: -3, why: 'a list follows: its title', test: (_, c) => c.next?.kind === 'list-item' },
  { role: 'stack', weight: -2, why: 'at the page end with no story under it: a slogan', test: (p, c) => c.atEnd && p.headingLike },

  { role: 'stack', weight: -4, why: 'ends in a colon over text that is no heading: a label introducing what follows (候选项目：), no headline (柳市镇： over a heading line is a headline\'s first half)', test: (p, c) => p.lines.length === 1 && /[：:]$/u.test(p.text.trim()) && !(c.next?.kind === null && c.next.headingLike) },
  { role: 'stack', weight: -4, why: 'holds a blank to fill in (姓名：＿＿＿＿): a form\'s line, no headline', test: (p) => FILL_IN.test(p.text) },
  { role: 'body', weight: 3, why: 'holds a blank to fill in (姓名：＿＿＿＿): a form\'s line', test: (p) => p.kind === null && FILL_IN.test(p.text) },
  ...shape((p, c) => listedItem(p, c), [
    ['section', -3, 'a one-line numbered item set line after line with another, no blank between (1. 一口咬掉牛尾巴（打一字） / 2. …): a list\'s items, no section headings'],
    ['body', 3, 'a one-line numbered item set line after line with another: the list\'s text'],
  ]),
  ...shape((p) => labelledValues(p), [
    ['stack', -4, 'a label and its values set apart by wide gaps (上期谜底：1.田　2.一五一十): a labelled line of text, no headline'],
    ['body', 2, 'a label and its values set apart by wide gaps is a line of text'],
  ]),
  { role: 'stack', weight: -3, why: 'a numbered item next to another (1.… / 2.…): a list\'s item, no headline', test: (p, c) => p.kind === 'numbered' && PATTERNS.numberedItem.test(p.text) && (c.next?.kind === 'numbered' || c.prev?.kind === 'numbered') },
  ...shape((p, c) => figureTitle(p, c), [
    ['stack', 4, 'a bare figure with its unit set apart over prose (156家, 3.2万人次, 98.6%): a 数字新闻 item\'s title'],
    ['body', -3, 'a bare figure set apart over prose is a title, not text'],
    ['section', -3, 'a bare figure set apart over prose titles an item of its own (156家 / 3.2万人次 / 98.6%), not a section of the story above'],
  ]),
  ...shape((p) => noticeTitle(p), [
    ['stack', 2, 'a notice\'s title by its last word (停电公告, 遗失声明)'],
    ['section', -3, 'a notice\'s title heads a notice of its own, not a section'],
  ]),
  { role: 'stack', weight: 1.5, why: 'right after a 落款 that closed the notice above: the next text\'s title', test: (p, c) => p.headingLike && c.prev?.kind === 'date-line' && !signerLine(p, c) },
  ...shape((p, c) => signerLine(p, c), [
    ['body', 6, 'the signer over a 落款 date: the notice\'s closing lines'],
    ['stack', -6, 'the signer over a 落款 date is no headline'],
    ['section', -4, 'the signer over a 落款 date is no section'],
  ]),

  // A box of label：value rows (村情速览, 出行贴士, 项目推介, 数据框): its rows are its text, one a line.
  ...shape((p) => p.boxRow, [
    ['body', 4, 'a row of a label：value box among others (所属镇街：柳市镇 / 户籍人口：2360人): the box\'s text'],
    ['stack', -4, 'a row of a label：value box is no headline'],
    ['section', -4, 'a row of a label：value box is no section heading'],
    ['column', -4, 'a row of a label：value box is no column label'],
  ]),
  { role: 'stack', weight: 4, why: 'a heading set apart by a wide gap (or under a label that is) right over the rows of a label：value box: a box of its own, and this its title (出行贴士 / 最佳观赏期：…; 企业名片 / 浙江恒通… / 地址：…)', test: (p, c) => boxTitle(p, c) && (!!p.wideGapBefore || (!!c.prev && c.prev.kind === null && c.prev.headingLike && !!c.prev.wideGapBefore)) },
  { role: 'column', weight: -2, why: 'a heading right over a box\'s rows is the box\'s title, not a column over a story', test: (p, c) => boxTitle(p, c) },
  ...shape((p, c) => boxNounTitle(p, c), [
    ['stack', 5, 'a box noun\'s title (名词解释, 出行贴士, 消费警示) after a story\'s finished text, one blank line above and its text tight under it: a box of its own, this its title'],
    ['section', -3, 'a box noun\'s title after a story\'s finished text heads a box, no section of the story'],
  ]),
  ...shape((p, c) => numberedBoxTitle(p, c), [
    ['stack', 4, 'a short title after a story\'s finished text, one blank line above, numbered items (1. 2. 3.) tight under it: a box of its own (国防知识 / 1.… 2.…)'],
    ['section', -3, 'a title over a box of numbered items after a finished text heads the box, no section of the story'],
  ]),
  ...shape((p, c) => storyTableTitle(p, c), [
    ['section', 3, 'a heading set tight over table rows inside a story, prose of the story after the rows, no wide gap above (…人头攒动。 / 决赛成绩 / 甲队　78∶74　乙队 / “…”): the table\'s title, part of the story'],
    ['stack', -3, 'a table\'s title inside a story heads no story of its own'],
  ]),
  { role: 'section', weight: -3, why: 'a table\'s row is no heading, however short its cells', test: (p) => p.kind === 'table-row' },
  { role: 'stack', weight: 4, why: 'a heading set apart by a wide gap right over table rows (一周天气 / 日期　天气　气温 / 7月16日…): the table\'s own title, a box of its own', test: (p, c) => tableTitle(p, c) },
  { role: 'stack', weight: 4, why: 'a heading one blank line below a story\'s photo caption, table rows tight under it and no story prose after them: the table\'s own title, a box of its own', test: (p, c) => tableBoxTitle(p, c) },
  { role: 'column', weight: -3, why: 'table rows right under it: a table\'s title, not a column label over a story\'s headline', test: (p, c) => tableTitle(p, c) },
  { role: 'stack', weight: 3, why: 'a heading whose own text closes on a bracketed signature, below a story opened by its lead: a second signed piece (…完工 / … / （通讯员 叶慧）)', test: (p, c) => c.signedBelow && p.length <= SECTION_SHORT_MAX_CHARS * 2 },
  { role: 'section', weight: -2, why: 'a heading over a text signed at its close heads a piece of its own, not a section of the story above', test: (_, c) => c.signedBelow },
  { role: 'section', weight: 4, why: 'the name of one entry of a list, each a name over its label：value rows (见山民宿 / 地址：… / 特色：…): an item of the list the text above announces, not a story', test: (_, c) => c.entryName },
  { role: 'stack', weight: -3, why: 'the name of one entry of a list over its rows: no story\'s title', test: (_, c) => c.entryName },
  { role: 'section', weight: 3, why: 'a heading one blank line under a title, table rows tight under it: the label of the table\'s first part (…发车时刻表 / 某某站发车 / 6:00　6:20…), not a story\'s title', test: (p, c) => tableLabelUnderTitle(p, c) },
  { role: 'stack', weight: 3, why: 'a heading set apart by a blank line right over a box\'s rows, after another box\'s rows or finished text: the next box\'s title (…21:20　乐清新闻 / 乐清经济生活频道 / 18:10　生活广角)', test: (p, c) => boxTitle(p, c) && p.blankBefore && !!c.prev && (c.prev.boxRow || c.prev.kind === 'table-row' || c.prev.endsFullSentence) },

  ...shape((p) => bookEntry(p), [
    ['stack', -6, 'a book\'s entry (《乡土中国》费孝通 著): a line of a 书目 or 荐书 box, no headline'],
    ['body', 5, 'a book\'s entry (《乡土中国》费孝通 著) is the box\'s text'],
  ]),
  // column (栏目 label)
  ...shape((p, c) => runInTitle(p, c), [
    ['stack', 5, 'a short title line run straight into its text, under a column label or a finished text: a short piece without byline (快评 / 公园夜间开放值得点赞 / 衢州公园…)'],
    ['body', -2, 'a title line run into its text is not its first line'],
    ['section', -3, 'a title line run into its text heads a piece of its own'],
  ]),
  ...shape((p, c) => (p.kind === null || p.kind === 'numbered') && p.headingLike && !FOLLOW_UP_LABEL.test(p.text.trim()) && signedOffAbove(c) && bodyLike(c.next) && !c.next!.headingLike && /。/u.test(c.next!.text) && !RUN_IN_LABEL.test(c.next!.text.trim()), [
    ['stack', 5, 'a heading over prose after a text closed by its bracketed byline (…全部获救。（记者 林海）): that story is done, this heads the next'],
    ['section', -5, 'the text above closed with its byline: what follows is no section of it'],
  ]),
  ...shape((p, c) => p.kind === null && p.headingLike && jumpedAway(c), [
    ['stack', 4, 'a heading after a text closed by （下转第2版）: that story goes on overleaf, so this heads the next one'],
    ['section', -4, 'the story above jumped to another page (下转): what follows is no section of it'],
  ]),
  ...shape((p, c) => !!c.next && labelRightOver(p, c.next) && runInTitle(c.next, { ...c, prev: p, next: c.next2 }), [
    ['column', 4, 'a one-word label right over a title run into its text (以案为鉴 / 违规动火引发火灾… / 今年4月，…): the column the piece stands under'],
    ['stack', -2, 'a one-word label right over a title run into its text is its column, not its headline'],
  ]),
  ...shape((p, c) => labelShaped(p) && !!c.following && c.following.start === p.end + 1 && serviceLine(c.following), [
    ['column', 3, 'a one-word label with its service line right under it (民生热线 / 热线电话：0574-…): a column\'s name, over the items that follow'],
    ['stack', -2, 'a label over its service line names a column, not one story'],
  ]),
  ...shape((p, c) => markedQuestion(p) && p.blankBefore && c.next?.kind === 'turn' && c.next.start === p.end + 1, [
    ['stack', 5, 'a question marked as an item\'s title (▶…？) right over the exchange it asks about (来电：… / 回复：…): the item\'s title'],
    ['body', -3, 'a marked question over an exchange is its title, not a paragraph'],
  ]),
  ...shape((p, c) => shortQuestion(p) && p.blankBefore && p.blankAfter && !!c.prev && labelShaped(c.prev) && !!c.next && (c.next.kind === 'numbered' || (bodyLike(c.next) && !c.next.headingLike)), [
    ['stack', 5, 'a short question set apart under a column label, text under it (政策解读 / 老年人助餐服务补助怎么领？ / 1.…): the piece\'s title'],
    ['body', -3, 'a question set apart under a column label is a title, not a paragraph'],
  ]),
  { role: 'stack', weight: 3, why: 'a short line set apart by blank lines, two clauses and no sentence end: a headline (慢下来，看看身边的风景)', test: (p, c) => twoClauseTitle(p, c) },
  { role: 'stack', weight: 3, why: 'such a two-clause line over numbered items (渔船雇工，这些法律常识要知道 / 1.…), or under a one-word label set apart (志愿者心声 / 退休后，我穿上了“红马甲”): a piece\'s title', test: (p, c) => twoClauseTitle(p, c) && (c.next?.kind === 'numbered' || (!!c.prev && c.prev.kind === null && c.prev.headingLike && !!c.prev.wideGapBefore && c.prev.length <= LABEL_MAX_CHARS && !/\s/u.test(c.prev.text.trim()))) },
  { role: 'stack', weight: 4, why: 'a heading under a column\'s byline line (一家之言 / ■郑晓明 / headline)', test: (p, c) => c.underColumnByline && p.length <= HEADLINE_SIZE_MAX_CHARS && !p.endsFullSentence && p.lines.length <= HEADLINE_MAX_LINES },
  { role: 'stack', weight: 7, why: 'a short question set apart over a salutation or a byline-closed text: a letter\'s headline (…何时能治？)', test: (p, c) => p.kind === null && p.lines.length === 1 && p.blankBefore && p.blankAfter && p.length <= TWO_CLAUSE_TITLE_MAX_CHARS && /^[^。！？]+[？?]$/u.test(p.text.trim()) && !!c.next && salutation(c.next, { ...c, next: c.next2 }) },
  ...shape((p, c) => salutation(p, c), [
    ['body', 5, 'a salutation over a letter\'s text (编辑同志：)'],
    ['stack', -5, 'a salutation is no headline'],
    ['section', -4, 'a salutation is no section'],
  ]),
  { role: 'column', weight: 4, why: 'a short bracketed label over a title and its text (【招聘】 / 普工招聘 / …, 〖兵役知识〗 / 什么是预征预储？ / …): a section of the page, a column', test: (p, c) => BRACKET_LABEL.test(p.text.trim()) && !!c.next && (c.next.headingLike || shortQuestion(c.next)) && c.next.kind === null && bodyLike(c.next2) && !c.next2!.headingLike },
  { role: 'stack', weight: 7, why: 'a short question alone on its line right over a byline (孩子挑食怎么办？ / □ 某某小学　某某): a title put as a question, over its author', test: (p, c) => questionOverByline(p, c) },
  { role: 'column', weight: 4, why: 'a column label right over a question title and its byline (家长课堂 / 孩子挑食怎么办？ / □ …): the column the piece stands in', test: (p, c) => p.kind === null && p.headingLike && p.columnish && !!c.next && c.next.start === p.end + 1 && questionOverByline(c.next, { ...c, next: c.next2 }) },
  { role: 'stack', weight: 7, why: 'a short question alone on its line under a bracketed label, prose under it (〖兵役知识〗 / 什么是预征预储？ / …): the box\'s title', test: (p, c) => shortQuestion(p) && !!c.prev && BRACKET_LABEL.test(c.prev.text.trim()) && bodyLike(c.next) && !c.next!.headingLike },
  { role: 'stack', weight: 3, why: 'a short title set apart right over an author\'s line (五月的柳川 / □ 陈海鸥): the title of the piece that author signed, not a column label', test: (p, c) => p.kind === null && p.headingLike && p.blankBefore && p.length <= HEADLINE_SIZE_MAX_CHARS && c.next?.kind === 'byline' && !!c.prev && (c.prev.endsFullSentence || c.prev.kind !== null) },
  { role: 'column', weight: 8, why: 'the name half of a column tag line (一家之言 ■郑晓明)', test: (p) => !!p.columnTag },
  { role: 'furniture', weight: 5, why: 'a page pointer of a 导读 box (2版 ▶ 南阳河边的护河老兵, ▲…　　3版): furniture, not a heading', test: (p) => p.kind === null && p.lines.length === 1 && isPointerLine(p.text.trim()) },
  { role: 'stack', weight: -5, why: 'a page pointer of a 导读 box (●…………2版) points to a story on another page: no headline of this one', test: (p) => p.kind === null && p.lines.length === 1 && isPointerLine(p.text.trim()) },
  ...shape((p, c) => nextField(p, c), [
    ['body', 4, 'a label：value line right under another labelled line, no blank between (办理情况：… / 代表评价：满意): the next field of one form'],
    ['column', -3, 'a label：value line right under another labelled line: a field, not a label over a story'],
    ['stack', -3, 'a label：value line right under another labelled line: a field, not a title'],
  ]),
  { role: 'stack', weight: 6, why: 'a heading set apart by a wide gap right over numbered items (【警方提醒】 / 1.…): the title of a list of its own, not a section of the story above', test: (p, c) => !!p.wideGapBefore && p.headingLike && !p.bold && !!c.next && c.next.kind === 'numbered' && PATTERNS.numberedItem.test(c.next.text.trim()) && c.next.start === p.end + 1 },
  { role: 'column', weight: 4, why: 'a bold label set apart over the first of several titles of one shape (身边的骗局 / 骗局一：… 骗局二：…): the heading of a box of titled items, a column', test: (p, c) => p.bold && p.kind === null && p.headingLike && !!p.wideGapBefore && p.blankAfter && p.length <= LABEL_MAX_CHARS && !/\s/u.test(p.text.trim()) && !!c.next && c.next.kind === null && c.next.headingLike && !c.next.bold && (c.next.siblings >= 1 || NUMBERED_LABEL_TITLE.test(c.next.text.trim())) },
  { role: 'stack', weight: -3, why: 'a label：value row with another under it (项目名称：… / 成交供应商：…): the first row of the text, not a subheadline', test: (p, c) => p.kind === null && PATTERNS.labelLed.test(p.text.trim()) && !/[。！？]/u.test(p.text) && !!c.next && c.next.kind === null && (!!labelRowText(c.next.text) || (PATTERNS.labelLed.test(c.next.text.trim()) && labelRowText(p.text))) && !!c.prev?.headingLike },
  { role: 'column', weight: 4, why: 'a short label right over an editor\'s note (百姓议事厅 / 【编者按】…): the column the note opens, not a headline', test: (p, c) => p.kind === null && p.headingLike && p.length <= LABEL_MAX_CHARS && c.next?.kind === 'note' && EDITOR_NOTE_LABEL.test(c.next.text.trim()) },
  { role: 'stack', weight: -6, why: 'the name half of a column tag line is no headline', test: (p) => !!p.columnTag },
  { role: 'column', weight: 3, why: 'words of a column label', test: (p) => p.columnish },
  { role: 'column', weight: 4, why: 'a marked label of a word or two, set apart over a title and its text (■数字新闻 / 156家 / …): the column it opens, not a brief\'s title', test: (p, c) => markedLabel(p, c) },
  { role: 'column', weight: 1, why: 'a short label without spaces', test: (p) => p.headingLike && p.length <= LABEL_MAX_CHARS && !/\s/u.test(p.text) },
  { role: 'column', weight: 1, why: 'a heading line follows', test: (p, c) => !!c.next?.headingLike && !c.next.verse },
  { role: 'column', weight: 1, why: 'set vertically: a column\'s banner', test: (p, c) => p.vertical && !c.atStart },
  { role: 'furniture', weight: 8, why: 'set vertically at the page\'s top: the page\'s banner', test: (p, c) => p.vertical && c.atStart },
  { role: 'furniture', weight: 8, why: 'a line framed by the same ornament at both ends, phrases between (★　恭贺新禧　★　…　★): a banner, decoration', test: (p) => framedBanner(p) },
  { role: 'stack', weight: -6, why: 'a line framed by ornaments is a banner, no headline', test: (p) => framedBanner(p) },
  { role: 'furniture', weight: 8, why: 'set vertically in two halves of one length (虎跃新春福满门 龙腾盛世喜临家): a couplet (对联) hung beside the text, decoration', test: (p) => p.vertical && /\S\s\S/u.test(p.text.trim()) },
  { role: 'column', weight: 3.5, why: 'one short word set apart above a stack (a bold one above a plain title and its text: 一图读懂 / 柳市镇…报告 / …)', test: (p, c) => p.headingLike && p.length <= LABEL_MAX_CHARS && !/\s/u.test(p.text.trim()) && p.blankAfter && !verseTail(p, c) && !!c.next && c.next.kind !== 'byline' && !numberedLine(c.next) && (c.next.headingLike || c.next.bold) && !!c.next2 && (c.next2.headingLike || opensStory(c.next2) || isDashedLine(c.next2.text) || (p.bold && !c.next.bold && c.next.kind === null && !/[:：]/u.test(c.next.text) && c.next2.kind === null && !c.next2.headingLike)) },
  { role: 'column', weight: 2, why: 'a bold label over lines in another weight', test: (p, c) => p.bold && p.headingLike && p.length <= LABEL_MAX_CHARS && !/\s/u.test(p.text.trim()) && !!c.next && c.next.headingLike && !c.next.bold },
  { role: 'column', weight: -3, why: 'holds sentence punctuation', test: (p) => !p.headingLike },
  { role: 'column', weight: -3, why: 'a dashed subheadline follows that closes the stack (——读《…》 / □ 作者): a subheadline stands under its headline, never under a column label', test: (_, c) => !!c.next && isDashedLine(c.next.text) && c.next.headingLike && !(c.next2?.kind === null && c.next2.headingLike) },
  { role: 'column', weight: -3, why: 'too long for a label (its brackets aside)', test: (p) => nonSpaceLength(p.text.replace(/^\s*[【［\[]|[】］\]]\s*$/gu, '')) > COLUMN_MAX_CHARS && !p.vertical },
  { role: 'column', weight: -2, why: 'a lead follows directly: this is the headline', test: (_, c) => c.next?.kind === 'lead' },
  { role: 'column', weight: -2, why: 'finished prose follows directly, set apart by a blank line and a wide gap above (…退休电工，… / 志愿者名片 over one paragraph): a label over text with no title between is that text\'s title', test: (p, c) => !!p.wideGapBefore && p.blankAfter && !!c.next && c.next.kind === null && !c.next.headingLike && c.next.endsFullSentence && !c.next.runsOn && !shortQuestion(c.next) },

  // section (小标题 inside an article)
  { role: 'section', weight: 1.5, why: 'short and without sentence punctuation', test: (p) => p.headingLike },
  { role: 'section', weight: 3, why: 'numbered or bracketed like a section (一、 （一） 【】)', test: (p) => PATTERNS.numberedHeading.test(p.text) && p.headingLike },
  { role: 'section', weight: 1, why: 'short', test: (p) => p.length <= SECTION_SHORT_MAX_CHARS },
  ...shape((p, c) => boxLabelAlone(p, c), [
    ['stack', 6, 'a box\'s label alone on its line after a story, set apart by a blank line, prose under it (【记者手记】, 【链接】): the title of a box of its own, not a note of the story above'],
    ['body', -3, 'a box\'s label alone on its line over prose heads the box'],
  ]),
  ...shape((p, c) => tableGroupLabel(p, c), [
    ['section', 3, 'a label set tight over a table\'s rows, after rows or a line closing on a colon (一等奖（1名） / 《晒秋》　吴美华（莲都）): a group of the table'],
    ['stack', -3, 'a label set tight inside a table (between its rows, or under the line that announces it) is no story\'s title'],
  ]),
  ...shape((p) => MONTH_HEADING.test(p.text.replace(/[\s\u3000]+/gu, '')), [
    ['section', 4, 'a month alone (一　月, 十二月, 3月): a 大事记 or 一周要闻 is read by its months, the heading of a part, never a story\'s title'],
    ['stack', -3, 'a month alone is a part of a record, not a story\'s title'],
  ]),
  { role: 'stack', weight: -3, why: 'a day and a gap before the text (7月15日　某某镇…): a chronicle\'s dated entry, not a title', test: (p) => DATED_ENTRY.test(p.text.trim()) },
  { role: 'section', weight: 1.5, why: 'between paragraphs of one story (past any photo caption)', test: (p, c) => bodyLike(c.prevProse) && !c.prevProse!.headingLike && bodyLike(c.next) && !c.next!.headingLike && !opensStory(c.next) },
  { role: 'section', weight: 2, why: 'between turns of an interview', test: (p, c) => p.headingLike && c.prev?.kind === 'turn' && c.next?.kind === 'turn' },
  { role: 'section', weight: -1.5, why: 'a lead follows: a headline, not a section', test: (_, c) => opensStory(c.opener) },
  { role: 'section', weight: 2.5, why: 'shaped like other headings of the page: one story\'s sections', test: (p) => p.siblings >= 1 },
  { role: 'section', weight: 2, why: 'deep in a story that opened with a lead or byline, with no opening of its own under it', test: (p, c) => p.headingLike && p.length <= SECTION_SHORT_MAX_CHARS && c.storyChars >= STORY_CHARS_FOR_SECTIONS && !c.atEnd && !opensStory(c.opener) && !/^[■▲●◆◎]/u.test(p.text) && !c.next?.headingLike && c.pageKind !== 'literary-page' && !NOTICE_WORDS.some((w) => p.text.includes(w)) },
  { role: 'section', weight: -3, why: 'right under a block\'s title (a short line set apart by a wide gap) with no text between (家常菜谱 / 萝卜丝饼 / 【食材】…): a section heads text inside a story, never the line under its title', test: (p, c) => p.headingLike && !!c.prev && c.prev.kind === null && c.prev.headingLike && !!c.prev.wideGapBefore && c.prev.length <= LABEL_MAX_CHARS && c.prev.end < p.start },
  { role: 'stack', weight: -1.5, why: 'shaped like other headings of the page: a section', test: (p) => p.siblings >= 1 },
  { role: 'section', weight: 2, why: 'a list follows: its title', test: (p, c) => p.headingLike && c.next?.kind === 'list-item' && c.prev?.kind !== 'list-item' },
  { role: 'section', weight: -3, why: 'holds sentence punctuation', test: (p) => !p.headingLike },
  { role: 'section', weight: -3, why: 'interrupts an unfinished paragraph', test: (_, c) => c.interrupts },
  { role: 'section', weight: -3, why: 'a slogan inside an unfinished paragraph: a section heading does not cut a sentence', test: (p, c) => c.interrupts && p.headingLike && sloganLike(p, c) },
  { role: 'section', weight: -6, why: 'a paragraph\'s words cut by a page break', test: (_, c) => c.cutByBreak },
  { role: 'section', weight: -3, why: 'a poem line', test: (p) => p.verse },
  { role: 'section', weight: -1, why: 'at the page end', test: (_, c) => c.atEnd },
  ...shape((p, c) => closingBanner(p, c), [
    ['section', -3, 'at the page end after a wide gap, with no text under it: a slogan or banner closing the page, no section'],
    ['furniture', 3, 'at the page end after a wide gap, with no text under it: a slogan or banner closing the page (4·23世界读书日 / 全民阅读 书香柯城)'],
  ]),
  { role: 'section', weight: -3, why: 'set apart by a wide gap (two blank lines): a page sets its blocks — the next story, a box, a column — wider apart than a story\'s 小标题', test: (p) => !!p.wideGapBefore && p.headingLike },

  // body
  // Not a phrase set apart by spaces inside an unfinished paragraph: that is a slogan whose last
  // word merely looks like one with the paragraph's next (建功电器城 / 中站稳脚跟 → 城中).
  { role: 'body', weight: 5, why: 'stops inside a word the next piece finishes: a paragraph cut by a break', test: (p, c) => p.breaksWord && !(c.interrupts && /\S[\s\u3000]+\S/u.test(p.text.trim())) },
  { role: 'body', weight: 1.5, why: 'right under a stack\'s byline: the story begins', test: (_, c) => c.afterLeadingByline },
  ...shape((p, c) => firstLineOfParagraph(p, c), [
    ['body', 3.5, 'a plain line run straight into the prose under it: a paragraph\'s first line'],
    ['section', -3.5, 'run straight into the prose under it, with no break: not a heading'],
    ['stack', -2.5, 'run straight into the prose under it, with no break: not a headline'],
  ]),
  ...shape((p, c) => p.kind === null && paragraphIndent(p) && p.headingLike && !PATTERNS.numberedHeading.test(p.text.trim()) && !p.blankAfter && !p.endsSentence && !!c.next && c.next.kind === null && !c.next.headingLike && c.next.start === p.end + 1 && !paragraphIndent(c.next), [
    ['body', 3, 'set in by a paragraph\'s indent and run on into the prose under it: the paragraph\'s first line'],
    ['section', -3, 'a heading is not set in by a paragraph\'s indent over the prose it runs into'],
    ['stack', -3, 'a headline is not set in by a paragraph\'s indent over the prose it runs into'],
  ]),
  ...shape((p, c) => underLabel(p, c), [
    ['body', 2, 'a long plain line under a one-word label: the label\'s text'],
    ['section', -2, 'a long plain line under a one-word label is its text, not another heading'],
  ]),
  ...shape((p, c) => boldProseLine(p, c), [
    ['body', 3, 'a bold line running into bold prose: a line of a bold paragraph (an introduction)'],
    ['stack', -3, 'a bold line running into bold prose: a line of a bold paragraph'],
  ]),
  { role: 'body', weight: 3, why: 'holds sentence punctuation', test: (p) => !p.headingLike },
  { role: 'body', weight: 2, why: 'ends a sentence', test: (p) => p.endsFullSentence },
  { role: 'body', weight: 2, why: 'longer than any headline', test: (p) => p.length > MAX_HEADLINE_CHARS },
  { role: 'body', weight: 1.5, why: 'wrapped over lines', test: (p) => p.lines.length >= WRAPPED_MIN_LINES },
  { role: 'body', weight: 5, why: 'a poem line', test: (p) => p.verse },
  { role: 'body', weight: 2.5, why: 'continues an unfinished paragraph', test: (p, c) => !!c.prev && (c.prev.kind === null || c.prev.kind === 'lead' || c.prev.kind === 'turn') && (!c.prev.headingLike || c.prev.runsOn) && !c.prev.endsSentence && (!p.headingLike || p.runsOn) && c.next?.kind !== 'credit' },
  { role: 'body', weight: 2, why: 'runs on to the next column', test: (p, c) => p.runsOn && !opensStory(c.next) },
  { role: 'body', weight: 2, why: 'runs on into a line of prose', test: (p, c) => p.runsOn && !!c.next && c.next.kind === null && !c.next.headingLike },
  { role: 'body', weight: 3, why: 'the next piece can only continue this one (村，听取…)', test: (p, c) => !p.endsSentence && !!c.next && c.next.kind === null && continuesLine(c.next.text) },
  { role: 'body', weight: -1, why: 'a short line with no punctuation', test: (p) => p.headingLike && p.length <= SHORT_LINE_MAX_CHARS && !p.verse },
  { role: 'body', weight: 9, why: 'under a list item: the item\'s text', test: (_, c) => c.prev?.kind === 'list-item' },

  // caption
  { role: 'caption', weight: 7, why: 'one of the short lines closing the page: captions printed together', test: (p, c) => c.captionTail && (p.endsFullSentence || /\s/u.test(p.text.trim()) || p.length <= TAIL_CAPTION_SHORT_CHARS) },
  { role: 'body', weight: -2, why: 'one of the short lines closing the page: captions, not text', test: (_, c) => c.captionTail },
  { role: 'caption', weight: 6.5, why: 'reads like a caption (a person (左) doing something, a scene), standing alone after finished text', test: (p, c) => p.kind === null && captionLike(p.text) && p.blankBefore && p.blankAfter && (!c.prev || c.prev.endsSentence || c.prev.kind === 'caption' || c.prev.kind === 'credit') },
  { role: 'caption', weight: 6.5, why: 'one short sentence alone after the text of a story whose byline credits photos (文/摄), before the next heading: the photo\'s caption', test: (p, c) => photoStoryCaption(p, c) },
  { role: 'caption', weight: 2.5, why: 'reads like a caption (a person (左) doing something, a scene) and a photo credit line follows: a photo set in the text, wherever it cuts it', test: (p, c) => p.kind === null && p.lines.length === 1 && captionLike(p.text) && c.next?.kind === 'credit' && c.next.start === p.end + 1 },
  { role: 'caption', weight: 3, why: 'a photo credit line follows', test: (p, c) => c.next?.kind === 'credit' && p.length <= CAPTION_MAX_CHARS && p.kind === null },
  { role: 'caption', weight: 4, why: 'one sentence alone on its line right over a photo credit, under a text that closed its sentence (…60元。 / 茶农在茶园里采摘春茶。 / 本报记者 某某 摄): the photo\'s caption', test: (p, c) => oneLineOverCredit(p, c) },
  ...shape((p, c) => boldCaption(p, c), [
    ['caption', 5, 'a short finished sentence (or two side by side) printed bold, on a line of its own between blank lines: a caption set in bold, not text'],
    ['body', -2, 'a short bold sentence standing alone is no paragraph'],
  ]),
  ...shape((p, c) => creditedAfterText(p, c), [
    ['caption', 4, 'one short sentence set apart after finished text, its own credit line under it: a picture\'s caption (新生向国旗敬礼。 / 记者 吴丹 摄)'],
    ['body', -2, 'one short sentence set apart after finished text, its own credit line under it, is no paragraph'],
  ]),
  { role: 'caption', weight: 2, why: 'a short sentence inside an unfinished paragraph', test: (p, c) => c.interrupts && p.endsFullSentence && p.length <= CAPTION_MAX_CHARS },
  { role: 'caption', weight: 1, why: 'a short sentence between captions', test: (p, c) => p.length <= BETWEEN_CAPTIONS_MAX_CHARS && (c.prev?.kind === 'caption' || c.next?.kind === 'caption') },
  { role: 'caption', weight: -2, why: 'too long for a caption', test: (p) => p.length > CAPTION_MAX_CHARS },
  { role: 'caption', weight: -1, why: 'by default a piece is not a caption', test: () => true },

  ...shape((p, c) => dashedUnderHeading(p, c) && p.lines.length > 1 && opensStory(c.opener), [
    ['stack', 2, 'a dashed 副题 wrapped onto a second line by the column, a lead under it: still the stack\'s last line, not a paragraph'],
    ['body', -2, 'a wrapped dashed 副题 over a lead is no paragraph'],
  ]),
  ...shape((p, c) => dashedUnderHeading(p, c), [
    ['stack', 5, 'a dashed 副题 on the line right under a heading (headline / ——总投资…，建成后…): the stack\'s last line, commas and all'],
    ['body', -3, 'a dashed 副题 on the line right under a heading: no paragraph, commas and all'],
  ]),
  { role: 'furniture', weight: 8, why: 'a one-line note set right over the folio (温馨提示：… / — 6 —) after a story closed by its bracketed byline: the page\'s foot, no paragraph', test: (p, c) => footNote(p, c) },
  ...shape((p, c) => p.kind === null && DIGEST_LABEL.test(p.text.replace(PATTERNS.leadingMarks, '').replace(/[\s\u3000]+/gu, '')) && [c.next, c.following].some((e) => !!e && (digestEntry(e) || isPointerLine(e.text.trim()))), [
    ['furniture', 6, 'the 导读 box\'s label over its entries (本期导读 / ▲…　　2版): furniture, no headline'],
    ['stack', -4, 'a 导读 box\'s label heads no story'],
  ]),
  ...shape((p) => digestEntry(p), [
    ['furniture', 6, 'a contents entry: a title, a wide gap and the page it is on (▲柳市镇召开重点项目推进会　　2版, …（第3版）): the front page\'s 导读, no story'],
    ['stack', -4, 'a contents entry points to a story on another page: no headline here'],
    ['body', -3, 'a contents entry is no text of a story'],
  ]),
  // furniture (slogans and banners: no story of their own)
  { role: 'furniture', weight: 3, why: 'a slogan inside an unfinished paragraph (phrases set apart by spaces, or a weight its neighbours do not have)', test: (p, c) => c.interrupts && p.headingLike && sloganLike(p, c) },
  { role: 'body', weight: 3, why: 'a line inside an unfinished paragraph that reads as part of it, not as a slogan', test: (p, c) => c.interrupts && p.headingLike && !sloganLike(p, c) && !p.endsFullSentence },
  { role: 'furniture', weight: 2.5, why: 'at the page end with no story under it', test: (p, c) => c.atEnd && p.headingLike },
  { role: 'furniture', weight: 1, why: 'two phrases set apart by blank lines, not bold: a slogan', test: (p, c) => /\s/u.test(p.text.trim()) && p.headingLike && p.blankBefore && p.blankAfter && !p.bold && !opensStory(c.next) },
  ...shape((p, c) => sloganOverContacts(p, c), [
    ['furniture', 4, 'two phrases set apart over a block of contact lines (恒利电气　品质成就未来 / 地址：… / 电话：…): a firm\'s name and slogan in an ad box, no story\'s title'],
    ['stack', -3, 'a firm\'s name and slogan over its contact lines is no headline'],
  ]),
  ...shape((_p, c) => c.inFootRun, [
    ['furniture', 8, 'the page\'s service line at its foot, set apart after the last story (刊登热线：…, 报警电话：110…, …中心　电话：…　网址：…): the desk\'s contact, no story\'s text'],
    ['body', -3, 'one of the contact and imprint lines closing the page (社址：…　邮编：… / 定价：…　印刷：…): no story\'s text'],
  ]),
  ...shape((p, c) => columnServiceLine(p, c), [
    ['furniture', 8, 'a contact line right under a column\'s title (鹊桥有约 / …平台　热线：0577-…): the column\'s service line, no item\'s text'],
    ['stack', -4, 'a contact line under a column\'s title is no headline'],
  ]),
  ...shape((p, c) => !!c.next && columnServiceLine(c.next, { ...c, prev: p }), [
    ['column', 3, 'a title right over a contact line (鹊桥有约 / …平台　热线：0577-…): the column\'s name over its service line, not one item\'s headline'],
    ['stack', -2, 'a title right over a contact line is the column\'s name, not one item\'s headline'],
  ]),
  ...shape((p, c) => dateKey(p, c), [
    ['stack', -5, 'a bare year or day alone on a line right over its text (1969年 / 美国宇航员…): an item\'s key in a dated list, no headline'],
    ['body', 4, 'a bare year or day alone on a line right over its text is the item\'s opening'],
    ['section', -4, 'a bare year or day alone on a line right over its text is an item\'s key, no section heading'],
  ]),
  ...shape((p, c) => !!c.prev && dateKey(c.prev, { ...c, next: p }), [
    ['stack', -4, 'right under a bare year or day key (1969年 / 美国宇航员…乘 阿波罗): the item\'s text, no headline'],
    ['body', 3, 'right under a bare year or day key: the item\'s text'],
  ]),
  { role: 'stack', weight: -5, why: 'a contact line (联系人：徐建平　139…, 认领电话：0570-…): a notice\'s contact, no headline', test: (p) => contactLine(p) },
  { role: 'stack', weight: -5, why: 'a contact person\'s line with a number (联系人：吴女士　电话：139…): a notice\'s contact, no headline', test: (p) => contactPersonLine(p) },
  { role: 'section', weight: -5, why: 'a contact line is no section heading', test: (p) => contactLine(p) },
  { role: 'furniture', weight: 5, why: 'a phone line under a notice\'s text (认领电话：0570-…, 供电服务热线：95598): the notice\'s contact, kept with the page as a 联系电话 line is, not its last sentence', test: (p) => contactLine(p) && /(?:电话|热线|专线|网址|网站|邮箱)\s*[:：]/u.test(p.text) },
  ...shape((p, c) => blockEndCaption(p, c), [
    ['caption', 5, 'one short sentence with no comma alone at a block\'s end (a wide gap or the page\'s end after it), under finished prose: the caption of the block\'s picture (刚出炉的衢州烤饼。)'],
    ['body', -2, 'one short sentence alone at a block\'s end under finished prose is a caption, no paragraph'],
  ]),
  ...shape((p, c) => deskNote(p, c), [
    ['furniture', 4, 'a bracketed line alone at the foot of the page or of its block (a wide gap after it), set apart by a blank line ((节目如有变动，以电视台播出为准), (以上信息由本人提供…)): the desk\'s note, no story\'s text'],
    ['body', -3, 'a bracketed line alone at the foot of the page or of its block is the desk\'s note, no story\'s text'],
  ]),
  { role: 'furniture', weight: -2, why: 'by default a piece belongs to a story', test: () => true },

  // marker: a story continued from another page
  { role: 'marker', weight: -20, why: 'only a （上接1版） marker opens a continued story', test: () => true },
  // byline: only by its form (below)
  { role: 'byline', weight: -20, why: 'only a byline by its form is a byline', test: () => true },
  ...LAYOUT_RULES,
];

/**
 * On a page an editor called a feature (one story with its sections), a plain heading line with
 * no story opening under it is a section, or the first line of a paragraph.
 */
export const FEATURE_RULES: Rule[] = [
  { role: 'section', weight: 1.5, why: 'a feature page: a heading with no lead or byline under it is a section', test: (p, c) => p.headingLike && !opensStory(c.opener) && !c.headsStory && !p.bold && !c.underJump },
  { role: 'body', weight: 2.5, why: 'a feature page: a plain line run into the text under it is its first line', test: (p, c) => p.headingLike && !p.bold && !p.blankAfter && p.length >= FEATURE_FIRST_LINE_MIN_CHARS && bodyLike(c.next) && !c.next!.headingLike && c.next!.start !== p.start },
  { role: 'stack', weight: -1.5, why: 'a feature page has one headline', test: (p, c) => !p.bold && !opensStory(c.opener) && !c.headsStory },
];

/** A rule's name in the weight table: its role and its reason. */
export const ruleKey = (r: Rule) => `${r.role}: ${r.why}`;

/** The weights as set by hand above, before the table's: where fitting starts, and what it is compared with. */
export const HAND_WEIGHTS: ReadonlyMap<Rule, number> = new Map([...ROLE_RULES, ...FEATURE_RULES].map((r) => [r, r.weight]));

// The weights in use come from the reviewed table (src/parse/weights.ts, written by `npm run
// fit:grammar`); a rule the table does not name yet keeps its hand weight.
for (const r of [...ROLE_RULES, ...FEATURE_RULES]) r.weight = tableWeight(r);

/** A rule's weight in use: the fitted one when the table adopts the fit and has one, else its hand weight. */
export function tableWeight(r: Rule): number {
  const row = RULE_WEIGHTS[ruleKey(r)];
  const hand = HAND_WEIGHTS.get(r) ?? r.weight;
  return FITTED_ADOPTED && row?.fitted != null ? row.fitted : hand;
}

/** Scores fixed by a piece's form: the role it must play. */
function forcedRole(p: Piece, documentPage: boolean): Role | null {
  if (p.kind === null) return null;
  if (isFurniture(p) || p.kind === 'continued-to') return 'furniture';
  switch (p.kind) {
    case 'continued-from':
      return 'marker';
    case 'byline':
    case 'affiliation':
      return 'byline';
    case 'credit':
    case 'caption':
      return 'caption';
    case 'numbered':
      return p.headingLike && !documentPage ? null : 'body';
    case 'list-item':
    case 'table-row':
      return null;
    // A box's label alone on its line (【记者手记】) may head a box of its own: the grammar reads it (boxLabelAlone).
    case 'note':
      return p.lines.length === 1 && AFTER_STORY_BOX.test(p.text.trim()) ? null : 'body';
    default:
      return 'body';
  }
}

/**
 * Transition scores: how well a role follows another. Absent pairs are allowed at a cost of
 * DEFAULT_TRANSITION; what the grammar forbids has −∞ (a byline never opens a page's last story
 * before its headline, a section never stands before any story).
 */
const DEFAULT_TRANSITION = -2;
export const TRANSITIONS: Partial<Record<Role | 'start', Partial<Record<Role, number>>>> = {
  start: { furniture: 0, column: 0, stack: 0, marker: 0, body: -1, caption: -1, byline: -2, section: -3 },
  furniture: { furniture: 0, column: 0, stack: 0, marker: 0, body: 0, caption: 0, byline: -1, section: -1 },
  column: { stack: 0, column: -2, furniture: -1, body: -1, byline: -1, caption: -2, section: -3, marker: -3 },
  stack: { stack: 0, byline: 0, body: 0, caption: -0.5, furniture: -1, section: -2, column: -3, marker: -5 },
  byline: { body: 0, byline: -0.5, furniture: -0.5, caption: -0.5, stack: -1, section: -1.5, column: -2, marker: -5 },
  body: { body: 0, section: 0, caption: 0, furniture: 0, stack: 0, column: 0, byline: -0.5, marker: -1 },
  section: { body: 0, section: -1, furniture: -1, caption: -1, stack: -2, byline: -2, column: -3, marker: -5 },
  caption: { caption: 0, body: 0, stack: 0, furniture: 0, column: 0, byline: -1, section: -1, marker: -1 },
  marker: { stack: 0, body: 0, furniture: 0, byline: 0, caption: -1, section: -2, column: -3, marker: -5 },
};

const transition = (from: Role | 'start', to: Role) => TRANSITIONS[from]?.[to] ?? DEFAULT_TRANSITION;

/** The score of every role for every piece. */
export function emissions(pieces: Piece[], pageKind: SeedKind | null = null, featureFrom: number | null = null, boldSections = false): Record<Role, number>[] {
  const documentPage = pageKind === 'document';
  const ctx = contexts(pieces, pageKind);
  return pieces.map((p, i) => {
    const scores = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
    const forced = forcedRole(p, documentPage);
    if (forced) {
      for (const r of ROLES) scores[r] = r === forced ? 0 : -Infinity;
      return scores;
    }
    const c = ctx[i]!;
    for (const rule of ROLE_RULES) if (rule.test(p, c)) scores[rule.role] += rule.weight;
    if (featureFrom !== null && i > featureFrom) {
      for (const rule of FEATURE_RULES) if (rule.test(p, c)) scores[rule.role] += rule.weight;
      // The feature sets its section headings bold: a bold heading with no story opening under it is one more.
      if (boldSections && p.bold && p.headingLike && !opensStory(c.opener)) {
        scores.stack -= BOLD_SECTIONS_WEIGHT;
        scores.section += BOLD_SECTIONS_WEIGHT;
      }
    }
    // List items and table rows belong to a story's body (or a heading of their own when short).
    if (p.kind === 'list-item' || p.kind === 'table-row') {
      scores.stack = -Infinity;
      scores.column = -Infinity;
      scores.body += 4;
    }
    return scores;
  });
}

/** For fitting (src/score/fit.ts): the ROLE_RULES that fire on each piece; null where the piece's form fixes its role. */
export function firingRules(pieces: Piece[], pageKind: SeedKind | null = null): (Rule[] | null)[] {
  const ctx = contexts(pieces, pageKind);
  return pieces.map((p, i) => (forcedRole(p, pageKind === 'document') ? null : ROLE_RULES.filter((rule) => rule.test(p, ctx[i]!))));
}

/** For `npm run score:parse -- --trace`: the rules that fired on each piece, as `role ±weight why`. */
export function reasons(pieces: Piece[], pageKind: SeedKind | null = null): string[][] {
  const ctx = contexts(pieces, pageKind);
  return pieces.map((p, i) => ROLE_RULES.filter((rule) => rule.test(p, ctx[i]!)).map((rule) => `${rule.role} ${rule.weight > 0 ? '+' : ''}${rule.weight} ${rule.why}`));
}

/** Two bold section headings make a feature's style: its other bold headings lean to sections by this much. */
const BOLD_SECTIONS_MIN = 2;
const BOLD_SECTIONS_WEIGHT = 1.5;

/** A short line ending in a colon over prose: a letter's salutation (编辑同志：, 各位村民：). */
const salutation = (p: Piece, c: Context) => p.kind === null && p.lines.length === 1 && p.length <= SALUTATION_MAX_CHARS && /^\p{Script=Han}[^，。；！？]*[：:]$/u.test(p.text.trim()) && bodyLike(c.next) && !c.next!.headingLike;

/** A salutation (亲爱的村民朋友们：, 全镇各企业、社会各界爱心人士：) is at most this long. */
const SALUTATION_MAX_CHARS = 20;

/** Text closed by a phone number, an e-mail address or a contact's name (…电话：0577-62701234) is complete: an ad or notice ends so. */
const CONTACT_END = /(?:\d[\d-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|\p{Script=Han}(?:先生|女士))[）)]?$/u;

/** A two-clause headline set apart (慢下来，看看身边的风景) is at most this long. */
const TWO_CLAUSE_TITLE_MAX_CHARS = 20;

/** A 落款's signer (one organ, or two on one line) is at most this long. */
const SIGNER_MAX_CHARS = 30;

/** A subheadline is one line of at most this many characters. */
const SUBHEADLINE_MAX_CHARS = 30;

/** A headline stack has at most this many lines (slogan, column, kicker, headline, subheadline). */
const STACK_MAX_LINES = 4;

/** A page with this many 本报讯 leads opens its stories with them. */
const LEAD_PAGE_MIN_LEADS = 3;

/** Lines closing a page's text this short (and two or more of them) are photo captions printed together. */
const CAPTION_TAIL_MAX_CHARS = 24;

/** A story with at least a paragraph since its lead or byline may have sections; a heading right under its byline is not one. */
const STORY_CHARS_FOR_SECTIONS = 40;
/** A span of time opening a paragraph (近年来，, 今年以来，): it goes on a story as often as it opens one. 近日 and 日前 open briefs. */
const SPAN_OPENING = /^(?:近年来|今年以来|多年来|近几年来?|这些年来?)[，,]/u;
/** The labels of boxes a page sets after a story (记者手记, 链接, 延伸阅读, 背景): a closed class of box names; an 编后 is the story's own afterword. */
const AFTER_STORY_BOX = /^[【［\[]?(?:记者手记|相关链接|链接|延伸阅读|背景链接|背景)[】］\]]?$/u;
/** Such a label alone on its line, a blank line above it and prose right under it (a label over a title names a column). */
const boxLabelAlone = (p: Piece, c: Context) =>
  p.lines.length === 1 && p.blankBefore && AFTER_STORY_BOX.test(p.text.trim()) && !!c.next && c.next.start === p.end + 1 && !c.next.headingLike && bodyLike(c.next);

/** A short label set tight over table rows, right under other rows or under a line that ends on a colon. */
const tableGroupLabel = (p: Piece, c: Context) =>
  p.kind === null && p.headingLike && p.lines.length === 1 && !!c.following && c.following.kind === 'table-row' && c.following.start === p.end + 1 &&
  !!c.preceding && c.preceding.end + 1 === p.start && (c.preceding.kind === 'table-row' || /[：:]$/u.test(c.preceding.text.trim()));

/** A day, a wide gap and text after it (7月15日　慈城镇被命名为…): an entry of a chronicle. */
const DATED_ENTRY = /^\d{1,2}月\d{1,2}日(?:[至—-]\d{1,2}日)?(?:\u3000|\s{2,})\S/u;
/** A month and nothing else (一月, 十二月, 3月, 03月): the heading of a chronicle's part. */
const MONTH_HEADING = /^(?:[一二三四五六七八九]|十[一二]?|0?[1-9]|1[0-2])月$/u;

/** How far past a piece the paragraph it would interrupt may resume (furniture, a caption and its credit). */
const INTERRUPTION_SPAN = 6;

/** A heading-like line this short between a piece and the paragraph it interrupts is skipped over (a slogan, a label). */
const INTERRUPTION_HEADING_MAX_CHARS = 20;
/** A closing run of short lines is a set of captions when it has at least this many. */
const CAPTION_TAIL_MIN_LINES = 2;

/** Neighbours of every piece, computed once (pages of 10⁵ lines stay linear). */
function contexts(pieces: Piece[], pageKind: SeedKind | null): Context[] {
  const n = pieces.length;
  const { prevContent, nextContent } = neighbours(pieces);
  const lastStory = lastStoryIndex(pieces);
  const storyChars = storyCharsOf(pieces);
  const underJump = underJumpOf(pieces);
  const photo = photoStoriesOf(pieces);
  const tail = captionTail(pieces, prevContent);
  for (const i of blockCaptionTails(pieces)) tail.add(i);
  const leadPage = pieces.filter((p) => p.kind === 'lead').length >= LEAD_PAGE_MIN_LEADS;
  const numbered = numberingRuns(pieces);
  const foot = footRunOf(pieces);
  const entries = entryNames(pieces);
  const signed = signedBelowHeadings(pieces);
  const headsStory = (i: number) => {
    let k = nextContent[i];
    // A dashed 副题 (——总投资5.2亿元，建成后…) is a stack line, commas and all.
    for (let steps = 0; k && steps < STACK_MAX_LINES && (k.headingLike || dashedSubheadline(k) || k.kind === 'caption' || k.kind === 'credit') && !opensStory(k); steps++) k = nextContent[k.index];
    return opensStory(k);
  };
  let firstContent = n;
  for (let i = 0; i < n; i++) if (!isFurniture(pieces[i]!)) { firstContent = i; break; }
  const p0 = (i: number) => pieces[i]!;
  return pieces.map((_, i) => {
    const prev = prevContent[i];
    const next = nextContent[i];
    const next2 = next ? nextContent[next.index] : undefined;
    const interrupts = interruptsParagraph(pieces, i, prev, next);
    let opener = next;
    // Past captions, credits and a dashed 副题 (headline / ——副题 / ■本报记者 某某): what opens the story.
    for (let k = next ? next.index : n; opener && (opener.kind === 'caption' || opener.kind === 'credit' || (dashedSubheadline(opener) && p0(i).headingLike)) && k < n; ) {
      opener = nextContent[k];
      k = opener ? opener.index : n;
    }
    // A paragraph opened by a span of time (近年来，…, 今年以来，…) under a heading set one blank line below a story's text, deep
    // in that story: a section's text goes on so as often as a story opens so; only a real opening (a lead, a byline, a
    // date, 近日) then says a story begins.
    const vagueOnly = !!opener && opener.kind === null && SPAN_OPENING.test(opener.text);
    if (vagueOnly && !p0(i).wideGapBefore && storyChars[i]! >= STORY_CHARS_FOR_SECTIONS && prev?.kind === null && !prev.headingLike && !p0(i).bold) opener = undefined;
    const cutByBreak = cutByPageBreak(pieces, i, prev);
    let prevProse = prev;
    // Past photo captions and a phone line under the text (认领电话：0570-…), which is the notice's contact, not its prose.
    while (prevProse && (prevProse.kind === 'caption' || prevProse.kind === 'credit' || contactLine(prevProse) || contactPersonLine(prevProse))) prevProse = prevContent[prevProse.index];
    const beforePrev = prev && prev.index > 0 ? prevContent[prev.index] : undefined;
    // A byline under a column's label or tag (一家之言 / ■郑晓明) stands over the headline, not under it.
    const underColumn = prev?.kind === 'byline' && !!beforePrev && (!!beforePrev.columnTag || beforePrev.columnish) && MARKED_BYLINE.test(prev.text.trim());
    const afterLeadingByline = prev?.kind === 'byline' && !underColumn && (!beforePrev || beforePrev.headingLike || beforePrev.kind === 'byline');
    const afterClosingByline = prev?.kind === 'byline' && !!beforePrev && bodyLike(beforePrev) && !beforePrev.headingLike;
    return { prev, prevProse, next, following: pieces[i + 1], preceding: pieces[i - 1], next2, opener, interrupts, atEnd: i > lastStory, atStart: i <= firstContent, afterLeadingByline, afterClosingByline, underColumnByline: underColumn, storyChars: storyChars[i]!, underJump: underJump[i]!, photoStory: photo[i]!, pageKind, captionTail: tail.has(i), leadPage, headsStory: headsStory(i), cutByBreak, inNumbering: numbered.has(i), inFootRun: foot.has(i), entryName: entries.has(i), signedBelow: signed.has(i) };
  });
}

/** The number a numbered heading opens with (3.…, 3、…, （3）…), or null. */
const headingNumber = (p: Piece): number | null => {
  if (p.kind !== 'numbered' || !p.headingLike) return null;
  const m = p.text.trim().match(/^(?:(\d{1,2})\s*[.．、]|[（(](\d{1,2})[）)])/u);
  return m ? Number(m[1] ?? m[2]) : null;
};

/**
 * Numbered headings in a run of numbering, prose between them: one whose number follows the last numbered heading above it
 * (1.… then 2.…), and the one the run opens with. Items of one list under one title (a year's ten big stories, a
 * chronicle): no story's headline is numbered.
 */
function numberingRuns(pieces: Piece[]): Set<number> {
  const out = new Set<number>();
  let last: { index: number; n: number } | null = null;
  for (const p of pieces) {
    const n = headingNumber(p);
    if (n === null) continue;
    if (last && n === last.n + 1) out.add(p.index).add(last.index);
    last = { index: p.index, n };
  }
  return out;
}

/** The content piece (not furniture) before and after each piece. */
function neighbours(pieces: Piece[]) {
  const n = pieces.length;
  const prevContent: (Piece | undefined)[] = new Array(n);
  const nextContent: (Piece | undefined)[] = new Array(n);
  let last: Piece | undefined;
  for (let i = 0; i < n; i++) {
    prevContent[i] = last;
    if (!isFurniture(pieces[i]!)) last = pieces[i];
  }
  last = undefined;
  for (let i = n - 1; i >= 0; i--) {
    nextContent[i] = last;
    if (!isFurniture(pieces[i]!)) last = pieces[i];
  }
  return { prevContent, nextContent };
}

/** The last piece that is a story's text (not furniture, a caption or a heading line): after it, the page ends. */
function lastStoryIndex(pieces: Piece[]): number {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (!(isFurniture(p) || p.kind === 'caption' || p.kind === 'credit' || (p.headingLike && !p.verse && p.kind !== 'table-row'))) return i;
  }
  return -1;
}

/** A jump line, alone or closing a piece of prose (…同比增长18.4%。（下转第2版）): its story goes on on another page. */
const closesWithJump = (p: Piece) => p.kind === 'continued-to' || (p.kind === null && !p.headingLike && PATTERNS.continuedTo.test(p.text.trim()));

/** Whether only heading lines (and furniture) stand between each piece and a jump line closing the story above. */
function underJumpOf(pieces: Piece[]): boolean[] {
  let jumped = false;
  return pieces.map((p) => {
    const under = jumped;
    if (closesWithJump(p)) jumped = true;
    else if (!p.headingLike && !isFurniture(p)) jumped = false;
    return under;
  });
}

/** Text since the last opening (a lead, or a byline under a stack), none after a jump line; a heading followed by an opening starts afresh. */
function storyCharsOf(pieces: Piece[]): number[] {
  const n = pieces.length;
  const storyChars: number[] = new Array(n).fill(0);
  let since = -1;
  for (let i = 0; i < n; i++) {
    const p = pieces[i]!;
    storyChars[i] = Math.max(0, since);
    // A lead's own text is the story's: a heading under a long lead paragraph is already inside it.
    if (p.kind === 'lead') since = p.length;
    else if (p.kind === 'byline' && (i === 0 || pieces[i - 1]!.headingLike)) since = 0;
    // A byline closing the text above (…迎客。 / （记者 某某）) signs the story off: what follows is no part of it.
    else if (p.kind === 'byline') since = -1;
    // A story that jumps to another page (…（下转第2版）) ends here: a heading under it heads the next story, not a section.
    else if (closesWithJump(p)) since = -1;
    else if (since >= 0 && p.kind !== null && !['turn', 'note', 'numbered', 'list-item', 'table-row'].includes(p.kind)) continue;
    else if (since >= 0 && !p.headingLike) since += p.length;
  }
  return storyChars;
}

/** A poem's last line, set tight under its other lines (…桥头的老樟树下 / 有人在拉二胡): the poem's, never a label set apart. */
const verseTail = (p: Piece, c: Context) => !!p.verse && !p.blankBefore && !!c.prev?.verse && c.prev.end + 1 === p.start;

/** A headline holds at most this many commas (天热了，防溺水要记牢: two clauses). */
const TITLE_MAX_COMMAS = 1;

/** One short line right over what opens a story, apart from the text above, not closed by a full stop: a title, whatever marks it holds. */
const titleOverLead = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.length <= HEADLINE_SIZE_MAX_CHARS && !/[。；：:]/u.test(p.text) && (p.text.match(/[，,]/gu)?.length ?? 0) <= TITLE_MAX_COMMAS &&
  (p.text.match(/[！？!?]/gu)?.length ?? 0) <= 1 && !/^[“"]/u.test(p.text.trim()) && opensUnder(p, c) && (!!p.blankBefore || !c.prev || c.prev.endsFullSentence || columnTagRightAbove(p, c) || kickerRightAbove(p, c));

/** A short heading line set right over the line, itself set apart above (“双节”出游好去处 / 雁荡山的秋，是听出来的): its kicker. */
const kickerRightAbove = (p: Piece, c: Context) =>
  !!c.prev && c.prev.kind === null && c.prev.headingLike && c.prev.lines.length === 1 && c.prev.blankBefore && !c.prev.blankAfter && c.prev.end + 1 === p.start;

/**
 * A column's tag line set right over the line: a column word alone (某某讲堂), or a short word set bold (printed twice, 某某辟谣某某辟谣)
 * with no space in it. The tag opens the piece as a blank line would.
 */
const columnTagRightAbove = (p: Piece, c: Context) =>
  !!c.prev && c.prev.kind === null && c.prev.headingLike && c.prev.end + 1 === p.start && c.prev.lines.length === 1 && !/\s/u.test(c.prev.text.trim()) &&
  (c.prev.columnish || (c.prev.bold && !p.bold && c.prev.length <= ONE_WORD_LABEL_MAX_CHARS));

/** A one-line question (commas allowed) right under a column's tag, prose under it: the piece's title (某某谣言，你信了吗？). */
const questionUnderTag = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && p.length <= TWO_CLAUSE_TITLE_MAX_CHARS && /^[^。；！？]+[？?]$/u.test(p.text.trim()) && (p.text.match(/[，,]/gu)?.length ?? 0) <= TITLE_MAX_COMMAS &&
  columnTagRightAbove(p, c) && bodyLike(c.next) && !c.next!.headingLike;

/** At most one blank line between a title and what opens its story. */
const TITLE_OPENING_MAX_GAP = 2;
/** A story's text opening with its dateline and comma (6月2日，… · 6月2日上午，…). */
const DATELINE_OPENS = new RegExp(`${PATTERNS.dateline.source}，`, 'u');

/** What opens a story stands right under the line: a 本报讯 lead, a byline over prose, or a paragraph opening with its dateline. */
const opensUnder = (p: Piece, c: Context) =>
  !!c.next && c.next.start - p.end <= TITLE_OPENING_MAX_GAP &&
  (c.next.kind === 'lead' || (c.next.kind === 'byline' && bodyLike(c.next2) && !c.next2!.headingLike) || (c.next.kind === null && DATELINE_OPENS.test(c.next.text.trim())));

/** A byline that credits photos: 文/摄, 摄, 图/某某, 某某/图, 文图. */
const PHOTO_CREDITING_BYLINE = /摄|图\s*[/／]|[/／]\s*图|文图|图文/u;

/** Per piece: the story it stands in opened with a byline (or a lead's) that credits photos; the next opening ends it. */
function photoStoriesOf(pieces: Piece[]): boolean[] {
  let photo = false;
  return pieces.map((p, i) => {
    // A credit line right under the stack (记者 某某 文/摄) is the story's byline as much as a byline is.
    if (p.kind === 'lead' || ((p.kind === 'byline' || p.kind === 'credit') && (i === 0 || pieces[i - 1]!.headingLike))) photo = PHOTO_CREDITING_BYLINE.test(p.kind === 'lead' ? (p.text.match(PATTERNS.bracketByline)?.groups?.byline ?? '') : p.text);
    return photo;
  });
}

/**
 * A caption without credit under a story whose byline credits photos (记者 某某 文/摄): one short sentence, no comma, alone
 * between blank lines after the story's finished text and before the next heading or the page's end — where the photo's words sit.
 */
const photoStoryCaption = (p: Piece, c: Context) =>
  c.photoStory && p.kind === null && p.lines.length === 1 && p.blankAfter && p.endsFullSentence && nonSpaceLength(p.text) <= CAPTION_LIKE_MAX_CHARS &&
  !/[，；：:！？]/u.test(p.text) && !/^[“"]/u.test(p.text.trim()) && (p.text.match(/。/gu)?.length ?? 0) === 1 && !!c.prev && c.prev.endsSentence && (c.atEnd || !!c.next?.headingLike || (!!p.blankBefore && bodyLike(c.next) && !c.next!.headingLike));

/** The page's closing run of short lines (美丽柳川。拍摄于薛宅村 / 逛一逛游步道。 …), two at least. */
function captionTail(pieces: Piece[], prevContent: (Piece | undefined)[]): Set<number> {
  const tail = new Set<number>();
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (isFurniture(p)) continue;
    const before = prevContent[i];
    // A short line that finishes a paragraph's sentence belongs to it (…激励各村继 / 续谋划好项目、赶超发展。).
    const continues = !!before && (bodyLike(before) || before.kind === 'numbered') && !before.endsSentence && (before.runsOn || /[，、；,]/u.test(before.text));
    // A 导读 box's pointer (▶2版　…) is a contents line, no caption: the tail stops there.
    const pointer = isPointerLine(p.text.trim()) || digestEntry(p);
    if (p.kind === null && p.lines.length === 1 && p.length <= CAPTION_TAIL_MAX_CHARS && !p.verse && !/[：:，,；]/u.test(p.text) && !p.runsOn && !(p.headingLike && !/\s/u.test(p.text.trim())) && !continues && !pointer) tail.add(i);
    else break;
  }
  if (tail.size < CAPTION_TAIL_MIN_LINES) tail.clear();
  return tail;
}

/** A caption printed after a story's text is one short sentence on a line of its own (妙源村的百年银杏。). */
const blockTailCaption = (p: Piece) =>
  p.kind === null && p.lines.length === 1 && p.blankBefore && p.endsFullSentence && p.length <= CAPTION_TAIL_MAX_CHARS && !p.verse && !p.runsOn && !/[：:，,；]/u.test(p.text);

/**
 * Captions printed together under a story that is not the page's last: two or more short
 * sentences, each on a line of its own, after the story's last paragraph and before the wide gap
 * (two blank lines) that ends its block — the photos sit beside the text, their captions after it.
 */
function blockCaptionTails(pieces: Piece[]): number[] {
  const found: number[] = [];
  for (let j = 1; j < pieces.length; j++) {
    if (!pieces[j]!.wideGapBefore) continue;
    const run: number[] = [];
    let k = j - 1;
    for (; k >= 0 && (isFurniture(pieces[k]!) || blockTailCaption(pieces[k]!)); k--) if (!isFurniture(pieces[k]!)) run.push(k);
    const story = pieces[k];
    // The text over them is a story's paragraph (prose wrapped over lines, finished): not a column of one-line items.
    if (run.length >= CAPTION_TAIL_MIN_LINES && story && bodyLike(story) && !story.headingLike && story.lines.length >= WRAPPED_MIN_LINES && story.endsFullSentence) found.push(...run);
  }
  return found;
}

/** Whether piece i interrupts a paragraph: the body-like piece before is unfinished, and prose resumes it soon after. */
/** A court's case number alone on a line: (year), the court's and the case's code, 号. */
const caseNumber = (p: Piece) => p.kind === null && /^[（(](?:19|20)\d{2}[）)][\p{Script=Han}\dA-Za-z]{2,16}号$/u.test(p.text.trim());

/** A line with no blank line above or below, under finished prose and over a line that finishes its sentence. */
const tightInProse = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && !p.blankBefore && !p.blankAfter && !p.bold && !!c.prev && c.prev.kind === null && !c.prev.headingLike && c.prev.end + 1 === p.start &&
  !!c.next && c.next.kind === null && !c.next.headingLike && c.next.start === p.end + 1 && /^[^。！？]*[。！？]/u.test(c.next.text) && !/^[“"（(■●◆▲]/u.test(p.text.trim());

/**
 * A follow-up or note label alone on its line, an item mark allowed (■记者追踪, 编后, 相关链接): the note labels and the
 * reporter's follow-ups (记者 + 追踪, 回访, 调查, 观察, 点评) are closed classes. It follows a story's text or its byline.
 */
const FOLLOW_UP_LABEL = new RegExp(`^[${ITEM_MARKS}□]?\\s*(?:${NOTE_LABELS.join('|')}|记者(?:追踪|回访|调查|观察|点评))$`, 'u');
const followUpLabel = (p: Piece, c: Context) =>
  p.kind === null && FOLLOW_UP_LABEL.test(p.text.trim()) && !!c.prev && (c.prev.kind === 'byline' || (bodyLike(c.prev) && !c.prev.headingLike)) && bodyLike(c.next) && !c.next!.headingLike;

/** An item mark, then a label of a word or two with no space, a blank line under it, a title and prose after. */
const markedLabel = (p: Piece, c: Context) =>
  p.kind === null && /^[■◆●▲]\S+$/u.test(p.text.trim()) && p.length - 1 <= LABEL_MAX_CHARS && p.blankAfter && !!c.next?.headingLike && c.next.kind === null && bodyLike(c.next2) && !c.next2!.headingLike;

/** One line of headline size wholly in quotation marks, blank lines around, under a label or a wide gap, over prose. */
const quoteTitle = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && /^“[^“”]+”$/u.test(p.text.trim()) && p.length <= HEADLINE_SIZE_MAX_CHARS && p.blankBefore && p.blankAfter &&
  (!!p.wideGapBefore || (!!c.prev && c.prev.headingLike && c.prev.length <= LABEL_MAX_CHARS)) && bodyLike(c.next) && !c.next!.headingLike;

/** One line: a title (an item mark allowed), then a wide gap and a page reference (2版, 第3版), or a bracketed one (（第2版）). */
const DIGEST_ENTRY = /^\S.*?(?:(?:\u3000|\s{2,})(?:第\s*)?\d{1,2}\s*版|[（(]\s*(?:见)?第?\s*\d{1,2}\s*版\s*[）)])$/u;
/** A 导读 box's label (导读, 本期导读, 今日导读): the paper's name for its contents box, a closed class. */
const DIGEST_LABEL = /^(?:本期|今日|本版|本周)?导读$/u;

const digestEntry = (p: Piece) => p.kind === null && p.lines.length === 1 && DIGEST_ENTRY.test(p.text.trim()) && !/[。！？]/u.test(p.text);

/** One line of headline size ending in a question mark, with a wide gap above and a blank line below, over prose. */
const questionTitle = (p: Piece, c: Context) =>
  p.kind === null && p.lines.length === 1 && !!p.wideGapBefore && p.blankAfter && p.length <= HEADLINE_SIZE_MAX_CHARS && /[？?]$/u.test(p.text.trim()) && (p.text.match(/[。！？?]/gu)?.length ?? 0) === 1 && bodyLike(c.next) && !c.next!.headingLike;

/** A headline joins at most this many 、 (three items: 村社、单位、企业). */
const HEADLINE_MAX_ENUMERATION_COMMAS = 2;
const enumeration = (p: Piece) => p.kind === null && (p.text.match(/、/gu)?.length ?? 0) > HEADLINE_MAX_ENUMERATION_COMMAS;

/** A line wholly in one pair of brackets. */
const BRACKETED_NOTE = /^[（(][^（）()]+[）)]$/u;

function interruptsParagraph(pieces: Piece[], i: number, prev: Piece | undefined, next: Piece | undefined): boolean {
  // A note wholly in brackets ((以上信息由本人提供…)) is whole, however it ends.
  const before = prev && (prev.kind === null || prev.kind === 'lead' || prev.kind === 'turn') && (!prev.headingLike || prev.runsOn) && !prev.endsSentence && !CONTACT_END.test(prev.text.trim()) && !BRACKETED_NOTE.test(prev.text.trim());
  // A line that fills its column continues the paragraph; an interruption (a slogan, a header) does not.
  if (!before || pieces[i]!.runsOn) return false;
  let k = i + 1;
  const stop = Math.min(pieces.length, i + 1 + INTERRUPTION_SPAN);
  while (k < stop && (isFurniture(pieces[k]!) || pieces[k]!.kind === 'credit' || pieces[k]!.kind === 'caption' || (pieces[k]!.headingLike && pieces[k]!.length <= INTERRUPTION_HEADING_MAX_CHARS && pieces[k] !== next))) k++;
  const after = pieces[k];
  return !!after && k < stop && after.kind === null && !after.headingLike && !opensStory(after) && !PATTERNS.numberedHeading.test(after.text);
}

/** Whether piece i is a paragraph's text cut by a page break (page number/header between) or an ellipsis pair. */
function cutByPageBreak(pieces: Piece[], i: number, prev: Piece | undefined): boolean {
  const p = pieces[i]!;
  if (!(bodyLike(prev) && !prev!.headingLike && !/[：:]$/u.test(p.text.trim()) && p.kind === null)) return false;
  let k = i + 1;
  let pageBreak = false;
  while (k < pieces.length && pieces[k]!.kind !== null && /^page-(number|header)$/u.test(pieces[k]!.kind ?? '')) { pageBreak = true; k++; }
  const after = pieces[k];
  const ellipsis = /…$/u.test(p.text.trim()) && !!after && /^…/u.test(after.text.trim());
  return !!after && ((pageBreak && !p.endsSentence) || ellipsis) && after.kind === null && !after.headingLike;
}

/** The best sequence of roles (Viterbi over pieces, roles as states). */
export function bestRoles(pieces: Piece[], pageKind: SeedKind | null = null): Role[] {
  if (pieces.length === 0) return [];
  let e = emissions(pieces, pageKind);
  if (pageKind === 'feature-page') {
    // A feature has one headline: once the first stack is read, later plain headings lean to sections.
    const first = viterbi(pieces, e);
    const at = first.findIndex((r, i) => r === 'stack' && first[i + 1] !== 'stack');
    const boldSections = first.filter((r, i) => r === 'section' && pieces[i]!.bold).length >= BOLD_SECTIONS_MIN;
    if (at >= 0) e = emissions(pieces, pageKind, at, boldSections);
  }
  return viterbi(pieces, e);
}

function viterbi(pieces: Piece[], e: Record<Role, number>[]): Role[] {
  const n = pieces.length;
  const score: Record<Role, number>[] = [];
  const back: Record<Role, Role | 'start'>[] = [];
  for (let i = 0; i < n; i++) {
    score.push({} as Record<Role, number>);
    back.push({} as Record<Role, Role | 'start'>);
    for (const r of ROLES) {
      if (i === 0) {
        score[0]![r] = transition('start', r) + e[0]![r];
        back[0]![r] = 'start';
        continue;
      }
      let best = -Infinity;
      let arg: Role = 'body';
      for (const q of ROLES) {
        const s = score[i - 1]![q] + transition(q, r);
        if (s > best) [best, arg] = [s, q];
      }
      score[i]![r] = best + e[i]![r];
      back[i]![r] = arg;
    }
  }
  let last: Role = 'body';
  let best = -Infinity;
  for (const r of ROLES) if (score[n - 1]![r] > best) [best, last] = [score[n - 1]![r], r];
  const out: Role[] = new Array(n);
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i]![out[i]!] as Role;
  return out;
}

/** Whether an article of these pieces is short enough to be a brief (简讯 item). */
export const briefSized = (chars: number) => chars <= BRIEF_MAX_CHARS;
