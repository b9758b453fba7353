/**
 * `node src/pdf/cli.ts <file.pdf>`: reads one PDF and writes its parser input (PdfSeed) as JSON
 * to standard output, or `{ "error": … }` with the reason in Chinese. Run in its own process by
 * sync.ts, so the loader's synchronous path can read PDFs, and a file that hangs PDF.js or
 * exhausts its memory takes only this process down.
 */
import { readFileSync } from 'node:fs';
import { inflateInJavaScript, PdfError, readPdf } from './read.ts';
import { pdfSeed } from './seed.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('用法：node src/pdf/cli.ts <文件.pdf>\n');
  process.exit(2);
}
inflateInJavaScript();
try {
  const seed = pdfSeed(await readPdf(new Uint8Array(readFileSync(file))));
  process.stdout.write(JSON.stringify(seed));
} catch (err) {
  const reason = err instanceof PdfError ? err.reason : 'damaged';
  const message = err instanceof PdfError ? err.message : `PDF 读取出错（${(err as Error).message}）：请从排版系统重新导出这一版`;
  process.stdout.write(JSON.stringify({ error: message, reason }));
}
