/**
 * The editors' build report: one self-contained HTML file (not published with the site) that
 * says whether the build may be published, what to fix, what the parser did with every seed, and
 * what will change for readers. Pure: the check's findings in, HTML out.
 */
import type { Article } from '../records/schema.ts';
import type { SeedReport } from '../archive/load.ts';
import { COMPARED_FIELDS, type ArchiveDiff, type ArticleChange, type ComparableArticle, type Piece } from './diff.ts';
import type { Finding } from './site.ts';

/** Kinds of problem that stop publication, in the order the report and summary list them. */
export const PROBLEM_KINDS = {
  archive: 'Metadata and redirects',
  seed: 'Seeds that could not be read',
  unplaced: 'Unplaced text',
  data: 'Open data against the schema',
  links: 'Broken links and assets',
  html: 'Invalid HTML',
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

export interface Problem {
  kind: ProblemKind;
  message: string;
}

export interface ReportInput {
  generatedAt: string;
  seedsDir: string;
  seeds: SeedReport[];
  articles: Article[];
  /** Text of each seed's lines, to quote the line a warning is about. */
  seedLines: Map<string, string[]>;
  problems: Problem[];
  warnings: number;
  diff: ArchiveDiff | null;
  /** Where the previous build came from, or why there is none. */
  previous: string;
  redirectsAdded: { from: string; to: string; reason?: string }[];
  /** Base address the article links open at (`npm run preview`). */
  siteBase: string;
  timings: [step: string, ms: number][];
}

const escape = (s: string) =>
  s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const link = (base: string, url: string, text: string) => `<a href="${escape(new URL(url, base).href)}">${escape(text)}</a>`;

const pieces = (ps: Piece[]) =>
  ps.map((p) => (p.op === 'same' ? escape(p.text) : p.op === 'added' ? `<ins>${escape(p.text)}</ins>` : `<del>${escape(p.text)}</del>`)).join('');

/** The article whose seed lines include `line`, if any. */
const articleAt = (articles: Article[], seed: string, line: number) =>
  articles.find((a) => a.seed === seed && a.source.startLine <= line && line <= a.source.endLine);

function seedSection(input: ReportInput, s: SeedReport): string {
  const articles = input.articles.filter((a) => a.seed === s.seed);
  const lines = input.seedLines.get(s.seed) ?? [];
  const l = s.ledger;
  const status = s.error || (l && (l.unplaced > 0 || !l.balanced)) ? 'bad' : s.warnings.length ? 'warn' : 'ok';
  const out: string[] = [];
  out.push(`<section class="seed ${status}" id="seed-${escape(s.seed)}">`);
  out.push(`<h3>${escape(s.seed)}</h3>`);
  out.push(`<p class="facts">encoding: ${escape(s.encoding ?? 'unreadable')} · ${s.articles} article(s) · ${s.warnings.length} warning(s)</p>`);
  if (s.error) out.push(`<p class="error">${escape(s.error)}</p>`);
  if (l) {
    const repairs = s.parse?.repairs.length ?? 0;
    out.push(
      `<table class="ledger"><tr><th>characters in</th><th>placed</th><th>furniture</th><th>repaired (duplicates removed)</th><th>unplaced</th><th>balanced</th></tr>` +
        `<tr><td>${l.charsIn}</td><td>${l.placed}</td><td>${l.furniture}</td><td>${l.removed} (${repairs} repair${repairs === 1 ? '' : 's'})</td>` +
        `<td class="${l.unplaced ? 'bad' : ''}">${l.unplaced}</td><td>${l.balanced ? 'yes' : '<strong>NO</strong>'}</td></tr></table>`,
    );
  }
  if (articles.length) {
    out.push('<ol class="articles">');
    for (const a of articles) {
      const stack = [a.kicker, a.subheadline].filter(Boolean).map((t) => escape(t!)).join(' / ');
      out.push(`<li>${link(input.siteBase, a.url, a.headline)}${stack ? ` <span class="stack">${stack}</span>` : ''} <span class="lines">lines ${a.source.startLine}–${a.source.endLine}</span></li>`);
    }
    out.push('</ol>');
  }
  if (s.parse?.unplaced.length) {
    out.push('<h4>Unplaced text (shown on the issue page; give it a place or correct the seed)</h4><ul class="unplaced">');
    for (const u of s.parse.unplaced) out.push(`<li><span class="line">line ${u.line}</span> <q>${escape(u.text)}</q></li>`);
    out.push('</ul>');
  }
  if (s.warnings.length) {
    out.push('<h4>Warnings</h4><ul class="warnings">');
    for (const w of s.warnings) {
      const quoted = w.line > 0 && lines[w.line - 1] !== undefined ? ` <q>${escape(lines[w.line - 1]!.trim().slice(0, 80))}</q>` : '';
      const article = w.line > 0 ? articleAt(input.articles, s.seed, w.line) : undefined;
      out.push(
        `<li><span class="line">${w.line > 0 ? `line ${w.line}` : 'file'}</span> ${escape(w.message)}${quoted}${article ? ` → ${link(input.siteBase, article.url, article.headline)}` : ''}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (s.parse?.furniture.length) {
    out.push(`<details><summary>Page furniture (${s.parse.furniture.length})</summary><ul>`);
    for (const f of s.parse.furniture) out.push(`<li><span class="line">line ${f.line}</span> ${escape(f.kind)}: <q>${escape(f.text)}</q></li>`);
    out.push('</ul></details>');
  }
  out.push('</section>');
  return out.join('\n');
}

function changeBody(c: ArticleChange): string {
  const out: string[] = ['<dl class="fields">'];
  for (const f of c.fields) out.push(`<dt>${COMPARED_FIELDS[f.field]} (${f.field})</dt><dd>${pieces(f.pieces)}</dd>`);
  out.push('</dl>');
  if (c.body.length) {
    out.push('<ul class="paragraphs">');
    for (const p of c.body) {
      if (p.op === 'changed') out.push(`<li>paragraph ${p.index} changed: ${pieces(p.pieces)}</li>`);
      else if (p.op === 'added') out.push(`<li>paragraph ${p.index} added: <ins>${escape(p.text)}</ins></li>`);
      else out.push(`<li>paragraph ${p.index} removed: <del>${escape(p.text)}</del></li>`);
    }
    out.push('</ul>');
  }
  return out.join('\n');
}

function diffSection(input: ReportInput): string {
  const d = input.diff;
  const out = [`<h2 id="changes">What will change</h2>`, `<p>Compared with: ${escape(input.previous)}</p>`];
  if (!d) return out.join('\n');
  out.push(
    `<p class="facts">${d.added.length} added · ${d.removed.length} removed · ${d.changed.length} changed · ${d.moved.length} moved to a new address · ${d.unchanged} unchanged</p>`,
  );
  const item = (a: ComparableArticle, live: boolean) =>
    `<li>${live ? link(input.siteBase, a.url, a.headline) : escape(a.headline)} <span class="lines">${escape(a.id)}</span></li>`;
  if (d.added.length) out.push('<h3>Added</h3><ul>', ...d.added.map((a) => item(a, true)), '</ul>');
  if (d.removed.length) {
    out.push('<h3>Removed (their old addresses will answer 404 unless you add a redirect in seeds/redirects.yaml)</h3><ul>', ...d.removed.map((a) => item(a, false)), '</ul>');
  }
  if (d.moved.length) {
    out.push('<h3>Moved (the old address redirects to the new one)</h3>');
    for (const m of d.moved) {
      out.push(
        `<article class="change"><h4>${escape(m.before.url)} → ${link(input.siteBase, m.after.url, m.after.url)}</h4><p class="facts">similarity ${m.similarity.toFixed(2)}</p>${changeBody(m)}</article>`,
      );
    }
  }
  if (d.changed.length) {
    out.push('<h3>Changed</h3>');
    for (const c of d.changed) out.push(`<article class="change"><h4>${link(input.siteBase, c.after.url, c.after.headline)}</h4>${changeBody(c)}</article>`);
  }
  if (input.redirectsAdded.length) {
    out.push('<h3>Redirects added to seeds/redirects.yaml (commit the file with the seeds)</h3><ul>');
    for (const r of input.redirectsAdded) out.push(`<li>${escape(r.from)} → ${escape(r.to)}${r.reason ? ` — ${escape(r.reason)}` : ''}</li>`);
    out.push('</ul>');
  }
  return out.join('\n');
}

export function renderReport(input: ReportInput): string {
  const failed = input.problems.length > 0;
  const byKind = (Object.keys(PROBLEM_KINDS) as ProblemKind[]).map((k) => [k, input.problems.filter((p) => p.kind === k)] as const);
  const articles = input.seeds.reduce((n, s) => n + s.articles, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${failed ? '✗' : '✓'} Build report · ${escape(input.generatedAt)}</title>
<style>
body { font: 16px/1.6 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
.verdict { padding: .75rem 1rem; border-radius: .4rem; font-size: 1.2rem; }
.verdict.pass { background: #e6f4ea; } .verdict.fail { background: #fde8e8; }
.seed { border-left: .4rem solid #2e7d32; padding: .25rem 1rem; margin: 1rem 0; }
.seed.warn { border-color: #b26a00; } .seed.bad { border-color: #b3261e; }
.error, .bad { color: #b3261e; } .facts, .lines, .line, .stack { color: #555; font-size: .9rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; text-align: right; }
ins { background: #d7f5dd; text-decoration: none; } del { background: #fbd3d0; }
.change { border-top: 1px solid #ddd; padding: .5rem 0; } dt { font-weight: 600; }
q { quotes: "「" "」"; }
</style>
</head>
<body>
<h1>Build report</h1>
<p class="verdict ${failed ? 'fail' : 'pass'}">${failed ? `✗ Not ready to publish: ${input.problems.length} problem(s) to fix.` : '✓ Ready to publish: no unplaced text, schema errors, broken links or invalid HTML.'}</p>
<p class="facts">${escape(input.generatedAt)} · seeds from ${escape(input.seedsDir)} · ${input.seeds.length} seed(s), ${articles} article(s), ${input.warnings} warning(s) · article links open ${escape(input.siteBase)} (start it with <code>npm run preview</code>)</p>
<p class="facts">${input.timings.map(([step, ms]) => `${escape(step)} ${(ms / 1000).toFixed(1)} s`).join(' · ')}</p>
${byKind
  .filter(([, ps]) => ps.length)
  .map(([k, ps]) => `<h2>${PROBLEM_KINDS[k]} (${ps.length})</h2><ul class="error">${ps.map((p) => `<li>${escape(p.message)}</li>`).join('')}</ul>`)
  .join('\n')}
${diffSection(input)}
<h2 id="seeds">Seeds</h2>
${input.seeds.map((s) => seedSection(input, s)).join('\n')}
</body>
</html>
`;
}

/** Findings of the site checks as problems. */
export const asProblems = (kind: ProblemKind, findings: Finding[]): Problem[] =>
  findings.map((f) => ({ kind, message: `dist/${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}` }));
