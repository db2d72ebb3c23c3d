import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A plain static file server, as an intranet web server (nginx, IIS, Apache) would be: files only,
 * no rewriting, no dev middleware. The end-to-end tests serve the production build with it, so
 * nothing works in a test that would not work on a real deployment.
 */

/** File types by extension; anything else is served as bytes. wasm must be application/wasm. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

export interface StaticServerOptions {
  /**
   * Folders served at the prefix, first match wins: a test can lay a site's own files (e.g. a
   * `datasets/` folder) over the shared build without copying it.
   */
  roots: string[];
  /** URL path the site lives under, with leading and trailing slash, e.g. `/zx/luzhi/`. */
  prefix: string;
  host?: string;
  port?: number;
}

export interface StaticServer {
  /** `http://host:port` the server listens on. */
  origin: string;
  port: number;
  /** Every path asked for, in order (tests check what a page fetched). */
  requests: string[];
  close(): Promise<void>;
}

function contentType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function findFile(roots: string[], relative: string): Promise<string | null> {
  for (const root of roots) {
    let file = path.join(root, relative);
    // Never serve outside the root, whatever the URL says (`..`, encoded slashes).
    if (file !== root && !file.startsWith(root + path.sep)) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      if (!(await stat(file).catch(() => null))?.isFile()) continue;
    } else if (!info?.isFile()) continue;
    return file;
  }
  return null;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('404 Not Found');
}

async function handle(options: StaticServerOptions, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://static.invalid');
  const prefix = options.prefix;
  if (url.pathname === prefix.slice(0, -1)) {
    res.writeHead(301, { Location: prefix + url.search });
    res.end();
    return;
  }
  if (!url.pathname.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) {
    notFound(res);
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(prefix.length));
  } catch {
    notFound(res);
    return;
  }
  const roots = options.roots.map((r) => path.resolve(r));
  const file = await findFile(roots, relative);
  if (!file) {
    notFound(res);
    return;
  }
  const { size } = await stat(file);
  // Range reads, as intranet web servers offer them: the scale path reads large Parquet in parts.
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  const headers = {
    'Content-Type': contentType(file),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
  };
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` });
      res.end();
      return;
    }
    res.writeHead(206, {
      ...headers,
      'Content-Length': end - start + 1,
      'Content-Range': `bytes ${start}-${end}/${size}`,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  if (!/^\/(.+\/)?$/.test(options.prefix))
    throw new Error(`prefix must start and end with "/": ${options.prefix}`);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(options, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
