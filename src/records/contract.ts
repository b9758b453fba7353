/**
 * The published contract: the records every page is made from and the open data publishes — an
 * article, its issue, and the parts of both (dates, byline, captions, blocks, places, repairs, page
 * furniture, unplaced text). Astro's content collections hold these shapes; the README's "Data
 * contract" section documents the same fields; change both together.
 */
import { z } from 'zod';

/** ISO calendar date, `yyyy-mm-dd`, checked to be a real day (2023-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应写成 yyyy-mm-dd 形式的日期')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '不是真实存在的日期');

/** What an article is, as the parser read it from its form on the page. */
export const ArticleKind = z.enum([
  /** A news story: headline stack, 本报讯 lead or byline, body. */
  'news',
  /** A feature or 专题: one long piece with section headings and photos. */
  'feature',
  /** An interview or 对话: Q&A turns with their speakers. */
  'interview',
  /** One item of a 简讯 / 要闻简报 column: a short title and a paragraph or two. */
  'brief',
  /** An essay, 随笔 or 散文 of a 副刊 page, by its author. */
  'essay',
  /** A poem: its line breaks are the text. */
  'poem',
  /** A notice printed by the paper: 征稿启事, 公告, 声明. */
  'notice',
  /** An official document (公文). */
  'document',
]);
export type ArticleKind = z.infer<typeof ArticleKind>;

/**
 * Where a date came from (chrono's assigned vs implied): `metadata` (an editor gave it), `text`
 * (printed in full on the page: a masthead date, a 落款), `dateline` (an article's 3月17日, its
 * year from the issue), `inferred` (reasoned from other dates, with its precision and evidence),
 * `none`.
 */
export const DateSource = z.enum(['dateline', 'text', 'metadata', 'inferred', 'none']);
export type DateSource = z.infer<typeof DateSource>;

/** How much of an inferred date is known. */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A date nobody printed, reasoned from the page: an issue that reports a 3月20日 ceremony as past
 * appeared on or after it. Never used in an address; shown as inferred (`2023年3月下旬（推定）`).
 */
export const InferredDate = z.object({
  /** Earliest day the evidence allows, ISO. */
  notBefore: IsoDate.nullable(),
  /** Latest day the evidence allows, ISO; null when open. */
  notAfter: IsoDate.nullable(),
  precision: DatePrecision,
  /** What readers see, always marked 推定: `2023年3月下旬（推定）`, `2022年（推定）`. */
  label: z.string(),
  /** What the inference rests on, for editors, in Chinese: `第3篇报道了3月20日的授牌仪式`. */
  evidence: z.array(z.string()),
});
export type InferredDate = z.infer<typeof InferredDate>;

export const IssueRef = z.object({
  /** Publication slug. */
  publication: z.string(),
  /** Display name of the publication. */
  publicationName: z.string(),
  /** Issue date, ISO, only when known to the day: given in metadata or printed on the page (masthead, page header). */
  date: IsoDate.nullable(),
  /** How the issue date is known: `metadata`, `text` (printed on the page), `inferred` (see `inferred`) or `none`. */
  dateSource: DateSource,
  /** Year of the issue when known (metadata, printed, or inferred: see `inferred`), even without the day. */
  year: z.number().int().nullable(),
  /** When the day is not known: what can be reasoned from the page (never in an address). */
  inferred: InferredDate.nullable(),
  /** The issue date as every page shows it: `2023年3月20日`, `2023年3月下旬（推定）`, `2022年`, `日期不详`. */
  dateLabel: z.string(),
  number: z.string().nullable(),
  page: z.string().nullable(),
  /**
   * Set (true) when `page` was not printed on the page nor given: a page of a PDF of several pages
   * numbered by its place in the file (shown as 推定). Absent otherwise.
   */
  pageInferred: z.literal(true).optional(),
  pageName: z.string().nullable(),
  /** Site path of the issue page, e.g. `/liushi/2023-03-20/`. */
  url: z.string(),
  /** Stable key of the issue, used for its JSON file: `liushi-2023-03-20`. */
  key: z.string(),
});
export type IssueRef = z.infer<typeof IssueRef>;

export const Byline = z.object({
  /** The byline exactly as printed (after repairs), e.g. `本报讯（记者 赖小兰 缪艺璇）`. */
  raw: z.string().nullable(),
  reporters: z.array(z.string()),
  correspondents: z.array(z.string()),
  photographers: z.array(z.string()),
  writers: z.array(z.string()),
});
export type Byline = z.infer<typeof Byline>;

export const Caption = z.object({
  text: z.string(),
  /** Who is credited, without the role word: `柳市镇` (供图), `黄瀚` (摄). */
  credit: z.string().nullable(),
  /** The credit exactly as printed: `柳市镇供图`, `黄瀚 摄`. */
  creditRaw: z.string().nullable(),
});
export type Caption = z.infer<typeof Caption>;

/**
 * A list item of a boxed list: the `- ` line, and the lines under it. `marker` is the bullet or
 * number printed before the item (-, ·, 1.): it belongs to its item (the list's own layout shows
 * it), never page text of its own.
 */
export const ListItem = z.object({ label: z.string(), text: z.string(), marker: z.string().optional() });

/** The body in order, with its structure: paragraphs, section headings and boxed lists. */
export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('list'), title: z.string().nullable(), items: z.array(ListItem) }),
  /** A stanza of a poem: its line breaks are the text. */
  z.object({ type: z.literal('verse'), lines: z.array(z.string()) }),
  /** A turn of an interview: who speaks (as printed, without the colon) and what they say. */
  z.object({ type: z.literal('turn'), speaker: z.string(), text: z.string() }),
  /** A labelled box or note: 编者按, 人物简介, 链接, 附件 — the label as printed, and its paragraphs. */
  z.object({ type: z.literal('note'), label: z.string(), text: z.array(z.string()) }),
  /** A table flattened by extraction, row by row, cells as printed. */
  z.object({ type: z.literal('table'), rows: z.array(z.array(z.string())) }),
  /** The 落款 closing a notice or letter printed in the paper: who signs and the date, as printed. */
  z.object({ type: z.literal('signature'), lines: z.array(z.string()) }),
]);
export type Block = z.infer<typeof Block>;

/** Fields of an official document (公文), null when not printed. */
export const DocumentFields = z.object({
  /** 发文机关 as printed in the letterhead. */
  issuer: z.string().nullable(),
  /** 文号, e.g. 南塘委〔2022〕50号. */
  number: z.string().nullable(),
  /** 签发人. */
  signer: z.string().nullable(),
  /** 主送机关, without the trailing colon. */
  addressee: z.string().nullable(),
  /** 落款: signing organ and date as printed. */
  closingOrgan: z.string().nullable(),
  closingDate: z.string().nullable(),
  /** 文种, from the title: 通知, 报告, 请示, 函, 纪要, 意见, 决定 …; null when the title names none. */
  type: z.string().nullable(),
  /** 附件 as listed after the body (names, without the numbering). */
  attachments: z.array(z.string()),
  /** 版记: 抄送 (organs, as printed), 印发 organ and date (the printing date, never the document's). */
  copyTo: z.string().nullable(),
  printedBy: z.string().nullable(),
  printedDate: z.string().nullable(),
});
export type DocumentFields = z.infer<typeof DocumentFields>;

/** Continuation markers: （下转2版） / （上接1版）. */
export const Continuation = z.object({
  /** Where the article continues, without the brackets: `2版` for （下转2版）. */
  to: z.string().nullable(),
  /** Where it is continued from: `1版` for （上接1版）. */
  from: z.string().nullable(),
});

/** What a place is: a village (村), a community (社区), an editors' area (片), or a town (镇/乡/街道). */
export const PlaceKind = z.enum(['village', 'community', 'area', 'town']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** A place by its full name, with the town it belongs to (itself, for a town) and its kind. */
export const PlaceRef = z.object({ name: z.string(), town: z.string().nullable(), kind: PlaceKind });

/** One repair: characters removed or changed, with where they were. */
export const Repair = z.object({
  kind: z.enum([
    'doubled-run', // bold print extracted twice: 柳市镇开展柳市镇开展 → 柳市镇开展
    'doubled-at-break', // a word printed on both sides of a page break: 精神 / 精神的成果
    'break-rejoined', // a paragraph cut by a column or page break joined again
    'headline-joined', // a headline line broken mid-phrase joined without a space
    'quote-restored', // quotation marks lost in extraction put back: 打造 一网两微一刊 媒体 → 打造“一网两微一刊”媒体
    'ocr-latin-i',
    'full-width-ascii', // ２０２３ → 2023: full-width digits and Latin letters read as ASCII
    'punctuation-width',
    'control-character',
  ]),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  /** Text as printed at that spot. */
  before: z.string(),
  /** Text after the repair. */
  after: z.string(),
});
export type Repair = z.infer<typeof Repair>;

export const Article = z.object({
  /** Stable, URL-safe id: publication, issue date (or seed) and a hash of the headline. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Site path of the article page, e.g. `/liushi/2023-03-20/p1-3f9a2c/`. */
  url: z.string().startsWith('/'),
  /** Source file name in `seeds/`. */
  seed: z.string(),
  issue: IssueRef,
  kind: ArticleKind,
  /** Position of the article on its page, from 1, in reading order. */
  order: z.number().int().positive(),
  /** 引题, the line above the headline. */
  kicker: z.string().nullable(),
  /** 主标题. */
  headline: z.string(),
  /** 副题, the line(s) below the headline. */
  subheadline: z.string().nullable(),
  byline: Byline,
  /**
   * The article's own date (报道日期), ISO, only when its text gives one: a dateline with a day
   * (3月17日, the year from the issue) or a document's 落款. Null otherwise — never the issue date.
   */
  date: IsoDate.nullable(),
  /** Where `date` came from: `dateline`, `text` (a full date printed, e.g. a 落款) or `none`. */
  dateSource: DateSource,
  /** The date as printed, e.g. `3月17日上午`, `2022年11月10日`; null when none. */
  dateText: z.string().nullable(),
  /** Body paragraphs as plain text, in reading order (section headings and list lines included as their own strings). */
  body: z.array(z.string()),
  /** The same body with its structure. */
  blocks: z.array(Block),
  captions: z.array(Caption),
  /** Place names (villages, communities, towns) the article mentions, by their full name, in order of first mention. */
  places: z.array(z.string()),
  /** The same places with the town each belongs to, and how the text wrote it when not by its full name. */
  placeDetails: z.array(
    PlaceRef.extend({
      /** 翔金垟 for 翔金垟村 (short form), 麻蓬 for 麻蓬村 (alias); null when written in full. */
      as: z.string().nullable(),
    }),
  ),
  /** Keywords (nodejieba TF-IDF, nouns and names), shown as tags. */
  keywords: z.array(z.string()),
  /** Ids of the most related articles elsewhere in the archive (shared places and keywords), best first. */
  related: z.array(z.string()),
  /** Lines of the seed this article was read from, 1-based, inclusive. */
  source: z.object({ startLine: z.number().int().positive(), endLine: z.number().int().positive() }),
  continuation: Continuation,
  /** Present for official documents. */
  document: DocumentFields.nullable(),
  /** The column (栏目) the article was printed under, e.g. 要闻简报, 副刊, 百姓故事; null when none. */
  column: z.string().nullable(),
  /** Repairs made to this article's text, each with its seed line: what residents can check. */
  repairs: z.array(Repair),
  /** What the parser was unsure of, each with its seed line: `line 12: …`. */
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof Article>;

/**
 * An article record the parser made, checked against the contract before it is published. A
 * record that breaks it is a fault in the parser, not in a seed: the error names the article and
 * its seed, and the build stops there (the published site stays as it was).
 */
export function checkedArticle(record: Article): Article {
  const checked = Article.safeParse(record);
  if (checked.success) return checked.data;
  const problems = checked.error.issues.map((i) => `${i.path.join('.') || '（整条记录）'}：${i.message}`).join('；');
  throw new Error(`文章 ${record.id}（稿件 ${record.seed}）的记录不合数据约定：${problems}`);
}

/** Page furniture: text printed on the page that belongs to no article. */
export const FurnitureKind = z.enum([
  'submission', // 投稿 email
  'masthead', // 刊头题字, the paper's name, 主办, 期号, 内部资料
  'page-header', // an inside page's header line: date, 星期, 版次, 版名, 责任编辑
  'page-number', // — 3 — in a document, a lone page number
  'editor', // 责任编辑 / 美编 / 校对 credits
  'continuation', // （下转2版）
  'slogan', // a banner slogan with no article under it
  'banner', // a vertical column banner, e.g. 重点工作专题巡礼
  'decoration', // print ornaments: title markers (■ ▲); pages need not show them (list bullets stay with their items)
  'label', // a form label of an official document: 签发人：
  'other',
]);
export const Furniture = z.object({ kind: FurnitureKind, text: z.string(), line: z.number().int().positive() });
export type Furniture = z.infer<typeof Furniture>;

/** Text the parser could not place: kept, shown to editors, and never dropped. */
export const Unplaced = z.object({ text: z.string(), line: z.number().int().positive() });
export type Unplaced = z.infer<typeof Unplaced>;

/** One issue page of the site: a publication's issue (one or more seed pages). */
export const Issue = IssueRef.extend({
  /** Seed files that make up this issue, in page order. */
  seeds: z.array(z.string()),
  /** Article ids in page and reading order. */
  articles: z.array(z.string()),
  furniture: z.array(Furniture.extend({ seed: z.string() })),
  unplaced: z.array(Unplaced.extend({ seed: z.string() })),
  /** 版次 of each seed without articles (a scan), as its metadata gives it: no article carries it to the 版's address. */
  seedPages: z.record(z.string(), z.string().nullable()).optional(),
  /** Seeds (pages of a PDF of several pages) whose 版次 is inferred from their place in the file, not printed. */
  inferredPages: z.array(z.string()).optional(),
});
export type Issue = z.infer<typeof Issue>;
