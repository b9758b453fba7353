/**
 * What a step reports besides its articles: page furniture, unplaced text, warnings, and the
 * ledger's removed/added counts. A step returns its Report beside its result; the conductor
 * (index.ts) merges them in the order the steps ran. Repairs are not reported here: each belongs
 * to the article it was made in (ParsingArticle.repairs), and the conductor lists them from there.
 */
import type { Furniture, SeedKind, SeedWarning, Unplaced, WarningCode } from '../records/schema.ts';
import { isFurniture, type Piece } from './classify.ts';
import type { ParsingArticle } from './types.ts';

export interface Report {
  readonly furniture: readonly Furniture[];
  readonly unplaced: readonly Unplaced[];
  readonly warnings: readonly SeedWarning[];
  /** Characters of the input the step took out as print duplicates (a doubled run, a repeat at a break) … */
  readonly removed: number;
  /** … and characters it put in (restored quotation marks), for the ledger. */
  readonly added: number;
}

/** A step that reports nothing. */
export const NOTHING: Report = Object.freeze({ furniture: [], unplaced: [], warnings: [], removed: 0, added: 0 });

/** A report of only what is given. */
export const report = (r: Partial<Report>): Report => ({ ...NOTHING, ...r });

/** Reports one after another, in the order given (the order the parse made them in). */
export function merge(...reports: Report[]): Report {
  return {
    furniture: reports.flatMap((r) => r.furniture),
    unplaced: reports.flatMap((r) => r.unplaced),
    warnings: reports.flatMap((r) => r.warnings),
    removed: reports.reduce((n, r) => n + r.removed, 0),
    added: reports.reduce((n, r) => n + r.added, 0),
  };
}

/** One warning on the page. */
export const warned = (line: number, message: string, code: WarningCode = 'other'): Report => report({ warnings: [{ line, message, code }] });

/** Page furniture, trimmed; blank text is none. */
export function furnished(kind: Furniture['kind'], text: string, line: number): Report {
  return text.trim() ? report({ furniture: [{ kind, text: text.trim(), line: Math.max(1, line) }] }) : NOTHING;
}

/** A hint on an article: its Chinese message in the article's warnings, its code kept for the seed's warnings. */
export function hint(a: ParsingArticle, code: WarningCode, message: string) {
  a.hints.push({ message, code });
}

/** A piece no story takes: page furniture when it is furniture by form, otherwise unplaced text (kept and reported). */
export function placed(p: Piece): Report {
  if (isFurniture(p)) return furnished(furnitureKind(p), p.text, p.start);
  return merge(report({ unplaced: [{ text: p.text, line: p.start }] }), warned(p.start, `这一版上认不出文章，这段文字未能归入文章：“${[...p.text].slice(0, 30).join('')}…”`, 'unplaced'));
}

/** Page kinds as editors call them. */
export const KIND_NAMES: Record<SeedKind, string> = { 'news-page': '新闻版', 'feature-page': '专版', 'literary-page': '副刊版', document: '公文' };

export function furnitureKind(p: Piece): Furniture['kind'] {
  switch (p.kind) {
    case 'masthead':
    case 'front-box':
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
    case 'table-continued':
      return 'continuation';
    case null:
      return p.vertical ? 'banner' : 'slogan';
    default:
      return 'other';
  }
}
