/**
 * The nginx configuration the README ships (deploy/nginx/liushi-archive.conf), run for real:
 * Debian's nginx started on 127.0.0.1 over the built site, only `listen` and `root` changed.
 * The CSP arrives as a header with frame-ancestors and, with each page's own meta policy, lets the
 * site work (search included) while refusing framing and foreign inline scripts; hashed assets
 * and the search index's versioned files are cached a year, the rest revalidated.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/static-server.ts';

const NGINX = '/usr/sbin/nginx';
const CONFIG = 'deploy/nginx/liushi-archive.conf';
const YEAR = 'public, max-age=31536000, immutable';

let dir: string;
let site: string;
let origin: string;
let nginx: ChildProcess;

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} missing: apt-get install nginx (.ci/run does)`);
  dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  site = join(dir, 'site');
  cpSync('dist', site, { recursive: true });
  // A page with an inline script no hash allows, as an injected one would be.
  mkdirSync(join(site, 'injected'));
  writeFileSync(join(site, 'injected', 'index.html'), readFileSync(join(site, 'about', 'index.html'), 'utf8').replace('</body>', '<script>document.title = "injected";</script></body>'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const shipped = readFileSync(CONFIG, 'utf8');
  const server = shipped
    .replace(/^ {4}listen 80;$/mu, `    listen 127.0.0.1:${port};`)
    .replace(/^ {4}listen \[::\]:80;\n/mu, '')
    .replace(/^ {4}root .*;$/mu, `    root ${site};`);
  expect(server).not.toBe(shipped);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${join(dir, d)};`),
      server,
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (b) => (stderr += b));
  for (let i = 0; ; i++) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.on('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const head = async (path: string) => {
  const r = await fetch(`${origin}${path}`, { redirect: 'manual' });
  await r.arrayBuffer();
  return r;
};
const first = (folder: string, pattern: RegExp) => readdirSync(join('dist', folder)).find((f) => pattern.test(f))!;

describe('the shipped nginx configuration', () => {
  it('sends the CSP as a header with frame-ancestors, and the other security headers, on pages and files alike', async () => {
    for (const path of ['/', '/search/', '/favicon.svg', '/data/articles/index.json', '/no-such-page/']) {
      const r = await head(path);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toMatch(/default-src|script-src|style-src/u);
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('caches hashed assets and the search index’s versioned files a year, and revalidates pages and the index manifest', async () => {
    const manifest = JSON.parse(readFileSync('dist/search/idx/manifest.json', 'utf8')) as { version: string };
    const version = `search/idx/${manifest.version}`;
    const cached = [
      `/_astro/${first('_astro', /\.css$/u)}`,
      `/_astro/${first('_astro', /\.js$/u)}`,
      `/${version}/d/${first(`${version}/d`, /\.bin$/u)}`,
    ];
    for (const path of cached) {
      const r = await head(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control'), path).toBe(YEAR);
    }
    for (const path of ['/', '/about/', '/search/idx/manifest.json', '/data/articles/index.json', '/sitemap-index.xml']) {
      const r = await head(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('serves the right types: pages as UTF-8 HTML, scripts, styles and the index manifest as such', async () => {
    expect((await head('/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await head(`/_astro/${first('_astro', /\.css$/u)}`)).headers.get('content-type')).toMatch(/^text\/css/u);
    expect((await head(`/_astro/${first('_astro', /\.js$/u)}`)).headers.get('content-type')).toMatch(/^(application|text)\/javascript/u);
    expect((await head('/search/idx/manifest.json')).headers.get('content-type')).toMatch(/^application\/json/u);
    // The open data's article files: JSON Lines in UTF-8, compressed when asked, with the security headers.
    const file = (JSON.parse(readFileSync('dist/data/articles/index.json', 'utf8')) as { files: { path: string }[] }).files[0]!.path;
    const r = await fetch(`${origin}${file}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.status, file).toBe(200);
    expect(r.headers.get('content-type'), file).toBe('application/x-ndjson; charset=utf-8');
    expect(r.headers.get('content-encoding'), file).toBe('gzip');
    expect(r.headers.get('x-content-type-options'), file).toBe('nosniff');
    expect((await r.text()).split('\n')[0]).toMatch(/^\{"id":/u);
  });

  it('answers a missing page with the site’s 404 page, and a directory without its slash with a relative redirect', async () => {
    const missing = await fetch(`${origin}/liushi/no-such-issue/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync('dist/404.html', 'utf8'));
    const bare = await head('/about');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/about/');
  });

  it('lets the site work in Chromium under both policies — search included — while refusing framing and foreign inline scripts', async () => {
    const browser = await launchChromium();
    // Another origin that frames the site.
    const framer = mkdtempSync(join(dir, 'framer-'));
    writeFileSync(join(framer, 'frame.html'), `<!doctype html><title>framer</title><iframe src="${origin}/about/"></iframe>`);
    const framing = await startStaticServer(framer);
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/iu.test(m.text())) violations.push(m.text());
      });
      await page.goto(`${origin}/search/?q=${encodeURIComponent('柳市')}`);
      await page.waitForSelector('#search-results[aria-busy="false"]');
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);

      await page.goto(`${origin}/injected/`);
      await page.waitForLoadState('load');
      expect(await page.title()).not.toBe('injected');
      expect(violations.some((v) => /inline script/iu.test(v))).toBe(true);

      // Another origin framing the site: frame-ancestors 'none' refuses it.
      const frameMessages: string[] = [];
      page.on('console', (m) => frameMessages.push(m.text()));
      await page.goto(`${framing.origin}/frame.html`);
      await expect.poll(() => frameMessages.some((m) => m.includes(`Framing '${origin}/' violates`) && m.includes("frame-ancestors 'none'"))).toBe(true);
      expect(page.frames().map((f) => f.url())).toEqual([`${framing.origin}/frame.html`, 'chrome-error://chromewebdata/']);
    } finally {
      await browser.close();
      await framing.close();
    }
  });
});
