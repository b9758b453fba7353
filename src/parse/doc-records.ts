/** Step 5–6 on a 公文 page: the document grammar's documents as article records. */
import { emptyByline, parseByline } from './byline.ts';
import type { Piece } from './classify.ts';
import { readDocumentPage } from './document.ts';
import { furnitureKind, hint, type Sink } from './sink.ts';
import { append } from './text.ts';
import type { ParseOptions, ParsingArticle } from './types.ts';

export function readDocuments(pieces: Piece[], sink: Sink, options: ParseOptions): ParsingArticle[] {
  const page = readDocumentPage(pieces, { isKnownWord: options.isKnownWord });
  for (const doc of page.documents) {
    append(sink.repairs, doc.body.repairs);
    append(sink.warnings, doc.body.warnings);
  }
  for (const f of page.furniture) sink.furnish(f.kind === 'page-number' ? 'page-number' : f.kind === 'label' ? 'label' : furnitureKind(f.piece), f.text ?? f.piece.text, f.piece.start);
  return page.documents.map((doc) => {
    const a: ParsingArticle = {
      order: 0,
      kind: 'document',
      kicker: null,
      headline: doc.title ?? doc.fields.issuer ?? '（无标题）',
      subheadline: null,
      byline: emptyByline(),
      date: doc.date,
      dateSource: doc.date ? 'text' : 'none',
      dateText: doc.dateText,
      column: null,
      // The document's own repairs; those made on its lines before it was read are added by the conductor.
      repairs: [...doc.body.repairs],
      body: [],
      blocks: doc.body.blocks,
      captions: [],
      source: { startLine: doc.start, endLine: doc.end },
      continuation: doc.body.continuation,
      document: doc.fields,
      warnings: [],
      hints: [],
      borrowedHeadline: !doc.title,
      inheritedColumn: false,
    };
    // A byline printed on a document (本报讯（…） when a paper prints it) is kept as its byline.
    const raws = [doc.body.leadByline, doc.body.trailingByline].filter((x): x is string => !!x);
    if (raws.length) a.byline = { ...parseByline(raws.join(' ')), raw: raws.join(' ') };
    sink.removed += doc.body.removed;
    sink.added += doc.body.added;
    for (const m of doc.body.markers) sink.furnish(m.kind ?? 'continuation', m.text, m.line);
    if (!doc.title) hint(a, 'document', '找不到公文标题');
    if (!doc.date) hint(a, 'document', '找不到落款日期');
    return a;
  });
}
