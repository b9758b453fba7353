/** Photo captions and their credit lines. */
import type { Caption } from '../records/schema.ts';
import { creditName, splitCredit, splitMarkedCredit } from './byline.ts';
import type { Piece } from './classify.ts';
import { CAPTION_MAX_CHARS } from './constants.ts';
import type { Unit } from './units.ts';

/** Captions with their credits: a credit line credits the caption above it. */
export function captionsOf(pieces: Piece[]): Caption[] {
  const out: Caption[] = [];
  let title = '';
  for (const [i, p] of pieces.entries()) {
    // A work's 《title》 alone over its caption's sentence opens that caption (《晒秋》 / 堰头村村民在老屋前晾晒…).
    if (p.kind === 'caption' && WORK_TITLE_ONLY.test(p.text.trim()) && pieces[i + 1]?.kind === 'caption') {
      title = p.text.trim();
      continue;
    }
    if (p.kind !== 'credit') {
      // (The sentence under it may come in two pieces: they are one caption.)
      if (title) {
        title += p.text.trim();
        if (pieces[i + 1]?.kind === 'caption') continue;
        readCaption(title, out);
        title = '';
        continue;
      }
      // Captions printed side by side run into one line: each ends with its own credit
      // (…品尝美食。 记者 徐婷婷 摄小朋友在…表演节目。 通讯员 童晓 摄).
      const parts = sideBySideCaptions(p.text) ? p.text.trim().split(/\s{2,}|\u3000+/u) : p.text.trim().split(SIDE_BY_SIDE_CAPTIONS);
      for (const part of parts) if (part.trim()) readCaption(part.trim(), out);
      continue;
    }
    const t = p.text.trim();
    const last = out.at(-1);
    // One credit under several uncredited captions credits the set: the story's photographer.
    const uncredited = out.length >= 2 && out.slice(-2).every((c) => c.credit === null && c.text !== '');
    if (last && last.credit === null && !uncredited) {
      last.credit = creditName(t);
      last.creditRaw = t;
    } else out.push({ text: '', credit: creditName(t), creditRaw: t });
  }
  return out;
}

/** A work's title alone: 《晒秋》. */
const WORK_TITLE_ONLY = /^《[^《》]{1,24}》$/u;

/** Where one caption's credit ends and the next caption begins, on one line. */
const SIDE_BY_SIDE_CAPTIONS = /(?<=[。！？]\s*(?:(?:本报)?(?:记者|通讯员|摄影)\s*)?(?:\p{Script=Han}{2,4}\s*){1,3}摄)\s*(?=\S)/u;

/** One short sentence with no comma or colon: what an uncredited caption beside a credited one is (孩子们在基地写生。). */
const PLAIN_CAPTION = /^[^，,；;：:。！？\s]{4,30}[。！？]$/u;

/**
 * Captions printed side by side and run into one line, a wide gap between them (…参观农民画展。徐立 摄　　孩子们在…写生。):
 * each part a caption with its credit or one short plain sentence, one credit at least among them.
 */
export function sideBySideCaptions(t: string): boolean {
  const parts = t.trim().split(/\s{2,}|\u3000+/u);
  if (parts.length < 2) return false;
  const credited = parts.filter((x) => splitCredit(x)).length;
  return credited >= 1 && parts.every((x) => splitCredit(x) || PLAIN_CAPTION.test(x));
}

function readCaption(line: string, out: Caption[]) {
  // The picture mark (▲) is no part of the caption.
  const t = line.replace(/^[▲△]\s*/u, '');
  const c = splitCredit(t) ?? (t !== line ? splitMarkedCredit(t) : null);
  if (c) {
    out.push({ text: c.text, credit: c.credit, creditRaw: c.raw });
    return;
  }
  // Several captions printed on one line (观看成果展示。 走访项目现场。).
  for (const piece of t.split(/(?<=[。！？])\s+/u)) if (piece) out.push({ text: piece, credit: null, creditRaw: null });
}

/**
 * A 图片新闻 item set as one paragraph: what happened, in full sentences, then the caption naming the
 * picture and its credit (9月19日，…迎接亚运圣火到来。图为工人在…摆放花卉。　方舟　摄). The sentences
 * are the item's text, 图为… and the credit its photo's caption: two units.
 */
export function splitPhotoNews(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    // The pattern's lazy scan is costly on every paragraph: only a unit naming a picture can match.
    const m = u.text.includes('图为') ? u.text.trim().match(PHOTO_NEWS) : null;
    if (!m?.groups || !splitCredit(m.groups.caption!)) {
      out.push(u);
      continue;
    }
    out.push({ ...u, text: m.groups.text!, blankAfter: false, runsOn: false });
    out.push({ ...u, text: m.groups.caption!, blankBefore: false, wideGapBefore: false, spaceBefore: false });
  }
  out.forEach((u, i) => (u.index = i));
  return out;
}

/** Sentences (one at least, no picture named in them), then 图为… to the end. */
const PHOTO_NEWS = /^(?<text>(?:(?!图为).)*?[^\s。！？]{2,}[。！？][”’」』）)]*)\s*(?<caption>图为\S.*)$/u;

/** A sign that a page prints photos: a credit (摄, 供图), a byline with 图 (文/图, 图/), a caption naming its picture (图为, 图①). */
const PHOTO_SIGN = /摄影?[）)]?$|供图|(?:^|\s)(?:文\s*[/／]\s*图|图\s*[/／]|图文\s*[/／])|^[（(]?图为|^图\s*[①②③④⑤⑥⑦⑧⑨⑩\d]/u;

/** A caption printed after a picture mark (▲板凳龙穿过湖镇老街。): one sentence, no label colon (▲社区：… is an item), its bracketed credit after it or not. */
const MARKED_CAPTION = /^[▲△]\s*[^：:。！？]+[。！？][”’」』）)]*(?:[（(][^（）()：:。！？]{2,16}(?:摄影?|供图)[）)])?$/u;
/** Lines a marked caption may wrap over (a caption set in a narrow column under its picture). */
const MARKED_CAPTION_MAX_LINES = 2;
/** A caption numbered to its picture (①灵峰景区的夫妻峰在夕阳下格外迷人。): one sentence, no comma or colon (a list's item explains). */
const NUMBERED_CAPTION = /^[①②③④⑤⑥⑦⑧⑨⑩]\s*[^，,；;：:。！？]+[。！？][”’」』）)]*$/u;
const circledLine = (p: Piece | undefined) => !!p && /^[①②③④⑤⑥⑦⑧⑨⑩]/u.test(p.text.trim());

/**
 * Captions set among a story's paragraphs by their marks: a ▲ line of one sentence, or a ①②③ line of one short
 * sentence standing alone between paragraphs of prose (no circled line right before or after it: that is a list).
 */
export function markMarkedCaptions(pieces: Piece[]) {
  // Only on a page that shows it prints pictures (a credit, a 文/图 byline, a 图为 caption): elsewhere ▲ and ① lead a list's points.
  if (!pieces.some((p) => PHOTO_SIGN.test(p.text.trim()))) return;
  pieces.forEach((p, i) => {
    if (p.kind !== null && p.kind !== 'numbered') return;
    if (p.lines.length > MARKED_CAPTION_MAX_LINES || p.length > CAPTION_MAX_CHARS) return;
    const t = p.text.trim();
    if (MARKED_CAPTION.test(t)) p.kind = 'caption';
    else if (p.lines.length !== 1) return;
    else if (NUMBERED_CAPTION.test(t) && !circledLine(pieces[i - 1]) && !circledLine(pieces[i + 1]) && !!pieces[i - 1]?.endsFullSentence) p.kind = 'caption';
  });
}
