/**
 * Text exactly as printed, on every seed: no published body, heading or caption shows a space the
 * page never printed between two Chinese characters (or a Chinese character and Chinese
 * punctuation); ledgers balance with nothing unplaced; list markers are never page text of their own.
 *
 * A space the page printed means something and stays: between the parallel phrases of a headline,
 * kicker or heading (敢向涛头立 勇做弄潮儿 — each phrase three characters or more, two halves of about
 * one length), and inside
 * quotation marks that survived extraction (“共同富裕标杆镇 业强宜居小城市”).
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/parse/index.ts';
import { parseRealSeed, SEEDS } from './helpers.ts';

const WIDE = '\\p{Script=Han}，。、；：！？“”‘’（）《》…—';
const STRAY = new RegExp(`[${WIDE}][ \\t\\u3000]+[${WIDE}]`, 'u');

/** Two halves of a parallel pair differ in length by at most this many characters (敢向涛头立 勇做弄潮儿: 5 and 5). */
const BALANCED_MAX_DIFFERENCE = 3;

/** A subject and the verb a slogan pair follows: 柳市镇打造…, 奋力建设…. */
const SLOGAN_LEAD = /^.*?(?:打造|建设|争创|争当|推进|实现|创建|勇当|当好|做好)/u;

/**
 * A heading line's spaces separate parallel phrases: every phrase three characters or more, and
 * two halves balanced in length. 新一轮乐清市 文明单位名单（柳市片） (6 and 11) is one title with a
 * stray space, not a pair; three phrases or more (实施民生共享战略 致力补短板、增福祉 提高…) are parts.
 */
const parallelPhrases = (t: string) => {
  const parts = t.trim().split(/[ \u3000]+/u);
  if (!parts.every((part) => [...part].length >= 3)) return false;
  if (parts.length !== 2) return true;
  // A slogan pair after its verb is balanced from the verb on: 柳市镇打造|全面小康标杆镇 业强宜居小城市 (7 and 7).
  const second = [...parts[1]!].length;
  return [parts[0]!, parts[0]!.replace(SLOGAN_LEAD, '')].some((first) => Math.abs([...first].length - second) <= BALANCED_MAX_DIFFERENCE);
};

/** Text outside surviving quotation marks (the quoted words are the page's own, spaces and all). */
const outsideQuotes = (t: string) => t.replace(/“[^“”]*”/gu, '“”');

type Text = { where: string; text: string };

function publishedTexts(r: ParseResult): { prose: Text[]; headings: Text[] } {
  const prose: Text[] = [];
  const headings: Text[] = [];
  for (const a of r.articles) {
    const at = (what: string) => `${a.headline} · ${what}`;
    for (const [what, t] of [['kicker', a.kicker], ['headline', a.headline], ['subheadline', a.subheadline]] as const) if (t) headings.push({ where: at(what), text: t });
    for (const c of a.captions) prose.push({ where: at('caption'), text: c.text });
    for (const b of a.blocks) {
      if (b.type === 'paragraph' || b.type === 'turn') prose.push({ where: at(b.type), text: b.text });
      else if (b.type === 'heading') headings.push({ where: at('heading'), text: b.text });
      else if (b.type === 'note') prose.push(...b.text.map((text) => ({ where: at('note'), text })));
      else if (b.type === 'list') {
        if (b.title) headings.push({ where: at('list title'), text: b.title });
        for (const it of b.items) prose.push({ where: at('list item'), text: `${it.label}${it.text}` });
      }
    }
  }
  return { prose, headings };
}

const seeds = Object.values(SEEDS).map((file) => ({ file, r: parseRealSeed(file) }));

describe('text exactly as printed, on every seed', () => {
  it.each(seeds.map((s) => s.file))('%s: no stray space between Chinese characters in any body, heading or caption', (file) => {
    const { prose, headings } = publishedTexts(seeds.find((s) => s.file === file)!.r);
    const stray = [
      ...prose.filter((x) => STRAY.test(outsideQuotes(x.text))),
      ...headings.filter((x) => STRAY.test(outsideQuotes(x.text)) && !parallelPhrases(outsideQuotes(x.text))),
    ];
    expect(stray).toEqual([]);
  });

  it.each(seeds.map((s) => s.file))('%s: balances its ledger with nothing unplaced', (file) => {
    const { r } = seeds.find((s) => s.file === file)!;
    expect(r.ledger).toMatchObject({ balanced: true, unplaced: 0 });
  });

  it.each(seeds.map((s) => s.file))('%s: no list marker is page text of its own', (file) => {
    const { r } = seeds.find((s) => s.file === file)!;
    expect(r.furniture.filter((f) => /^(?:[-－–•·●◆■▲]|\d{1,2}[.、．])$/u.test(f.text.trim()))).toEqual([]);
  });
});

describe('004: lost quotation marks restored where certain, spaces gone where not', () => {
  const r = parseRealSeed(SEEDS.liushiStrategies);
  const texts = r.articles.flatMap((a) => a.blocks.flatMap((b) => ('text' in b && typeof b.text === 'string' ? [b.text] : [])));
  const all = texts.join('\n');

  it('restores a bounded term between two spaces of one clause', () => {
    expect(all).toContain('常态化开展“警灯工程”，');
    expect(all).toContain('并依托志愿者“十百千计划”，建立完善警民齐联动、社会共参与的大巡防机制');
    expect(r.articles[0]!.blocks).toContainEqual({ type: 'heading', text: '深化“法治柳市”建设' });
  });

  it('drops a space it cannot pair, and lists the place for the editors with its line', () => {
    expect(all).toContain('要充分发挥文化的引领和支撑作用');
    const hints = r.warnings.filter((w) => w.code === 'quote-ambiguous');
    expect(hints.map((w) => w.line)).toEqual(expect.arrayContaining([53, 85, 101]));
    // Every added quotation mark is counted: the ledger still balances.
    expect(r.ledger.added).toBe(r.repairs.filter((x) => x.kind === 'quote-restored').length * 2);
  });
});

describe('004: a short sentence shaped like its sibling subheadings is a subheading', () => {
  const r = parseRealSeed(SEEDS.liushiStrategies);
  const blocks = r.articles[0]!.blocks;

  it('reads 完善社会治理“一张网”体系。 as a heading, not a paragraph', () => {
    expect(blocks).toContainEqual({ type: 'heading', text: '完善社会治理“一张网”体系。' });
    expect(blocks).not.toContainEqual({ type: 'paragraph', text: '完善社会治理“一张网”体系。' });
  });

  it('leaves a short sentence in a run with no short section heading a paragraph', () => {
    // 实施民生共享战略 … is a long heading of parallel phrases: nothing under it is promoted by shape.
    expect(blocks).toContainEqual({ type: 'paragraph', text: '全面加快公共基础设施建设。' });
  });
});
