/**
 * Reads and validates `seeds/metadata.yaml`. A file that cannot be read as a whole (a syntax error,
 * a duplicated key, an alias bomb, or no `publications` list / `seeds` map) throws
 * ArchiveReadError: nothing is built. A bad entry affects that entry only: it is reported (file,
 * line, column, field, what to do, the corrected entry as YAML) and its seed is read as if it had
 * no metadata, so the other seeds publish as usual.
 */
import { stringify } from 'yaml';
import { Publication, SeedMeta, type ArchiveProblem } from '../records/schema.ts';
import { ArchiveReadError, fatalProblem, readYamlFile, zhErrors, type YamlFile } from './yaml-file.ts';

export const METADATA_FILE = 'metadata.yaml';

export interface Metadata {
  publications: Publication[];
  seeds: Map<string, SeedMeta>;
  /** Each seed's entry as written (valid or not), for corrected snippets. */
  entries: Map<string, Record<string, unknown>>;
  problems: ArchiveProblem[];
  /** Line and column of a field of the file (see yaml-file.ts). */
  locate: YamlFile['locate'];
}

/** One seed's entry as it sits under `seeds:` (indented two spaces), ready to paste. */
export function seedEntrySnippet(seed: string, entry: Record<string, unknown>): string {
  return stringify({ [seed]: entry }, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function readMetadata(text: string, path: string, name = METADATA_FILE): Metadata {
  const yaml = readYamlFile(text, name, path);
  const out: Metadata = { publications: [], seeds: new Map(), entries: new Map(), problems: [], locate: yaml.locate };
  const root = yaml.data;
  const fatal = (key: string, message: string, fix: string) => {
    const at = yaml.locate([key]);
    throw new ArchiveReadError(fatalProblem(name, at?.line ?? null, at?.column ?? null, message, fix), path);
  };
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    fatal('publications', '文件的最外层应是 publications: 和 seeds: 两项', '照 README“添加稿件”一节的样子写 publications: 列表和 seeds: 表');
  }
  const { publications, seeds } = root as { publications?: unknown; seeds?: unknown };
  if (!Array.isArray(publications)) {
    fatal('publications', 'publications: 应是报刊的列表（每项以“- slug:”开头）', '照 README“添加稿件”一节的样子改写 publications:');
  }
  if (seeds !== undefined && seeds !== null && (typeof seeds !== 'object' || Array.isArray(seeds))) {
    fatal('seeds', 'seeds: 应是“文件名: 条目”的表', '照 README“添加稿件”一节的样子改写 seeds:');
  }
  const problem = (at: readonly (string | number)[], message: string, fix: string, snippet: string | null = null): ArchiveProblem => {
    const where = yaml.locate(at);
    return { severity: 'error', file: name, line: where?.line ?? null, column: where?.column ?? null, field: fieldPath(at), message, fix, snippet };
  };

  readPublications(publications as unknown[], problem, out);
  readSeedEntries((seeds ?? {}) as Record<string, unknown>, problem, out);
  return out;
}

type Problem = (at: readonly (string | number)[], message: string, fix: string, snippet?: string | null) => ArchiveProblem;

/** The publications: list, each checked; a bad one or a second with the same slug is left out with its problem. */
function readPublications(publications: unknown[], problem: Problem, out: Metadata): void {
  const slugOwner = new Map<string, number>();
  publications.forEach((p, i) => {
    const r = Publication.safeParse(p, zhErrors);
    if (!r.success) {
      for (const e of r.error.issues) {
        out.problems.push(problem(['publications', i, ...(e.path as (string | number)[])], `报刊 ${i + 1}：${e.message}`, '改正这个字段；在改好之前，这份报刊的稿件列在“未编目”下'));
      }
      return;
    }
    const first = slugOwner.get(r.data.slug);
    if (first !== undefined) {
      out.problems.push(
        problem(['publications', i, 'slug'], `报刊 ${i + 1} 的 slug “${r.data.slug}”与报刊 ${first + 1} 重复：两份报刊不能用同一个地址`, '给其中一份换一个 slug（只用小写字母、数字和 -），或删除重复的一项；现在只采用第一项'),
      );
      return;
    }
    slugOwner.set(r.data.slug, i);
    out.publications.push(r.data);
  });
}

/** The seeds: table, each entry checked against the schema and the publications read before it. */
function readSeedEntries(seeds: Record<string, unknown>, problem: Problem, out: Metadata): void {
  const slugs = out.publications.map((p) => p.slug);
  for (const [seed, entry] of Object.entries(seeds)) {
    const raw = entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
    out.entries.set(seed, raw);
    // `../x.txt` or `sub/x.txt` would reach outside the seeds folder; seeds are named by file name only.
    if (/[/\\]/u.test(seed)) {
      const base = seed.split(/[/\\]/u).at(-1)!;
      out.problems.push(
        problem(['seeds', seed], `条目“${seed}”带有路径：稿件只按 seeds 文件夹里的文件名登记`, `把文件放进 seeds 文件夹，条目名只写文件名`, seedEntrySnippet(base, raw)),
      );
      continue;
    }
    const r = SeedMeta.safeParse(entry ?? {}, zhErrors);
    if (!r.success) {
      // The entry without its bad fields, in the editor's order; an impossible day whose year is
      // right keeps the year: the honest part of what was given.
      const bad = new Set(r.error.issues.map((e) => String(e.path[0])));
      const year = typeof raw.date === 'string' || typeof raw.date === 'number' ? (/^(\d{4})/u.exec(String(raw.date))?.[1] ?? null) : null;
      const corrected = Object.fromEntries(
        Object.entries(raw).flatMap(([k, v]) => (!bad.has(k) ? [[k, v]] : k === 'date' ? [[k, year]] : [])),
      );
      for (const e of r.error.issues) {
        out.problems.push(
          problem(
            ['seeds', seed, ...(e.path as (string | number)[])],
            `${seed} 的 ${fieldPath(e.path) || '条目'}：${e.message}`,
            `改正这个字段（下面是去掉错误后的条目${e.path[0] === 'date' ? '，日期只保留年份；知道哪一天就写成 yyyy-mm-dd' : ''}）；在改好之前，这份稿件按未登记处理，列在“未编目”下`,
            seedEntrySnippet(seed, corrected),
          ),
        );
      }
      continue;
    }
    if (!slugs.includes(r.data.publication)) {
      out.problems.push(
        problem(
          ['seeds', seed, 'publication'],
          `${seed} 的 publication “${r.data.publication}”不在 publications: 列表里（现有：${slugs.join('、')}）`,
          '改成现有报刊之一，或在 publications: 下加上这份报刊；在改好之前，这份稿件列在“未编目”下',
          `  - slug: ${r.data.publication}\n    name: 报刊名称  # 改成报刊的中文名`,
        ),
      );
      continue;
    }
    out.seeds.set(seed, r.data);
  }
}

