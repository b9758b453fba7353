/**
 * The search's truth (the substring oracle), written here from the published records alone (no code
 * from src/search/), so that the search is judged against an independent definition — by the index
 * tests (tests/search/index.test.ts) and the benchmark (scripts/bench-search.ts):
 *
 * an article is relevant to a query when the query, with whitespace removed, is a substring of one
 * of the article's text fields with whitespace removed, Latin letters compared without case.
 * Fields: headline, kicker, subheadline, byline as printed, body paragraphs, captions (text and
 * credit as printed), and, for official documents, the document fields (发文机关, 文号, 签发人, 主送,
 * 落款) that are printed text of the document but not part of its body.
 *
 * An issue page is relevant in the same way through the text it shows as its own under 版面其他文字:
 * its page furniture (本版责任编辑, 投稿信箱, 刊头题字 …) except the document-format labels, which
 * belong to their documents, and the text the parser could not place.
 */
import type { Article, Issue } from '../../src/records/schema.ts';
import { prng } from './prng.ts';

/** Text fields random substrings are drawn from (the brief's list: what a reader reads). */
export function readerFields(a: Article): string[] {
  return [a.headline, a.kicker, a.subheadline, a.byline.raw, ...a.body, ...a.captions.flatMap((c) => [c.text, c.creditRaw])].filter(
    (s): s is string => !!s && !!s.trim(),
  );
}

/** Fields the truth looks in: the reader fields plus the document fields. */
export function truthFields(a: Article): string[] {
  const d = a.document;
  const doc = d ? [d.issuer, d.number, d.signer, d.addressee, d.closingOrgan, d.closingDate] : [];
  return [...readerFields(a), ...doc.filter((s): s is string => !!s && !!s.trim())];
}

/** Comparison form: whitespace removed, lower case (only Latin and other cased letters change). */
export const norm = (s: string) => s.replace(/\s+/gu, '').toLowerCase();

/** Fields the truth looks in on an issue page: its own printed text (furniture but labels, unplaced text). */
export function issuePageFields(issue: Pick<Issue, 'furniture' | 'unplaced'>): string[] {
  return [...issue.furniture.filter((f) => f.kind !== 'label'), ...issue.unplaced].map((x) => x.text).filter((t) => !!t.trim());
}

export class Truth {
  private fields: Array<{ url: string; texts: string[] }>;
  constructor(articles: Article[], issues: Pick<Issue, 'url' | 'furniture' | 'unplaced'>[] = []) {
    this.fields = [
      ...articles.map((a) => ({ url: a.url, texts: truthFields(a).map(norm) })),
      ...issues.map((i) => ({ url: i.url, texts: issuePageFields(i).map(norm) })).filter((f) => f.texts.length > 0),
    ];
  }
  /** URLs of the articles (and issue pages, when given) containing the query (empty query: none). */
  relevant(query: string): Set<string> {
    const q = norm(query);
    const out = new Set<string>();
    if (!q) return out;
    for (const f of this.fields) if (f.texts.some((t) => t.includes(q))) out.add(f.url);
    return out;
  }
  /** The normalised fields of one article. */
  textsOf(url: string): string[] {
    return this.fields.find((f) => f.url === url)?.texts ?? [];
  }
}


const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * `count` distinct random substrings of 2–8 characters of the reader fields (whitespace removed),
 * positions uniform over all the text. A substring must begin and end with a letter, digit or Han
 * character (readers do not type leading punctuation); punctuation inside is kept.
 */
export function randomSubstrings(articles: Article[], count: number, seed: number): string[] {
  const fields = articles.flatMap((a) => readerFields(a)).map((s) => Array.from(s.replace(/\s+/gu, '')));
  const total = fields.reduce((n, f) => n + f.length, 0);
  const random = prng(seed);
  const out = new Set<string>();
  let attempts = 0;
  while (out.size < count && attempts < count * 200) {
    attempts++;
    let p = Math.floor(random() * total);
    const len = 2 + Math.floor(random() * 7);
    let f = 0;
    while (p >= fields[f]!.length) p -= fields[f++]!.length;
    const chars = fields[f]!;
    if (p + len > chars.length) continue;
    const sub = chars.slice(p, p + len);
    if (!SEARCHABLE.test(sub[0]!) || !SEARCHABLE.test(sub[sub.length - 1]!)) continue;
    out.add(sub.join(''));
  }
  return [...out];
}
