/**
 * Seed files arrive as bytes: UTF-8 (with or without BOM) is the norm; Chinese sources are often
 * GB18030/GBK; some tools write UTF-16. Nothing is substituted silently: every replacement
 * character (U+FFFD) the decoding produced is a warning with its byte offset, line and column;
 * one the file already held is a warning too (a character was lost before the file was made).
 * Bidi controls (U+202E turns a headline backwards) and other invisible characters are made
 * visible as `[U+202E]` and warned, so no text reads differently from what the page shows.
 *
 * Written here rather than taken from a library: TextDecoder replaces bad bytes without saying
 * where, and no npm decoder reports the offsets of its replacements.
 */
import type { SeedWarning } from '../records/schema.ts';

export interface Decoded {
  text: string;
  /** As detected; `utf-8-bom` is UTF-8 that starts with a byte-order mark (removed from the text). */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Each with the line it is on (0: the whole file). */
  warnings: SeedWarning[];
}

export class DecodeError extends Error {}

/** The replacement character decoders put where bytes could not be read. */
export const REPLACEMENT = '\uFFFD';

/**
 * A file is read as UTF-8 with replacements when at most this share of its non-ASCII sequences
 * is broken (a few damaged bytes in a UTF-8 file). A GBK/GB18030 file read as UTF-8 breaks at
 * nearly every character (well over half), so it is read as GB18030 instead.
 */
const UTF8_MAX_BROKEN_SHARE = 0.1;

/** A byte sequence the UTF-8 decoder replaced with one U+FFFD: [start, end) in the file. */
interface BadSequence {
  start: number;
  end: number;
}

/**
 * Scans UTF-8 as the WHATWG decoder does (one U+FFFD per maximal bad subpart: an encoded
 * surrogate ED A0 80 is three, a lone continuation byte one), so each bad sequence found here
 * is exactly one U+FFFD in TextDecoder's output.
 */
function scanUtf8(bytes: Uint8Array, from: number): { bad: BadSequence[]; multibyte: number } {
  const bad: BadSequence[] = [];
  let multibyte = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      start = i;
      if (b <= 0x7f) continue;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else bad.push({ start: i, end: i + 1 });
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one replacement; this byte starts over (it is read again).
      bad.push({ start, end: i });
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      multibyte++;
      needed = seen = 0;
    }
  }
  if (needed > 0) bad.push({ start, end: bytes.length });
  return { bad, multibyte };
}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  return scanUtf8(bytes, 0).bad[0]?.start ?? -1;
}

/** Text and where each replacement went, for UTF-8 with bad sequences (TextDecoder on the good runs). */
function decodeUtf8With(bytes: Uint8Array, from: number, bad: BadSequence[]): { text: string; replaced: { index: number; offset: number }[] } {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const replaced: { index: number; offset: number }[] = [];
  let length = 0;
  let at = from;
  for (const b of bad) {
    const part = decoder.decode(bytes.subarray(at, b.start));
    parts.push(part, REPLACEMENT);
    length += part.length;
    replaced.push({ index: length, offset: b.start });
    length += 1;
    at = b.end;
  }
  parts.push(decoder.decode(bytes.subarray(at)));
  return { text: parts.join(''), replaced };
}

/** UTF-16 after its byte-order mark; a lone surrogate (or an odd last byte) becomes U+FFFD, noted with its offset. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): { text: string; replaced: { index: number; offset: number }[] } {
  const count = Math.floor((bytes.length - 2) / 2);
  const unit = (k: number) => {
    const a = bytes[2 + 2 * k]!;
    const b = bytes[3 + 2 * k]!;
    return littleEndian ? a | (b << 8) : (a << 8) | b;
  };
  const out = new Uint16Array(count + ((bytes.length - 2) % 2));
  const replaced: { index: number; offset: number }[] = [];
  for (let k = 0; k < count; k++) {
    const u = unit(k);
    const high = u >= 0xd800 && u <= 0xdbff;
    const low = u >= 0xdc00 && u <= 0xdfff;
    if (high && k + 1 < count && unit(k + 1) >= 0xdc00 && unit(k + 1) <= 0xdfff) {
      out[k] = u;
      out[k + 1] = unit(k + 1);
      k++;
    } else if (high || low) {
      out[k] = 0xfffd;
      replaced.push({ index: k, offset: 2 + 2 * k });
    } else out[k] = u;
  }
  if ((bytes.length - 2) % 2) {
    out[count] = 0xfffd;
    replaced.push({ index: count, offset: bytes.length - 1 });
  }
  return { text: new TextDecoder('utf-16le').decode(toLittleEndianBytes(out)), replaced };
}

function toLittleEndianBytes(units: Uint16Array): Uint8Array {
  const bytes = new Uint8Array(units.length * 2);
  for (let k = 0; k < units.length; k++) {
    bytes[2 * k] = units[k]! & 0xff;
    bytes[2 * k + 1] = units[k]! >> 8;
  }
  return bytes;
}

/** Line and column (1-based, in characters) of each index of `text`, lines split as the parser splits them. */
function positions(text: string, indexes: number[]): { line: number; column: number }[] {
  const sorted = [...indexes.keys()].sort((a, b) => indexes[a]! - indexes[b]!);
  const out: { line: number; column: number }[] = new Array(indexes.length);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const k of sorted) {
    const target = indexes[k]!;
    for (; i < target; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    out[k] = { line, column: [...text.slice(lineStart, target)].length + 1 };
  }
  return out;
}

/**
 * Characters that change how text reads without showing: bidi controls, zero-width characters,
 * soft hyphens, tag characters. Each with a name editors can look up.
 */
export const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
};
const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
/** Tag characters (U+E0000–E007F) hide text too; named by range. */
const isTag = (cp: number) => cp >= 0xe0000 && cp <= 0xe007f;
const INVISIBLE_PATTERN = new RegExp(`[${Object.keys(INVISIBLE).map((c) => `\\u{${Number(c).toString(16)}}`).join('')}\\u{e0000}-\\u{e007f}]`, 'gu');

/** `U+202E`. */
export const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
/** How an invisible character is shown: `[U+202E]`. */
export const visibleForm = (cp: number) => `[${codePoint(cp)}]`;

/** Invisible characters made visible, one warning per character with its line and column. */
export function showInvisible(text: string): { text: string; warnings: SeedWarning[] } {
  const found = [...text.matchAll(INVISIBLE_PATTERN)];
  if (!found.length) return { text, warnings: [] };
  const where = positions(text, found.map((m) => m.index));
  const warnings = found.map((m, k) => {
    const cp = m[0].codePointAt(0)!;
    const name = isTag(cp) ? 'TAG CHARACTER' : INVISIBLE[cp]!;
    const effect = BIDI.has(cp) ? '双向文字控制符，会让文字颠倒或错位显示' : '不可见字符';
    return {
      line: where[k]!.line,
      message: `第${where[k]!.line}行第${where[k]!.column}列有${effect}（${codePoint(cp)} ${name}），已显示为 ${visibleForm(cp)}：请在原文中删除它`,
    };
  });
  return { text: text.replace(INVISIBLE_PATTERN, (c) => visibleForm(c.codePointAt(0)!)), warnings };
}

/** Warnings for the replacement characters the decoder produced, and for those the file already held. */
function replacementWarnings(text: string, replaced: { index: number; offset: number }[], what: string): SeedWarning[] {
  const produced = new Set(replaced.map((r) => r.index));
  const held: number[] = [];
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) if (!produced.has(i)) held.push(i);
  const all = [...replaced.map((r) => r.index), ...held];
  const where = positions(text, all);
  const warnings: SeedWarning[] = replaced.map((r, k) => ({
    line: where[k]!.line,
    message: `第${where[k]!.line}行第${where[k]!.column}列：字节偏移 ${r.offset} 处不是有效的 ${what}，读作替换字符 �（U+FFFD）：请对照原报纸改正这个字，并把文件另存为 UTF-8`,
  }));
  held.forEach((_, k) => {
    const p = where[replaced.length + k]!;
    warnings.push({
      line: p.line,
      message: `第${p.line}行第${p.column}列：文件里本来就有替换字符 �（U+FFFD），说明制作这个文件时已有文字丢失：请对照原报纸补上`,
    });
  });
  return warnings.sort((a, b) => a.line - b.line);
}

export function decodeSeed(bytes: Uint8Array): Decoded {
  let decoded: Omit<Decoded, 'warnings'> & { replaced: { index: number; offset: number }[]; what: string };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { ...decodeUtf16(bytes, true), encoding: 'utf-16le', what: 'UTF-16' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { ...decodeUtf16(bytes, false), encoding: 'utf-16be', what: 'UTF-16' };
  else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const from = bom ? 3 : 0;
    const { bad, multibyte } = scanUtf8(bytes, from);
    if (bad.length === 0 || bad.length <= UTF8_MAX_BROKEN_SHARE * (bad.length + multibyte)) {
      decoded = { ...decodeUtf8With(bytes, from, bad), encoding: bom ? 'utf-8-bom' : 'utf-8', what: 'UTF-8' };
    } else {
      let text: string;
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      } catch {
        throw new DecodeError(`既不是有效的 UTF-8（第一个错误字节在偏移 ${bad[0]!.start}），也不是 GB18030：请把文件另存为 UTF-8`);
      }
      const shown = showInvisible(text);
      return {
        text: shown.text,
        encoding: 'gb18030',
        warnings: [
          { line: 0, message: `不是有效的 UTF-8（第一个错误字节在偏移 ${bad[0]!.start}），已按 GB18030 读入：请核对文字，或把文件另存为 UTF-8` },
          ...replacementWarnings(shown.text, [], 'GB18030'),
          ...shown.warnings,
        ],
      };
    }
  }
  const replacements = replacementWarnings(decoded.text, decoded.replaced, decoded.what);
  const shown = showInvisible(decoded.text);
  return { text: shown.text, encoding: decoded.encoding, warnings: [...replacements, ...shown.warnings].sort((a, b) => a.line - b.line) };
}
