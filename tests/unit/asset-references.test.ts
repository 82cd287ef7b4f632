import { describe, expect, it } from 'vitest';
import { assetReferences, missingAssets } from '../../src/build/asset-references.ts';
import { tempFolders } from '../support/temp-folder.ts';

const site = tempFolders('wlp-assets-');

describe('built pages refer only to assets the build made', () => {
  it('names each page that refers to a missing script or stylesheet, once', () => {
    const out = site({
      '_astro/page.A1.js': '',
      '_astro/base.B2.css': '',
      'index.html': '<link rel="stylesheet" href="/_astro/base.B2.css"><script type="module" src="/_astro/page.A1.js"></script>',
      'en/events/x/index.html': '<link rel="stylesheet" href="/_astro/base.OLD.css"><script src="/_astro/page.OLD.js"></script>',
      'about/index.html': "<style>@font-face{src:url(/_astro/font.C3.woff2)}</style>",
    });
    expect(missingAssets(out)).toEqual([
      { page: 'about/index.html', asset: '/_astro/font.C3.woff2' },
      { page: 'en/events/x/index.html', asset: '/_astro/base.OLD.css' },
    ]);
  });

  it('reads references under a base path, and passes a site whose references all resolve', () => {
    const out = site({ '_astro/page.A1.js': '', 'index.html': '<script src="/wechat-links/_astro/page.A1.js"></script><a href="/_astro/elsewhere.js">' });
    expect(missingAssets(out, '/wechat-links/')).toEqual([]);
    expect(missingAssets(out, '/wechat-links')).toEqual([]);
    expect(missingAssets(out, '/')).toEqual([{ page: 'index.html', asset: '/_astro/elsewhere.js' }]);
  });

  it('does not read the pages it is told were checked against these assets already', () => {
    const out = site({
      '_astro/page.A1.js': '',
      'index.html': '<script src="/_astro/page.OLD.js"></script>',
      'en/index.html': '<script src="/_astro/page.OLD.js"></script>',
    });
    expect(missingAssets(out, '/', 10, new Set(['index.html']))).toEqual([{ page: 'en/index.html', asset: '/_astro/page.OLD.js' }]);
    expect(missingAssets(out, '/', 10, new Set(['index.html', 'en/index.html']))).toEqual([]);
  });

  it("takes the references of a page Astro wrote in this build from what the build found as it was written, not from the disk", () => {
    const out = site({
      '_astro/page.A1.js': '',
      'index.html': '<script src="/_astro/page.A1.js"></script>',
      'en/index.html': '<script src="/_astro/page.OLD.js"></script>',
    });
    const written = new Map([
      ['index.html', assetReferences(Buffer.from('<script src="/_astro/page.GONE.js"></script>'))],
      ['en/index.html', assetReferences(Buffer.from('<script src="/_astro/page.A1.js"></script>'))],
    ]);
    expect(missingAssets(out, '/', 10, new Set(), written)).toEqual([{ page: 'index.html', asset: '/_astro/page.GONE.js' }]);
  });

  it('reads the references from bytes, a long name and a Chinese page among them', () => {
    const long = `x${'a'.repeat(900)}.js`;
    const html = Buffer.from(`<p>微信外链</p><link href="/sub/_astro/base.B2.css"><script src="/sub/_astro/${long}"></script><a href='/sub/_astro/font.C3.woff2?v=1'>`);
    expect(assetReferences(html, '/sub/')).toEqual([
      ['/sub/_astro/base.B2.css', 'base.B2.css'],
      [`/sub/_astro/${long}`, long],
      ['/sub/_astro/font.C3.woff2', 'font.C3.woff2'],
    ]);
    expect(assetReferences(html, '/other/')).toEqual([]);
  });
});
