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
import { startStaticServer } from '../support/static-server.ts';
import { mixedSeedsDir } from '../helpers/seeds.ts';
import { launchChromium } from '../support/chromium.ts';
import { readPublishedArticles } from '../../src/records/article-files.ts';

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A site address for the check: the placeholder the seeds come with is a must-fix of its own (tested below). */
const SITE_URL = 'https://archive-test.example.net';

/** Runs the check; resolves with its exit code and output whether it passes or fails. */
async function check(...args: string[]): Promise<{ code: number; out: string; report: string; reportDir: string }> {
  const reportDir = args.includes('--report') ? args[args.indexOf('--report') + 1]! : temp('report-');
  const withReport = args.includes('--report') ? args : [...args, '--report', reportDir];
  const placeholder = args.includes('--placeholder');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check.ts', ...withReport.filter((a) => a !== '--placeholder')], {
      env: { ...process.env, SEEDS_DIR: '', SITE_URL: placeholder ? '' : SITE_URL },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr, report: readFileSync(join(reportDir, 'index.html'), 'utf8'), reportDir };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    const report = existsSync(join(reportDir, 'index.html')) ? readFileSync(join(reportDir, 'index.html'), 'utf8') : '';
    return { code: e.code, out: e.stdout + e.stderr, report, reportDir };
  }
}

const built = () => readPublishedArticles('dist');
const fileOf = (dist: string, url: string) => join(dist, url, 'index.html');

describe('on the real seeds', () => {
  it('passes, in Chinese, and reports every seed with its articles, ledger and warnings in three tiers', async () => {
    const r = await check('--no-build', '--previous', 'dist');
    expect(r.out).toContain('✓ 可以发布');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/与上一次构建相比：新增 0，删除 0，修改 0，搬到新地址 0/u);
    expect(r.report).toContain('<html lang="zh-CN">');
    expect(r.report).toContain('✓ 可以发布：没有必须修改的问题。');
    for (const tier of ['必须修改（0 项）', '建议检查（', '已自动处理（']) expect(r.report).toContain(tier);
    for (const a of built()) {
      expect(r.report).toContain(`<section class="seed`);
      expect(r.report).toContain(`${a.url}">${a.headline}</a>`);
    }
    // 001's ledger as the parser counts it, and a warning quoted with its seed line and its article.
    expect(r.report).toMatch(/<dt>字数<\/dt><dd>3701<\/dd><\/div><div><dt>归入文章<\/dt><dd>3170<\/dd>.*<dd>531（修复 \d+ 处）<\/dd>/u);
    expect(r.report).toMatch(/<span class="place">[^<]+ 第\d+行<\/span> <span class="message">[^<]*<\/span> <q>[^<]+<\/q> → 文章 <a href="http:\/\/127\.0\.0\.1:4321\/liushi\//u);
    expect(r.report).toContain('编码：utf-8');
    // A passing check keeps its build as the next check's baseline.
    expect(existsSync(join(r.reportDir, 'baseline', 'articles.json'))).toBe(true);
  });

  it('groups like warnings of one seed into one item, and folds the repairs away', async () => {
    const r = await check('--no-build');
    // 004's quotation marks lost where the pairing is not certain: hints of one kind, one item.
    const group = /<article class="item check">\n<p class="kind">解析时拿不准的地方 · <span class="file">004_3ac0efa00b5db2aa\.txt<\/span> · 共 (\d+) 处<\/p>/u.exec(r.report);
    expect(Number(group?.[1])).toBeGreaterThanOrEqual(3);
    expect(r.report.match(/无法确定怎样配对/gu)!.length).toBe(Number(group![1]) + 1);
    expect(r.report).toMatch(/<section id="auto" class="tier auto"><details><summary><h2>已自动处理（\d+ 项）<\/h2>/u);
  });

  it('refuses to publish with the placeholder site address, and says where to set the real one', async () => {
    const r = await check('--no-build', '--placeholder');
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ 不能发布：有 1 项必须修改');
    expect(r.out).toContain('网站地址还是占位地址 https://archive.example.org');
    expect(r.out).toContain('url: https://baokan.example.cn  # 改成网站的正式地址');
    expect(r.report).toContain('<p class="kind">网站地址 · <span class="file">site.yaml</span></p>');
  });

  it('reports a 下转 whose page is not in the archive, quoting the line and what to run', async () => {
    const r = await check('--no-build');
    expect(r.report).toMatch(/<p class="kind">下转的版面不在档案中 · <span class="file">003_01bd17f757b75270\.txt<\/span><\/p>\n<p class="what"><span class="place">003_01bd17f757b75270\.txt 第67行<\/span> <span class="message">《区十届政府召开第11次常务会议》印着“下转2版”，但本期（柯城 2022年7月下旬（推定））的第2版不在档案中/u);
    expect(r.report).toContain('<q>会议指出，（下转2版）</q>');
    expect(r.report).toContain('npm run add -- &lt;文件&gt; --publication kecheng --date &lt;本期日期&gt; --page 2');
  });
});

describe('dates that contradict each other', () => {
  it('flags an issue dated before events it reports, and articles dated after it, offering the year alone', async () => {
    const seeds = temp('seeds-dates-');
    cpSync('seeds', seeds, { recursive: true });
    rmSync(join(seeds, 'redirects.yaml'));
    const meta = join(seeds, 'metadata.yaml');
    // 000 reports a 3月20日 ceremony and carries datelines of 3月17日 and 3月18日.
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('    kind: news-page\n    page: "1"\n    note: Front page', '    kind: news-page\n    date: 2023-03-10\n    page: "1"\n    note: Front page'));
    const r = await check('--no-build', '--seeds', seeds);
    expect(r.report).toMatch(/本期日期是 2023年3月10日，但《[^》]+》报道了 3月20日 已经发生的事/u);
    expect(r.report).toMatch(/《[^》]+》的报道日期 2023年3月1[78]日（原文“3月1[78]日[^”]*”）晚于本期日期 2023年3月10日/u);
    expect(r.report).toContain('  000_42a43713ae88928f.txt:\n    publication: liushi\n    kind: news-page\n    date: &quot;2023&quot;');
  });
});

describe('fails with a clear message', () => {
  let mixedReport = '';
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
    expect(r.out).toMatch(/✗ 不能发布/u);
    expect(r.out).toMatch(new RegExp(`坏链接和缺失的文件：\\d+ 项\\n\\s+- dist/[^:]+:\\d+：坏链接：${gone.url} → 没有 ${gone.url} 这个文件`, 'u'));
  });

  it('on a missing stylesheet', async () => {
    const dist = brokenDist((d) => {
      const css = readFileSync(join(d, 'index.html'), 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/u)![1]!;
      rmSync(join(d, css));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/坏链接：\/_astro\/[^ ]+\.css → 没有/u);
  });

  it('on a font a stylesheet asks for that is not there', async () => {
    const dist = brokenDist((d) => {
      const css = readFileSync(join(d, 'index.html'), 'utf8').match(/href="\/(_astro\/[^"]+\.css)"/u)![1]!;
      writeFileSync(join(d, css), `${readFileSync(join(d, css), 'utf8')}\n@font-face{font-family:x;src:url("../fonts/missing.woff2")}`);
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/dist\/_astro\/[^:]+\.css：坏链接：\.\.\/fonts\/missing\.woff2 → 没有 \/fonts\/missing\.woff2 这个文件/u);
  });

  it('on invalid HTML, with the page and line', async () => {
    const dist = brokenDist((d) => {
      const about = join(d, 'about', 'index.html');
      writeFileSync(about, readFileSync(about, 'utf8').replace('</main>', '<p id="main">重复的 id</p></main>'));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/HTML 不合规范：1 项\n\s+- dist\/about\/index\.html:\d+：Duplicate ID "main" \[no-dup-id\]/u);
  });

  it('on open data that breaks the schema, naming the field', async () => {
    const dist = brokenDist((d) => {
      const path = JSON.parse(readFileSync(join(d, 'data', 'articles', 'index.json'), 'utf8')).files[0].path as string;
      const file = join(d, path);
      const lines = readFileSync(file, 'utf8').split('\n');
      const record = JSON.parse(lines[0]!);
      delete record.headline;
      lines[0] = JSON.stringify(record);
      writeFileSync(file, lines.join('\n'));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/开放数据不符合数据规范：1 项\n\s+- dist\/data\/articles\/[^：\n]+\.jsonl:1：字段 headline：/u);
  });

  it('on an issue file that names article files not holding its records', async () => {
    const dist = brokenDist((d) => {
      const file = join(d, 'data', 'issues', 'nantang-2022-11-10.json');
      const issue = JSON.parse(readFileSync(file, 'utf8'));
      expect(issue.articleFiles).toEqual(['/data/articles/nantang/2022.jsonl']);
      issue.articleFiles = ['/data/articles/kecheng/2022.jsonl'];
      writeFileSync(file, JSON.stringify(issue));
    });
    const r = await check('--no-build', '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/开放数据不符合数据规范：1 项\n\s+- dist\/data\/issues\/nantang-2022-11-10\.json：\d+ 篇文章（nantang-2022-11-10-[^）]+）不在 articleFiles 列出的文章数据文件里/u);
  });

  it('on unplaced text and unreadable seeds, naming the file, line or byte offset', async () => {
    const r = await check('--no-build', '--seeds', mixedSeedsDir());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/未能归入文章的文字：2 项\n\s+- no-article\.txt:1：未能归入文章的文字：“这是一段没有标题的文字，只是正文。”/u);
    expect(r.out).toMatch(/binary-garbage\.txt：既不是有效的 UTF-8（第一个错误字节在偏移 3）/u);
    expect(r.out).toMatch(/empty\.txt：文件是空的/u);
    expect(r.report).toContain('<p class="kind">未能归入文章的文字 · <span class="file">no-article.txt</span> · 共 2 处</p>');
    mixedReport = r.reportDir;
  });

  it('in a report that reads at 390 px without sideways scrolling, and at 1280 px', async () => {
    const browser = await launchChromium();
    try {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`file://${join(mixedReport, 'index.html')}`);
        // Open every folded part: the widest content must fit too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
        const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName));
        expect(wide, `${width} px`).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('on a metadata error, naming the file, line and field, giving the entry corrected, and writing no redirects', async () => {
    const seeds = temp('seeds-meta-error-');
    cpSync('seeds', seeds, { recursive: true });
    const meta = join(seeds, 'metadata.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('date: "2022"', 'date: "2022-02-30"'));
    const redirects = readFileSync(join(seeds, 'redirects.yaml'), 'utf8');
    // 003's articles now sit under /unsorted/: against the published build they moved, but no redirect may follow them there.
    const r = await check('--no-build', '--seeds', seeds, '--previous', 'dist');
    expect(r.code).toBe(1);
    const line = readFileSync(meta, 'utf8').split('\n').findIndex((l) => l.includes('2022-02-30')) + 1;
    expect(r.out).toContain(`元数据（metadata.yaml）：1 项\n      - metadata.yaml:${line}:5：003_01bd17f757b75270.txt 的 date：“2022-02-30”不是真实存在的日期`);
    expect(r.out).toContain('            003_01bd17f757b75270.txt:\n              publication: kecheng\n              kind: news-page\n              date: "2022"\n              page: "1"');
    expect(r.out).toContain('先改正上面 metadata.yaml 的错误再运行一次');
    expect(r.out).toMatch(/搬到新地址 4/u);
    expect(r.out).toContain('metadata.yaml 有错误：这次没有把 5 处地址变化写进 redirects.yaml。');
    expect(readFileSync(join(seeds, 'redirects.yaml'), 'utf8')).toBe(redirects);
  });

  it('on a metadata.yaml that cannot be read as a whole: stops before building, with file, line and column, and writes the report', async () => {
    const seeds = temp('seeds-dup-key-');
    cpSync('seeds', seeds, { recursive: true });
    const meta = join(seeds, 'metadata.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('  004_3ac0efa00b5db2aa.txt:', '  000_42a43713ae88928f.txt:'));
    const redirects = readFileSync(join(seeds, 'redirects.yaml'), 'utf8');
    const dist = temp('dist-kept-');
    writeFileSync(join(dist, 'index.html'), '<p>the published site</p>');
    const r = await check('--seeds', seeds, '--dist', dist, '--previous', 'dist');
    expect(r.code).toBe(1);
    const line = readFileSync(meta, 'utf8').split('\n').lastIndexOf('  000_42a43713ae88928f.txt:') + 1;
    expect(r.out).toContain(`✗ 不能发布：${meta} 第${line}行第3列`);
    expect(r.out).toContain('同一个键写了两次');
    expect(r.report).toContain(`<span class="place">metadata.yaml 第${line}行第3列</span>`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>the published site</p>');
    expect(readFileSync(join(seeds, 'redirects.yaml'), 'utf8')).toBe(redirects);
  });

  it('on redirects whose old address is a site page or a live article', async () => {
    const seeds = temp('seeds-bad-redirects-');
    cpSync('seeds', seeds, { recursive: true });
    const live = built()[0]!;
    const file = join(seeds, 'redirects.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('redirects:\n', `redirects:\n  - from: /about/\n    to: ${live.id}\n  - from: ${live.url}\n    to: ${live.id}\n`));
    const r = await check('--no-build', '--seeds', seeds);
    expect(r.code).toBe(1);
    expect(r.out).toContain('转址（redirects.yaml）：2 项');
    expect(r.out).toContain('redirects.yaml:6:5：第 1 条转址的 from：/about/ 是网站自身的页面，不能转走');
    expect(r.out).toContain(`redirects.yaml:8:5：第 2 条转址的 from：${live.url} 现在又是一个有内容的页面`);
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
    expect(r.out).toMatch(/新增 0，删除 0，修改 0，搬到新地址 1（新加转址 1 条）/u);
    const now = readPublishedArticles(dist);
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
    expect(again.out).toMatch(/新增 0，删除 0，修改 0，搬到新地址 0/u);
    expect(readFileSync(join(seeds, 'redirects.yaml'), 'utf8')).toBe(before);
  });
});
