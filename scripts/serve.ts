/**
 * A small static file server for the built site, as any static host would serve it:
 * under BASE_PATH, directories answer with index.html, unknown paths get 404.html.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4321] [--host localhost]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export function startServer(options: { dir: string; port: number; host: string; base: string }) {
  const root = resolve(options.dir);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      res.writeHead(status, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(404, page);
      else res.writeHead(404).end('Not found');
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) return void res.writeHead(301, { location: base }).end();
      return notFound();
    }
    const file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    if (existsSync(join(file, 'index.html'))) {
      if (!pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return send(200, join(file, 'index.html'));
    }
    return notFound();
  });
  return new Promise<typeof server>((ok) => server.listen(options.port, options.host, () => ok(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: 'localhost' },
    },
  });
  const base = process.env.BASE_PATH ?? '/';
  await startServer({ dir: values.dir!, port: Number(values.port), host: values.host!, base });
  console.log(`Serving ${values.dir}/ at http://${values.host}:${values.port}${base}`);
}
