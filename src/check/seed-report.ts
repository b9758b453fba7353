/**
 * How one seed was read, in Chinese, for the terminal: `npm run add` prints it for the page it
 * added, `npm run parse -- --report` for every seed. Its articles with their lines, the text
 * ledger, repairs by kind, every hint with its line (quoted), and the text no article took.
 */
import type { Archive } from '../archive/load.ts';
import type { Repair } from '../records/schema.ts';

/** What each kind of repair did, for editors. */
export const REPAIR_LABELS: Record<Repair['kind'], string> = {
  'doubled-run': '重复印出的粗体字，已删去重复的一份',
  'doubled-at-break': '跨栏或跨页重复印出的词，已删去重复的一份',
  'break-rejoined': '被分栏或转版打断的段落，已接上',
  'headline-joined': '折行的标题，已接上',
  'quote-restored': '排版时丢失的引号，已补上',
  'ocr-latin-i': '夹在汉字中间的拉丁字母 I，已读作“工”',
  'punctuation-width': '半角标点，已改为全角',
  'full-width-ascii': '全角的字母和数字，已改为半角',
  'control-character': '控制字符，已显示为可见的符号',
};

/** Characters of a seed line or unplaced text shown before it is cut. */
const SHOWN_CHARS = 60;
const cut = (s: string) => (s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS)}…` : s);

/** The report of one seed of `archive` (lines without a trailing newline); `lines` are the seed's lines, to quote. */
export function seedReportLines(archive: Archive, seed: string, lines: string[] = []): string[] {
  const s = archive.seeds.find((x) => x.seed === seed);
  if (!s) return [`${seed}：没有读入`];
  const out: string[] = [];
  const articles = archive.articles.filter((a) => a.seed === seed);
  out.push(`${s.error ? '✗' : '✓'} ${seed}${s.encoding ? `（编码 ${s.encoding}）` : ''}：${s.articles} 篇文章，${s.warnings.length} 条提示`);
  if (s.error) out.push(`  错误：${s.error}`);
  if (articles.length) {
    const a0 = articles[0]!;
    out.push(`  期次：${a0.issue.publicationName} ${a0.issue.dateLabel}${a0.issue.page ? ` 第${a0.issue.page}版${a0.issue.pageInferred ? '（推定：这一页没有印版次）' : ''}` : ''}，地址 ${a0.issue.url}`);
    out.push('  文章：');
    for (const [i, a] of articles.entries()) out.push(`    ${i + 1}. ${a.headline}（第${a.source.startLine}–${a.source.endLine}行）${a.url}`);
  }
  const l = s.ledger;
  if (l) {
    out.push(`  字数：${l.charsIn}${l.added ? ` + 补上的标点 ${l.added}` : ''} = 归入文章 ${l.placed} + 版面文字 ${l.furniture} + 删去的重复 ${l.removed} + 未归入 ${l.unplaced}${l.balanced ? '' : '（对不上：有文字丢失或多出）'}`);
  }
  const repairs = new Map<string, number>();
  for (const r of s.parse?.repairs ?? []) repairs.set(r.kind, (repairs.get(r.kind) ?? 0) + 1);
  if (repairs.size) {
    out.push('  已自动修复：');
    for (const [kind, n] of repairs) out.push(`    ${REPAIR_LABELS[kind as Repair['kind']] ?? kind}：${n} 处`);
  }
  if (s.warnings.length) {
    out.push('  提示：');
    for (const w of s.warnings) {
      const quoted = w.line > 0 && lines[w.line - 1]?.trim() ? `「${cut(lines[w.line - 1]!.trim())}」` : '';
      out.push(`    ${w.line > 0 ? `第${w.line}行` : '全文'}：${w.message}${quoted ? ` ${quoted}` : ''}`);
    }
  }
  if (s.parse?.unplaced.length) {
    out.push('  未能归入文章的文字（发布前要处理）：');
    for (const u of s.parse.unplaced) out.push(`    第${u.line}行：「${cut(u.text)}」`);
  }
  return out;
}
