/**
 * A static file server for the search benchmark: 127.0.0.1 only, port chosen by the system,
 * directory URLs served from their index.html. Text assets (HTML, JS, CSS, JSON, SVG) are sent
 * gzip-compressed when the client accepts it, as a typical static host would; Pagefind's own index
 * files are already compressed and are sent as they are. Every response's size on the wire (body
 * bytes) is logged, and in-flight requests are counted so the caller can wait for the network to
 * settle before reading the log.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { contentType, fileUnder } from '../lib/static-files.ts';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml']);

export interface LogEntry {
  path: string;
  status: number;
  /** Body bytes sent (after compression). */
  bytes: number;
}

export interface BenchServer {
  origin: string;
  log: LogEntry[];
  /** Requests received but not yet answered. */
  inflight(): number;
  /** performance.now() (this process) when the last response finished. */
  lastActivity(): number;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<BenchServer> {
  const log: LogEntry[] = [];
  const gzCache = new Map<string, Buffer>();
  let open = 0;
  let last = performance.now();
  const server: Server = createServer(async (req, res) => {
    open++;
    last = performance.now();
    // 'close' fires once per response, also when the client aborts it.
    res.once('close', () => {
      open--;
      last = performance.now();
    });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const finish = (status: number, bytes: number, headers: Record<string, string | number>, body: Buffer | string) => {
      log.push({ path: url.pathname + url.search, status, bytes });
      res.writeHead(status, { 'Cache-Control': 'no-cache', ...headers });
      res.end(body);
    };
    try {
      let file = fileUnder(root, url.pathname);
      if (file === null) return finish(403, 0, {}, '');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const raw = await readFile(file);
      const ext = extname(file);
      const type = contentType(ext);
      const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (accepts && COMPRESSIBLE.has(ext)) {
        let gz = gzCache.get(file);
        if (!gz) gzCache.set(file, (gz = gzipSync(raw)));
        return finish(200, gz.length, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': gz.length, Vary: 'Accept-Encoding' }, gz);
      }
      return finish(200, raw.length, { 'Content-Type': type, 'Content-Length': raw.length }, raw);
    } catch {
      const body = 'not found';
      return finish(404, Buffer.byteLength(body), { 'Content-Type': 'text/plain; charset=utf-8' }, body);
    }
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
export async function settle(server: BenchServer, quietMs = 60, maxMs = 3000): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < maxMs) {
    if (server.inflight() === 0 && performance.now() - server.lastActivity() >= quietMs) return;
    await new Promise((r) => setTimeout(r, 15));
  }
}
