/**
 * One reporter spelled two ways (吴昊妹 / 吴昊姝): the editors' `seeds/people.yaml` merges them
 * (`aliases: [{ alias: 吴昊姝, of: 吴昊妹 }]`), and the check suggests pairs worth a look — same
 * role, one character apart, each name rare — with that YAML ready to paste. Merging is the
 * editors' call, never the build's: two people may differ by one character.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROLES, type PersonEntry, type Role } from './people.ts';

export const PEOPLE_FILE = 'people.yaml';

const PeopleFile = z.object({
  aliases: z.array(z.object({ alias: z.string().min(2), of: z.string().min(2), note: z.string().optional() })).default([]),
});

/** alias → the name it is merged into, from seeds/people.yaml (empty when there is no such file). */
export function readPeopleAliases(seedsDir = process.env.SEEDS_DIR || 'seeds'): Map<string, string> {
  const file = join(seedsDir, PEOPLE_FILE);
  if (!existsSync(file)) return new Map();
  const parsed = PeopleFile.safeParse(parseYaml(readFileSync(file, 'utf8')) ?? {});
  if (!parsed.success) throw new Error(`${file}：格式不对（应为 aliases: [{ alias: 别的写法, of: 正确的名字 }]）：${parsed.error.issues[0]?.message ?? ''}`);
  // An alias of an alias resolves to the last name of the chain (cycles are cut where they close).
  const direct = new Map(parsed.data.aliases.filter((a) => a.alias !== a.of).map((a) => [a.alias, a.of]));
  const out = new Map<string, string>();
  for (const alias of direct.keys()) {
    let name = alias;
    const seen = new Set<string>();
    while (direct.has(name) && !seen.has(name)) {
      seen.add(name);
      name = direct.get(name)!;
    }
    if (name !== alias) out.set(alias, name);
  }
  return out;
}

/** A name is "rare" with at most this many articles: a regular reporter's name is not a misprint. */
export const RARE_NAME_MAX = 3;

export interface SuspectedSpelling {
  /** The name to keep (more articles; else first by pinyin order). */
  name: string;
  alias: string;
  role: Role;
  /** YAML for seeds/people.yaml. */
  snippet: string;
}

const mainRole = (p: PersonEntry): Role | undefined => ROLES.filter((r) => p.roleCounts[r]).sort((a, b) => (p.roleCounts[b] ?? 0) - (p.roleCounts[a] ?? 0))[0];

/** Two names of equal length that differ in exactly one character. */
function oneApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return x.length === y.length && x.length >= 2 && x.filter((c, i) => c !== y[i]).length === 1;
}

/** Pairs of rare names in the same role one character apart: probably one person spelled two ways. */
export function suspectedSpellings(people: PersonEntry[]): SuspectedSpelling[] {
  const rare = people.filter((p) => p.articles.length <= RARE_NAME_MAX);
  const out: SuspectedSpelling[] = [];
  for (let i = 0; i < rare.length; i++) {
    for (let j = i + 1; j < rare.length; j++) {
      const [a, b] = [rare[i]!, rare[j]!];
      const role = mainRole(a);
      if (!role || role !== mainRole(b) || !oneApart(a.name, b.name)) continue;
      const [keep, other] = b.articles.length > a.articles.length ? [b, a] : [a, b];
      out.push({ name: keep.name, alias: other.name, role, snippet: `aliases:\n  - { alias: ${other.name}, of: ${keep.name} }` });
    }
  }
  return out;
}
