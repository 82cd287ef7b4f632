import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/exports/csv.ts';
import { treatmentRecords } from '../../src/lib/exports/treatment-records.ts';
import { diff } from '../../src/lib/treatments/index.ts';
import { content, DIST, treatmentIndex, url } from '../support/site.ts';

const cell = (page: Page, platform: string, surface: string) => page.locator(`.matrix tr[data-platform="${platform}"] td[data-surface="${surface}"]`);
const defaultEntry = (page: Page, platform: string, surface: string) => cell(page, platform, surface).locator('.matrix-entry[data-link="general"]');

test.describe('platform pages', () => {
  test('Taobao: the chart has a row per surface and link kind, coloured by level or showing the facts stated, and the table cites every entry', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: 'taobao' }, 'en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taobao in WeChat');
    // The drawing on screen: the browser's own, laid out at the figure's width.
    const svg = page.locator('[data-chart-figure="platform-taobao"] .embed__chart svg:visible');
    await expect(svg).toHaveAttribute('role', 'group');
    await expect(svg).toHaveAccessibleName(/Taobao in WeChat/);
    // One-to-one chat: a plain page (opinion) from 17 September; the share button a token from 1 December.
    const levels = await svg.locator('.chart__cells rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-level')));
    expect(levels).toContain('plain-page');
    expect(levels).toContain('token-only');
    // Facts with no level (the mini-program shutdown, group chats) are drawn as stated, not as unknown.
    await expect(svg.locator('.chart__cells rect[data-stated="true"]').first()).toBeAttached();
    await expect(svg.locator('.chart__legend')).toContainText('No level stated');
    // Markers link to the events that touched the platform, numbered as in the list below.
    const markers = await svg.locator('.chart__markers a').evaluateAll((as) => as.map((a) => [a.querySelector('text')!.textContent, new URL(a.getAttribute('href')!, location.href).pathname]));
    const listed = await page.locator('.numbered-events li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('value'), new URL(li.querySelector('a')!.href).pathname]));
    expect(markers.sort()).toEqual(listed.sort());

    // Group chat, links of any kind: not opening (opinion) from 19 September until the update of 30 November ended it; open again from 1 December.
    const group = page.locator('.history-table tbody[data-surface="group-chat"][data-link="general"] tr');
    await expect(group).toHaveCount(2);
    await expect(group.nth(0)).toContainText('19 September 2021 – 29 November 2021');
    await expect(group.nth(0).locator('[data-capability="opens-directly"]')).toHaveAttribute('data-value', 'no');
    await expect(group.nth(0).locator('[data-capability="opens-directly"] .badge--opinion')).toHaveText('Opinion');
    await expect(group.nth(1)).toContainText('1 December 2021');
    await expect(group.nth(1).locator('[data-capability="opens-directly"]')).toHaveAttribute('data-value', 'yes');
    await expect(group.nth(1).locator('[data-level]')).toHaveAttribute('data-level', 'unknown');
    // Every [n] in the table points at a numbered source on the page.
    const refs = await page.locator('.history-table a.ref').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(refs.length).toBeGreaterThan(2);
    for (const r of refs) await expect(page.locator(r!)).toHaveCount(1);
  });

  test('a platform no source describes says so instead of guessing', async ({ page }) => {
    await page.goto(url({ page: 'platform', id: 'youku' }, 'zh'));
    await expect(page.locator('.history-table tbody[data-surface="group-chat"]')).toContainText('没有来源说明');
    await expect(page.locator('.history-table [data-level="unknown"]').first()).toBeVisible();
    await expect(page.getByText('提到优酷但没有结构化待遇数据的事件')).toBeVisible();
  });

  test('the platforms overview draws the latest matrix and links every platform', async ({ page }) => {
    await page.goto(url({ page: 'platforms' }, 'en'));
    // 1 December: Taobao's own share button still gives a text token in group chats.
    await expect(page.locator('[data-chart-figure] .embed__chart--wide svg [data-platform="taobao"][data-surface="group-chat"][data-level="token-only"]')).toHaveCount(1);
    for (const p of content().reference.platforms) {
      await expect(page.locator('.platform-links').getByRole('link', { name: p.name.en, exact: true })).toHaveAttribute('href', url({ page: 'platform', id: p.id }, 'en'));
    }
  });
});

test.describe('matrix', () => {
  test('prebuilt snapshots show Taobao in group chat before and after 30 November 2021', async ({ page }) => {
    await page.goto(url({ page: 'matrix-snapshot', at: '2021-11-29' }, 'en'));
    await expect(defaultEntry(page, 'taobao', 'group-chat').locator('[data-level]')).toHaveAttribute('data-level', 'unknown');
    await expect(defaultEntry(page, 'taobao', 'group-chat').locator('[data-capability="opens-directly"]')).toHaveAttribute('data-value', 'no');
    await page.locator('[data-step="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${url({ page: 'matrix-snapshot', at: '2021-11-30' }, 'en')}$`));
    // The update ended what was known: nothing is stated until a source tests it again.
    await expect(defaultEntry(page, 'taobao', 'group-chat').locator('[data-level]')).toHaveAttribute('data-level', 'unknown');
    await expect(defaultEntry(page, 'taobao', 'group-chat').locator('[data-capability]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Platforms × surfaces as of 30 November 2021' })).toBeVisible();
    await page.locator('[data-step="next"]').click();
    await expect(defaultEntry(page, 'taobao', 'group-chat').locator('[data-capability="opens-directly"]')).toHaveAttribute('data-value', 'yes');
  });

  test('?at= recomputes the grid for any day, and Back returns to the previous day', async ({ page }) => {
    await page.goto(url({ page: 'matrix', at: '2021-09-16' }, 'en'));
    await expect(page.getByRole('heading', { name: 'Platforms × surfaces as of 16 September 2021' })).toBeVisible();
    await expect(defaultEntry(page, 'jd', 'mini-program').locator('[data-capability="offers-open-app"]')).toHaveAttribute('data-value', 'no');
    const taobao = defaultEntry(page, 'taobao', 'private-chat').locator('[data-level]');
    await expect(taobao).toHaveAttribute('data-level', 'unknown');
    await page.getByLabel('Date', { exact: true }).fill('2021-09-18');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\?at=2021-09-18$/);
    // From 17 September Pei Pei's commentary alone says Taobao links opened as plain pages: opinion.
    await expect(taobao).toHaveAttribute('data-level', 'plain-page');
    await expect(defaultEntry(page, 'taobao', 'private-chat').locator('.matrix-entry__level .badge--opinion')).toHaveText('Opinion');
    await page.goBack();
    await expect(page).toHaveURL(/\?at=2021-09-16$/);
    await expect(taobao).toHaveAttribute('data-level', 'unknown');
  });

  const bad = [
    { at: 'yesterday', message: '“yesterday” is not a date. Use the form YYYY-MM-DD' },
    { at: '2021-02-30', message: '“2021-02-30” is not a real date: February 2021 has 28 days.' },
    { at: '2021-13-01', message: '“2021-13-01” is not a real date: there is no month 13.' },
    { at: '2010-01-01', message: '1 January 2010 is before the site’s earliest data (20 May 2021)' },
    { at: '2099-01-01', message: '1 January 2099 is in the future.' },
  ];
  for (const b of bad) {
    test(`a bad ?at=${b.at} gets a clear message and a sensible grid`, async ({ page }) => {
      await page.goto(url({ page: 'matrix', at: b.at }, 'en'));
      const message = page.locator('[data-query-message]');
      await expect(message).toBeVisible();
      await expect(message).toContainText(b.message);
      await expect(message).toContainText('Showing');
      await expect(page.locator('.matrix tbody tr')).toHaveCount(content().reference.platforms.length);
    });
  }

  test('a Chinese page explains a bad date in Chinese', async ({ page }) => {
    await page.goto(url({ page: 'matrix', at: '2021-02-30' }, 'zh'));
    await expect(page.locator('[data-query-message]')).toContainText('“2021-02-30”不是真实存在的日期：2021 年 2 月只有 28 天。');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the matrix shows the latest state and links to every date of change', async ({ page }) => {
      await page.goto(url({ page: 'matrix', at: '2021-06-01' }, 'en'));
      const last = treatmentIndex().changeDates.length;
      await expect(page.locator('.snapshot-list li')).toHaveCount(last);
      await expect(defaultEntry(page, 'taobao', 'group-chat').locator('[data-capability="opens-directly"]')).toHaveAttribute('data-value', 'yes');
      await page.locator('.snapshot-list a').nth(1).click();
      await expect(defaultEntry(page, 'jd', 'mini-program').locator('[data-capability="offers-open-app"]')).toHaveAttribute('data-value', 'no');
    });
  });
});

test.describe('diff', () => {
  test('a prebuilt diff reads like a review: removed and added, grouped by platform, linked to events and sources', async ({ page }) => {
    await page.goto(url({ page: 'diff-snapshot', from: '2021-11-29', to: '2021-11-30' }, 'en'));
    // The update ended every value known of private and group chats: each row reads "→ no source, ended".
    const rows = page.locator('.diff__platform[data-platform="taobao"] .diff-row');
    await expect(rows).toHaveCount(7);
    await expect(rows.first().locator('del')).toContainText('Plain page');
    await expect(rows.first().locator('ins')).toContainText('No source');
    await expect(rows.first().locator('.badge--ended')).toHaveText('ended');
    await expect(rows.first().getByRole('link', { name: 'WeChat updates its link rules and opens e-commerce links in group chats' })).toHaveAttribute(
      'href',
      url({ page: 'event', id: 'group-chat-opening' }, 'en'),
    );
    for (const r of await rows.first().locator('a.ref').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) await expect(page.locator(r!)).toHaveCount(1);
    const ended = diff(treatmentIndex(), '2021-11-29', '2021-11-30').rows;
    await expect(page.locator('.diff__platform')).toHaveCount(new Set(ended.map((r) => r.platform)).size);
    await expect(page.locator('.diff-row--ended')).toHaveCount(ended.length);
  });

  test('?from=&to= computes any range; reports are marked as first reported', async ({ page }) => {
    await page.goto(url({ page: 'diff', from: '2021-11-01', to: '2021-12-31' }, 'en'));
    await expect(page.getByRole('heading', { name: 'What changed between 1 November 2021 and 31 December 2021' })).toBeVisible();
    const douyin = page.locator('.diff__platform[data-platform="douyin"]');
    await expect(douyin.locator('.diff-row--report').first()).toContainText('first reported');
    await expect(page.locator('[data-query-message]')).toContainText('The latest source is from 1 December 2021');
  });

  test('picking two events fills in their dates (from: the day before the event), and the URL is the shareable state', async ({ page }) => {
    await page.goto(url({ page: 'diff' }, 'en'));
    await page.getByLabel('or from event').selectOption({ label: "17 September 2021 · WeChat's first link statement: external links open in one-to-one chats" });
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2021-09-16');
    await page.getByLabel('to event').selectOption({ label: '30 November 2021, 00:00 CST · WeChat updates its link rules and opens e-commerce links in group chats' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\?from=2021-09-16&to=2021-11-30$/);
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(other.locator('.diff-row')).toHaveCount(await page.locator('.diff-row').count());
    await expect(other.getByRole('heading', { name: 'What changed between 16 September 2021 and 30 November 2021' })).toBeVisible();
  });

  test('a reversed range is swapped, with a message and nothing blank', async ({ page }) => {
    await page.goto(url({ page: 'diff', from: '2021-12-01', to: '2021-09-17' }, 'en'));
    await expect(page.locator('[data-query-message]')).toContainText('The start date 1 December 2021 is after the end date 17 September 2021.');
    await expect(page.getByRole('heading', { name: 'What changed between 17 September 2021 and 1 December 2021' })).toBeVisible();
    await expect(page.locator('.diff-row').first()).toBeVisible();
  });

  test('an impossible date in a diff query is explained', async ({ page }) => {
    await page.goto(url({ page: 'diff', from: '2021-04-31', to: '2021-12-01' }, 'en'));
    await expect(page.locator('[data-query-message]')).toContainText('“2021-04-31” is not a real date: April 2021 has 30 days.');
    await expect(page.locator('.diff-row').first()).toBeVisible();
  });
});

test.describe('event pages', () => {
  test('show what the event changed as a small diff', async ({ page }) => {
    await page.goto(url({ page: 'event', id: 'mini-program-open-app-ends' }, 'en'));
    const section = page.locator('.event__changes');
    await expect(section.getByRole('heading', { name: 'What this event changed' })).toBeVisible();
    await expect(section.locator('.diff__platform')).toHaveCount(content().reference.platforms.length);
  });

  test('a report event says what it reported, and an event without treatment data shows no diff', async ({ page }) => {
    await page.goto(url({ page: 'event', id: 'cnbeta-unequal-treatment' }, 'en'));
    await expect(page.getByRole('heading', { name: 'What this event reported' })).toBeVisible();
    await page.goto(url({ page: 'event', id: 'huiju-launch' }, 'en'));
    await expect(page.locator('.event__changes')).toHaveCount(0);
  });
});

test.describe('data exports', () => {
  test('treatments.json and treatments.csv agree with the engine', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/treatments.json'), 'utf8'));
    expect(json.records).toEqual(treatmentRecords(treatmentIndex()));
    expect(json.licence).toContain('CC BY 4.0');
    expect(json.citation).toContain('WeChat Link Policy History');
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data/treatments.csv'), 'utf8'));
    expect(rows).toHaveLength(json.records.length);
    const col = (name: string) => header!.indexOf(name);
    rows.forEach((row, i) => {
      expect(row[col('platform')]).toBe(json.records[i].platform);
      expect(row[col('level')]).toBe(json.records[i].level ?? '');
      expect(row[col('valid_from')]).toBe(json.records[i].validFrom);
      expect(row[col('capability_opens-directly')]).toBe(json.records[i].capabilities['opens-directly'] ?? '');
    });
  });

  test('events.json lists every event and validates against its published schema', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/events.json'), 'utf8'));
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(content().events.map((e) => e.data.id));
    const ajv = new Ajv2020({ strict: false });
    for (const name of ['events', 'treatments']) {
      const schema = JSON.parse(readFileSync(join(DIST, `data/${name}.schema.json`), 'utf8'));
      const data = JSON.parse(readFileSync(join(DIST, `data/${name}.json`), 'utf8'));
      const validate = ajv.compile(schema);
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    }
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data/events.csv'), 'utf8'));
    expect(header![0]).toBe('id');
    expect(rows.map((r) => r[0])).toEqual(json.events.map((e: { id: string }) => e.id));
  });

  test('the data page links the files, the schemas, the licence and the citation; about links the data page', async ({ page }) => {
    await page.goto(url({ page: 'about' }, 'en'));
    await page.getByRole('link', { name: 'Data', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Download the data');
    for (const f of ['events.json', 'events.csv', 'events.schema.json', 'treatments.json', 'treatments.csv', 'treatments.schema.json']) {
      const link = page.getByRole('link', { name: f, exact: true });
      await expect(link).toHaveAttribute('href', url({ page: 'data-file', file: f }, 'en'));
      const response = await page.request.get(await link.getAttribute('href') as string);
      expect(response.status()).toBe(200);
    }
    await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
  });
});
