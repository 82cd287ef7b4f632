/**
 * The local server (scripts/serve.ts) serves the site and nothing else: only files under the
 * output folder, redirects only to its own paths, and GET and HEAD only. Raw requests (not
 * through fetch, which would tidy the paths first) against a folder with a sibling whose name
 * begins the same ("dist-sub" beside "dist") and a symbolic link out of it.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';

const SECRET = 'not part of the site';
let server: Awaited<ReturnType<typeof startServer>>;
let subServer: Awaited<ReturnType<typeof startServer>>;
let dataPath: string;
let dist: string;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'serve-'));
  dist = join(parent, 'dist');
  mkdirSync(join(dist, 'en'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, 'en', 'index.html'), '<!doctype html><title>en</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dist, 'data.json'), JSON.stringify({ events: Array.from({ length: 200 }, (_, i) => ({ id: `event-${i}` })) }));
  writeFileSync(join(dist, 'chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  dataPath = join(dist, 'data.json');
  mkdirSync(join(parent, 'dist-sub'));
  writeFileSync(join(parent, 'dist-sub', 'secret.txt'), SECRET);
  writeFileSync(join(parent, 'secret.txt'), SECRET);
  symlinkSync(join(parent, 'secret.txt'), join(dist, 'linked.txt'));
  symlinkSync(join(parent, 'dist-sub'), join(dist, 'linked-folder'));
  server = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/' });
  subServer = await startServer({ dir: dist, port: 0, host: '127.0.0.1', base: '/sub/' });
});
afterAll(() => {
  server?.close();
  subServer?.close();
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Sends the path exactly as written. */
function ask(path: string, method = 'GET', on = server, headers: Record<string, string> = {}): Promise<Answer & { bytes: Buffer }> {
  const { port } = on.address() as AddressInfo;
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the local server', () => {
  it('serves the site: pages, folders with a trailing slash, and 404.html for the rest', async () => {
    expect(await ask('/')).toMatchObject({ status: 200, body: '<!doctype html><title>home</title>' });
    expect(await ask('/en/')).toMatchObject({ status: 200, body: '<!doctype html><title>en</title>' });
    expect(await ask('/en?x=1')).toMatchObject({ status: 301, headers: { location: '/en/?x=1' } });
    expect(await ask('/nothing-here/')).toMatchObject({ status: 404, body: '<!doctype html><title>not found</title>' });
    expect(await ask('/sub', 'GET', subServer)).toMatchObject({ status: 301, headers: { location: '/sub/' } });
    expect(await ask('/sub/en/', 'GET', subServer)).toMatchObject({ status: 200, body: '<!doctype html><title>en</title>' });
  });

  it('serves only files under the output folder', async () => {
    for (const path of [
      '/../dist-sub/secret.txt',
      '/..%2fdist-sub%2fsecret.txt',
      '/%2e%2e/dist-sub/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/en/..%2f..%2fsecret.txt',
      '/linked.txt',
      '/linked-folder/secret.txt',
      '/secret.txt%00.html',
      '/%ZZ',
    ]) {
      const answer = await ask(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain(SECRET);
    }
    const sub = await ask('/sub/..%2f..%2fdist-sub%2fsecret.txt', 'GET', subServer);
    expect(sub.status).toBe(404);
    expect(sub.body).not.toContain(SECRET);
  });

  it('never redirects to another host', async () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const path of ['/.//evil.example/..%2fen', '//evil.example/..%2fen', '/%2fevil.example/..%2fen', '/\\evil.example/..%2fen', '/.%2f%2fevil.example%2f..%2fen', '//evil.example/en?next=//evil.example']) {
      const answer = await ask(path);
      if (answer.status >= 300 && answer.status < 400) {
        const location = String(answer.headers.location);
        expect(new URL(location, origin).origin, `${path} → ${location}`).toBe(origin);
        expect(location, `${path} → ${location}`).toMatch(/^\/(?![/\\])/);
      }
    }
    // The one way in that does redirect (the folder "en" asked without its slash), by any spelling, stays home.
    expect((await ask('/.//en')).headers.location).toBe('/en/');
    expect((await ask('/%2e/en')).headers.location).toBe('/en/');
  });

  it('answers GET and HEAD only', async () => {
    const headAnswer = await ask('/', 'HEAD');
    expect(headAnswer).toMatchObject({ status: 200, body: '' });
    expect(headAnswer.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await ask('/', method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow, method).toBe('GET, HEAD');
      expect(answer.body, method).not.toContain('home');
    }
  });

  it('sends text gzipped when the browser accepts it, as static hosts do, and as it is otherwise', async () => {
    const raw = await ask('/data.json');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.headers.vary).toBe('accept-encoding');
    const plain = JSON.parse(raw.body) as { events: unknown[] };
    expect(plain.events).toHaveLength(200);

    const zipped = await ask('/data.json', 'GET', server, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
    expect(zipped.bytes.length).toBeLessThan(raw.bytes.length / 4);
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(raw.body);

    // A page found through its folder is compressed too; gzip refused (q=0, or not named) is not used; images go as they are.
    expect((await ask('/en/', 'GET', server, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    for (const refusing of ['gzip;q=0, br', 'gzip; q=0, *', 'identity', 'br, deflate']) {
      expect((await ask('/data.json', 'GET', server, { 'accept-encoding': refusing })).headers['content-encoding'], refusing).toBeUndefined();
    }
    for (const accepting of ['GZIP', 'br;q=1.0, gzip ;q=0.5', '*', 'x-gzip']) {
      expect((await ask('/data.json', 'GET', server, { 'accept-encoding': accepting })).headers['content-encoding'], accepting).toBe('gzip');
    }
    const png = await ask('/chart.png', 'GET', server, { 'accept-encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.bytes).toHaveLength(8);
    // HEAD gives the compressed length and no body.
    const head = await ask('/data.json', 'HEAD', server, { 'accept-encoding': 'gzip' });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(zipped.headers['content-length']);
  });

  it('sends the 404 page gzipped, with its status', async () => {
    const missing = await ask('/nothing-here/', 'GET', server, { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(missing.bytes).toString('utf8')).toBe('<!doctype html><title>not found</title>');
  });

  it('compresses a file again when it changes', async () => {
    // The new text is shorter, so the file's size changes whatever its time says.
    const before = await ask('/data.json', 'GET', server, { 'accept-encoding': 'gzip' });
    writeFileSync(dataPath, JSON.stringify({ events: [{ id: 'changed' }] }));
    const after = await ask('/data.json', 'GET', server, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(after.bytes).toString('utf8')).toBe('{"events":[{"id":"changed"}]}');
    expect(after.bytes.equals(before.bytes)).toBe(false);
  });

  it('rejects, rather than throwing later, when its port is taken', async () => {
    const { port } = server.address() as AddressInfo;
    await expect(startServer({ dir: dist, port, host: '127.0.0.1', base: '/' })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('serves a 404.html that links out of its folder no more than any other file', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'serve-404-'));
    const site = join(parent, 'site');
    mkdirSync(site);
    writeFileSync(join(parent, 'secret.html'), SECRET);
    symlinkSync(join(parent, 'secret.html'), join(site, '404.html'));
    const linked = await startServer({ dir: site, port: 0, host: '127.0.0.1', base: '/' });
    try {
      const answer = await ask('/missing/', 'GET', linked);
      expect(answer.status).toBe(404);
      expect(answer.body).toBe('Not found\n');
    } finally {
      linked.close();
    }
  });
});
