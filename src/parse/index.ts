/**
 * The parser: seed text + what metadata knows → article records, page furniture, unplaced text,
 * repairs, warnings and the text ledger. Pure: no I/O, never throws on any input.
 *
 * Pipeline (each step in its own module):
 *   prepareLines (doubled runs, vertical text, OCR) → groupUnits (re-flow wrapped lines)
 *   → classify (furniture, lead, caption, list, heading, text)
 *   → split into articles by page kind (news page / feature page / document)
 *   → headline stacks, bylines, datelines, captions, bodies (re-joined across breaks)
 *   → ledger.
 */
import type {
  Block,
  Byline,
  Caption,
  DocumentFields,
  Furniture,
  Ledger,
  Repair,
  SeedKind,
  SeedWarning,
  Unplaced,
} from '../records/schema.ts';
import { CAPTION_MAX_CHARS, FURNITURE_MAX_CHARS, PATTERNS, SECTION_HEADING_MAX_CHARS } from './constants.ts';
import { emptyByline, parseByline, splitCredit } from './byline.ts';
import { articleDate, resolveIssueDate, type IssueDate } from './dates.ts';
import { nonSpaceLength } from './doubled.ts';
import { normalisePunctuation } from './punctuation.ts';
import { readHeadlineStack } from './headline.ts';
import { prepareLines } from './lines.ts';
import { blockLines } from '../records/text.ts';
import { endsSentence, groupUnits, isHeadingLike, isListItem, rejoin, type Unit } from './units.ts';

export interface ParseOptions {
  /** Seed file name, used in messages. */
  seed: string;
  /** From metadata; inferred from the text when absent. */
  kind?: SeedKind;
  /** Metadata `date`: undefined = infer, null = unknown, `yyyy` or `yyyy-mm-dd`. */
  date?: string | null;
}

export interface ParsedArticle {
  order: number;
  kind: 'news' | 'feature' | 'document';
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
  page: { number: string | null; page: string | null; pageName: string | null; date: string | null } | null;
  issueDate: IssueDate;
  articles: ParsedArticle[];
  furniture: Furniture[];
  unplaced: Unplaced[];
  repairs: Repair[];
  warnings: SeedWarning[];
  ledger: Ledger;
}

type ItemType = 'furniture' | 'banner' | 'lead' | 'caption' | 'list' | 'heading' | 'text';
interface Item extends Unit {
  type: ItemType;
  furnitureKind?: Furniture['kind'];
}

/** Collects the outputs of one parse; articles are added as they are read. */
class Sink {
  furniture: Furniture[] = [];
  unplaced: Unplaced[] = [];
  warnings: SeedWarning[] = [];
  repairs: Repair[] = [];
  removed = 0;
  warn(line: number, message: string) {
    this.warnings.push({ line, message });
  }
}

export function parseSeed(text: string, options: ParseOptions): ParseResult {
  const sink = new Sink();
  const prepared = prepareLines(text);
  sink.repairs.push(...prepared.repairs);
  sink.warnings.push(...prepared.warnings);
  sink.removed += prepared.removed;

  const items = classify(groupUnits(prepared.lines));
  const kind = options.kind ?? inferKind(items);
  if (!options.kind) sink.warn(0, `kind not in metadata: read as ${kind}`);

  const leadBodies = items.filter((i) => i.type === 'lead').map((i) => splitLead(i.text).rest);
  const issueDate = resolveIssueDate(options.date, prepared.lines.map((l) => l.text).join('\n'), leadBodies);
  if (issueDate.warning) sink.warn(0, issueDate.warning);

  let articles: ParsedArticle[] = [];
  if (kind === 'document') {
    articles = readDocument(items, sink, issueDate);
    // A document's date is printed in its 落款: that is the day of this "issue", not an inference.
    const closing = articles[0]?.dateSource === 'text' ? articles[0].date : null;
    if (closing && issueDate.source !== 'metadata') {
      issueDate.date = closing;
      issueDate.year = Number(closing.slice(0, 4));
      issueDate.source = 'text';
      issueDate.inferred = null;
      issueDate.warning = null;
    }
  }
  else if (kind === 'news-page') articles = readNewsPage(items, sink, issueDate);
  else articles = readFeaturePage(items, sink, issueDate);

  if (articles.length === 0 && nonSpaceLength(text) > 0) {
    sink.warn(
      0,
      sink.unplaced.length > 0
        ? `no recognizable article in ${options.seed}: its text is kept as unplaced`
        : `no article in ${options.seed}: it holds only page furniture (shown on its issue page)`,
    );
  }
  articles.forEach((a, i) => (a.order = i + 1));
  for (const a of articles) a.repairs = sink.repairs.filter((r) => r.line >= a.source.startLine && r.line <= a.source.endLine);
  for (const a of articles) for (const w of a.warnings) sink.warnings.push({ line: a.source.startLine, message: w });

  return {
    seed: options.seed,
    kind,
    page: null,
    issueDate,
    articles,
    furniture: sink.furniture,
    unplaced: sink.unplaced,
    repairs: sink.repairs,
    warnings: sink.warnings.sort((a, b) => a.line - b.line),
    ledger: ledger(text, articles, sink),
  };
}

// ---------------------------------------------------------------------------------------------
// Classification

function classify(units: Unit[]): Item[] {
  const items: Item[] = [];
  for (const u of units) {
    const t = u.text.trim();
    const short = nonSpaceLength(t) <= FURNITURE_MAX_CHARS;
    if (u.vertical) {
      items.push({ ...u, type: 'banner', furnitureKind: 'banner' });
    } else if (short && PATTERNS.submission.test(t)) {
      items.push({ ...u, type: 'furniture', furnitureKind: 'submission' });
    } else if (short && PATTERNS.masthead.test(t)) {
      items.push({ ...u, type: 'furniture', furnitureKind: 'masthead' });
    } else if (PATTERNS.continuedFrom.test(t) && t.replace(PATTERNS.continuedFrom, '').trim() === '' || PATTERNS.continuedTo.test(t) && t.replace(PATTERNS.continuedTo, '').trim() === '') {
      // A continuation marker on a line of its own: （上接1版）.
      items.push({ ...u, type: 'furniture', furnitureKind: 'continuation' });
    } else if (short && PATTERNS.editorLine.test(t)) {
      items.push({ ...u, type: 'furniture', furnitureKind: 'other' });
    } else if (PATTERNS.lead.test(t) || PATTERNS.markerByline.test(t)) {
      items.push({ ...u, type: 'lead' });
    } else if (splitCredit(t) && nonSpaceLength(t) <= CAPTION_MAX_CHARS + 12) {
      items.push({ ...u, type: 'caption' });
    } else if (isListItem(t)) {
      items.push({ ...u, type: 'list' });
    } else if (isHeadingLike(t) || PATTERNS.numberedHeading.test(t)) {
      items.push({ ...u, type: 'heading' });
    } else {
      items.push({ ...u, type: 'text' });
    }
  }
  // A marker byline cut after its role word (■乐清市融媒体中心记者 / 陈清清 吴昊姝/文 黄瀚/摄) takes the names line.
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (a.type === 'lead' && /(?:记者|通讯员)$/u.test(a.text) && b.type === 'heading' && /^\p{Script=Han}{2,4}[\s/]/u.test(b.text)) {
      a.text = `${a.text} ${b.text}`;
      a.end = b.end;
      items.splice(i + 1, 1);
    }
  }
  return items;
}

function inferKind(items: Item[]): SeedKind {
  if (items.some((i) => PATTERNS.docNumber.test(i.text))) return 'document';
  const leads = items.filter((i) => i.type === 'lead' && PATTERNS.bracketByline.test(i.text)).length;
  return leads >= 2 ? 'news-page' : 'feature-page';
}

/** A caption with its credit split off, or the whole line when it carries none. */
function toCaption(line: string): Caption {
  const c = splitCredit(line);
  return c ? { text: c.text, credit: c.credit, creditRaw: c.raw } : { text: line.trim(), credit: null, creditRaw: null };
}

const furnish = (sink: Sink, item: Item, kind: Furniture['kind'] = item.furnitureKind ?? 'other') =>
  sink.furniture.push({ kind, text: item.text, line: item.start });

// ---------------------------------------------------------------------------------------------
// Articles

/** Splits a lead paragraph into its byline (本报讯（…）) and the rest of the paragraph. */
function splitLead(text: string): { byline: string | null; rest: string } {
  const m = text.match(PATTERNS.bracketByline);
  if (m) return { byline: m[1], rest: text.slice(m[1].length).trim() };
  if (PATTERNS.markerByline.test(text)) return { byline: text, rest: '' };
  return { byline: null, rest: text };
}

function newArticle(kind: ParsedArticle['kind'], start: number): ParsedArticle {
  return {
    order: 0,
    kind,
    kicker: null,
    headline: '',
    subheadline: null,
    byline: emptyByline(),
    date: null,
    dateSource: 'none',
    dateText: null,
    column: null,
    repairs: [],
    body: [],
    blocks: [],
    captions: [],
    source: { startLine: start, endLine: start },
    continuation: { to: null, from: null },
    document: null,
    warnings: [],
  };
}

/** Body text in display form: no spaces between Chinese characters and Latin letters or digits (柳黄路边 78 亩 → 78亩). */
function tidyBody(s: string): string {
  return s
    .replace(/(?<=[\p{Script=Han}，。、；：])\s+(?=[0-9A-Za-z])/gu, '')
    .replace(/(?<=[0-9A-Za-z%])\s+(?=[\p{Script=Han}，。、；：])/gu, '')
    .trim();
}

/**
 * Turns a run of body items into blocks: paragraphs re-joined across column breaks, headings,
 * boxed lists (a heading followed by "- " items), captions and continuation markers.
 */
function readBody(items: Item[], article: ParsedArticle, sink: Sink) {
  const blocks: Block[] = article.blocks;
  let lastParagraph: { block: Extract<Block, { type: 'paragraph' }>; end: number } | null = null;
  const firstLine = new Map<Block, number>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    article.source.endLine = Math.max(article.source.endLine, it.end);
    if (it.type === 'furniture' || it.type === 'banner') {
      furnish(sink, it);
      continue;
    }
    if (it.type === 'caption') {
      article.captions.push(toCaption(it.text));
      continue;
    }
    if (it.type === 'list' || (it.type === 'heading' && items[i + 1]?.type === 'list')) {
      const list: Extract<Block, { type: 'list' }> = { type: 'list', title: null, items: [] };
      if (it.type === 'heading') {
        list.title = it.text;
        i++;
      }
      for (; i < items.length && (items[i].type === 'list' || (list.items.length && isListDetail(items[i]))); i++) {
        article.source.endLine = Math.max(article.source.endLine, items[i].end);
        if (items[i].type === 'list') list.items.push({ label: items[i].text.replace(PATTERNS.listItem, '').trim(), text: '' });
        else {
          const last = list.items[list.items.length - 1];
          last.text = last.text ? `${last.text}${items[i].text}` : items[i].text;
        }
      }
      i--;
      blocks.push(list);
      lastParagraph = null;
      continue;
    }
    if ((it.type === 'heading' || it.type === 'lead') && !continuesProse(it, lastParagraph?.block.text, items[i + 1])) {
      blocks.push({ type: 'heading', text: it.text });
      lastParagraph = null;
      continue;
    }
    // Text: continuation markers come off the end; a paragraph cut by a break is re-joined.
    let text = it.text;
    const to = text.match(PATTERNS.continuedTo);
    if (to?.groups) {
      article.continuation.to = to.groups.to;
      sink.furniture.push({ kind: 'continuation', text: to[0].trim(), line: it.end });
      text = text.slice(0, to.index).trim();
    }
    const from = text.match(PATTERNS.continuedFrom);
    if (from?.groups) {
      article.continuation.from = from.groups.from;
      sink.furniture.push({ kind: 'continuation', text: from[0].trim(), line: it.start });
      text = text.slice(from[0].length).trim();
    }
    if (text === '') continue;
    if (lastParagraph && !endsSentence(lastParagraph.block.text)) {
      const joined = rejoin({ text: lastParagraph.block.text, end: lastParagraph.end }, { text, start: it.start }, sink.repairs, sink.warnings);
      sink.removed += joined.removed;
      lastParagraph.block.text = joined.text;
      lastParagraph.end = it.end;
    } else {
      const block = { type: 'paragraph' as const, text };
      blocks.push(block);
      firstLine.set(block, it.start);
      lastParagraph = { block, end: it.end };
    }
  }
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const line = firstLine.get(b) ?? article.source.startLine;
    const p = normalisePunctuation(tidyBody(b.text));
    if (p.changes.length) {
      sink.repairs.push({
        kind: 'punctuation-width',
        line,
        column: p.changes[0].index + 1,
        before: p.changes.map((c) => c.from).join(''),
        after: p.changes.map((c) => c.to).join(''),
      });
    }
    for (const q of p.lostQuotes) {
      article.warnings.push(`line ${line}: “${q}” is set off by spaces — quotation marks probably lost in extraction; kept as printed`);
    }
    b.text = p.text;
  }
}

/**
 * A heading-like line inside a body that is really a line of prose: it continues an unfinished
 * sentence (001: …柳市镇以 / “全域善治和美柳川·宜居宜业美美与共”为主题开展), or it is too long for a
 * section heading and prose follows it (活动围绕“党建强”…“治理好” / “乡风淳”等…).
 */
function continuesProse(it: Item, previous: string | undefined, next: Item | undefined): boolean {
  if (PATTERNS.numberedHeading.test(it.text) || it.type === 'lead') return false;
  if (previous !== undefined && !endsSentence(previous)) return true;
  const long = nonSpaceLength(it.text) > SECTION_HEADING_MAX_CHARS && !/\s/u.test(it.text.trim());
  return long && next?.type === 'text';
}

/** A line under a "- " list item that is not itself a list item, heading of a new box, or prose. */
const isListDetail = (it: Item) => it.type === 'heading' || (it.type === 'text' && nonSpaceLength(it.text) <= 200 && !endsSentence(it.text));

function finishArticle(a: ParsedArticle, issue: IssueDate): ParsedArticle {
  a.body = a.blocks.flatMap(blockLines);
  if (a.kind !== 'document') {
    const first = a.blocks.find((b) => b.type === 'paragraph');
    const d = articleDate(first?.type === 'paragraph' ? first.text : '', issue);
    a.date = d.date;
    a.dateSource = d.source;
    a.dateText = d.text;
    if (d.warning) a.warnings.push(d.warning);
  }
  return a;
}

/** News page: every lead (本报讯…) opens an article whose headline stack is the heading lines above it. */
function readNewsPage(items: Item[], sink: Sink, issue: IssueDate): ParsedArticle[] {
  const leads = items.map((it, i) => (it.type === 'lead' ? i : -1)).filter((i) => i >= 0);
  if (leads.length === 0) return readFeaturePage(items, sink, issue);
  // Stack start for each lead: walk back over headings (and captions printed between headline and lead).
  const starts = leads.map((li, k) => {
    const floor = k === 0 ? 0 : leads[k - 1] + 1;
    let s = li;
    while (s - 1 >= floor && (items[s - 1].type === 'heading' || items[s - 1].type === 'caption')) s--;
    // A caption above the whole stack belongs to the story before it (its photo ends that story).
    while (s < li && items[s].type === 'caption' && k > 0) s++;
    return s;
  });
  const articles: ParsedArticle[] = [];
  const before = items.slice(0, starts[0]);
  const marker = before.findIndex((it) => it.type === 'furniture' && PATTERNS.continuedFrom.test(it.text));
  if (marker >= 0 && before.slice(marker + 1).some((it) => it.type === 'text')) {
    // A story continued from another page (（上接1版） then its text): an article headed by the marker.
    for (const it of before.slice(0, marker)) placeStray(it, sink, 'before the first headline');
    const m = before[marker];
    const a = newArticle('news', m.start);
    a.headline = m.text.trim();
    a.continuation.from = m.text.match(PATTERNS.continuedFrom)!.groups!.from;
    a.warnings.push(`continued from ${a.continuation.from}: its headline is on that page`);
    readBody(before.slice(marker + 1), a, sink);
    articles.push(finishArticle(a, issue));
  } else {
    for (const it of before) placeStray(it, sink, 'before the first headline');
  }

  leads.forEach((li, k) => {
    const start = starts[k];
    const end = k + 1 < leads.length ? starts[k + 1] : items.length;
    const a = newArticle('news', items[start].start);
    const stackItems = items.slice(start, li).filter((it) => it.type === 'heading');
    const captionItems = items.slice(start, li).filter((it) => it.type === 'caption');
    applyStack(a, stackItems.map((it) => it.text), items[li].start, sink);
    for (const c of captionItems) a.captions.push(toCaption(c.text));
    const lead = splitLead(items[li].text);
    a.byline = lead.byline ? parseByline(lead.byline) : emptyByline();
    let body = items.slice(li + 1, end);
    // On the last article, heading lines after the last paragraph belong to the page: slogans.
    if (k === leads.length - 1) {
      let cut = body.length;
      while (cut > 0 && ['heading', 'furniture'].includes(body[cut - 1].type)) cut--;
      for (const it of body.slice(cut)) {
        if (it.type === 'heading') {
          sink.furniture.push({ kind: 'slogan', text: it.text, line: it.start });
          sink.warn(it.start, `"${it.text}" has no article under it: recorded as a page slogan`);
        } else furnish(sink, it);
      }
      body = body.slice(0, cut);
    }
    const leadItem: Item = { ...items[li], text: lead.rest, type: 'text' };
    readBody(lead.rest ? [leadItem, ...body] : body, a, sink);
    a.source.endLine = Math.max(a.source.endLine, items[li].end);
    articles.push(finishArticle(a, issue));
  });
  return articles;
}

function applyStack(a: ParsedArticle, lines: string[], line: number, sink: Sink) {
  const stack = readHeadlineStack(lines);
  if (!stack) {
    a.headline = '（无标题）';
    borrowedHeadlines.add(a);
    a.warnings.push('no headline found above the lead; shown as （无标题）');
    return;
  }
  a.kicker = stack.kicker;
  a.headline = stack.headline;
  a.subheadline = stack.subheadline;
  for (const w of stack.warnings) sink.warn(line, w);
}

/** Text outside any article: furniture stays furniture, the rest is kept as unplaced and reported. */
function placeStray(it: Item, sink: Sink, where: string) {
  if (it.type === 'furniture' || it.type === 'banner') return furnish(sink, it);
  sink.unplaced.push({ text: it.text, line: it.start });
  sink.warn(it.start, `text ${where} could not be placed in an article: "${it.text.slice(0, 30)}…"`);
}

/**
 * Feature page: one article. Its headline stack is the first run of heading lines; short section
 * labels (001's 东城社区 …) name the sections that mention them and give their order; short lines
 * after the last section are photo captions.
 */
function readFeaturePage(items: Item[], sink: Sink, issue: IssueDate): ParsedArticle[] {
  const content = items.filter((it) => {
    if (it.type === 'furniture' || it.type === 'banner') {
      furnish(sink, it);
      return false;
    }
    return true;
  });
  const leadIdx = content.findIndex((it) => it.type === 'lead');
  let s = leadIdx;
  if (leadIdx >= 0) while (s - 1 >= 0 && content[s - 1].type === 'heading') s--;
  else s = content.findIndex((it) => it.type === 'heading');
  if (s < 0 || (leadIdx < 0 && !content.some((it) => it.type === 'text'))) {
    for (const it of content) placeStray(it, sink, 'on a page with no recognizable article');
    return [];
  }
  let e = leadIdx >= 0 ? leadIdx : s;
  while (leadIdx < 0 && e < content.length && content[e].type === 'heading') e++;
  let stackLines = content.slice(s, e).map((it) => it.text);
  const rest = [...content.slice(0, s), ...content.slice(leadIdx >= 0 ? leadIdx + 1 : e)];

  // Stack lines shaped like later section headings (004: 实施民生共享战略 致力… ×3) are sections, not headlines.
  const bodyHeadings = rest.filter((it) => it.type === 'heading').map((it) => it.text);
  const shape = (x: string) => `${x.slice(0, 2)}|${x.trim().split(/\s+/u).length}`;
  let movedToBody: Item[] = [];
  while (stackLines.length > 1 && bodyHeadings.some((h) => shape(h) === shape(stackLines.at(-1)!))) {
    const moved = content[s + stackLines.length - 1];
    movedToBody = [moved, ...movedToBody];
    stackLines = stackLines.slice(0, -1);
  }

  const a = newArticle('feature', content[0]?.start ?? 1);
  a.source.startLine = Math.min(...content.map((it) => it.start));
  applyStack(a, stackLines, content[s].start, sink);
  const leadRest: Item[] = [];
  if (leadIdx >= 0) {
    const lead = splitLead(content[leadIdx].text);
    a.byline = parseByline(lead.byline ?? content[leadIdx].text);
    if (lead.byline && lead.rest) leadRest.push({ ...content[leadIdx], text: lead.rest, type: 'text' });
  }
  // Text printed before the headline (a column the extraction read first) is its own segment.
  const ordered = orderSections(content.slice(0, s), [...movedToBody, ...leadRest, ...content.slice(leadIdx >= 0 ? leadIdx + 1 : e)], sink);
  readBody(ordered.body, a, sink);
  for (const c of ordered.captions) {
    for (const piece of c.text.split(/(?<=[。！？])\s+/u)) a.captions.push(toCaption(piece));
    a.source.endLine = Math.max(a.source.endLine, c.end);
  }
  a.source.endLine = Math.max(a.source.endLine, ...content.map((it) => it.end));
  return [finishArticle(a, issue)];
}

/**
 * Section labels (short headings such as 东城社区, printed before or after their section) name
 * the section that starts with or mentions them; the labels' printed order is the reading order.
 * Without at least two labels the body keeps its printed order.
 */
function orderSections(before: Item[], after: Item[], sink: Sink): { body: Item[]; captions: Item[] } {
  const items = [...before, ...after];
  const isLabel = (it: Item) =>
    it.type === 'heading' && nonSpaceLength(it.text) <= 10 && !/\s/u.test(it.text.trim()) && !PATTERNS.numberedHeading.test(it.text);
  const labels = items.filter(isLabel);
  const lastLabel = items.lastIndexOf(labels.at(-1)!);
  // Trailing short lines after the last label: photo captions.
  let captions: Item[] = [];
  let main = items;
  const tail = labels.length ? items.slice(lastLabel + 1) : trailingShort(items);
  if (tail.length && tail.every((it) => nonSpaceLength(it.text) <= CAPTION_MAX_CHARS && it.type !== 'lead')) {
    captions = tail;
    main = items.slice(0, items.length - tail.length);
  }
  if (labels.length < 2) return { body: main, captions };
  const firstAfter = after[0];

  const names = labels.map((l) => l.text.trim());
  // Segments: cut at labels and at paragraphs that start with a label's name.
  const segments: Item[][] = [];
  let cur: Item[] = [];
  for (const it of main) {
    if (isLabel(it)) {
      if (cur.length) segments.push(cur);
      cur = [];
      continue;
    }
    const startsSection = it === firstAfter || (it.type === 'text' && names.some((n) => it.text.startsWith(n)));
    if (startsSection && cur.length) {
      segments.push(cur);
      cur = [];
    }
    cur.push(it);
  }
  if (cur.length) segments.push(cur);

  // Keyed by the label's position, not its name: a label printed twice owns one section, not the
  // same section twice (text placed twice would break the ledger).
  const owner = new Map<number, Item[]>();
  const taken = new Set<Item[]>();
  for (const [k, n] of names.entries()) {
    const seg = segments.find((sg) => !taken.has(sg) && sg[0].type === 'text' && sg[0].text.startsWith(n));
    if (seg) {
      owner.set(k, seg);
      taken.add(seg);
    }
  }
  for (const [k, n] of names.entries()) {
    if (owner.has(k)) continue;
    const seg = segments.find((sg) => !taken.has(sg) && sg.some((it) => it.text.includes(n)));
    if (seg) {
      owner.set(k, seg);
      taken.add(seg);
    } else sink.warn(labels[k].start, `section label "${n}" matches no section; kept as a heading where printed`);
  }
  // Labels that name no section are not section labels after all: keep the printed order.
  if (owner.size < 2) return { body: main, captions };
  const unowned = segments.filter((sg) => !taken.has(sg));
  const body: Item[] = [];
  // The first unowned segment is the introduction; it opens the body.
  if (unowned.length) body.push(...unowned.shift()!);
  for (const k of names.keys()) {
    body.push(labels[k]);
    body.push(...(owner.get(k) ?? []));
  }
  for (const sg of unowned) {
    sink.warn(sg[0].start, `a section with no label ("${sg[0].text.slice(0, 20)}…") is placed at the end of the article`);
    body.push(...sg);
  }
  return { body, captions };
}

/** Trailing run of short lines that end a sentence, with no long paragraph after them. */
function trailingShort(items: Item[]): Item[] {
  let k = items.length;
  // A caption is a short line printed on its own (not the last line of a wrapped paragraph).
  const isCaptionLine = (it: Item) =>
    it.type === 'text' && nonSpaceLength(it.text) <= CAPTION_MAX_CHARS && it.groupStart && it.start === it.end;
  while (k > 0 && isCaptionLine(items[k - 1])) k--;
  // At least two such lines, otherwise it is just a short last paragraph.
  return items.length - k >= 2 ? items.slice(k) : [];
}

// ---------------------------------------------------------------------------------------------
// Official documents (公文)

function readDocument(items: Item[], sink: Sink, issue: IssueDate): ParsedArticle[] {
  const doc: DocumentFields = {
    issuer: null, number: null, signer: null, addressee: null, closingOrgan: null, closingDate: null,
    type: null, attachments: [], copyTo: null, printedBy: null, printedDate: null,
  };
  const content = items.filter((it) => (it.type === 'furniture' || it.type === 'banner' ? (furnish(sink, it), false) : true));
  if (content.length === 0) return [];
  const a = newArticle('document', content[0].start);
  let i = 0;
  const titleLines: string[] = [];
  for (; i < content.length; i++) {
    const t = content[i].text.trim();
    const signer = t.match(PATTERNS.docSigner);
    if (PATTERNS.docNumber.test(t) && !doc.number) doc.number = t;
    else if (signer?.groups) {
      doc.signer = signer.groups.name.trim();
      sink.furniture.push({ kind: 'label', text: signer.groups.label, line: content[i].start });
    } else if (!doc.number && !doc.issuer && content[i].type === 'heading' && PATTERNS.docIssuer.test(t)) doc.issuer = t;
    else if (titleLines.length && /[:：]$/u.test(t) && nonSpaceLength(t) <= 40) {
      doc.addressee = t.replace(/[:：]$/u, '');
      sink.furniture.push({ kind: 'label', text: t.slice(-1), line: content[i].start });
      i++;
      break;
    } else if (content[i].type === 'heading' && !PATTERNS.numberedHeading.test(t)) titleLines.push(t);
    else break;
  }
  // 落款: the last date line, and the organ line before it.
  let end = content.length;
  const last = content[end - 1];
  if (last && /^\d{4}年\d{1,2}月\d{1,2}日$/u.test(last.text.replace(/\s+/gu, ''))) {
    doc.closingDate = last.text.trim();
    end--;
    if (end > i && content[end - 1].type === 'heading' && PATTERNS.docIssuer.test(content[end - 1].text)) {
      doc.closingOrgan = content[end - 1].text.trim();
      end--;
    }
  }
  // A spaced-out title (报 告) is one title: 公文 titles carry no spaces.
  a.headline = titleLines.join('').replace(/\s+/gu, '') || doc.issuer || '（无标题）';
  if (titleLines.length === 0) {
    a.warnings.push('document title not found');
    // The issuer stands in as the headline; its text is already counted as the issuer.
    borrowedHeadlines.add(a);
  }
  a.document = doc;
  a.source.endLine = content[content.length - 1].end;
  readBody(
    content.slice(i, end).map((it) => (PATTERNS.numberedHeading.test(it.text) ? { ...it, type: 'heading' as const } : it)),
    a,
    sink,
  );
  const m = doc.closingDate?.replace(/\s+/gu, '').match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/u);
  if (m) {
    a.date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    a.dateSource = 'text';
    a.dateText = doc.closingDate;
  } else {
    a.date = null;
    a.dateSource = 'none';
    a.warnings.push('no 落款 date found');
  }
  return [finishArticle(a, issue)];
}

// ---------------------------------------------------------------------------------------------
// Ledger

/**
 * Counts non-whitespace characters of the input and of every output, so that a character the
 * parser lost (or invented) shows up as an imbalance instead of disappearing silently.
 */
/** Articles whose headline is not text of their own (（无标题）, or a document's issuer standing in for a missing title): the ledger counts no headline for them. */
const borrowedHeadlines = new WeakSet<ParsedArticle>();

function ledger(text: string, articles: ParsedArticle[], sink: Sink): Ledger {
  const count = (s: string | null | undefined) => (s ? nonSpaceLength(s) : 0);
  const charsIn = count(text.replace(/^\uFEFF/u, ''));
  let placed = 0;
  for (const a of articles) {
    placed += count(a.kicker) + count(a.subheadline) + count(a.byline.raw);
    placed += borrowedHeadlines.has(a) ? 0 : count(a.headline);
    for (const b of a.blocks) {
      if (b.type === 'list') placed += count(b.title) + b.items.reduce((n, x) => n + count(x.label) + count(x.text) + 1, 0);
      else if (b.type === 'paragraph' || b.type === 'heading') placed += count(b.text);
      else placed += blockLines(b).reduce((n, l) => n + count(l), 0);
    }
    for (const c of a.captions) placed += count(c.text) + count(c.creditRaw);
    if (a.document) {
      const d = a.document;
      placed += count(d.issuer) + count(d.number) + count(d.signer) + count(d.addressee) + count(d.closingOrgan) + count(d.closingDate);
    }
  }
  const furniture = sink.furniture.reduce((n, f) => n + count(f.text), 0);
  const unplaced = sink.unplaced.reduce((n, u) => n + count(u.text), 0);
  return { charsIn, placed, furniture, removed: sink.removed, unplaced, balanced: charsIn === placed + furniture + sink.removed + unplaced };
}

