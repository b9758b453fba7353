/**
 * `seeds/redirects.yaml`: old article addresses that keep working after an id changed.
 *
 * Reading and resolving are pure (text in, records and errors out); `load.ts` reads the file and
 * `scripts/check.ts` writes it. Every error names the file and the field, and a bad entry is
 * dropped with its error while the others still serve.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { Redirect, type Article, type Issue, type ResolvedRedirect } from '../records/schema.ts';

export const REDIRECTS_FILE = 'redirects.yaml';

const HEADER = `# Old article addresses that must keep working (see README "Links that last").
# \`npm run check\` adds an entry when an article's id changes against the previous build (a corrected
# headline, a re-split page). from = the old address, to = the id of the article that now holds it.
# Editors may add or remove entries by hand; commit this file with the seeds.
`;

export interface RedirectsRead {
  redirects: Redirect[];
  errors: string[];
}

export function readRedirects(text: string, file: string): RedirectsRead {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (err) {
    return { redirects: [], errors: [`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`] };
  }
  const root = data as { redirects?: unknown };
  if (root.redirects != null && !Array.isArray(root.redirects)) {
    return { redirects: [], errors: [`${file}: field redirects: expected a list of {from, to} entries`] };
  }
  const redirects: Redirect[] = [];
  const errors: string[] = [];
  ((root.redirects ?? []) as unknown[]).forEach((entry, i) => {
    const r = Redirect.safeParse(entry);
    if (r.success) redirects.push(r.data);
    else for (const e of r.error.issues) errors.push(`${file}: field redirects.${i}${e.path.length ? `.${e.path.join('.')}` : ''}: ${e.message}`);
  });
  return { redirects, errors };
}

/**
 * The redirects the build can serve. An entry whose target id no longer exists, or whose old
 * address is a live page again, would send readers nowhere or hide a page: it is reported and
 * left out.
 */
export function resolveRedirects(
  redirects: Redirect[],
  articles: Article[],
  /** Issues, which a redirect may lead to by their key (an issue page whose date became known). */
  issues: Pick<Issue, 'key' | 'url' | 'publicationName' | 'dateLabel'>[],
  /** Addresses of every other page the build makes (publications, site pages). */
  otherPages: Iterable<string>,
  file: string,
): { resolved: ResolvedRedirect[]; errors: string[] } {
  const byId = new Map<string, { url: string; headline: string }>(articles.map((a) => [a.id, a]));
  for (const i of issues) byId.set(i.key, { url: i.url, headline: `${i.publicationName} ${i.dateLabel}` });
  const live = new Set([...articles.map((a) => a.url), ...issues.map((i) => i.url), ...otherPages]);
  const seen = new Set<string>();
  const resolved: ResolvedRedirect[] = [];
  const errors: string[] = [];
  redirects.forEach((r, i) => {
    const field = `${file}: field redirects.${i}`;
    const target = byId.get(r.to);
    if (!target) errors.push(`${field}.to: no article or issue has the id "${r.to}"; point it at the current id or remove the entry`);
    else if (live.has(r.from)) errors.push(`${field}.from: ${r.from} is a live page's address again; remove the entry`);
    else if (seen.has(r.from)) errors.push(`${field}.from: ${r.from} is listed twice; keep one entry`);
    else {
      seen.add(r.from);
      resolved.push({ ...r, toUrl: target.url, headline: target.headline });
    }
  });
  return { resolved, errors };
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
