/**
 * The PDF reader on real PDFs (golden pages typeset by `npm run typeset`, Chromium with Noto CJK)
 * and on small synthetic ones: every character of the text layer accounted for, reading order
 * across columns, glyphs drawn twice read once, layout features, vertical stacks; and the PDF
 * path through the parser beside the text path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/parse/index.ts';
import { pageLines, readingOrder } from '../../src/pdf/layout.ts';
import type { Glyph } from '../../src/pdf/glyphs.ts';
import { readPdf } from '../../src/pdf/read.ts';
import { pdfSeed, type PdfSeed } from '../../src/pdf/seed.ts';
import { foldRadicals } from '../../src/pdf/unicode.ts';
import { readGoldenPages, TYPESET_PAGES } from '../../src/score/key.ts';

const GOLDEN = 'tests/fixtures/pages';
const seeds = new Map<string, PdfSeed>();
const squash = (s: string) => s.replace(/[\s\u3000]/gu, '');

beforeAll(async () => {
  for (const slug of TYPESET_PAGES) seeds.set(slug, pdfSeed(await readPdf(new Uint8Array(readFileSync(join(GOLDEN, slug, 'page.pdf'))))));
}, 120_000);

describe('golden pages printed to PDF', () => {
  it('has a checked-in page.pdf for every typeset page', () => {
    for (const slug of TYPESET_PAGES) expect(existsSync(join(GOLDEN, slug, 'page.pdf')), slug).toBe(true);
  });

  it('accounts for every character of the text layer: read into the seed text, or a glyph drawn twice', () => {
    for (const [slug, s] of seeds) {
      expect(s.layerChars, slug).toBeGreaterThan(500);
      expect(squash(s.text).length + s.doubled, slug).toBe(s.layerChars);
    }
  });

  it('reads the columns of a story in order: each key article’s first sentence is whole in the text, as in the page’s text', () => {
    let checked = 0;
    for (const p of readGoldenPages(GOLDEN, TYPESET_PAGES)) {
      const text = squash(seeds.get(p.slug)!.text);
      const source = squash(p.text.replace(/\n/gu, ''));
      for (const a of p.key.articles) {
        const first = squash(a.first ?? '').slice(0, 24);
        // Sentences the text path repairs (half-width punctuation, lost quotes) are the parser's to mend.
        if (!first || !source.includes(first)) continue;
        expect(text, `${p.slug}: ${a.first}`).toContain(first);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('reads a headline drawn twice for fake bold once, bold, large and centred', () => {
    const s = seeds.get('news-commentary-kecheng-p3')!;
    const lines = s.text.split('\n');
    const i = lines.findIndex((l) => l.includes('把“实”字贯穿主题教育全过程'));
    expect(lines[i]).toBe('把“实”字贯穿主题教育全过程');
    expect(s.doubled).toBeGreaterThan(0);
    expect(s.features[i]).toMatchObject({ bold: true, centred: true });
    expect(s.features[i]!.size).toBeGreaterThan(1.5);
  });

  it('marks a caption under a photo as in the picture, and finds the photo’s box', () => {
    const s = seeds.get('news-front-liushi-125')!;
    expect(s.pages[0]!.images.length).toBeGreaterThanOrEqual(2);
    const lines = s.text.split('\n');
    const i = lines.findIndex((l) => l.startsWith('推进会现场。'));
    expect(s.features[i]!.inPicture).toBe(true);
    expect(s.features.filter((f) => f?.inPicture).length).toBeLessThanOrEqual(4);
  });

  it('reads radicals a font maps wrongly as the characters drawn (⼤ → 大), and the text path’s repairs stay the parser’s', () => {
    expect(foldRadicals('⼤⻓⻔青').text).toBe('大长门青');
    expect(foldRadicals('讠⻈').text).toBe('讠⻈');
    for (const s of seeds.values()) expect(s.text).not.toMatch(/[\u2F00-\u2FDF]/u);
  });

  it('parses the PDF of a front page into the key’s stories, headlines exact', () => {
    const [p] = readGoldenPages(GOLDEN, ['news-front-liushi-125']);
    const s = seeds.get(p!.slug)!;
    const r = parseSeed(s.text, { seed: 'page.pdf', kind: p!.key.meta.kind, date: p!.key.meta.date, features: s.features });
    expect(r.articles.map((a) => a.headline)).toEqual(p!.key.articles.map((a) => a.headline));
    expect(r.ledger.balanced).toBe(true);
  });
});

/** Glyphs of one run, one em apart. */
const run = (text: string, x: number, y: number, size = 10, vertical = false): Glyph[] =>
  [...text].map((ch, i) => ({ ch, page: 1, x: vertical ? x : x + i * size, y: vertical ? y + i * size : y, w: size, size, bold: false, family: 'song', vertical, angle: 0, run: 0 }));

describe('layout (pure)', () => {
  it('reads two columns left then right, under a headline across both', () => {
    const rows = ['一', '二', '三'];
    const glyphs = [...run('通栏大标题', 60, 20, 24), ...rows.flatMap((n, k) => [...run(`左栏第${n}行文字`, 0, 60 + 15 * k), ...run(`右栏第${n}行文字`, 100, 60 + 15 * k)])];
    const order = readingOrder(pageLines(glyphs), 10).flatMap((r) => r.lines.map((l) => l.text));
    expect(order).toEqual(['通栏大标题', ...rows.map((n) => `左栏第${n}行文字`), ...rows.map((n) => `右栏第${n}行文字`)]);
  });

  it('reads a stack of single characters at one x as one vertical line', () => {
    const glyphs = [...[...'竖排栏目'].flatMap((c, i) => run(c, 300, 40 + i * 12, 12)), ...run('正文一行', 0, 40)];
    const lines = pageLines(glyphs);
    expect(lines.find((l) => l.vertical)?.text).toBe('竖排栏目');
    expect(lines.find((l) => !l.vertical)?.text).toBe('正文一行');
  });

  it('reads a run set in a vertical font top to bottom', () => {
    const lines = pageLines(run('竖排文字', 50, 50, 10, true));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: '竖排文字', vertical: true });
  });

  it('reads a run set at an angle as one line, as drawn, beside the upright text it crosses', () => {
    const diagonal: Glyph[] = [...'斜排标语'].map((ch, i) => ({ ch, page: 1, x: 100 + i * 7, y: 100 - i * 7, w: 10, size: 10, bold: false, family: 'hei', vertical: false, angle: 45, run: 1 }));
    const quarter: Glyph[] = [...'旋转'].map((ch, i) => ({ ch, page: 1, x: 300, y: 200 - i * 10, w: 10, size: 10, bold: false, family: 'hei', vertical: true, angle: 90, run: 2 }));
    const lines = pageLines([...run('正文一行文字', 80, 97), ...diagonal, ...quarter]);
    expect(lines.map((l) => l.text).sort()).toEqual(['斜排标语', '旋转', '正文一行文字'].sort());
    expect(lines.find((l) => l.text === '斜排标语')).toMatchObject({ rotated: true, vertical: false });
    expect(lines.find((l) => l.text === '旋转')).toMatchObject({ rotated: true, vertical: true });
  });

  it('keeps printed space inside a line (a page header) but splits at a gutter other lines share', () => {
    const header = run('柯城', 0, 10).concat(run('星期五', 40, 10));
    const body = [0, 1, 2].flatMap((k) => [...run('左栏文字', 0, 40 + k * 15), ...run('右栏文字', 60, 40 + k * 15)]);
    const lines = pageLines([...header, ...body]).map((l) => l.text);
    expect(lines).toContain('柯城\u3000\u3000星期五');
    expect(lines.filter((l) => l === '左栏文字')).toHaveLength(3);
  });
});

describe('article regions on the page', () => {
  it('gives each story of a front page its own part of the page, headline and picture included', async () => {
    const { articleRegions } = await import('../../src/pdf/regions.ts');
    const [p] = readGoldenPages(GOLDEN, ['news-front-liushi-125']);
    const s = seeds.get(p!.slug)!;
    const r = parseSeed(s.text, { seed: 'page.pdf', kind: p!.key.meta.kind, date: p!.key.meta.date, features: s.features });
    const regions = articleRegions(r.articles, s.features, s.pages);
    expect(regions).toHaveLength(5);
    const area = (b: { width: number; height: number }) => b.width * b.height;
    const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
    for (let i = 0; i < regions.length; i++)
      for (let j = i + 1; j < regions.length; j++)
        for (const a of regions[i]!.boxes) for (const b of regions[j]!.boxes) expect(overlap(a, b), `${regions[i]!.headline} / ${regions[j]!.headline}`).toBeLessThan(0.05 * Math.min(area(a), area(b)));
    // The lead story's photo (its caption 推进会现场。) is part of its region.
    const images = s.pages[0]!.images;
    expect(images.length).toBeGreaterThan(0);
    const holds = (r: (typeof regions)[number], img: (typeof images)[number]) => r.boxes.some((b) => b.x === img.x && b.y === img.y && b.width === img.width && b.height === img.height);
    // Every picture on the page belongs to exactly one story, and the lead story holds one of them.
    for (const img of images) expect(regions.filter((r) => holds(r, img)).length).toBe(1);
    expect(images.some((img) => holds(regions[0]!, img))).toBe(true);
  });
});

describe('the PDF path scored against the golden keys', () => {
  it('finds the articles, exact headlines and bylines of the typeset pages at the issue’s bar, and no page below its text on them', async () => {
    const { scorePage, pool } = await import('../../src/score/score.ts');
    const { metricValue } = await import('../../src/score/thresholds.ts');
    const pages = readGoldenPages(GOLDEN, TYPESET_PAGES);
    const text = pages.map((p) => scorePage(p.slug, p.key, parseSeed(p.text, { seed: 'page.txt', kind: p.key.meta.kind, date: p.key.meta.date })));
    const pdf = pages.map((p) => {
      const s = seeds.get(p.slug)!;
      return scorePage(p.slug, p.key, parseSeed(s.text, { seed: 'page.pdf', kind: p.key.meta.kind, date: p.key.meta.date, features: s.features }));
    });
    const all = pool(pdf);
    expect(metricValue(all, 'articles')).toBeGreaterThanOrEqual(0.98);
    expect(metricValue(all, 'headline')).toBeGreaterThanOrEqual(0.98);
    expect(metricValue(all, 'byline')).toBeGreaterThanOrEqual(0.95);
    for (const [i, p] of pdf.entries())
      for (const m of ['articles', 'headline', 'byline'] as const) expect(metricValue(pool([p]), m) ?? 1, `${p.slug} ${m}`).toBeGreaterThanOrEqual(metricValue(pool([text[i]!]), m) ?? 1);
  });
});
