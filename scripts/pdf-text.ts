/**
 * `node scripts/pdf-text.ts <file.pdf> [--features]`: what the PDF reader makes of a file — the
 * seed text the parser reads, and with --features each line's layout features. For editors and
 * for debugging the reader.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readPdf } from '../src/pdf/read.ts';
import { pdfSeed } from '../src/pdf/seed.ts';

const { values, positionals } = parseArgs({ options: { features: { type: 'boolean', default: false } }, allowPositionals: true });
for (const file of positionals) {
  const seed = pdfSeed(await readPdf(new Uint8Array(readFileSync(file))));
  const lines = seed.text.split('\n');
  lines.forEach((l, i) => {
    const f = seed.features[i];
    console.log(values.features && f ? `${l}\t${JSON.stringify({ ...f, box: undefined })}` : l);
  });
  console.error(`${file}: 文字层 ${seed.layerChars} 字，重复绘制 ${seed.doubled}，部首改读 ${seed.folded}，无 Unicode ${seed.unmapped.length}，无文字页 ${seed.imageOnly.join(',') || '无'}`);
}
