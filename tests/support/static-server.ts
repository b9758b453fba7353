/**
 * The one static file server of the tests, benchmarks and screenshots, over a built site: sirv
 * (the file server Vite's and so `astro preview`'s preview is built on) behind node:http, on
 * 127.0.0.1 only, port chosen by the system. What it adds to sirv is what the callers rely on:
 *
 * - directory URLs served from their index.html, files read afresh on every request (sirv's dev
 *   mode: a test may rebuild the site under a running server), `Cache-Control: no-cache`;
 * - text served with `charset=utf-8`; a missing file answered 404 with the site's own 404.html;
 * - with `gzip: true` (benchmarks and screenshots, which measure what a reader downloads), text
 *   (HTML, JS, CSS, JSON, SVG, XML, plain text) gzip-compressed when the client accepts it, as a
 *   typical static host does; Pagefind's index files, already compressed, go as they are;
 * - a log of every response: path and query, status, body bytes as sent (after compression), in
 *   the order the requests arrived; a count of requests in flight, so a caller can `settle`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';
import sirv from 'sirv';

export interface LogEntry {
  path: string;
  status: number;
  /** Body bytes sent (after compression), counted as they go out. */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  /** One entry per request, in the order they arrived. */
  log: LogEntry[];
  /** Requests received but not yet answered. */
  inflight(): number;
  /** performance.now() (this process) when the last response finished. */
  lastActivity(): number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Gzip text for clients that accept it (default false: bodies as they are on disk). */
  gzip?: boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Types sent gzip-compressed with `gzip: true`. */
const TEXT = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/u;
/** Types sent with `charset=utf-8` (sirv names it for HTML only). */
const CHARSET = /^(text\/|application\/(json|javascript))/u;

/** The file a URL path names under `root` (percent-decoded), or null when it would leave the root. */
export function fileUnder(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    path = urlPath;
  }
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** Counts the body bytes of `res` into `entry` as they are written (below any compression). */
function countBytes(res: ServerResponse, entry: LogEntry): void {
  const size = (chunk: unknown, encoding?: unknown) =>
    chunk == null || typeof chunk === 'function' ? 0 : typeof chunk === 'string' ? Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : (chunk as Uint8Array).byteLength;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    entry.bytes += size(chunk, rest[0]);
    entry.status = res.statusCode;
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    entry.bytes += size(chunk, rest[0]);
    entry.status = res.statusCode;
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
}

/**
 * Gzips a whole response of a text type for a client that accepts gzip, sent with its
 * Content-Length. Hand-written rather than the `compression` middleware: that one streams with
 * chunked transfer encoding, and the benchmarks compare, response by response, the body bytes this
 * server sent with the browser's count (equal only without chunk framing), as a host serving
 * precompressed files sends them.
 */
function gzipWhole(req: IncomingMessage, res: ServerResponse): void {
  if (!/\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) return;
  const writeHead = res.writeHead.bind(res) as (status: number, headers: Record<string, unknown>) => ServerResponse;
  const end = res.end.bind(res) as (body: Buffer) => ServerResponse;
  const chunks: Buffer[] = [];
  let head: [number, Record<string, unknown>] = [200, {}];
  res.writeHead = ((status: number, headers?: Record<string, unknown>) => ((head = [status, headers ?? {}]), res)) as ServerResponse['writeHead'];
  res.write = ((chunk: string | Uint8Array) => (chunks.push(Buffer.from(chunk)), true)) as ServerResponse['write'];
  res.end = ((chunk?: unknown) => {
    if (chunk != null && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string | Uint8Array));
    const [status, headers] = head;
    const body = Buffer.concat(chunks);
    if (!TEXT.test(String(headers['Content-Type'] ?? res.getHeader('Content-Type') ?? ''))) {
      writeHead(status, headers);
      return end(body);
    }
    const gz = gzipSync(body);
    writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': gz.length, Vary: 'Accept-Encoding' });
    return end(gz);
  }) as ServerResponse['end'];
}

/** sirv over `root`, then the site's 404.html (or a plain "not found") for what it does not hold. */
function files(root: string): Handler {
  const serve = sirv(root, {
    dev: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', 'no-cache');
      const type = lookup(pathname);
      if (type && CHARSET.test(type) && type !== 'text/html') res.setHeader('Content-Type', `${type}; charset=utf-8`);
    },
  });
  return (req, res) =>
    serve(req, res, () => {
      let body: Buffer | string = 'not found';
      try {
        body = readFileSync(join(root, '404.html'));
      } catch {
        /* no 404 page */
      }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(body);
    });
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const log: LogEntry[] = [];
  let open = 0;
  let last = performance.now();
  const serve = files(root);
  const server = createServer((req, res) => {
    open++;
    last = performance.now();
    // 'close' fires once per response, also when the client aborts it.
    res.once('close', () => {
      open--;
      last = performance.now();
    });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry: LogEntry = { path: url.pathname + url.search, status: 0, bytes: 0 };
    log.push(entry);
    countBytes(res, entry);
    if (options.gzip) gzipWhole(req, res);
    serve(req, res, () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    inflight: () => open,
    lastActivity: () => last,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Wait until the server has no request in flight and none finished for `quietMs` (at most `maxMs`). */
export async function settle(server: StaticServer, quietMs = 60, maxMs = 3000): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < maxMs) {
    if (server.inflight() === 0 && performance.now() - server.lastActivity() >= quietMs) return;
    await new Promise((r) => setTimeout(r, 15));
  }
}
