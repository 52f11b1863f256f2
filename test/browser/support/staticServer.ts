import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'text/xml; charset=utf-8',
};

/**
 * Serves a folder over plain HTTP on 127.0.0.1 (a free port); resolves to its base URL and a closer.
 * With `prefix` ("/kiem-soat-tthc/") the folder is served under that path only, as a department's
 * web server publishes it, and the URL returned includes the prefix (without its final slash).
 */
export async function serveFolder(root: string, options: { prefix?: string } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const base = path.resolve(root);
  const prefix = options.prefix ?? '/';
  const server: Server = createServer((req, res) => {
    const fullPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!fullPath.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    const urlPath = `/${fullPath.slice(prefix.length)}`;
    const file = path.resolve(base, `.${urlPath === '/' ? '/taskpane.html' : urlPath}`);
    if (!file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix.replace(/\/$/, '')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
