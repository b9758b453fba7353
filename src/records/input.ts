/**
 * The editors' input formats: `seeds/site.yaml`, `seeds/metadata.yaml` (publications and what is
 * known of each seed) and `seeds/redirects.yaml`, as the loader reads and checks them. Error
 * messages are Chinese: editors read them.
 */
import { z } from 'zod';
import { Article, IsoDate } from './contract.ts';

/**
 * `seeds/site.yaml`: the site's name, description, address and contacts (src/site/settings.ts).
 * Every field is optional; the defaults describe a multi-paper local archive.
 */
export const SiteSettings = z.object({
  /** Site name in every page title, the header and the feed. */
  name: z.string().min(1).default('地方报刊档案'),
  /** One sentence for the home page and search engines. */
  description: z.string().default('地方报纸和公文的文字档案：按报纸、日期和版面浏览，按字词、人名和地名搜索。'),
  /** Canonical origin of the published site, e.g. `https://baokan.example.cn`; null until set. */
  url: z.url({ protocol: /^https?$/, error: '应是 https://baokan.example.cn 这样的网址' }).nullable().default(null),
  /** How readers reach the editors (an e-mail address or a web address); null when not published. */
  contact: z.string().min(1).nullable().default(null),
  /**
   * Where readers report a mistake in an article (纠错): an e-mail address, a `mailto:` address, or an
   * `https:` web form (`{id}` and `{url}` in it are filled in: src/site/corrections.ts); null hides the link.
   */
  corrections: z
    .string()
    .regex(/^(?:mailto:\S+|https?:\/\/\S+|[^\s:/@]+@[^\s@]+)$/u, '写作电子邮箱（jiucuo@example.cn）、mailto: 地址或 https:// 网址')
    .nullable()
    .default(null),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

/** What a seed file is a scan of. Decides how the parser splits it into articles. */
export const SeedKind = z.enum([
  /** A newspaper page with several news stories, each opened by a lead such as 本报讯（…）. */
  'news-page',
  /** A feature page (专版/专题): one long article with section headings, photos and captions. */
  'feature-page',
  /** A 副刊 page: essays, poems, 随笔 and notices, each under its title and author. */
  'literary-page',
  /** An official document (公文): 发文机关, 文号, 签发人, 主送, 正文, 落款. */
  'document',
]);
export type SeedKind = z.infer<typeof SeedKind>;

/**
 * First path segments the site itself uses (its own pages, Astro's assets, the 404 page): a
 * publication slug may not take one, a redirect may not start with one. The one list: the metadata
 * check, the page routes and the redirect check all read it.
 */
export const RESERVED_SLUGS: readonly string[] = ['issues', 'about', 'search', 'data', 'places', 'people', '_astro', '404'];

/** A publication the archive holds (a newspaper, or the issuer of official documents). */
export const Publication = z.object({
  /** URL-safe slug, used in every URL of its issues: `/liushi/…`. */
  slug: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, '只能用小写拉丁字母、数字和连字符（-），以字母开头')
    .superRefine((s, ctx) => {
      if (RESERVED_SLUGS.includes(s)) ctx.addIssue({ code: 'custom', message: `“${s}”是网站自身页面的地址，请换一个` });
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
      ctx.addIssue({ code: 'custom', message: `“${s}”不是真实存在的日期（写成 yyyy-mm-dd，或只写年份 yyyy，或写 null）` });
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

/**
 * One entry of `seeds/redirects.yaml`: an old article address that must keep working after the
 * article's id changed (a corrected headline, a re-split page). `npm run check` adds entries when
 * it sees an id change against the previous build; editors may add or remove them by hand.
 */
export const Redirect = z.object({
  /** The old address, a site path such as `/liushi/2023-03-18/p1-3f9a2c/`. */
  from: z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, '应是 /liushi/2023-03-18/p1-3f9a2c/ 这样的站内地址'),
  /** Id of the article that now holds the text, or key of the issue an issue page moved to. */
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
