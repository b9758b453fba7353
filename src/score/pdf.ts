/**
 * The PDF path of `npm run score:parse -- --pdf`: golden pages that have a page.pdf beside their
 * page.txt (typeset by `npm run typeset`) are read by the PDF reader and parsed with their layout
 * features, scored against the same key, and compared with the text path page by page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFeatures } from '../parse/features.ts';
import { readPdf } from '../pdf/read.ts';
import { pdfSeed } from '../pdf/seed.ts';
import type { GoldenPage } from './key.ts';
import { pool, type Metric, type PageScore } from './score.ts';
import { metricValue } from './thresholds.ts';

/** A PDF file as the parser's input: seed text and per-line features. */
export async function pdfParserInput(file: string): Promise<{ text: string; features: PageFeatures }> {
  const seed = pdfSeed(await readPdf(new Uint8Array(readFileSync(file))));
  return { text: seed.text, features: seed.features };
}

/** The golden pages that have a PDF, with it read. */
export async function goldenPdfInputs(pages: GoldenPage[]): Promise<{ page: GoldenPage; input: { text: string; features: PageFeatures } }[]> {
  const out = [];
  for (const page of pages) {
    const file = join(page.dir, 'page.pdf');
    if (existsSync(file)) out.push({ page, input: await pdfParserInput(file) });
  }
  return out;
}

/** The metrics the goals name for the PDF path. */
export const PDF_METRICS: Metric[] = ['articles', 'headline', 'stack', 'byline', 'first', 'last', 'captions'];

/** Per page, text beside PDF; and the pages where the PDF scores below the text on any metric. */
export function comparePaths(text: PageScore[], pdf: PageScore[]): { rows: string[][]; worse: string[] } {
  const cell = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const rows: string[][] = [];
  const worse: string[] = [];
  for (const p of pdf) {
    const t = text.find((s) => s.slug === p.slug);
    if (!t) continue;
    const tp = pool([t]);
    const pp = pool([p]);
    rows.push([p.slug, ...PDF_METRICS.map((m) => `${cell(metricValue(tp, m))}/${cell(metricValue(pp, m))}`)]);
    const below = PDF_METRICS.filter((m) => (metricValue(pp, m) ?? 1) < (metricValue(tp, m) ?? 1) - 1e-9);
    if (below.length) worse.push(`${p.slug}: ${below.join(', ')}`);
  }
  return { rows, worse };
}
