/**
 * Both sides of search tokenization, in one pure module (no DOM, no Node APIs): the index writer
 * cuts text into the tokens it indexes (format.ts), the search page and the article-page
 * highlighter cut queries the same way, and both use `findMatches` to check and mark what was found.
 *
 * The model (docs/search.md, "Tokens, on both sides"): every letter and digit — Han, kana,
 * Latin, digits alike — is a token of its own, so any substring of the text (`23年`, `ELIX`, `201`)
 * is a run of consecutive tokens and can be found; every other visible character (punctuation,
 * symbols) is a token that cannot be searched but still separates; whitespace is nothing.
 * (Measured by `npm run bench:search`: keeping Latin/digit runs whole missed queries such as
 * 23年 that cut a number.) A query is split at punctuation and whitespace into segments; each
 * segment is found where its tokens are consecutive tokens of the text = a contiguous substring.
 */

/** U+200B ZERO WIDTH SPACE: invisible, skipped like whitespace (never a token). */
export const ZWSP = '\u200B';

/**
 * Put between two pieces of text that a match must not span (the article-page highlighter joins
 * blocks with it): a punctuation token. Stripped from queries.
 */
export const FIELD_SEPARATOR = '\u00B6';

const RESERVED = new Set([FIELD_SEPARATOR]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
/** Whitespace and invisible format characters: never a token, never content. */
const SKIP = /[\s\u200B-\u200F\u2060-\u2064\uFEFF]/u;

export type TokenKind = 'char' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Comparison form: width-normalised, lower case, diacritics folded. */
  norm: string;
  /** The token as it appears in the text given (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** Whitespace (or a format character) came between this token and the previous one. */
  spaced: boolean;
}

/**
 * Width normalisation of one character: full-width and other compatibility letters/digits
 * (`２０２３`, `ＧＤＰ`, half-width katakana, CJK compatibility ideographs) become their NFKC form;
 * everything else, punctuation included, stays as printed so excerpts keep the original text.
 */
export function normalizeChar(c: string): string {
  if (!LETTER_OR_DIGIT.test(c)) return c;
  const n = c.normalize('NFKC');
  return n !== c && /^[\p{L}\p{N}\p{M}]+$/u.test(n) ? n : c;
}

/** Width-normalise a whole string, character by character (see `normalizeChar`). */
export function normalizeWidth(s: string): string {
  let out = '';
  for (const c of s) out += normalizeChar(c);
  return out;
}

/** Comparison form of a token: width-normalised, lower case, no diacritics. */
function comparisonForm(s: string): string {
  return normalizeWidth(s).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

function classify(c: string): TokenKind | null {
  if (SKIP.test(c)) return null;
  // The markers are tokens of their own, never part of a word (and never searchable).
  if (RESERVED.has(c)) return 'punct';
  const n = normalizeChar(c);
  if (LETTER_OR_DIGIT.test(n)) return 'char';
  return 'punct';
}

/** Split a text into tokens (see the module comment). Offsets refer to `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(text);
  let offset = 0;
  let spaced = false;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const kind = classify(c);
    if (kind === null) {
      spaced = true;
      offset += c.length;
      i += 1;
      continue;
    }
    const start = offset;
    let raw = c;
    offset += c.length;
    i += 1;
    // Combining marks (and variation selectors) belong to the character before them.
    while (i < chars.length && MARK.test(chars[i]!)) {
      raw += chars[i]!;
      offset += chars[i]!.length;
      i += 1;
    }
    tokens.push({ kind, norm: comparisonForm(raw), start, end: offset, spaced });
    spaced = false;
  }
  return tokens;
}

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Runs of searchable tokens, split at punctuation and whitespace; each must occur as a run. */
  segments: string[][];
  /** Distinct tokens, in order of first appearance (to report the ones absent from the archive). */
  terms: string[];
  /** Segments as readable text (`翔金垟`, `2023年`), for messages. */
  display: string[];
  /**
   * Set when punctuation joins the segments (`稳”和“进`, `8.64`, `3月18日，柳市`): the query in
   * comparison form (see `strictForm`), which a result's text must contain as it stands. Queries
   * split only by whitespace are several words, each found anywhere (null here).
   */
  strict: string | null;
}

/**
 * Comparison form for exact text: compatibility forms folded (，→ , full-width digits → digits),
 * lower case, whitespace and zero-width characters removed.
 */
export function strictForm(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u200B-\u200F\u2060-\u2064\uFEFF]/gu, '').toLowerCase();
}

/** True when one of the texts contains the query's strict form (or the query needs none). */
export function fieldsContainStrict(texts: readonly string[], q: ParsedQuery): boolean {
  return q.strict === null || texts.some((t) => strictForm(t).includes(q.strict!));
}

/** Query side: normalise like the index side, split into segments. */
export function parseQuery(query: string): ParsedQuery {
  const segments: string[][] = [];
  const display: string[] = [];
  let current: string[] = [];
  let currentDisplay = '';
  const flush = () => {
    if (current.length) {
      segments.push(current);
      display.push(currentDisplay);
    }
    current = [];
    currentDisplay = '';
  };
  for (const t of tokenize(query)) {
    if (t.spaced) flush();
    if (t.kind === 'punct' || RESERVED.has(query.slice(t.start, t.end))) {
      flush();
      continue;
    }
    current.push(t.norm);
    currentDisplay += normalizeWidth(query.slice(t.start, t.end));
  }
  flush();
  const terms = [...new Set(segments.flat())];
  // Punctuation between two searchable tokens of one whitespace-free word makes the query exact text.
  const words = query.trim().split(/\s+/u).filter(Boolean);
  const punctuated = words.length === 1 && segments.length > 1;
  return {
    raw: query.trim(),
    segments,
    terms,
    display,
    strict: punctuated ? strictForm(words[0]!).replace(new RegExp(`[${FIELD_SEPARATOR}]`, 'gu'), '') : null,
  };
}

export interface Match {
  /** UTF-16 offsets into the text searched, end exclusive. */
  start: number;
  end: number;
  /** Index of the query segment found here. */
  segment: number;
}

function asParsed(query: string | ParsedQuery): ParsedQuery {
  return typeof query === 'string' ? parseQuery(query) : query;
}

/**
 * Every occurrence of every query segment in `text`, as token sequences: a segment matches where
 * its tokens are consecutive tokens of the text (whitespace and U+200B between them ignored,
 * punctuation not). Sorted by start; occurrences of one segment do not overlap.
 */
export function findMatches(text: string, query: string | ParsedQuery): Match[] {
  const q = asParsed(query);
  if (!q.segments.length) return [];
  const tokens = tokenize(text);
  const matches: Match[] = [];
  q.segments.forEach((seg, segment) => {
    let i = 0;
    while (i + seg.length <= tokens.length) {
      let ok = true;
      for (let j = 0; j < seg.length; j++) {
        if (tokens[i + j]!.norm !== seg[j]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        matches.push({ start: tokens[i]!.start, end: tokens[i + seg.length - 1]!.end, segment });
        i += seg.length;
      } else {
        i += 1;
      }
    }
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when `text` contains every segment of the query (an empty query is contained nowhere). */
export function containsQuery(text: string, query: string | ParsedQuery): boolean {
  const q = asParsed(query);
  if (!q.segments.length) return false;
  const found = new Set(findMatches(text, q).map((m) => m.segment));
  return found.size === q.segments.length;
}

/** True when the texts together contain every segment, each segment inside one of the texts. */
export function fieldsContainQuery(texts: readonly string[], query: string | ParsedQuery): boolean {
  const q = asParsed(query);
  if (!q.segments.length) return false;
  const found = new Set<number>();
  for (const t of texts) for (const m of findMatches(t, q)) found.add(m.segment);
  return found.size === q.segments.length;
}

/**
 * Matches merged into disjoint ranges, for wrapping in `<mark>`. For an exact-text query
 * (`8.64亿元`, `稳”和“进`) consecutive segments joined by nothing but punctuation become one range,
 * so the whole query is marked as one.
 */
export function highlightRanges(text: string, query: string | ParsedQuery): Array<{ start: number; end: number }> {
  const q = asParsed(query);
  const ranges: Array<{ start: number; end: number; first: number; segment: number }> = [];
  for (const m of findMatches(text, q)) {
    const last = ranges[ranges.length - 1];
    const joined =
      last && q.strict !== null && m.segment === last.segment + 1 && !/[\p{L}\p{N}]/u.test(text.slice(last.end, m.start));
    if (last && (m.start <= last.end || joined)) {
      last.end = Math.max(last.end, m.end);
      last.segment = m.segment;
    } else ranges.push({ start: m.start, end: m.end, first: m.segment, segment: m.segment });
  }
  // Exact text: only a run holding every segment in order is the query (a lone 稳 in 稳定 is not).
  const whole = q.strict === null ? ranges : ranges.filter((r) => r.first === 0 && r.segment === q.segments.length - 1);
  return whole.map(({ start, end }) => ({ start, end }));
}
