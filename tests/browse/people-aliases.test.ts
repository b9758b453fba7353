/**
 * One reporter spelled two ways (issue 21): the check's suspicion (same role, one character apart,
 * both rare) and seeds/people.yaml's `aliases`, honoured by the people index. Over the seeds'
 * articles (the seeds, read as the build reads them) and a people.yaml written here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadArchive } from '../../src/archive/load.ts';
import { peopleIndex } from '../../src/browse/people.ts';
import { readPeopleAliases, suspectedSpellings } from '../../src/browse/people-aliases.ts';
import { spellingItems } from '../../src/check/items.ts';

const articles = loadArchive(resolve('seeds')).articles;
const dirs: string[] = [];
const seedsWith = (yaml: string | null) => {
  const dir = mkdtempSync(join(tmpdir(), 'people-aliases-'));
  dirs.push(dir);
  if (yaml !== null) writeFileSync(join(dir, 'people.yaml'), yaml);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('suspected spellings of one person', () => {
  it('finds 吴昊妹 / 吴昊姝 in the seeds, and nothing for names that differ more', () => {
    const found = suspectedSpellings(peopleIndex(articles));
    expect(found.map((f) => [f.name, f.alias].sort())).toEqual([['吴昊妹', '吴昊姝'].sort()]);
    expect(found[0]!.role).toBe('reporters');
  });

  it('is listed by the check as 建议检查 with YAML that, pasted into people.yaml, merges the two', () => {
    const items = spellingItems({ articles, seedsDir: seedsWith(null) });
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item!.tier).toBe('check');
    expect(item!.file).toBe('people.yaml');
    expect(parseYaml(item!.snippet!).aliases).toHaveLength(1);
    const merged = seedsWith(item!.snippet!);
    const aliases = readPeopleAliases(merged);
    const people = peopleIndex(articles, aliases);
    const names = people.map((p) => p.name);
    const alias = [...aliases.keys()][0]!;
    const kept = aliases.get(alias)!;
    expect(names).toContain(kept);
    expect(names).not.toContain(alias);
    const before = peopleIndex(articles);
    const count = (list: typeof before, n: string) => list.find((p) => p.name === n)?.articles.length ?? 0;
    expect(count(people, kept)).toBe(count(before, kept) + count(before, alias));
    // Once merged, the check is quiet about them.
    expect(spellingItems({ articles, seedsDir: merged })).toEqual([]);
  });

  it('refuses a people.yaml of the wrong shape, naming the file', () => {
    const dir = seedsWith('aliases: [{ name: 吴昊姝 }]\n');
    expect(() => readPeopleAliases(dir)).toThrow(/people\.yaml/u);
  });
});
