/**
 * `seeds/redirects.yaml`: old article addresses that keep working after an id changed.
 *
 * Reading and resolving are pure (text in, records and errors out); `load.ts` reads the file and
 * `scripts/check.ts` writes it. Every error names the file and the field, and a bad entry is
 * dropped with its error while the others still serve.
 */
import { stringify } from 'yaml';
import { Redirect, RESERVED_SLUGS, type ArchiveProblem, type Article, type Issue, type ResolvedRedirect } from '../records/schema.ts';
import { ArchiveReadError, fatalProblem, readYamlFile, zhErrors } from './yaml-file.ts';

export const REDIRECTS_FILE = 'redirects.yaml';

const HEADER = `# Old article addresses that must keep working (see README "Links that last").
# \`npm run check\` adds an entry when an article's id changes against the previous build (a corrected
# headline, a re-split page). from = the old address, to = the id of the article that now holds it.
# Editors may add or remove entries by hand; commit this file with the seeds.
`;

export interface RedirectsRead {
  redirects: Redirect[];
  /** Line and column of each entry of `redirects` (same order), for the problems resolving finds. */
  positions: ({ line: number; column: number } | null)[];
  /** The number of each entry of `redirects` in the file (entries that failed validation are skipped). */
  indexes: number[];
  problems: ArchiveProblem[];
}

/**
 * Reads `redirects.yaml` (found at `path`). Throws ArchiveReadError when the file cannot be read as
 * a whole; an invalid entry is a problem of its own and is left out.
 */
export function readRedirects(text: string, path: string, name = REDIRECTS_FILE): RedirectsRead {
  const yaml = readYamlFile(text, name, path);
  const root = (yaml.data ?? {}) as { redirects?: unknown };
  if (typeof root !== 'object' || Array.isArray(root) || (root.redirects != null && !Array.isArray(root.redirects))) {
    const at = yaml.locate(['redirects']);
    throw new ArchiveReadError(
      fatalProblem(name, at?.line ?? null, at?.column ?? null, 'redirects: 应是 {from, to} 条目的列表', '照文件开头的说明改写，或删除这个文件（npm run check 会重新写出需要的条目）'),
      path,
    );
  }
  const out: RedirectsRead = { redirects: [], positions: [], indexes: [], problems: [] };
  ((root.redirects ?? []) as unknown[]).forEach((entry, i) => {
    const r = Redirect.safeParse(entry, zhErrors);
    if (r.success) {
      out.redirects.push(r.data);
      out.positions.push(yaml.locate(['redirects', i]));
      out.indexes.push(i);
      return;
    }
    for (const e of r.error.issues) {
      const at = yaml.locate(['redirects', i, ...(e.path as (string | number)[])]);
      out.problems.push({
        severity: 'error',
        file: name,
        line: at?.line ?? null,
        column: at?.column ?? null,
        field: ['redirects', i, ...e.path].map(String).join('.'),
        message: `第 ${i + 1} 条转址的 ${e.path.map(String).join('.') || '条目'}：${e.message}`,
        fix: '改正或删除这一条；在改好之前它不起作用',
        snippet: null,
      });
    }
  });
  return out;
}

/** Addresses of the site's own pages (/, /about/, /places/…, /search/): never a redirect's old address. */
export function isSitePage(path: string): boolean {
  const first = path.split('/')[1] ?? '';
  return path === '/' || first === '404' || RESERVED_SLUGS.includes(first);
}

/**
 * The redirects the build can serve. An entry whose target id no longer exists, or whose old
 * address is a live page (an article, an issue, a publication or one of the site's own pages),
 * would send readers nowhere or hide a page: it is reported and left out.
 */
export function resolveRedirects(
  read: Pick<RedirectsRead, 'redirects'> & Partial<Pick<RedirectsRead, 'positions' | 'indexes'>>,
  articles: Pick<Article, 'id' | 'url' | 'headline'>[],
  /** Issues, which a redirect may lead to by their key (an issue page whose date became known). */
  issues: Pick<Issue, 'key' | 'url' | 'publicationName' | 'dateLabel'>[],
  /** Addresses of every other page the build makes (publications). */
  otherPages: Iterable<string>,
  name = REDIRECTS_FILE,
): { resolved: ResolvedRedirect[]; problems: ArchiveProblem[] } {
  const byId = new Map<string, { url: string; headline: string }>(articles.map((a) => [a.id, a]));
  for (const i of issues) byId.set(i.key, { url: i.url, headline: `${i.publicationName} ${i.dateLabel}` });
  const live = new Set([...articles.map((a) => a.url), ...issues.map((i) => i.url), ...otherPages]);
  const seen = new Set<string>();
  const resolved: ResolvedRedirect[] = [];
  const problems: ArchiveProblem[] = [];
  read.redirects.forEach((r, k) => {
    const i = read.indexes?.[k] ?? k;
    const at = read.positions?.[k] ?? null;
    const problem = (field: 'from' | 'to', message: string, fix: string) =>
      problems.push({ severity: 'error', file: name, line: at?.line ?? null, column: at?.column ?? null, field: `redirects.${i}.${field}`, message, fix, snippet: null });
    const target = byId.get(r.to);
    if (!target) problem('to', `第 ${i + 1} 条转址的 to：没有 id 为“${r.to}”的文章或期次`, '把 to 改成文章现在的 id（见检查报告“将有哪些变化”），或删除这一条；在改好之前它不起作用');
    else if (isSitePage(r.from)) problem('from', `第 ${i + 1} 条转址的 from：${r.from} 是网站自身的页面，不能转走`, '删除这一条');
    else if (live.has(r.from)) problem('from', `第 ${i + 1} 条转址的 from：${r.from} 现在又是一个有内容的页面`, '删除这一条（这个地址的页面照常发布）');
    else if (seen.has(r.from)) problem('from', `第 ${i + 1} 条转址的 from：${r.from} 已在前面出现过`, '只保留一条');
    else {
      seen.add(r.from);
      resolved.push({ ...r, toUrl: target.url, headline: target.headline });
    }
  });
  return { resolved, problems };
}

/** An article (or an issue page, by its key) that changed address between two builds. */
export interface Move {
  fromUrl: string;
  fromId: string;
  toId: string;
  reason: string;
}

/**
 * Issue pages that moved with their articles: an issue page whose address no build makes any
 * more (its date became known, or was corrected) leads to the issue its articles went to.
 */
export function issueMoves(
  moved: { before: { issue?: { url?: string; key?: string } }; after: { issue?: { key?: string } } }[],
  liveUrls: ReadonlySet<string>,
): Move[] {
  const out = new Map<string, Move>();
  for (const m of moved) {
    const from = m.before.issue?.url;
    const to = m.after.issue?.key;
    if (!from || !to || liveUrls.has(from) || out.has(from)) continue;
    out.set(from, { fromUrl: from, fromId: m.before.issue?.key ?? from, toId: to, reason: `issue page moved with its articles: ${from} → ${to}` });
  }
  return [...out.values()];
}

/**
 * The redirect list after some articles moved: one entry per move, and older entries that led
 * to a moved article now lead to where it went (so a link from years ago still lands in one hop).
 */
export function addMoves(existing: Redirect[], moves: Move[], today: string): { redirects: Redirect[]; added: Redirect[] } {
  const next = new Map(moves.map((m) => [m.fromId, m.toId]));
  const redirects = existing.map((r) => (next.has(r.to) ? { ...r, to: next.get(r.to)! } : r));
  const known = new Set(redirects.map((r) => r.from));
  const added: Redirect[] = [];
  for (const m of moves) {
    if (known.has(m.fromUrl)) continue;
    known.add(m.fromUrl);
    added.push({ from: m.fromUrl, to: m.toId, since: today, reason: m.reason });
  }
  return { redirects: [...redirects, ...added], added };
}

export const formatRedirects = (redirects: Redirect[]) => HEADER + stringify({ redirects }, { lineWidth: 0 });
