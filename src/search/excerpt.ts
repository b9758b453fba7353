/**
 * Excerpts for search results, built from the original text (never from tokenized text): a window
 * around the first match, cut at a sentence start where one is near, with every occurrence of the
 * query's segments marked as a whole. Pure; the client turns the parts into DOM nodes.
 */
import { highlightRanges, findMatches, type ParsedQuery } from './tokenize.ts';

export interface Part {
  text: string;
  mark: boolean;
}

/** Split a text into plain and marked parts (adjacent matches merged into one mark). */
export function markParts(text: string, q: ParsedQuery): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const r of highlightRanges(text, q)) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), mark: false });
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** Move an offset off the second half of a surrogate pair. */
const safe = (s: string, i: number) => (i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!) ? i - 1 : i);

const SENTENCE_END = /[。！？；!?;]/u;

/**
 * An excerpt of `maxLength` characters (about) from the first field that contains a match,
 * starting up to `before` characters ahead of it. Without any match: the start of the longest of
 * the first fields (the lead paragraph, usually).
 */
export function buildExcerpt(fields: readonly string[], q: ParsedQuery, maxLength = 110, before = 36): Part[] {
  for (const field of fields) {
    const m = findMatches(field, q)[0];
    if (!m) continue;
    let start = Math.max(0, m.start - before);
    // Prefer to begin at a sentence start inside the window before the match.
    for (let i = m.start - 1; i >= start; i--) {
      if (SENTENCE_END.test(field[i]!)) {
        start = i + 1;
        break;
      }
    }
    start = safe(field, start);
    const end = safe(field, Math.min(field.length, start + maxLength));
    const parts = markParts(field.slice(start, end), q);
    if (start > 0) parts.unshift({ text: '…', mark: false });
    if (end < field.length) parts.push({ text: '…', mark: false });
    return parts;
  }
  const lead = [...fields.slice(0, 6)].sort((a, b) => b.length - a.length)[0] ?? '';
  const end = safe(lead, Math.min(lead.length, maxLength));
  return [{ text: lead.slice(0, end) + (end < lead.length ? '…' : ''), mark: false }];
}

/** A field that reads as a section heading: short, and no sentence ends in it. */
const HEADING_MAX_CHARS = 40;
const looksLikeHeading = (field: string) => [...field].length <= HEADING_MAX_CHARS && !/[。！？；!?;…]/u.test(field);

/**
 * The excerpt, except that a match in a section heading shows the heading followed by the
 * paragraph under it (the heading alone says little about the article): `heading｜paragraph…`.
 */
export function excerptWithParagraph(fields: readonly string[], q: ParsedQuery, maxLength = 110): Part[] {
  const at = fields.findIndex((f) => findMatches(f, q).length > 0);
  const field = fields[at];
  const next = fields[at + 1];
  if (at < 0 || field === undefined || next === undefined || !looksLikeHeading(field) || looksLikeHeading(next)) return buildExcerpt(fields, q, maxLength);
  const room = Math.max(20, maxLength - [...field].length);
  const paragraph = [...next];
  const text = paragraph.slice(0, room).join('') + (paragraph.length > room ? '…' : '');
  return [...markParts(field, q), { text: '｜', mark: false }, ...markParts(text, q)];
}
