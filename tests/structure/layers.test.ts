/**
 * The layers README's "Layout" draws, kept: what each folder may import. Reads the import
 * specifiers of every module under src/ (static imports, re-exports and dynamic import()).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : /\.(ts|astro)$/u.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Folder under src/ (`read-model`, `client` …) of every module a file imports by a relative path. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gmu)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(dirname(file), s)).split('/').slice(0, -1).join('/') || '.');
}

/** Every `importer → imported` pair where a module of `from` imports from one of `forbidden`. */
function crossings(from: string, forbidden: string[]): string[] {
  return modules(join(SRC, from)).flatMap((file) =>
    importedFolders(file)
      .filter((folder) => forbidden.some((f) => folder === f || folder.startsWith(`${f}/`)))
      .map((folder) => `${relative(SRC, file)} → ${folder}/`),
  );
}

describe('layers', () => {
  it('the read model and browse import no view and no browser script', () => {
    expect(crossings('read-model', ['components', 'layouts', 'pages', 'client'])).toEqual([]);
    expect(crossings('browse', ['components', 'layouts', 'pages', 'client', 'read-model'])).toEqual([]);
  });

  it('search/ stands alone: it imports only the record types', () => {
    const folders = new Set(modules(join(SRC, 'search')).flatMap(importedFolders));
    expect([...folders].filter((f) => f !== 'search' && f !== 'records').sort()).toEqual([]);
  });

  it('records, the parser and the loader import nothing of the site', () => {
    for (const layer of ['records', 'parse', 'archive']) {
      expect(crossings(layer, ['components', 'layouts', 'pages', 'client', 'read-model', 'browse', 'search'])).toEqual([]);
    }
  });

  it('browser scripts live in client/: no other module imports one, bar the views that load them', () => {
    const outside = ['read-model', 'browse', 'search', 'records', 'parse', 'archive', 'places', 'build', 'check', 'integrations'];
    expect(outside.flatMap((layer) => crossings(layer, ['client']))).toEqual([]);
  });

  it('tests import nothing from scripts/: what they share is in src/ or tests/support/', () => {
    const tests = resolve('tests');
    const fromScripts = modules(tests)
      .filter((file) => !file.includes('/fixtures/'))
      .flatMap((file) => importedFolders(file).filter((f) => f === '../scripts' || f.startsWith('../scripts/')).map(() => relative(tests, file)));
    expect(fromScripts).toEqual([]);
  });

  it('data reaches the integrations by one route, the spill folder of the build: no registry on a global object', () => {
    // A value kept under a Symbol.for() key on globalThis is how two module graphs of one process
    // share state behind the code's back (the search records once went that way, then the PDF page files).
    const globalSlots = modules(SRC).filter((file) => /Symbol\.for\(/u.test(readFileSync(file, 'utf8')));
    expect(globalSlots.map((file) => relative(SRC, file))).toEqual([]);
    expect(readFileSync(join(SRC, 'integrations/build-spill.ts'), 'utf8')).toContain('spillPageFile');
  });

  it('finds imports at all (the scan reads the files it should)', () => {
    expect(importedFolders(join(SRC, 'read-model/archive.ts'))).toContain('browse');
    expect(crossings('components', ['read-model']).length).toBeGreaterThan(5);
  });
});
