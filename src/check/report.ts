/**
 * The editors' build report: one self-contained HTML file in Chinese (not published with the
 * site) that says whether the build may be published, lists what to fix in three tiers — 必须修改,
 * 建议检查, 已自动处理 (folded) — each item with where it is and what to do, shows what will change
 * for readers, and what the parser made of every seed. Reads at 390 px without sideways scrolling.
 * Pure: the check's findings in, HTML out.
 */
import type { Article } from '../records/schema.ts';
import type { SeedReport } from '../archive/load.ts';
import { COMPARED_FIELDS, type ArchiveDiff, type ArticleChange, type ComparableArticle, type Piece } from './diff.ts';
import { groupItems, ITEM_KINDS, TIERS, type ItemGroup, type ReportItem, type Tier } from './items.ts';

export interface ReportInput {
  generatedAt: string;
  seedsDir: string;
  seeds: SeedReport[];
  articles: Article[];
  items: ReportItem[];
  diff: ArchiveDiff | null;
  /** Where the previous build came from, or why there is none. */
  previous: string;
  /** Why moves were not written to redirects.yaml this time, if they were not. */
  redirectsHeld: string | null;
  /** Base address the article links open at (`npm run preview`). */
  siteBase: string;
  timings: [step: string, ms: number][];
}

/** Names of the check's steps, for the timings line. */
export const STEP_NAMES: Record<string, string> = { parse: '解析', build: '构建', check: '检查' };

const escape = (s: string) =>
  s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const link = (base: string, url: string, text: string) => `<a href="${escape(new URL(url, base).href)}">${escape(text)}</a>`;

const pieces = (ps: Piece[]) =>
  ps.map((p) => (p.op === 'same' ? escape(p.text) : p.op === 'added' ? `<ins>${escape(p.text)}</ins>` : `<del>${escape(p.text)}</del>`)).join('');

const place = (i: Pick<ReportItem, 'file' | 'line' | 'column'>) =>
  i.file ? `${i.file}${i.line ? ` 第${i.line}行${i.column ? `第${i.column}列` : ''}` : ''}` : '';

/** One occurrence: its place, the seed line quoted, the article it concerns. */
function occurrence(input: ReportInput, i: ReportItem, withMessage: boolean): string {
  const parts = [`<span class="place">${escape(place(i))}</span>`];
  if (withMessage) parts.push(`<span class="message">${escape(i.message)}</span>`);
  if (i.quote) parts.push(`<q>${escape(i.quote)}</q>`);
  if (i.article) parts.push(`→ 文章 ${link(input.siteBase, i.article.url, i.article.headline)}`);
  return parts.join(' ');
}

function groupHtml(input: ReportInput, g: ItemGroup): string {
  const first = g.items[0]!;
  const out = [`<article class="item ${g.tier}">`];
  out.push(`<p class="kind">${escape(ITEM_KINDS[g.kind])}${g.file ? ` · <span class="file">${escape(g.file)}</span>` : ''}${g.items.length > 1 ? ` · 共 ${g.items.length} 处` : ''}</p>`);
  if (g.items.length === 1) out.push(`<p class="what">${occurrence(input, first, true)}</p>`);
  else {
    out.push(`<p class="what">${escape(first.message)}</p>`);
    out.push(`<details><summary>全部 ${g.items.length} 处</summary><ul class="occurrences">`);
    for (const i of g.items) out.push(`<li>${occurrence(input, i, true)}</li>`);
    out.push('</ul></details>');
  }
  if (first.fix) out.push(`<p class="fix"><strong>怎么改：</strong>${escape(first.fix)}</p>`);
  if (first.snippet) out.push(`<p class="snippet-label">可以直接粘贴的 YAML：</p><pre class="snippet"><code>${escape(first.snippet)}</code></pre>`);
  out.push('</article>');
  return out.join('\n');
}

function tierSection(input: ReportInput, tier: Tier, groups: ItemGroup[]): string {
  const mine = groups.filter((g) => g.tier === tier);
  const count = mine.reduce((n, g) => n + g.items.length, 0);
  const heading = `${TIERS[tier]}（${count} 项）`;
  if (tier === 'auto') {
    return `<section id="auto" class="tier auto"><details><summary><h2>${heading}</h2> 不需要处理，展开可以逐条核对</summary>\n${mine.map((g) => groupHtml(input, g)).join('\n')}\n</details></section>`;
  }
  const empty = tier === 'must' ? '<p>没有必须修改的问题。</p>' : '<p>没有需要检查的地方。</p>';
  return `<section id="${tier}" class="tier ${tier}"><h2>${heading}</h2>\n${count ? mine.map((g) => groupHtml(input, g)).join('\n') : empty}\n</section>`;
}

function seedSection(input: ReportInput, s: SeedReport): string {
  const articles = input.articles.filter((a) => a.seed === s.seed);
  const l = s.ledger;
  const status = s.error || (l && (l.unplaced > 0 || !l.balanced)) ? 'bad' : s.warnings.length ? 'warn' : 'ok';
  const out: string[] = [];
  out.push(`<section class="seed ${status}" id="seed-${escape(s.seed)}">`);
  out.push(`<h3>${escape(s.seed)}</h3>`);
  out.push(`<p class="facts">编码：${escape(s.encoding ?? '无法读取')} · ${s.articles} 篇文章 · ${s.warnings.length} 条提示</p>`);
  if (s.error) out.push(`<p class="error">${escape(s.error)}</p>`);
  if (l) {
    const repairs = s.parse?.repairs.length ?? 0;
    out.push(
      `<dl class="ledger"><div><dt>字数</dt><dd>${l.charsIn}</dd></div>${l.added ? `<div><dt>补上的标点</dt><dd>${l.added}</dd></div>` : ''}<div><dt>归入文章</dt><dd>${l.placed}</dd></div>` +
        `<div><dt>版面文字</dt><dd>${l.furniture}</dd></div><div><dt>删去的重复</dt><dd>${l.removed}（修复 ${repairs} 处）</dd></div>` +
        `<div class="${l.unplaced ? 'bad' : ''}"><dt>未归入</dt><dd>${l.unplaced}</dd></div><div><dt>对得上</dt><dd>${l.balanced ? '是' : '<strong>否</strong>'}</dd></div></dl>`,
    );
  }
  if (articles.length) {
    out.push('<ol class="articles">');
    for (const a of articles) {
      const stack = [a.kicker, a.subheadline].filter(Boolean).map((t) => escape(t!)).join(' / ');
      out.push(`<li>${link(input.siteBase, a.url, a.headline)}${stack ? ` <span class="stack">${stack}</span>` : ''} <span class="lines">第${a.source.startLine}–${a.source.endLine}行</span></li>`);
    }
    out.push('</ol>');
  }
  if (s.parse?.furniture.length) {
    out.push(`<details><summary>版面文字（${s.parse.furniture.length}）</summary><ul>`);
    for (const f of s.parse.furniture) out.push(`<li><span class="line">第${f.line}行</span> ${escape(f.kind)}：<q>${escape(f.text)}</q></li>`);
    out.push('</ul></details>');
  }
  out.push('</section>');
  return out.join('\n');
}

function changeBody(c: ArticleChange): string {
  const out: string[] = ['<dl class="fields">'];
  for (const f of c.fields) out.push(`<dt>${COMPARED_FIELDS[f.field]}</dt><dd>${pieces(f.pieces)}</dd>`);
  out.push('</dl>');
  if (c.body.length) {
    out.push('<ul class="paragraphs">');
    for (const p of c.body) {
      if (p.op === 'changed') out.push(`<li>第${p.index}段改动：${pieces(p.pieces)}</li>`);
      else if (p.op === 'added') out.push(`<li>新增第${p.index}段：<ins>${escape(p.text)}</ins></li>`);
      else out.push(`<li>删去第${p.index}段：<del>${escape(p.text)}</del></li>`);
    }
    out.push('</ul>');
  }
  return out.join('\n');
}

function diffSection(input: ReportInput): string {
  const d = input.diff;
  const out = [`<h2 id="changes">将有哪些变化</h2>`, `<p class="facts">比较的对象：${escape(input.previous)}</p>`];
  if (!d) return out.join('\n');
  out.push(`<p class="facts">新增 ${d.added.length} · 删除 ${d.removed.length} · 修改 ${d.changed.length} · 搬到新地址 ${d.moved.length} · 不变 ${d.unchanged}</p>`);
  const item = (a: ComparableArticle, live: boolean) =>
    `<li>${live ? link(input.siteBase, a.url, a.headline) : escape(a.headline)} <span class="lines">${escape(a.id)}</span></li>`;
  if (d.added.length) out.push('<h3>新增</h3><ul>', ...d.added.map((a) => item(a, true)), '</ul>');
  if (d.removed.length) out.push('<h3>删除（它们原来的地址会打不开，除非在 seeds/redirects.yaml 中加上转址）</h3><ul>', ...d.removed.map((a) => item(a, false)), '</ul>');
  if (d.moved.length) {
    out.push('<h3>搬到新地址（旧地址会自动转到新地址）</h3>');
    for (const m of d.moved) {
      out.push(`<article class="change"><h4>${escape(m.before.url)} → ${link(input.siteBase, m.after.url, m.after.url)}</h4><p class="facts">相似度 ${m.similarity.toFixed(2)}</p>${changeBody(m)}</article>`);
    }
  }
  if (d.changed.length) {
    out.push('<h3>修改</h3>');
    for (const c of d.changed) out.push(`<article class="change"><h4>${link(input.siteBase, c.after.url, c.after.headline)}</h4>${changeBody(c)}</article>`);
  }
  if (input.redirectsHeld) out.push(`<p class="error">${escape(input.redirectsHeld)}</p>`);
  return out.join('\n');
}

export function renderReport(input: ReportInput): string {
  const groups = groupItems(input.items);
  const count = (t: Tier) => input.items.filter((i) => i.tier === t).length;
  const failed = count('must') > 0;
  const articles = input.seeds.reduce((n, s) => n + s.articles, 0);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${failed ? '✗ 不能发布' : '✓ 可以发布'} · 构建检查报告 · ${escape(input.generatedAt)}</title>
<style>
*, *::before, *::after { box-sizing: border-box; }
body { font: 16px/1.7 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } summary h2 { display: inline; }
.verdict { padding: .75rem 1rem; border-radius: .4rem; font-size: 1.15rem; }
.verdict.pass { background: #e6f4ea; } .verdict.fail { background: #fde8e8; }
nav.tiers a { display: inline-block; margin: 0 1rem .25rem 0; }
.item { border-left: .4rem solid #888; padding: .25rem .75rem; margin: .75rem 0; background: #fafafa; }
.item.must { border-color: #b3261e; } .item.check { border-color: #b26a00; } .item.auto { border-color: #2e7d32; }
.item p { margin: .3rem 0; } .kind { font-weight: 600; } .file, .place, .facts, .lines, .line, .stack { color: #555; font-size: .9rem; }
.fix { background: #fff; padding: .25rem .5rem; border-radius: .3rem; }
pre.snippet { white-space: pre-wrap; overflow-wrap: anywhere; background: #f0f3f7; padding: .5rem .75rem; border-radius: .3rem; font-size: .9rem; margin: .25rem 0; }
.occurrences li { margin: .2rem 0; }
.seed { border-left: .4rem solid #2e7d32; padding: .25rem 1rem; margin: 1rem 0; }
.seed.warn { border-color: #b26a00; } .seed.bad { border-color: #b3261e; }
.error, .bad { color: #b3261e; }
dl.ledger { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .5rem 0; }
dl.ledger div { display: flex; gap: .3rem; } dl.ledger dt { color: #555; } dl.ledger dd { margin: 0; font-weight: 600; }
ins { background: #d7f5dd; text-decoration: none; } del { background: #fbd3d0; }
.change { border-top: 1px solid #ddd; padding: .5rem 0; } dt { font-weight: 600; }
q { quotes: "「" "」"; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
</style>
</head>
<body>
<h1>构建检查报告</h1>
<p class="verdict ${failed ? 'fail' : 'pass'}">${failed ? `✗ 不能发布：有 ${count('must')} 项必须修改。` : '✓ 可以发布：没有必须修改的问题。'}${count('check') ? `另有 ${count('check')} 项建议检查。` : ''}</p>
<nav class="tiers"><a href="#must">${TIERS.must} ${count('must')}</a><a href="#check">${TIERS.check} ${count('check')}</a><a href="#auto">${TIERS.auto} ${count('auto')}</a><a href="#changes">将有哪些变化</a><a href="#seeds">每份稿件</a></nav>
<p class="facts">${escape(input.generatedAt)} · 稿件文件夹 ${escape(input.seedsDir)} · ${input.seeds.length} 份稿件，${articles} 篇文章 · 文章链接在 ${escape(input.siteBase)} 打开（先运行 <code>npm run preview</code>）</p>
<p class="facts">用时：${input.timings.map(([step, ms]) => `${escape(STEP_NAMES[step] ?? step)} ${(ms / 1000).toFixed(1)} 秒`).join(' · ')}</p>
${tierSection(input, 'must', groups)}
${tierSection(input, 'check', groups)}
${tierSection(input, 'auto', groups)}
${diffSection(input)}
<h2 id="seeds">每份稿件</h2>
${input.seeds.map((s) => seedSection(input, s)).join('\n')}
</body>
</html>
`;
}
