/**
 * Crawls a built site on disk: every internal link, asset and #anchor in every HTML page
 * must resolve to a file (and an element id) that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

const ATTR = /\s(?:href|src|action|poster|data-src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SRCSET = /\ssrcset\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

/** The file a site path maps to ("/en/" → en/index.html), or undefined when none exists. */
function fileFor(dist: string, pathname: string): string | undefined {
  const p = join(dist, decodeURIComponent(pathname));
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function crawl(dist: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const origin = 'http://site.invalid';
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1] ?? m[2] ?? '')));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(dist);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + relative(dist, file).split('\\').join('/').replace(/index\.html$/, '');
    const pageUrl = new URL(base.replace(/\/$/, '') + pagePath, origin);
    const values = [
      ...[...html.matchAll(ATTR)].map((m) => m[1] ?? m[2] ?? ''),
      ...[...html.matchAll(SRCSET)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)),
    ];
    for (const raw of values) {
      const value = decode(raw);
      if (!value || /^(mailto|tel|data|javascript):/.test(value)) continue;
      const target = new URL(value, pageUrl);
      if (target.origin !== origin) continue;
      links++;
      const page = relative(dist, file);
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, link: value, reason: `outside the base ${base}` });
        continue;
      }
      const targetFile = fileFor(dist, target.pathname.slice(base.length - 1));
      if (!targetFile) {
        broken.push({ page, link: value, reason: 'no such file' });
        continue;
      }
      if (target.hash.length > 1 && targetFile.endsWith('.html')) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!idsOf(targetFile).has(id)) broken.push({ page, link: value, reason: `no element with id "${id}"` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}
