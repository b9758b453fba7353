/**
 * The real material a synthetic corpus is recombined from: the parsed seeds of `seeds/` (through the
 * project's own loader, so every piece is text the parser already read once) and the gazetteer's
 * villages. Nothing here is invented; the generator only reorders and substitutes.
 */
import { loadArchive } from '../../../src/archive/load.ts';
import { PATTERNS } from '../../../src/parse/constants.ts';
import { gazetteerWords } from '../../../src/places/gazetteer.ts';
import { useJieba } from '../../../src/places/jieba.ts';
import { readLexicon, type Lexicon } from './lexicon.ts';

/** A word of the real text with jieba's part-of-speech tag (`n`, `v`, `nr` …; `x` for punctuation). */
export interface TaggedWord {
  word: string;
  tag: string;
}

export interface HeadlineStack {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
}

export interface Material {
  /** 引题 / 主标题 / 副题 as printed, from news articles (feature/document titles are too long for a news page). */
  stacks: HeadlineStack[];
  /** Lead paragraphs with their dateline cut off (`柳市镇召开…`), to be given a new date. */
  leads: string[];
  /** Body paragraphs after the lead, from every article (news, feature, document). */
  paragraphs: string[];
  /** Reporters and correspondents named in bylines. */
  reporters: string[];
  correspondents: string[];
  /** Caption texts (`老后街风貌。`) and the credits printed after them (`黄瀚 摄`, `柳市镇供图`). */
  captions: string[];
  credits: string[];
  /** Places the real text names (full names), to be swapped for other villages. */
  placeNames: string[];
  /** Villages and communities of the paper's county (乐清市), by full name. */
  villages: string[];
  /**
   * Every text above (stack lines, leads, paragraphs, captions) cut into words by jieba with the
   * project's dictionary (the gazetteer added), so the generator can swap words for others of the
   * same part of speech. Joining the words gives the text back.
   */
  words: Map<string, TaggedWord[]>;
  /** jieba's dictionary with frequencies, and the names built from it (lexicon.ts). */
  lexicon: Lexicon;
}

/** The paper the corpus imitates: 柳市's town (for village names) and its county's division code. */
export const HOME_COUNTY_CODE = '330382';

/** Dateline at the start of a lead, with the comma after it (`3月17日，`, `近日，`). */
const LEAD_DATELINE = new RegExp(`(?:${PATTERNS.dateline.source.slice(1)}|${PATTERNS.vagueDateline.source.slice(1)})[，,]`, 'u');

/** A paragraph shorter than this is a fragment (a list line, a label); it would read oddly on its own. */
const MIN_PARAGRAPH_CHARS = 20;

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function readMaterial(seedsDir = 'seeds'): Material {
  const archive = loadArchive(seedsDir);
  const stacks: HeadlineStack[] = [];
  const leads: string[] = [];
  const paragraphs: string[] = [];
  for (const a of archive.articles) {
    if (a.kind === 'news') stacks.push({ kicker: a.kicker, headline: a.headline, subheadline: a.subheadline });
    const paras = a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    const first = paras[0] ?? '';
    const dateline = first.match(LEAD_DATELINE);
    if (a.kind === 'news' && dateline?.index === 0) {
      leads.push(first.slice(dateline[0].length));
      paras.shift();
    }
    paragraphs.push(...paras.filter((p) => [...p].length >= MIN_PARAGRAPH_CHARS && !PATTERNS.lead.test(p)));
  }
  const credits = archive.articles.flatMap((a) => a.captions.map((c) => c.creditRaw).filter((c): c is string => !!c));
  const home = archive.gazetteer.places.filter((p) => p.code?.startsWith(HOME_COUNTY_CODE) && (p.kind === 'village' || p.kind === 'community'));
  const captions = unique(archive.articles.flatMap((a) => a.captions.map((c) => c.text)).filter((t) => /[。．.]$/u.test(t)));
  const uniqueParagraphs = unique(paragraphs);
  // The loader has loaded jieba with this dictionary already; this returns the same instance.
  const jieba = useJieba(gazetteerWords(archive.gazetteer));
  const words = new Map<string, TaggedWord[]>();
  for (const text of [...stacks.flatMap((s) => [s.kicker, s.headline, s.subheadline]), ...leads, ...uniqueParagraphs, ...captions]) {
    if (text && !words.has(text)) words.set(text, jieba.tag(text));
  }
  return {
    stacks,
    leads,
    paragraphs: uniqueParagraphs,
    reporters: unique(archive.articles.flatMap((a) => a.byline.reporters)),
    correspondents: unique(archive.articles.flatMap((a) => a.byline.correspondents)),
    captions,
    credits: unique(credits),
    placeNames: unique(archive.articles.flatMap((a) => a.placeDetails.filter((p) => p.as === null && p.kind !== 'town').map((p) => p.name))),
    villages: unique(home.map((p) => p.name)).sort(),
    words,
    lexicon: readLexicon(),
  };
}
