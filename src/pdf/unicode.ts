/**
 * Characters a PDF's font maps wrongly, read back as the ideographs they draw. Fonts that give one
 * glyph to a radical and to the ideograph of the same shape (Noto CJK, many 方正 fonts) make PDF
 * writers map the glyph to the radical's code point: 大 arrives as ⼤ (U+2F24), 长 as ⻓ (U+2ED3).
 * Kangxi radicals (and ⺟) fold by NFKC; the simplified radicals of CJK Radicals Supplement have no
 * compatibility mapping, so those that stand for a whole character are listed here (Unicode's
 * names, CJK RADICAL C-SIMPLIFIED …). Radicals used only as components (⻈ 讠, ⻐ 钅) stay as drawn.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻢': '马', '⻣': '骨', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦',
  '⻩': '黄', '⻘': '青', '⻝': '食', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/**
 * Also the dash of a 破折号: GBK's A1AA is U+2015 in Microsoft's table and U+2014 in GB 18030's,
 * and fonts built on either map the glyph to U+2015; Chinese text (and the text seeds) write U+2014.
 */
const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF\u2015]/gu;
const DASH = { '\u2015': '\u2014' } as Record<string, string>;

/** The text with radicals drawn for ideographs read as the ideographs; `changed` counts them. */
export function foldRadicals(text: string): { text: string; changed: number } {
  let changed = 0;
  const out = text.replace(RADICAL, (c) => {
    const to = SUPPLEMENT[c] ?? DASH[c] ?? c.normalize('NFKC');
    if (to !== c) changed++;
    return to;
  });
  return { text: out, changed };
}

/** Private-use code points: a glyph whose font gives no Unicode value of its own. */
export const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{10FFFF}]/u;

/**
 * Code points a simplified-Chinese font draws with the glyph of another, which PDF writers name by
 * the lower code point: Noto CJK SC gives 戶 (U+6236) the glyph of 户 (U+6237), so 户 arrives as 戶.
 * Read back only for the fonts known to do it (the SC faces of Noto Sans/Serif CJK, 思源).
 */
const SHARED_GLYPHS: { font: RegExp; map: Record<string, string> }[] = [{ font: /(?:Noto|Source)(?:Sans|Serif|HanSans|HanSerif)CJKsc|SourceHan(?:Sans|Serif)(?:SC|CN)/u, map: { '戶': '户' } }];

/** The text with glyphs a known font shares read as the character it draws; `changed` counts them. */
export function foldSharedGlyphs(text: string, font: string): { text: string; changed: number } {
  const table = SHARED_GLYPHS.find((t) => t.font.test(font))?.map;
  if (!table) return { text, changed: 0 };
  let changed = 0;
  const out = [...text].map((c) => (table[c] ? (changed++, table[c]) : c)).join('');
  return { text: out, changed };
}
