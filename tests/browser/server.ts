/**
 * A static file server over a built site, for browser tests: 127.0.0.1 only, port chosen by the
 * system, directory URLs served from their index.html, every response's size counted per path.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { contentType, fileUnder } from '../../scripts/lib/static-files.ts';


export interface StaticServer {
  origin: string;
  /** Bytes sent, per request (path and query), in order. */
  log: Array<{ path: string; status: number; bytes: number }>;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const log: StaticServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = fileUnder(root, url.pathname);
    if (file === null) {
      res.writeHead(403).end();
      log.push({ path: url.pathname + url.search, status: 403, bytes: 0 });
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, { 'Content-Type': contentType(extname(file)), 'Content-Length': size, 'Cache-Control': 'no-cache' });
      log.push({ path: url.pathname + url.search, status: 200, bytes: size });
      createReadStream(file).pipe(res);
    } catch {
      const notFound = join(root, '404.html');
      let body: Buffer | string = 'not found';
      try {
        body = readFileSync(notFound);
      } catch {
        /* no 404 page */
      }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
      log.push({ path: url.pathname + url.search, status: 404, bytes: Buffer.byteLength(body) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
