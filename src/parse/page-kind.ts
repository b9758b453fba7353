/** What kind of page a seed is, read off its pieces when metadata does not say. */
import type { SeedKind } from '../records/schema.ts';
import { isFurniture, type Piece } from './classify.ts';
import { NOTICE_PAGE_MIN, PATTERNS } from './constants.ts';
import { documentType } from './document.ts';
import { noticeTitle } from './grammar.ts';
import { isOrdinalLabel } from './headline.ts';

/** A line ending in a colon this short, with a date line on the page, is a 主送 (addressee): a document's sign. */
const ADDRESSEE_MAX_CHARS = 60;
/** A page with this many of a document's signs (文号, 签发人, 抄送/印发, 主送 and 落款, a 文种 title) is a 公文. */
const DOCUMENT_SIGNS_MIN = 2;
/** Authors' bylines marked □ on this many pieces: a literary page (副刊) of several authors. */
const LITERARY_AUTHORS_MIN = 2;
/** A brief's marker at the start of its text: ◎3月10日，…, ●黄华村…. */
const BRIEF_MARKER = /^[◎●◆■▲★☆]/u;
/** This many marker-led items: a page of briefs (一周要闻, 镇村短波). */
const MARKER_ITEMS_MIN = 4;
/** Two 本报讯 leads or more: a page of several stories, not one feature. */
const NEWS_PAGE_MIN_LEADS = 2;

export function inferKind(pieces: Piece[]): SeedKind {
  const has = (k: Piece['kind']) => pieces.some((p) => p.kind === k);
  // A title ending in a 文种 (…方案, …的通知) near the top, or an 附件 label opening the page.
  const top = pieces.slice(0, 6);
  const docTitle = top.some((p) => p.headingLike && documentType(p.text) !== null) || /^附\s*件\s*\d*$/u.test(pieces[0]?.text.trim() ?? '');
  const docSigns = [has('doc-number'), has('doc-signer'), has('doc-copyto') || has('doc-printed'), pieces.some((p) => /[：:]$/u.test(p.text) && p.length <= ADDRESSEE_MAX_CHARS) && has('date-line'), docTitle].filter(Boolean).length;
  // Texts each closed by a 落款 of their own, two or more of them titled as notices: a page of notices, not one 公文.
  const notices = noticesPage(pieces);
  // A page with 本报讯 leads is a newspaper page, whatever 公文 it prints in full.
  if (!has('lead') && !notices && (docSigns >= DOCUMENT_SIGNS_MIN || has('doc-number'))) return 'document';
  const authors = pieces.filter((p) => p.kind === 'byline' && /^[□]/u.test(p.text.trim())).length;
  if (authors >= LITERARY_AUTHORS_MIN || pieces.some((p) => p.verse)) return 'literary-page';
  // Short texts one under another, each titled as a notice or closed by its own 落款: a page of notices, not one feature.
  // The page's last piece counts when an organ line stands over it (a 落款 of two lines), not a masthead's date.
  // A byline closing one text with another titled text under it (…说声谢谢！ / 读者　张建国 / next title).
  const closingBylines = pieces.filter((p, i) => p.kind === 'byline' && i > 0 && i < pieces.length - 1 && pieces[i - 1]!.kind === null && !pieces[i - 1]!.headingLike && pieces[i + 1]!.headingLike && pieces[i + 1]!.kind === null).length;
  // Texts that each end in a bracketed byline (…3000亩。（记者 王一凡）): several signed pieces; a feature is signed once.
  const bracketSigned = pieces.filter((p) => p.kind === null && PATTERNS.trailingByline.test(p.text.trim())).length;
  if (closingBylines >= NOTICE_PAGE_MIN || bracketSigned >= NOTICE_PAGE_MIN) return 'news-page';
  // A story signed under its title and a text signed at its close: two signed pieces, where a feature is signed once.
  if (signedTitles(pieces) + closingBylines + bracketSigned >= NEWS_PAGE_MIN_LEADS) return 'news-page';
  if (notices) return 'news-page';
  // A column's tag line (一家之言 ■郑晓明), or several marked bylines: a page of several authored pieces.
  const marked = pieces.filter((p) => p.kind === 'byline' && /^[■□◆●]/u.test(p.text.trim())).length;
  if (pieces.some((p) => p.columnTag) || marked >= NOTICE_PAGE_MIN) return 'news-page';
  if (pieces.filter((p) => p.kind === 'lead').length >= NEWS_PAGE_MIN_LEADS) return 'news-page';
  if (signedTitles(pieces) >= NEWS_PAGE_MIN_LEADS) return 'news-page';
  // Items led by a marker (◎3月10日，… / ●黄华村… / ◆衢州元达金属制品有限公司 over its rows), many of them: a page of briefs or ads, not one feature's text.
  if (pieces.filter((p) => p.kind === null && BRIEF_MARKER.test(p.text)).length >= MARKER_ITEMS_MIN) return 'news-page';
  if (titledBlocks(pieces) >= TITLED_BLOCKS_MIN) return 'news-page';
  return unsignedPieces(pieces) ? 'news-page' : 'feature-page';
}

/**
 * Short texts one under another, each titled as a notice or closed by its own 落款: a page of notices.
 * The page's last piece counts when an organ line stands over it (a 落款 of two lines), not a masthead's date.
 */
function noticesPage(pieces: Piece[]): boolean {
  const closings = pieces.filter((p, i) => p.kind === 'date-line' && i > 0 && pieces[i - 1]!.kind !== 'page-header' && pieces[i - 1]!.kind !== 'masthead' && (i < pieces.length - 1 || organLine(pieces[i - 1]!))).length;
  const titles = pieces.filter(noticeTitle).length;
  return titles >= NOTICE_PAGE_MIN || titles + closings >= NOTICE_PAGE_MIN + 1;
}

/** A page set in this many blocks after the first, each under a title of its own, holds several pieces. */
const TITLED_BLOCKS_MIN = 2;

/**
 * Blocks the page sets apart by a wide gap (two blank lines), each opening with a title over text:
 * a page of several pieces (a story, a 通报, a column), not one feature, whose sections follow
 * its paragraphs after a single blank line.
 */
function titledBlocks(pieces: Piece[]): number {
  const content = pieces.filter((p) => !isFurniture(p));
  // Text: prose, a table's rows (一周天气 / 11月8日　多云转阴　12℃～21℃) or a box's label rows (领衔代表：… / 办理单位：…).
  const prose = (p: Piece | undefined) => !!p && (!p.headingLike || p.kind === 'table-row' || p.boxRow);
  // A title over text, or a column label over a title over text (书讯 / 《柯城农民画》出版 / 近日，…).
  // Or a series label alone over a title over text (【案例二】 / 工钱拖了半年… / 去年12月，…): a piece of a series, where a
  // feature's numbered section heading stands over its own text.
  const label = (p: Piece) => p.kind === null || (p.kind === 'numbered' && isOrdinalLabel(p.text.replace(/[【】\[\]〔〕]/gu, '')));
  return content.filter((p, i) => p.wideGapBefore && label(p) && p.headingLike && (p.kind === null ? prose(content[i + 1]) || (content[i + 1]?.headingLike && prose(content[i + 2])) : content[i + 1]?.kind === null && content[i + 1]?.headingLike && prose(content[i + 2]))).length;
}

/**
 * A page of short pieces nobody signs (一周要闻, 光荣榜, 便民信息): its first title has no byline,
 * lead or credit under it, and titles standing apart over prose follow. A feature is signed under
 * its one headline.
 */
function unsignedPieces(pieces: Piece[]): boolean {
  const content = pieces.filter((p) => !isFurniture(p));
  const first = content.findIndex((p) => p.kind === null && p.headingLike);
  if (first < 0) return false;
  const signed = content.slice(first + 1, first + 1 + SIGNED_WITHIN).some((p) => p.kind === 'byline' || p.kind === 'lead' || p.kind === 'credit');
  if (signed) return false;
  // Under a title: prose, or a box's rows (乐清经济生活频道 / 18:10　生活广角).
  const text = (q: Piece | undefined) => !!q && (q.boxRow || q.kind === 'table-row' || (q.kind === null && !q.headingLike && /[。！？]/u.test(q.text)));
  const titled = content.filter((p, i) => i > first && p.kind === null && p.headingLike && p.blankBefore && !PATTERNS.numberedHeading.test(p.text) && text(content[i + 1]));
  return titled.length >= NOTICE_PAGE_MIN;
}

/** A feature's byline stands within this many pieces under its headline (kicker, subheadline, caption). */
const SIGNED_WITHIN = 4;

/** An organ's name alone on a line over a 落款 date: short, no punctuation, ending in a Han character. */
const organLine = (p: Piece) => p.kind === null && p.headingLike && /\p{Script=Han}$/u.test(p.text.trim());

/**
 * Titles standing apart (a blank line above) with their own signature close under them — a lead,
 * a byline or a photo credit before the next title: several signed stories (a 图片新闻 page of
 * credited photos), not one feature, whose section headings carry no byline.
 */
function signedTitles(pieces: Piece[]): number {
  const content = pieces.filter((p) => !isFurniture(p));
  let n = 0;
  content.forEach((p, i) => {
    if (p.kind !== null || !p.headingLike || !p.blankBefore) return;
    const under = content.slice(i + 1, i + 1 + SIGNED_WITHIN);
    const next = under.findIndex((q) => q.kind === null && q.headingLike && q.blankBefore);
    const own = next < 0 ? under : under.slice(0, next);
    if (own.some((q) => q.kind === 'lead' || q.kind === 'credit')) n += 1;
  });
  return n;
}
