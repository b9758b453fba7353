/**
 * Minimal PDFs written byte by byte for the reader's bad-input tests: pages of Latin text in a
 * standard font, a picture, Type 3 fonts whose glyphs map to private-use code points or to nothing,
 * an encryption dictionary whose password is not the empty one, a damaged page among good ones, any number of pages. Each file is
 * a valid PDF (objects, cross-reference table, trailer) unless a test cuts it.
 */
export interface MiniText {
  x: number;
  /** Baseline from the page's bottom (PDF's own coordinates). */
  y: number;
  size: number;
  text: string;
  /**
   * F1: Helvetica; F3: a Type 3 font whose codes A and B are glyphs named uniE001 (private use) and a
   * name with no Unicode; F4: a Type 3 font without a ToUnicode map whose codes 1 and 2 are glyphs
   * whose names say nothing (PDF.js decodes them to the control characters U+0001, U+0002: to nothing).
   */
  font?: 'F1' | 'F3' | 'F4';
}

export interface MiniPage {
  texts?: MiniText[];
  /** A grey picture drawn in this box [x, y, width, height]. */
  image?: [number, number, number, number];
  /**
   * A damaged page: its place in the page tree (a node of its own, /Count 1) leads to a number, not
   * a page dictionary. PDF.js counts it (the node's /Count) and fails on this page alone.
   */
  damaged?: boolean;
}

const escape = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);

export function makePdf(pages: MiniPage[], options: { encrypted?: boolean; width?: number; height?: number } = {}): Uint8Array {
  const W = options.width ?? 595;
  const H = options.height ?? 842;
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (content: string, dict = '') => `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  const catalog = add('');
  const pagesObj = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const glyph = add(stream('1000 0 0 0 800 800 d1 0 0 800 800 re f'));
  const f3 = add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /uniE001 ${glyph} 0 R /zzqx ${glyph} 0 R >> /Encoding << /Type /Encoding /Differences [65 /uniE001 /zzqx] >> /FirstChar 65 /LastChar 66 /Widths [1000 1000] /Resources << >> >>`,
  );
  const f4 = add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /zzqx ${glyph} 0 R /zzqy ${glyph} 0 R >> /Encoding << /Type /Encoding /Differences [1 /zzqx /zzqy] >> /FirstChar 1 /LastChar 2 /Widths [1000 1000] /Resources << >> >>`,
  );
  const image = add(stream('80c0ff40', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode'));
  const kids: number[] = [];
  for (const p of pages) {
    if (p.damaged) {
      const broken = add('42');
      kids.push(add(`<< /Type /Pages /Parent ${pagesObj} 0 R /Kids [${broken} 0 R] /Count 1 >>`));
      continue;
    }
    const ops: string[] = [];
    if (p.image) ops.push(`q ${p.image[2]} 0 0 ${p.image[3]} ${p.image[0]} ${p.image[1]} cm /Im1 Do Q`);
    for (const t of p.texts ?? []) ops.push(`BT /${t.font ?? 'F1'} ${t.size} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`);
    const content = add(stream(ops.join('\n')));
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${W} ${H}] /Contents ${content} 0 R /Resources << /Font << /F1 ${f1} 0 R /F3 ${f3} 0 R /F4 ${f4} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${'7a'.repeat(32)}> /U <${'c3'.repeat(32)}> /P -44 >>`) : 0;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
