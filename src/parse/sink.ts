/**
 * What one parse collects besides its articles: page furniture, unplaced text, warnings, repairs,
 * and the ledger's removed/added counts. One Sink per parse, made by the conductor (index.ts) and
 * handed to the steps that report into it. What is known of one article (its hints' codes, a
 * borrowed headline or column label) is on the article itself (types.ts: ParsingArticle).
 */
import type { Furniture, Repair, SeedKind, SeedWarning, Unplaced, WarningCode } from '../records/schema.ts';
import { isFurniture, type Piece } from './classify.ts';
import type { ParsingArticle } from './types.ts';

/** Collects the outputs of one parse. */
export class Sink {
  furniture: Furniture[] = [];
  unplaced: Unplaced[] = [];
  warnings: SeedWarning[] = [];
  repairs: Repair[] = [];
  removed = 0;
  added = 0;
  warn(line: number, message: string, code: WarningCode = 'other') {
    this.warnings.push({ line, message, code });
  }
  furnish(kind: Furniture['kind'], text: string, line: number) {
    if (text.trim()) this.furniture.push({ kind, text: text.trim(), line: Math.max(1, line) });
  }
}

/** A hint on an article: its Chinese message in the article's warnings, its code kept for the seed's warnings. */
export function hint(a: ParsingArticle, code: WarningCode, message: string) {
  a.hints.push({ message, code });
}

/** A repair made while reading an article: kept on the article itself and in the page's list of every repair. */
export function repair(sink: Sink, a: ParsingArticle, r: Repair) {
  sink.repairs.push(r);
  a.repairs.push(r);
}

/** A piece no story takes: page furniture when it is furniture by form, otherwise unplaced text (kept and reported). */
export function place(sink: Sink, p: Piece) {
  if (isFurniture(p)) return sink.furnish(furnitureKind(p), p.text, p.start);
  sink.unplaced.push({ text: p.text, line: p.start });
  sink.warn(p.start, `这一版上认不出文章，这段文字未能归入文章：“${[...p.text].slice(0, 30).join('')}…”`, 'unplaced');
}

/** Page kinds as editors call them. */
export const KIND_NAMES: Record<SeedKind, string> = { 'news-page': '新闻版', 'feature-page': '专版', 'literary-page': '副刊版', document: '公文' };

export function furnitureKind(p: Piece): Furniture['kind'] {
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
