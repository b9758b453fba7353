import { readFileSync } from 'node:fs';
import { readPdf } from '../src/pdf/read.ts';
import { pageGlyphs, emptyGlyphReport } from '../src/pdf/glyphs.ts';
import { pageLines, readingOrder, bodySize } from '../src/pdf/layout.ts';
const pages = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)));
const g = pageGlyphs(pages[0]!, emptyGlyphReport());
const body = bodySize(g);
const lines = pageLines(g);
for (const l of lines) if (l.top > Number(process.argv[3]) && l.top < Number(process.argv[4])) console.log(l.text.slice(0, 14), l.x0.toFixed(0), l.x1.toFixed(0), l.top.toFixed(1), l.bottom.toFixed(1), l.size, l.reach);
