/**
 * Quotation marks lost in extraction. Some PDFs drop “ and ” and leave the spaces around the
 * quoted words (打造 一网两微一刊 媒体融合矩阵). Inside a Chinese sentence a space has no other
 * business, so spaces are paired in order within each sentence and each pair becomes “…”: every
 * restoration is a repair. Where the pairing is not certain — an odd number of spaces in a
 * sentence, or a pair enclosing a whole clause — each clause is tried alone, and a space still
 * unpaired goes (the page never printed it) with a warning naming the place.
 * Spaces inside quotation marks that survived (“共同富裕标杆镇 业强宜居小城市”) are the text's own.
 */

/** A character that sits next to a lost quote's space: Chinese text or its punctuation. */
const WIDE = /[\p{Script=Han}，。、；：！？“”‘’（）《》·…—]/u;
/** What a quoted phrase may hold: words, 、 · and + (河长+民间河长), no sentence punctuation; a decimal figure (10.5万亩) keeps its point. */
const QUOTABLE = /^[\p{Script=Han}\p{N}A-Za-z、·“”‘’《》\-—%％+＋]{1,24}$|^(?=.*\d[.．]\d)[\p{Script=Han}\p{N}A-Za-z、·.．%％]{1,24}$/u;
/** Sentence ends: pairing never crosses one. */
const SENTENCE_END = /[。！？；]/u;

export interface QuoteResult {
  text: string;
  /** Each restoration: the phrase and where its opening quote now stands (0-based). */
  restored: { phrase: string; index: number }[];
  /** Phrases set off by spaces that could not be paired with certainty. */
  ambiguous: string[];
  /** Characters added (two per restored pair). */
  added: number;
}

/** Clause ends: where pairing by sentence is not certain, each clause is paired on its own. */
const CLAUSE_END = /[，,：:]/u;

/** Spaces between two wide characters, outside surviving quotation marks; and those after a sentence's end. */
function candidateSpaces(chars: string[]): { spaces: number[]; afterEnd: number[] } {
  const spaces: number[] = [];
  const afterEnd: number[] = [];
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === ' ' && depth === 0 && WIDE.test(chars[i - 1] ?? '') && WIDE.test(chars[i + 1] ?? '')) {
      // A space after a sentence's end is only a space: no quotation opens a sentence that way.
      (SENTENCE_END.test(chars[i - 1] ?? '') ? afterEnd : spaces).push(i);
    }
  }
  return { spaces, afterEnd };
}

/** Splits spaces into runs that no `end` character separates. */
function splitBy(chars: string[], spaces: number[], end: RegExp): number[][] {
  const groups: number[][] = [];
  let cur: number[] = [];
  let last = -1;
  for (const s of spaces) {
    if (cur.length && chars.slice(last + 1, s).some((c) => end.test(c))) {
      groups.push(cur);
      cur = [];
    }
    cur.push(s);
    last = s;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

/** Spaces paired in order, when every pair encloses a quotable phrase; null when not certain. */
function pairs(chars: string[], g: number[]): [number, number][] | null {
  if (g.length % 2 === 1) return null;
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < g.length; k += 2) out.push([g[k]!, g[k + 1]!]);
  return out.every(([a, b]) => QUOTABLE.test(chars.slice(a + 1, b).join(''))) ? out : null;
}

/** A quoted clause pair holds at most this many characters (兼职刷单，日赚300元; 早改早主动，晚改就被动). */
const QUOTED_CLAUSES_MAX_CHARS = 16;
/** What a quotation of clauses may hold: words and the commas between them. */
const QUOTABLE_CLAUSES = /^[\p{Script=Han}\p{N}A-Za-z、，·.．%％]+$/u;

/**
 * A sentence with exactly two spaces, the phrase between them short and made of clauses (看到 兼职刷单，日赚300元 的广告):
 * the quotation of something said or printed, its marks lost with the comma inside.
 */
function onePairAcrossClauses(chars: string[], g: number[]): [number, number][] | null {
  if (g.length !== 2) return null;
  const inner = chars.slice(g[0]! + 1, g[1]!).join('');
  return /，/u.test(inner) && [...inner].length <= QUOTED_CLAUSES_MAX_CHARS && QUOTABLE_CLAUSES.test(inner) ? [[g[0]!, g[1]!]] : null;
}

/**
 * `quoted` are phrases the article prints in quotation marks elsewhere (its headline: 扎根乡村的
 * “新农人”). A lone space right after one of them, in a sentence whose other spaces pair, is that
 * phrase's lost closing quote, its opening one lost at a line start (想做 / 新农人 ，光有热情).
 *
 * Where a sentence's spaces do not pair with certainty, each clause (up to ，or ：) is tried alone:
 * a bounded term between a clause's two spaces is still a lost quotation (开展 警灯工程 ，). What
 * is left unpaired loses its space, which the page never printed between two Chinese characters,
 * and is listed in `ambiguous` for the editors' check. A space after a sentence's end goes too.
 */
export function restoreLostQuotes(text: string, quoted: readonly string[] = []): QuoteResult {
  const spoken = spokenLine(text);
  if (spoken) return spoken;
  const chars = [...text];
  const { spaces, afterEnd } = candidateSpaces(chars);
  const result: QuoteResult = { text, restored: [], ambiguous: [], added: 0 };
  if (spaces.length === 0 && afterEnd.length === 0) return result;
  const open = new Set<number>();
  const close = new Set<number>();
  const drop = new Set<number>(afterEnd);
  /** Where an opening quote is inserted before a character (a known phrase at a line start). */
  const insert = new Set<number>();
  for (const group of splitBy(chars, spaces, SENTENCE_END)) {
    let g = group;
    // An odd space closing a known quoted phrase: its opening quote goes before the phrase.
    const known = g.length % 2 === 1 ? knownPhraseBefore(chars, g, quoted) : null;
    if (known) g = g.filter((x) => x !== known.close);
    const whole = pairs(chars, g) ?? onePairAcrossClauses(chars, g);
    if (whole && known) {
      insert.add(known.start);
      close.add(known.close);
    }
    const clauses = whole ? [g] : splitBy(chars, known ? group : g, CLAUSE_END);
    for (const clause of clauses) {
      const found = whole ?? pairs(chars, clause);
      if (!found) {
        result.ambiguous.push(...clause.map((x) => phraseAround(chars, x)));
        for (const x of clause) drop.add(x);
        continue;
      }
      for (const [a, b] of found) {
        open.add(a);
        close.add(b);
      }
      if (whole) break;
    }
  }
  const out: string[] = [];
  chars.forEach((c, i) => {
    if (insert.has(i)) {
      result.restored.push({ phrase: '', index: out.length });
      out.push('“', c);
    } else if (open.has(i)) {
      result.restored.push({ phrase: '', index: out.length });
      out.push('“');
    } else if (close.has(i)) {
      const r = result.restored.at(-1)!;
      r.phrase = out.slice(r.index + 1).join('');
      out.push('”');
    } else if (!drop.has(i)) out.push(c);
  });
  result.text = out.join('');
  result.added = 2 * close.size;
  return result;
}

/** A quotation opening a paragraph holds at most this many characters (a spoken sentence or two). */
const OPENING_QUOTE_MAX_CHARS = 60;

/**
 * A paragraph whose first line opened with a space (the lost opening quotation mark at the line's start): the
 * quotation runs to the first sentence end with a space after it (我们湖镇人，…不算过完。 今年72岁的…说), or, with no
 * such space, the paragraph is one quoted sentence whose closing mark fell at the line's end.
 */
export function restoreOpeningQuote(text: string): QuoteResult {
  const none: QuoteResult = { text, restored: [], ambiguous: [], added: 0 };
  const t = text.trim();
  if (/^[“”]/u.test(t) || !/^\p{Script=Han}/u.test(t)) return none;
  // The first space closes the quotation: after a sentence end (…不算过完。 今年…), or inside a sentence after a term
  // (四个一 工程…: the term alone was quoted).
  const space = t.search(/ (?=\S)/u);
  if (space >= 0 && !/[。！？]/u.test(t[space - 1] ?? '')) {
    const term = t.slice(0, space);
    if (!QUOTABLE.test(term)) return none;
    return { text: `“${term}”${t.slice(space + 1)}`, restored: [{ phrase: term, index: 0 }], ambiguous: [], added: 2 };
  }
  const close = space;
  const said = close >= 0 ? t.slice(0, close) : t;
  const rest = close >= 0 ? t.slice(close + 1) : '';
  // One quotation, no mark of its own inside, no sentence end before its last.
  if ([...said].length > OPENING_QUOTE_MAX_CHARS || /[“”]/u.test(said) || /[。！？]./u.test(said) || !/[。！？]$/u.test(said)) return none;
  return { text: `“${said}”${rest}`, restored: [{ phrase: said, index: 0 }], ambiguous: [], added: 2 };
}

/** A short speech tag closing a paragraph: a speaker and a verb of saying (他问。, 阿英说。, 老人笑道。). */
const SPEECH_TAG = /^\p{Script=Han}{1,4}(?:问|说|道|答|喊|叫)。$/u;
/** A spoken sentence: no sentence end before its own, no quotation mark left. */
const SPOKEN = /^[^。！？；“”]{1,40}[。！？]$/u;

/**
 * A paragraph that is one spoken sentence, a space, and a speech tag (人都走了？ 他问。): the
 * sentence lost its quotation marks (the opening one at the line's start), “人都走了？”他问。
 */
function spokenLine(text: string): QuoteResult | null {
  const at = text.search(/[。！？] \p{Script=Han}/u);
  if (at < 0) return null;
  const said = text.slice(0, at + 1);
  const tag = text.slice(at + 2);
  if (!SPOKEN.test(said) || !SPEECH_TAG.test(tag)) return null;
  return { text: `“${said}”${tag}`, restored: [{ phrase: said, index: 0 }], ambiguous: [], added: 2 };
}

/**
 * A section heading whose lost quotes enclose its middle term: a verb and a noun too short to be
 * phrases of their own (深化 法治柳市 建设 → 深化“法治柳市”建设). Headings of parallel phrases
 * (实施民生共享战略 致力补短板、增福祉) keep their spaces: those the page printed.
 */
export function restoreHeadingQuotes(text: string): { text: string; phrase: string | null } {
  const parts = text.trim().split(' ');
  if (parts.length === 4) return fromToHeading(parts as [string, string, string, string]) ?? { text, phrase: null };
  if (parts.length !== 3) return { text, phrase: null };
  const [a, term, b] = parts as [string, string, string];
  if (!shortWord(a) || !shortWord(b) || !QUOTABLE.test(term) || !/^\p{Script=Han}/u.test(term)) return { text, phrase: null };
  return { text: `${a}“${term}”${b}`, phrase: term };
}

/** A word too short to be a phrase of a heading (深化, 建设), after any item mark (◆从). */
const shortWord = (s: string) => /^[■□▲△◆◇●★☆▶►◎]?\p{Script=Han}{1,2}$/u.test(s);

/** Two terms after short words (◆从 制造 到 智造): each lost its quotation marks (从“制造”到“智造”). */
function fromToHeading([a, t1, b, t2]: [string, string, string, string]): { text: string; phrase: string } | null {
  const term = (t: string) => QUOTABLE.test(t) && /^\p{Script=Han}/u.test(t);
  if (!shortWord(a) || !/^\p{Script=Han}{1,2}$/u.test(b) || !term(t1) || !term(t2)) return null;
  return { text: `${a}“${t1}”${b}“${t2}”`, phrase: t1 };
}

/** The known phrase (longest first) ending right before one of the group's spaces, not already quoted. */
function knownPhraseBefore(chars: string[], group: number[], quoted: readonly string[]): { start: number; close: number } | null {
  const byLength = [...quoted].filter((q) => QUOTABLE.test(q)).sort((a, b) => b.length - a.length);
  for (const space of group) {
    for (const q of byLength) {
      const qc = [...q];
      const start = space - qc.length;
      if (start < 0 || chars.slice(start, space).join('') !== q) continue;
      if (chars[start - 1] === '“') continue;
      return { start, close: space };
    }
  }
  return null;
}

/** The words around a space, for a warning. */
function phraseAround(chars: string[], i: number): string {
  return chars.slice(Math.max(0, i - 6), i + 7).join('');
}

/** A term whose closing quote fell at a line's end holds at most this many characters. */
const LINE_END_TERM_MAX_CHARS = 12;

/**
 * A lost quotation whose closing mark fell at the line's end, where the wrap took its space too (镇里实行 一项目一责任人 /
 * 制度，…): the line's last clause opens mid-line, after its own punctuation, so the one space in it cannot close a quotation
 * opened at a line start; it opens one, and with no space after it on the line the closing mark can only have stood at
 * the line's end. Restored when the term is short, quotable and the next line carries on the sentence. Null otherwise.
 */
export function closingQuoteAtLineEnd(line: string, next: string | undefined): { text: string; phrase: string; column: number } | null {
  const t = line.trim();
  // The next line goes on with the sentence, and no space in its first clause closes the quotation there (最后一公 / 里 难题).
  const rest = next?.trim() ?? '';
  if (!/^[\p{Script=Han}，。、；：！？]/u.test(rest) || /\s/u.test(rest.split(/[，,：:。！？；]/u)[0]!) || /[“”]/u.test(t)) return null;
  const chars = [...t];
  let clauseStart = -1;
  chars.forEach((c, i) => {
    if (CLAUSE_END.test(c) || SENTENCE_END.test(c)) clauseStart = i;
  });
  if (clauseStart < 0) return null;
  const clause = chars.slice(clauseStart + 1);
  const spaces = clause.flatMap((c, i) => (/\s/u.test(c) ? [i] : []));
  if (spaces.length !== 1) return null;
  const at = spaces[0]!;
  const term = clause.slice(at + 1).join('');
  const termChars = clause.length - at - 1;
  // What opens the clause before the space is words only (not （通讯员 周益 / 陈欣欣）, a byline's spaced names).
  if (at === 0 || !/^\p{Script=Han}+$/u.test(clause.slice(0, at).join('')) || !/^\p{Script=Han}/u.test(term) || termChars < 2 || termChars > LINE_END_TERM_MAX_CHARS || !QUOTABLE.test(term)) return null;
  // Any other space in the sentence on this line leaves the pairing to the sentence's own reading.
  const sentenceStart = chars.findLastIndex((c, i) => i < clauseStart + 1 + at && SENTENCE_END.test(c));
  if (chars.slice(sentenceStart + 1, clauseStart + 1).some((c) => /\s/u.test(c))) return null;
  const head = chars.slice(0, clauseStart + 1 + at).join('');
  return { text: `${head}“${term}”`, phrase: term, column: clauseStart + 1 + at + 1 };
}

