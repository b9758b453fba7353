/** Step 5–6 on a 公文 page: the document grammar's documents as article records. */
import { emptyByline, parseByline } from './byline.ts';
import type { Piece } from './classify.ts';
import { readDocumentPage } from './document.ts';
import { furnished, furnitureKind, hint, merge, report, type Report } from './report.ts';
import type { ParseOptions, ParsingArticle } from './types.ts';

export function readDocuments(pieces: Piece[], options: ParseOptions): { articles: ParsingArticle[]; report: Report } {
  const page = readDocumentPage(pieces, { isKnownWord: options.isKnownWord });
  const warnings = report({ warnings: page.documents.flatMap((doc) => doc.body.warnings) });
  const furniture = page.furniture.map((f) => furnished(f.kind === 'page-number' ? 'page-number' : f.kind === 'label' ? 'label' : furnitureKind(f.piece), f.text ?? f.piece.text, f.piece.start));
  const read = page.documents.map((doc) => {
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
    if (!doc.title) hint(a, 'document', '找不到公文标题');
    if (!doc.date) hint(a, 'document', '找不到落款日期');
    const markers = doc.body.markers.map((m) => furnished(m.kind ?? 'continuation', m.text, m.line));
    return { article: a, report: merge(report({ removed: doc.body.removed, added: doc.body.added }), ...markers) };
  });
  return { articles: read.map((r) => r.article), report: merge(warnings, ...furniture, ...read.map((r) => r.report)) };
}
