/**
 * `npm run add` with a PDF: the 版 exported by the typesetting system is copied in under
 * `<publication>-<date>-p<page>.pdf` and read by the PDF reader; an encrypted PDF is refused with
 * the reason, and nothing is written; a scan is added when its date and 版次 are given (it has no
 * text to read them from), with the notice that its text needs 文字识别.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEditorCommand } from '../support/editor-command.ts';
import { makePdf } from '../helpers/pdf-make.ts';
import { issuePdf } from '../helpers/issue-pdf.ts';

const root = mkdtempSync(join(tmpdir(), 'add-pdf-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const PDF = 'tests/fixtures/pages/news-front-liushi-125/page.pdf';

const add = (...args: string[]) => runEditorCommand('scripts/add.ts', ...args);

describe('npm run add with a PDF', () => {
  it('adds the page as <publication>-<date>-p<page>.pdf and prints how it reads, the text layer accounted for', async () => {
    const seeds = join(root, 'seeds-a');
    cpSync('seeds', seeds, { recursive: true });
    const r = await add(PDF, '--publication', 'liushi', '--date', '2023-06-20', '--page', '1', '--kind', 'news-page', '--seeds', seeds);
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(seeds, 'liushi-2023-06-20-p1.pdf'))).toEqual(readFileSync(PDF));
    expect(r.out).toContain('✓ liushi-2023-06-20-p1.pdf（编码 pdf）：5 篇文章');
    expect(r.out).toContain('柳市镇召开重大项目攻坚推进会');
    expect(r.out).toMatch(/PDF 文字层共 \d+ 字，全部读入/u);
  }, 120_000);

  it('refuses an encrypted PDF, and a scan without --date and --page, with the reason, writing nothing', async () => {
    const seeds = join(root, 'seeds-b');
    cpSync('seeds', seeds, { recursive: true });
    const before = readdirSync(seeds).sort();
    const meta = readFileSync(join(seeds, 'metadata.yaml'), 'utf8');
    writeFileSync(join(root, 'locked.pdf'), makePdf([{ texts: [{ x: 50, y: 800, size: 12, text: 'x' }] }], { encrypted: true }));
    writeFileSync(join(root, 'scan.pdf'), makePdf([{ image: [0, 0, 595, 842] }]));
    const locked = await add(join(root, 'locked.pdf'), '--publication', 'liushi', '--seeds', seeds);
    expect(locked.code).toBe(2);
    expect(locked.out).toMatch(/✗ .*locked\.pdf：PDF 文件加了密码/u);
    const scan = await add(join(root, 'scan.pdf'), '--publication', 'liushi', '--seeds', seeds);
    expect(scan.code).toBe(2);
    expect(scan.out).toMatch(/没有文字层.*读不出日期和版次.*--date.*--page/u);
    expect(readdirSync(seeds).sort()).toEqual(before);
    expect(readFileSync(join(seeds, 'metadata.yaml'), 'utf8')).toBe(meta);
  }, 120_000);

  it('adds a scan given its date and 版次, saying its text needs 文字识别 and guessing none', async () => {
    const seeds = join(root, 'seeds-c');
    cpSync('seeds', seeds, { recursive: true });
    writeFileSync(join(root, 'scan.pdf'), makePdf([{ image: [0, 0, 595, 842] }]));
    const r = await add(join(root, 'scan.pdf'), '--publication', 'liushi', '--date', '2023-06-21', '--page', '3', '--seeds', seeds);
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(seeds, 'liushi-2023-06-21-p3.pdf'))).toEqual(readFileSync(join(root, 'scan.pdf')));
    expect(r.out).toContain('0 篇文章');
    expect(r.out).toMatch(/没有文字层.*版面图和 PDF 照常发布.*文字识别/u);
  }, 120_000);

  it('adds a PDF of several pages under its hash, each page reported as its own 版 with its 版次', async () => {
    const seeds = join(root, 'seeds-d');
    cpSync('seeds', seeds, { recursive: true });
    writeFileSync(join(root, 'issue.pdf'), await issuePdf());
    const r = await add(join(root, 'issue.pdf'), '--publication', 'liushi', '--date', '2023-06-20', '--kind', 'news-page', '--seeds', seeds);
    expect(r.code, r.out).toBe(0);
    const name = readdirSync(seeds).find((f) => f.endsWith('.pdf'))!;
    expect(name).toMatch(/^liushi-2023-06-20-[0-9a-f]{6}\.pdf$/u);
    expect(readFileSync(join(seeds, name))).toEqual(readFileSync(join(root, 'issue.pdf')));
    expect(readFileSync(join(seeds, 'metadata.yaml'), 'utf8')).toContain(`  ${name}:\n    publication: liushi\n    kind: news-page\n    date: 2023-06-20\n`);
    expect(r.out).toContain(`—— ${name} 第2页 ——`);
    expect(r.out).toContain(`✓ ${name}#page=2（编码 pdf）：`);
    expect(r.out).toContain('期次：柳市 2023年6月20日 第1版（推定：这一页没有印版次），地址 /liushi/2023-06-20/');
    expect(r.out).toContain('期次：柳市 2023年6月20日 第2版，地址 /liushi/2023-06-20/');
    expect(r.out).toContain('期次：柳市 2023年6月20日 第4版，地址 /liushi/2023-06-20/');
    expect(r.out).toMatch(/PDF 共 3 页，每页作为一版分别读入.*每页的字数都对得上/u);
  }, 120_000);
});
