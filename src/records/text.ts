/**
 * The text of an article, in one place: its blocks as lines, and the whole article as searchable
 * text. The parser's ledger, place matching, keywords, search documents and downloads all read
 * an article through these, so a new block type is added here once.
 */
import type { Block } from './schema.ts';

/** A block's text as lines, in reading order (a list's title and items, a stanza's lines, a turn with its speaker). */
export function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return [b.text];
    case 'list':
      return [...(b.title ? [b.title] : []), ...b.items.map((x) => (x.text ? `${x.label}：${x.text}` : x.label))];
    case 'verse':
      return b.lines;
    case 'turn':
      return [`${b.speaker}：${b.text}`];
    case 'note':
      return [b.label, ...b.text];
    case 'table':
      return b.rows.map((r) => r.join(' '));
    case 'signature':
      return b.lines;
  }
}

/**
 * Every text field of an article, one per line: stack, byline, body, captions. `byline: false`
 * leaves the byline out: what the article says, for place matching and keywords (a byline names
 * reporters, not what the story is about). A record without blocks (a previous build's
 * /data/articles.json) gives its body paragraphs instead.
 */
export function articleText(
  a: {
    kicker: string | null;
    headline: string;
    subheadline: string | null;
    byline?: { raw: string | null } | null;
    blocks?: Block[];
    body?: string[];
    captions: { text: string }[];
  },
  options: { byline?: boolean } = {},
): string {
  const byline = options.byline === false ? null : (a.byline?.raw ?? null);
  const body = a.blocks ? a.blocks.flatMap(blockLines) : (a.body ?? []);
  return [a.kicker, a.headline, a.subheadline, byline, ...body, ...a.captions.map((c) => c.text)].filter(Boolean).join('\n');
}
