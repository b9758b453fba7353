/**
 * metadata.yaml and redirects.yaml: a file that cannot be read as a whole stops the load with its
 * file, line and column (publishing nothing beats moving every article to /unsorted/); an invalid
 * entry affects that entry only.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveReadError, loadArchive } from '../../src/archive/load.ts';

const root = mkdtempSync(join(tmpdir(), 'yaml-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A copy of the real seeds with one file rewritten. */
function seedsWith(file: 'metadata.yaml' | 'redirects.yaml', edit: (text: string) => string): string {
  const dir = join(root, `seeds-${n++}`);
  cpSync('seeds', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}
function readError(dir: string): ArchiveReadError {
  try {
    loadArchive(dir);
  } catch (err) {
    if (err instanceof ArchiveReadError) return err;
    throw err;
  }
  throw new Error('loadArchive did not stop');
}
const lineOf = (dir: string, file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

describe('metadata.yaml that cannot be read as a whole', () => {
  it('stops on a duplicated key, naming file, line and column', () => {
    // The typo of the issue: a seed's key written twice.
    const dir = seedsWith('metadata.yaml', (t) => t.replace('  004_3ac0efa00b5db2aa.txt:', '  000_42a43713ae88928f.txt:'));
    const err = readError(dir);
    expect(err.problem).toMatchObject({ severity: 'error', file: 'metadata.yaml', line: expect.any(Number), column: 3 });
    const lines = readFileSync(join(dir, 'metadata.yaml'), 'utf8').split('\n');
    expect(lines[err.problem.line! - 1]).toBe('  000_42a43713ae88928f.txt:');
    expect(lines.indexOf('  000_42a43713ae88928f.txt:') + 1).toBeLessThan(err.problem.line!);
    expect(err.problem.message).toMatch(/^同一个键写了两次（Map keys must be unique.*）：整个文件无法读取，本次不构建、不发布任何内容$/u);
    expect(err.message).toMatch(new RegExp(`^${join(dir, 'metadata.yaml')}:${err.problem.line}:3: 同一个键写了两次`, 'u'));
  });

  it('stops on a syntax error, naming the line', () => {
    const dir = seedsWith('metadata.yaml', (t) => t.replace('    name: 柯城', '    name: [柯城'));
    expect(readError(dir).problem).toMatchObject({ file: 'metadata.yaml', line: expect.any(Number), message: expect.stringMatching(/^不是有效的 YAML/u) });
  });

  it('stops on aliases that expand without bound, naming the first alias', () => {
    const bomb = ['x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'y: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'z: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'w: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'];
    const dir = seedsWith('metadata.yaml', (t) => `${bomb.join('\n')}\n${t}`);
    expect(readError(dir).problem).toMatchObject({ line: 2, column: 8, message: expect.stringMatching(/^别名（\*名字）展开后过大/u) });
  });

  it('stops when publications is not a list', () => {
    const dir = seedsWith('metadata.yaml', (t) => t.replace(/^publications:\n[^]*?^seeds:/mu, 'publications: liushi\nseeds:'));
    expect(readError(dir).problem.message).toBe('publications: 应是报刊的列表（每项以“- slug:”开头）');
  });
});

describe('metadata entries', () => {
  it('refuse a second publication with a slug already taken; the first stays', () => {
    const dir = seedsWith('metadata.yaml', (t) => t.replace('seeds:\n', '  - slug: liushi\n    name: 柳市日报\nseeds:\n'));
    const archive = loadArchive(dir);
    expect(archive.problems).toContainEqual(
      expect.objectContaining({
        file: 'metadata.yaml',
        field: 'publications.3.slug',
        line: readFileSync(join(dir, 'metadata.yaml'), 'utf8').split('\n').lastIndexOf('  - slug: liushi') + 1,
        column: 5,
        message: '报刊 4 的 slug “liushi”与报刊 1 重复：两份报刊不能用同一个地址',
      }),
    );
    expect(archive.publications.filter((p) => p.slug === 'liushi').map((p) => p.name)).toEqual(['柳市']);
    expect(archive.articles.filter((a) => a.issue.publication === 'liushi')).toHaveLength(7);
  });
});

describe('redirects.yaml', () => {
  it('stops on a duplicated key, naming file, line and column', () => {
    const dir = seedsWith('redirects.yaml', (t) => t.replace('    since: 2026-11-30\n', '    since: 2026-11-30\n    since: 2026-12-01\n'));
    expect(readError(dir).problem).toMatchObject({ file: 'redirects.yaml', line: lineOf(dir, 'redirects.yaml', 'since: 2026-12-01'), column: 5 });
  });

  it('refuses entries whose old address is a site page or a live article, and leaves them out', () => {
    const live = loadArchive('seeds').articles[0]!;
    const dir = seedsWith('redirects.yaml', (t) =>
      t.replace('redirects:\n', `redirects:\n  - from: /about/\n    to: ${live.id}\n  - from: /places/\n    to: ${live.id}\n  - from: ${live.url}\n    to: ${live.id}\n`),
    );
    const archive = loadArchive(dir);
    const problems = archive.problems.filter((p) => p.file === 'redirects.yaml');
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['redirects.0.from', 6, '第 1 条转址的 from：/about/ 是网站自身的页面，不能转走'],
      ['redirects.1.from', 8, '第 2 条转址的 from：/places/ 是网站自身的页面，不能转走'],
      ['redirects.2.from', 10, `第 3 条转址的 from：${live.url} 现在又是一个有内容的页面`],
    ]);
    expect(archive.redirects.map((r) => r.from)).not.toContain('/about/');
    expect(archive.redirects.map((r) => r.from)).not.toContain(live.url);
    expect(archive.redirects).toHaveLength(loadArchive('seeds').redirects.length);
  });
});
