/**
 * `npm run typeset [-- <slug> …]`: typesets golden pages (tests/fixtures/pages/<slug>/page.txt)
 * into newspaper layouts and prints each to page.pdf beside it with Chromium and the Noto CJK
 * fonts, so the PDF reader is tested on real PDFs whose answer key is the page's key.yaml.
 *
 * The page's own lines are set as they are (the text path's line repairs read back doubled and
 * vertical runs first), in three columns (one for a 公文), each line styled by what the key says
 * it is: a column label (栏目) over the stack, 引题 above, the headline large and bold across the columns (通栏), a subheadline, the
 * page's furniture small at the top, captions under a photo box, vertical text set vertically,
 * and lines printed doubled in the text set in fake bold — drawn twice, a hair apart, as presses do.
 * The PDFs are checked in; run this again only when a page or the layout changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { launchChromium } from '../tests/support/chromium.ts';
import { prepareLines, type Line } from '../src/parse/lines.ts';
import { readGoldenPages, TYPESET_PAGES, type Key } from '../src/score/key.ts';


type Style = 'column' | 'kicker' | 'headline' | 'subheadline' | 'furniture' | 'caption' | 'vertical' | 'body' | 'gap';

const squash = (s: string) => s.replace(/[\s\u3000]/gu, '');
const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** What the key says a line is. */
function styleOf(line: Line, key: Key): Style {
  if (line.text === '') return 'gap';
  if (line.vertical) return 'vertical';
  const t = squash(line.text);
  const within = (s: string | null | undefined) => !!s && t.length >= 2 && squash(s).includes(t) && t.length >= squash(s).length * 0.3;
  // A column label (栏目) is set over its story's stack, across the columns.
  if (key.articles.some((a) => !!a.column && squash(a.column) === t)) return 'column';
  for (const a of key.articles) {
    if (within(a.headline)) return 'headline';
    if (within(a.kicker)) return 'kicker';
    if (within(a.subheadline)) return 'subheadline';
    if (a.captions?.some((c) => within(c.text) || (t.startsWith(squash(c.text)) && t.length <= squash(c.text).length + 12))) return 'caption';
  }
  if (key.furniture.some((f) => squash(f) === t || (squash(f).includes(t) && t.length >= squash(f).length * 0.5))) return 'furniture';
  return 'body';
}

/** A grey photograph (PNG, made by sharp): Chromium prints it as a picture, which the reader finds. */
const photo = async () => `data:image/png;base64,${(await sharp({ create: { width: 16, height: 12, channels: 3, background: '#b8b8b8' } }).png().toBuffer()).toString('base64')}`;

/** One line as HTML; bold lines drawn twice (fake bold) when `fake`. */
function lineHtml(line: Line, style: Style, fake: boolean, picture: string): string {
  const text = escape(line.text);
  const indent = /^[\u3000]|^ {2,}/u.test(line.text) || line.indented ? ' in' : '';
  if (style === 'gap') return '<div class="gap"></div>';
  if (style === 'vertical') return `<div class="v" style="height:${[...line.text].length * 1.1 + 0.5}em">${text}</div>`;
  const body = fake ? `<span class="fb">${text}<span class="twin" aria-hidden="true">${text}</span></span>` : text;
  const photo = style === 'caption' ? `<img class="photo" src="${picture}" alt="">` : '';
  return `${photo}<div class="${style}${indent}${line.bold && !fake ? ' b' : ''}">${body}</div>`;
}

const CSS = (cols: number, colWidth: number) => `
@page { margin: 0 }
html, body { margin: 0; background: #fff; color: #000 }
.page { width: ${cols * colWidth + (cols - 1) * 24}px; padding: 36px; font: 10px/1.6 'Noto Serif CJK SC'; column-count: ${cols}; column-gap: 24px; column-rule: 0.5px solid #999 }
.furniture { column-span: all; white-space: pre; font: 9px/1.5 'Noto Sans CJK SC'; border-bottom: 1px solid #000; padding-bottom: 4px; margin-bottom: 8px }
.column { column-span: all; font: 700 11px/1.4 'Noto Sans CJK SC'; margin-top: 16px; border-left: 4px solid #000; padding-left: 6px }
.kicker { column-span: all; text-align: center; font: 700 15px/1.4 'Noto Serif CJK SC'; margin-top: 14px }
.headline { column-span: all; text-align: center; font: 700 26px/1.3 'Noto Sans CJK SC'; margin: 4px 0 }
.headline .fb, .headline.plain { font-weight: 400 }
.subheadline { column-span: all; text-align: center; font: 14px/1.4 'Noto Sans CJK SC'; margin-bottom: 12px }
.v { column-span: all; writing-mode: vertical-rl; font: 700 14px/1 'Noto Sans CJK SC'; margin: 8px 0 }
.caption { font: 9px/1.5 'Noto Sans CJK SC'; margin-bottom: 8px }
.photo { display: block; width: 100%; height: 96px; margin-top: 6px; break-inside: avoid }
.body { break-inside: avoid }
.in { padding-left: 2em }
.b { font-weight: 700 }
.gap { height: 0.9em }
.fb { position: relative; font-weight: 400 }
.twin { position: absolute; left: 0.35px; top: 0.2px; white-space: nowrap }
`;

/**
 * The lines in the order the page prints them: lines of one headline that the text gives out of
 * order (an extraction fault: 暨全区… / 柯城区召开…) are set in the key's order, as the press set them.
 */
function inPrintOrder(lines: Line[], key: Key): Line[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const head = key.articles.find((k) => k.headline && squash(k.headline).includes(squash(a.text)) && squash(k.headline).includes(squash(b.text)) && a.text && b.text);
    if (head && squash(head.headline!).indexOf(squash(b.text)) < squash(head.headline!).indexOf(squash(a.text))) [out[i], out[i + 1]] = [b, a];
  }
  return out;
}

/** The page's HTML: its lines in order, styled by the key. */
export function pageHtml(text: string, key: Key, picture: string): string {
  const { lines } = prepareLines(text);
  const document = key.meta.kind === 'document';
  const cols = document ? 1 : 3;
  const bodyWidth = Math.max(...lines.filter((l) => styleOf(l, key) === 'body').map((l) => [...l.text].length + (l.indented ? 2 : 0)), 16);
  const html: string[] = [];
  let headlines = 0;
  for (const line of inPrintOrder(lines, key)) {
    const style = styleOf(line, key);
    // The second headline is set in plain weight drawn twice (fake bold); doubled body lines likewise.
    const fake = (style === 'headline' && ++headlines === 2) || (style !== 'headline' && line.bold);
    html.push(lineHtml(line, style, fake, picture));
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS(cols, (bodyWidth + 1) * 10)}</style></head><body><div class="page">${html.join('\n')}</div></body></html>`;
}

async function main() {
  const slugs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const pages = readGoldenPages(undefined, slugs.length ? slugs : TYPESET_PAGES);
  const picture = await photo();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const p of pages) {
      await page.setContent(pageHtml(p.text, p.key, picture), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const size = await page.evaluate(() => {
        const el = document.querySelector('.page')!;
        return { width: Math.ceil(el.getBoundingClientRect().width), height: Math.ceil(el.getBoundingClientRect().height) + 2 };
      });
      const out = join(p.dir, 'page.pdf');
      writeFileSync(out, await page.pdf({ width: `${size.width}px`, height: `${size.height}px`, printBackground: true, pageRanges: '1' }));
      console.log(`${out}: ${size.width}×${size.height} px, ${(readFileSync(out).length / 1024).toFixed(0)} kB`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
