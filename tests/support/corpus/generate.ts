/**
 * A synthetic archive of a weekly town paper, made from real seed material (see material.ts):
 * pure — material + options in, file name → file text out — and deterministic for a given seed
 * number. Two vocabularies:
 *  - `lexicon` (the default): the seeds' sentences with a share of their words (nouns, verbs,
 *    adjectives, idioms …) swapped for words of the same part of speech drawn by frequency from
 *    jieba's dictionary, and the people they name for names drawn from real surname and
 *    given-name distributions (lexicon.ts), so the vocabulary keeps growing with the archive as
 *    real news text does (`npm run bench:corpus` measures it against the seeds' own curve);
 *  - `seeds`: the seeds' text recombined as it stands (the old corpus): a tiny vocabulary, every
 *    posting list dense — kept as the worst case for repetition.
 *  Pages are written in the raw shape the parser reads (see seeds/000 and 001): headline
 * stacks on their own lines, 本报讯 bylines, paragraphs one per line or hard-wrapped in narrow
 * columns, paragraphs cut by a page break, bold kickers extracted twice, captions with credits,
 * （下转2版）/（上接1版） continuations and page furniture (投稿 address, 刊头 credit, 责任编辑).
 */
import { stringify as toYaml } from 'yaml';
import type { HeadlineStack, Material } from './material.ts';
import { personName } from './lexicon.ts';
import { prng } from '../prng.ts';

/** One issue a week: the paper in the issue text ("weekly for twenty years"). */
export const DAYS_BETWEEN_ISSUES = 7;
/** Twenty years of weeks (20 × 365.25 / 7): a smaller corpus spreads its issues over the same span. */
export const WEEKS_IN_TWENTY_YEARS = 1043;
/** First issue: a Wednesday in January 2004, twenty years before the real seeds' 2023 pages. */
export const FIRST_ISSUE_DATE = '2004-01-07';
/** Pages per issue and articles per page: 8 × 5 = 40 articles an issue, so N issues ≈ 8N pages ≈ 40N articles. */
export const PAGES_PER_ISSUE = 8;
/** Articles on each of the 8 pages (sum 40), shuffled per issue: a front page is not always the fullest. */
export const ARTICLES_PER_PAGE = [4, 6, 5, 5, 4, 6, 5, 5] as const;
export const ARTICLES_PER_ISSUE = ARTICLES_PER_PAGE.reduce((a, b) => a + b, 0);
/** 版面名 of pages 1–8. */
export const PAGE_NAMES = ['要闻', '综合', '经济', '社会', '镇村', '文化', '专题', '副刊'] as const;

/** How often each artifact of the real extractions appears (per page or per article, as named). */
export const RATES = {
  /** Page whose paragraphs are hard-wrapped in a narrow column (001 is; 000 and 003 are not). */
  wrappedPage: 0.3,
  /** Article whose kicker comes from another story (recombination of the headline stack). */
  otherKicker: 0.4,
  /** Article whose headline names a village instead of the town. */
  villageHeadline: 0.4,
  /** Article whose kicker was printed bold and extracted twice (001's 全域善治和美柳川全域善治和美柳川). */
  doubledKicker: 0.1,
  /** Article with a correspondent (通讯员) besides the reporter(s). */
  correspondent: 0.4,
  /** Article whose lead has a day (3月17日) rather than 近日. */
  datedLead: 0.75,
  /** Article with a photo caption after its body. */
  caption: 0.25,
  /** Article with a paragraph cut by a column or page break (000's 习近平总书记 / 在全国两会期间). */
  pageBreak: 0.15,
  /** Issue whose front page story continues on page 2 (003's （下转2版）). */
  continued: 0.3,
} as const;
/**
 * The lexicon vocabulary: the share of the seeds' content words swapped for a dictionary word of
 * the same part of speech. Chosen so that the corpus's vocabulary curve runs with the seeds' own
 * over the seeds' length (npm run bench:corpus prints both).
 */
export const WORD_SWAP_RATE = 0.25;
/** jieba tags of words that may be swapped: nouns, verbs, adjectives, adverbial adjectives, idioms, set phrases, abbreviations, time words, organisations. */
export const SWAP_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'i', 'l', 'j', 'nz', 'nt', 't', 'b', 'ng']);
/** jieba tags of person names: every person named gets another name (the same one throughout a story). */
export const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** A drawn word must not look like what the parser reads as a byline, credit or page furniture. */
const PARSER_WORDS = /记者|通讯员|摄|供图|编辑|本报|报讯|下转|上接|版|期|题字|投稿/u;
/** Reporters on the paper's staff over the twenty years, and how many work at one time. */
export const STAFF = { reporters: 24, atOnce: 8, correspondents: 60 } as const;
/** Body paragraphs after the lead: 1 to this many. */
export const MAX_BODY_PARAGRAPHS = 5;
/** Width of a narrow column in characters (001: 13–15). */
export const COLUMN_WIDTH = { min: 12, max: 17 } as const;
/** A lead dated up to this many days before the issue that reports it. */
export const MAX_LEAD_DAYS_BEFORE = 6;

export const PUBLICATIONS = [
  { slug: 'liushi', name: '柳市', description: '柳市镇的镇报（浙江省乐清市），刊头题字沈鹏。合成语料：由真实版面的段落、标题、署名和图片说明重新组合。' },
];

export type Vocabulary = 'lexicon' | 'seeds';
export const VOCABULARIES: Vocabulary[] = ['lexicon', 'seeds'];

export interface CorpusOptions {
  /** Seed number of the pseudo-random generator: same options → byte-identical corpus. */
  seed: number;
  /** `lexicon` (default): words and names drawn from a real lexicon; `seeds`: the seeds' text recombined as it is. */
  vocabulary?: Vocabulary;
  /** Share of content words swapped with the lexicon vocabulary (default WORD_SWAP_RATE). */
  swapRate?: number;
  /** Number of issues (8 pages, 40 articles each). */
  issues?: number;
  /** Exact number of articles instead (the last issue is cut short). */
  articles?: number;
  /** Continue the last issue's front-page story on page 2, whatever the dice say (the walk site needs one). */
  continueLast?: boolean;
  /**
   * The number of issues the twenty years are planned for (dates and reporters), default the number
   * made. A corpus of one issue more with the span of the smaller one keeps every earlier issue
   * byte-identical and dates the new one a spacing after the last: a weekly publish.
   */
  span?: number;
}

export interface Corpus {
  /** File name → text, `metadata.yaml` included. */
  files: Map<string, string>;
  issues: number;
  pages: number;
  /** Articles the parser should find (continuations `（上接1版）` count as articles, as the site shows them). */
  articles: number;
}


class Dice {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  chance(p: number) {
    return this.next() < p;
  }
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** k distinct items, in the order drawn. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    return this.sample(xs, xs.length);
  }
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));

/** Issue dates: weekly from FIRST_ISSUE_DATE, spread over twenty years when there are fewer issues than weeks (planned for `span` issues). */
export function issueDates(count: number, span = count): string[] {
  const weeksApart = Math.max(1, Math.floor(WEEKS_IN_TWENTY_YEARS / Math.max(1, span)));
  return Array.from({ length: count }, (_, i) => addDays(FIRST_ISSUE_DATE, i * weeksApart * DAYS_BETWEEN_ISSUES));
}

/** Cut text into lines of `width` characters (code points), as a narrow PDF column extracts. */
function wrap(text: string, width: number): string {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines.join('\n');
}

/** Bold text extracted as two glyph runs: each space-separated part printed twice. */
const doubled = (line: string) =>
  line
    .split(' ')
    .map((part) => part + part)
    .join(' ');

interface Story {
  stack: HeadlineStack;
  lead: string;
  paragraphs: string[];
  caption: string | null;
}

/** Replace the real text's place names with villages chosen for this story (the same village for the same name). */
function placeSwapper(m: Material, dice: Dice): (text: string) => string {
  const chosen = new Map<string, string>();
  const re = m.placeNames.length ? new RegExp(m.placeNames.join('|'), 'gu') : null;
  return (text) =>
    re
      ? text.replace(re, (name) => {
          if (!chosen.has(name)) chosen.set(name, dice.pick(m.villages));
          return chosen.get(name)!;
        })
      : text;
}

/**
 * The lexicon vocabulary's word swapper for one story: each content word of a seed text is, with
 * WORD_SWAP_RATE, replaced by a word of the same part of speech drawn by frequency from the
 * lexicon; each person named gets a drawn name (the same name for the same person in the story).
 * The seeds vocabulary returns the text unchanged.
 */
function wordSwapper(m: Material, dice: Dice, vocabulary: Vocabulary, rate: number): (text: string) => string {
  if (vocabulary === 'seeds') return (text) => text;
  const names = new Map<string, string>();
  const draw = (tag: string): string | null => {
    const sampler = m.lexicon.byTag.get(tag);
    if (!sampler) return null;
    for (let i = 0; i < 4; i++) {
      const w = sampler.draw(dice.next());
      if (!PARSER_WORDS.test(w)) return w;
    }
    return null;
  };
  return (text) => {
    const words = m.words.get(text);
    if (!words) return text;
    let out = '';
    for (const { word, tag } of words) {
      if (NAME_TAGS.has(tag) && /^\p{Script=Han}{2,4}$/u.test(word)) {
        if (!names.has(word)) names.set(word, personName(m.lexicon, dice.next));
        out += names.get(word)!;
      } else if (SWAP_TAGS.has(tag) && /^\p{Script=Han}+$/u.test(word) && !PARSER_WORDS.test(word) && dice.chance(rate)) {
        out += draw(tag) ?? word;
      } else out += word;
    }
    return out;
  };
}

/** The paper's staff: reporters and correspondents with drawn names (lexicon), or the seeds' own. */
interface Staff {
  reporters: string[];
  correspondents: string[];
}

function staffOf(m: Material, dice: Dice, vocabulary: Vocabulary): Staff {
  if (vocabulary === 'seeds') return { reporters: m.reporters, correspondents: m.correspondents };
  const names = (n: number) => {
    const out = new Set<string>();
    while (out.size < n) out.add(personName(m.lexicon, dice.next));
    return [...out];
  };
  return { reporters: names(STAFF.reporters), correspondents: names(STAFF.correspondents) };
}

/** The reporters at work in the issue `i` of `count`: a window sliding over the staff through the years. */
function reportersAt(staff: Staff, i: number, count: number): string[] {
  if (staff.reporters.length <= STAFF.atOnce) return staff.reporters;
  const start = Math.floor((i / Math.max(1, count)) * (staff.reporters.length - STAFF.atOnce + 1));
  return staff.reporters.slice(start, start + STAFF.atOnce);
}

interface StoryContext {
  vocabulary: Vocabulary;
  swapRate: number;
  reporters: string[];
  correspondents: string[];
}

function story(m: Material, dice: Dice, issueDate: string, ctx: StoryContext): Story {
  const place = placeSwapper(m, dice);
  const words = wordSwapper(m, dice, ctx.vocabulary, ctx.swapRate);
  const swap = (text: string) => place(words(text));
  const base = dice.pick(m.stacks);
  const kicker = dice.chance(RATES.otherKicker) ? dice.pick(m.stacks).kicker : base.kicker;
  const headline = dice.chance(RATES.villageHeadline) ? words(base.headline).replace(/^柳市镇/u, dice.pick(m.villages)) : base.headline;
  const reporters = dice.sample(ctx.reporters, dice.int(1, 2)).join(' ');
  const correspondent = dice.chance(RATES.correspondent) && ctx.correspondents.length ? ` 通讯员 ${dice.pick(ctx.correspondents)}` : '';
  const day = addDays(issueDate, -dice.int(0, MAX_LEAD_DAYS_BEFORE));
  const [, month, date] = day.split('-').map(Number);
  const dateline = dice.chance(RATES.datedLead) ? `${month}月${date}日` : '近日';
  return {
    stack: { kicker: kicker ? swap(kicker) : null, headline: headline === base.headline ? swap(headline) : place(headline), subheadline: base.subheadline ? swap(base.subheadline) : null },
    lead: `本报讯（乐清市融媒体中心记者 ${reporters}${correspondent}）${dateline}，${swap(dice.pick(m.leads))}`,
    paragraphs: dice.sample(m.paragraphs, dice.int(1, MAX_BODY_PARAGRAPHS)).map(swap),
    caption: dice.chance(RATES.caption) && m.captions.length ? `${swap(dice.pick(m.captions))}${credit(m, dice, ctx)}` : null,
  };
}

/** A photo credit: the seeds' own (黄瀚 摄, 柳市镇供图), or with the lexicon, half of them a staff reporter's. */
function credit(m: Material, dice: Dice, ctx: StoryContext): string {
  const printed = dice.pick(m.credits);
  if (ctx.vocabulary === 'seeds' || !dice.chance(0.5)) return printed;
  return `${dice.pick(ctx.reporters)} 摄`;
}

/** A paragraph cut in two by a column break, away from punctuation (the parser re-joins such halves). */
function withBreak(paragraph: string, dice: Dice): string {
  const chars = [...paragraph];
  const candidates = chars.map((_, i) => i).filter((i) => i > 4 && i < chars.length - 4 && /\p{Script=Han}/u.test(chars[i - 1]!) && /\p{Script=Han}/u.test(chars[i]!));
  if (!candidates.length) return paragraph;
  const at = dice.pick(candidates);
  return `${chars.slice(0, at).join('')}\n\n${chars.slice(at).join('')}`;
}

function storyText(s: Story, dice: Dice, column: number | null, continued: boolean): string {
  const out: string[] = [];
  if (s.stack.kicker) out.push(dice.chance(RATES.doubledKicker) ? doubled(s.stack.kicker) : s.stack.kicker);
  out.push(s.stack.headline);
  if (s.stack.subheadline) out.push(s.stack.subheadline);
  const paragraphs = [s.lead, ...s.paragraphs];
  if (dice.chance(RATES.pageBreak)) {
    const i = dice.int(1, paragraphs.length - 1);
    if (i > 0) paragraphs[i] = withBreak(paragraphs[i]!, dice);
  }
  // A story continued on page 2 stops after the first clause of a sentence: 会议指出，（下转2版）.
  if (continued) paragraphs.push('会议强调，（下转2版）');
  const set = (p: string) => (column ? p.split('\n\n').map((part) => wrap(part, column)).join('\n\n') : p);
  out.push(...paragraphs.map(set));
  if (s.caption) out.push(`\n${s.caption}`);
  return out.join('\n\n');
}

function pageText(m: Material, dice: Dice, ctx: StoryContext, issueDate: string, page: number, count: number, continuedHere: boolean, continuesNext: boolean): string {
  const column = dice.chance(RATES.wrappedPage) ? dice.int(COLUMN_WIDTH.min, COLUMN_WIDTH.max) : null;
  const parts: string[] = [];
  let stories = count;
  if (continuedHere) {
    parts.push(`（上接${page - 1}版）\n\n${dice.pick(m.paragraphs)}`);
    stories--;
  }
  for (let i = 0; i < stories; i++) parts.push(storyText(story(m, dice, issueDate, ctx), dice, column, continuesNext && i === stories - 1));
  const furniture = page === 1 ? ['投稿：liushiwed@126.com', '刊头“柳市”题字：沈鹏'] : [`本版责任编辑：${dice.pick(ctx.reporters)}`];
  return `\n${parts.join('\n\n')}\n\n\n${furniture.join('\n')}\n`;
}

export function generateCorpus(m: Material, options: CorpusOptions): Corpus {
  const dice = new Dice(prng(options.seed));
  const vocabulary = options.vocabulary ?? 'lexicon';
  const staff = staffOf(m, dice, vocabulary);
  const wanted = options.articles ?? (options.issues ?? 1) * ARTICLES_PER_ISSUE;
  const issueCount = Math.ceil(wanted / ARTICLES_PER_ISSUE);
  const files = new Map<string, string>();
  const seeds: Record<string, Record<string, string>> = {};
  let articles = 0;
  let pages = 0;
  const span = options.span ?? issueCount;
  issueDates(issueCount, span).forEach((date, i) => {
    const ctx: StoryContext = { vocabulary, swapRate: options.swapRate ?? WORD_SWAP_RATE, reporters: reportersAt(staff, Math.min(i, span - 1), span), correspondents: staff.correspondents };
    const perPage = dice.shuffle(ARTICLES_PER_PAGE);
    // A continuation needs a story on page 1 and the continued text plus a story on page 2.
    const continued = dice.chance(RATES.continued) || (options.continueLast === true && i === issueCount - 1);
    for (let p = 1; p <= PAGES_PER_ISSUE && articles < wanted; p++) {
      const count = Math.min(perPage[p - 1]!, wanted - articles);
      const continuedHere = continued && p === 2 && count >= 2;
      const continuesNext = continued && p === 1 && Math.min(perPage[1]!, wanted - articles - count) >= 2;
      const name = `${date}_p${p}.txt`;
      files.set(name, pageText(m, dice, ctx, date, p, count, continuedHere, continuesNext));
      seeds[name] = { publication: 'liushi', kind: 'news-page', date, number: `第${i + 1}期`, page: String(p), pageName: PAGE_NAMES[p - 1]! };
      articles += count;
      pages++;
    }
  });
  const header = [
    `# Synthetic archive: ${issueCount} weekly issues, ${pages} pages, ${articles} articles (seed ${options.seed}, vocabulary ${vocabulary}).`,
    '# Made from the real seeds by `npm run corpus`; do not edit by hand. Same format as seeds/metadata.yaml.',
    '',
  ].join('\n');
  files.set('metadata.yaml', header + toYaml({ publications: PUBLICATIONS, seeds }, { lineWidth: 0 }));
  return { files, issues: issueCount, pages, articles };
}
