/**
 * What the pre-publish check tells editors, as items in three tiers: 必须修改 (blocks publishing),
 * 建议检查 (worth a look), 已自动处理 (repairs, folded away). Every item says where (file, line,
 * the seed line quoted, the article it concerns) and what to do — a ready-to-paste YAML entry
 * when the fix is in metadata. Items of one kind on one file are grouped (`groupItems`), so a seed
 * with 23 like warnings shows one entry, not 23. Pure: the check's findings in, items out.
 */
import type { Archive } from '../archive/load.ts';
import { METADATA_FILE, seedEntrySnippet } from '../archive/metadata.ts';
import { seedFileOf, seedLabel } from '../archive/ids.ts';
import type { ResolvedSiteSettings } from '../site/settings.ts';
import type { ArchiveProblem, Article } from '../records/schema.ts';
import { articlesAfterIssue, eventsAfterIssue, missingContinuations, type ConsistencyFinding } from './consistency.ts';
import { REPAIR_LABELS } from './seed-report.ts';
import { HINT_REPEAT_LIMIT } from '../parse/hints.ts';
import { peopleIndex, personUrl, ROLE_LABELS } from '../browse/people.ts';
import { PEOPLE_FILE, readPeopleAliases, suspectedSpellings } from '../browse/people-aliases.ts';
import type { Finding } from './site.ts';

export const TIERS = { must: '必须修改', check: '建议检查', auto: '已自动处理' } as const;
export type Tier = keyof typeof TIERS;

/** Kinds of item, in the order the report lists them, with their heading. */
export const ITEM_KINDS = {
  'archive-file': '无法读取的设置文件',
  'site-address': '网站地址',
  'site-settings': '网站设置（site.yaml）',
  metadata: '元数据（metadata.yaml）',
  redirects: '转址（redirects.yaml）',
  seed: '无法读入的稿件',
  unplaced: '未能归入文章的文字',
  data: '开放数据不符合数据规范',
  links: '坏链接和缺失的文件',
  html: 'HTML 不合规范',
  previous: '上一次构建',
  'metadata-suggestion': '可以补进元数据的信息',
  dates: '前后矛盾的日期',
  continuation: '下转的版面不在档案中',
  people: '可能是同一人的两种写法',
  removed: '将从网站上消失的文章',
  skipped: '没有读入的文件',
  decoding: '编码、替换字符和不可见字符',
  parse: '解析时拿不准的地方',
  repair: '已修复的文字',
  'redirect-added': '新加的转址',
} as const;
export type ItemKind = keyof typeof ITEM_KINDS;

export interface ReportItem {
  tier: Tier;
  kind: ItemKind;
  /** The file it concerns: a seed, a YAML file of the seeds folder, or `dist/…`; null for the whole run. */
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
  /** What to do. */
  fix: string | null;
  /** Ready-to-paste YAML. */
  snippet: string | null;
  /** The seed line the item is about, as printed. */
  quote: string | null;
  /** The article it concerns, to open in `npm run preview`. */
  article: { url: string; headline: string } | null;
  /** The parser's kind of hint, when it is one: like hints group by it. */
  code?: string | null;
}

const item = (p: Partial<ReportItem> & Pick<ReportItem, 'tier' | 'kind' | 'message'>): ReportItem => ({
  code: null,
  file: null,
  line: null,
  column: null,
  fix: null,
  snippet: null,
  quote: null,
  article: null,
  ...p,
});

/** Quoted seed lines are cut to this many characters (a 1 MB line would drown the report). */
const QUOTE_MAX_CHARS = 80;

/** Where a seed line is: its text and the article whose lines include it. */
export class SeedLines {
  private readonly lines: Map<string, string[]>;
  private readonly articles: Article[];
  constructor(lines: Map<string, string[]>, articles: Article[]) {
    this.lines = lines;
    this.articles = articles;
  }
  quote(seed: string, line: number | null): string | null {
    if (!line) return null;
    const text = this.lines.get(seed)?.[line - 1]?.trim();
    return text ? (text.length > QUOTE_MAX_CHARS ? `${text.slice(0, QUOTE_MAX_CHARS)}…` : text) : null;
  }
  article(seed: string, line: number | null): ReportItem['article'] {
    if (!line) return null;
    const a = this.articles.find((x) => x.seed === seed && x.source.startLine <= line && line <= x.source.endLine);
    return a ? { url: a.url, headline: a.headline } : null;
  }
  /** The first line of `a` holding `needle` (a date, a marker), else its first line. */
  lineOf(a: Article, needle: string): number {
    const lines = this.lines.get(a.seed) ?? [];
    for (let n = a.source.startLine; needle && n <= a.source.endLine; n++) if (lines[n - 1]?.includes(needle)) return n;
    return a.source.startLine;
  }
}

/** How a problem of the loader becomes an item: its file decides the kind. */
function problemItem(p: ArchiveProblem): ReportItem {
  const kind: ItemKind = p.file === METADATA_FILE ? 'metadata' : p.file === 'redirects.yaml' ? 'redirects' : 'seed';
  return item({ tier: p.severity === 'error' ? 'must' : 'check', kind, file: p.file, line: p.line, column: p.column, message: p.message, fix: p.fix, snippet: p.snippet });
}

/**
 * Metadata an editor could add: a seed that metadata does not list (its whole entry), or fields
 * the parser had to guess (kind). Only what the parse read is offered, never a guessed date.
 */
function metadataSuggestions(archive: Archive): ReportItem[] {
  const out: ReportItem[] = [];
  const slugs = archive.metadata?.publications.map((p) => p.slug) ?? [];
  // The pages of a PDF of several pages share their file's entry: it is suggested once, for the file.
  const suggested = new Set<string>();
  for (const s of archive.seeds) {
    if (!s.parse) continue;
    const { file } = seedFileOf(s.seed);
    if (suggested.has(file)) continue;
    suggested.add(file);
    const meta = archive.metadata?.seeds.get(file);
    if (!meta && !archive.metadata?.entries.has(file)) {
      const entry: Record<string, unknown> = { publication: slugs[0] ?? 'liushi', kind: s.parse.kind, date: null };
      const snippet = seedEntrySnippet(file, entry)
        .replace(/(publication: .*)$/mu, `$1  # 改成它所属的报刊：${slugs.join('、') || '先在 publications: 下登记报刊'}`)
        .replace(/(date: null)$/mu, '$1  # 知道日期就写 yyyy-mm-dd，只知道年份就写 yyyy');
      out.push(
        item({
          tier: 'check',
          kind: 'metadata-suggestion',
          file: s.seed,
          message: `${file} 没有在 metadata.yaml 中登记，现在列在“未编目”下`,
          fix: '在 metadata.yaml 的 seeds: 下加上这个条目，按注释改好报刊和日期；知道版次就加上 page:',
          snippet,
        }),
      );
    } else if (meta && !meta.kind) {
      out.push(
        item({
          tier: 'check',
          kind: 'metadata-suggestion',
          file: s.seed,
          message: `${seedLabel(s.seed)} 的元数据没有写 kind，解析器按“${s.parse.kind}”读了它`,
          fix: `读得对的话，在 metadata.yaml 中用下面的条目替换 ${file} 的条目（版面类型：news-page 新闻版，feature-page 专版，document 公文）`,
          snippet: seedEntrySnippet(file, { ...archive.metadata!.entries.get(file), kind: s.parse.kind }),
        }),
      );
    }
  }
  return out;
}

/** Parser hints that a metadata suggestion above already covers. */
const COVERED_BY_SUGGESTION = new Set(['kind-inferred']);

/** Every item the archive itself gives: the loader's problems, each seed's errors, warnings and repairs. */
export function archiveItems(archive: Archive, lines: SeedLines): ReportItem[] {
  const out: ReportItem[] = archive.problems.map(problemItem);
  for (const s of archive.skipped) {
    out.push(item({ tier: 'check', kind: 'skipped', file: s.name, message: `${s.name}：${s.reason}`, fix: '这个文件要发布的话，按上面说的处理；不需要的话可以不管' }));
  }
  out.push(...metadataSuggestions(archive));
  for (const s of archive.seeds) {
    if (s.error && !s.parse) {
      out.push(item({ tier: 'must', kind: 'seed', file: s.seed, line: s.errorLine, message: s.error, quote: lines.quote(s.seed, s.errorLine) }));
      continue;
    }
    const parse = s.parse;
    if (!parse) continue;
    if (s.error || parse.unplaced.length || !parse.ledger.balanced) {
      const fix = '这些文字没有归入任何文章（暂时显示在期次页的“未能归入文章的文字”下）：在稿件中给它加上标题、把它移到所属文章旁，或改正 metadata.yaml 中这份稿件的 kind';
      for (const u of parse.unplaced) {
        out.push(item({ tier: 'must', kind: 'unplaced', file: s.seed, line: u.line, message: `未能归入文章的文字：“${u.text.length > QUOTE_MAX_CHARS ? `${u.text.slice(0, QUOTE_MAX_CHARS)}…` : u.text}”`, fix, quote: lines.quote(s.seed, u.line) }));
      }
      if (!parse.ledger.balanced) {
        out.push(item({ tier: 'must', kind: 'unplaced', file: s.seed, message: `${s.seed} 的字数对不上：有文字在解析中丢失或多出`, fix: '把这条消息和文件交给维护网站的人' }));
      }
    }
    const fromParser = new Set(parse.warnings);
    for (const w of s.warnings) {
      if (fromParser.has(w) && w.code && COVERED_BY_SUGGESTION.has(w.code)) continue;
      // The loader's "not listed" warning: the metadata suggestion above says it, with the entry to add.
      if (!fromParser.has(w) && w.message.includes(METADATA_FILE)) continue;
      const line = w.line || null;
      // A hint about the whole seed: what metadata can state, it settles.
      const wholeSeed = !line && fromParser.has(w);
      out.push(
        item({
          tier: 'check',
          kind: fromParser.has(w) ? 'parse' : 'decoding',
          file: s.seed,
          line,
          message: w.message,
          code: w.code ?? null,
          fix: line
            ? `对照原报纸核对第${line}行（下面引用了这一行）；需要时改正稿件的文字，再运行一次检查`
            : wholeSeed
              ? `这条提示说的是整份稿件：报纸上印着的信息（日期写成 date: yyyy-mm-dd，版次 page，版面类型 kind）写进 metadata.yaml 中 ${s.seed} 的条目，就不再推断；没有印的可以不管`
              : null,
          quote: lines.quote(s.seed, line),
          article: lines.article(s.seed, line),
        }),
      );
    }
    repairItems(s.seed, parse.repairs, lines, out);
  }
  return out;
}

/**
 * One seed's repairs as report items, bounded as its hints are (src/parse/hints.ts): a repair made
 * more than HINT_REPEAT_LIMIT times (a control character on each of 140,000 lines) is listed for
 * its first lines, then once with the count, never once per line.
 */
function repairItems(seed: string, repairs: NonNullable<Archive['seeds'][number]['parse']>['repairs'], lines: SeedLines, out: ReportItem[]): void {
  const seen = new Map<string, { count: number; lines: number[] }>();
  for (const r of repairs) {
    const message = `${REPAIR_LABELS[r.kind] ?? r.kind}：“${r.before}” → “${r.after}”`;
    const group = seen.get(message) ?? seen.set(message, { count: 0, lines: [] }).get(message)!;
    if (++group.count > HINT_REPEAT_LIMIT) continue;
    group.lines.push(r.line);
    out.push(item({ tier: 'auto', kind: 'repair', file: seed, line: r.line, column: r.column, message, article: lines.article(seed, r.line) }));
  }
  for (const [message, g] of seen) {
    if (g.count <= HINT_REPEAT_LIMIT) continue;
    const rest = `同样的修正共 ${g.count} 处，前 ${HINT_REPEAT_LIMIT} 处在第 ${g.lines.join('、')} 行（见上），其余从略`;
    out.push(item({ tier: 'auto', kind: 'repair', file: seed, line: g.lines[0]!, message: `${message}（${rest}）` }));
  }
}

/** Rare names in the same role one character apart (吴昊妹 / 吴昊姝): 建议检查, with the YAML that merges them. */
export function spellingItems(archive: Pick<Archive, 'articles' | 'seedsDir'>): ReportItem[] {
  const people = peopleIndex(archive.articles, readPeopleAliases(archive.seedsDir));
  const byName = new Map(people.map((p) => [p.name, p]));
  return suspectedSpellings(people).map((s) => {
    const first = byName.get(s.alias)!.articles[0]!.article;
    return item({
      tier: 'check',
      kind: 'people',
      file: PEOPLE_FILE,
      message: `“${s.name}”和“${s.alias}”都是${ROLE_LABELS[s.role]}，只差一个字，各自只署过很少几篇：可能是同一人，其中一个写错了（见 ${personUrl(s.name)} 和 ${personUrl(s.alias)}）`,
      fix: `对照原报纸核对；确是同一人的话，把下面的条目加进 seeds/${PEOPLE_FILE}（正确的名字写在 of 后面），人名索引就会合并两人，旧地址转到新地址`,
      snippet: s.snippet,
      article: { url: first.url, headline: first.headline },
    });
  });
}

/** The cross-record checks (consistency.ts) as items. */
export function consistencyItems(archive: Archive, lines: SeedLines): ReportItem[] {
  // A page of a PDF of several pages (`<file>#page=<n>`) has its file's entry.
  const meta = (seed: string) => archive.metadata?.seeds.get(seedFileOf(seed).file);
  const entry = (seed: string) => archive.metadata?.entries.get(seedFileOf(seed).file);
  const dateFix = (f: ConsistencyFinding) => {
    const given = entry(f.article.seed);
    const year = f.article.issue.date?.slice(0, 4);
    return {
      fix:
        f.article.issue.dateSource === 'metadata'
          ? `metadata.yaml 中 ${seedFileOf(f.article.seed).file} 的 date 可能写错了：对照报纸刊头核对。不确定是哪一天的话只写年份（下面的条目），页面会显示由正文推定的日期并注明“推定”`
          : `对照原报纸核对第${lines.lineOf(f.article, f.needle)}行的日期和刊头日期，改正抄错的一处`,
      snippet: f.article.issue.dateSource === 'metadata' && given && year ? seedEntrySnippet(seedFileOf(f.article.seed).file, { ...given, date: year }) : null,
    };
  };
  const asItem = (f: ConsistencyFinding, extra: Pick<ReportItem, 'fix' | 'snippet'>, kind: ItemKind): ReportItem => {
    const line = lines.lineOf(f.article, f.needle);
    return item({ tier: 'check', kind, file: f.article.seed, line, message: f.message, quote: lines.quote(f.article.seed, line), article: { url: f.article.url, headline: f.article.headline }, ...extra });
  };
  return [
    ...spellingItems(archive),
    ...eventsAfterIssue(archive.articles).map((f) => asItem(f, dateFix(f), 'dates')),
    ...articlesAfterIssue(archive.articles).map((f) => asItem(f, dateFix(f), 'dates')),
    ...missingContinuations(archive.articles, archive.issues, meta).map((f) =>
      asItem(
        f,
        {
          fix: `把那一版的文字加进档案：npm run add -- <文件> --publication ${f.article.issue.publication}${f.article.issue.date ? ` --date ${f.article.issue.date}` : ' --date <本期日期>'} --page ${/\d+/u.exec(f.article.continuation.to ?? '')?.[0] ?? '<版次>'}（同一期的版面要写同一个日期，才会归入同一期）`,
          snippet: null,
        },
        'continuation',
      ),
    ),
  ];
}

/** The site address and site.yaml: the placeholder address blocks publishing. */
export function settingsItems(settings: ResolvedSiteSettings, fromEnv: boolean): ReportItem[] {
  const out = settings.errors.map((message) =>
    item({ tier: 'must', kind: 'site-settings', file: 'site.yaml', message, fix: '改正这个字段；在改好之前用的是默认值' }),
  );
  if (settings.placeholder) {
    out.push(
      item({
        tier: 'must',
        kind: 'site-address',
        file: 'site.yaml',
        message: `网站地址还是占位地址 ${settings.origin}：每个页面的规范链接、引用信息、站点地图和订阅都会指向这个不存在的网站`,
        fix: fromEnv
          ? '环境变量 SITE_URL 设成了占位地址：改成网站的正式地址'
          : '在 seeds/site.yaml 中写上网站的正式地址（下面这一行，改成你们的域名；见 README“发布”一节），或在构建和检查时设置环境变量 SITE_URL',
        snippet: 'url: https://baokan.example.cn  # 改成网站的正式地址',
      }),
    );
  }
  return out;
}

const SITE_FIXES = {
  data: '开放数据是构建生成的：这通常是网站代码的问题，不是稿件的问题。把这条消息交给维护网站的人',
  links: '链接是构建生成的：先重新构建（不加 --no-build）；还有的话，把这条消息交给维护网站的人',
  html: '页面是构建生成的：这通常是网站代码的问题，不是稿件的问题。把这条消息交给维护网站的人',
} as const;

/** Findings of the checks of dist/ as items. */
export function siteItems(kind: keyof typeof SITE_FIXES, findings: Finding[]): ReportItem[] {
  return findings.map((f) => item({ tier: 'must', kind, file: `dist/${f.file}`, line: f.line ?? null, message: f.message, fix: SITE_FIXES[kind] }));
}

/** A group of like items: one kind, one file, one parser code (else one message shape). */
export interface ItemGroup {
  tier: Tier;
  kind: ItemKind;
  file: string | null;
  items: ReportItem[];
}

/** A message's shape: quoted text, numbers and addresses blanked, so like warnings group together. */
export const messageShape = (m: string) =>
  m
    .replace(/“[^”]*”|"[^"]*"|「[^」]*」|《[^》]*》/gu, '“…”')
    .replace(/\/[^\s：，）]*\//gu, '/…/')
    .replace(/\d+/gu, 'N');

export function groupItems(items: ReportItem[]): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const i of items) {
    const key = `${i.tier}\u0000${i.kind}\u0000${i.file}\u0000${i.code ?? messageShape(i.message)}`;
    const g = groups.get(key) ?? { tier: i.tier, kind: i.kind, file: i.file, items: [] };
    g.items.push(i);
    groups.set(key, g);
  }
  const order = Object.keys(ITEM_KINDS);
  return [...groups.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.file ?? '').localeCompare(b.file ?? ''));
}
