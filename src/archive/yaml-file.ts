/**
 * Reading the editors' YAML files (metadata.yaml, redirects.yaml) as a whole or not at all. A file
 * that cannot be read as a whole — a syntax error, a duplicated key, aliases that expand without
 * bound — stops the build and the check with its line and column: publishing nothing is better
 * than publishing every seed as unlisted (a typo once moved every article to /unsorted/).
 * Uses the `yaml` package's Document API, which keeps positions (and comments, for `npm run add`).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import type { ArchiveProblem } from '../records/schema.ts';

/** Zod's own messages in Chinese, for editors (the schema's custom messages already are). */
export const zhErrors = { error: z.locales.zhCN().localeError };

/** Aliases one file may expand (yaml's default): enough for any honest use, far below an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** A file the archive cannot be read without; the build and the check stop on it. */
export class ArchiveReadError extends Error {
  readonly problem: ArchiveProblem;
  constructor(problem: ArchiveProblem, path: string) {
    super(`${path}${problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''}: ${problem.message}${problem.fix ? `\n  ${problem.fix}` : ''}`);
    this.name = 'ArchiveReadError';
    this.problem = problem;
  }
}

export interface YamlFile {
  doc: Document.Parsed;
  /** The file as plain data. */
  data: unknown;
  /** Line and column of the deepest node on `path` that exists (a missing field: its entry). */
  locate(path: readonly (string | number)[]): { line: number; column: number } | null;
}

export const fatalProblem = (file: string, line: number | null, column: number | null, message: string, fix: string): ArchiveProblem => ({
  severity: 'error',
  file,
  line,
  column,
  field: null,
  message,
  fix,
  snippet: null,
});

/**
 * Parses `text` (the file `name` of the seeds folder, found at `path`). Throws ArchiveReadError
 * when the file cannot be read as a whole.
 */
export function readYamlFile(text: string, name: string, path: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const what = error.code === 'DUPLICATE_KEY' ? '同一个键写了两次' : '不是有效的 YAML';
    throw new ArchiveReadError(
      fatalProblem(
        name,
        at?.line ?? null,
        at?.col ?? null,
        `${what}（${error.message.split('\n')[0]!.replace(/:$/u, '')}）：整个文件无法读取，本次不构建、不发布任何内容`,
        error.code === 'DUPLICATE_KEY'
          ? `删除或合并第${at?.line ?? '?'}行重复的键，再运行一次`
          : `改正第${at?.line ?? '?'}行附近的写法（缩进用空格，冒号后加空格，括号和引号成对），再运行一次`,
      ),
      path,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    let first: { range?: [number, number, number] | null } | null = null;
    visit(doc, {
      Alias(_, node) {
        first ??= node;
      },
    });
    const at = (first as { range?: [number, number, number] | null } | null)?.range ? lines.linePos(first!.range![0]) : null;
    throw new ArchiveReadError(
      fatalProblem(
        name,
        at?.line ?? null,
        at?.col ?? null,
        `别名（*名字）展开后过大（${(err as Error).message}）：整个文件无法读取，本次不构建、不发布任何内容`,
        '删除文件中的锚点（&名字）和别名（*名字），把内容直接写出来',
      ),
      path,
    );
  }
  const locate = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let found: { range?: [number, number, number] | null } | null = null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        found = pair.key as { range?: [number, number, number] | null };
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (!node) break;
        found = node as { range?: [number, number, number] | null };
      } else break;
    }
    if (!found?.range) return null;
    const p = lines.linePos(found.range[0]);
    return { line: p.line, column: p.col };
  };
  return { doc, data, locate };
}
