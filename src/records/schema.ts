/**
 * The data contract of the archive: one Zod schema per record, TypeScript types derived from it,
 * in files by who owns each shape —
 *
 * - `input.ts`: the editors' input formats (`site.yaml`, `metadata.yaml`, `redirects.yaml`);
 * - `parser.ts`: what reading a seed reports besides its records (ledger, hints, archive problems);
 * - `contract.ts`: the published records (article, issue and their parts);
 * - `open-data.ts`: the files published under `/data/`.
 *
 * This module re-exports them all, so `records/schema.ts` stays the one place to import from.
 */
export * from './contract.ts';
export * from './input.ts';
export * from './open-data.ts';
export * from './parser.ts';
