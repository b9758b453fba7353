/**
 * What the PDF reader tells an editor about one file, in Chinese: the text layer's count and what
 * became of every character (read, or drawn twice and kept once), glyphs whose font gives no
 * Unicode value (page, position and the seed line they are on), pages with no text (a scan). A
 * file with no text at all (a scan) is published as its page image with a notice; nothing is
 * guessed. `error` is kept for a reading that must not publish (none at present). Pure.
 */
import type { SeedWarning } from '../records/schema.ts';
import type { PdfSeed } from './seed.ts';

/** Unmapped glyphs listed one by one up to this many; the rest are counted. */
const LISTED = 20;

/** The seed line whose box holds a point of a page (1-based), or 0. */
function lineAt(seed: PdfSeed, page: number, x: number, y: number): number {
  const i = seed.features.findIndex((f) => !!f && f.box.page === page && x >= f.box.x - 1 && x <= f.box.x + f.box.width + 1 && y >= f.box.y - 1 && y <= f.box.y + f.box.height + 2);
  return i + 1;
}

/** What an editor is told of a PDF with no text layer at all. */
export const scanNotice = (file: string, pages: number) =>
  `${file}：这个 PDF（${pages} 页）没有文字层，是扫描得到的图片：版面图和 PDF 照常发布，版面页上注明“文字需要文字识别”，文字暂时搜不到；没有猜测任何内容。做了文字识别（OCR）并核对后，把文字存为 .txt（或换成带文字层的 PDF）放进 seeds 文件夹`;

/** What an editor is told of one page with no text layer in a PDF of several pages. */
export const pageScanNotice = (file: string, page: number) =>
  `${file} 第${page}页：这一页没有文字层，是扫描得到的图片：这一版的版面图和 PDF 照常发布，版面页上注明“文字需要文字识别”，文字暂时搜不到；没有猜测任何内容。这一页做了文字识别（OCR）并核对后，把文字存为 .txt 放进 seeds 文件夹（或换成这一页带文字层的 PDF）；其余各页照常读入`;

/** The notes on a whole file, or (`page`) on one page of a file of several, read as its own 版. */
export function pdfNotes(file: string, seed: PdfSeed, page?: number): { warnings: SeedWarning[]; error: string | null } {
  const warnings: SeedWarning[] = [];
  if (seed.text.trim() === '') {
    // A scan: published as its page image and PDF, with a notice on the 版 page; its text is not guessed.
    warnings.push({ line: 0, code: 'other', message: page === undefined ? scanNotice(file, seed.pages.length) : pageScanNotice(file, page) });
    return { warnings, error: null };
  }
  if (seed.imageOnly.length)
    warnings.push({ line: 0, code: 'other', message: `第 ${seed.imageOnly.join('、')} 页没有文字层（扫描图片），这几页的文字需要文字识别（OCR）后另行补入；其余页照常读入` });
  const extra = [seed.doubled ? `${seed.doubled} 个字重复绘制（假粗体），各保留一个` : '', seed.folded ? `${seed.folded} 个字的编码与所画的字不符，按所画的字读（如部首 ⼤ 读作 大）` : ''].filter(Boolean);
  const layer = page === undefined ? 'PDF 文字层' : `第${page}页的 PDF 文字层`;
  warnings.push({ line: 0, code: 'other', message: `${layer}共 ${seed.layerChars} 字，全部读入${extra.length ? `；其中 ${extra.join('，')}` : ''}` });
  for (const u of seed.unmapped.slice(0, LISTED)) {
    const what = u.ch === '\uFFFD' ? '解码为空（字体没有 Unicode 映射）' : `解码为私用区字符 U+${u.ch.codePointAt(0)!.toString(16).toUpperCase()}`;
    warnings.push({ line: lineAt(seed, u.page, u.x, u.y), code: 'other', message: `第 ${u.page} 页（${u.x}, ${u.y}）处有一个字${what}，原样保留：请对照原版核对这个字` });
  }
  if (seed.unmapped.length > LISTED) warnings.push({ line: 0, code: 'other', message: `另有 ${seed.unmapped.length - LISTED} 个字没有可用的 Unicode 编码，原样保留：这个 PDF 的字体缺少编码表，请从排版系统重新导出（嵌入字体的 ToUnicode 表）` });
  return { warnings, error: null };
}
