/**
 * Crawls a built site on disk, as a browser and a feed reader would see it:
 *
 * - every internal link, asset and #anchor in every HTML page (parsed as browsers parse it),
 *   every URL in the sitemaps and feeds, and every url() in the stylesheets must resolve to a
 *   file (and an element id) that exists under the site's base;
 * - anything a page or stylesheet would load by itself from another origin (scripts, styles,
 *   fonts, images, frames, preconnects) is reported as a third-party resource. Links that a
 *   reader may follow to other sites (the sources) are fine.
 *
 * The site's own origin is read from the pages' canonical links (SITE_URL at build time), so
 * absolute URLs to the site itself are checked like relative ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface BrokenLink {
  /** The file the link is in, relative to the site folder. */
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

export interface ThirdPartyResource {
  readonly page: string;
  readonly resource: string;
  /** Where it is loaded from: "<script src>", "<link rel=stylesheet>", "css url()" … */
  readonly how: string;
}

export interface CrawlResult {
  /** HTML pages crawled. */
  readonly pages: number;
  /** Internal references checked (links, assets, anchors, feed and sitemap entries). */
  readonly links: number;
  readonly broken: readonly BrokenLink[];
  readonly thirdParty: readonly ThirdPartyResource[];
}

interface Reference {
  readonly value: string;
  /** A resource is fetched by itself when the page loads; a link waits for the reader. */
  readonly kind: 'link' | 'resource';
  readonly how: string;
}

/** <link rel> values that make the browser fetch something as the page loads. */
const FETCHING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);
/** Elements whose src (and srcset) is fetched as the page loads. */
const SRC_ELEMENTS = new Set(['script', 'img', 'source', 'video', 'audio', 'track', 'iframe', 'embed', 'input']);
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
const XML_URL = /<(?:loc|link|guid)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\/|\shref="([^"]*)"/g;
const SKIPPED_SCHEMES = /^(mailto|tel|data|javascript|blob|about):/i;

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && extname(d.name) === ext)
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const srcsetUrls = (srcset: string) => srcset.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean);
const decodeXml = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function cssUrls(css: string, how: string): Reference[] {
  return [...css.matchAll(CSS_URL)].map((m) => ({ value: m.slice(1).find((g) => g !== undefined) ?? '', kind: 'resource', how }));
}

/** What one element points at. */
function elementReferences(el: T.Element): Reference[] {
  const tag = el.tagName;
  const refs: Reference[] = [];
  const add = (value: string | undefined, kind: Reference['kind'], how: string) => {
    if (value !== undefined) refs.push({ value, kind, how });
  };
  if (tag === 'a' || tag === 'area') add(attr(el, 'href'), 'link', `<${tag} href>`);
  if (tag === 'form') add(attr(el, 'action'), 'link', '<form action>');
  if (tag === 'button' || tag === 'input') add(attr(el, 'formaction'), 'link', `<${tag} formaction>`);
  if (tag === 'link') {
    const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    const fetches = rels.some((r) => FETCHING_RELS.has(r));
    add(attr(el, 'href'), fetches ? 'resource' : 'link', `<link rel=${rels.join(' ')}>`);
    for (const u of srcsetUrls(attr(el, 'imagesrcset') ?? '')) add(u, 'resource', '<link imagesrcset>');
  }
  if (SRC_ELEMENTS.has(tag) && !(tag === 'input' && attr(el, 'type') !== 'image')) add(attr(el, 'src'), 'resource', `<${tag} src>`);
  for (const u of srcsetUrls(attr(el, 'srcset') ?? '')) add(u, 'resource', `<${tag} srcset>`);
  if (tag === 'video') add(attr(el, 'poster'), 'resource', '<video poster>');
  if (tag === 'object') add(attr(el, 'data'), 'resource', '<object data>');
  if (tag === 'use' || tag === 'image') add(attr(el, 'href') ?? attr(el, 'xlink:href'), 'resource', `<${tag} href>`);
  if (tag === 'meta' && /^(og:url|og:image|twitter:image)$/.test(attr(el, 'property') ?? attr(el, 'name') ?? '')) {
    add(attr(el, 'content'), 'link', `<meta ${attr(el, 'property') ?? attr(el, 'name')}>`);
  }
  // Components that load a module named in data-src (the search box loads Pagefind so).
  add(attr(el, 'data-src'), 'resource', `<${tag} data-src>`);
  const style = attr(el, 'style');
  if (style) refs.push(...cssUrls(style, 'style attribute url()'));
  return refs;
}

/** Every reference and id in an HTML document. */
function readPage(html: string): { refs: Reference[]; ids: Set<string>; canonical?: string } {
  const refs: Reference[] = [];
  const ids = new Set<string>();
  let canonical: string | undefined;
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const id = attr(child, 'id');
      if (id) ids.add(id);
      if (child.tagName === 'a' && attr(child, 'name')) ids.add(attr(child, 'name')!);
      if (child.tagName === 'link' && attr(child, 'rel') === 'canonical') canonical ??= attr(child, 'href');
      if (child.tagName === 'style') {
        const text = child.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
        refs.push(...cssUrls(text, '<style> url()'));
      }
      refs.push(...elementReferences(child));
      walk(child.tagName === 'template' ? (child as T.Template).content : child);
    }
  };
  walk(parse(html));
  return { refs, ids, ...(canonical ? { canonical } : {}) };
}

/** The file a site path maps to ("/en/" → en/index.html), or undefined when none exists. */
function fileFor(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const p = join(dist, decoded);
  if (!p.startsWith(dist)) return undefined;
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The site path of a file: en/events/x/index.html → /en/events/x/ (before the base). */
const sitePath = (dist: string, file: string) => '/' + relative(dist, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');

export function crawl(dist: string, base = '/'): CrawlResult {
  const placeholder = 'http://site.invalid';
  const htmlFiles = filesIn(dist, '.html');
  const pages = new Map(htmlFiles.map((file) => [file, readPage(readFileSync(file, 'utf8'))]));
  const canonical = [...pages.values()].find((p) => p.canonical)?.canonical;
  const siteOrigin = canonical ? new URL(canonical).origin : placeholder;

  const sources: [file: string, refs: Reference[]][] = [
    ...[...pages].map(([file, page]) => [file, page.refs] as [string, Reference[]]),
    ...filesIn(dist, '.css').map((file) => [file, cssUrls(readFileSync(file, 'utf8'), 'css url()')] as [string, Reference[]]),
    ...filesIn(dist, '.xml').map(
      (file) =>
        [file, [...readFileSync(file, 'utf8').matchAll(XML_URL)].map((m) => ({ value: decodeXml(m[1] ?? m[2] ?? ''), kind: 'link', how: 'feed/sitemap' }))] as [
          string,
          Reference[],
        ],
    ),
  ];

  const broken: BrokenLink[] = [];
  const thirdParty: ThirdPartyResource[] = [];
  let links = 0;
  for (const [file, refs] of sources) {
    const page = relative(dist, file);
    const here = new URL(base.replace(/\/$/, '') + sitePath(dist, file), siteOrigin);
    for (const { value, kind, how } of refs) {
      const trimmed = value.trim();
      if (!trimmed || SKIPPED_SCHEMES.test(trimmed)) continue;
      let target: URL;
      try {
        target = new URL(trimmed, here);
      } catch {
        broken.push({ page, link: value, reason: 'not a valid URL' });
        continue;
      }
      if (target.origin !== siteOrigin) {
        if (kind === 'resource') thirdParty.push({ page, resource: target.href, how });
        continue;
      }
      links++;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, link: value, reason: `outside the base ${base}` });
        continue;
      }
      const targetFile = fileFor(dist, target.pathname.slice(base.length - 1));
      if (!targetFile) {
        broken.push({ page, link: value, reason: 'no such file' });
        continue;
      }
      const fragment = target.hash.slice(1);
      if (fragment && !fragment.startsWith(':~:') && targetFile.endsWith('.html')) {
        const id = decodeURIComponent(fragment);
        if (!pages.get(targetFile)?.ids.has(id)) broken.push({ page, link: value, reason: `no element with id "${id}"` });
      }
    }
  }
  return { pages: htmlFiles.length, links, broken, thirdParty };
}

/**
 * The crawl as the link gates assert it: `{ crawledEnough: true, broken: [], thirdParty: [] }`
 * for a good build. "Enough" (over 20 pages and 500 links) shows the crawl really ran over a
 * whole site, not an empty or half-written folder.
 */
export function crawlVerdict(dist: string, base: string) {
  const result = crawl(dist, base);
  return { crawledEnough: result.pages > 20 && result.links > 500, broken: result.broken, thirdParty: result.thirdParty };
}
