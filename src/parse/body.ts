/**
 * Step 6: an article's body pieces → blocks. Paragraphs cut by a column or page break are joined
 * again (repairs/breaks.ts); a lead gives up its 本报讯（…） byline; interview turns keep who speaks;
 * notes (编者按, 人物简介, 作者简介) become boxes; a poem keeps its lines and stanzas; list items and
 * table rows keep their structure; continuation markers and trailing bylines come off the ends.
 * Finally every text gets its punctuation full-width and its lost quotation marks restored.
 */
import type { Block, Repair, SeedWarning } from '../records/schema.ts';
import { PATTERNS } from './constants.ts';
import type { Piece } from './classify.ts';
import { fullWidthPunctuation } from './repairs/punctuation.ts';
import { rejoin } from './repairs/breaks.ts';
import { restoreHeadingQuotes, restoreLostQuotes } from './repairs/quotes.ts';
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
  markers: { text: string; line: number }[];
  /** Characters removed as repeats at breaks, and added as restored quotation marks. */
  removed: number;
  added: number;
  /** The date of a 落款 closing the text, as printed (2023年4月18日). */
  signedOn: string | null;
}

export interface BodyTools {
  repairs: Repair[];
  warnings: SeedWarning[];
  isKnownWord?: (s: string) => boolean;
  /** Phrases the article's headline prints in quotation marks: their lost quotes can be restored in the body. */
  quoted?: readonly string[];
}

/** A note box takes at most this many paragraphs after its label (a 人物简介 is a paragraph or two). */
const NOTE_MAX_PARAGRAPHS = 2;

/** A 落款's signer is one short line (《柳市》报编辑部, 柳市镇人民政府). */
const SIGNER_MAX_CHARS = 24;

export function readBody(items: BodyItem[], tools: BodyTools): BodyResult {
  const out: BodyResult = { blocks: [], leadByline: null, trailingByline: null, continuation: { to: null, from: null }, markers: [], removed: 0, added: 0, signedOn: null };
  const blocks = out.blocks;
  /** The block that an unfinished sentence may continue into, with its last line. */
  type Open = { block: Extract<Block, { type: 'paragraph' | 'turn' }>; end: number };
  let open: Open | null = null;
  let note: { block: Extract<Block, { type: 'note' }>; left: number } | null = null;
  let suspended: Open | null = null;
  const firstLine = new Map<Block, number>();
  /** Blocks that are a date line alone: the last of them may be a 落款's date. */
  const dateLines = new Set<Block>();
  let current: Piece | null = null;
  const push = (b: Block, line: number) => {
    blocks.push(b);
    firstLine.set(b, line);
    if (current?.kind === 'date-line') dateLines.add(b);
  };

  items.forEach((item, idx) => {
    const p = item.piece;
    current = p;
    let text = p.text.trim();
    // Continuation markers come off the ends: （上接1版）…, …（下转2版）.
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
    // The lead: 本报讯（…） or 本报讯 记者 某某 报道 gives the byline; 本报讯 alone is kept with it.
    if (idx === 0 && p.kind === 'lead') {
      const m = text.match(PATTERNS.bracketByline) ?? text.match(PATTERNS.plainLeadByline) ?? text.match(/^(?<byline>本报(?:讯|消息))/u);
      if (m?.groups?.byline) {
        out.leadByline = m.groups.byline.trim();
        text = text.slice(m[0].length).trim();
      }
    }
    if (text === '') return;

    if (item.heading) {
      push({ type: 'heading', text }, p.start);
      if (open && !endsSentence(open.block.text)) suspended = open;
      open = null;
      note = null;
      return;
    }
    if (p.kind === 'note') {
      const m = text.match(PATTERNS.noteLabel) ?? text.match(/^[（(]\s*(?<label>作者简介)\s*[:：]?\s*/u);
      // A note with no label of its own ((此件公开发布), a stray date line) is shown as printed: the text is its label.
      if (!m) {
        push({ type: 'note', label: text, text: [] }, p.start);
        return;
      }
      const label = m.groups?.label ?? '';
      let rest = m ? text.slice(m[0].length).trim() : text;
      // A note printed in brackets closes them: （作者简介：…）.
      const bracketed = /^[（(]/u.test(text) && /[）)]$/u.test(rest);
      const shownLabel = bracketed ? text.slice(0, text.length - rest.length).trim() : (m?.[0].trim() ?? label);
      const block: Extract<Block, { type: 'note' }> = { type: 'note', label: shownLabel, text: rest ? [rest] : [] };
      push(block, p.start);
      // A box printed inside a sentence (…专门跑到村里 / 人物简介 … / 来，就为了看看…): the sentence waits for its end.
      suspended = open && !endsSentence(open.block.text) ? open : null;
      open = null;
      // A label alone (人物简介) takes the paragraphs under it; a note cut by a break takes its continuation.
      note = rest ? (endsSentence(rest) ? null : { block, left: 1 }) : { block, left: NOTE_MAX_PARAGRAPHS };
      // A box printed inside an answer does not end it: the text after the box may continue it.
      return;
    }
    if (note && suspended && p.kind === null && !p.verse && note.block.text.length && endsSentence(note.block.text.at(-1)!) && !PATTERNS.numberedHeading.test(text)) {
      const joined = rejoin({ text: suspended.block.text, end: suspended.end }, { text, start: p.start }, tools.repairs, tools.warnings, tools.isKnownWord);
      out.removed += joined.removed;
      suspended.block.text = joined.text;
      suspended.end = p.end;
      open = suspended;
      note = suspended = null;
      return;
    }
    if (note && p.kind === null && !p.verse && !item.heading) {
      const texts = note.block.text;
      if (texts.length && !endsSentence(texts.at(-1)!)) texts[texts.length - 1] = joinText(texts.at(-1)!, text);
      else texts.push(text);
      if (--note.left <= 0 && endsSentence(texts.at(-1)!)) note = null;
      else if (note.left < 0) note = null;
      return;
    }
    note = null;
    if (p.kind === 'turn' && p.speaker) {
      const rest = text.replace(PATTERNS.speakerLabel, '').replace(PATTERNS.markerSpeaker, '').trim();
      const speakerText = text.slice(0, text.length - rest.length).trim();
      const block: Extract<Block, { type: 'turn' }> = { type: 'turn', speaker: p.speaker, text: rest };
      // The label as printed (林佳佳：) stays countable: the speaker plus its colon.
      void speakerText;
      push(block, p.start);
      open = { block, end: p.end };
      return;
    }
    if (p.verse) {
      const last = blocks.at(-1);
      if (last?.type === 'verse' && !p.blankBefore) last.lines.push(text);
      else push({ type: 'verse', lines: [text] }, p.start);
      open = null;
      return;
    }
    if (p.kind === 'list-item') {
      const last = blocks.at(-1);
      const label = text.replace(PATTERNS.listItem, '').trim();
      // The bullet stays with its item: a list marker is never page text of its own.
      const item = { label, text: '', marker: text.match(PATTERNS.listItem)![0].trim() };
      if (last?.type === 'list') last.items.push(item);
      else if (last?.type === 'heading') blocks[blocks.length - 1] = { type: 'list', title: last.text, items: [item] };
      else push({ type: 'list', title: null, items: [item] }, p.start);
      if (open && !endsSentence(open.block.text)) suspended = open;
      open = null;
      return;
    }
    if (p.kind === 'table-row') {
      const cells = text.split(PATTERNS.cellGap).map((c) => c.trim()).filter(Boolean);
      const last = blocks.at(-1);
      if (last?.type === 'table') last.rows.push(cells);
      else push({ type: 'table', rows: [cells] }, p.start);
      open = null;
      return;
    }
    // A line under a list item that is not an item of its own: the item's text.
    const last = blocks.at(-1);
    if (last?.type === 'list' && nonSpaceLength(text) <= 200 && !endsSentence(text) && !p.blankBefore) {
      const it = last.items.at(-1)!;
      it.text = it.text ? `${it.text}${text}` : text;
      return;
    }
    // A paragraph cut by a break: the first part does not end its sentence.
    const startsOwn = PATTERNS.numberedHeading.test(text) || PATTERNS.numberedItem.test(text) || p.kind === 'lead' || p.kind === 'date-line';
    // …or by a box printed inside it (数说余东 and its figures): the first prose after the box ends it.
    if (!open && suspended && !startsOwn) open = suspended;
    suspended = null;
    if (open && !endsSentence(open.block.text) && !startsOwn) {
      const joined = rejoin({ text: open.block.text, end: open.end }, { text, start: p.start }, tools.repairs, tools.warnings, tools.isKnownWord);
      out.removed += joined.removed;
      open.block.text = joined.text;
      open.end = p.end;
      return;
    }
    const block: Extract<Block, { type: 'paragraph' }> = { type: 'paragraph', text };
    push(block, p.start);
    open = { block, end: p.end };
  });

  // A 落款 closes a notice or letter: a date line last, the signer's short line above it.
  const last = blocks.at(-1);
  if (last && dateLines.has(last) && (last.type === 'paragraph' || last.type === 'heading')) {
    const lines = [last.text];
    blocks.pop();
    const signer = blocks.at(-1);
    if (signer && (signer.type === 'paragraph' || signer.type === 'heading') && nonSpaceLength(signer.text) <= SIGNER_MAX_CHARS && !/[，。；！？,]/u.test(signer.text) && blocks.length > 1) {
      lines.unshift(signer.text);
      blocks.pop();
    }
    const block: Block = { type: 'signature', lines };
    blocks.push(block);
    out.signedOn = last.text;
  }

  // A trailing byline ends the last paragraph: …（记者 林立 通讯员 余晖）.
  const lastText = [...blocks].reverse().find((b): b is Extract<Block, { type: 'paragraph' | 'turn' }> => b.type === 'paragraph' || b.type === 'turn');
  if (lastText) {
    const m = lastText.text.match(PATTERNS.trailingByline);
    if (m && m.index! > 0) {
      out.trailingByline = m[0];
      lastText.text = lastText.text.slice(0, m.index).trim();
    }
  }
  promoteSiblingSubheadings(blocks);
  for (const b of blocks) finishText(b, firstLine.get(b) ?? items[0]?.piece.start ?? 1, tools, out);
  return out;
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

function finishText(b: Block, line: number, tools: BodyTools, out: BodyResult) {
  const fix = (s: string, quotes: boolean): string => {
    const p = fullWidthPunctuation(tidy(s));
    if (p.changes.length) {
      tools.repairs.push({ kind: 'punctuation-width', line, column: p.changes[0]!.index + 1, before: p.changes.map((c) => c.from).join(''), after: p.changes.map((c) => c.to).join('') });
    }
    if (!quotes) return p.text;
    const q = restoreLostQuotes(p.text, tools.quoted);
    for (const r of q.restored) tools.repairs.push({ kind: 'quote-restored', line, column: r.index + 1, before: ` ${r.phrase} `, after: `“${r.phrase}”` });
    for (const a of q.ambiguous) tools.warnings.push({ line, message: `“${a.trim()}”：句子中间有空格（可能丢失了引号），无法确定怎样配对，已去掉空格，请对照原版面核对`, code: 'quote-ambiguous' });
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
      const h = restoreHeadingQuotes(fix(b.text, false));
      if (h.phrase) {
        tools.repairs.push({ kind: 'quote-restored', line, column: h.text.indexOf('“') + 1, before: ` ${h.phrase} `, after: `“${h.phrase}”` });
        out.added += 2;
      }
      b.text = h.text;
      break;
    }
    case 'verse':
      b.lines = b.lines.map((l) => fix(l, false));
      break;
    case 'list':
      if (b.title) b.title = fix(b.title, false);
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
