/**
 * Official documents (公文, GB/T 9704) as extraction gives them:
 *
 *   document = letterhead [文号] [签发人+] title [主送：] body+ [附件：list] [落款 organ(s) date]
 *              [（此件公开发布）|（联系人：…）] attachment-document* [版记: 抄送：… / …印发]
 *   attachment-document = 附件N title body+
 *   纪要 add fields (时间：地点：主持：参加人员：记录：) and name lists (出席：列席：请假：).
 *
 * Page numbers (— 3 —) are furniture wherever they fall; a paragraph they cut is joined again
 * and a word repeated across the page break kept once (in the body reader). The 印发 date is the
 * printing date, never the document's: its date is the 落款 (成文日期), or a 纪要's meeting day.
 */
import type { Block, DocumentFields } from '../records/schema.ts';
import { readBody, type BodyItem, type BodyResult, type BodyTools } from './body.ts';
import { DOCUMENT_TYPES, PATTERNS } from './constants.ts';
import { isFurniture, type Piece } from './classify.ts';
import { printedDate } from './dates.ts';
import { endsFullSentence, nonSpaceLength, squeeze } from './text.ts';

export interface ReadDocument {
  fields: DocumentFields;
  /** The title as printed over its lines, joined; null when none was found. */
  title: string | null;
  /** The document's date (成文日期, or a 纪要's meeting day), ISO; and as printed. */
  date: string | null;
  dateText: string | null;
  body: BodyResult;
  /** Lines of the seed the document spans. */
  start: number;
  end: number;
}

export interface DocumentPage {
  documents: ReadDocument[];
  /** Pieces that are page furniture (page numbers) or form labels (附件2, 签发人：), with their kind. */
  furniture: { piece: Piece; kind: 'page-number' | 'label' | 'other'; text?: string }[];
  /** Characters of labels kept as furniture text (签发人：) — counted there, not in a field. */
  warnings: string[];
}

const emptyFields = (): DocumentFields => ({
  issuer: null,
  number: null,
  signer: null,
  addressee: null,
  closingOrgan: null,
  closingDate: null,
  type: null,
  attachments: [],
  copyTo: null,
  printedBy: null,
  printedDate: null,
});

/** The 文种 a title ends with (…的通知 → 通知; 会议纪要 → 纪要). */
export function documentType(title: string): string | null {
  const t = squeeze(title);
  const found = DOCUMENT_TYPES.find((w) => t.endsWith(w));
  if (!found) return null;
  return found === '会议纪要' ? '纪要' : found === '实施方案' || found === '工作方案' ? '方案' : found;
}

/** An organ's name on a line of its own (letterhead, 落款) is at most this long. */
const ORGAN_LINE_MAX_CHARS = 40;
/** A 主送 line (several organs, ending in a colon) is at most this long. */
const ADDRESSEE_MAX_CHARS = 90;
const isOrganLine = (t: string) => nonSpaceLength(t) <= ORGAN_LINE_MAX_CHARS && !/[，。；：:、]/u.test(t) && PATTERNS.docOrgan.test(squeeze(t).replace(/文件$/u, ''));
const isAddressee = (p: Piece) => /[：:]$/u.test(p.text.trim()) && nonSpaceLength(p.text) <= ADDRESSEE_MAX_CHARS && !/[。！？]/u.test(p.text) && p.kind !== 'doc-field';

export function readDocumentPage(pieces: Piece[], tools: BodyTools): DocumentPage {
  const page: DocumentPage = { documents: [], furniture: [], warnings: [] };
  const flow = pieces.filter((p) => {
    if (isFurniture(p)) {
      page.furniture.push({ piece: p, kind: p.kind === 'page-number' ? 'page-number' : 'other' });
      return false;
    }
    return true;
  });
  // 版记 (抄送 / 印发) may stand after the attachments: it belongs to the main document.
  const printed = flow.filter((p) => p.kind === 'doc-copyto' || p.kind === 'doc-printed');
  // Attachment documents start at a bare 附件 label after the main document's 落款 (or at the page top).
  const starts = [0];
  flow.forEach((p, i) => {
    if (i > 0 && /^附\s*件\s*\d*$/u.test(p.text.trim()) && flow.slice(0, i).some((q) => q.kind === 'date-line' || q.kind === 'doc-after-note')) starts.push(i);
  });
  starts.push(flow.length);
  for (let k = 0; k + 1 < starts.length; k++) {
    const part = flow.slice(starts[k], starts[k + 1]).filter((p) => !printed.includes(p));
    if (part.length === 0) continue;
    page.documents.push(readOne(part, page, tools));
  }
  if (page.documents.length === 0) return page;
  const main = page.documents[0]!;
  for (const p of printed) {
    if (p.kind === 'doc-copyto') {
      main.fields.copyTo = (main.fields.copyTo ? `${main.fields.copyTo}` : '') + p.text.replace(PATTERNS.copyTo, '').trim();
      page.furniture.push({ piece: p, kind: 'label', text: p.text.match(PATTERNS.copyTo)![0] });
    } else {
      const t = p.text.trim();
      const date = t.match(/((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*印\s*发\s*$/u);
      if (date) {
        main.fields.printedBy = t.slice(0, date.index).trim() || null;
        main.fields.printedDate = date[1]!.replace(/\s+/gu, '');
        page.furniture.push({ piece: p, kind: 'label', text: '印发' });
      } else {
        main.fields.printedBy = t.replace(/印\s*发\s*$/u, '').trim();
        page.furniture.push({ piece: p, kind: 'label', text: '印发' });
      }
    }
    main.end = Math.max(main.end, p.end);
  }
  return page;
}

/** A document's title is printed over at most this many lines. */
const TITLE_MAX_LINES = 4;
/** A 落款 names at most this many organs (a joint document's), one a line, above its date. */
const CLOSING_ORGANS_MAX = 3;
/** A numbered heading (一、…) is short: at most this many characters over at most this many lines. */
const NUMBERED_HEADING_MAX_CHARS = 40;
const NUMBERED_HEADING_MAX_LINES = 2;

/** A document's lines as labels: page furniture that is a label (附件, 签发人, 文件, a colon). */
type Label = (p: Piece, text: string) => void;

function readOne(part: Piece[], page: DocumentPage, tools: BodyTools): ReadDocument {
  const fields = emptyFields();
  const labelFurniture: Label = (p, text) => page.furniture.push({ piece: p, kind: 'label', text });
  const head = readHead(part, page, fields, labelFurniture);
  const { titleLines, issuerLines } = head;
  const i = head.next;
  fields.issuer = issuerLines.length ? issuerLines.join(' ') : null;
  // A title over several lines is one phrase; only a space between two organs' names stays (joint documents).
  const title = titleLines.length ? joinTitle(titleLines) : null;
  fields.type = title ? documentType(title) : null;
  const { end, afterNotes } = readTail(part, i, fields);
  const { bodyItems, fieldBlocks, meetingDate } = readBodyItems(part, i, end, fields, labelFurniture);
  const body = readBody(bodyItems, tools);
  // Name lists of a 纪要 go after its text; its fields before.
  const lists = fieldBlocks.filter((b) => b.type === 'list' && b.title !== null);
  const fieldList = fieldBlocks.filter((b) => b.type === 'list' && b.title === null);
  const merged: Block[] = fieldList.length ? [{ type: 'list', title: null, items: fieldList.flatMap((b) => (b.type === 'list' ? b.items : [])) }] : [];
  body.blocks.unshift(...merged);
  body.blocks.push(...lists);
  for (const n of afterNotes) body.blocks.push({ type: 'note', label: n.text.trim(), text: [] });

  const closing = fields.closingDate ? printedDate(fields.closingDate) : null;
  const date = closing ?? meetingDate ?? dayOfMinutes(body, fields.type, fields.number ?? title ?? '');
  return {
    fields,
    title,
    date,
    dateText: closing ? fields.closingDate : date ? (fields.closingDate ?? null) : null,
    body,
    start: part[0]!.start,
    end: part.at(-1)!.end,
  };
}

/** The head: an attachment's label, letterhead, 文号, 签发人, title, 主送. Returns where the body begins. */
function readHead(part: Piece[], page: DocumentPage, fields: DocumentFields, labelFurniture: Label) {
  let i = 0;
  const titleLines: string[] = [];
  const issuerLines: string[] = [];
  // An attachment's label: 附件 / 附件2.
  if (/^附\s*件\s*\d*$/u.test(part[0]!.text.trim())) {
    labelFurniture(part[0]!, part[0]!.text.trim());
    i = 1;
  }
  let sawNumber = false;
  for (; i < part.length; i++) {
    const p = part[i]!;
    const t = p.text.trim();
    if (fields.number && p.kind === 'doc-number') {
      // The 文号 printed again (a repeated line): kept where it stands, as page furniture.
      page.furniture.push({ piece: p, kind: 'other' });
      continue;
    }
    if (p.kind === 'doc-number' || (p.kind === 'doc-signer' && PATTERNS.docNumber.test(t))) {
      readNumber(p, t, fields, labelFurniture);
      sawNumber = true;
      continue;
    }
    if (p.kind === 'doc-signer') {
      if (readSigner(part, i, fields, labelFurniture)) i++;
      continue;
    }
    // Letterhead: organ lines (…文件) before the 文号, or before the title when there is none.
    // An organ's name over a 关于… line opens the title itself (a document printed in a paper, without its letterhead).
    const opensTitle = /^关于/u.test(part[i + 1]?.text.trim() ?? '');
    if (!sawNumber && titleLines.length === 0 && !opensTitle && (isOrganLine(t) || PATTERNS.letterheadSuffix.test(squeeze(t)) || /^(?:会议纪要|纪要)$/u.test(squeeze(t)))) {
      if (/^(?:会议纪要|纪要)$/u.test(squeeze(t))) {
        labelFurniture(p, t);
        continue;
      }
      const organ = squeeze(t).replace(/文件$/u, '');
      if (organ) issuerLines.push(organ);
      if (organ.length < squeeze(t).length) labelFurniture(p, '文件');
      continue;
    }
    if (isAddressee(p) && (titleLines.length > 0 || sawNumber)) {
      fields.addressee = t.replace(/[：:]$/u, '').trim();
      labelFurniture(p, t.slice(-1));
      i++;
      break;
    }
    if (p.headingLike && p.kind === null && titleLines.length < TITLE_MAX_LINES && !endsFullSentence(t)) {
      titleLines.push(t);
      // A title ends with its 文种: what follows is the addressee or the body.
      if (documentType(titleLines.join('')) && !isAddressee(part[i + 1] ?? p)) {
        const next = part[i + 1];
        if (next && isAddressee(next)) continue;
        i++;
        break;
      }
      continue;
    }
    break;
  }
  return { next: i, titleLines, issuerLines };
}

/** A 文号 line, with a 签发人 printed on it. */
function readNumber(p: Piece, t: string, fields: DocumentFields, labelFurniture: Label) {
  const m = t.match(PATTERNS.docNumber)!;
  fields.number = normaliseNumber(m.groups!.number!);
  const signer = t.slice(m.index! + m[0].length).match(PATTERNS.docSignerAnywhere);
  if (signer?.groups) {
    fields.signer = fields.signer ? `${fields.signer} ${signer.groups.name!.trim()}` : signer.groups.name!.trim();
    labelFurniture(p, signer.groups.label!);
  }
}

/** A 签发人 line; true when it took the next line too (a second signer printed alone). */
function readSigner(part: Piece[], i: number, fields: DocumentFields, labelFurniture: Label): boolean {
  const p = part[i]!;
  const m = p.text.trim().match(PATTERNS.docSigner)!;
  // Two 签发人 lines (a joint document): both names, in print order.
  fields.signer = fields.signer ? `${fields.signer} ${m.groups!.name!.trim()}` : m.groups!.name!.trim();
  labelFurniture(p, m.groups!.label!);
  // A second signer on the next line, alone.
  const next = part[i + 1];
  if (next && /^(?:\p{Script=Han}\s?){2,4}$/u.test(next.text.trim())) {
    fields.signer = `${fields.signer} ${squeeze(next.text)}`;
    return true;
  }
  return false;
}

/** The tail: 落款 (organ lines, then the date), notes after it. Returns where the body ends. */
function readTail(part: Piece[], i: number, fields: DocumentFields) {
  let end = part.length;
  const afterNotes: Piece[] = [];
  while (end > i && part[end - 1]!.kind === 'doc-after-note') afterNotes.unshift(part[--end]!);
  if (end > i && part[end - 1]!.kind === 'date-line') {
    const datePiece = part[--end]!;
    fields.closingDate = squeeze(datePiece.text);
    const organs: string[] = [];
    while (end > i && isOrganLine(part[end - 1]!.text) && organs.length < CLOSING_ORGANS_MAX) organs.unshift(part[--end]!.text.trim().replace(/[\s\u3000]{2,}/gu, ' '));
    if (organs.length) fields.closingOrgan = organs.join(' ');
  }
  return { end, afterNotes };
}

/** The body's pieces, with the 附件 list and a 纪要's fields taken out. */
function readBodyItems(part: Piece[], i: number, end: number, fields: DocumentFields, labelFurniture: Label) {
  const bodyItems: BodyItem[] = [];
  const fieldBlocks: Block[] = [];
  let meetingDate: string | null = null;
  for (let k = i; k < end; k++) {
    const p = part[k]!;
    if (p.kind === 'attachment') {
      k = readAttachments(part, k, end, fields, labelFurniture);
      continue;
    }
    if (p.kind === 'doc-field') {
      const field = readField(part, k, end, fieldBlocks, labelFurniture);
      k = field.next;
      if (field.meetingDate !== undefined) meetingDate = field.meetingDate;
      continue;
    }
    if (p.kind === 'date-line' || p.kind === 'doc-after-note') {
      bodyItems.push({ piece: { ...p, kind: 'note' }, heading: false });
      continue;
    }
    // 一、准确把握大会精神，在深学细悟中彰显坚定: a numbered heading may hold a comma, not a sentence end.
    const numberedHeading = PATTERNS.numberedHeading.test(p.text) && !endsFullSentence(p.text) && !/[。；]/u.test(p.text) && p.length <= NUMBERED_HEADING_MAX_CHARS && p.lines.length <= NUMBERED_HEADING_MAX_LINES;
    bodyItems.push({ piece: p, heading: numberedHeading });
  }
  return { bodyItems, fieldBlocks, meetingDate };
}

/** 附件：1.名称 / 2.名称 (wrapped lines continue a name). Returns the last piece it took. */
function readAttachments(part: Piece[], k: number, end: number, fields: DocumentFields, labelFurniture: Label): number {
  const p = part[k]!;
  labelFurniture(p, p.text.match(/^附\s*件\s*[:：]?/u)![0]);
  const rest = p.text.replace(/^附\s*件\s*[:：]?/u, '').trim();
  const names: string[] = [];
  const addName = (s: string) => {
    const number = s.match(/^\d{1,2}\s*[.．、]\s*/u)?.[0];
    if (number) labelFurniture(p, number.trim());
    const name = s.slice(number?.length ?? 0).trim();
    if (name) names.push(name);
  };
  addName(rest);
  while (k + 1 < end && (PATTERNS.numberedItem.test(part[k + 1]!.text) || (names.length && !endsFullSentence(names.at(-1)!) && part[k + 1]!.headingLike && !isOrganLine(part[k + 1]!.text)))) {
    const next = part[++k]!.text.trim();
    if (PATTERNS.numberedItem.test(next)) addName(next);
    else names[names.length - 1] = `${names.at(-1)}${next}`;
  }
  fields.attachments.push(...names);
  return k;
}

/** A 纪要's field (时间：…, 出席：names in a grid). Returns the last piece it took and, for 时间, the meeting's date (null when it prints none). */
function readField(part: Piece[], k: number, end: number, fieldBlocks: Block[], labelFurniture: Label) {
  const p = part[k]!;
  const m = p.text.match(PATTERNS.docField)!;
  const label = squeeze(m.groups!.label!);
  const value = p.text.slice(m[0].length).trim();
  let meetingDate: string | null | undefined;
  if (/^(?:出席|列席|请假|缺席)$/u.test(label)) {
    // Names in a grid: 林  立 is one name padded to three characters; wrapped rows continue the list.
    let values = value;
    while (k + 1 < end && (part[k + 1]!.kind === null || part[k + 1]!.kind === 'table-row') && !endsFullSentence(part[k + 1]!.text) && /^\p{Script=Han}/u.test(part[k + 1]!.text) && /\s{2,}/u.test(part[k + 1]!.text)) values += `  ${part[++k]!.text}`;
    fieldBlocks.push({ type: 'list', title: label, items: splitNames(values).map((n) => ({ label: n, text: '' })) });
    // The list's title holds the label; its colon is furniture.
    labelFurniture(p, m[0].slice(m.groups!.label!.length).trim());
  } else {
    fieldBlocks.push({ type: 'list', title: null, items: [{ label, text: value }] });
    labelFurniture(p, m[0].slice(m.groups!.label!.length).trim());
    if (/^时间$/u.test(label)) meetingDate = printedDate(value);
  }
  return { next: k, meetingDate };
}

/**
 * A title printed over lines is one phrase (spaces and breaks dropped: 报  告 → 报告); only a space
 * between two organs' names stays (中共乐清市南塘镇委员会 乐清市南塘镇人民政府关于…).
 */
function joinTitle(lines: string[]): string {
  const tokens = lines.join(' ').split(/[\s\u3000]+/u).filter(Boolean);
  let out = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i++) out += isOrganLine(tokens[i - 1]!) && isOrganLine(tokens[i]!) ? ` ${tokens[i]}` : tokens[i];
  return out;
}

/** 文号 brackets as GB/T 9704 prints them: 〔2023〕. */
function normaliseNumber(n: string): string {
  return squeeze(n).replace(/[\[［(（【](\d{4})[\]］)）】]/u, '〔$1〕');
}

/** 黄建波  林  立  谢丽丽 → [黄建波, 林立, 谢丽丽]; 张  扬（镇党政办） keeps its note. */
function splitNames(s: string): string[] {
  return s
    .replace(/(?<=^|\s{2,})(\p{Script=Han})\s{1,2}(\p{Script=Han})(?=(?:[（(][^）)]*[）)])?(?:\s{2,}|$))/gu, '$1$2')
    .split(/\s{2,}|\u3000+/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A 纪要 without a 落款: the day its first paragraph names, in the year of its number. */
function dayOfMinutes(body: BodyResult, type: string | null, numberOrTitle: string): string | null {
  if (type !== '纪要') return null;
  const year = numberOrTitle.match(/(?:19|20)\d{2}/u)?.[0];
  const first = body.blocks.find((b) => b.type === 'paragraph');
  const m = first?.type === 'paragraph' ? first.text.match(PATTERNS.dateline) : null;
  if (!year || !m?.groups) return null;
  const iso = `${year}-${m.groups.month!.padStart(2, '0')}-${m.groups.day!.padStart(2, '0')}`;
  return printedDate(`${year}年${m.groups.month}月${m.groups.day}日`) ? iso : null;
}
