/**
 * Step 3: what each unit is by its form alone, where the form settles it — a page number, an
 * editor's line, a byline, a photo credit, a 本报讯 lead, a 公文's 文号 — and the features the
 * page grammar scores the rest by. Pure: units in, pieces out.
 */
import { AMOUNT, AMOUNT_BRACKET_TAIL, CAPTION_MAX_CHARS, COLUMN_ENDINGS, COLUMN_MAX_CHARS, COLUMN_OPENINGS, COLUMN_OPENING_LABEL_MAX_CHARS, COLUMN_OPENING_LABEL_MIN_CHARS, COLUMN_WORDS, CREDIT_LINE_MAX_CHARS, FRAMED_BANNER, ITEM_MARKS, ITEM_NUMBER_RUN_MIN, NOTICE_TITLE, PATTERNS, PRINTED_LINE_MAX_CHARS, SPEAKER_MAX_CHARS, SPEAKER_POSTS, SURNAMES, TABLE_MIN_CELLS, VERSE_LINE_MAX_CHARS, VERSE_MIN_LINES, WORK_CREDIT_WORDS } from './constants.ts';
import { splitCredit } from './byline.ts';
import { markMarkedCaptions, sideBySideCaptions, splitPhotoNews } from './captions.ts';
import { isCouplet } from './headline.ts';
import { edgeHeaders, findFrontBoxes, findMasthead, type HeaderField, isFrontBoxLabel, isPageHeader, isPointerLine } from './page.ts';
import { endsFullSentence, endsSentence, joinText, jumpLine, nonSpaceLength, visualWidth } from './text.ts';
import { headingLike, isBylineLine, isDateLine, isSignOffLine, closingLabelRow, labelRowText, REGULAR_VERSE_LINE, type Unit } from './units.ts';

/** What a unit is by its form, when its form settles it. */
export type UnitKind =
  | 'masthead'
  | 'front-box'
  | 'page-header'
  | 'page-number'
  | 'editor'
  | 'submission'
  | 'masthead-credit'
  | 'qr'
  | 'page-photo-credit'
  | 'continued-from'
  | 'continued-to'
  | 'byline'
  | 'credit'
  | 'caption'
  | 'lead'
  | 'note'
  | 'affiliation'
  | 'turn'
  | 'list-item'
  | 'numbered'
  | 'table-row'
  | 'doc-number'
  | 'doc-signer'
  | 'doc-copyto'
  | 'doc-printed'
  | 'doc-field'
  | 'attachment'
  | 'doc-after-note'
  | 'date-line'
  | 'rule-line'
  | 'table-continued';

/** Kinds that are page furniture wherever they stand. */
export const FURNITURE_KINDS: ReadonlySet<UnitKind> = new Set([
  'masthead',
  'front-box',
  'page-header',
  'page-number',
  'editor',
  'submission',
  'masthead-credit',
  'qr',
  'page-photo-credit',
  'rule-line',
  'table-continued',
]);

export interface Piece extends Unit {
  kind: UnitKind | null;
  /** Non-whitespace length. */
  length: number;
  /** No sentence punctuation, short enough for a heading. */
  headingLike: boolean;
  endsSentence: boolean;
  endsFullSentence: boolean;
  couplet: boolean;
  /** A column label by its words (要闻简报, 镇村动态, 诗路柳川). */
  columnish: boolean;
  /** Inside a run of short lines without sentence ends: a poem's lines. */
  verse: boolean;
  /** For a turn: who speaks. */
  speaker: string | null;
  /** Its text stops inside a word the next piece finishes (set when a segmenter is given). */
  breaksWord: boolean;
  /** The rest of the table row above it, carried onto its own line by the wrap (联队). */
  rowTail?: boolean;
  /** For a row tail set under the row's later cells: the cell each of its parts continues. */
  tailCells?: number[];
  /** A row of a label：value box printed among others (所属镇街：柳市镇 / 户籍人口：2360人). */
  boxRow: boolean;
  /** A heading set right over table rows that prose follows (past the rows, a page break and a 续表): a table inside a story. */
  tableInText?: boolean;
  /** Other heading lines of the page with the same shape (实施…战略 致力… ×3, 东城社区 南城社区 …): section headings of one story. */
  siblings: number;
}

/** A table's continuation marker alone on its line, over the rows carried past a page break: （续表）, 续上表. */
const TABLE_CONTINUED = /^[（(]?续上?表[）)]?$/u;

/** A line of box-drawing characters or dashes alone, three at least. */
const RULE_LINE = /^[\s\u3000\u2500-\u257F—\-－_＿=＝~～]{3,}$/u;

/** Speakers every interview has, even once: 记者, 问, 答, 主持人. */
const GENERIC_SPEAKERS = /^(?:记者|本报记者|问|答|主持人|主持|嘉宾|提问|回答|Q|A)$/u;

/** A title over a bare author's name (立秋后的石梁溪 / 余向阳) is at most this long. */
const BARE_AUTHOR_TITLE_MAX_CHARS = 16;
/** A one-word heading this short is shaped by its length and last two characters (4|社区). */
const SHAPE_WORD_MAX_CHARS = 6;
/** A run-in title (■柳市镇开展…　6月5日，…) is at most this long, and the text after it at least this long unless it ends a sentence. */
const RUN_IN_TITLE_MAX_CHARS = 40;
const RUN_IN_TEXT_MIN_CHARS = 12;
/** A label opening this many lines (郑欢欢：…) is a speaker; this many speakers make an interview. */
const SPEAKER_MIN_TURNS = 2;
/** Generic question and answer labels: one of each makes a Q&A (问：… / 答：…). */
const QA_PAIRS: [string, string][] = [['问', '答'], ['提问', '回答'], ['Q', 'A']];
const SPEAKERS_MIN = 2;
/** A column label is at least this long (副刊, 要闻). */
const COLUMN_MIN_CHARS = 2;
/** A piece wrapped over this many lines is prose, whatever its punctuation. */
const PROSE_MIN_LINES = 3;

/**
 * A header read by its fields at the page's edge: its gaps may make it look like a table's row, and a credit opening it like
 * the editor's line, which a line that also holds the date or the page is not; a name and a date look like a sign-off, which
 * never prints a 版次.
 */
const edgeKind = (kind: UnitKind | null, edge: HeaderField[] | undefined): UnitKind | null =>
  edge && (kind === null || kind === 'table-row' || kind === 'editor' || (kind === 'date-line' && edge.includes('page'))) ? 'page-header' : kind;

export function classify(input: Unit[]): Piece[] {
  const speakers = recurringSpeakers(input);
  const units = splitPhotoNews(splitColumnTags(splitRunInTitles(splitMarkedTitleLines(splitPlaceItems(input)), speakers)));
  const masthead = findMasthead(units);
  const boxes = findFrontBoxes(units, masthead);
  const edge = edgeHeaders(units);
  const rows = boxRows(units);
  const pieces: Piece[] = units.map((u, i) => {
    const t = u.text.trim();
    const length = nonSpaceLength(t);
    return {
      ...u,
      kind: masthead.has(i) ? 'masthead' : boxes.has(i) ? 'front-box' : u.placeColon ? null : edgeKind(kindOf(t, length, speakers), edge.get(i)),
      length,
      headingLike: headingLike(t),
      // A closing （下转第2版） is the story's pointer, not its text: the sentence before it is what ends the paragraph.
      endsSentence: endsSentence(t.replace(PATTERNS.continuedTo, '')),
      endsFullSentence: endsFullSentence(t.replace(PATTERNS.continuedTo, '')),
      couplet: isCouplet(t),
      columnish: isColumnish(t),
      verse: false,
      speaker: speakerOf(t, speakers),
      siblings: 0,
      breaksWord: false,
      boxRow: false,
    };
  });
  markBoxRows(pieces, rows);
  markContactNotes(pieces);
  markTableNotes(pieces);
  markItemNumbers(pieces);
  markWorkTitles(pieces);
  markMarkedCaptions(pieces);
  markNoteColumns(pieces);
  markBareAuthors(pieces);
  markBookTitles(pieces);
  markTableHeaders(pieces);
  markRowTails(pieces);
  markTablesInText(pieces);
  markSpeakerLines(pieces);
  markVerse(pieces);
  markSiblings(pieces);
  return pieces;
}

/**
 * A note's label alone on its line over a title and its text (记者手记 / 数字化不是选择题 / 采访中，…): the label names
 * the column the titled piece stands in, not a note; left for the grammar to read.
 */
function markNoteColumns(pieces: Piece[]) {
  pieces.forEach((p, i) => {
    const [next, after] = [pieces[i + 1], pieces[i + 2]];
    if (p.kind !== 'note' || p.text.trim().replace(PATTERNS.noteLabel, '') !== '' || !next || !after) return;
    if (next.kind === null && next.headingLike && after.kind === null && !after.headingLike) p.kind = null;
  });
}

/** A work's title alone on a line, with its form in brackets: 《烂柯山秋色》（国画）, 《乡村振兴新图景》（摄影）. */
const WORK_TITLE = /^《[^《》]{1,24}》\s*(?:[（(][^（）()]{1,8}[）)])?$/u;
/** Its author's line right under it: 作者：徐建平, 作者　叶晓丽, a bare name (王志刚), 郑一鸣 摄. */
const WORK_AUTHOR = /^(?:(?:作者|作|书|画)\s*[:：\s]\s*)?(?<name>\p{Script=Han}{2,4})(?:\s*摄影?)?$/u;

/**
 * The works of a 书画 / 摄影 page: each title line (《…》（体裁）) is the caption of a picture, and
 * the author's line under it its credit, however it is written; the name is kept as printed after
 * the credit's label (作者：) comes off.
 */
function markWorkTitles(pieces: Piece[]) {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind !== null || !WORK_TITLE.test(p.text.trim())) continue;
    const next = pieces[i + 1];
    const name = next?.text.trim().match(WORK_AUTHOR)?.groups?.name;
    if (next && name) {
      p.kind = 'caption';
      next.kind = 'credit';
      continue;
    }
    // A photograph printed with its title, a sentence of caption and the photographer's credit set tight under one another
    // (《古堰晨曦》 / 晨雾中，一位老人撑着竹筏…划过。 / 叶建新　摄): one caption, the title its first words.
    // (The sentence may come in two pieces, its first line set short of the column.)
    for (let n = 1; n <= WORK_CAPTION_MAX_PIECES; n++) {
      const said = pieces.slice(i + 1, i + 1 + n);
      const credit = pieces[i + 1 + n];
      const tight = said.every((q, k) => q.kind === null && q.start === (k === 0 ? p.end : said[k - 1]!.end) + 1);
      const lines = said.reduce((m, q) => m + q.lines.length, 0);
      const chars = said.reduce((m, q) => m + q.length, 0);
      if (said.length !== n || !tight || lines > WORK_CAPTION_MAX_LINES || chars > CAPTION_MAX_CHARS || !said.at(-1)!.endsFullSentence) continue;
      if (!credit || credit.start !== said.at(-1)!.end + 1 || !(credit.kind === 'credit' || WORK_AUTHOR.test(credit.text.trim()))) continue;
      p.kind = 'caption';
      for (const q of said) q.kind = 'caption';
      credit.kind = 'credit';
      break;
    }
  }
}

/** A photograph's caption under its 《title》 runs at most this many printed lines, in at most this many pieces. */
const WORK_CAPTION_MAX_LINES = 3;
const WORK_CAPTION_MAX_PIECES = 2;

/**
 * An author's name alone under a title, without □ or 文/ (立秋后的石梁溪 / 余向阳 / the poem): a
 * two- or three-character line that starts with a common surname, right under a short title line
 * that stands apart, with text after it.
 */
/** A short note wholly in brackets under a title (（新韵）, （外一首）): a few characters at most. */
const TITLE_NOTE = /^[（(][\p{Script=Han}]{1,6}[）)]$/u;

/** A speaker's post and name alone on a line (县长　某某). */
const SPEAKER_POST = new RegExp(`^(?:${SPEAKER_POSTS.join('|')})[\\s\\u3000]+\\p{Script=Han}{2,3}$`, 'u');
/** The ——副题 naming the occasion stands at most this many pieces above the speaker's line (it may wrap onto a second). */
const SPEAKER_SUBTITLE_REACH = 2;

/**
 * A post and a name alone on a line under a ——副题 (——2023年2月6日在某县人民代表大会上 / 县长　某某): the speaker who
 * delivered the text, its byline, not a third line of the title.
 */
function markSpeakerLines(pieces: Piece[]) {
  for (const [i, p] of pieces.entries()) {
    if (p.kind !== null || p.lines.length !== 1 || !SPEAKER_POST.test(p.text.trim())) continue;
    const above = pieces.slice(Math.max(0, i - SPEAKER_SUBTITLE_REACH), i);
    if (above.some((q) => q.kind === null && /^[—－―─]{1,2}\S/u.test(q.text.trim()))) p.kind = 'byline';
  }
}

/** The rest of a table's row cut by the wrap is at most this long (联队, 队　　　13秒88); a word's end alone at most this long. */
const TABLE_ROW_TAIL_MAX_CHARS = 12;
const TABLE_ROW_TAIL_WORD_MAX_CHARS = 3;
/** A table row's cells as the page sets them apart. */
const cellCount = (t: string) => t.trim().split(PATTERNS.cellGap).filter(Boolean).length;

/** Where each cell of a one-line unit starts, in half-width columns from the line's start (its indent included). */
function cellColumns(u: Piece): number[] {
  const line = u.lines[0] ?? '';
  const starts = line ? [0] : [];
  for (const m of line.matchAll(new RegExp(PATTERNS.cellGap.source, 'gu'))) if (m.index + m[0].length < line.length) starts.push(m.index + m[0].length);
  return starts.map((at) => u.indentWidth + visualWidth(line.slice(0, at)));
}

/** A cell's column and another's may differ by this much and be the same column (a half-width space in the extraction). */
const CELL_COLUMN_SLACK = 1;

/**
 * A line indented past the row's first cell, each of its parts starting at the column of one of the row's later cells: the
 * index of that cell for each part, or null.
 */
function underLaterCells(p: Piece, row: Piece): number[] | null {
  if (p.indentWidth === 0) return null;
  const columns = cellColumns(row);
  const at = cellColumns(p).map((c) => columns.findIndex((x, k) => k > 0 && Math.abs(x - c) <= CELL_COLUMN_SLACK));
  return at.length > 0 && at.every((k) => k > 0) ? at : null;
}

/**
 * The rest of a table's row that the wrap carried onto a line of its own, set tight under the row (2　钱俊杰　崇福镇机关事业单位
 * 　12秒03 / 联队): part of that row, not a heading between two rows.
 */
function markRowTails(pieces: Piece[]) {
  for (const [i, p] of pieces.entries()) {
    const prev = pieces[i - 1];
    if (p.kind !== null || p.lines.length !== 1 || !prev || prev.kind !== 'table-row' || prev.end + 1 !== p.start) continue;
    // Set under the row's later cells, each part starting where a cell of the row starts (姚庄农贸市场沈记 / 豆制品摊): the
    // rest of those cells, whatever its length or brackets ((碗)).
    const cells = underLaterCells(p, prev);
    if (cells) {
      p.kind = 'table-row';
      p.rowTail = true;
      p.tailCells = cells;
      continue;
    }
    if (p.length > TABLE_ROW_TAIL_MAX_CHARS || /[。！？，；：:（）()]/u.test(p.text)) continue;
    // The row above is cut short of the table's cells (3　褚丽萍　崇福皮草企业联 / 队　　13秒88), or the tail is a word's end
    // (联队): a label of the table's next group (二等奖) stands over rows of its own and the row above it is whole.
    let top = i - 1;
    while (top > 0 && pieces[top - 1]!.kind === 'table-row' && pieces[top - 1]!.end + 1 === pieces[top]!.start) top--;
    const width = Math.max(...pieces.slice(top, i).map((r) => cellCount(r.text)));
    if (!(cellCount(prev.text) < width || p.length <= TABLE_ROW_TAIL_WORD_MAX_CHARS)) continue;
    p.kind = 'table-row';
    p.rowTail = true;
  }
}

/** A book's title alone on its line (《它山堰：一座古堰的千年守望》) right over its author's row: the first line of the book's row. */
function markBookTitles(pieces: Piece[]) {
  for (const [i, p] of pieces.entries()) {
    const next = pieces[i + 1];
    if (p.kind === null && p.lines.length === 1 && /^《[^《》]{1,30}》$/u.test(p.text.trim()) && next?.kind === 'table-row' && next.start === p.end + 1 && BOOK_ROW.test(next.text.trim())) p.kind = 'table-row';
  }
}

/**
 * A table's header row read as names (名次　学校　总分 looks like a byline of bare names): a line of as many cells as the row
 * right under it, set tight over it, is the table's header row. A header repeated after a page break under its 续表 marker
 * stands over rows too.
 */
function markTableHeaders(pieces: Piece[]) {
    for (const [i, p] of pieces.entries()) {
    const next = pieces[i + 1];
    if (p.kind !== 'byline' || p.lines.length !== 1 || !next || next.kind !== 'table-row' || next.start !== p.end + 1) continue;
    if (cellCount(p.text) >= TABLE_MIN_CELLS && cellCount(p.text) === cellCount(next.text) && isTableRow(p.text)) p.kind = 'table-row';
  }
}

/**
 * A heading set tight over table rows, the rows followed by prose that opens no story (past a page's foot and header, a
 * 续表 marker and the header row repeated): the table stands inside the story, its heading the table's title.
 */
function markTablesInText(pieces: Piece[]) {
  for (const [i, p] of pieces.entries()) {
    const next = pieces[i + 1];
    if (p.kind !== null || !p.headingLike || next?.kind !== 'table-row' || next.start !== p.end + 1) continue;
    let k = i + 1;
    // Past the table's rows, a page's foot and header, and the table's source note (数据来源：…); and past the next tables of
    // the set, each under its own title (男子100米（青年组） / rows, 女子100米（青年组） / rows, … then the text goes on).
    const titledTableAt = (j: number) => pieces[j]?.kind === null && pieces[j]!.headingLike && pieces[j + 1]?.kind === 'table-row' && pieces[j + 1]!.start === pieces[j]!.end + 1;
    for (;;) {
      while (k < pieces.length && (pieces[k]!.kind === 'table-row' || pieces[k]!.kind === 'note' || FURNITURE_KINDS.has(pieces[k]!.kind!))) k++;
      if (!titledTableAt(k)) break;
      k++;
    }
    const after = pieces[k];
    p.tableInText = !!after && after.kind === null && !headingLike(after.text.trim()) && !PATTERNS.lead.test(after.text);
  }
}

function markBareAuthors(pieces: Piece[]) {
  for (let i = 1; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    // A note in brackets under a 词's title (临江仙·… / （新韵） / 陈　蓓) stands between the title and its author.
    const noted = i >= 2 && TITLE_NOTE.test(pieces[i - 1]!.text.trim()) && !pieces[i - 1]!.blankBefore ? 1 : 0;
    const title = pieces[i - 1 - noted]!;
    if (p.kind !== null || !!p.placeColon || !/^\p{Script=Han}{2,3}$/u.test(p.text.trim()) || !SURNAMES.includes(p.text.trim()[0]!)) continue;
    // (A blank line may stand between a poem's title and its author when a poem's short line opens under the name.)
    const poemUnder = pieces[i + 1]!.kind === null && pieces[i + 1]!.lines.length === 1 && pieces[i + 1]!.length <= VERSE_LINE_MAX_CHARS && !/[。！？]/u.test(pieces[i + 1]!.text) && !!p.blankAfter;
    if (!title.headingLike || title.kind !== null || title.length > BARE_AUTHOR_TITLE_MAX_CHARS || (title.blankAfter && !poemUnder)) continue;
    const before = pieces[i - 2 - noted];
    if (before && !(title.blankBefore || before.endsFullSentence || before.kind !== null)) continue;
    if (pieces[i + 1]!.kind === null) p.kind = 'byline';
    // The note is the poem's, said of its form: a note, no subheadline.
    if (pieces[i + 1]!.kind === null && noted) pieces[i - 1]!.kind = 'note';
  }
}

/**
 * A heading's shape: phrases separated by spaces and their first two characters (实施|3), or for
 * a short one-word heading its length and last two characters (4|社区; a two-character one its last: 2|榜). Headlines of different
 * stories rarely share one; the section headings of one story often do.
 */
export function headingShape(t: string): string | null {
  let s = t.trim();
  const parts = s.split(/[\s\u3000]+/u);
  // A word letter-spaced (红　榜, 讣　告) is one word.
  if (parts.length >= 2 && parts.every((x) => [...x].length === 1)) s = parts.join('');
  else if (parts.length >= 2) return `${s.slice(0, 2)}|${parts.length}`;
  // A short label, a colon and a phrase (灵峰：夜色里的剪影, 大龙湫：先闻其声): one shape, whatever the label — unless the label
  // numbers its item (骗局一：刷单返利, titles of pieces of their own).
  if (/^\p{Script=Han}{1,3}[^\s一二三四五六七八九十]：\p{Script=Han}/u.test(s)) return 'label：';
  const n = nonSpaceLength(s);
  // A two-character heading shares its last character with its sibling (红榜 / 黑榜, 上联 / 下联).
  return n <= SHAPE_WORD_MAX_CHARS ? `${n}|${s.slice(-Math.min(2, n - 1))}` : null;
}

function markSiblings(pieces: Piece[]) {
  // Distinct headings only: the same line printed twice is not two sections.
  const texts = new Map<string, Set<string>>();
  const shapes = pieces.map((p) => (p.kind === null && p.headingLike && !p.verse ? headingShape(p.text) : null));
  shapes.forEach((s, i) => s && texts.set(s, (texts.get(s) ?? new Set()).add(pieces[i]!.text.trim())));
  const counts = new Map([...texts].map(([s, t]) => [s, t.size]));
  pieces.forEach((p, i) => {
    const s = shapes[i];
    if (s) p.siblings = counts.get(s)! - 1;
  });
}

// Lengths (non-space characters) that a line of each form of page furniture does not exceed:
// a line longer than that holding the same words is text that mentions them (and constants.ts:
// CREDIT_LINE_MAX_CHARS, PRINTED_LINE_MAX_CHARS, shared with units.ts).
/** 责任编辑 / 美编 / 校对 line (several roles on one line). */
const EDITOR_LINE_MAX_CHARS = 80;
/** A QR-code prompt, a 文号 line. */
const SHORT_NOTE_MAX_CHARS = 40;
/** A photo credit alone (记者 某某 摄). */
const PHOTO_CREDIT_MAX_CHARS = 20;
/** A caption ending with its credit. */
const CREDITED_CAPTION_MAX_CHARS = 80;
/** A caption by its words holds at most this many sentences. */
const CAPTION_MAX_SENTENCES = 2;

/** A foot line: a slogan or an organ's credit, a wide gap, and the page number (钱江源头　生态开化　　　— 4 —), no sentence in it. */
function footWithPageNumber(t: string): boolean {
  const cells = t.split(/\s{4,}|\u3000{2,}/u).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 && /^[—–\-－―─]/u.test(cells.at(-1)!) && PATTERNS.pageNumber.test(cells.at(-1)!) && !/[。！？，；]/u.test(t);
}

/**
 * A line that speaks of scanning a code but prompts no one: a dashed 副题 (——村民扫码就能查看…), or a sentence closed by its
 * end mark, a photo credit after it or not (村民在公开栏前扫码查询村务。（江浩　摄）). A QR prompt is neither (扫码关注…).
 */
const NOT_A_PROMPT = /^[—–]|[。！？](?:[（(][^（）()]*[）)])?$/u;

/** A cell of a foot line beside its contact line (a slogan: 千年古镇　活力新塍) is at most this long. */
const FOOT_CELL_MAX_CHARS = 16;

/**
 * A foot line: a slogan, a wide gap and a contact line for contributions (千年古镇　活力新塍　　　　投稿信箱：…@163.com),
 * no sentence in it: the page's furniture, as the contact line alone is.
 */
function footWithSubmission(t: string): boolean {
  const cells = t.split(/\s{4,}|\u3000{2,}/u).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 && PATTERNS.submission.test(cells.at(-1)!) && cells.slice(0, -1).every((c) => nonSpaceLength(c) <= FOOT_CELL_MAX_CHARS) && !/[。！？，；]/u.test(t);
}

function kindOf(t: string, length: number, speakers: Set<string>): UnitKind | null {
  // A ruled line or a table's border (┌─┬─┐, ————): print, no text.
  if (RULE_LINE.test(t)) return 'rule-line';
  if (TABLE_CONTINUED.test(t)) return 'table-continued';
  if (PATTERNS.pageNumber.test(t) || footWithPageNumber(t)) return 'page-number';
  if (length <= EDITOR_LINE_MAX_CHARS && PATTERNS.editorLine.test(t)) return 'editor';
  if (isPageHeader(t)) return 'page-header';
  if (length <= CREDIT_LINE_MAX_CHARS && PATTERNS.mastheadCredit.test(t)) return 'masthead-credit';
  if (length <= CREDIT_LINE_MAX_CHARS && PATTERNS.pagePhotoCredit.test(t)) return 'page-photo-credit';
  if (length <= CREDIT_LINE_MAX_CHARS && PATTERNS.submission.test(t) && !/[。！？]./u.test(t) && !PATTERNS.numberedHeading.test(t) && !PATTERNS.numberedItem.test(t)) return 'submission';
  if (length <= CREDIT_LINE_MAX_CHARS && footWithSubmission(t)) return 'submission';
  if (length <= SHORT_NOTE_MAX_CHARS && PATTERNS.qrCode.test(t) && !NOT_A_PROMPT.test(t)) return 'qr';
  const jump = jumpLine(t);
  if (jump) return jump;
  if (PATTERNS.serialEnd.test(t)) return 'continued-to';
  if (PATTERNS.docSigner.test(t)) return 'doc-signer';
  if (length <= SHORT_NOTE_MAX_CHARS && PATTERNS.docNumberLine.test(t)) return 'doc-number';
  if (PATTERNS.copyTo.test(t)) return 'doc-copyto';
  if (length <= PRINTED_LINE_MAX_CHARS && PATTERNS.printedLine.test(t) && /\d|[〇一二三四五六七八九]/u.test(t)) return 'doc-printed';
  if (isDateLine(t) || isSignOffLine(t)) return 'date-line';
  if (PATTERNS.docField.test(t)) return 'doc-field';
  if (PATTERNS.attachment.test(t)) return 'attachment';
  if (PATTERNS.docAfterNote.test(t)) return 'doc-after-note';
  if (PATTERNS.lead.test(t)) return 'lead';
  if (PATTERNS.authorAffiliation.test(t)) return 'affiliation';
  if (PATTERNS.noteLabel.test(t) || /^[（(]\s*作者简介/u.test(t)) return 'note';
  // A reprint's source credit (来源：浙江日报, （来源：新华社）): a note under the text, not its author.
  if (length <= SHORT_NOTE_MAX_CHARS && PATTERNS.sourceLine.test(t)) return 'note';
  if (PATTERNS.creditLine.test(t) && length <= PHOTO_CREDIT_MAX_CHARS) return 'credit';
  // A book's row names its author and part (《稻田里的小学》　沈　悦　著): no byline of the page's.
  if (BOOK_ROW.test(t.trim())) return 'table-row';
  if (isBylineLine(t)) return 'byline';
  if (length <= CREDITED_CAPTION_MAX_CHARS && (splitCredit(t) || sideBySideCaptions(t))) return 'caption';
  // A caption that names its picture (图为…), one or two sentences, with or without a credit.
  if (length <= CAPTION_MAX_CHARS && PATTERNS.photoCaption.test(t) && (t.match(/[。！？]/gu)?.length ?? 0) <= CAPTION_MAX_SENTENCES) return 'caption';
  if (speakerOf(t, speakers)) return 'turn';
  if (PATTERNS.listItem.test(t)) return 'list-item';
  if (isTableRow(t)) return 'table-row';
  if (PATTERNS.numberedHeading.test(t) || PATTERNS.numberedItem.test(t)) return 'numbered';
  return null;
}

/**
 * Run-in titles of a 简讯 column: ■柳市镇开展端午节前食品安全检查　6月5日，柳市镇… — a marker, a
 * title, a wide gap, then the item's text. The title becomes a unit of its own (a headline),
 * the text another. A marker before a speaker (■记者　…) is an interview turn, not a title.
 */
const RUN_IN_TITLE = new RegExp(`^(?<title>[${ITEM_MARKS}]\\s*[^\\s\\u3000，。；！？]{2,}(?: [^\\s\\u3000，。；！？]+)*?)(?: ?\\u3000+ ?|\\s{2,})(?<rest>\\S.*)$`, 'su');

/**
 * The same with one plain space for the gap (■ 莫让垃圾桶“满溢” 近日，有居民…): the title one word with no space or
 * sentence mark in it, the text after it prose (a comma or full stop in it), and no reporter's role in the title
 * (■ 记者 某某 is a byline).
 */
const NARROW_RUN_IN_TITLE = new RegExp(`^(?<title>[${ITEM_MARKS}]\\s*[^\\s\\u3000，。；！？：:、]{4,}) (?<rest>[^\\s\\u3000][^\\s\\u3000]*[，。].*)$`, 'su');
const narrowRunIn = (u: Unit) => {
  const m = u.text.match(NARROW_RUN_IN_TITLE);
  return m && !/记者|通讯员|评论员/u.test(m.groups!.title!) ? m : null;
};

/**
 * The same without a marker: a paragraph opened by a short title (printed bold, often doubled by
 * extraction), a wide gap, then its text (城乡公交新线开通　3月1日，龙游县…). Without a marker only a
 * column of them is trusted: at least BARE_RUN_INS_MIN paragraphs on the page open so, each with
 * prose after the gap (a sentence mark in it), so a 名称　电话 row or a header line never splits.
 */
const BARE_RUN_IN_TITLE = /^(?<title>[^\s\u3000，。；！？：:、（(【\[]{4,})\u3000+(?<rest>\S.*)$/su;
/** A bare run-in title is at most this long (a headline, doubled: 2 × 10 characters). */
const BARE_RUN_IN_TITLE_MAX_CHARS = 20;
/** This many paragraphs opened by a bare run-in title make a column of them (one could be a 名称　text row). */
const BARE_RUN_INS_MIN = 2;

function bareRunIn(u: Unit): RegExpMatchArray | null {
  const m = u.blankBefore ? u.text.match(BARE_RUN_IN_TITLE) : null;
  const { title, rest } = m?.groups ?? {};
  if (!title || !rest || nonSpaceLength(title) > BARE_RUN_IN_TITLE_MAX_CHARS) return null;
  // The text after the gap is prose: a sentence mark in it (a line cut after 3月1日，龙游县 is prose too).
  return /[，。]/u.test(rest) ? m : null;
}

/**
 * A bare run-in title whose text opens with a news lead (观海卫镇举办秋季招聘会　本报讯 10月13日，…): the
 * 本报讯 says a story starts after the gap, so the words before it are its title even with no column of
 * run-ins around it. The title ends no sentence and holds no bracket, so a lead's own byline never splits.
 */
/** An unmarked title, one plain space, then its text (某某完成清淤 近日，…): a run-in item's title, read only under a label. */
const SPACED_RUN_IN_TITLE = /^(?<title>[^\s\u3000，。；！？：:、（(【\[]{4,}) (?<rest>[^\s\u3000].*)$/su;
const spacedRunIn = (u: Unit) => {
  const m = u.text.match(SPACED_RUN_IN_TITLE);
  return m && nonSpaceLength(m.groups!.title!) <= BARE_RUN_IN_TITLE_MAX_CHARS ? m : null;
};
/** A column label over its run-in items is a word or two: at most this many characters (渔港快讯, 乡镇短波). */
const RUN_IN_LABEL_MAX_CHARS = 6;
/** The unit right above is a short label alone on its line, a blank line over it, set tight over this one (渔港快讯 / 某某… 近日，…). */
const underRunInLabel = (u: Unit, prev: Unit | undefined) =>
  !!prev && prev.blankBefore && prev.lines.length === 1 && prev.end + 1 === u.start && headingLike(prev.text.trim()) && nonSpaceLength(prev.text.trim()) <= RUN_IN_LABEL_MAX_CHARS;

function leadRunIn(u: Unit, next: Unit | undefined, prev: Unit | undefined): RegExpMatchArray | null {
  // Set apart above by a blank line, or by the full stop that closes the text before (a column of items set tight), its
  // writer's name in brackets perhaps after it (…。（某某）).
  // Or set tight under the column's short label (农事快递 / 某某镇举办…　10月16日，…).
  const apart = u.blankBefore || underRunInLabel(u, prev) || (!!prev && (endsFullSentence(prev.text.trim()) || ITEM_CLOSED.test(prev.text.trim())));
  const m = (apart ? bareRunIn({ ...u, blankBefore: true }) : null) ?? cutLeadRunIn(u, next) ?? (underRunInLabel(u, prev) ? spacedRunIn(u) : null);
  if (!m || endsSentence(m.groups!.title!)) return null;
  const rest = `${m.groups!.rest!}${next && !u.blankAfter ? next.text : ''}`;
  return PATTERNS.lead.test(rest) || DATELINE_OPENING.test(rest) ? m : null;
}

/** A dateline opening a story's text, named or vague, and its comma (6月2日，… · 6月2日上午，… · 近日，…). */
const DATELINE_OPENING = new RegExp(`^(?:${PATTERNS.dateline.source.slice(1)}|${PATTERNS.vagueDateline.source.slice(1)})，`, 'u');

/** What of a cut 本报讯 can stand on the title's line: 本报. */
const CUT_OPENER_MAX_CHARS = 2;
/** The same with the lead's opener cut by the wrap (观海卫镇举办秋季招聘会　本报 / 讯 10月13日，…): only its first characters on the title's line. */
const CUT_LEAD_RUN_IN = /^(?<title>[^\s\u3000，。；！？：:、（(【\[]{4,})\u3000+(?<rest>本报?)$/u;
const cutLeadRunIn = (u: Unit, next: Unit | undefined) => (u.blankBefore && next && !u.blankAfter && nonSpaceLength(u.text) <= BARE_RUN_IN_TITLE_MAX_CHARS + CUT_OPENER_MAX_CHARS ? u.text.trim().match(CUT_LEAD_RUN_IN) : null);

/**
 * A short text after the gap that runs on past its line (■标题　遛狗不牵绳、宠物粪 / 便随地留，…) is the item's text cut by
 * the wrap, not a second title: it ends no sentence and prose follows on the next line, no blank line between.
 */
const continuesBelow = (u: Unit, next: Unit | undefined) =>
  (u.runsOn || !endsSentence(u.text.trim())) && !!next && !u.blankAfter && !next.blankBefore && !PATTERNS.itemMarker.test(next.text.trim()) && !headingLike(next.text.trim());

/** A marker and a page reference alone before the gap (▶2版　…, ■第3版　…): a 导读 pointer's page, not an item's run-in title. */
const PAGE_REFERENCE_TITLE = /^\S\s*第?\s*[A-Z]?\d{1,2}\s*版$/u;

/**
 * The text after a run-in title, cut by the wrap before its first word ends (■标题　2 / 月13日，… · ■标题　本 / 报讯…)
 * and set apart from the line under it only because the title line was bold: the next unit's opening, joined to it.
 */
const cutBeforeNext = (rest: string, u: Unit, next: Unit | undefined) =>
  nonSpaceLength(rest) < RUN_IN_TEXT_MIN_CHARS && !/[，。；！？：:、]/u.test(rest) && continuesBelow(u, next) && !!next && next.start === u.end + 1 && !next.bold;

function splitRunInTitles(units: Unit[], speakers: Set<string>): Unit[] {
  const out: Unit[] = [];
  const bare = units.filter((u) => bareRunIn(u)).length >= BARE_RUN_INS_MIN;
  let carried: Unit | null = null;
  for (const [i, u0] of units.entries()) {
    const u: Unit = carried ? { ...u0, text: carried.text + u0.text, lines: u0.lines, start: carried.start, blankBefore: false, wideGapBefore: false, spaceBefore: false } : u0;
    carried = null;
    // A line framed by one ornament at both ends (★　恭贺新禧　★　…　★) is a banner, no title run into its text.
    const framed = FRAMED_BANNER.test(u.text.trim());
    const m = framed ? null : u.text.match(RUN_IN_TITLE) ?? narrowRunIn(u) ?? (bare ? bareRunIn(u) : leadRunIn(u, units[i + 1], units[i - 1]));
    const title = m?.groups?.title;
    const rest = m?.groups?.rest;
    if (!title || !rest || PAGE_REFERENCE_TITLE.test(title.trim()) || speakers.has(title.replace(PATTERNS.itemMarker, '').trim()) || nonSpaceLength(title) > RUN_IN_TITLE_MAX_CHARS || headingLike(rest) && nonSpaceLength(rest) < RUN_IN_TEXT_MIN_CHARS && !continuesBelow(u, units[i + 1])) {
      out.push(u);
      continue;
    }
    out.push({ ...u, text: title.trim(), lines: [title.trim()], end: u.start, blankAfter: false, runsOn: false });
    const piece: Unit = { ...u, text: rest.trim(), lines: u.lines, blankBefore: false, wideGapBefore: false, spaceBefore: false, runsOn: u.runsOn || continuesBelow(u, units[i + 1]) };
    if (cutBeforeNext(rest.trim(), u, units[i + 1])) carried = piece;
    else out.push(piece);
  }
  out.forEach((u, i) => (u.index = i));
  return out;
}

/**
 * A run-in item opened by a place and a colon, its text on the same line (某某镇：3月1日，某某镇举办…): an item of a 短波 column.
 * The place ends in the suffix of a township or village unit (镇, 乡, 街道, 村, 社区, 开发区, 园区: a closed class of
 * administrative names), so a speaker's turn (郑欢欢：…) or a label row (地址：…) never reads so.
 */
const PLACE_ITEM = /^(?<title>\p{Script=Han}{1,6}(?:镇|乡|街道|村|社区|开发区|园区))(?<colon>[：:])(?<rest>\S.*)$/u;
/** The line before an item's first closes the item above: a full stop, then perhaps its writer's name in brackets (…。（某某）). */
const ITEM_CLOSED = /[。！？]”?(?:[（(][^（）()]{1,20}[）)])?$/u;
/** This many place items on the page make a column of them (one could be a sentence's subject and a colon). */
const PLACE_ITEMS_MIN = 2;

/** The lines of a unit that open a place item: its first line, or one under a line that closed the item above (…。（某某）). */
function placeItemLines(u: Unit): number[] {
  return u.lines.flatMap((l, k) => {
    const rest = l.trim().match(PLACE_ITEM)?.groups?.rest;
    // The text after the colon is prose (a comma or full stop in it): 某某镇：某某村见闻 is a headline of its own.
    return rest && /[，。]/u.test(rest) && (k === 0 || ITEM_CLOSED.test(u.lines[k - 1]!.trim())) ? [k] : [];
  });
}

/**
 * A column of place items set tight (某某镇：… / 某某乡：…, no blank lines between): each item becomes a title unit (the
 * place, its headline) and a text unit (the rest of its line and the lines under it up to the next item).
 */
function splitPlaceItems(units: Unit[]): Unit[] {
  if (units.reduce((n, u) => n + placeItemLines(u).length, 0) < PLACE_ITEMS_MIN) return units;
  const out: Unit[] = [];
  for (const u of units) {
    const at = placeItemLines(u);
    if (at.length === 0) {
      out.push(u);
      continue;
    }
    if (at[0]! > 0) out.push(slice(u, 0, at[0]!, { blankAfter: false }));
    for (const [j, k] of at.entries()) {
      const m = u.lines[k]!.trim().match(PLACE_ITEM)!.groups!;
      const last = j === at.length - 1;
      out.push({ ...u, text: m.title!, lines: [m.title!], start: u.start + k, end: u.start + k, blankBefore: k === 0 && u.blankBefore, blankAfter: false, runsOn: false, wideGapBefore: k === 0 && u.wideGapBefore, spaceAfter: false, placeColon: m.colon! });
      const body = [m.rest!, ...u.lines.slice(k + 1, last ? u.lines.length : at[j + 1])];
      out.push({ ...slice(u, k, last ? u.lines.length : at[j + 1]!, { blankBefore: false }), text: body.map((l) => l.trim()).reduce(joinText, ''), lines: body });
    }
  }
  out.forEach((u, i) => (u.index = i));
  return out;
}

/** Lines `from` to `to` of a unit (its seed lines counted from its start, the lines set one a seed line), as a unit. */
function slice(u: Unit, from: number, to: number, edges: Partial<Unit>): Unit {
  const lines = u.lines.slice(from, to);
  const end = u.start + to - 1;
  return { ...u, text: lines.map((l) => l.trim()).reduce(joinText, ''), lines, start: u.start + from, end, blankBefore: from === 0 && u.blankBefore, blankAfter: end === u.end && u.blankAfter, wideGapBefore: from === 0 && u.wideGapBefore, runsOn: end === u.end && u.runsOn, ...edges };
}

/** An item's marked title on its own line (◎某某小学举办冬季运动会): a marker, then words with no sentence mark. */
const MARKED_TITLE_LINE = new RegExp(`^[${ITEM_MARKS}]\\s*[^，。；！？,.;!?]{4,}$`, 'u');
/** A story's text opened by its dateline and a comma, full- or half-width (12月1日,… · 近日，…). */
const DATED_TEXT = new RegExp(`^(?:${PATTERNS.dateline.source.slice(1)}|${PATTERNS.vagueDateline.source.slice(1)})[，,]`, 'u');

/**
 * A marked title that filled its line, run by the wrap into the item's text under it (◎某某小学“某某”社团获奖 / 近日,在…): the
 * title line becomes a unit of its own when the next line opens with a dateline, as the items' text does.
 */
function splitMarkedTitleLines(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.lines.length >= 2 && MARKED_TITLE_LINE.test(u.lines[0]!.trim()) && DATED_TEXT.test(u.lines[1]!.trim())) out.push(slice(u, 0, 1, { blankAfter: false, runsOn: false }), slice(u, 1, u.lines.length, { blankBefore: false }));
    else out.push(u);
  }
  out.forEach((u, i) => (u.index = i));
  return out;
}

/**
 * A column's tag line: the column's name, then its author after a marker or a slash, on one line
 * above the piece's headline (一家之言 ■郑晓明, 三衢夜话 / 徐　方). It is no headline: the name
 * becomes a unit of its own (the column label), the marker or slash and the author another (a byline).
 */
function splitColumnTags(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const m = u.lines.length === 1 ? u.text.trim().match(COLUMN_TAG) : null;
    // A work's credit (漫画/刘小燕) names its author, not a column.
    if (!m?.groups || WORK_CREDIT_WORDS.includes(m.groups.column!)) {
      out.push(u);
      continue;
    }
    const { column, author } = m.groups as { column: string; author: string };
    out.push({ ...u, text: column, lines: [column], blankAfter: false, spaceAfter: false, columnTag: true });
    out.push({ ...u, text: author, lines: [author], blankBefore: false, wideGapBefore: false });
  }
  out.forEach((u, i) => (u.index = i));
  return out;
}

/** Column name (one word, no punctuation), a space, a marker or a slash, a 2–4 character name. */
// The slash may follow 文 (梅潭夜话　　文/潘建华): the author's credit for the words.
const COLUMN_TAG = /^(?<column>[\p{Script=Han}·]{2,8})[\s\u3000]*(?<author>(?:[■□◆●]+|文?[/／])[\s\u3000]*(?:\p{Script=Han}[\s\u3000]?){1,3}\p{Script=Han})$/u;

/**
 * Speaker labels that open two or more paragraphs of a page (林佳佳：…), and the generic ones
 * (记者：, 问：). One 会议指出：… is not an interview.
 */
function recurringSpeakers(units: Unit[]): Set<string> {
  const counts = new Map<string, number>();
  const rows = boxRows(units);
  // Labelled lines that run on from a box's rows with no blank line between (领衔代表：… / 办理单位：… / 办理情况：…
  // / 代表评价：…) are the form's further fields, however long their values.
  const form = new Set<number>();
  units.forEach((u, i) => {
    const m = u.text.match(PATTERNS.speakerLabel) ?? u.text.match(PATTERNS.markerSpeaker);
    const s = m?.groups?.speaker;
    if (rows.has(i) || (s && form.has(i - 1) && !u.blankBefore)) form.add(i);
    // A label over a value in a box of such rows (项目地点：柳市镇新光工业区 / 总投资：25亿元) is a row, not a turn.
    if (s && nonSpaceLength(s) <= SPEAKER_MAX_CHARS && !form.has(i)) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const found = new Set<string>();
  for (const [s, n] of counts) if (n >= SPEAKER_MIN_TURNS && !/^(?:时间|地点|主持|附件|抄送|电话|地址|邮箱|联系人)/u.test(s)) found.add(s);
  // A question label answered by its answer label (问：… / 答：…) is a Q&A however few its turns.
  for (const [q, a] of QA_PAIRS) if (counts.has(q) && counts.has(a)) found.add(q).add(a);
  // A generic label counts once another speaker (or itself again) shows the page is an interview.
  return found;
}

/** A contact person's line with a number (联系人：徐建平　139…), no sentence in it. */
const CONTACT_PERSON = /^联系人\s*[:：][^。！？]*\d{7,}[^。！？]*$/u;

/**
 * A contact person's line alone, set apart under finished text and in no box of label rows: the
 * notice's contact note, as a 公文 prints （联系人：…）, kept with it but not its last sentence.
 */
function markContactNotes(pieces: Piece[]) {
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (p.kind === null && !p.boxRow && p.lines.length === 1 && p.blankBefore && CONTACT_PERSON.test(p.text.trim()) && prev?.kind === null && prev.endsFullSentence) p.kind = 'note';
  });
}

/** A line wholly in one pair of brackets, no sentence end inside ((以上为8月下旬电子警察抓拍), (单位：万元)). */
const BRACKETED_LINE = /^[（(][^（）()。！？]+[）)]$/u;

/** A bracketed line right under a table's last row, no blank between: the table's note (what the rows are, where from). */
function markTableNotes(pieces: Piece[]) {
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (p.kind === null && p.lines.length === 1 && BRACKETED_LINE.test(p.text.trim()) && prev?.kind === 'table-row' && prev.end + 1 === p.start) p.kind = 'note';
  });
}

/**
 * Bare numbers counting up one by one (01 / 02 / 03), each alone on a line right over a line of
 * text: a graphic's item numbers, not page numbers (a page prints its number once).
 */
function markItemNumbers(pieces: Piece[]) {
  const bare = pieces.filter((p, i) => p.kind === 'page-number' && /^\d{1,2}$/u.test(p.text.trim()) && pieces[i + 1]?.kind === null && pieces[i + 1]!.start === p.end + 1);
  for (let i = 0; i < bare.length; ) {
    let j = i + 1;
    while (j < bare.length && Number(bare[j]!.text.trim()) === Number(bare[j - 1]!.text.trim()) + 1) j++;
    if (j - i >= ITEM_NUMBER_RUN_MIN) for (const p of bare.slice(i, j)) p.kind = null;
    i = j;
  }
}

/** A box has at least this many rows that no other form claims, */
const BOX_MIN_PLAIN_ROWS = 2;
/** or this many rows in all, contact rows among them and one row that says what the entry is (特色：…, 内容：…). */
const BOX_MIN_ROWS_WITH_CONTACTS = 3;
/** The labels of a contact's rows (a closed class): an ad's or a page's contact block, whatever else it prints. */
const CONTACT_LABEL = /^(?:地址|电话|联系电话|传真|网址|邮箱|电子邮箱|微信|微信号|QQ|热线|邮编|联系人|手机)\s*[:：]/u;

/**
 * Rows of a label：value box: a run of label rows, line after line, at least two of them lines no
 * form claims. A contact row in such a run (地址：…, 电话：…) is the box's row, not the page's
 * contact line; a contact line beside one stray label line (来信请寄：… / 电子邮箱：…) stays furniture.
 */
function markBoxRows(pieces: Piece[], rows: Set<number>) {
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && rows.has(j) && (j === i || rows.has(j - 1))) j++;
    const run = pieces.slice(i, j);
    // Or three rows and more, one of them no contact's (见山民宿 / 地址：… / 电话：… / 特色：…): an entry's fields.
    const plain = run.filter((p) => p.kind === null).length;
    const described = run.some((p) => p.kind === null && !CONTACT_LABEL.test(p.text.trim()));
    if (plain >= BOX_MIN_PLAIN_ROWS || (described && run.length >= BOX_MIN_ROWS_WITH_CONTACTS)) {
      for (const p of run) {
        if (p.kind === 'submission') p.kind = null;
        if (p.kind === null) p.boxRow = true;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** Units that are rows of a label：value box: a label row printed on the line right after or before another. */
export function boxRows(units: Unit[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1]!;
    if (labelRowText(a.text) && (labelRowText(b.text) || closingLabelRow(b.text)) && b.start === a.end + 1) rows.add(i).add(i + 1);
  }
  return rows;
}

function speakerOf(t: string, speakers: Set<string>): string | null {
  const m = t.match(PATTERNS.speakerLabel) ?? t.match(PATTERNS.markerSpeaker);
  const s = m?.groups?.speaker;
  if (!s) return null;
  if (speakers.has(s) && (GENERIC_SPEAKERS.test(s) || speakers.size >= SPEAKERS_MIN || [...speakers].some((x) => GENERIC_SPEAKERS.test(x)))) return s;
  return null;
}

function isTableRow(t: string): boolean {
  const cells = t.split(PATTERNS.cellGap).filter(Boolean);
  if (cells.length === 2 && (PHONE_ROW.test(t.trim()) || AMOUNT_ROW.test(t.trim()) || WORK_ROW.test(t.trim()) || NAME_UNIT_ROW.test(t.trim()))) return true;
  if (cells.length <= TABLE_MIN_CELLS && BOOK_ROW.test(t.trim())) return true;
  // A line led by its label (上期谜底：1.田　2.… / 获奖读者：王丽芳　徐建国): a labelled line of text, its values set apart.
  if (PATTERNS.labelLed.test(t.trim())) return false;
  return cells.length >= TABLE_MIN_CELLS && cells.every((c) => nonSpaceLength(c) <= TABLE_CELL_MAX_CHARS) && !/[。！？]/u.test(t);
}


/** A table cell holds at most this many characters; a longer run is text. */
const TABLE_CELL_MAX_CHARS = 24;
/** A row of a 常用电话 table: a name, a wide gap, a number (报警　110, 派出所　　0577-62711110). */
// The name may hold digits or letters of its own (全国12315热线　　12315).
const PHONE_ROW = /^\p{Script=Han}[\p{Script=Han}\dA-Za-z（）()·]{1,15}(?:\u3000+|\s{2,}|\s*\u3000\s*)[\d－-]{3,}$/u;

/**
 * A row of a name list: a person's name (two or three characters, letter-spaced or not), a wide gap, and where they work —
 * a body's name closed by the words bodies end in (沈建林　　华顺纺织有限公司, 钱　军　　恒丰化纤有限公司; a closed class).
 */
const NAME_UNIT_ROW = /^\p{Script=Han}(?:[\u3000 ]?\p{Script=Han}){1,2}(?:\u3000+|\s{2,})\p{Script=Han}[\p{Script=Han}（）()]{1,22}(?:公司|厂|医院|卫生院|学校|小学|中学|幼儿园|所|站|中心|局|委员会|村|社区|街道|镇|协会|合作社|银行|集团|商会|店|馆|队|院|部|办)$/u;

/** A row of a prize list: a work's 《title》, a wide gap, its author and where from (《晒秋》　　　吴美华（莲都）). */
const WORK_ROW = /^《[^《》]{1,24}》(?:\u3000+|\s{2,})\p{Script=Han}(?:[\u3000 ]?\p{Script=Han}){1,3}(?:[（(][^（）()]{1,12}[）)])?$/u;
/**
 * A row of a book list: a 《title》 with its author and the author's part (《四明山下》　王建国　著), the author and part alone under
 * a title too long for both (鄞江镇文化站　编), or the publisher and month (宁波出版社　2021年2月). The parts are a closed class.
 */
const BOOK_ROW = /^(?:《[^《》]{1,30}》(?:\u3000+|\s{2,}))?\p{Script=Han}(?:[\u3000 ]?\p{Script=Han}){1,11}(?:\u3000+|\s+)(?:著|编|编著|主编|译|绘|撰)$|^\p{Script=Han}{2,16}出版社(?:\u3000+|\s{2,})(?:19|20)\d{2}年(?:\d{1,2}月)?(?:第\d版)?$/u;

/**
 * A row of an accounts table: an item, a wide gap, an amount (发包及上交收入　　　 96500.00, 合　计　　1701176.50, 其他支出　　9685元):
 * a figure of three digits or more, or with decimals, alone after the gap — or before the end of the item's bracket, cut by
 * the wrap onto the row's second line (经营收入（厂房、店面　　1286400.00 / 出租）).
 */
const AMOUNT_ROW = new RegExp(`^[\\p{Script=Han}（）()、·\\u3000 ]{2,24}?(?:\\u3000{2,}|\\s{4,})\\s*${AMOUNT}(?:${AMOUNT_BRACKET_TAIL})?$`, 'u');

function isColumnish(t: string): boolean {
  // A label is one word (观点·评论 counts as one); phrases set apart by spaces are slogans or kickers.
  if (/\S[\s\u3000]+\S/u.test(t.trim())) return false;
  const s = t.replace(/[\s·•]/gu, '');
  const plain = s.replace(/^[【［\[]|[】］\]]$/gu, '');
  // The label's own words count, not the brackets round it (【主题教育进行时】 is 7).
  if (nonSpaceLength(plain) > COLUMN_MAX_CHARS || nonSpaceLength(s) < COLUMN_MIN_CHARS || /[，。；、！？“”]/u.test(s)) return false;
  if (COLUMN_OPENINGS.some((o) => plain.startsWith(o)) && plain.length >= COLUMN_OPENING_LABEL_MIN_CHARS && plain.length <= COLUMN_OPENING_LABEL_MAX_CHARS) return true;
  return COLUMN_WORDS.includes(plain) || COLUMN_ENDINGS.some((e) => plain.endsWith(e) && plain.length > e.length - 1);
}

/**
 * Poem lines: a run of at least VERSE_MIN_LINES short lines that do not end sentences, printed
 * in stanzas (blank lines between groups of lines). A headline stack is shorter; prose wraps.
 */
/** A regular poem's lines (灵峰夜色月徘徊， / 雁荡秋光入画来。): VERSE_MIN_LINES or more pieces in a row, one line each, of one length, each closed by its mark. */
function markRegularVerse(pieces: Piece[]) {
  const lengthOf = (p: Piece) => (p.kind === null && p.lines.length === 1 ? p.text.trim().match(REGULAR_VERSE_LINE)?.[1]?.length ?? 0 : 0);
  for (let i = 0; i < pieces.length; ) {
    const n = lengthOf(pieces[i]!);
    let j = i + 1;
    while (n > 0 && j < pieces.length && lengthOf(pieces[j]!) === n) j++;
    if (n > 0 && j - i >= VERSE_MIN_LINES) for (let k = i; k < j; k++) pieces[k]!.verse = true;
    i = j;
  }
}

/** A poem's lines joined into one piece by the paragraph rule are at most this many (a line and its run-on). */
const VERSE_JOINED_MAX_LINES = 2;

/** A notice's title set apart above and run into its text (东白山副刊征稿 / 本版常年刊登…): no poem's line. */
const noticeTitleOverText = (p: Piece) => p.blankBefore && !p.blankAfter && NOTICE_TITLE.test(p.text.replace(/[\s\u3000]+/gu, ''));

function markVerse(pieces: Piece[]) {
  markRegularVerse(pieces);
  // Inside a run, two short lines joined because the first does not end its clause (洗衣的阿婆抬起头 / 说，今年的水…) are two lines of the poem.
  const shortLines = (p: Piece, inRun: boolean) => p.lines.length === 1 || (inRun && p.lines.length === VERSE_JOINED_MAX_LINES && p.lines.every((l) => nonSpaceLength(l) <= VERSE_LINE_MAX_CHARS));
  const candidate = (p: Piece, inRun = false) =>
    p.kind === null && !p.boxRow && shortLines(p, inRun) && (p.lines.length > 1 || p.length <= VERSE_LINE_MAX_CHARS) && !p.runsOn && !p.bold && !/[。；！？]/u.test(p.text) && (p.text.match(/[，、]/gu)?.length ?? 0) <= 1 &&
    // An item's key (1904年, 01) keys a list's item, no poem's line; a line closing on a colon (方某某：) addresses or leads in.
    !PATTERNS.itemKey.test(p.text.trim()) && !/[：:]$/u.test(p.text.trim()) && !noticeTitleOverText(p) &&
    // A pointer to another page (…………2版, 2版　…) and its box's label point; a dashed line is a 副题: no poem's lines.
    !isPointerLine(p.text.trim()) && !isFrontBoxLabel(p.text) && !/^[—–－―─]{2}/u.test(p.text.trim());
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    while (j < pieces.length && candidate(pieces[j]!, j > i)) j++;
    // A poem's last line may end it with a full stop.
    if (j < pieces.length && pieces[j]!.kind === null && pieces[j]!.length <= VERSE_LINE_MAX_CHARS && pieces[j]!.lines.length === 1 && !/[：:]$/u.test(pieces[j]!.text.trim()) && !noticeTitleOverText(pieces[j]!) && j > i) j++;
    // The title (and column) of the next piece stand just above its byline: not the poem's lines.
    // A teacher's line (指导老师：…) closes the poem above it: no title stands over it.
    if (pieces[j]?.kind === 'byline' && j > i && !/^[（(]?\s*(?:指导老师|指导教师|辅导老师)/u.test(pieces[j]!.text.trim())) {
      let k = j - 1;
      const above = pieces[k - 1];
      if (k > i && above && (above.columnish || (above.blankBefore && !pieces[k]!.blankBefore) || above.bold)) k--;
      j = k;
    }
    const run = pieces.slice(i, j);
    // Stanzas: lines printed without blank lines between them, at least two in a group; a poem
    // has two stanzas or more, or stands under its author's line (□ 作者).
    const stanzaLines = run.filter((p) => !(p.blankBefore && p.blankAfter)).length;
    const stanzas = 1 + run.slice(1).filter((p) => p.blankBefore).length;
    const underAuthor = [pieces[i - 1], pieces[i - 2]].some((p) => p?.kind === 'byline');
    if (run.length >= VERSE_MIN_LINES && stanzaLines >= run.length * 0.6 && (stanzas >= 2 || underAuthor)) for (const p of run) p.verse = true;
    i = Math.max(j, i + 1);
  }
}

export const isFurniture = (p: Piece) => p.kind !== null && FURNITURE_KINDS.has(p.kind);
export const isProse = (p: Piece) => !p.headingLike || p.lines.length >= PROSE_MIN_LINES || p.endsFullSentence;
