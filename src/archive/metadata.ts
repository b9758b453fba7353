/**
 * Reads and validates `seeds/metadata.yaml`. Every error names the file and the field. A bad
 * entry does not stop the build: the entry is reported and its seed is read as if it had no
 * metadata (with the warnings that brings), so the other seeds publish as usual.
 */
import { parse as parseYaml } from 'yaml';
import { Publication, SeedMeta } from '../records/schema.ts';

export interface Metadata {
  publications: Publication[];
  seeds: Map<string, SeedMeta>;
  errors: string[];
}

const fieldPath = (prefix: string, path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');

export function readMetadata(text: string, file: string): Metadata {
  const out: Metadata = { publications: [], seeds: new Map(), errors: [] };
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (err) {
    out.errors.push(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return out;
  }
  const root = (data ?? {}) as { publications?: unknown; seeds?: unknown };
  if (!Array.isArray(root.publications)) out.errors.push(`${file}: field publications: expected a list of publications`);
  else {
    root.publications.forEach((p, i) => {
      const r = Publication.safeParse(p);
      if (r.success) out.publications.push(r.data);
      else for (const e of r.error.issues) out.errors.push(`${file}: field ${fieldPath(`publications.${i}`, e.path)}: ${e.message}`);
    });
  }
  const slugs = new Set(out.publications.map((p) => p.slug));
  if (root.seeds !== undefined && (typeof root.seeds !== 'object' || root.seeds === null || Array.isArray(root.seeds))) {
    out.errors.push(`${file}: field seeds: expected a map from seed file name to its metadata`);
    return out;
  }
  for (const [seed, entry] of Object.entries((root.seeds ?? {}) as Record<string, unknown>)) {
    // `../x.txt` or `sub/x.txt` would reach outside the seeds folder; seeds are named by file name only.
    if (/[/\\]/u.test(seed)) {
      out.errors.push(`${file}: field seeds.${seed}: a seed is named by its file name in the seeds folder, without a path`);
      continue;
    }
    const r = SeedMeta.safeParse(entry ?? {});
    if (!r.success) {
      for (const e of r.error.issues) out.errors.push(`${file}: field ${fieldPath(`seeds.${seed}`, e.path)}: ${e.message}`);
      continue;
    }
    if (!slugs.has(r.data.publication)) {
      out.errors.push(`${file}: field seeds.${seed}.publication: "${r.data.publication}" is not one of the publications (${[...slugs].join(', ')})`);
      continue;
    }
    out.seeds.set(seed, r.data);
  }
  return out;
}
