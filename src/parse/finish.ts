/** Step 6: one article record from its draft (headline stack, bylines, body, captions, kind). */
import type { SeedKind } from '../records/schema.ts';
import { blockLines } from '../records/text.ts';
import { allPieces, labelOverPhotoItem, type Draft } from './articles.ts';
import { readBody } from './body.ts';
import { emptyByline, parseByline } from './byline.ts';
import { captionsOf } from './captions.ts';
import type { Piece } from './classify.ts';
import { NOTICE_TITLE, NOTICE_TITLE_MAX_CHARS, NOTICE_WORDS, OPINION_COLUMN_ENDINGS, PATTERNS } from './constants.ts';
import { briefSized } from './grammar.ts';
import { ISSUER_LINE, isOrdinalLabel, LABEL_BRACKETS, readHeadlineStack } from './headline.ts';
import { DATED_ITEMS_MIN } from './issue-date.ts';
import { fullWidthPunctuation } from './repairs/punctuation.ts';
import { restoreLostQuotes } from './repairs/quotes.ts';
import { furnished, hint, merge, NOTHING, report, type Report } from './report.ts';
import { append, nonSpaceLength, pageRef } from './text.ts';
import type { ParsedArticle, ParseOptions, ParsingArticle } from './types.ts';

export function finishDraft(d: Draft, pageKind: SeedKind, options: ParseOptions, ownPlace: string | null = null): { article: ParsingArticle; report: Report } {
  labelOverPhotoItem(d);
  const column = d.column ? columnName(d.column) : null;
  const a = newRecord(d, column?.name ?? null);
  stackLinesToSections(d);
  titleLineToStack(d);
  const stack = readStack(a, d, ownPlace);
  let marker = NOTHING;
  if (d.marker) {
    const m = d.marker.text.match(PATTERNS.continuedFrom);
    a.continuation.from = m?.groups?.from ? pageRef(m.groups.from) : null;
    // Over a reprinted headline the marker is page furniture; alone it stands in for the headline.
    if (stack.stack) marker = furnished('continuation', d.marker.text, d.marker.start);
  }
  const body = readStoryBody(a, d, options);
  a.byline = bylineOf(a, d, body.body);
  const captions = readCaptions(d);
  a.captions = captions.captions;
  creditPhotoNews(a);
  a.kind = kindOf(a, d, pageKind);
  return { article: a, report: merge(column?.report ?? NOTHING, stack.report, marker, body.report, captions.report) };
}

/**
 * The draft's captions, with lost quotation marks restored as in text (在 接龙点 给… → 在“接龙点”给…), and the
 * characters the captions' reading dropped (a ▲ picture mark, a credit's brackets) counted as removed.
 */
function readCaptions(d: Draft): { captions: ParsedArticle['captions']; report: Report } {
  let added = 0;
  const captions = captionsOf(d.captions).map((c) => {
    const q = restoreLostQuotes(c.text);
    added += q.added;
    return { ...c, text: q.text };
  });
  const printed = d.captions.reduce((n, p) => n + nonSpaceLength(p.text), 0);
  const read = captions.reduce((n, c) => n + nonSpaceLength(c.text) + nonSpaceLength(c.creditRaw ?? ''), 0) - added;
  return { captions, report: report({ added, removed: Math.max(0, printed - read) }) };
}

/** An empty record for a draft: its column label and the lines it spans. */
function newRecord(d: Draft, column: string | null): ParsingArticle {
  const pieces = allPieces(d);
  return {
    order: 0,
    kind: 'news',
    kicker: null,
    headline: '',
    subheadline: null,
    byline: emptyByline(),
    date: null,
    dateSource: 'none',
    dateText: null,
    column,
    repairs: [],
    body: [],
    blocks: [],
    captions: [],
    source: { startLine: pieces.reduce((m, p) => Math.min(m, p.start), Infinity), endLine: pieces.reduce((m, p) => Math.max(m, p.end), -Infinity) },
    continuation: { to: null, from: null },
    document: null,
    warnings: [],
    hints: [],
    borrowedHeadline: false,
    inheritedColumn: !!d.inheritedColumn,
  };
}

type StackLineIn = { text: string; bold: boolean; blankAfter: boolean; spaceAfter?: boolean; spaceBefore?: boolean };

/**
 * A title printed wholly in 【】 or 〖〗 (【遗失声明】, 【常山县…中心 / 招聘编外工作人员启事】 over two lines): the brackets are print
 * decoration, the lines they enclose one title, joined.
 */
function unbracketTitle(lines: StackLineIn[], decorations: Report[], line: number): StackLineIn[] {
  const whole = lines.map((l) => l.text.trim()).join('');
  if (lines.length === 0 || !/^(?:【[^【】]+】|〖[^〖〗]+〗)$/u.test(whole)) return lines;
  decorations.push(furnished('decoration', whole[0]!, line), furnished('decoration', whole.at(-1)!, line));
  const text = whole.slice(1, -1);
  return [{ ...lines.at(-1)!, text, bold: lines.some((l) => l.bold) }];
}

/** Stack lines shaped like the article's own section headings (004: 实施…战略 致力… ×3) are sections. */
function stackLinesToSections(d: Draft) {
  // A shape the sections share (two of them at least): one heading that happens to open with the same two characters
  // (田径比赛成绩公告 over 田径团体总分…) is no set.
  const shapes = d.body.filter((b) => b.heading).map((b) => shape(b.piece.text));
  const sectionShapes = new Set(shapes.filter((x, k) => shapes.indexOf(x) !== k));
  while (d.stack.length > 1 && sectionShapes.has(shape(d.stack.at(-1)!.text))) d.body.unshift({ piece: d.stack.pop()!, heading: true });
}

/**
 * A whole 关于…的公告 line (…的通知, …的决定) closed by its 文种, first in the body under an organ's name alone in the stack
 * (青田县人民政府 / 关于…的公告): the rest of the title, read as text for its length. The 文种 are a closed class.
 */
const ABOUT_TITLE = /^关于\p{Script=Han}[^，。；！？]*的(?:公告|通告|通知|决定|公示|意见|报告|批复|请示|函)$/u;

function titleLineToStack(d: Draft) {
  const first = d.body[0];
  if (d.stack.length === 1 && ISSUER_LINE.test(d.stack[0]!.text.trim()) && first && !first.heading && ABOUT_TITLE.test(first.piece.text.trim())) {
    d.stack.push(d.body.shift()!.piece);
  }
}

/** The headline stack into kicker, headline and subheadline; with no stack, a continuation's marker or （无标题）. */
function readStack(a: ParsingArticle, d: Draft, ownPlace: string | null): { stack: ReturnType<typeof readHeadlineStack>; report: Report } {
  // A marker glyph before a run-in title (■, ▲) is print decoration: furniture, not headline.
  const decorations: Report[] = [];
  const stackLines = d.stack.map((p) => {
    const marker = p.text.match(PATTERNS.leadingMarks)?.[0];
    if (marker) decorations.push(furnished('decoration', marker, p.start));
    // The colon after a run-in item's place (某某镇：…), split from it: print punctuation between title and text.
    if (p.placeColon) decorations.push(furnished('decoration', p.placeColon, p.start));
    // A series label in brackets (【案例一】 over its title): the brackets are print decoration too.
    const bracketed = isOrdinalLabel(p.text) ? p.text.trim().match(LABEL_BRACKETS) : null;
    if (bracketed) {
      decorations.push(furnished('decoration', bracketed[1]! + bracketed[3]!, p.start));
      return { text: bracketed[2]!, bold: p.bold, blankAfter: p.blankAfter, spaceAfter: p.spaceAfter, spaceBefore: false };
    }
    return { text: marker ? p.text.slice(marker.length).trim() : p.text, bold: p.bold, blankAfter: p.blankAfter, spaceAfter: p.spaceAfter, spaceBefore: !marker && !!p.spaceBefore };
  });
  const stack = readHeadlineStack(unbracketTitle(stackLines, decorations, d.stack[0]?.start ?? 0), ownPlace);
  let found = NOTHING;
  if (stack) {
    const line = d.stack[0]!.start;
    for (const j of stack.joins) a.repairs.push({ kind: 'headline-joined', line, column: 1, before: j.before, after: j.after });
    for (const q of stack.quotes) a.repairs.push({ kind: 'quote-restored', line, column: 1, before: q.before, after: q.after });
    const warnings = stack.warnings.map((w) => ({ line, message: w, code: 'stack-order' as const }));
    found = merge(...stack.slogans.map((s) => furnished('slogan', s, line)), report({ warnings, added: QUOTE_MARKS * stack.quotes.length }));
    // Half-width punctuation in a Chinese stack line (总投资1.8亿元,计划…) is set full-width, as in the body.
    const wide = (t: string | null) => {
      if (!t) return t;
      const p = fullWidthPunctuation(t);
      if (p.changes.length) a.repairs.push({ kind: 'punctuation-width', line, column: p.changes[0]!.index + 1, before: p.changes.map((c) => c.from).join(''), after: p.changes.map((c) => c.to).join('') });
      return p.text;
    };
    a.kicker = wide(stack.kicker);
    a.headline = wide(stack.headline)!;
    a.subheadline = wide(stack.subheadline);
  } else if (d.marker) {
    a.headline = d.marker.text.trim();
    hint(a, 'continued', '转自其他版面的续文：标题印在前面那一版上');
  } else {
    a.headline = '（无标题）';
    a.borrowedHeadline = true;
    hint(a, 'no-headline', '正文上方找不到标题，显示为“（无标题）”');
  }
  return { stack, report: merge(...decorations, found) };
}

/** A restored quotation adds two characters to the text: its opening and closing marks. */
const QUOTE_MARKS = 2;

/** The body's blocks, with the headline's quoted phrases lent to the body and the body's to the headline. */
function readStoryBody(a: ParsingArticle, d: Draft, options: ParseOptions): { body: ReturnType<typeof readBody>; report: Report } {
  const quoted = [a.kicker, a.headline, a.subheadline].flatMap((t) => [...(t ?? '').matchAll(/“([^“”]{2,12})”/gu)].map((m) => m[1]!));
  const body = readBody(d.body, { isKnownWord: options.isKnownWord, quoted });
  append(a.repairs, body.repairs);
  a.blocks = body.blocks;
  const restored = restoreStackQuotes(a, d.stack[0]?.start ?? a.source.startLine);
  const markers = body.markers.map((m) => furnished(m.kind ?? 'continuation', m.text, m.line));
  a.continuation.to = body.continuation.to ?? continuedToRef(d) ?? null;
  a.continuation.from ??= body.continuation.from;
  return { body, report: merge(report({ warnings: body.warnings, removed: body.removed, added: body.added + restored }), ...markers) };
}

/**
 * Bylines: the lead's, any printed alone, and one at the end of the text. Byline lines in a row are
 * one byline printed over lines (■乐清市融媒体中心记者 / 陈清清 吴昊姝/文 …). An affiliation line
 * becomes a note block at the end of the story.
 */
function bylineOf(a: ParsedArticle, d: Draft, body: ReturnType<typeof readBody>): ParsedArticle['byline'] {
  const raws: string[] = [];
  if (body.leadByline) raws.push(body.leadByline);
  let run: string[] = [];
  d.bylines.forEach((b, i) => {
    if (b.kind === 'affiliation') a.blocks.push({ type: 'note', label: b.text.trim(), text: [] });
    else run.push(b.text.trim());
    const next = d.bylines[i + 1];
    if (!next || next.start - b.end > BYLINE_RUN_MAX_GAP || b.kind === 'affiliation') {
      if (run.length) raws.push(run.join(' '));
      run = [];
    }
  });
  if (body.trailingByline) raws.push(body.trailingByline);
  if (!raws.length) return a.byline;
  const byline = { raw: raws.join(' '), reporters: [] as string[], correspondents: [] as string[], photographers: [] as string[], writers: [] as string[] };
  for (const p of raws.map(parseByline)) for (const role of ['reporters', 'correspondents', 'photographers', 'writers'] as const) for (const n of p[role]) if (!byline[role].includes(n)) byline[role].push(n);
  // Bare names closing a 本报讯 story or a brief (…。（何晓峰）) sign it as its reporters, as the paper's own news is signed.
  // (A bracket with no role word is taken as a trailing byline only so: closing a 本报讯 story or a one-paragraph brief.)
  if (body.trailingByline && !ROLE_WORD.test(body.trailingByline)) {
    const names = parseByline(body.trailingByline).writers;
    byline.writers = byline.writers.filter((n) => !names.includes(n));
    for (const n of names) if (!byline.reporters.includes(n)) byline.reporters.push(n);
  }
  return byline;
}

/** The words that give a byline's names their role (记者, 通讯员, 作者 …): a bracket without one holds bare names. */
const ROLE_WORD = /记者|通讯员|作者|供稿|撰稿|摄|文|图/u;

/** Byline lines one under the other (at most this many lines apart: the next line) are one byline. */
const BYLINE_RUN_MAX_GAP = 1;

/**
 * A credit under a story's text with no caption of its own (a photo-news item: its text is the
 * caption) credits the story's photographer.
 */
function creditPhotoNews(a: ParsedArticle) {
  const credits = a.captions.filter((c) => c.text === '' && c.creditRaw);
  if (!credits.length) return;
  a.captions = a.captions.filter((c) => !credits.includes(c));
  const raw = [a.byline.raw, ...credits.map((c) => c.creditRaw)].filter(Boolean).join(' ');
  // 记者 林晨 文/摄 wrote and shot the story: read as a byline (reporter and photographer), not as a photo credit.
  const both = credits.filter((c) => WROTE_AND_SHOT.test(c.creditRaw ?? ''));
  const shotOnly = credits.filter((c) => !both.includes(c));
  const byline = { ...a.byline, raw, photographers: [...new Set([...a.byline.photographers, ...shotOnly.map((c) => c.credit!).filter(Boolean)])] };
  for (const p of both.map((c) => parseByline(c.creditRaw!))) {
    for (const role of ['reporters', 'correspondents', 'photographers', 'writers'] as const) byline[role] = [...new Set([...byline[role], ...p[role]])];
  }
  a.byline = byline;
}

/** A credit for both the words and the pictures (文/摄, 文／摄影) ending the line. */
const WROTE_AND_SHOT = /文\s*[/／]\s*摄影?\s*$/u;

/** A column label as its name: brackets around it (【招聘】) are print decoration, kept as page furniture. */
function columnName(p: Piece): { name: string; report: Report } {
  const t = p.text.trim();
  // An item mark before a label (■数字新闻), or one each side (◆乡镇快讯◆, · 乡镇快讯 ·), is print decoration too.
  const framed = t.match(/^([■◆●▲★☆·•])\s*(\S.*?)\s*\1$/u);
  if (framed) return { name: framed[2]!, report: furnished('decoration', framed[1]! + framed[1]!, p.start) };
  // A bar before a label (▍便民提示, ▎, ┃, |) is the same decoration set as a rule.
  const marked = t.match(/^([■◆●▲▍▌▎▐┃|｜])\s*(\S.*)$/u);
  if (marked) return { name: marked[2]!, report: furnished('decoration', marked[1]!, p.start) };
  const m = t.match(/^([【［\[〖])(.+)([】］\]〗])$/u);
  if (!m) return { name: t, report: NOTHING };
  return { name: m[2]!.trim(), report: furnished('decoration', m[1]! + m[3]!, p.start) };
}

/** Where a story goes on, from a （下转4版） line of its own under its text. */
const continuedToRef = (d: Draft) => {
  const to = d.continuedTo?.text.match(PATTERNS.continuedTo)?.groups?.to;
  return to ? pageRef(to) : null;
};

/** A heading's shape: its first two characters and how many phrases it has. */
const shape = (x: string) => `${x.trim().slice(0, 2)}|${x.trim().split(/\s+/u).length}`;

/**
 * A stack line whose quotation marks were lost (我的柳川 主题征文启事) while the body prints the
 * phrase in them (开展“我的柳川”主题征文活动): the space that stands for the closing quote, and the
 * line's start or the space before for the opening one, take the body's quotation marks. Returns
 * how many characters that adds (for the ledger).
 */
function restoreStackQuotes(a: ParsingArticle, line: number): number {
  const phrases = new Set<string>();
  const body = a.blocks.flatMap(blockLines).join('\n');
  for (const m of body.matchAll(/“([^“”\s]{2,12})”/gu)) phrases.add(m[1]!);
  if (!phrases.size) return 0;
  let added = 0;
  const fix = (t: string | null): string | null => {
    if (!t || !/\s/u.test(t)) return t;
    let out = t;
    for (const q of [...phrases].sort((x, y) => y.length - x.length)) {
      if (!out.includes(q)) continue;
      const at = new RegExp(`(^|\\s)${q.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(\\s|$)`, 'u');
      const m = out.match(at);
      if (!m || (m[1] === '' && m[2] === '')) continue;
      // The body must print the phrase quoted beside the same words (“我的柳川”主题), or a couplet
      // whose first half the body happens to quote (共同富裕 柳市在行动) would be taken for one.
      const after = [...out.slice(m.index! + m[0].length)].slice(0, 2).join('');
      const before = [...out.slice(0, m.index)].slice(-2).join('');
      const beside = m[2] && after ? body.includes(`“${q}”${after}`) : !!m[1] && !!before && body.includes(`${before}“${q}”`);
      if (!beside) continue;
      out = out.replace(at, `“${q}”`);
      a.repairs.push({ kind: 'quote-restored', line, column: 1, before: m[0], after: `“${q}”` });
      added += QUOTE_MARKS;
    }
    return out;
  };
  a.kicker = fix(a.kicker);
  a.headline = fix(a.headline)!;
  a.subheadline = fix(a.subheadline);
  return added;
}


/** A feature without section headings runs at least this long; a shorter piece on a feature page is a story. */
const FEATURE_MIN_CHARS = 200;
/** A feature with section headings has at least this much text (a box with a label or two, 【食材】/【做法】, has less). */
const SECTIONED_FEATURE_MIN_CHARS = 150;
const textChars = (a: ParsedArticle) => a.blocks.reduce((n, b) => n + (b.type === 'paragraph' || b.type === 'turn' ? nonSpaceLength(b.text) : 0), 0);

/** A byline in brackets naming an office, then a name: the office supplied the text (供稿), nobody wrote it as an essay. */
const OFFICE_CREDIT = /^[（(]\p{Script=Han}{2,20}(?:中心|局|站|所|院|委|办|馆|协会|学会)[\s\u3000]+/u;

/** A subheadline naming a piece of reportage: ——记…, or ending in 纪实, 见闻, 侧记, 掠影 (a closed class of genre words). */
const REPORTAGE_SUBHEADLINE = /^[—–\-－―─]{1,2}\s*(?:记\S|.*(?:纪实|见闻|侧记|掠影)$)/u;

/** A column label naming an opinion column (须江时评, 柳川微言, 记者手记): its pieces are comments. */
export const opinionColumn = (label: string | null) => !!label && OPINION_COLUMN_ENDINGS.some((w) => label.replace(/[【】〖〗\[\]\s]/gu, '').endsWith(w));

/** The label of an editor's note: 编者按, 编后, 编后语, bracketed or not. */
const EDITOR_NOTE = /^[【［\[]?(?:编者按|编后语?)/u;

/** A story with this many question-and-answer turns or more is an interview (one question and its answer, 问：/答：, is a tip box). */
const INTERVIEW_MIN_TURNS = 3;

function kindOf(a: ParsedArticle, d: Draft, pageKind: SeedKind): ParsedArticle['kind'] {
  const blocks = a.blocks;
  if (blocks.filter((b) => b.type === 'turn').length >= INTERVIEW_MIN_TURNS) return 'interview';
  const text = blocks.filter((b) => b.type === 'paragraph' || b.type === 'verse');
  if (text.length && text.every((b) => b.type === 'verse')) return 'poem';
  if (NOTICE_WORDS.some((w) => a.headline.includes(w))) return 'notice';
  // An editor's note standing alone, no title over it (【编者按】本报…刊发…): the desk's notice to readers.
  if (d.stack.length === 0 && d.body.length > 0 && d.body.every((b) => b.piece.kind === 'note' && EDITOR_NOTE.test(b.piece.text.trim()))) return 'notice';
  // A text closed by a 落款 (organ and date) that nobody on the paper signed: a notice (失物招领, 通报).
  if (blocks.at(-1)?.type === 'signature' && a.byline.reporters.length + a.byline.correspondents.length + a.byline.writers.length === 0 && !d.body.some((b) => b.piece.kind === 'lead')) return 'notice';
  // A short title ending in a notice's word (停水通知, 讣告, 温馨提示, 问卷调查) names a notice.
  if (nonSpaceLength(a.headline) <= NOTICE_TITLE_MAX_CHARS && NOTICE_TITLE.test(a.headline.replace(/\s+/gu, ''))) return 'notice';
  // A table under its own title and nothing else (值班电话, 专家坐诊安排, 常用电话): a service notice, not a story;
  // rows each opening with a day (一周天气 / 11月8日　多云…) are a record of days, a box (kept a brief below).
  if (tableAlone(a, d) || listUnderIntro(a, d)) return 'notice';
  const staff = a.byline.reporters.length + a.byline.correspondents.length;
  // A dashed 副题 naming reportage (——记某某, …纪实, …见闻, …侧记) over a text no 本报讯 lead opens: a feature, whoever signs it.
  if (REPORTAGE_SUBHEADLINE.test(a.subheadline ?? '') && !d.body.some((b) => b.piece.kind === 'lead')) return 'feature';
  // A piece under an opinion column's label (须江时评, 记者手记) is a comment, signed by staff or not, unless a 本报讯 lead opens it.
  if (opinionColumn(a.column) && !d.body.some((b) => b.piece.kind === 'lead')) return 'essay';
  // Signed by a commentator (本报评论员, 特约评论员 某某): an editorial or a comment, an essay.
  if (/评论员/u.test(a.byline.raw ?? '') && !d.body.some((b) => b.piece.kind === 'lead')) return 'essay';
  // An author signing writes an essay; an office's staff credited in brackets at the text's end (（区农技推广中心　某某）) supplied a box.
  if (a.byline.writers.length && staff === 0 && !d.body.some((b) => b.piece.kind === 'lead') && !OFFICE_CREDIT.test(a.byline.raw?.trim() ?? '')) return 'essay';
  // A fragment continued from another page is the rest of a story, not a feature of this page.
  if (d.stack.length === 0 && a.continuation.from) return 'news';
  // A feature is one long piece with sections; a short captioned story on such a page (a photo page's) is news.
  // A byline in brackets closing the text (…。（记者 林立 通讯员 余晖）) signs a news story, as a 本报讯 lead does.
  const newsSigned = d.body.some((b) => b.piece.kind === 'lead') || /^[（(]/u.test(a.byline.raw?.trim() ?? '');
  // A text shorter than a feature's least, sections and all (a recipe's 【做法】), is a box, not a feature.
  if (pageKind === 'feature-page' && !newsSigned && (blocks.some((b) => b.type === 'heading') ? textChars(a) >= SECTIONED_FEATURE_MIN_CHARS : textChars(a) >= FEATURE_MIN_CHARS)) return 'feature';
  if (unsignedShort(a, d)) return 'brief';
  return 'news';
}

/** A text nobody signs that is table rows and nothing else (a note under them at most), not rows of days: no prose, no picture. */
const tableAlone = (a: ParsedArticle, d: Draft) => {
  const rows = d.body.filter((b) => b.piece.kind === 'table-row');
  if (rows.length === 0 || rows.length + d.body.filter((b) => b.piece.kind === 'note').length < d.body.length || a.captions.length) return false;
  if (rows.every((b) => PATTERNS.dateline.test(b.piece.text.trim()))) return false;
  return a.byline.reporters.length + a.byline.correspondents.length + a.byline.writers.length + a.byline.photographers.length === 0;
};

/** Rows enough to be a published list of names (two rows of two names and places at least). */
const LIST_NOTICE_MIN_ROWS = 2;

/**
 * Table rows of names under one paragraph that introduces them (经…评选，以下10位同志被评为… / 郑建国　前西垟村 …),
 * nobody signing, no picture: a list made public, a notice.
 */
const listUnderIntro = (a: ParsedArticle, d: Draft) => {
  const rows = d.body.filter((b) => b.piece.kind === 'table-row');
  const prose = d.body.filter((b) => b.piece.kind === null || b.piece.kind === 'lead');
  if (rows.length < LIST_NOTICE_MIN_ROWS || prose.length !== 1 || d.body.some((b) => b.piece.kind === 'lead') || a.captions.length) return false;
  // Names and places, no figures: a table of prices or results (白菜　2.5元) is a box of data, not a list made public.
  if (rows.some((b) => /\d/u.test(b.piece.text))) return false;
  return a.byline.reporters.length + a.byline.correspondents.length + a.byline.writers.length + a.byline.photographers.length === 0;
};

/**
 * A short text nobody signs, with no 本报讯 lead, no dateline and no picture (名词解释, 温馨提示,
 * 一周警情, 荐书架): a brief or a box, not a news story, which the paper signs or dates.
 */
const unsignedShort = (a: ParsedArticle, d: Draft) => {
  // An office's credit (（区农技推广中心　某某）) says who supplied the box, as 供稿 does: no signature of a story.
  const signed = a.byline.reporters.length + a.byline.correspondents.length + a.byline.writers.length + a.byline.photographers.length > 0 && !OFFICE_CREDIT.test(a.byline.raw?.trim() ?? '');
  // Dated like a story: its first paragraph opens with a day (a digest of dated items is not one story).
  const paragraphs = a.blocks.filter((b) => b.type === 'paragraph');
  const datedParagraphs = paragraphs.filter((b) => PATTERNS.dateline.test(b.text)).length;
  const dated = paragraphs[0] !== undefined && PATTERNS.dateline.test(paragraphs[0].text) && !(paragraphs.length >= DATED_ITEMS_MIN && datedParagraphs === paragraphs.length);
  // A kicker over the title is a story's stack: a brief is titled in one line at most (as briefLike has it in news-page.ts).
  // A story continued from another page (（上接1版）) is the rest of a story: no brief runs over two pages.
  return !signed && !a.kicker && !a.continuation.from && !d.body.some((b) => b.piece.kind === 'lead') && !a.captions.length && !dated && briefSized(textChars(a));
};
