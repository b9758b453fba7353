/**
 * `npm run check` end to end: passes on the real seeds, fails with a clear message on each broken
 * case, reports what will change, and keeps a moved article's old address working (a redirect
 * page a real browser follows).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticlesFile } from '../../src/records/schema.ts';
import { startStaticServer } from '../browser/server.ts';
import { mixedSeedsDir } from '../helpers/seeds.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the check; resolves with its exit code and output whether it passes or fails. */
async function check(...args: string[]): Promise<{ code: number; out: string; report: string; reportDir: string }> {
  const reportDir = args.includes('--report') ? args[args.indexOf('--report') + 1]! : temp('report-');
  const withReport = args.includes('--report') ? args : [...args, '--report', reportDir];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check.ts', ...withReport], {
      env: { ...process.env, SEEDS_DIR: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr, report: readFileSync(join(reportDir, 'index.html'), 'utf8'), reportDir };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    const report = existsSync(join(reportDir, 'index.html')) ? readFileSync(join(reportDir, 'index.html'), 'utf8') : '';
    return { code: e.code, out: e.stdout + e.stderr, report, reportDir };
  }
}

const built = () => ArticlesFile.parse(JSON.parse(readFileSync('dist/data/articles.json', 'utf8'))).articles;
const fileOf = (dist: string, url: string) => join(dist, url, 'index.html');

describe('on the real seeds', () => {
  it('passes, and reports every seed with its articles, ledger and warnings', async () => {
    const r = await check('--no-build', '--previous', 'dist');
    expect(r.out).toContain('✓ READY TO PUBLISH');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/changes since the previous build: 0 added, 0 removed, 0 changed, 0 moved/u);
    for (const a of built()) {
      expect(r.report).toContain(`<section class="seed`);
      expect(r.report).toContain(`${a.url}">${a.headline}</a>`);
    }
    // 001's ledger as the parser counts it, and a warning quoted with its seed line and its article.
    expect(r.report).toMatch(/<td>3701<\/td><td>3170<\/td><td>0<\/td><td>531 \(\d+ repairs\)<\/td><td class="">0<\/td>/u);
    expect(r.report).toMatch(/<span class="line">line \d+<\/span> [^<]*<q>[^<]+<\/q> → <a href="http:\/\/127\.0\.0\.1:4321\/liushi\//u);
    expect(r.report).toContain('encoding: utf-8');
    // A passing check keeps its build as the next check's baseline.
    expect(existsSync(join(r.reportDir, 'baseline', 'articles.json'))).toBe(true);
  });
});

describe('fails with a clear message', () => {
  /** A copy of the built site with one thing broken. */
  const brokenDist = (breakIt: (dist: string) => void) => {
    const dist = temp('dist-broken-');
    cpSync('dist', dist, { recursive: true });
    breakIt(dist);
    return dist;
  };

  it('on a missing page that others link to', async () => {
    const gone = built()[0]!;
    const dist = brokenDist((d) => rmSync(fileOf(d, gone.url)));
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✗ NOT READY TO PUBLISH/u);
    expect(r.out).toMatch(new RegExp(`Broken links and assets: \\d+\\n\\s+- dist/[^:]+:\\d+: broken link: ${gone.url} → no file for ${gone.url}`, 'u'));
  });

  it('on a missing stylesheet', async () => {
    const dist = brokenDist((d) => {
      const css = readFileSync(join(d, 'index.html'), 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/u)![1]!;
      rmSync(join(d, css));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken link: \/_astro\/[^ ]+\.css → no file/u);
  });

  it('on a font a stylesheet asks for that is not there', async () => {
    const dist = brokenDist((d) => {
      const css = readFileSync(join(d, 'index.html'), 'utf8').match(/href="\/(_astro\/[^"]+\.css)"/u)![1]!;
      writeFileSync(join(d, css), `${readFileSync(join(d, css), 'utf8')}\n@font-face{font-family:x;src:url("../fonts/missing.woff2")}`);
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/dist\/_astro\/[^:]+\.css: broken link: \.\.\/fonts\/missing\.woff2 → no file for \/fonts\/missing\.woff2/u);
  });

  it('on invalid HTML, with the page and line', async () => {
    const dist = brokenDist((d) => {
      const about = join(d, 'about', 'index.html');
      writeFileSync(about, readFileSync(about, 'utf8').replace('</main>', '<p id="main">重复的 id</p></main>'));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Invalid HTML: 1\n\s+- dist\/about\/index\.html:\d+: Duplicate ID "main" \[no-dup-id\]/u);
  });

  it('on open data that breaks the schema, naming the field', async () => {
    const dist = brokenDist((d) => {
      const file = join(d, 'data', 'articles.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      delete data.articles[2].headline;
      writeFileSync(file, JSON.stringify(data));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Open data against the schema: 1\n\s+- dist\/data\/articles\.json: field articles\.2\.headline: /u);
  });

  it('on unplaced text and unreadable seeds, naming the file, line or byte offset', async () => {
    const r = await check('--no-build', '--seeds', mixedSeedsDir());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Unplaced text: 1\n\s+- no-article\.txt: \d+ character\(s\) unplaced at line\(s\) 1/u);
    expect(r.out).toMatch(/binary-garbage\.txt: not valid UTF-8 \(first bad byte at offset 3\)/u);
    expect(r.out).toMatch(/empty\.txt: the file is empty/u);
    expect(r.report).toContain('Unplaced text (shown on the issue page');
  });

  it('on a metadata error, naming the file and field', async () => {
    const seeds = mixedSeedsDir();
    rmSync(join(seeds, 'no-article.txt'));
    rmSync(join(seeds, 'empty.txt'));
    rmSync(join(seeds, 'whitespace-only.txt'));
    rmSync(join(seeds, 'binary-garbage.txt'));
    const meta = join(seeds, 'metadata.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('date: "2022"', 'date: "2022-02-30"'));
    const r = await check('--no-build', '--seeds', seeds);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Metadata and redirects: \d+\n\s+- .*metadata\.yaml: field seeds\.003_01bd17f757b75270\.txt\.date: /u);
  });
});

describe('a corrected headline', () => {
  it('shows as a move in the report, and the old address redirects to the new one in a browser', async () => {
    const seeds = temp('seeds-moved-');
    cpSync('seeds', seeds, { recursive: true });
    const seedFile = join(seeds, '000_42a43713ae88928f.txt');
    writeFileSync(seedFile, readFileSync(seedFile, 'utf8').replace('柳市镇召开理论学习中心组学习会', '柳市镇召开党委理论学习中心组学习会'));
    const old = built().find((a) => a.headline === '柳市镇召开理论学习中心组学习会')!;
    const dist = temp('dist-moved-');
    const reportDir = temp('report-moved-');

    const r = await check('--seeds', seeds, '--dist', dist, '--previous', 'dist', '--report', reportDir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/0 added, 0 removed, 0 changed, 1 moved \(1 redirect\(s\) added\)/u);
    const now = ArticlesFile.parse(JSON.parse(readFileSync(join(dist, 'data/articles.json'), 'utf8'))).articles;
    const moved = now.find((a) => a.headline === '柳市镇召开党委理论学习中心组学习会')!;
    expect(moved.id).not.toBe(old.id);
    expect(readFileSync(join(seeds, 'redirects.yaml'), 'utf8')).toContain(`- from: ${old.url}\n    to: ${moved.id}\n`);
    expect(r.report).toContain('<ins>党委</ins>');
    // The old address is a page that sends readers on, and the sitemap lists only the new one.
    expect(readFileSync(fileOf(dist, old.url), 'utf8')).toContain(`<meta http-equiv="refresh" content="0; url=${moved.url}">`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(moved.url);
    expect(sitemap).not.toContain(old.url);

    const server = await startStaticServer(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.origin + old.url);
      await page.waitForURL(server.origin + moved.url);
      await expect(page.locator('h1').first().textContent()).resolves.toContain('柳市镇召开党委理论学习中心组学习会');
    } finally {
      await browser.close();
      await server.close();
    }

    // The next check compares with this build (kept as the baseline): nothing moves again, and the
    // redirect file is left as it was.
    const before = readFileSync(join(seeds, 'redirects.yaml'), 'utf8');
    const again = await check('--no-build', '--seeds', seeds, '--dist', dist, '--report', reportDir);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/0 added, 0 removed, 0 changed, 0 moved/u);
    expect(readFileSync(join(seeds, 'redirects.yaml'), 'utf8')).toBe(before);
  });
});
