/**
 * The shapes of the open-data files the site publishes under `/data/` (README "Open data"): the
 * issue records, the places, the calendar and 历史上的今天 lists. The article records are published
 * as JSON Lines files per paper and year; their index, limits and reading are in article-files.ts
 * (which reads files, so it is not re-exported by schema.ts).
 */
import { z } from 'zod';
import { Article, IsoDate, Issue, PlaceRef } from './contract.ts';

/** Every article record at once: `npm run parse`'s output and the check's baseline (`check-report/baseline/articles.json`). */
export const ArticlesFile = z.object({ articles: z.array(Article) });

/**
 * Published at `/data/issues/<key>.json`: the issue record (its `articles` are ids, in page and
 * reading order) and `articleFiles`, the article files (`/data/articles/….jsonl`) that hold those
 * records. The records themselves are published once, in the article files: repeating them here
 * doubled the open data (≈1.6 GB at 40,000 articles, past what a static host takes).
 */
export const IssueFile = Issue.extend({
  /** Site paths of the article files holding this issue's records, in data order (usually one). */
  articleFiles: z.array(z.string().regex(/^\/data\/articles\/.+\.jsonl$/u)),
});
export type IssueFile = z.infer<typeof IssueFile>;

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

/** One issue known to the day, as the calendar and 历史上的今天 files list it. */
export const DatedIssueEntry = z.object({
  /** Issue date, ISO (only issues known to the day are listed). */
  date: IsoDate,
  publication: z.string(),
  publicationName: z.string(),
  /** `issue.dateLabel`, as every page shows it. */
  dateLabel: z.string(),
  /** Site path of the issue page. */
  url: z.string().startsWith('/'),
  /** Headline of its first article, when it has one. */
  headline: z.string().nullable(),
});
export type DatedIssueEntry = z.infer<typeof DatedIssueEntry>;

/**
 * Published at `/data/calendar/<publication>.json`: every issue of a publication known to the day,
 * oldest first (往期回顾's "jump to a date" reads it). Issues of unknown day are not in it: they
 * have no calendar day.
 */
export const CalendarFile = z.object({ publication: z.string(), publicationName: z.string(), issues: z.array(DatedIssueEntry) });

/**
 * Published at `/data/on-this-day/<MM-DD>.json`, one file per month and day that has issues:
 * 历史上的今天 — every issue of that month and day in any year, newest first. The home page asks
 * for today's file in the reader's browser (so the list is right on the day it is read).
 */
export const OnThisDayFile = z.object({
  /** `03-20`. */
  day: z.string().regex(/^\d{2}-\d{2}$/u),
  issues: z.array(DatedIssueEntry),
});
