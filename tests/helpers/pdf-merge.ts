/**
 * A PDF of several pages made from PDFs of one page each (the typeset golden pages), for the tests
 * of an issue exported as one file: PDF.js's own page extraction (`extractPages`), the same the
 * site uses to cut a 版's page out of such a file, so the test needs no PDF library of its own.
 */
import { openPdf } from '../../src/pdf/read.ts';

export async function mergePdfs(files: Uint8Array[]): Promise<Uint8Array> {
  const [first, ...rest] = files;
  const doc = await openPdf(first!);
  try {
    return await doc.extractPages([{ document: null }, ...rest.map((document) => ({ document: document.slice() }))]);
  } finally {
    await doc.destroy();
  }
}
