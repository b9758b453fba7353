/**
 * What reading a seed reports besides the records: the parser's text ledger (nothing lost), its
 * hints to editors and their codes, and the problems the loader finds in the archive's files.
 * Shown by `npm run parse`, `npm run check`, `npm run add` and the build log; not published.
 */
import { z } from 'zod';

/**
 * The text ledger of one seed: every non-whitespace character of the input is counted in exactly
 * one of placed, furniture, removed (print duplicates) or unplaced; characters the parser added
 * (restored quotation marks) are counted too: charsIn + added = placed + furniture + removed + unplaced.
 */
export const Ledger = z.object({
  charsIn: z.number().int().nonnegative(),
  placed: z.number().int().nonnegative(),
  furniture: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  /** Characters the parser added: quotation marks restored where extraction lost them. */
  added: z.number().int().nonnegative().default(0),
  unplaced: z.number().int().nonnegative(),
  balanced: z.boolean(),
});
export type Ledger = z.infer<typeof Ledger>;

/**
 * What kind of hint a parser warning is, so a report can group like hints exactly (the message is
 * Chinese, for editors, and names the text it concerns).
 */
export const WarningCode = z.enum([
  'kind-inferred',
  'issue-date-inferred',
  'issue-date-missing',
  'dateline',
  'article-after-issue',
  'issue-before-event',
  'no-article',
  'unplaced',
  'no-headline',
  'continued',
  'document',
  'stack-order',
  'section-order',
  'quote-ambiguous',
  'vertical',
  'control-character',
  'break-repeat',
  'doubled-mixed',
  'ocr',
  'other',
]);
export type WarningCode = z.infer<typeof WarningCode>;

/** A hint for editors, in Chinese, at a line of the seed (0: the whole seed). */
export const SeedWarning = z.object({ line: z.number().int().nonnegative(), message: z.string(), code: WarningCode.optional() });
export type SeedWarning = z.infer<typeof SeedWarning>;

/**
 * Something reading the archive found that an editor must fix (`error`: the check refuses to
 * publish) or should look at (`warning`), with where it is and what to do — in Chinese, for
 * editors. The loader, the build log, `npm run check` and `npm run add` all speak in these.
 */
export const ArchiveProblem = z.object({
  severity: z.enum(['error', 'warning']),
  /** The file, by its name in the seeds folder: `metadata.yaml`, `000_42a43713ae88928f.txt`. */
  file: z.string(),
  /** 1-based; null when the problem is the whole file. */
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
  /** The field, as a path: `seeds.000_42a43713ae88928f.txt.date`, `redirects.3.from`; null when none. */
  field: z.string().nullable(),
  /** What is wrong. */
  message: z.string(),
  /** What to do about it. */
  fix: z.string().nullable(),
  /** Ready-to-paste YAML when the fix is in a YAML file (the whole corrected entry). */
  snippet: z.string().nullable(),
});
export type ArchiveProblem = z.infer<typeof ArchiveProblem>;
