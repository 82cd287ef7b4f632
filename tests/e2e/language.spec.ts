import { expect, test } from '@playwright/test';
import { HTML_LANG, LANGS } from '../../src/model/lang.ts';
import { templates, url } from '../support/site.ts';

for (const { name, route } of templates().filter((t) => t.chrome !== 'embed')) {
  test(`the language switch on the ${name} page keeps the reader on the same page`, async ({ page }) => {
    await page.goto(url(route, 'zh'));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
    // Story mode writes its step (and the timeline's view) into the address: the switch keeps that state.
    const state = name === 'story' ? '(\\?.*story=.*)' : '';
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${url(route, 'en').replace(/[.?]/g, '\\$&')}${state}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${url(route, 'zh').replace(/[.?]/g, '\\$&')}${state}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
  });
}

// An embed has no language switch (the address chooses its language); its links lead to the
// full page in the same language.
for (const { name, route } of templates().filter((t) => t.chrome === 'embed')) {
  test(`the ${name} page speaks one language and links the full page in it`, async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(url(route, lang));
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.locator('[data-lang-switch]')).toHaveCount(0);
      const links = await page.locator('.embed__frame a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).pathname));
      expect(links.length).toBeGreaterThan(0);
      const other = LANGS.find((l) => l !== lang)!;
      const home = url({ page: 'home' }, other);
      // Chinese is the default (/), English lives under /en/: no link of the zh embed may lead under /en/.
      if (lang === 'zh') expect(links.filter((p) => p.startsWith(home))).toEqual([]);
      else expect(links.filter((p) => !p.startsWith(url({ page: 'home' }, 'en')))).toEqual([]);
    }
  });
}

test('each page declares its other-language alternate', async ({ page }) => {
  await page.goto(url({ page: 'event', id: 'group-chat-opening' }, 'en'));
  const zh = await page.locator('link[rel="alternate"][hreflang="zh-CN"]').getAttribute('href');
  expect(new URL(zh!).pathname).toBe(url({ page: 'event', id: 'group-chat-opening' }, 'zh'));
});
