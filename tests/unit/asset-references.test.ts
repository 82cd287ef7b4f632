import { describe, expect, it } from 'vitest';
import { missingAssets } from '../../src/build/asset-references.ts';
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
});
