/**
 * A small static file server for the built site, as any static host would serve it:
 * under BASE_PATH, directories answer with index.html, unknown paths get 404.html, and text
 * (HTML, CSS, JavaScript, JSON, SVG …) goes gzipped to browsers that accept it.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4321] [--host localhost]
 *
 * It serves files under the output folder and nothing else (not a sibling folder whose name
 * begins the same, not through a symbolic link, not through encoded "../" or "/"), redirects
 * only to its own paths (a redirect is built from the file it found, never from the request's
 * text, which "/.//evil.example/…" would turn into another host), and answers GET and HEAD
 * only. (`astro preview` was tried instead: it answers an encoded "/" with a 500 page holding a
 * stack trace, and offers PUT, POST and DELETE to cross-origin callers.)
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cliArgs, usageError } from './cli-args.ts';
import { inside } from './paths.ts';

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

/** Types sent gzipped to a browser that accepts it, as static hosts send text (images, PDFs and fonts are compressed already). */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg', '.wasm']);

/** True when the request's Accept-Encoding allows gzip: named (or as x-gzip) with a q above 0, or not named and "*" allowed. */
function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.toLowerCase().split(';').map((p) => p.trim());
    const weight = params.find((p) => p.startsWith('q='));
    q.set(coding === 'x-gzip' ? 'gzip' : coding, weight === undefined ? 1 : Number(weight.slice(2)) || 0);
  }
  return (q.get('gzip') ?? q.get('*') ?? 0) > 0;
}

/** Files whose gzipped bytes are kept at most (the oldest kept is dropped first): enough for a benchmark's or a reader's pages, bounded for a crawl. */
const KEPT_COMPRESSED = 2000;

/**
 * A file's gzipped bytes (level 9, as the benchmarks count a page's weight), made once and
 * kept while the file's size and time are the same: a host compresses a file once, not per
 * request, and compressing the 10,000-event chart data on every load would put the server's
 * time into the benchmark's.
 */
type CompressedFiles = Map<string, { mtimeMs: number; size: number; bytes: Buffer }>;

function gzipped(cache: CompressedFiles, path: string): Buffer {
  const { mtimeMs, size } = statSync(path);
  const kept = cache.get(path);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.bytes;
  const bytes = gzipSync(readFileSync(path), { level: 9 });
  cache.delete(path);
  if (cache.size >= KEPT_COMPRESSED) cache.delete(cache.keys().next().value!);
  cache.set(path, { mtimeMs, size, bytes });
  return bytes;
}

/** The real file for a path under the root, or undefined if it leads anywhere else (through "..", a link …). */
function realFile(root: string, realRoot: string, rel: string): { path: string; isFile: boolean } | undefined {
  const path = resolve(root, `.${sep}${rel}`);
  if (!inside(root, path) || !existsSync(path)) return undefined;
  const real = realpathSync(path);
  if (!inside(realRoot, real)) return undefined;
  return { path, isFile: statSync(real).isFile() };
}

export function startServer(options: { dir: string; port: number; host: string; base: string }) {
  const root = resolve(options.dir);
  const realRoot = realpathSync(root);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const compressedFiles: CompressedFiles = new Map();
  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      return void res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed: this server serves files (GET and HEAD)\n');
    }
    const send = (status: number, file: string) => {
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (!COMPRESSED.has(extname(file))) {
        res.writeHead(status, headers);
        return void (head ? res.end() : createReadStream(file).pipe(res));
      }
      const gzip = acceptsGzip(req);
      const bytes = gzip ? gzipped(compressedFiles, file) : readFileSync(file);
      res.writeHead(status, { ...headers, vary: 'accept-encoding', 'content-length': bytes.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(head ? undefined : bytes);
    };
    const notFound = () => {
      // The site's 404 page, found as any other file is (a link out of the folder is not followed).
      const page = realFile(root, realRoot, '404.html');
      if (page?.isFile) send(404, page.path);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    };
    /** A redirect to a path of this site (`path` is built by this server, never copied from the request). */
    const redirect = (path: string) => void res.writeHead(301, { location: path }).end();

    // The path is read as text, not through the URL parser, which takes "//host/…" for another host.
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const search = q === -1 ? '' : raw.slice(q);
    let pathname: string;
    try {
      pathname = decodeURIComponent(q === -1 ? raw : raw.slice(0, q));
    } catch {
      return notFound();
    }
    if (!pathname.startsWith('/') || pathname.includes('\0')) return notFound();
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) return redirect(base);
      return notFound();
    }
    const rel = pathname.slice(base.length);
    const found = realFile(root, realRoot, rel);
    if (!found) return notFound();
    if (found.isFile) return send(200, found.path);
    const index = realFile(root, realRoot, `${rel}/index.html`);
    if (!index?.isFile) return notFound();
    if (!pathname.endsWith('/')) {
      const path = relative(root, found.path).split(sep).filter(Boolean).map(encodeURIComponent).join('/');
      return redirect(`${base}${path ? `${path}/` : ''}${search}`);
    }
    return send(200, index.path);
  });
  // A port in use or a host this machine does not have rejects, rather than throwing later.
  return new Promise<typeof server>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      ok(server);
    });
  });
}

if (import.meta.main) {
  const usage = 'Usage: npm run serve -- [--dir dist] [--port 4321] [--host localhost]  (PORT and BASE_PATH from the environment too)';
  const values = cliArgs(usage, {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: 'localhost' },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port!) || port > 65535) usageError(`--port (or PORT) must be a whole number from 0 to 65535 (got "${values.port}")`, usage);
  if (!existsSync(values.dir!) || !statSync(values.dir!).isDirectory()) {
    console.error(`Nothing to serve: ${values.dir}/ does not exist (run \`npm run build\` first, or pass --dir)`);
    process.exit(1);
  }
  const base = process.env.BASE_PATH ?? '/';
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ dir: values.dir!, port, host: values.host!, base });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'EADDRINUSE' ? 'the port is in use (pass another with --port)' : e.code === 'EACCES' ? 'this user may not use that port' : e.message;
    console.error(`Cannot serve at http://${values.host}:${port}${base}: ${why}`);
    process.exit(1);
  }
  console.log(`Serving ${values.dir}/ at http://${values.host}:${(server.address() as AddressInfo).port}${base}`);
}
