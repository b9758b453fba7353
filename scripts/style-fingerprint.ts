/**
 * What every element of every page looks like, as the browser computes it: for moving styles
 * between files (global.css ↔ a component's own <style>) without changing what a reader sees.
 *
 *   npm run styles:fingerprint -- --out before.json            dist/ → every element's computed style
 *   npm run styles:fingerprint -- --compare before.json after.json
 *
 * Each HTML page of the site is opened in Debian's Chromium at 390 × 844 and at 1280 × 900, and once
 * more at 1280 with print media; for every element (and its ::before/::after) the full computed style
 * is recorded. Comparing two runs lists each element whose style differs, with the properties and
 * both values. Screenshots (npm run screenshots) see only the top of a dozen pages; this sees every
 * element of every page, including what is folded or printed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { confineToOrigin, launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
});

/** Per page and mode: each element's descriptor and the index of its style in `styles`. */
interface Fingerprint {
  styles: string[];
  pages: Record<string, Array<[element: string, style: number]>>;
}

const MODES = [
  { name: '390', viewport: { width: 390, height: 844 }, media: 'screen' },
  { name: '1280', viewport: { width: 1280, height: 900 }, media: 'screen' },
  { name: 'print', viewport: { width: 1280, height: 900 }, media: 'print' },
] as const;

function htmlPages(site: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push('/' + relative(site, path).replace(/index\.html$/u, ''));
    }
  };
  walk(site);
  // Redirect pages carry no styles of their own.
  const pages = found.filter((p) => !/http-equiv="refresh"/u.test(readFileSync(join(site, p.endsWith('/') ? p + 'index.html' : p), 'utf8'))).sort();
  // What scripts draw: search results (with the assist's lines for 拼音 and 繁体), and an article
  // opened from a result (highlights, 上一处 / 下一处).
  const article = pages.find((p) => /^\/liushi\/[^/]+\/p1-[^/]+\/$/u.test(p));
  return [...pages, '/search/?q=柳市', '/search/?q=huanghua', '/search/?q=黃華', ...(article ? [`${article}?q=柳市`] : [])];
}

/** Runs in the page: every element in document order with its whole computed style. */
function readStyles(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const all = document.querySelectorAll('*');
  all.forEach((el, i) => {
    const style = getComputedStyle(el);
    const props: string[] = [];
    for (let k = 0; k < style.length; k++) {
      const name = style[k]!;
      props.push(`${name}:${style.getPropertyValue(name)}`);
    }
    for (const pseudo of ['::before', '::after']) {
      const p = getComputedStyle(el, pseudo);
      if (p.content !== 'none' && p.content !== 'normal') props.push(`${pseudo.slice(2)}-pseudo:${p.content}|${p.color}|${p.display}|${p.marginLeft}`);
    }
    // Custom properties come in no fixed order.
    props.sort();
    const cls = typeof el.className === 'string' ? el.className.trim().replace(/\s+/gu, '.') : '';
    out.push([`${i} ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls ? '.' + cls : ''}`, props.join(';')]);
  });
  return out;
}

async function fingerprint(site: string): Promise<Fingerprint> {
  const server = await startStaticServer(site, { gzip: true });
  const browser = await launchChromium();
  const result: Fingerprint = { styles: [], pages: {} };
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = result.styles.push(s) - 1));
    return id;
  };
  try {
    const pages = htmlPages(site);
    for (const mode of MODES) {
      const context = await browser.newContext({ viewport: mode.viewport });
      await confineToOrigin(context, server.origin);
      const page: Page = await context.newPage();
      await page.emulateMedia({ media: mode.media });
      for (const path of pages) {
        await page.goto(server.origin + encodeURI(path), { waitUntil: 'networkidle' });
        if (path.startsWith('/search/?')) await page.waitForSelector('#search-results[aria-busy="false"]', { timeout: 30_000 });
        const styles = await page.evaluate(readStyles);
        result.pages[`${mode.name} ${path}`] = styles.map(([el, style]) => [el, intern(style)]);
      }
      await context.close();
      console.error(`${mode.name}: ${pages.length} pages`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

/**
 * The elements a reader sees, numbered afresh: what <head> holds (one stylesheet link more or less)
 * would otherwise shift every element after it.
 */
const shown = (elements: Array<[string, number]>): Array<[string, number]> =>
  elements
    .map(([el, style]) => [el.slice(el.indexOf(' ') + 1), style] as [string, number])
    .filter(([el]) => !/^(head|meta|title|link|style|script)\b/u.test(el))
    .map(([el, style], i) => [`${i} ${el}`, style]);

/** A style with its properties in one order (custom properties are listed in no fixed order). */
const normal = (style: string | undefined) => (style ?? '').split(';').sort().join(';');

function compare(a: Fingerprint, b: Fingerprint): number {
  let differences = 0;
  const props = (s: string) => new Map(s.split(';').map((p) => [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)]));
  for (const [key, all] of Object.entries(a.pages)) {
    const elements = shown(all);
    const other = b.pages[key] && shown(b.pages[key]);
    if (!other) {
      console.log(`${key}: only in the first run`);
      differences++;
      continue;
    }
    if (other.length !== elements.length) console.log(`${key}: ${elements.length} elements, then ${other.length}`);
    elements.forEach(([el, style], i) => {
      const [el2, style2] = other[i] ?? ['(none)', -1];
      if (el !== el2) return;
      if (normal(a.styles[style]) === normal(b.styles[style2])) return;
      differences++;
      if (differences > 200) return;
      const pa = props(a.styles[style]!);
      const pb = props(b.styles[style2] ?? '');
      const changed = [...new Set([...pa.keys(), ...pb.keys()])].filter((p) => pa.get(p) !== pb.get(p));
      console.log(`${key} ${el}: ${changed.map((p) => `${p} ${pa.get(p)} → ${pb.get(p)}`).join('; ')}`);
    });
  }
  for (const key of Object.keys(b.pages)) if (!a.pages[key]) console.log(`${key}: only in the second run`);
  const elements = Object.values(a.pages).reduce((n, e) => n + shown(e).length, 0);
  console.log(`${Object.keys(a.pages).length} page views, ${elements} elements compared: ${differences} with another computed style`);
  return differences;
}

async function main() {
  if (opts.compare) {
    const [first, second] = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Fingerprint);
    if (!first || !second) throw new Error('--compare needs two fingerprint files');
    process.exitCode = compare(first, second) === 0 ? 0 : 1;
    return;
  }
  if (!opts.out) throw new Error('--out <file> is needed');
  const result = await fingerprint(resolve(opts.site!));
  writeFileSync(opts.out, JSON.stringify(result));
  console.log(`${Object.keys(result.pages).length} page views, ${result.styles.length} distinct styles → ${opts.out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
