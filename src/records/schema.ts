/**
 * The data contract of the archive: one Zod schema per record, TypeScript types derived from it.
 *
 * Everything that leaves the parser, goes into Astro's content collections, or is published as
 * open data (`/data/articles.json`, `/data/issues/…json`) has the shape defined here. The README's
 * "Data contract" section documents the same fields; change both together.
 */
import { z } from 'zod';

/** ISO calendar date, `yyyy-mm-dd`, checked to be a real day (2023-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date yyyy-mm-dd')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/** What a seed file is a scan of. Decides how the parser splits it into articles. */
export const SeedKind = z.enum([
  /** A newspaper page with several news stories, each opened by a lead such as 本报讯（…）. */
  'news-page',
  /** A feature page (专版/专题): one long article with section headings, photos and captions. */
  'feature-page',
  /** An official document (公文): 发文机关, 文号, 签发人, 主送, 正文, 落款. */
  'document',
]);
export type SeedKind = z.infer<typeof SeedKind>;

/** The kind of an article record, derived from the seed kind. */
export const ArticleKind = z.enum(['news', 'feature', 'document']);
export type ArticleKind = z.infer<typeof ArticleKind>;

/** First path segments the site itself uses; a publication slug may not take one. */
export const RESERVED_SLUGS = ['issues', 'about', 'search', 'data', 'pagefind', 'places', 'assets', '_astro'];

/** A publication the archive holds (a newspaper, or the issuer of official documents). */
export const Publication = z.object({
  /** URL-safe slug, used in every URL of its issues: `/liushi/…`. */
  slug: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'lower-case latin letters, digits and dashes')
    .superRefine((s, ctx) => {
      if (RESERVED_SLUGS.includes(s)) ctx.addIssue({ code: 'custom', message: `"${s}" is the address of a site page; choose another slug` });
    }),
  /** Name shown to readers, e.g. 柳市. */
  name: z.string().min(1),
  /** Longer description for the publication list. */
  description: z.string().default(''),
});
export type Publication = z.infer<typeof Publication>;

/**
 * One entry of `seeds/metadata.yaml`: what an editor knows about a seed that the text does not
 * reliably say. A field left out is inferred from the text (with a warning); a field set to
 * `null` means "unknown, do not guess".
 */
export const SeedMeta = z.object({
  /** Slug of a publication listed under `publications:`. */
  publication: z.string().min(1),
  /**
   * Issue date: a full ISO date, or a year alone (`2022`) when only the year is known; `null` when
   * unknown. Unquoted YAML years arrive as numbers and are accepted.
   */
  date: z
    .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().nullable())
    .superRefine((s, ctx) => {
      if (s === null || /^\d{4}$/u.test(s) || IsoDate.safeParse(s).success) return;
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a real date (write yyyy-mm-dd, or a year yyyy, or null)` });
    })
    .optional(),
  /** Issue number (期号) as printed, e.g. `第1234期`. */
  number: z.string().min(1).nullable().optional(),
  /** Page (版次) as printed, e.g. `1`, `A3`. */
  page: z.string().min(1).nullable().optional(),
  /** Name of the page (版面名), e.g. 要闻. */
  pageName: z.string().min(1).nullable().optional(),
  kind: SeedKind.optional(),
  /** Free-text note for editors; not published. */
  note: z.string().optional(),
});
export type SeedMeta = z.infer<typeof SeedMeta>;

export const MetadataFile = z.object({
  publications: z.array(Publication).min(1),
  seeds: z.record(z.string(), SeedMeta),
});
export type MetadataFile = z.infer<typeof MetadataFile>;

/** Where a value came from: printed in the text, given by metadata, or inferred (chrono's "implied"). */
export const DateSource = z.enum(['dateline', 'text', 'metadata', 'issue', 'inferred', 'none']);
export type DateSource = z.infer<typeof DateSource>;

export const IssueRef = z.object({
  /** Publication slug. */
  publication: z.string(),
  /** Display name of the publication. */
  publicationName: z.string(),
  /** Issue date, ISO, or null when unknown. */
  date: IsoDate.nullable(),
  /** How the issue date is known: `metadata`, `inferred` (from datelines/years in the text) or `none`. */
  dateSource: DateSource,
  /** Year of the issue when the day is unknown but the year is (from metadata or text). */
  year: z.number().int().nullable(),
  number: z.string().nullable(),
  page: z.string().nullable(),
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

/** A list item of a boxed list: the `- ` line, and the lines under it. */
export const ListItem = z.object({ label: z.string(), text: z.string() });

/** The body in order, with its structure: paragraphs, section headings and boxed lists. */
export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('list'), title: z.string().nullable(), items: z.array(ListItem) }),
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
  /** Date of the reported event/article, ISO, or null. */
  date: IsoDate.nullable(),
  /** Where `date` came from: `dateline` (3月17日 in the lead), `text` (a full date printed, e.g. a 落款), `issue` (fell back to the issue date), `none`. */
  dateSource: DateSource,
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
  /** What the parser was unsure of, each with its seed line: `line 12: …`. */
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof Article>;

/** Page furniture: text printed on the page that belongs to no article. */
export const FurnitureKind = z.enum([
  'submission', // 投稿 email
  'masthead', // 刊头题字
  'continuation', // （下转2版）
  'slogan', // a banner slogan with no article under it
  'banner', // a vertical column banner, e.g. 重点工作专题巡礼
  'label', // a form label of an official document: 签发人：
  'other',
]);
export const Furniture = z.object({ kind: FurnitureKind, text: z.string(), line: z.number().int().positive() });
export type Furniture = z.infer<typeof Furniture>;

/** Text the parser could not place: kept, shown to editors, and never dropped. */
export const Unplaced = z.object({ text: z.string(), line: z.number().int().positive() });
export type Unplaced = z.infer<typeof Unplaced>;

/** One repair: characters removed or changed, with where they were. */
export const Repair = z.object({
  kind: z.enum(['doubled-run', 'doubled-at-break', 'ocr-latin-i', 'punctuation-width', 'control-character']),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  /** Text as printed at that spot. */
  before: z.string(),
  /** Text after the repair. */
  after: z.string(),
});
export type Repair = z.infer<typeof Repair>;

/**
 * The text ledger of one seed: every non-whitespace character of the input is counted in exactly
 * one of placed, furniture, removed (print duplicates) or unplaced.
 */
export const Ledger = z.object({
  charsIn: z.number().int().nonnegative(),
  placed: z.number().int().nonnegative(),
  furniture: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  unplaced: z.number().int().nonnegative(),
  balanced: z.boolean(),
});
export type Ledger = z.infer<typeof Ledger>;

export const SeedWarning = z.object({ line: z.number().int().nonnegative(), message: z.string() });
export type SeedWarning = z.infer<typeof SeedWarning>;

/** One issue page of the site: a publication's issue (one or more seed pages). */
export const Issue = IssueRef.extend({
  /** Seed files that make up this issue, in page order. */
  seeds: z.array(z.string()),
  /** Article ids in page and reading order. */
  articles: z.array(z.string()),
  furniture: z.array(Furniture.extend({ seed: z.string() })),
  unplaced: z.array(Unplaced.extend({ seed: z.string() })),
});
export type Issue = z.infer<typeof Issue>;

/** Published at `/data/articles.json`. */
export const ArticlesFile = z.object({ articles: z.array(Article) });

/** Published at `/data/issues/<key>.json`: the issue with its article records (not ids), in order. */
export const IssueFile = Issue.extend({ articles: z.array(Article) });

/** Published at `/data/places.json`: every place the archive mentions, sorted by name. */
export const PlacesFile = z.object({
  places: z.array(
    PlaceRef.extend({
      /** Division code of the official entry; null for editors' places. */
      code: z.string().nullable(),
      count: z.number().int().positive(),
      url: z.string().startsWith('/'),
      /** Ids of the articles that mention the place, newest first. */
      articles: z.array(z.string()),
    }),
  ),
});

/**
 * One entry of `seeds/redirects.yaml`: an old article address that must keep working after the
 * article's id changed (a corrected headline, a re-split page). `npm run check` adds entries when
 * it sees an id change against the previous build; editors may add or remove them by hand.
 */
export const Redirect = z.object({
  /** The old address, a site path such as `/liushi/2023-03-18/p1-3f9a2c/`. */
  from: z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, 'expected a site path such as /liushi/2023-03-18/p1-3f9a2c/'),
  /** Id of the article that now holds the text. */
  to: Article.shape.id,
  /** Day the change was detected, ISO. */
  since: IsoDate.optional(),
  /** Why the address changed, for the next editor: `headline changed: … → …`. */
  reason: z.string().optional(),
});
export type Redirect = z.infer<typeof Redirect>;

export const RedirectsFile = z.object({ redirects: z.array(Redirect).default([]) });

/** A redirect the build serves: the old address and the article it leads to. */
export const ResolvedRedirect = Redirect.extend({ toUrl: z.string().startsWith('/'), headline: z.string() });
export type ResolvedRedirect = z.infer<typeof ResolvedRedirect>;
