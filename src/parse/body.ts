/**
 * Step 6: an article's body pieces → blocks. Paragraphs cut by a column or page break are joined
 * again (repairs/breaks.ts); a lead gives up its 本报讯（…） byline; interview turns keep who speaks;
 * notes (编者按, 人物简介, 作者简介) become boxes; a poem keeps its lines and stanzas; list items and
 * table rows keep their structure; continuation markers and trailing bylines come off the ends.
 * Finally every text gets its punctuation full-width and its lost quotation marks restored.
 */
import type { Block, Repair, SeedWarning } from '../records/schema.ts';
import { AMOUNT, AMOUNT_BRACKET_TAIL, PATTERNS, SURNAMES } from './constants.ts';
import type { Piece } from './classify.ts';
import { fullWidthPunctuation } from './repairs/punctuation.ts';
import { rejoin } from './repairs/breaks.ts';
import { restoreHeadingQuotes, restoreLostQuotes, restoreOpeningQuote } from './repairs/quotes.ts';
import { closeUp } from './headline.ts';
import { endsSentence, joinText, nonSpaceLength, pageRef } from './text.ts';

export interface BodyItem {
  piece: Piece;
  /** A section heading (小标题), or body text. */
  heading: boolean;
}

export interface BodyResult {
  blocks: Block[];
  /** The byline taken off the lead (本报讯（…）) and off the end (（记者 某某）), as printed. */
  leadByline: string | null;
  trailingByline: string | null;
  continuation: { to: string | null; from: string | null };
  /** Continuation markers taken off the text, for the page's furniture. */
  markers: { text: string; line: number; kind?: 'continuation' | 'decoration' }[];
  /** Characters removed as repeats at breaks, and added as restored quotation marks. */
  removed: number;
  added: number;
  /** The date of a 落款 closing the text, as printed (2023年4月18日). */
  signedOn: string | null;
  /** What reading the body repaired (breaks rejoined, punctuation set full-width, quotation marks restored), in order. */
  repairs: Repair[];
  /** What the editors must check (a lost quotation pair that could not be restored with certainty), in order. */
  warnings: SeedWarning[];
}

export interface BodyTools {
  isKnownWord?: (s: string) => boolean;
  /** Phrases the article's headline prints in quotation marks: their lost quotes can be restored in the body. */
  quoted?: readonly string[];
}

/** A note box takes at most this many paragraphs after its label (a 人物简介 is a paragraph or two). */
const NOTE_MAX_PARAGRAPHS = 2;

/** A 落款's signer is one short line (《柳市》报编辑部, 柳市镇人民政府). */
const SIGNER_MAX_CHARS = 24;

/** The block that an unfinished sentence may continue into, with its last line. */
type Open = { block: Extract<Block, { type: 'paragraph' | 'turn' }>; end: number };

/** What reading a body carries from one piece to the next. */
interface BodyState {
  out: BodyResult;
  tools: BodyTools;
  blocks: Block[];
  open: Open | null;
  note: { block: Extract<Block, { type: 'note' }>; left: number } | null;
  suspended: Open | null;
  firstLine: Map<Block, number>;
  /** Blocks that are a date line alone: the last of them may be a 落款's date. */
  dateLines: Set<Block>;
  current: Piece | null;
}

export function readBody(items: BodyItem[], tools: BodyTools): BodyResult {
  const out: BodyResult = { blocks: [], leadByline: null, trailingByline: null, continuation: { to: null, from: null }, markers: [], removed: 0, added: 0, signedOn: null, repairs: [], warnings: [] };
  const s: BodyState = { out, tools, blocks: out.blocks, open: null, note: null, suspended: null, firstLine: new Map(), dateLines: new Set(), current: null };
  items.forEach((item, idx) => readItem(s, item, idx));
  closeSignature(s);
  takeTrailingByline(s);
  promoteSiblingSubheadings(s.blocks);
  rowsAsText(s);
  for (const b of s.blocks) finishText(b, s.firstLine.get(b) ?? items[0]?.piece.start ?? 1, tools, out);
  return out;
}

function push(s: BodyState, b: Block, line: number) {
  s.blocks.push(b);
  s.firstLine.set(b, line);
  if (s.current?.kind === 'date-line') s.dateLines.add(b);
}

/** One body piece into the blocks, by what it is. */
function readItem(s: BodyState, item: BodyItem, idx: number) {
  const p = item.piece;
  s.current = p;
  const text = stripEnds(s, p, idx);
  if (text === '') return;
  if (item.heading) return readHeading(s, p, text);
  if (p.kind === 'note') return readNote(s, p, text);
  if (s.note && s.suspended && p.kind === null && !p.verse && s.note.block.text.length && endsSentence(s.note.block.text.at(-1)!) && !PATTERNS.numberedHeading.test(text)) {
    return joinInto(s, s.suspended, p, text, true);
  }
  if (s.note && p.kind === null && !p.verse && !item.heading) return addToNote(s, s.note, text);
  s.note = null;
  if (p.kind === 'turn' && p.speaker) return readTurn(s, p, text);
  if (p.verse) return readVerse(s, p, text);
  if (p.kind === 'list-item') return readListItem(s, p, text);
  if (p.kind === 'table-row') return readTableRow(s, p, text);
  readProse(s, p, text);
}

/** Continuation markers come off the ends (（上接1版）…, …（下转2版）); the lead gives up its byline. */
function stripEnds(s: BodyState, p: Piece, idx: number): string {
  const out = s.out;
  let text = p.text.trim();
  const from = text.match(PATTERNS.continuedFrom);
  if (from?.groups) {
    out.continuation.from = pageRef(from.groups.from!);
    out.markers.push({ text: from[0].trim(), line: p.start });
    text = text.slice(from[0].length).trim();
  }
  const to = text.match(PATTERNS.continuedTo);
  if (to?.groups) {
    out.continuation.to = pageRef(to.groups.to!);
    out.markers.push({ text: to[0].trim(), line: p.end });
    text = text.slice(0, to.index).trim();
  }
  // An item's ornament (◎3月10日，…, ●黄华村…) is print decoration, not the item's text.
  const marker = p.kind === null && !p.headingLike ? text.match(PATTERNS.itemMarker) : null;
  if (marker) {
    out.markers.push({ text: marker[0].trim(), line: p.start, kind: 'decoration' });
    text = text.slice(marker[0].length);
  }
  // The lead: 本报讯（…） or 本报讯 记者 某某 报道 gives the byline; 本报讯 alone is kept with it.
  if (idx === 0 && p.kind === 'lead') {
    const m = text.match(PATTERNS.bracketByline) ?? text.match(PATTERNS.plainLeadByline) ?? text.match(PATTERNS.leadOpener);
    if (m?.groups?.byline) {
      out.leadByline = m.groups.byline.trim();
      text = text.slice(m[0].length).trim();
    }
  }
  return text;
}

function readHeading(s: BodyState, p: Piece, text: string) {
  push(s, { type: 'heading', text }, p.start);
  if (s.open && !endsSentence(s.open.block.text)) s.suspended = s.open;
  s.open = null;
  s.note = null;
}

function readNote(s: BodyState, p: Piece, text: string) {
  const m = text.match(PATTERNS.noteLabel) ?? text.match(/^[（(]\s*(?<label>作者简介)\s*[:：]?\s*/u);
  // A note with no label of its own ((此件公开发布), a stray date line) is shown as printed: the text is its label.
  if (!m) {
    push(s, { type: 'note', label: text, text: [] }, p.start);
    return;
  }
  const label = m.groups?.label ?? '';
  const rest = m ? text.slice(m[0].length).trim() : text;
  // A note printed in brackets closes them: （作者简介：…）.
  const bracketed = /^[（(]/u.test(text) && /[）)]$/u.test(rest);
  const shownLabel = bracketed ? text.slice(0, text.length - rest.length).trim() : (m?.[0].trim() ?? label);
  const block: Extract<Block, { type: 'note' }> = { type: 'note', label: shownLabel, text: rest ? [rest] : [] };
  push(s, block, p.start);
  // A box printed inside a sentence (…专门跑到村里 / 人物简介 … / 来，就为了看看…): the sentence waits for its end.
  s.suspended = s.open && !endsSentence(s.open.block.text) ? s.open : null;
  s.open = null;
  // A label alone (人物简介) takes the paragraphs under it; a note cut by a break takes its continuation.
  // A box printed inside an answer does not end it: the text after the box may continue it.
  s.note = rest ? (endsSentence(rest) ? null : { block, left: 1 }) : { block, left: NOTE_MAX_PARAGRAPHS };
}

/** A sentence cut by a break (or a box printed inside it) goes on with this piece. */
function joinInto(s: BodyState, into: Open, p: Piece, text: string, afterNote: boolean) {
  const joined = rejoin({ text: into.block.text, end: into.end }, { text, start: p.start }, s.out.repairs, s.out.warnings, s.tools.isKnownWord);
  s.out.removed += joined.removed;
  into.block.text = joined.text;
  into.end = p.end;
  if (afterNote) {
    s.open = into;
    s.note = s.suspended = null;
  }
}

function addToNote(s: BodyState, note: NonNullable<BodyState['note']>, text: string) {
  const texts = note.block.text;
  if (texts.length && !endsSentence(texts.at(-1)!)) texts[texts.length - 1] = joinText(texts.at(-1)!, text);
  else texts.push(text);
  if (--note.left <= 0 && endsSentence(texts.at(-1)!)) s.note = null;
  else if (note.left < 0) s.note = null;
}

function readTurn(s: BodyState, p: Piece, text: string) {
  // The label as printed (林佳佳：) stays countable: the speaker plus its colon (the ledger counts it).
  const rest = text.replace(PATTERNS.speakerLabel, '').replace(PATTERNS.markerSpeaker, '').trim();
  const block: Extract<Block, { type: 'turn' }> = { type: 'turn', speaker: p.speaker!, text: rest };
  push(s, block, p.start);
  s.open = { block, end: p.end };
}

function readVerse(s: BodyState, p: Piece, text: string) {
  const last = s.blocks.at(-1);
  // A piece of two printed lines is two lines of the poem.
  const lines = p.lines.length > 1 ? p.lines.map((l) => l.trim()) : [text];
  if (last?.type === 'verse' && !p.blankBefore) last.lines.push(...lines);
  else push(s, { type: 'verse', lines }, p.start);
  s.open = null;
}

function readListItem(s: BodyState, p: Piece, text: string) {
  const blocks = s.blocks;
  const last = blocks.at(-1);
  const label = text.replace(PATTERNS.listItem, '').trim();
  // The bullet stays with its item: a list marker is never page text of its own.
  const item = { label, text: '', marker: text.match(PATTERNS.listItem)![0].trim() };
  if (last?.type === 'list') last.items.push(item);
  else if (last?.type === 'heading') blocks[blocks.length - 1] = { type: 'list', title: last.text, items: [item] };
  else push(s, { type: 'list', title: null, items: [item] }, p.start);
  if (s.open && !endsSentence(s.open.block.text)) s.suspended = s.open;
  s.open = null;
}

/**
 * A box that is nothing but rows (一周天气 / 4月29日　多云　14℃～25℃, 常用电话 / 报警　110), with at
 * most a source note under it: its rows (and the note) are its text, one paragraph a row as printed. A table
 * inside a story's prose (a timetable, a results table) stays a table.
 */
function rowsAsText(s: BodyState) {
  const blocks: Block[] = s.blocks;
  if (!blocks.some((b) => b.type === 'table') || blocks.some((b) => b.type !== 'table' && b.type !== 'note')) return;
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'note') {
      // The box's source line under its rows ((乐清市气象台…发布)) is the box's last line of text.
      const para: Block = { type: 'paragraph', text: [b.label, ...b.text].join('') };
      s.firstLine.set(para, s.firstLine.get(b) ?? 0);
      out.push(para);
      continue;
    }
    if (b.type !== 'table') continue;
    const line = s.firstLine.get(b);
    for (const row of b.rows) {
      const para: Block = { type: 'paragraph', text: row.join('\u3000') };
      if (line !== undefined) s.firstLine.set(para, line);
      out.push(para);
    }
  }
  blocks.splice(0, blocks.length, ...out);
}

/**
 * A two-character name set one space apart (潘　婷) in a table whose cells are parted by one space too: split into two cells, the
 * row runs past the table's width. Two one-character cells side by side are joined back while the row is too wide.
 */
function closeSpacedNames(cells: string[], width: number) {
  for (let k = 0; cells.length > width && k + 1 < cells.length; k++) {
    if (/^\p{Script=Han}$/u.test(cells[k]!) && /^\p{Script=Han}$/u.test(cells[k + 1]!)) cells.splice(k, 2, `${cells[k]}${cells[k + 1]}`);
  }
}

/**
 * The rest of a row carried onto the next line (联队; 队　　　13秒88): a row short of the header's cells takes the tail's first
 * cell onto its last and the others after it; a full row takes the tail onto its longest cell, the one the width cut.
 */
function mergeRowTail(rows: string[][], tail: string[], columns?: number[]) {
  const row = rows.at(-1)!;
  // Parts set under the cells they continue (嘉善县姚庄桃源罐 / 头食品有限公司): each onto its own cell.
  if (columns && columns.length === tail.length && columns.every((k) => k < row.length)) {
    tail.forEach((part, j) => (row[columns[j]!] += part));
    return;
  }
  const width = Math.max(...rows.map((r) => r.length));
  if (row.length < width) {
    row[row.length - 1] += tail[0] ?? '';
    row.push(...tail.slice(1));
    return;
  }
  const longest = row.reduce((best, c, k) => (c.length > row[best]!.length ? k : best), 0);
  row[longest] += tail.join('');
}

/** An amount with the end of its item's bracket after it, cut by the wrap (1286400.00出租）): the tail is the item's. */
const AMOUNT_THEN_TAIL = new RegExp(`^(${AMOUNT})(${AMOUNT_BRACKET_TAIL})$`, 'u');

function readTableRow(s: BodyState, p: Piece, text: string) {
  const cells = text.split(PATTERNS.cellGap).map((c) => c.trim()).filter(Boolean);
  const tail = cells.length === 2 ? cells[1]!.match(AMOUNT_THEN_TAIL) : null;
  // The row's second line finishes the item's name, not the amount (经营收入（厂房、店面　1286400.00 / 出租）).
  if (tail) cells.splice(0, 2, `${cells[0]}${tail[2]}`, tail[1]!);
  const last = s.blocks.at(-1);
  if (last?.type === 'table') closeSpacedNames(cells, Math.max(...last.rows.map((r) => r.length)));
  if (last?.type === 'table' && p.rowTail && last.rows.length) {
    mergeRowTail(last.rows, cells, p.tailCells);
    s.open = null;
    return;
  }
  if (last?.type === 'table') last.rows.push(cells);
  else push(s, { type: 'table', rows: [cells] }, p.start);
  s.open = null;
}

/** A line under a list item that is not an item of its own is at most this long: the item's text. */
const LIST_ITEM_TEXT_MAX_CHARS = 200;

function readProse(s: BodyState, p: Piece, text: string) {
  // A line under a list item that is not an item of its own: the item's text.
  const last = s.blocks.at(-1);
  if (last?.type === 'list' && nonSpaceLength(text) <= LIST_ITEM_TEXT_MAX_CHARS && !endsSentence(text) && !p.blankBefore) {
    const it = last.items.at(-1)!;
    it.text = it.text ? `${it.text}${text}` : text;
    return;
  }
  // A paragraph cut by a break: the first part does not end its sentence.
  // A row of a label：value box is a line of its own: it neither continues the row above nor is continued.
  // An item's key alone on a line (1904年 / 01) opens the item: its paragraph starts there.
  const startsOwn = PATTERNS.numberedHeading.test(text) || PATTERNS.numberedItem.test(text) || p.kind === 'lead' || p.kind === 'date-line' || p.boxRow || (p.lines.length === 1 && PATTERNS.itemKey.test(text.trim()));
  // …or by a box printed inside it (数说余东 and its figures): the first prose after the box ends it.
  if (!s.open && s.suspended && !startsOwn) s.open = s.suspended;
  s.suspended = null;
  // Two short lines with no sentence mark, each a piece of its own (an organ over its officer, two organs over a 落款's date),
  // are two lines, not one paragraph wrapped.
  const organLine = (t: string) => signerText(t) && !/\d/u.test(t);
  const twoShortLines = !!s.open && p.lines.length === 1 && organLine(text) && organLine(s.open.block.text) && !p.breaksWord;
  if (s.open && !endsSentence(s.open.block.text) && !startsOwn && !twoShortLines) return joinInto(s, s.open, p, text, false);
  // A paragraph whose first line opened with a space opens with a quotation whose marks were lost.
  const opening = p.spaceBefore && p.text === text ? restoreOpeningQuote(text) : null;
  if (opening?.added) {
    s.out.added += opening.added;
    s.out.repairs.push({ kind: 'quote-restored', line: p.start, column: 1, before: ` ${opening.restored[0]!.phrase} `, after: `“${opening.restored[0]!.phrase}”` });
  }
  const block: Extract<Block, { type: 'paragraph' }> = { type: 'paragraph', text: opening?.added ? opening.text : text };
  push(s, block, p.start);
  // A short numbered item on a line of its own, no sentence in it (1. 一口咬掉牛尾巴（打一字）), is whole: the text after a blank line is not its rest.
  const wholeItem = p.kind === 'numbered' && p.lines.length === 1 && p.headingLike && !p.runsOn && p.blankAfter;
  s.open = p.boxRow || wholeItem ? null : { block, end: p.end };
}

/** A signer's line of a 落款: short, no sentence in it (an organ's name, or a post and a name). */
const signerText = (t: string) => nonSpaceLength(t) <= SIGNER_MAX_CHARS && !/[，。；！？,]/u.test(t);

/** A 落款 is signed in at most this many lines above its date. */
const SIGNER_LINES_MAX = 3;

/** A 落款 closes a notice or letter: a date line last, the signer's short lines above it. */
function closeSignature(s: BodyState) {
  const blocks = s.blocks;
  const last = blocks.at(-1);
  if (!last || !s.dateLines.has(last) || (last.type !== 'paragraph' && last.type !== 'heading')) return;
  const lines = [last.text];
  blocks.pop();
  // The signer's lines above it: one organ, or two, or an organ and its officer (竞赛委员会 / 裁判长：沈国平).
  for (let n = 0; n < SIGNER_LINES_MAX; n++) {
    const signer = blocks.at(-1);
    if (!(signer && (signer.type === 'paragraph' || signer.type === 'heading') && signerText(signer.text) && blocks.length > 1)) break;
    // Above the first signer line only an organ's name (no label's colon, no figures: a contact row is the text's).
    if (n > 0 && /[：:\d]/u.test(signer.text)) break;
    lines.unshift(signer.text);
    blocks.pop();
  }
  blocks.push({ type: 'signature', lines });
  s.out.signedOn = last.text;
}

/**
 * A 本报讯 story closed by its reporters' bare names in brackets after its last sentence (…当选会长。（何晓峰）, （林立 余晖）):
 * names led by a common surname (a closed list: the census's most frequent), one to three, so （完） or （二） never reads so.
 */
const BARE_NAMES_CLOSING = new RegExp(`(?<=[。！？”]\\s*)[（(](?:[${SURNAMES}]\\p{Script=Han}{1,2})(?:[\\s\\u3000]+[${SURNAMES}]\\p{Script=Han}{1,2}){0,2}[）)]$`, 'u');

/** A trailing byline ends the last paragraph: …（记者 林立 通讯员 余晖）. */
function takeTrailingByline(s: BodyState) {
  const lastText = [...s.blocks].reverse().find((b): b is Extract<Block, { type: 'paragraph' | 'turn' }> => b.type === 'paragraph' || b.type === 'turn');
  if (!lastText) return;
  // Signed so: a 本报讯 story, or a brief of one paragraph (a 短波 item under its run-in place), which is the paper's own news too.
  const brief = s.blocks.filter((b) => b.type === 'paragraph' || b.type === 'turn').length === 1;
  const m = lastText.text.match(PATTERNS.trailingByline) ?? ((s.out.leadByline && PATTERNS.lead.test(s.out.leadByline)) || brief ? lastText.text.match(BARE_NAMES_CLOSING) : null);
  if (m && m.index! > 0) {
    s.out.trailingByline = m[0];
    lastText.text = lastText.text.slice(0, m.index).trim();
  }
}

/** A subheading printed as a sentence is one short clause: at most this many characters. */
const SENTENCE_SUBHEADING_MAX_CHARS = 20;
/** A section heading whose siblings are sought is short: at most this many characters. */
const SECTION_HEADING_MAX_CHARS = 16;
/** Sentence-shaped subheadings come in a set: at least this many under one section heading. */
const SENTENCE_SUBHEADINGS_MIN = 2;

/** One short clause closed by 。 with no other punctuation (完善社会治理 一张网 体系。), not numbered. */
const sentenceShaped = (t: string) =>
  nonSpaceLength(t) <= SENTENCE_SUBHEADING_MAX_CHARS && /^[^，,、；;：:！？!?。]+。$/u.test(t.trim()) && !PATTERNS.numberedHeading.test(t) && !PATTERNS.numberedItem.test(t);

/**
 * A report prints its subheadings in a set: after a short section heading (深化 法治柳市 建设),
 * each later one may be a short sentence (加强风险防控和应急处置能力。) standing over a longer
 * paragraph. Where a short heading's run holds two such lines or more, each over a paragraph
 * longer than itself, they are that heading's siblings: headings too. By shape, never by words.
 */
function promoteSiblingSubheadings(blocks: Block[]) {
  for (let h = 0; h < blocks.length; h++) {
    const head = blocks[h]!;
    if (head.type !== 'heading' || nonSpaceLength(head.text) > SECTION_HEADING_MAX_CHARS || /[，,。；;！？]/u.test(head.text)) continue;
    let end = h + 1;
    while (end < blocks.length && blocks[end]!.type !== 'heading') end++;
    const set: number[] = [];
    for (let i = h + 2; i + 1 < end; i++) {
      const b = blocks[i]!;
      const under = blocks[i + 1]!;
      if (b.type === 'paragraph' && sentenceShaped(b.text) && under.type === 'paragraph' && nonSpaceLength(under.text) > 2 * nonSpaceLength(b.text)) set.push(i);
    }
    if (set.length < SENTENCE_SUBHEADINGS_MIN) continue;
    for (const i of set) blocks[i] = { type: 'heading', text: (blocks[i] as { text: string }).text };
    h = end - 1;
  }
}

/**
 * Body text in display form: no spaces between Chinese and Latin letters or digits (柳黄路边 78 亩 →
 * 78亩, 1 月 8 日 → 1月8日), full-width punctuation, lost quotation marks restored.
 */
export function tidy(s: string): string {
  return s
    .replace(/(?<=[\p{Script=Han}，。、；：“”（）《》])[ \t]+(?=[0-9A-Za-z%])/gu, '')
    .replace(/(?<=[0-9A-Za-z%.])[ \t]+(?=[\p{Script=Han}，。、；：“”（）《》])/gu, '')
    .trim();
}

/**
 * A heading's or list title's one space as a headline's: between two halves that are not parallel
 * phrases (新一轮乐清市 文明单位名单（柳市片）: 6 and 11 characters, the second naming what the
 * first qualifies) was a line break or a lost mark and closes up; parallel halves (敢向涛头立
 * 勇做弄潮儿) keep theirs (headline.ts: closeUp).
 */
function closeUpHeading(text: string, line: number, out: BodyResult): string {
  // Three phrases or more (实施民生共享战略 致力补短板、增福祉 提高…) are a heading's parts, set apart on purpose.
  if (text.trim().split(/[ \u3000]+/u).length !== 2) return text;
  const joins: { before: string; after: string }[] = [];
  const closed = closeUp(text, joins);
  for (const j of joins) out.repairs.push({ kind: 'headline-joined', line, column: Math.max(1, closed.indexOf(j.after) + 1), before: j.before, after: j.after });
  return closed;
}

function finishText(b: Block, line: number, tools: BodyTools, out: BodyResult) {
  const fix = (s: string, quotes: boolean): string => {
    const p = fullWidthPunctuation(tidy(s));
    if (p.changes.length) {
      out.repairs.push({ kind: 'punctuation-width', line, column: p.changes[0]!.index + 1, before: p.changes.map((c) => c.from).join(''), after: p.changes.map((c) => c.to).join('') });
    }
    if (!quotes) return p.text;
    const q = restoreLostQuotes(p.text, tools.quoted);
    for (const r of q.restored) out.repairs.push({ kind: 'quote-restored', line, column: r.index + 1, before: ` ${r.phrase} `, after: `“${r.phrase}”` });
    for (const a of q.ambiguous) out.warnings.push({ line, message: `“${a.trim()}”：句子中间有空格（可能丢失了引号），无法确定怎样配对，已去掉空格，请对照原版面核对`, code: 'quote-ambiguous' });
    out.added += q.added;
    return q.text;
  };
  switch (b.type) {
    case 'paragraph':
      b.text = fix(b.text, true);
      break;
    case 'turn':
      b.text = fix(b.text, true);
      break;
    case 'note':
      b.text = b.text.map((t) => fix(t, true));
      break;
    case 'heading': {
      // A subheading printed as a sentence (完善社会治理 一张网 体系。) is paired as a sentence.
      if (/。$/u.test(b.text.trim())) {
        b.text = fix(b.text, true);
        break;
      }
      const plain = fix(b.text, false);
      const h = restoreHeadingQuotes(plain);
      if (h.phrase) {
        out.repairs.push({ kind: 'quote-restored', line, column: h.text.indexOf('“') + 1, before: ` ${h.phrase} `, after: `“${h.phrase}”` });
        // Two marks for each term quoted (从“制造”到“智造” restores two pairs).
        out.added += (h.text.match(/[“”]/gu)?.length ?? 0) - (plain.match(/[“”]/gu)?.length ?? 0);
      }
      b.text = closeUpHeading(h.text, line, out);
      break;
    }
    case 'verse':
      b.lines = b.lines.map((l) => fix(l, false));
      break;
    case 'list':
      if (b.title) b.title = closeUpHeading(fix(b.title, false), line, out);
      for (const it of b.items) {
        it.label = fix(it.label, false);
        it.text = fix(it.text, false);
      }
      break;
    case 'table':
      b.rows = b.rows.map((r) => r.map((c) => fix(c, false)));
      break;
  }
}
