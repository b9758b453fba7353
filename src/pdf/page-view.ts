/**
 * The 版 as printed, for the site: for a PDF seed, its page drawn to WebP at three widths, the
 * region of each of its articles in percentages of the page (so the links over the image scale
 * with it), the pictures its articles' captions stand under cut from the page, and the PDF itself,
 * each under the 版 page's own address (`<page url>page-800.webp`, `…page-1200.webp`,
 * `…page-1600.webp`, `…picture-<k>.webp`, `…page.pdf`), which is as permanent as the page. A scan
 * (no text layer) has its image and PDF and no regions. Text seeds have none.
 *
 * Computed while Astro renders the 版 and article pages (memoised per seed, so both share one
 * reading), and cached on disk by the PDF's SHA-256: a rebuild with the same PDF reads and
 * renders nothing. The files are registered here and copied into the output at the end of the
 * build by the pdf-pages integration (src/integrations/pdf-pages.ts); the two sides meet through
 * a global symbol, as in handoff.ts, because they load this module through different module graphs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSeedsDir } from '../archive/load.ts';
import { seedFileOf } from '../archive/ids.ts';
import { spillPageFile } from '../integrations/build-spill.ts';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf, readDoc } from './read.ts';
import { articleRegions, type ArticleRegion } from './regions.ts';
import { drawPage, encodeWidths, PAGE_IMAGE_WIDTHS, pageQuality, pixelsImage, WEBP_EFFORT } from './render.ts';
import { pdfSeed, type PdfSeed } from './seed.ts';
import type { Box } from './types.ts';

export { PAGE_IMAGE_WIDTHS } from './render.ts';
/** A picture cut from the page is published at most this wide (it is drawn from the 1600 px page). */
const PICTURE_MAX_WIDTH = 800;

/** A rectangle in percentages of the page's width and height, top-left origin. */
export interface PageRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A picture cut from the page: its file, its size in pixels and its caption (the alt text). */
export interface PagePicture {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageRegion extends PageRect {
  /** Index of the article among the articles passed in. */
  index: number;
  headline: string;
  /** The region's parts (a run of lines per column, each picture); the fields above are their union. */
  boxes: PageRect[];
  /** The article's pictures, cut from the page. */
  pictures: PagePicture[];
}

export interface PdfPageView {
  /** Page number in the PDF. */
  pdfPage: number;
  /** Pages in the PDF file: more than one when the 版 is one page of a file of several. */
  pdfPages: number;
  /**
   * The download is the whole file (the 版 is its page `pdfPage`): a page of a file of several
   * whose page could not be cut out on its own. False for a file of one page and for a page cut out.
   */
  pdfWhole: boolean;
  /** The page's aspect, height / width. */
  aspect: number;
  images: { width: number; url: string }[];
  pdfUrl: string;
  regions: PageRegion[];
  /** The page has no text layer (a scan): its image is published, its text awaits 文字识别. */
  scan: boolean;
}

/** Where read seeds and rendered pages are kept: PDF_CACHE_DIR, or beside the parse cache. */
const cacheDir = () => resolve(process.env.PDF_CACHE_DIR || 'node_modules/.cache/liushi-archive/pdf-pages');

const pct = (v: number, of: number) => Math.round((v / of) * 10000) / 100;
/** A box in PDF points as percentages of its page; a little margin so the outline does not touch the type. */
const rect = (b: Box, page: { width: number; height: number }): PageRect => {
  const m = 2;
  return { left: pct(b.x - m, page.width), top: pct(b.y - m, page.height), width: pct(b.width + 2 * m, page.width), height: pct(b.height + 2 * m, page.height) };
};

/** An open document shared by the reading and the drawing of one build (PDF.js loads a page's fonts once per document). */
function lazyDoc(bytes: Uint8Array) {
  let doc: Promise<PDFDocumentProxy> | null = null;
  return {
    get: () => (doc ??= openPdf(bytes)),
    close: async () => {
      if (doc) await (await doc).destroy();
    },
  };
}
type LazyDoc = ReturnType<typeof lazyDoc>;

/** JSON keeps a line with no features (a blank line) as null; the reading has it undefined. */
const revived = (seed: PdfSeed): PdfSeed => ({
  ...seed,
  features: seed.features.map((f) => f ?? undefined),
  ...(seed.perPage ? { perPage: seed.perPage.map((p) => (p.seed ? { ...p, seed: revived(p.seed) } : p)) } : {}),
});

/** A PDF's reading (text, features, page geometry, and each page's own for a file of several), from the cache or PDF.js. */
async function seedOf(doc: LazyDoc, dir: string, pages: 'whole' | 'per-page'): Promise<PdfSeed> {
  const file = join(dir, 'seed.json');
  if (existsSync(file)) {
    const seed = revived(JSON.parse(readFileSync(file, 'utf8')) as PdfSeed);
    // A reading cached before a file's pages were read one by one has no perPage: read again.
    if (pages === 'whole' || seed.perPage) return seed;
  }
  const seed = pdfSeed(await readDoc(await doc.get()));
  writeFileSync(file, JSON.stringify(seed));
  return seed;
}

/**
 * One page of a PDF of several as a PDF of its own (PDF.js's page extraction, which keeps its fonts
 * and text layer), cached beside the page's images; null when it cannot be cut out (the whole file
 * is offered then, naming the page).
 */
async function pagePdf(doc: LazyDoc, dir: string, page: number): Promise<string | null> {
  const file = join(dir, `p${page}.pdf`);
  if (existsSync(file)) return file;
  try {
    const bytes = await (await doc.get()).extractPages([{ document: null, includePages: [page - 1] }]);
    if (!bytes?.length) return null;
    writeFileSync(file, bytes);
    return file;
  } catch {
    return null;
  }
}

/** Where a picture (a box in PDF points) is cut from the page drawn at the largest width, and the size it is published at. */
function pictureCut(b: Box, page: { width: number; height: number }) {
  const full = Math.max(...PAGE_IMAGE_WIDTHS);
  const scale = full / page.width;
  const [pw, ph] = [full, Math.round(page.height * scale)];
  const left = Math.min(pw - 1, Math.max(0, Math.floor(b.x * scale)));
  const top = Math.min(ph - 1, Math.max(0, Math.floor(b.y * scale)));
  const width = Math.max(1, Math.min(pw - left, Math.ceil(b.width * scale)));
  const height = Math.max(1, Math.min(ph - top, Math.ceil(b.height * scale)));
  const outWidth = Math.min(width, PICTURE_MAX_WIDTH);
  return { left, top, width, height, out: { width: outWidth, height: Math.max(1, Math.round((height * outWidth) / width)) } };
}

const pictureFile = (dir: string, page: number, image: number) => join(dir, `p${page}-picture-${image}.webp`);

/**
 * The page's WebP files at each width, and each of its pictures cut out of the page, drawn once
 * per PDF and page: the page is drawn at the largest width and everything is cut and scaled from it.
 */
async function imagesOf(doc: LazyDoc, dir: string, page: number, pictures: Map<number, Box>, size: { width: number; height: number }): Promise<string[]> {
  const files = PAGE_IMAGE_WIDTHS.map((w) => join(dir, `p${page}-${w}.webp`));
  if ([...files, ...[...pictures.keys()].map((i) => pictureFile(dir, page, i))].every((f) => existsSync(f))) return files;
  const pixels = await drawPage(await doc.get(), page, Math.max(...PAGE_IMAGE_WIDTHS));
  const images = await encodeWidths(pixels, [...PAGE_IMAGE_WIDTHS], pageQuality);
  images.forEach((img, i) => writeFileSync(files[i]!, img.webp));
  for (const [i, b] of pictures) {
    const cut = pictureCut(b, size);
    const out = pixelsImage(pixels).extract({ left: cut.left, top: cut.top, width: cut.width, height: cut.height }).resize({ width: cut.out.width });
    writeFileSync(pictureFile(dir, page, i), await out.webp({ quality: 75, effort: WEBP_EFFORT }).toBuffer());
  }
  return files;
}

type ArticleLike = { headline: string; source: { startLine: number; endLine: number }; captions?: { text: string }[] };

/** A picture's alt text: its caption as printed (the article's caption it holds, or the line itself); none printed, 版面图片. */
function pictureAlt(seed: PdfSeed, line: number, article: ArticleLike): string {
  const printed = (seed.text.split('\n')[line - 1] ?? '').trim();
  const caption = article.captions?.find((c) => c.text && printed.includes(c.text.slice(0, 8)))?.text;
  return (caption ?? printed) || '版面图片';
}

/**
 * The view of a 版: a whole PDF file (`filePage` null), or page `filePage` of a file of several,
 * read as its own seed (src/archive/seed.ts), whose articles' lines index that page's reading.
 */
async function build(path: string, filePage: number | null, pageUrl: string, articles: ArticleLike[]): Promise<PdfPageView | null> {
  const bytes = new Uint8Array(readFileSync(path));
  const dir = join(cacheDir(), createHash('sha256').update(bytes).digest('hex'));
  mkdirSync(dir, { recursive: true });
  const doc = lazyDoc(bytes);
  try {
    const whole = await seedOf(doc, dir, filePage === null ? 'whole' : 'per-page');
    const seed = filePage === null ? whole : whole.perPage?.find((p) => p.number === filePage)?.seed;
    // A damaged page has no reading (the loader reported it and published no 版 for it).
    if (!seed) return null;
    const regions = articleRegions(articles.map((a, i) => ({ order: i, headline: a.headline, source: a.source })), seed.features, seed.pages);
    // A seed read from a whole file of several pages (one before pages were read one by one): the page most of its articles stand on.
    const counts = new Map<number, number>();
    for (const r of regions) counts.set(r.page, (counts.get(r.page) ?? 0) + 1);
    const pdfPage = filePage ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? seed.pages[0]?.number ?? 1;
    const geometry = seed.pages.find((p) => p.number === pdfPage);
    if (!geometry) return null;
    const here = regions.filter((r) => r.page === pdfPage);
    // Only the pictures an article holds are cut out (a scan's one picture is the page itself).
    const pictures = new Map(here.flatMap((r) => r.pictures.map((p) => [p.image, p.box] as const)));
    const files = await imagesOf(doc, dir, pdfPage, pictures, geometry);
    const base = pageUrl.replace(/^\/+/u, '');
    // Each file the page shows is registered in the build's spill folder: src/integrations/pdf-pages.ts copies it into the output.
    const images = PAGE_IMAGE_WIDTHS.map((width, i) => {
      spillPageFile(`${base}page-${width}.webp`, files[i]!);
      return { width, url: `${pageUrl}page-${width}.webp` };
    });
    const pdfPages = whole.perPage?.length ?? whole.pages.length;
    // A page of a file of several downloads as itself when it can be cut out; a file of one page is itself.
    const onePage = filePage === null ? path : await pagePdf(doc, dir, pdfPage);
    spillPageFile(`${base}page.pdf`, onePage ?? path);
    const picture = (p: ArticleRegion['pictures'][number], article: ArticleLike): PagePicture => {
      spillPageFile(`${base}picture-${p.image + 1}.webp`, pictureFile(dir, pdfPage, p.image));
      const { out } = pictureCut(p.box, geometry);
      return { url: `${pageUrl}picture-${p.image + 1}.webp`, width: out.width, height: out.height, alt: pictureAlt(seed, p.captionLine, article) };
    };
    return {
      pdfPage,
      pdfPages,
      pdfWhole: filePage !== null && onePage === null,
      aspect: geometry.height / geometry.width,
      images,
      pdfUrl: `${pageUrl}page.pdf`,
      scan: seed.imageOnly.includes(pdfPage),
      regions: here.map((r) => ({
          index: r.order,
          headline: r.headline,
          ...rect(r.box, geometry),
          boxes: r.boxes.map((b) => rect(b, geometry)),
          pictures: r.pictures.map((p) => picture(p, articles[r.order]!)),
        })),
    };
  } finally {
    await doc.close();
  }
}

const views = new Map<string, Promise<PdfPageView | null>>();

/**
 * The page view of a 版 read from a PDF seed; null for a text seed or a 版 without an address.
 * `articles` are the 版's articles in reading order (their `source` lines index the PDF's reading).
 */
export function pdfPageView(page: { seed: string; url: string | null; articles: ArticleLike[] }): Promise<PdfPageView | null> {
  const { file, pdfPage } = seedFileOf(page.seed);
  if (!/\.pdf$/u.test(file) || !page.url) return Promise.resolve(null);
  const path = join(defaultSeedsDir(), file);
  const key = `${path}\n${page.url}`;
  let view = views.get(key);
  if (!view) {
    // The page is published without its image rather than not at all (the loader read this PDF, so this is rare).
    view = build(path, pdfPage, page.url, page.articles).catch((err: unknown) => {
      console.warn(`[pdf-pages] ${page.seed}：版面图没有生成（${(err as Error).message}），${page.url} 只列出标题`);
      return null;
    });
    views.set(key, view);
  }
  return view;
}

/** The pictures cut from the page for one of a 版's articles (none for a text seed or an article without pictures). */
export async function articlePictures(page: { seed: string; url: string | null; articles: ArticleLike[] }, article: ArticleLike): Promise<PagePicture[]> {
  const view = await pdfPageView(page);
  const index = page.articles.indexOf(article);
  return view?.regions.find((r) => r.index === index)?.pictures ?? [];
}
