/**
 * The answer keys of the golden corpus (tests/fixtures/pages/<slug>/key.yaml): their schema and
 * how a folder of pages is read. The format is documented in tests/fixtures/pages/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ArticleKind, SeedKind } from '../records/schema.ts';

const text = z.string();
const maybe = text.nullable().optional();
const names = z.array(text).optional();

/** YAML reads 2023-05-12 as a Date unless quoted; keys may write either. */
const dateLike = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v), text.nullable()).optional();

export const KeyArticle = z.object({
  kind: ArticleKind.optional(),
  kicker: maybe,
  /** null for a continued story whose headline is on another page. */
  headline: text.nullable(),
  subheadline: maybe,
  column: maybe,
  byline: z
    .object({ reporters: names, correspondents: names, photographers: names, writers: names })
    .nullable()
    .optional(),
  date: dateLike,
  first: maybe,
  last: maybe,
  captions: z.array(z.object({ text, credit: maybe })).optional(),
  continuation: z.object({ to: maybe, from: maybe }).nullable().optional(),
  lists: z.array(z.object({ title: maybe, items: z.array(z.preprocess((v) => String(v), text)) })).optional(),
  speakers: names,
  verse: names,
  document: z
    .object({
      type: maybe,
      issuer: maybe,
      number: maybe,
      signer: maybe,
      addressee: maybe,
      closingOrgan: maybe,
      closingDate: maybe,
      attachments: names,
      copyTo: maybe,
      printedBy: maybe,
      printedDate: maybe,
    })
    .nullable()
    .optional(),
});
export type KeyArticle = z.infer<typeof KeyArticle>;

export const Key = z.object({
  description: text,
  form: text,
  meta: z
    .object({
      publication: text.optional(),
      kind: SeedKind.optional(),
      date: dateLike,
      page: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text.nullable()).optional(),
      pageName: maybe,
      number: maybe,
    })
    .default({}),
  issue: z
    .object({
      date: dateLike,
      number: maybe,
      page: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text.nullable()).optional(),
      pageName: maybe,
    })
    .default({}),
  articles: z.array(KeyArticle),
  furniture: z.array(z.preprocess((v) => String(v), text)).default([]),
  survive: z.array(z.preprocess((v) => String(v), text)).default([]),
  queries: z.array(z.object({ q: z.preprocess((v) => String(v), text), headlines: z.array(text) })).default([]),
});
export type Key = z.infer<typeof Key>;

export interface GoldenPage {
  slug: string;
  dir: string;
  text: string;
  key: Key;
}

export const GOLDEN_DIR = 'tests/fixtures/pages';

/** Every page folder (one holding page.txt and key.yaml), sorted; `only` keeps the slugs named. Errors name the file and field. */
export function readGoldenPages(dir = GOLDEN_DIR, only: string[] = []): GoldenPage[] {
  const slugs = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isDirectory() && existsSync(join(dir, f, 'key.yaml')))
    .filter((f) => only.length === 0 || only.includes(f))
    .sort();
  for (const o of only) if (!slugs.includes(o)) throw new Error(`${join(dir, o)}: no such page folder (with page.txt and key.yaml)`);
  return slugs.map((slug) => {
    const keyFile = join(dir, slug, 'key.yaml');
    const parsed = Key.safeParse(parseYaml(readFileSync(keyFile, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${keyFile}: field ${issue.path.join('.')}: ${issue.message}`);
    }
    return { slug, dir: join(dir, slug), text: readFileSync(join(dir, slug, 'page.txt'), 'utf8'), key: parsed.data };
  });
}

/**
 * Golden pages that also have a typeset `page.pdf` (`npm run typeset` writes them; the PDF path's
 * scores, `npm run bench:pdf` and tests/pdf read them): several forms (news front and inside,
 * commentary, briefs, interview, arts, feature, 公文).
 */
export const TYPESET_PAGES = [
  'news-front-liushi-125',
  'news-front-kecheng-1206',
  'news-commentary-kecheng-p3',
  'talk-briefs-kecheng-bold',
  'talk-interview-liushi-duihua',
  'arts-liushi-fukan-2023-04',
  'arts-liushi-feature-cunwan-2023-02',
  'doc-notice-liushi-fire',
];
