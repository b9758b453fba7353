/**
 * Ids and URLs. They must survive rebuilds: an article's id depends only on its publication,
 * issue date (or, for undated pages, its seed file), page and headline, never on file order or
 * on other seeds. README "Stable ids" documents the scheme.
 */
import { createHash } from 'node:crypto';

export const shortHash = (s: string, n = 6) => createHash('sha1').update(s.normalize('NFC')).digest('hex').slice(0, n);

/**
 * Date part of issue URLs. A day goes into an address only when it is known (metadata, or printed
 * on the page); otherwise the address says what an editor gave — the year, or `undated` — and
 * names the page by its file (`2022-003-01bd17f757b75270`, `undated-004-3ac0efa00b5db2aa`), never
 * by a day or month the parser inferred: an inference may improve, an address may not move. When
 * an editor later supplies the date, the page moves to it and `npm run check` redirects the old
 * address.
 */
export function issueDateKey(date: string | null, seed: string, knownYear: number | null = null): string {
  return date ?? `${knownYear ?? 'undated'}-${seedTag(seed)}`;
}

/** Longest file-name part kept in an address. */
const SEED_TAG_MAX = 40;

/**
 * A file name as an address part: `000_42a43713ae88928f.txt` → `000-42a43713ae88928f`. Names with
 * characters an address cannot show (柳市第3版.txt) keep their Latin letters and digits and get a
 * hash of the whole name, so two such names never meet.
 */
export function seedTag(seed: string): string {
  const stem = seed.replace(/\.txt$/iu, '');
  const plain = stem.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, SEED_TAG_MAX).replace(/-+$/u, '');
  const lossless = /^[A-Za-z0-9_.-]+$/u.test(stem) && stem.length <= SEED_TAG_MAX;
  if (lossless && plain) return plain;
  return plain ? `${plain}-${shortHash(seed, 6)}` : shortHash(seed, 8);
}

export const issueKey = (publication: string, dateKey: string) => `${publication}-${dateKey}`;
export const issueUrl = (publication: string, dateKey: string) => `/${publication}/${dateKey}/`;

/** Article slug inside its issue: `p1-3f9a2c` (page and headline hash), or the hash alone when the page is unknown. */
export function articleSlug(page: string | null, headline: string): string {
  const p = page ? `p${page.toLowerCase().replace(/[^a-z0-9]+/gu, '')}-` : '';
  return `${p}${shortHash(headline.replace(/\s+/gu, ''))}`;
}

/**
 * A 版 of a PDF of several pages is a seed of its own, named by its file and page the way a PDF's
 * own address names a page (`issue.pdf#page=2`, RFC 8118): articles, issue pages, reports and the
 * check carry this name, so each says which file and which page it came from. A file of one page
 * (and every text file) is named by its file name alone, as always.
 */
export const pdfPageSeed = (file: string, page: number) => `${file}#page=${page}`;

/** The file a seed name is read from, and the PDF page it is (null: the whole file). */
export function seedFileOf(seed: string): { file: string; pdfPage: number | null } {
  const m = /^(.+\.pdf)#page=(\d+)$/u.exec(seed);
  return m ? { file: m[1]!, pdfPage: Number(m[2]) } : { file: seed, pdfPage: null };
}

/** A seed as editors read it in Chinese: `issue.pdf 第2页`, or the file name. */
export function seedLabel(seed: string): string {
  const { file, pdfPage } = seedFileOf(seed);
  return pdfPage === null ? file : `${file} 第${pdfPage}页`;
}
