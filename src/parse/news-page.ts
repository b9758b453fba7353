/** Step 5 on a newspaper page: the grammar's roles → drafts → article records, with features merged and briefs marked. */
import type { SeedKind, SeedWarning } from '../records/schema.ts';
import { allPieces, bodyChars, draftArticles, type Draft } from './articles.ts';
import type { Piece } from './classify.ts';
import { BRIEF_MAX_CHARS, PATTERNS } from './constants.ts';
import { readDocuments } from './doc-records.ts';
import { documentType } from './document.ts';
import { finishDraft, opinionColumn } from './finish.ts';
import { bestRoles } from './grammar.ts';
import { orderSections } from './sections.ts';
import { furnished, furnitureKind, merge, NOTHING, placed, report, type Report } from './report.ts';
import { append } from './text.ts';
import type { ParsedArticle, ParseOptions, ParsingArticle } from './types.ts';

export function readNewsPage(pieces: Piece[], kind: SeedKind, options: ParseOptions): { articles: ParsingArticle[]; report: Report } {
  const roles = bestRoles(pieces, kind);
  const { drafts, furniture } = draftArticles(pieces, roles);
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
    const finished = finishDraft(d, kind, options);
    return { articles: [finished.article], report: finished.report };
  });
  const articles = read.flatMap((r) => r.articles);
  markBriefs(kept, articles);
  return { articles, report: merge(...reports, ...read.map((r) => r.report)) };
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

/** A 简讯 column holds at least this many short stories under its one label. */
const BRIEF_RUN_MIN = 2;
/** A brief's title is set on at most this many lines (no kicker, no subheadline). */
const BRIEF_STACK_MAX_LINES = 2;

/** Short stories under one column label, one after another: the items of a 简讯 column. */
function markBriefs(drafts: Draft[], articles: ParsingArticle[]) {
  for (let i = 0; i < drafts.length; i++) {
    const column = drafts[i]!.column;
    if (!column) continue;
    const run = [i];
    for (let j = i + 1; j < drafts.length && !drafts[j]!.column && briefLike(drafts[j]!, articles[j]!); j++) run.push(j);
    if (run.length < BRIEF_RUN_MIN || !briefLike(drafts[i]!, articles[i]!)) continue;
    const opinion = opinionColumn(articles[i]!.column);
    for (const j of run) {
      articles[j]!.kind = opinion ? 'essay' : briefKind(articles[j]!, drafts[j]!);
      if (j !== i) {
        articles[j]!.column = articles[i]!.column;
        articles[j]!.inheritedColumn = true;
      }
    }
  }
}

/**
 * What an item of a column of short pieces is: an ad or notice when its text ends in a contact
 * (电话：0577-…, 热线); a news story when a staff reporter or photographer signs it or it carries a
 * picture (a 简讯 item is signed by a correspondent at most, and has no photo); else a brief.
 */
function briefKind(a: ParsedArticle, d: Draft): ParsedArticle['kind'] {
  const last = [...a.blocks].reverse().find((b) => b.type === 'paragraph');
  if (a.kind === 'notice' || (last?.type === 'paragraph' && CONTACT_END.test(last.text))) return 'notice';
  // Verse stays a poem wherever it is printed (a folk rhyme under a 民俗 box).
  if (a.kind === 'poem') return 'poem';
  if (a.byline.reporters.length || a.byline.photographers.length || a.captions.length) return a.kind === 'brief' ? 'news' : a.kind;
  // An author's line as essays are signed (□ 市民　周晓琳, 文/某某, 作者：某某) signs an essay, not a brief.
  if (a.kind === 'essay' && d.bylines.some((p) => AUTHOR_SIGNATURE.test(p.text.trim()))) return 'essay';
  return 'brief';
}

/** How an essay's author signs: □ and a name, 文/ a name, 作者： a name. */
const AUTHOR_SIGNATURE = /^(?:□|文\s*[/／]|作者\s*[:：])/u;

/** A text ending in a contact: 电话：0577-62701234, 联系电话 138…, 热线：…, 13968788888 陈先生. */
const CONTACT_END = /(?:电话|热线|手机|联系人|微信)[^。！？]*\d{5,}[^。！？]{0,12}$|\d{7,}\s*\p{Script=Han}{1,3}(?:先生|女士)$/u;

const briefLike = (d: Draft, a: ParsedArticle) => !a.kicker && !a.subheadline && d.stack.length <= BRIEF_STACK_MAX_LINES && bodyChars(d) <= BRIEF_MAX_CHARS && a.kind !== 'interview';
