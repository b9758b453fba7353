/**
 * Step 5: the labelled pieces of a newspaper page → drafts of articles. A column label names the
 * stories under it; a stack opens a story (and a marker a story continued from another page);
 * bylines, body text, section headings and captions go to the story they stand in; text before
 * any stack is a story whose headline is on another page — or, on a feature page, the feature's
 * own text printed ahead of its headline.
 */
import type { Piece } from './classify.ts';
import type { Role } from './grammar.ts';
import { MARKED_BYLINE } from './constants.ts';
import { isOrdinalLabel } from './headline.ts';
import { append } from './text.ts';

export interface Draft {
  /** The column label printed above it (栏目), as a piece. */
  column: Piece | null;
  /** （上接1版） opening a story continued from another page. */
  marker: Piece | null;
  stack: Piece[];
  bylines: Piece[];
  /** Body and section pieces in order. */
  body: { piece: Piece; heading: boolean }[];
  captions: Piece[];
  /** （下转4版） printed on a line of its own under the story's text: where it goes on. */
  continuedTo: Piece | null;
  /** The column's name is the one printed over an earlier piece of its series, not over this one. */
  inheritedColumn?: boolean;
}

export interface DraftPage {
  drafts: Draft[];
  /** Pieces that are page furniture, with their role (a soft slogan, or a form-settled kind). */
  furniture: Piece[];
}

const newDraft = (): Draft => ({ column: null, marker: null, stack: [], bylines: [], body: [], captions: [], continuedTo: null });

export function draftArticles(pieces: Piece[], roles: Role[]): DraftPage {
  const drafts: Draft[] = [];
  const furniture: Piece[] = [];
  let cur: Draft | null = null;
  let column: Piece | null = null;
  // A column's name over a series of numbered pieces (身边的调解 / 【案例一】 …, then 【案例二】 …): each piece of the series
  // stands under that column, its number alone over it.
  let seriesColumn: string | null = null;
  let pendingCaptions: Piece[] = [];
  let lastRole: Role | null = null;
  let labelClosed = false;
  const open = () => {
    cur = newDraft();
    const ordinal = column && seriesLabel(column.text);
    if (column && ordinal && ordinal.name) seriesColumn = ordinal.name;
    else if (column && !ordinal) seriesColumn = null;
    const inherit = !!(column && ordinal && !ordinal.name && seriesColumn);
    cur.column = inherit ? { ...column!, text: `${seriesColumn} ${column!.text}` } : column;
    cur.inheritedColumn = inherit;
    column = null;
    append(cur.captions, pendingCaptions);
    pendingCaptions = [];
    drafts.push(cur);
    return cur;
  };
  const nextRole = nextRoles(roles);
  pieces.forEach((p, i) => {
    const role = roles[i]!;
    switch (role) {
      case 'furniture':
        furniture.push(p);
        // A service line under a label (分类广告 / 刊登电话：…) closes it: a label under that is a column of its own.
        if (lastRole === 'column') labelClosed = true;
        // The furniture stays page furniture; the story learns where it continues.
        if (p.kind === 'continued-to' && cur && (cur as Draft).body.length) (cur as Draft).continuedTo ??= p;
        return; // furniture does not break a stack or a paragraph
      case 'column':
        if (lastRole === 'column' && column && !labelClosed && p.text.trim() === column.text.trim()) {
          // The same label printed twice on two lines (【聚焦一线】 / 【聚焦一线】, a bold run doubled by extraction): one label, the
          // copy kept with the page's furniture so that no text goes uncounted.
          furniture.push(p);
        } else if (lastRole === 'column' && column && !labelClosed) {
          // Two label lines (a column and its sub-label) name one column.
          column = { ...column, text: `${column.text} ${p.text}`, end: p.end };
        } else {
          // A label that no story took before the next one: page furniture.
          if (column) furniture.push(column);
          column = p;
        }
        labelClosed = false;
        break;
      case 'marker':
        // A marker right under a reprinted headline (headline / （上接第一版）) continues that story.
        if (lastRole === 'stack' && cur && (cur as Draft).body.length === 0 && !(cur as Draft).marker) (cur as Draft).marker = p;
        else open().marker = p;
        break;
      case 'stack': {
        // A stack right under a byline that opened a story with no headline yet is that story's headline.
        const headless = lastRole === 'byline' && cur && (cur as Draft).stack.length === 0 && (cur as Draft).body.length === 0;
        const d: Draft = lastRole === 'stack' || (lastRole === 'marker' && cur) || headless ? cur! : open();
        d.stack.push(p);
        break;
      }
      case 'byline':
        // A byline under a column label, or over the headline of the next story (■ 特约评论员 林一舟 /
        // headline), belongs to the story it stands above.
        // Only a marked byline (■ □ /) stands above a headline; a bracketed one closes the story before.
        if (!cur || lastRole === 'column' || (MARKED_BYLINE.test(p.text.trim()) && lastRole !== 'stack' && lastRole !== 'byline' && nextRole[i] === 'stack')) open().bylines.push(p);
        else (cur as Draft).bylines.push(p);
        break;
      case 'body':
      case 'section':
        if (role === 'body' && opensUntitled(p, cur, lastRole, lastRole === 'column' ? column : null)) labelAsTitle(open(), p);
        // A label set apart by a wide gap right over a section heading (民宿推荐 / 见山民宿 / 地址：…): a block of its own, the
        // label its title; a story's section does not stand under a label of its own.
        else if (role === 'section' && lastRole === 'column' && column?.wideGapBefore) {
          const d = open();
          d.stack.push(d.column!);
          d.column = null;
        }
        (cur ?? open()).body.push({ piece: p, heading: role === 'section' });
        break;
      case 'caption':
        if (cur) (cur as Draft).captions.push(p);
        else pendingCaptions.push(p);
        break;
    }
    lastRole = role;
  });
  // Captions and a column label with no story after them: attach to the last story, or keep as furniture.
  if (pendingCaptions.length) {
    if (drafts.length) append(drafts.at(-1)!.captions, pendingCaptions);
    else append(furniture, pendingCaptions);
  }
  if (column) furniture.push(column);
  for (const d of drafts) reshape(d);
  return { drafts, furniture };
}

/** The role of the next piece that is not furniture, for each piece (one pass: pages of 10⁵ lines stay linear). */
function nextRoles(roles: Role[]): (Role | null)[] {
  const nextRole: (Role | null)[] = new Array(roles.length).fill(null);
  for (let i = roles.length - 2; i >= 0; i--) nextRole[i] = roles[i + 1] === 'furniture' ? nextRole[i + 1]! : roles[i + 1]!;
  return nextRole;
}

/**
 * Body text that opens a piece of its own, untitled: under a story that has text already, a lead (a table under its
 * title, then （新华社电）…) or finished prose set apart by a wide gap (two blank lines), the page's next block (a flash
 * item); or text right under a column label set apart as a block (a wide gap above it: 百姓议事厅 / 【编者按】…).
 */
const opensUntitled = (p: Piece, cur: Draft | null, lastRole: Role | null, label: Piece | null) =>
  (!!cur && cur.body.length > 0 && (p.kind === 'lead' || (p.kind === null && !!p.wideGapBefore && p.endsFullSentence && lastRole === 'body' && textFinished(cur)))) || !!label?.wideGapBefore;
/** The story's text so far ends its sentence: text under a wide gap after a word cut by the column break (…每一名有意 / 愿的青年…) goes on. */
const textFinished = (d: Draft) => !!d.body.at(-1)?.piece.endsFullSentence;

/** A guide's, an information box's or a Q&A box's label (分类指南, 便民信息, 医保政策问答; a closed class of box nouns) over untitled text: the box's own title. */
const GUIDE_LABEL = /^\p{Script=Han}{0,6}(?:指南|信息|须知|指引|问答)$/u;

/** A block's label right over a table's rows (交通违法曝光台 / 号牌　违法行为…, 一周天气 / 日期　天气…): the table's own title, not a column. */
function labelAsTitle(d: Draft, first: Piece) {
  if (!(first.kind === 'table-row' || GUIDE_LABEL.test(d.column?.text.trim() ?? '')) || !d.column) return;
  d.stack.push(d.column);
  d.column = null;
}

/** A drafted story's stack and column set right: a label lifted, a numbered label made a kicker, a title put after its body moved up. */
function reshape(d: Draft): void {
  liftBoldLabel(d);
  ordinalLabelAsKicker(d);
  trailingTitle(d);
}

/** A column label is a word or two: at most this many characters (防台知识, 画里画外). */
const BOLD_LABEL_MAX_CHARS = 8;
/** One question, no full stop before it (某某谣言，你信了吗？): a title put to the reader. */
const QUESTION_LINE = /^[^。！？；]+[？?]$/u;
/** A tag set tight over its title is shorter: a word of two to six characters (科普讲堂, 经济简讯), no phrase. */
const TIGHT_LABEL_MAX_CHARS = 6;
/** A line wholly in quotation marks: a quote set as a title (“村里的事，就是自家的事。”). */
const QUOTE_LINE = /^“[^“”]+”$/u;
/** A title under a label is at most this long (a longer plain line is text). */
const TITLE_UNDER_LABEL_MAX_CHARS = 32;

/**
 * A stack opened by a bold label alone — a wide gap above it, a blank line under it, no space in it — over a plain
 * one-line title (防台知识 / 台风来了怎么办, 画里画外 / 一幅好漫画，胜过千言万语): the label is the column over the
 * title, set heavier than it, not the headline's first half.
 */
function liftBoldLabel(d: Draft): void {
  const [label, title] = d.stack;
  if (d.column || !label || !title || d.stack.length !== 2) return;
  const word = label.headingLike && !/\s/u.test(label.text.trim());
  // Set bold right over a plain question with no blank between (某某辟谣 printed twice / 某某谣言，你信了吗？): a tag, shorter
  // still. A question is put to the reader under a column's name; a bold line over a plain statement is its kicker.
  const tight = label.bold && !title.bold && !!label.blankBefore && label.end + 1 === title.start && label.length <= TIGHT_LABEL_MAX_CHARS && QUESTION_LINE.test(title.text.trim());
  const isLabel = word && (((label.bold || title.blankAfter) && !!label.wideGapBefore && label.blankAfter && label.length <= BOLD_LABEL_MAX_CHARS) || tight);
  const isTitle = title.kind === null && !title.bold && !/[:：]/u.test(title.text) && !/^[—–－-]/u.test(title.text.trim()) && title.lines.length === 1 && (title.headingLike || (!title.endsSentence && title.length <= TITLE_UNDER_LABEL_MAX_CHARS) || (QUOTE_LINE.test(title.text.trim()) && title.length <= TITLE_UNDER_LABEL_MAX_CHARS) || (QUESTION_LINE.test(title.text.trim()) && title.length <= TITLE_UNDER_LABEL_MAX_CHARS));
  if (!isLabel || !isTitle) return;
  d.column = label;
  d.stack.shift();
}

/**
 * A numbered label read as a column over a titled piece (案例一 / 健身卡…): one of a series of pieces, each with its own
 * number; a column's name does not count, so the label is the piece's kicker. Under a column's name (身边的调解 【案例一】)
 * the name stays the column.
 */
function ordinalLabelAsKicker(d: Draft): void {
  const series = d.column && d.stack.length > 0 ? seriesLabel(d.column.text) : null;
  if (!d.column || !series) return;
  d.stack.unshift({ ...d.column, text: series.label });
  d.column = series.name ? { ...d.column, text: series.name } : null;
}

/** A label line that ends in a series number (案例一, 【案例二】; after a column's name: 身边的调解 【案例一】), split; else null. */
function seriesLabel(text: string): { name: string | null; label: string } | null {
  const t = text.trim();
  if (isOrdinalLabel(t)) return { name: null, label: t };
  const at = t.lastIndexOf(' ');
  const label = t.slice(at + 1);
  return at > 0 && isOrdinalLabel(label) ? { name: t.slice(0, at).trim(), label } : null;
}

/**
 * An untitled story whose last piece is a heading with no text under it (本报讯… / … / 柯城部署秋粮田间管理 at the page's
 * foot): a section heading always heads text, so this is the story's title, put after its body by extraction.
 */
/** Text and the title after it: at least one paragraph besides the trailing heading. */
const TRAILING_TITLE_MIN_PIECES = 2;

function trailingTitle(d: Draft): void {
  const last = d.body.at(-1);
  if (d.stack.length || d.marker || !last?.heading || d.body.length < TRAILING_TITLE_MIN_PIECES || d.body.slice(0, -1).some((b) => b.heading)) return;
  d.body.pop();
  d.stack.push(last.piece);
}

/**
 * A column word alone over a photo's untitled item (图片新闻 / 9月19日，… / 图为… 摄): the label names
 * the column; the item has no headline of its own.
 */
export function labelOverPhotoItem(d: Draft) {
  const [label] = d.stack;
  if (d.stack.length !== 1 || d.column || !label!.columnish || !d.captions.length || !d.body.length || d.body.some((b) => b.heading)) return;
  d.column = label!;
  d.stack = [];
}

/** The characters of a draft's body. */
export const bodyChars = (d: Draft) => d.body.reduce((n, b) => n + b.piece.length, 0);
/** Every piece a draft holds, in the order the record takes them. */
export const allPieces = (d: Draft): Piece[] => [...(d.column ? [d.column] : []), ...(d.marker ? [d.marker] : []), ...d.stack, ...d.bylines, ...d.body.map((b) => b.piece), ...d.captions];
