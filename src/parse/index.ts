/**
 * The parser: seed text + what metadata knows → article records, page furniture, unplaced text,
 * repairs, warnings and the text ledger. Pure: no I/O, never throws on any input.
 *
 *   1. lines     prepareLines   line repairs (src/parse/repairs/): controls, full-width digits,
 *                               doubled bold runs, vertical text, OCR, letter spacing
 *   2. units     groupUnits     wrapped lines joined into paragraphs, headline lines kept apart
 *   3. pieces    classify       what a unit is by its form (byline, lead, page number, 文号 …)
 *   4. roles     bestRoles      the page grammar: every piece scored for every role, Viterbi
 *   5. articles  draftArticles  stories from roles (or readDocumentPage for a 公文)
 *   6. records   finishDraft    headline stacks, bylines, bodies, captions, kinds, dates
 *   7. ledger    ledger         every character in exactly one place
 */
import type { ArticleKind, Block, Byline, Caption, DocumentFields, Furniture, Ledger, Repair, SeedKind, SeedWarning, Unplaced, WarningCode } from '../records/schema.ts';
import { blockLines } from '../records/text.ts';
import { fullWidthPunctuation } from './repairs/punctuation.ts';
import { draftArticles, type Draft } from './articles.ts';
import { readBody } from './body.ts';
import { emptyByline, parseByline, splitCredit, creditName } from './byline.ts';
import { classify, isFurniture, type Piece } from './classify.ts';
import { BRIEF_MAX_CHARS, NOTICE_PAGE_MIN, NOTICE_WORDS, PATTERNS } from './constants.ts';
import { articleDate, pastDays, printedDate, resolveIssueDate, type IssueDate } from './dates.ts';
import { documentType, readDocumentPage } from './document.ts';
import { bestRoles, noticeTitle } from './grammar.ts';
import { readHeadlineStack } from './headline.ts';
import type { PageFeatures } from './features.ts';
import { prepareLines } from './lines.ts';
import { readPageInfo, type PageInfo } from './page.ts';
import { orderSections } from './sections.ts';
import { append, nonSpaceLength, pageRef, squeeze } from './text.ts';
import { groupUnits } from './units.ts';
import { boundHints } from './hints.ts';

export interface ParseOptions {
  /** Seed file name, used in messages. */
  seed: string;
  /** From metadata; read from the page when absent. */
  kind?: SeedKind;
  /** Metadata `date`: undefined = infer, null = unknown, `yyyy` or `yyyy-mm-dd`. */
  date?: string | null;
  /** Known names (the gazetteer's villages): tells 彭村村 from a character repeated across a break. */
  isKnownWord?: (s: string) => boolean;
  /**
   * A word segmenter (jieba with the gazetteer): tells a line cut inside a word (…前期工 / 作取得…,
   * …桥 / 头村…) from a heading over its text. The parser stays pure: it only calls it.
   */
  segment?: (text: string) => string[];
  /** Per seed line, what a laid-out page (a PDF) says of it: size, weight, centring, span, gaps, pictures. */
  features?: PageFeatures;
}

export interface ParsedArticle {
  order: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  byline: Byline;
  date: string | null;
  dateSource: IssueDate['source'];
  dateText: string | null;
  column: string | null;
  repairs: Repair[];
  body: string[];
  blocks: Block[];
  captions: Caption[];
  source: { startLine: number; endLine: number };
  continuation: { to: string | null; from: string | null };
  document: DocumentFields | null;
  warnings: string[];
}

export interface ParseResult {
  seed: string;
  kind: SeedKind;
  /** What the page prints of its issue (masthead, page header), when it does. */
  page: PageInfo | null;
  issueDate: IssueDate;
  articles: ParsedArticle[];
  furniture: Furniture[];
  unplaced: Unplaced[];
  repairs: Repair[];
  warnings: SeedWarning[];
  ledger: Ledger;
}

/** Collects the outputs of one parse. */
class Sink {
  furniture: Furniture[] = [];
  unplaced: Unplaced[] = [];
  warnings: SeedWarning[] = [];
  repairs: Repair[] = [];
  removed = 0;
  added = 0;
  /** Articles whose headline is not text of their own ((无标题), a document's issuer): the ledger counts no headline for them. */
  borrowed = new Set<ParsedArticle>();
  /** Briefs that carry the column label of the first item of their column (printed once, counted there). */
  inheritedColumn = new Set<ParsedArticle>();
  warn(line: number, message: string, code: WarningCode = 'other') {
    this.warnings.push({ line, message, code });
  }
  furnish(kind: Furniture['kind'], text: string, line: number) {
    if (text.trim()) this.furniture.push({ kind, text: text.trim(), line: Math.max(1, line) });
  }
}

export function parseSeed(text: string, options: ParseOptions): ParseResult {
  const sink = new Sink();
  const prepared = prepareLines(text, options.features);
  append(sink.repairs, prepared.repairs);
  append(sink.warnings, prepared.warnings);
  sink.removed += prepared.removed;
  const pieces = pagePieces(prepared, options);
  const kind = options.kind ?? inferKind(pieces);
  if (!options.kind) sink.warn(0, `metadata.yaml 没有写这份稿件的版面类型（kind），按内容读作${KIND_NAMES[kind]}（${kind}）`, 'kind-inferred');

  const edge = pieces.filter((p) => p.kind === 'masthead' || p.kind === 'page-header');
  const page = edge.length ? readPageInfo(edge.flatMap((p) => p.lines)) : null;

  let articles: ParsedArticle[];
  if (kind === 'document') articles = readDocuments(pieces, sink, options);
  // The grammar reads a page with what is known of its kind: metadata's, or a literary page read off its authors.
  else articles = readNewsPage(pieces, kind, sink, options);

  const issueDate = issueDateOf(options, page, articles, pieces, kind);
  if (issueDate.warning) sink.warn(0, issueDate.warning, issueDate.date || issueDate.inferred ? 'issue-date-inferred' : 'issue-date-missing');
  for (const a of articles) datedArticle(a, issueDate);
  checkIssueAfterEvents(issueDate, articles, sink);

  if (articles.length === 0 && nonSpaceLength(text) > 0) {
    sink.warn(
      0,
      sink.unplaced.length > 0
        ? `${options.seed} 里没有认出文章：全部文字作为“未能归入文章的文字”保留`
        : `${options.seed} 里没有文章，只有版面上的固定文字（显示在期次页上）`,
      'no-article',
    );
  }
  articles.forEach((a, i) => (a.order = i + 1));
  for (const a of articles) {
    a.body = a.blocks.flatMap(blockLines);
    a.repairs = sink.repairs.filter((r) => r.line >= a.source.startLine && r.line <= a.source.endLine);
    for (const w of a.warnings) sink.warnings.push({ line: a.source.startLine, message: w, code: hintCodes.get(a)?.get(w) ?? 'other' });
  }
  return {
    seed: options.seed,
    kind,
    page,
    issueDate,
    articles,
    furniture: sink.furniture.sort((a, b) => a.line - b.line),
    unplaced: sink.unplaced,
    repairs: sink.repairs,
    // Bounded: a hint raised on every line of a long page is one hint with a count (hints.ts).
    warnings: boundHints(sink.warnings.sort((a, b) => a.line - b.line)),
    ledger: ledger(text, articles, sink),
  };
}

/** Steps 2–3: the page's pieces (units classified by form, word breaks marked when a segmenter is given). */
export function pagePieces(prepared: ReturnType<typeof prepareLines>, options: Pick<ParseOptions, 'segment'>): Piece[] {
  const pieces = classify(groupUnits(prepared.lines));
  if (options.segment) markWordBreaks(pieces, options.segment);
  return pieces;
}

/**
 * Pieces whose text stops inside a word that the next piece finishes: a paragraph cut by a break.
 * The next piece is looked for past furniture and photo captions printed in the cut (在黄华 /
 * 岐头三村“村晚”现场。林海涛 摄 / 关村，…).
 */
function markWordBreaks(pieces: Piece[], segment: (text: string) => string[]) {
  let next: Piece | undefined;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (next && p.kind === null && next.kind === null && !p.endsSentence && !p.bold && splitsWord(p.text, next.text, segment)) p.breaksWord = true;
    if (!isFurniture(p) && p.kind !== 'caption' && p.kind !== 'credit') next = p;
  }
}

/** Whether the text cut between `a` and `b` falls inside one word of two or more Chinese characters. */
export function splitsWord(a: string, b: string, segment: (text: string) => string[]): boolean {
  const tail = a.match(/\p{Script=Han}{1,4}$/u)?.[0];
  const head = b.match(/^\p{Script=Han}{1,4}/u)?.[0];
  if (!tail || !head) return false;
  let at = 0;
  for (const token of segment(tail + head)) {
    const end = at + token.length;
    if (at < tail.length && end > tail.length && /^\p{Script=Han}{2,}$/u.test(token)) return true;
    at = end;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// What kind of page

export function inferKind(pieces: Piece[]): SeedKind {
  const has = (k: Piece['kind']) => pieces.some((p) => p.kind === k);
  // A title ending in a 文种 (…方案, …的通知) near the top, or an 附件 label opening the page.
  const top = pieces.slice(0, 6);
  const docTitle = top.some((p) => p.headingLike && documentType(p.text) !== null) || /^附\s*件\s*\d*$/u.test(pieces[0]?.text.trim() ?? '');
  const docSigns = [has('doc-number'), has('doc-signer'), has('doc-copyto') || has('doc-printed'), pieces.some((p) => /[：:]$/u.test(p.text) && p.length <= 60) && has('date-line'), docTitle].filter(Boolean).length;
  // A page with 本报讯 leads is a newspaper page, whatever 公文 it prints in full.
  if (!has('lead') && (docSigns >= 2 || has('doc-number'))) return 'document';
  const authors = pieces.filter((p) => p.kind === 'byline' && /^[□]/u.test(p.text.trim())).length;
  if (authors >= 2 || pieces.some((p) => p.verse)) return 'literary-page';
  // Short texts one under another, each titled as a notice or closed by its own 落款: a page of notices, not one feature.
  const closings = pieces.filter((p, i) => p.kind === 'date-line' && i > 0 && pieces[i - 1]!.kind !== 'page-header' && pieces[i - 1]!.kind !== 'masthead' && i < pieces.length - 1).length;
  // A byline closing one text with another titled text under it (…说声谢谢！ / 读者　张建国 / next title).
  const closingBylines = pieces.filter((p, i) => p.kind === 'byline' && i > 0 && i < pieces.length - 1 && pieces[i - 1]!.kind === null && !pieces[i - 1]!.headingLike && pieces[i + 1]!.headingLike && pieces[i + 1]!.kind === null).length;
  if (closingBylines >= NOTICE_PAGE_MIN) return 'news-page';
  const titles = pieces.filter(noticeTitle).length;
  if (titles >= NOTICE_PAGE_MIN || titles + closings >= NOTICE_PAGE_MIN + 1) return 'news-page';
  // A column's tag line (一家之言 ■郑晓明), or several marked bylines: a page of several authored pieces.
  const marked = pieces.filter((p) => p.kind === 'byline' && /^[■□◆●]/u.test(p.text.trim())).length;
  if (pieces.some((p) => p.columnTag) || marked >= NOTICE_PAGE_MIN) return 'news-page';
  if (pieces.filter((p) => p.kind === 'lead').length >= 2) return 'news-page';
  return unsignedPieces(pieces) ? 'news-page' : 'feature-page';
}

/**
 * A page of short pieces nobody signs (一周要闻, 光荣榜, 便民信息): its first title has no byline,
 * lead or credit under it, and titles standing apart over prose follow. A feature is signed under
 * its one headline.
 */
function unsignedPieces(pieces: Piece[]): boolean {
  const content = pieces.filter((p) => !isFurniture(p));
  const first = content.findIndex((p) => p.kind === null && p.headingLike);
  if (first < 0) return false;
  const signed = content.slice(first + 1, first + 1 + SIGNED_WITHIN).some((p) => p.kind === 'byline' || p.kind === 'lead' || p.kind === 'credit');
  if (signed) return false;
  const titled = content.filter((p, i) => i > first && p.kind === null && p.headingLike && p.blankBefore && !PATTERNS.numberedHeading.test(p.text) && content[i + 1]?.kind === null && !content[i + 1]!.headingLike && /[。！？]/u.test(content[i + 1]!.text));
  return titled.length >= NOTICE_PAGE_MIN;
}

/** A feature's byline stands within this many pieces under its headline (kicker, subheadline, caption). */
const SIGNED_WITHIN = 4;

// ---------------------------------------------------------------------------------------------
// Newspaper pages

function readNewsPage(pieces: Piece[], kind: SeedKind, sink: Sink, options: ParseOptions): ParsedArticle[] {
  const roles = bestRoles(pieces, kind);
  const { drafts, furniture } = draftArticles(pieces, roles);
  for (const p of furniture) sink.furnish(furnitureKind(p), p.text, p.start);
  const stacked = drafts.filter((d) => d.stack.length > 0 || d.marker);
  // Text before any headline: on a page of stories, a story continued from another page; on a
  // feature page (one story with its headline), the feature's own text printed ahead of it.
  let kept = drafts;
  if (stacked.length === 0) {
    for (const d of drafts) {
      if (d.bylines.length || d.body.some((b) => b.piece.kind === 'lead')) continue;
      for (const p of allPieces(d)) place(sink, p);
      kept = kept.filter((x) => x !== d);
    }
  } else if (kind === 'feature-page' || (stacked.length === 1 && !pieces.some((p) => p.kind === 'lead'))) {
    kept = mergeFeature(drafts, sink);
  }
  const articles = kept.flatMap((d) => (printsDocument(d) ? documentDraft(d, sink, options) : [finishDraft(d, kind, sink, options)]));
  markBriefs(kept, articles, sink);
  return articles;
}

/** A story that is a 公文 printed in full (a 表彰决定 on an honour-roll page): a 文号 under a title that names a 文种. */
const printsDocument = (d: Draft) =>
  d.body.some((b) => b.piece.kind === 'doc-number') && documentType(d.stack.map((p) => p.text).join('')) !== null;

/** Reads such a story with the document grammar; its column label stays its column. */
function documentDraft(d: Draft, sink: Sink, options: ParseOptions): ParsedArticle[] {
  const pieces = [...d.stack, ...d.body.map((b) => b.piece), ...d.bylines].sort((a, b) => a.start - b.start);
  const docs = readDocuments(pieces, sink, options);
  if (docs[0] && d.column) docs[0].column = d.column.text.trim();
  for (const c of d.captions) sink.furnish('other', c.text, c.start);
  return docs;
}

/** A feature page: leading text and label sections belong to its one story with a headline. */
function mergeFeature(drafts: Draft[], sink: Sink): Draft[] {
  const main = drafts.reduce((best, d) => (d.stack.length && bodyChars(d) > (best.stack.length ? bodyChars(best) : -1) ? d : best), drafts[0]!);
  if (!main.stack.length) return drafts;
  const out: Draft[] = [];
  const before: Draft[] = [];
  for (const d of drafts) {
    if (d === main) continue;
    // Only text without a headline of its own merges; other stories on the page stay stories.
    // A fragment opening with （上接1版） is another story's continuation, not the feature's text.
    if (d.stack.length === 0 && !d.marker && !opensContinued(d)) (drafts.indexOf(d) < drafts.indexOf(main) ? before : out).push(d);
  }
  if (before.length === 0 && out.length === 0) return drafts;
  const leading = before.flatMap((d) => d.body);
  const trailing = out.flatMap((d) => d.body);
  main.body = orderSections([...leading, ...main.body, ...trailing], (line, message) => sink.warn(line, message, 'section-order'), main.body[0]);
  for (const d of [...before, ...out]) {
    append(main.captions, d.captions);
    append(main.bylines, d.bylines);
    // A label over text that joins the feature names no story of its own: page furniture.
    if (d.column) sink.furnish(furnitureKind(d.column), d.column.text, d.column.start);
  }
  return drafts.filter((d) => d === main || d.stack.length > 0 || d.marker || opensContinued(d));
}

const opensContinued = (d: Draft) => PATTERNS.continuedFrom.test(d.body[0]?.piece.text.trim() ?? '');

const bodyChars = (d: Draft) => d.body.reduce((n, b) => n + b.piece.length, 0);
const allPieces = (d: Draft): Piece[] => [...(d.column ? [d.column] : []), ...(d.marker ? [d.marker] : []), ...d.stack, ...d.bylines, ...d.body.map((b) => b.piece), ...d.captions];

function place(sink: Sink, p: Piece) {
  if (isFurniture(p)) return sink.furnish(furnitureKind(p), p.text, p.start);
  sink.unplaced.push({ text: p.text, line: p.start });
  sink.warn(p.start, `这一版上认不出文章，这段文字未能归入文章：“${[...p.text].slice(0, 30).join('')}…”`, 'unplaced');
}

/** The code of each hint an article carries (its `warnings` are the Chinese messages). */
const hintCodes = new WeakMap<ParsedArticle, Map<string, WarningCode>>();
function hint(a: ParsedArticle, code: WarningCode, message: string) {
  a.warnings.push(message);
  const codes = hintCodes.get(a) ?? new Map<string, WarningCode>();
  codes.set(message, code);
  hintCodes.set(a, codes);
}

/** Page kinds as editors call them. */
const KIND_NAMES: Record<SeedKind, string> = { 'news-page': '新闻版', 'feature-page': '专版', 'literary-page': '副刊版', document: '公文' };

function furnitureKind(p: Piece): Furniture['kind'] {
  switch (p.kind) {
    case 'masthead':
    case 'masthead-credit':
      return 'masthead';
    case 'page-header':
      return 'page-header';
    case 'page-number':
      return 'page-number';
    case 'editor':
      return 'editor';
    case 'submission':
      return 'submission';
    case 'continued-to':
    case 'continued-from':
      return 'continuation';
    case null:
      return p.vertical ? 'banner' : 'slogan';
    default:
      return 'other';
  }
}

/** Short stories under one column label, one after another: the items of a 简讯 column. */
function markBriefs(drafts: Draft[], articles: ParsedArticle[], sink: Sink) {
  for (let i = 0; i < drafts.length; i++) {
    const column = drafts[i]!.column;
    if (!column) continue;
    const run = [i];
    for (let j = i + 1; j < drafts.length && !drafts[j]!.column && briefLike(drafts[j]!, articles[j]!); j++) run.push(j);
    if (run.length < 2 || !briefLike(drafts[i]!, articles[i]!)) continue;
    for (const j of run) {
      articles[j]!.kind = 'brief';
      if (j !== i) {
        articles[j]!.column = articles[i]!.column;
        drafts[j]!.inheritedColumn = true;
        sink.inheritedColumn.add(articles[j]!);
      }
    }
  }
}

const briefLike = (d: Draft, a: ParsedArticle) => !a.kicker && !a.subheadline && d.stack.length <= 2 && bodyChars(d) <= BRIEF_MAX_CHARS && a.kind !== 'interview';

// ---------------------------------------------------------------------------------------------
// One article from its draft

function finishDraft(d: Draft, pageKind: SeedKind, sink: Sink, options: ParseOptions): ParsedArticle {
  const pieces = allPieces(d);
  const a: ParsedArticle = {
    order: 0,
    kind: 'news',
    kicker: null,
    headline: '',
    subheadline: null,
    byline: emptyByline(),
    date: null,
    dateSource: 'none',
    dateText: null,
    column: d.column ? columnName(d.column, sink) : null,
    repairs: [],
    body: [],
    blocks: [],
    captions: [],
    source: { startLine: pieces.reduce((m, p) => Math.min(m, p.start), Infinity), endLine: pieces.reduce((m, p) => Math.max(m, p.end), -Infinity) },
    continuation: { to: null, from: null },
    document: null,
    warnings: [],
  };
  // Stack lines shaped like the article's own section headings (004: 实施…战略 致力… ×3) are sections.
  const sectionShapes = new Set(d.body.filter((b) => b.heading).map((b) => shape(b.piece.text)));
  while (d.stack.length > 1 && sectionShapes.has(shape(d.stack.at(-1)!.text))) d.body.unshift({ piece: d.stack.pop()!, heading: true });

  // A marker glyph before a run-in title (■, ▲) is print decoration: furniture, not headline.
  const stackLines = d.stack.map((p) => {
    const marker = p.text.match(/^[■▲●◆★☆▶►]+/u)?.[0];
    if (marker) sink.furnish('decoration', marker, p.start);
    return { text: marker ? p.text.slice(marker.length).trim() : p.text, bold: p.bold, blankAfter: p.blankAfter, spaceAfter: p.spaceAfter };
  });
  const stack = readHeadlineStack(stackLines);
  if (stack) {
    a.kicker = stack.kicker;
    a.headline = stack.headline;
    a.subheadline = stack.subheadline;
    for (const s of stack.slogans) sink.furnish('slogan', s, d.stack[0]!.start);
    for (const j of stack.joins) sink.repairs.push({ kind: 'headline-joined', line: d.stack[0]!.start, column: 1, before: j.before, after: j.after });
    for (const q of stack.quotes) {
      sink.repairs.push({ kind: 'quote-restored', line: d.stack[0]!.start, column: 1, before: q.before, after: q.after });
      sink.added += 2;
    }
    for (const w of stack.warnings) sink.warn(d.stack[0]!.start, w, 'stack-order');
    // Half-width punctuation in a Chinese stack line (总投资1.8亿元,计划…) is set full-width, as in the body.
    const wide = (t: string | null) => {
      if (!t) return t;
      const p = fullWidthPunctuation(t);
      if (p.changes.length) sink.repairs.push({ kind: 'punctuation-width', line: d.stack[0]!.start, column: p.changes[0]!.index + 1, before: p.changes.map((c) => c.from).join(''), after: p.changes.map((c) => c.to).join('') });
      return p.text;
    };
    a.kicker = wide(a.kicker);
    a.headline = wide(a.headline)!;
    a.subheadline = wide(a.subheadline);
  } else if (d.marker) {
    a.headline = d.marker.text.trim();
    hint(a, 'continued', '转自其他版面的续文：标题印在前面那一版上');
  } else {
    a.headline = '（无标题）';
    sink.borrowed.add(a);
    hint(a, 'no-headline', '正文上方找不到标题，显示为“（无标题）”');
  }
  if (d.marker) {
    const m = d.marker.text.match(PATTERNS.continuedFrom);
    a.continuation.from = m?.groups?.from ? pageRef(m.groups.from) : null;
    // Over a reprinted headline the marker is page furniture; alone it stands in for the headline.
    if (stack) sink.furnish('continuation', d.marker.text, d.marker.start);
  }

  const quoted = [a.kicker, a.headline, a.subheadline].flatMap((t) => [...(t ?? '').matchAll(/“([^“”]{2,12})”/gu)].map((m) => m[1]!));
  const body = readBody(d.body, { repairs: sink.repairs, warnings: sink.warnings, isKnownWord: options.isKnownWord, quoted });
  a.blocks = body.blocks;
  sink.removed += body.removed;
  sink.added += body.added;
  restoreStackQuotes(a, sink, d.stack[0]?.start ?? a.source.startLine);
  for (const m of body.markers) sink.furnish('continuation', m.text, m.line);
  a.continuation.to = body.continuation.to ?? continuedToRef(d) ?? null;
  a.continuation.from ??= body.continuation.from;
  // Bylines: the lead's, any printed alone, and one at the end of the text.
  // Byline lines in a row are one byline printed over lines (■乐清市融媒体中心记者 / 陈清清 吴昊姝/文 …).
  const raws: string[] = [];
  if (body.leadByline) raws.push(body.leadByline);
  let run: string[] = [];
  d.bylines.forEach((b, i) => {
    if (b.kind === 'affiliation') a.blocks.push({ type: 'note', label: b.text.trim(), text: [] });
    else run.push(b.text.trim());
    const next = d.bylines[i + 1];
    if (!next || next.start - b.end > 1 || b.kind === 'affiliation') {
      if (run.length) raws.push(run.join(' '));
      run = [];
    }
  });
  if (body.trailingByline) raws.push(body.trailingByline);
  if (raws.length) {
    const parsed = raws.map(parseByline);
    a.byline = { raw: raws.join(' '), reporters: [], correspondents: [], photographers: [], writers: [] };
    for (const p of parsed) for (const role of ['reporters', 'correspondents', 'photographers', 'writers'] as const) for (const n of p[role]) if (!a.byline[role].includes(n)) a.byline[role].push(n);
  }
  a.captions = captionsOf(d.captions);
  // A credit under a story's text with no caption of its own (a photo-news item: its text is the
  // caption) credits the story's photographer.
  const credits = a.captions.filter((c) => c.text === '' && c.creditRaw);
  if (credits.length) {
    a.captions = a.captions.filter((c) => !credits.includes(c));
    const raw = [a.byline.raw, ...credits.map((c) => c.creditRaw)].filter(Boolean).join(' ');
    a.byline = { ...a.byline, raw, photographers: [...new Set([...a.byline.photographers, ...credits.map((c) => c.credit!).filter(Boolean)])] };
  }
  a.kind = kindOf(a, d, pageKind);
  return a;
}

/** A column label as its name: brackets around it (【招聘】) are print decoration, kept as page furniture. */
function columnName(p: Piece, sink: Sink): string {
  const t = p.text.trim();
  const m = t.match(/^([【［\[])(.+)([】］\]])$/u);
  if (!m) return t;
  sink.furnish('decoration', m[1]! + m[3]!, p.start);
  return m[2]!.trim();
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
 * line's start or the space before for the opening one, take the body's quotation marks.
 */
function restoreStackQuotes(a: ParsedArticle, sink: Sink, line: number) {
  const phrases = new Set<string>();
  const body = a.blocks.flatMap(blockLines).join('\n');
  for (const m of body.matchAll(/“([^“”\s]{2,12})”/gu)) phrases.add(m[1]!);
  if (!phrases.size) return;
  const fix = (t: string | null): string | null => {
    if (!t || !/\s/u.test(t)) return t;
    let out = t;
    for (const q of [...phrases].sort((x, y) => y.length - x.length)) {
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
      sink.repairs.push({ kind: 'quote-restored', line, column: 1, before: m[0], after: `“${q}”` });
      sink.added += 2;
    }
    return out;
  };
  a.kicker = fix(a.kicker);
  a.headline = fix(a.headline)!;
  a.subheadline = fix(a.subheadline);
}

/** Captions with their credits: a credit line credits the caption above it. */
function captionsOf(pieces: Piece[]): Caption[] {
  const out: Caption[] = [];
  for (const p of pieces) {
    if (p.kind !== 'credit') {
      // Captions printed side by side run into one line: each ends with its own credit
      // (…品尝美食。 记者 徐婷婷 摄小朋友在…表演节目。 通讯员 童晓 摄).
      for (const part of p.text.trim().split(SIDE_BY_SIDE_CAPTIONS)) if (part.trim()) readCaption(part.trim(), out);
      continue;
    }
    const t = p.text.trim();
    const last = out.at(-1);
    // One credit under several uncredited captions credits the set: the story's photographer.
    const uncredited = out.length >= 2 && out.slice(-2).every((c) => c.credit === null && c.text !== '');
    if (last && last.credit === null && !uncredited) {
      last.credit = creditName(t);
      last.creditRaw = t;
    } else out.push({ text: '', credit: creditName(t), creditRaw: t });
  }
  return out;
}

/** Where one caption's credit ends and the next caption begins, on one line. */
const SIDE_BY_SIDE_CAPTIONS = /(?<=[。！？]\s*(?:(?:本报)?(?:记者|通讯员|摄影)\s*)?(?:\p{Script=Han}{2,4}\s*){1,3}摄)\s*(?=\S)/u;

function readCaption(t: string, out: Caption[]) {
  const c = splitCredit(t);
  if (c) {
    out.push({ text: c.text, credit: c.credit, creditRaw: c.raw });
    return;
  }
  // Several captions printed on one line (观看成果展示。 走访项目现场。).
  for (const piece of t.split(/(?<=[。！？])\s+/u)) if (piece) out.push({ text: piece, credit: null, creditRaw: null });
}

function kindOf(a: ParsedArticle, d: Draft, pageKind: SeedKind): ParsedArticle['kind'] {
  const blocks = a.blocks;
  if (blocks.filter((b) => b.type === 'turn').length >= 2) return 'interview';
  const text = blocks.filter((b) => b.type === 'paragraph' || b.type === 'verse');
  if (text.length && text.every((b) => b.type === 'verse')) return 'poem';
  if (NOTICE_WORDS.some((w) => a.headline.includes(w))) return 'notice';
  const staff = a.byline.reporters.length + a.byline.correspondents.length;
  if (a.byline.writers.length && staff === 0 && !d.body.some((b) => b.piece.kind === 'lead')) return 'essay';
  // A fragment continued from another page is the rest of a story, not a feature of this page.
  if (d.stack.length === 0 && a.continuation.from) return 'news';
  if (pageKind === 'feature-page' && !d.body.some((b) => b.piece.kind === 'lead')) return 'feature';
  return 'news';
}

// ---------------------------------------------------------------------------------------------
// Official documents

function readDocuments(pieces: Piece[], sink: Sink, options: ParseOptions): ParsedArticle[] {
  const page = readDocumentPage(pieces, { repairs: sink.repairs, warnings: sink.warnings, isKnownWord: options.isKnownWord });
  for (const f of page.furniture) sink.furnish(f.kind === 'page-number' ? 'page-number' : f.kind === 'label' ? 'label' : furnitureKind(f.piece), f.text ?? f.piece.text, f.piece.start);
  return page.documents.map((doc) => {
    const a: ParsedArticle = {
      order: 0,
      kind: 'document',
      kicker: null,
      headline: doc.title ?? doc.fields.issuer ?? '（无标题）',
      subheadline: null,
      byline: emptyByline(),
      date: doc.date,
      dateSource: doc.date ? 'text' : 'none',
      dateText: doc.dateText,
      column: null,
      repairs: [],
      body: [],
      blocks: doc.body.blocks,
      captions: [],
      source: { startLine: doc.start, endLine: doc.end },
      continuation: doc.body.continuation,
      document: doc.fields,
      warnings: [],
    };
    // A byline printed on a document (本报讯（…） when a paper prints it) is kept as its byline.
    const raws = [doc.body.leadByline, doc.body.trailingByline].filter((x): x is string => !!x);
    if (raws.length) a.byline = { ...parseByline(raws.join(' ')), raw: raws.join(' ') };
    sink.removed += doc.body.removed;
    sink.added += doc.body.added;
    for (const m of doc.body.markers) sink.furnish('continuation', m.text, m.line);
    if (!doc.title) {
      sink.borrowed.add(a);
      hint(a, 'document', '找不到公文标题');
    }
    if (!doc.date) hint(a, 'document', '找不到落款日期');
    return a;
  });
}

// ---------------------------------------------------------------------------------------------
// Dates

/**
 * The issue date: metadata first; then a date the page prints (masthead, page header); for a
 * document its 落款; otherwise an inferred window after the latest event the page reports.
 */
function issueDateOf(options: ParseOptions, page: PageInfo | null, articles: ParsedArticle[], pieces: Piece[], kind: SeedKind): IssueDate {
  if (options.date === null) return { date: null, year: null, source: 'none', inferred: null, warning: null };
  if (options.date && /^\d{4}-\d{2}-\d{2}$/u.test(options.date)) return resolveIssueDate(options.date, '', []);
  const metaYear = options.date ? Number(options.date) : null;
  const printed = page?.date ?? (kind === 'document' ? (articles.find((a) => a.document && a.date)?.date ?? null) : null);
  if (printed && (metaYear === null || Number(printed.slice(0, 4)) === metaYear)) {
    return { date: printed, year: Number(printed.slice(0, 4)), source: 'text', inferred: null, warning: null };
  }
  const leads = articles.map((a) => firstParagraph(a)).filter((t): t is string => t !== null);
  return resolveIssueDate(options.date, pieces.map((p) => p.text).join('\n'), leads);
}

const firstParagraph = (a: ParsedArticle) => {
  const b = a.blocks.find((x) => x.type === 'paragraph' || x.type === 'turn');
  return b && (b.type === 'paragraph' || b.type === 'turn') ? b.text : null;
};

function datedArticle(a: ParsedArticle, issue: IssueDate) {
  if (a.kind === 'document') return;
  const first = firstParagraph(a);
  const d = articleDate(first ?? '', issue);
  a.date = d.date;
  a.dateSource = d.source;
  a.dateText = d.text;
  if (d.warning) hint(a, 'dateline', d.warning);
  // No dateline: a 落款 closing the text dates it, when it prints year, month and day.
  const signature = a.blocks.at(-1);
  if (!a.date && signature?.type === 'signature') {
    const printed = printedDate(signature.lines.at(-1)!);
    if (printed) {
      a.date = printed;
      a.dateSource = 'text';
      a.dateText = signature.lines.at(-1)!;
    }
  }
}

/** An issue given a day before an event it reports as past: a wrong date (an editor's typo?). */
function checkIssueAfterEvents(issue: IssueDate, articles: ParsedArticle[], sink: Sink) {
  if (!issue.date || issue.source === 'inferred') return;
  for (const a of articles) {
    if (a.date && a.date > issue.date) sink.warn(a.source.startLine, `文章日期“${a.dateText}”（${a.date}）晚于刊期日期 ${issue.date}：请核对刊期日期`, 'article-after-issue');
  }
  void pastDays;
  void printedDate;
}

// ---------------------------------------------------------------------------------------------
// Ledger

/**
 * Counts non-whitespace characters of the input and of every output, so that a character the
 * parser lost (or invented) shows up as an imbalance instead of disappearing silently. Restored
 * quotation marks are counted as added.
 */
function ledger(text: string, articles: ParsedArticle[], sink: Sink): Ledger {
  const count = (s: string | null | undefined) => (s ? nonSpaceLength(s) : 0);
  const charsIn = count(text.replace(/^\uFEFF/u, ''));
  let placed = 0;
  for (const a of articles) {
    placed += count(a.kicker) + count(a.subheadline) + count(a.byline.raw);
    placed += sink.borrowed.has(a) ? 0 : count(a.headline);
    // A column label is printed once, above the first of the stories it names.
    if (!sink.inheritedColumn.has(a)) placed += count(a.column);
    for (const b of a.blocks) {
      if (b.type === 'list') placed += count(b.title) + b.items.reduce((n, x) => n + count(x.marker) + count(x.label) + count(x.text), 0);
      else if (b.type === 'turn') placed += count(b.speaker) + 1 + count(b.text);
      else placed += blockLines(b).reduce((n, l) => n + count(l), 0);
    }
    for (const c of a.captions) placed += count(c.text) + count(c.creditRaw);
    if (a.document) {
      const d = a.document;
      placed += count(d.issuer) + count(d.number) + count(d.signer) + count(d.addressee) + count(d.closingOrgan) + count(d.closingDate);
      placed += d.attachments.reduce((n, x) => n + count(x), 0) + count(d.copyTo) + count(d.printedBy) + count(d.printedDate);
    }
  }
  const furniture = sink.furniture.reduce((n, f) => n + count(f.text), 0);
  const unplaced = sink.unplaced.reduce((n, u) => n + count(u.text), 0);
  void squeeze;
  return {
    charsIn,
    placed,
    furniture,
    removed: sink.removed,
    added: sink.added,
    unplaced,
    balanced: charsIn + sink.added === placed + furniture + sink.removed + unplaced,
  };
}
