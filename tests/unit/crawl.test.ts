/**
 * The link crawl (tests/support/crawl.ts) on a small built site served under /sub/: it must
 * find each kind of broken reference and each third-party resource, and nothing else.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl } from '../support/crawl.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crawl-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><link rel="canonical" href="http://example.org/sub/">${head}</head><body>${body}</body></html>`;

describe('the link crawl', () => {
  const dist = site({
    'index.html': page(
      `<link rel="stylesheet" href="/sub/_astro/site.css"><link rel="stylesheet" href="https://fonts.example.com/css2">
       <link rel="preconnect" href="https://cdn.example.com"><link rel="alternate" hreflang="en" href="http://example.org/sub/en/">
       <style>@font-face { src: url(https://fonts.example.com/f.woff2) }</style>
       <script src="/sub/_astro/missing.js"></script>
       <script>const s = '<a href="/sub/not-a-link/">';</script>`,
      `<h1 id="top">Home</h1>
       <a href="#top">same page</a> <a href="#nowhere">missing anchor here</a>
       <a href="/sub/en/">English</a> <a href="en/#section">relative with anchor</a> <a href="/sub/en/#nope">missing anchor there</a>
       <a href="/sub/missing/">missing page</a> <a href="/other/">outside the base</a>
       <a href="http://example.org/sub/en/">absolute, to the site itself</a>
       <a href="https://source.example.com/article">a source on another site</a> <a href="mailto:editor@example.org">mail</a>
       <img alt="" src="/sub/a.png" srcset="/sub/a.png 1x, https://cdn.example.com/b.png 2x">
       <div style="background: url('/sub/gone.png')"></div>
       <template><a href="/sub/in-template/">inside a template</a></template>
       <search-box data-src="/sub/pagefind/pagefind.js"></search-box>`,
    ),
    'en/index.html': page('', '<h2 id="section">Section</h2><a href="../">back</a>'),
    'a.png': 'png',
    '_astro/site.css': `@import "https://cdn.example.com/x.css"; .a { background: url(../missing.png) } .b { background: url(data:image/png;base64,AAAA) } .c { background: url("../a.png") }`,
    'sitemap-0.xml': `<?xml version="1.0"?><urlset xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>http://example.org/sub/en/</loc><xhtml:link rel="alternate" href="http://example.org/sub/"/></url><url><loc>http://example.org/sub/removed/</loc></url></urlset>`,
  });
  const result = crawl(dist, '/sub/');

  it('finds every broken internal link, anchor and asset, in pages, stylesheets and sitemaps', () => {
    expect(result.pages).toBe(2);
    expect(result.broken.map((b) => `${b.page}: ${b.link} (${b.reason})`).sort()).toEqual([
      '_astro/site.css: ../missing.png (no such file)',
      'index.html: #nowhere (no element with id "nowhere")',
      'index.html: /other/ (outside the base /sub/)',
      'index.html: /sub/_astro/missing.js (no such file)',
      'index.html: /sub/en/#nope (no element with id "nope")',
      'index.html: /sub/gone.png (no such file)',
      'index.html: /sub/in-template/ (no such file)',
      'index.html: /sub/missing/ (no such file)',
      'index.html: /sub/pagefind/pagefind.js (no such file)',
      'sitemap-0.xml: http://example.org/sub/removed/ (no such file)',
    ]);
  });

  it('reports what a page would load from other origins, and lets readers’ links to other sites be', () => {
    expect(result.thirdParty.map((t) => `${t.page}: ${t.resource} (${t.how})`).sort()).toEqual([
      '_astro/site.css: https://cdn.example.com/x.css (css url())',
      'index.html: https://cdn.example.com/ (<link rel=preconnect>)',
      'index.html: https://cdn.example.com/b.png (<img srcset>)',
      'index.html: https://fonts.example.com/css2 (<link rel=stylesheet>)',
      'index.html: https://fonts.example.com/f.woff2 (<style> url())',
    ]);
  });

  it('counts the references it checked', () => {
    // Internal only: 4 in the home page's head, 13 in its body (not the mail, the source or the
    // string in the script), 2 on the English page, 2 in the stylesheet (data: is skipped), 3 in the sitemap.
    expect(result.links).toBe(4 + 13 + 2 + 2 + 3);
  });
});
