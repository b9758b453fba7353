/**
 * The issue pages' own text as the published open data gives it (dist/data/issues/*.json): what an
 * issue page shows outside its articles — the furniture it lists (刊头题字, 投稿信箱, slogans,
 * notices; not a document's form labels) and the text not placed in an article. Read here, with no
 * code shared with src/search/, so the search tests' reference covers every text a reader can read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IssuePageText {
  url: string;
  publicationName: string;
  /** The issue's date, else its year, else '' (the order "newest first" uses). */
  dateKey: string;
  /** Its texts as printed. */
  texts: string[];
}

interface IssueJson {
  url: string;
  publicationName: string;
  date: string | null;
  year: number | null;
  furniture: { kind: string; text: string }[];
  unplaced: { text: string }[];
}

/** Every issue page of the built site that shows text outside its articles. */
export function readIssuePageTexts(dist: string): IssuePageText[] {
  const dir = join(dist, 'data', 'issues');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as IssueJson)
    .map((i) => ({
      url: i.url,
      publicationName: i.publicationName,
      dateKey: i.date ?? (i.year ? String(i.year) : ''),
      texts: [...i.furniture.filter((x) => x.kind !== 'label'), ...i.unplaced].map((x) => x.text).filter((t) => t.trim() !== ''),
    }))
    .filter((i) => i.texts.length > 0);
}
