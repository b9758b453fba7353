/**
 * The site's own settings, in one place: its name, description, canonical address, contact and
 * corrections address. Editors set them in `seeds/site.yaml` (optional; every field has a default);
 * `SITE_URL` in the environment overrides the address for one build (a preview deployment).
 * Read at build time by astro.config.mjs, the layout, the feed and the pre-publish check.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SiteSettings } from '../records/schema.ts';

export const SITE_FILE = 'site.yaml';

/** Stands in for the real address until an editor sets `url`; `npm run check` refuses to publish with it. */
export const PLACEHOLDER_SITE_URL = 'https://archive.example.org';

export interface ResolvedSiteSettings extends SiteSettings {
  /** The canonical origin the build uses: `SITE_URL`, else `url`, else the placeholder. */
  origin: string;
  /** True while the placeholder stands in for the real address. */
  placeholder: boolean;
  /** Problems in `site.yaml`, each naming the file and field; defaults stand in for a bad field. */
  errors: string[];
}

/**
 * Settings read, by file, SITE_URL and the file's modification time. Every page reads them (the
 * layout, an article page three times): parsing the YAML and the schema each time cost ≈ 0.2–0.6 ms
 * a call, so a build reads the file once; an edit (`astro dev`) changes the time and is read again.
 */
const readSettings = new Map<string, ResolvedSiteSettings>();

export function readSiteSettings(seedsDir = process.env.SEEDS_DIR || 'seeds', env: NodeJS.ProcessEnv = process.env): ResolvedSiteSettings {
  const file = join(seedsDir, SITE_FILE);
  let mtime = -1;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    // No site.yaml: the defaults.
  }
  const key = `${file}\u0000${env.SITE_URL ?? ''}\u0000${mtime}`;
  const known = readSettings.get(key);
  if (known) return known;
  // Frozen, not copied for each caller: a copy per call was ≈ 0.2 ms of every page (profile at
  // 10,000 articles); a caller that tried to change the settings would throw instead.
  const settings = deepFreeze(parseSiteSettings(file, env));
  readSettings.set(key, settings);
  return settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

function parseSiteSettings(file: string, env: NodeJS.ProcessEnv): ResolvedSiteSettings {
  const errors: string[] = [];
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = parseYaml(readFileSync(file, 'utf8'), { uniqueKeys: true }) ?? {};
    } catch (err) {
      errors.push(`${file}: 不是有效的 YAML：${(err as Error).message.split('\n')[0]}`);
    }
  }
  let settings = SiteSettings.parse({});
  const parsed = SiteSettings.safeParse(raw);
  if (parsed.success) settings = parsed.data;
  else for (const e of parsed.error.issues) errors.push(`${file}: 字段 ${e.path.join('.') || '(根)'}：${e.message}`);
  const origin = (env.SITE_URL || settings.url || PLACEHOLDER_SITE_URL).replace(/\/+$/u, '');
  return { ...settings, origin, placeholder: origin === PLACEHOLDER_SITE_URL, errors };
}
