/**
 * What was repaired in an article's text, as readers are told it (修复说明): one line that names
 * each kind of repair with its count, and the repairs themselves, printed text → text shown.
 * Pure; ArticleRepairs.astro renders it. The record (`article.repairs`) keeps every repair with
 * its seed line for editors.
 */
import type { Repair } from '../records/schema.ts';

/** Each kind of repair as a reader would say it. */
export const REPAIR_LABELS: Record<Repair['kind'], string> = {
  'doubled-run': '重复印出的字句合并为一处',
  'doubled-at-break': '跨版重复的词只留一处',
  'break-rejoined': '被分栏或转版截断的段落接上',
  'headline-joined': '折行的标题接上',
  'quote-restored': '排版时丢失的引号补回',
  'ocr-latin-i': '误作字母 I 的“工”字改回',
  'full-width-ascii': '全角的字母和数字改为半角',
  'punctuation-width': '半角标点改为全角',
  'control-character': '无法显示的控制字符标为可见符号',
};

/** Repairs listed per kind on the page; the rest are counted (all are in the article's JSON). */
export const REPAIRS_LISTED_PER_KIND = 12;
/** Longest printed text quoted in the list. */
const QUOTE_MAX_CHARS = 40;

export interface RepairGroup {
  kind: Repair['kind'];
  label: string;
  count: number;
  /** Up to REPAIRS_LISTED_PER_KIND repairs, in text order, quotes shortened. */
  shown: Array<{ before: string; after: string }>;
}

const shorten = (s: string) => ([...s].length > QUOTE_MAX_CHARS ? `${[...s].slice(0, QUOTE_MAX_CHARS).join('')}…` : s);

/** Repairs grouped by kind, in the order of REPAIR_LABELS. */
export function repairGroups(repairs: Repair[]): RepairGroup[] {
  return (Object.keys(REPAIR_LABELS) as Repair['kind'][])
    .map((kind) => {
      const list = repairs.filter((r) => r.kind === kind).sort((a, b) => a.line - b.line || a.column - b.column);
      return {
        kind,
        label: REPAIR_LABELS[kind],
        count: list.length,
        shown: list.slice(0, REPAIRS_LISTED_PER_KIND).map((r) => ({ before: shorten(r.before), after: shorten(r.after) })),
      };
    })
    .filter((g) => g.count > 0);
}

/** The folded line: `修复说明：重复印出的字句合并为一处（168处）`. */
export function repairSummary(groups: RepairGroup[]): string {
  return groups.map((g) => `${g.label}（${g.count}处）`).join('；');
}
