/** Step 5 on a newspaper page: the grammar's roles → drafts → article records, with features merged and briefs marked. */
import type { SeedKind, SeedWarning } from '../records/schema.ts';
import { allPieces, bodyChars, draftArticles, type Draft } from './articles.ts';
import type { Piece } from './classify.ts';
import { BRIEF_MAX_CHARS, PATTERNS } from './constants.ts';
import { readDocuments } from './doc-records.ts';
import { documentType } from './document.ts';
import { finishDraft, opinionColumn } from './finish.ts';
import { bestRoles } from './grammar.ts';
import { namesActor } from './headline.ts';
import { orderSections } from './sections.ts';
import { furnished, furnitureKind, merge, NOTHING, placed, report, type Report } from './report.ts';
import { append, nonSpaceLength } from './text.ts';
import type { ParsedArticle, ParseOptions, ParsingArticle } from './types.ts';

export function readNewsPage(pieces: Piece[], kind: SeedKind, options: ParseOptions, pageName: string | null = null, ownPlace: string | null = null): { articles: ParsingArticle[]; report: Report } {
  const roles = bestRoles(pieces, kind);
  const drafted = draftArticles(pieces, roles);
  // Heading lines with nothing under them (no text, byline, picture or marker): banners and slogans, no story.
  const bare = drafted.drafts.filter((d) => d.stack.length > 0 && !d.body.length && !d.bylines.length && !d.captions.length && !d.marker && !d.continuedTo);
  const drafts = untangleSideBySide(drafted.drafts.filter((d) => !bare.includes(d)));
  const furniture = [...drafted.furniture, ...bare.flatMap((d) => [...(d.column ? [d.column] : []), ...d.stack])];
  const reports = furniture.map((p) => furnished(furnitureKind(p), p.text, p.start));
  const stacked = drafts.filter((d) => d.stack.length > 0 || d.marker);
  // Text before any headline: on a page of stories, a story continued from another page; on a
  // feature page (one story with its headline), the feature's own text printed ahead of it.
  let kept = drafts;
  if (stacked.length === 0) {
    for (const d of drafts) {
      if (d.bylines.length || d.body.some((b) => b.piece.kind === 'lead')) continue;
      reports.push(...allPieces(d).map(placed));
      kept = kept.filter((x) => x !== d);
    }
  } else if (kind === 'feature-page' || (stacked.length === 1 && !pieces.some((p) => p.kind === 'lead'))) {
    const merged = mergeFeature(drafts);
    kept = merged.drafts;
    reports.push(merged.report);
  }
  const read = kept.map((d) => {
    if (printsDocument(d)) return documentDraft(d, options);
    const finished = finishDraft(d, kind, options, ownPlace);
    return { articles: [finished.article], report: finished.report };
  });
  const articles = read.flatMap((r) => r.articles);
  markBriefs(kept, articles, furniture);
  // On a page of opinion a short unsigned piece is a commentary (快评, 微言), not a news brief.
  if (pageName && OPINION_PAGE.test(pageName)) for (const a of articles) if (a.kind === 'brief') a.kind = 'essay';
  return { articles, report: merge(...reports, ...read.map((r) => r.report)) };
}

/**
 * Two stories set side by side and extracted line by line across both columns: two headlines one under the other, each
 * naming who acts (健跳镇开展… / 健跳镇老年协会…), then two 本报讯 leads in a row and their paragraphs in turn. Each headline
 * takes its lead and every other paragraph after it; pictures stay with the first.
 */
function untangleSideBySide(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const next = drafts[k + 1];
    // The second lead opened a headless draft of its own: its pieces are the rest of the pair's text.
    const headless = next && next.stack.length === 0 && !next.column && !next.marker && next.body[0]?.piece.kind === 'lead' && d.body.length === 1 && d.captions.length === 0;
    const body = headless ? [...d.body, ...next.body] : d.body;
    const pair = sideBySide(d, body);
    if (!pair) {
      out.push(d);
      continue;
    }
    out.push(...pair(headless ? next.bylines : []));
    if (headless) k++;
  }
  return out;
}

/** The two drafts a side-by-side pair untangles into, given the text both share; null when `d` is no such pair. */
function sideBySide(d: Draft, body: Draft['body']) {
  const [a, b] = d.stack;
  const leadsInRow = body.length >= 2 && body[0]!.piece.kind === 'lead' && body[1]!.piece.kind === 'lead';
  if (d.stack.length !== 2 || !leadsInRow || body.some((x) => x.heading) || !namesActor(a!.text) || !namesActor(b!.text)) return null;
  // Past the leads, a third lead would be a third story: not this shape.
  if (body.slice(2).some((x) => x.piece.kind === 'lead')) return null;
  return (bylines: Piece[]): Draft[] => [
    { ...d, stack: [a!], body: body.filter((_, i) => i % 2 === 0) },
    { ...d, column: null, marker: null, stack: [b!], body: body.filter((_, i) => i % 2 === 1), bylines, captions: [], continuedTo: null },
  ];
}

/** A story that is a 公文 printed in full (a 表彰决定 on an honour-roll page): a 文号 under a title that names a 文种. */
const printsDocument = (d: Draft) =>
  d.body.some((b) => b.piece.kind === 'doc-number') && documentType(d.stack.map((p) => p.text).join('')) !== null;

/** Reads such a story with the document grammar; its column label stays its column. */
function documentDraft(d: Draft, options: ParseOptions): { articles: ParsingArticle[]; report: Report } {
  const pieces = [...d.stack, ...d.body.map((b) => b.piece), ...d.bylines].sort((a, b) => a.start - b.start);
  const docs = readDocuments(pieces, options);
  if (docs.articles[0] && d.column) docs.articles[0].column = d.column.text.trim();
  return { articles: docs.articles, report: merge(docs.report, ...d.captions.map((c) => furnished('other', c.text, c.start))) };
}

/** A feature page: leading text and label sections belong to its one story with a headline. */
function mergeFeature(drafts: Draft[]): { drafts: Draft[]; report: Report } {
  const main = drafts.reduce((best, d) => (d.stack.length && bodyChars(d) > (best.stack.length ? bodyChars(best) : -1) ? d : best), drafts[0]!);
  if (!main.stack.length) return { drafts, report: NOTHING };
  const out: Draft[] = [];
  const before: Draft[] = [];
  for (const d of drafts) {
    if (d === main) continue;
    // Only text without a headline of its own merges; other stories on the page stay stories.
    // A fragment opening with （上接1版） is another story's continuation, not the feature's text.
    if (d.stack.length === 0 && !d.marker && !opensContinued(d)) (drafts.indexOf(d) < drafts.indexOf(main) ? before : out).push(d);
  }
  if (before.length === 0 && out.length === 0) return { drafts, report: NOTHING };
  const leading = before.flatMap((d) => d.body);
  const trailing = out.flatMap((d) => d.body);
  const warnings: SeedWarning[] = [];
  main.body = orderSections([...leading, ...main.body, ...trailing], (line, message) => warnings.push({ line, message, code: 'section-order' }), main.body[0]);
  const labels: Report[] = [];
  for (const d of [...before, ...out]) {
    append(main.captions, d.captions);
    append(main.bylines, d.bylines);
    // A label over text that joins the feature names no story of its own: page furniture.
    if (d.column) labels.push(furnished(furnitureKind(d.column), d.column.text, d.column.start));
  }
  const kept = drafts.filter((d) => d === main || d.stack.length > 0 || d.marker || opensContinued(d));
  return { drafts: kept, report: merge(report({ warnings }), ...labels) };
}

const opensContinued = (d: Draft) => PATTERNS.continuedFrom.test(d.body[0]?.piece.text.trim() ?? '');

/** A page name of opinion (言论, 评论, 观点, 时评, 观点·评论): a closed class of the papers' page names. */
const OPINION_PAGE = /^(?:言论|评论|观点|时评|观点·评论|评论·观点)$/u;

/**
 * A column of verse (诗苑 / 春到长安 / □ 某某 / lines of a poem) holds verse: a prose piece or a notice set after its poem is
 * not under its label, and a verse piece after a prose column's item is no item of it either.
 */
const sameVerse = (first: ParsedArticle, other: ParsedArticle) => (first.kind === 'poem') === (other.kind === 'poem');

/** A story printed with its photo (a caption): a picture story. */
const pictured = (a: ParsedArticle) => a.captions.length > 0;

/** A 简讯 column holds at least this many short stories under its one label. */
const BRIEF_RUN_MIN = 2;
/** A brief's title is set on at most this many lines (no kicker, no subheadline). */
const BRIEF_STACK_MAX_LINES = 2;

/** Short stories under one column label, one after another: the items of a 简讯 column. */
function markBriefs(drafts: Draft[], articles: ParsingArticle[], furniture: Piece[]) {
  for (let i = 0; i < drafts.length; i++) {
    const column = drafts[i]!.column;
    if (!column) continue;
    const run = [i];
    // An opinion column prints comments: a story opened by a 本报讯 lead after them is news, set under no label of its own.
    const opinionLabel = opinionColumn(articles[i]!.column);
    const news = (d: Draft) => opinionLabel && d.body.some((b) => b.piece.kind === 'lead');
    // A story printed with its photo is a picture story of its own, not the next item of a 简讯 column (whose items carry none).
    for (let j = i + 1; j < drafts.length && !drafts[j]!.column && !news(drafts[j]!) && briefLike(drafts[j]!, articles[j]!) && !pictured(articles[j]!) && sameVerse(articles[i]!, articles[j]!); j++) run.push(j);
    // (A picture story under the label, or one signed 文/图, is a column's feature, not the first of its 简讯.)
    if (run.length < BRIEF_RUN_MIN || !briefLike(drafts[i]!, articles[i]!) || pictured(articles[i]!) || articles[i]!.byline.photographers.length > 0) continue;
    // A column whose label has a contact line under it (鹊桥有约 / …平台　热线：0577-…) prints ads and notices, not news briefs;
    // one under an opinion column's label (须江时评, 柳川微言) prints comments.
    const servedColumn = furniture.some((f) => f.start === column.end + 1 && CONTACT_END.test(f.text.trim()));
    const opinion = opinionColumn(articles[i]!.column);
    for (const j of run) {
      articles[j]!.kind = servedColumn || contactUnder(drafts[j]!, furniture) ? 'notice' : opinion ? 'essay' : briefKind(articles[j]!, drafts[j]!);
      if (j !== i) {
        articles[j]!.column = articles[i]!.column;
        articles[j]!.inheritedColumn = true;
      }
    }
  }
}

/**
 * What an item of a column of short pieces is: an ad or notice when its text ends in a contact
 * (电话：0577-…, 热线); a news story when a photographer signs it, it carries a picture, or a staff reporter signs
 * more than one paragraph (a 简讯 item has no photo, and is one paragraph whoever signs it); else a brief.
 */
function briefKind(a: ParsedArticle, d: Draft): ParsedArticle['kind'] {
  const last = [...a.blocks].reverse().find((b) => b.type === 'paragraph');
  if (a.kind === 'notice' || (last?.type === 'paragraph' && CONTACT_END.test(last.text))) return 'notice';
  // Verse stays a poem wherever it is printed (a folk rhyme under a 民俗 box).
  if (a.kind === 'poem') return 'poem';
  const paragraphs = a.blocks.filter((b) => b.type === 'paragraph').length;
  if ((a.byline.reporters.length && paragraphs > 1) || a.byline.photographers.length || a.captions.length) return a.kind === 'brief' ? 'news' : a.kind;
  // An author's piece (□ 某某, a pupil's name): an essay stays one (a poem did above); a 简讯 item is no one's writing.
  if (a.byline.writers.length && a.kind === 'essay' && authorSigned(a, d)) return 'essay';
  // An author's line as essays are signed (□ 市民　周晓琳, 文/某某, 作者：某某) signs an essay, not a brief.
  if (a.kind === 'essay' && d.bylines.some((p) => AUTHOR_SIGNATURE.test(p.text.trim()))) return 'essay';
  return 'brief';
}

/** How an essay's author signs: □ and a name, 文/ a name, 作者： a name. */
const AUTHOR_SIGNATURE = /^(?:□|文\s*[/／]|作者\s*[:：])/u;

/**
 * An author's prose among short items runs at least this long (a paragraph: a pupil's essay, a column's piece); a speaker's
 * opinion quoted under a title in a run of them (委员之声) or a figure's note is two or three printed lines.
 */
const ESSAY_IN_RUN_MIN_CHARS = 80;
const essayChars = (a: ParsedArticle) => a.blocks.reduce((n, b) => n + (b.type === 'paragraph' ? nonSpaceLength(b.text) : 0), 0);

/**
 * Whether an author signs the piece: with an author's mark (□ 林晓, / 王晓东: □ and the slash sign authors, ■ leads titles
 * and labels), or under its title at the head of a paragraph or more of prose (a label over the title, ■数字新闻, names
 * no author; a speaker's post and name over two lines of opinion, 委员之声, is a quote).
 */
function authorSigned(a: ParsedArticle, d: Draft): boolean {
  // An author's mark, or a writer's role word (■ 特约评论员　某某, 作者：某某).
  if (d.bylines.some((b) => /^[□/／]/u.test(b.text.trim()) || /评论员|作者|撰稿|撰文/u.test(b.text))) return true;
  const underTitle = d.stack.length > 0 && d.bylines.some((b) => b.start > d.stack[0]!.start);
  return underTitle && (a.kind === 'poem' || essayChars(a) >= ESSAY_IN_RUN_MIN_CHARS);
}

/**
 * A contact line printed right under the item's text, read as the page's (电话：13968788888 陈先生, 联系电话：…): the item
 * is an ad or a notice (出租, 转让, 家政服务), whose reader is to call, not a 简讯 item.
 */
function contactUnder(d: Draft, furniture: Piece[]): boolean {
  const last = d.body.at(-1)?.piece;
  return !!last && furniture.some((f) => f.start === last.end + 1 && (f.kind === 'submission' || CONTACT_END.test(f.text.trim())) && /\d{5,}/u.test(f.text));
}

/** A text ending in a contact: 电话：0577-62701234, 联系电话 138…, 热线：…, 13968788888 陈先生. */
const CONTACT_END = /(?:电话|热线|手机|联系人|微信)[^。！？]*\d{5,}[^。！？]{0,12}$|\d{7,}\s*\p{Script=Han}{1,3}(?:先生|女士)$/u;

const briefLike = (d: Draft, a: ParsedArticle) => !a.kicker && !a.subheadline && d.stack.length <= BRIEF_STACK_MAX_LINES && bodyChars(d) <= BRIEF_MAX_CHARS && a.kind !== 'interview';
