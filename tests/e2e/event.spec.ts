import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/format-date.ts';
import { LANGS } from '../../src/model/lang.ts';
import { sourceAnchor } from '../../src/lib/urls.ts';
import { content, url } from '../support/site.ts';

for (const lang of LANGS) {
  test(`every event page (${lang}) shows its sources with publisher and date, and its citations resolve`, { tag: '@dates' }, async ({ page }) => {
    const { events, sources } = content();
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const [i, { data: e }] of events.entries()) {
      await page.goto(url({ page: 'event', id: e.id }, lang));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(e.title[lang]);
      const refs = page.locator('.event__sources .reference-list > li');
      await expect(refs).toHaveCount(e.sources.length);
      for (const [n, id] of e.sources.entries()) {
        const s = byId.get(id)!;
        const ref = refs.nth(n);
        await expect(ref).toHaveAttribute('id', sourceAnchor(id));
        await expect(ref).toContainText(s.publisher[lang]);
        await expect(ref).toContainText(s.title.zh);
        await expect(ref).toContainText(formatDate(s.published, lang));
        if (s.kind === 'opinion') await expect(ref.locator('.badge--opinion')).toBeVisible();
      }
      // Every [n] in the body points at a reference on the page.
      const targets = await page.locator('.event__body .cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const target of new Set(targets)) await expect(page.locator(target!)).toHaveCount(1);
      // Previous / next follow the time order.
      const prev = events[i - 1]?.data;
      const next = events[i + 1]?.data;
      if (prev) await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', url({ page: 'event', id: prev.id }, lang));
      else await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
      if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', url({ page: 'event', id: next.id }, lang));
      else await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    }
  });
}

test('an announced-then-effective event shows both dates, with the CST time', { tag: '@dates' }, async ({ page }) => {
  await page.goto(url({ page: 'event', id: 'group-chat-opening' }, 'zh'));
  await expect(page.locator('.event__dates')).toContainText('发布 2021年11月29日');
  await expect(page.locator('.event__dates')).toContainText('生效 2021年11月30日 00:00（北京时间）');
  await expect(page.locator('.event__dates time').nth(1)).toHaveAttribute('datetime', '2021-11-30T00:00+08:00');
});

test('a month-precision event says it is known only to the month', { tag: '@dates' }, async ({ page }) => {
  await page.goto(url({ page: 'event', id: 'huiju-launch' }, 'en'));
  await expect(page.locator('.event__dates')).toContainText('December 2020');
  await expect(page.locator('.event__dates')).toContainText('month only');
});

test('opinion is labelled as opinion, with who holds it', async ({ page }) => {
  await page.goto(url({ page: 'event', id: 'three-paths-opinion' }, 'en'));
  await expect(page.getByRole('heading', { level: 1 }).locator('.badge--opinion')).toHaveText('Opinion');
  const aside = page.getByRole('complementary', { name: 'Opinion' });
  await expect(aside).toContainText('裴培');
  await expect(aside).toContainText('mini program');
});

test('figures appear with their source', async ({ page }) => {
  await page.goto(url({ page: 'event', id: 'taobao-login-douyin-token' }, 'en'));
  const row = page.locator('.figures__table tr', { hasText: '6.3%' });
  await expect(row).toContainText('CICC research report');
  await expect(row.locator('a')).toHaveAttribute('href', `#${sourceAnchor('dianshang-2021-12-01')}`);
});
