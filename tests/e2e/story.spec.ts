/**
 * Story mode (issue 14, item 4): the milestones one by one — buttons, keys, swipes, the
 * address, Back — and without JavaScript a section per milestone, in order; the timeline
 * embed opens in story mode with ?story=.
 */
import { expect, test, type Page } from '@playwright/test';
import { content, url } from '../support/site.ts';

const milestones = () => content().events.filter((e) => e.data.milestone).map((e) => e.data);
const step = (page: Page) => new URL(page.url()).searchParams.get('story');

test.describe('story mode', () => {
  test('steps with the buttons; each step is in the address, zooms the timeline and shows its card', { tag: '@dates' }, async ({ page }) => {
    const ms = milestones();
    expect(ms.length).toBeGreaterThan(2);
    await page.goto(url({ page: 'story' }, 'en'));
    await expect(page.locator('[data-story-position]')).toHaveText(`Step 1 of ${ms.length}`);
    await expect.poll(() => step(page)).toBe(ms[0]!.id);
    await expect(page.getByRole('button', { name: '← Previous' })).toBeDisabled();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => step(page)).toBe(ms[1]!.id);
    const card = page.locator('.story-step:visible');
    await expect(card).toHaveCount(1);
    await expect(card.locator('.story-step__label')).toHaveText(ms[1]!.milestone!.en);
    await expect(card.getByRole('link', { name: ms[1]!.title.en })).toHaveAttribute('href', url({ page: 'event', id: ms[1]!.id }, 'en'));
    // What changed: the plain-language summary of the event's own diff (20 May 2021: the mini-program shutdown).
    await expect(card.locator('.change-summary__lead')).toHaveText('On 20 May 2021:');
    // The timeline zoomed to the moment, the event selected: its view is in the address.
    const params = new URL(page.url()).searchParams;
    expect(params.get('event')).toBe(ms[1]!.id);
    expect(params.get('from')! < '2021-05-14' && params.get('to')! > '2021-05-20').toBe(true);
    await expect(page.locator('event-timeline [data-detail]')).toContainText(ms[1]!.title.en);
    await expect(page.locator('event-timeline .tl-mark[data-event-id="' + ms[1]!.id + '"]').first()).toBeVisible();
    // The language switch keeps the step.
    expect(new URL((await page.locator('[data-lang-switch]').getAttribute('href'))!, page.url()).searchParams.get('story')).toBe(ms[1]!.id);
  });

  test('steps with ← and → while the story has focus, not while the timeline has it; Back and Forward step too', async ({ page }) => {
    const ms = milestones();
    await page.goto(url({ page: 'story', step: ms[0]!.id }, 'en'));
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step(page)).toBe(ms[1]!.id);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step(page)).toBe(ms[2]!.id);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(page)).toBe(ms[1]!.id);
    // Each step is an entry in the history.
    await page.goBack();
    await expect(page.locator('[data-story-position]')).toHaveText(`Step 3 of ${ms.length}`);
    await expect.poll(() => step(page)).toBe(ms[2]!.id);
    await page.goBack();
    await expect(page.locator('[data-story-position]')).toHaveText(`Step 2 of ${ms.length}`);
    await page.goForward();
    await expect(page.locator('[data-story-position]')).toHaveText(`Step 3 of ${ms.length}`);
    // The timeline's own arrow keys move its focus between events and leave the story alone.
    // (Moving the focus may pan the timeline, a view of its own in the history, a moment
    // later: so this comes after the steps through the history, not between them.)
    await page.locator('event-timeline svg[tabindex="0"], event-timeline [tabindex="0"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[data-story-position]')).toHaveText(`Step 3 of ${ms.length}`);
    await expect.poll(() => step(page)).toBe(ms[2]!.id);
  });

  test('steps with a sideways swipe on a touch screen', async ({ page }) => {
    const ms = milestones();
    await page.goto(url({ page: 'story', step: ms[1]!.id }, 'zh'));
    // A swipe before the story's script has started would go unheard, as it would for a reader.
    await expect(page.locator('story-mode.is-live')).toBeAttached();
    const steps = page.locator('.story__steps');
    const swipe = async (dx: number) => {
      await steps.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 200, clientY: 300, isPrimary: true });
      await steps.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 200 + dx, clientY: 310, isPrimary: true });
    };
    await swipe(-120);
    await expect.poll(() => step(page)).toBe(ms[2]!.id);
    await expect(page.locator('[data-story-position]')).toHaveText(`第 3 步，共 ${ms.length} 步`);
    await swipe(120);
    await expect.poll(() => step(page)).toBe(ms[1]!.id);
  });

  test('an address naming no milestone is said, and the first step shown', async ({ page }) => {
    await page.goto(`${url({ page: 'story' }, 'zh')}?story=nothing-here`);
    await expect(page.locator('[data-story-message]')).toHaveText('“nothing-here”不是一个关键时刻；现在显示第一步。');
    await expect.poll(() => step(page)).toBe(milestones()[0]!.id);
  });

  test('the timeline embed opens in story mode with ?story=', async ({ page }) => {
    const ms = milestones();
    await page.goto(`${url({ page: 'embed-timeline' }, 'en')}?story=start`);
    await expect(page.locator('story-mode')).toBeVisible();
    await expect(page.locator('[data-story-position]')).toHaveText(`Step 1 of ${ms.length}`);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => step(page)).toBe(ms[1]!.id);
    expect(new URL(page.url()).pathname).toBe(url({ page: 'embed-timeline' }, 'en'));
    // Without ?story= the embed is the timeline alone.
    await page.goto(url({ page: 'embed-timeline' }, 'en'));
    await expect(page.locator('story-mode')).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a section per milestone, in order, each with its summary and a link to the event', async ({ page }) => {
      const ms = milestones();
      await page.goto(url({ page: 'story' }, 'en'));
      const sections = page.locator('.story-step');
      await expect(sections).toHaveCount(ms.length);
      expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-step')))).toEqual(ms.map((m) => m.id));
      for (const [i, m] of ms.entries()) {
        const s = sections.nth(i);
        await expect(s).toBeVisible();
        await expect(s.locator('.story-step__label')).toHaveText(m.milestone!.en);
        await expect(s.locator('.story-step__summary')).toHaveText(m.summary.en);
        await expect(s.getByRole('link', { name: m.title.en })).toHaveAttribute('href', url({ page: 'event', id: m.id }, 'en'));
      }
      await expect(page.locator('.story__controls')).toBeHidden();
    });
  });

  test('prints one milestone per page', async ({ page }) => {
    await page.goto(url({ page: 'story' }, 'en'));
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('.story-step').evaluateAll((els) => els.map((el) => [getComputedStyle(el).display, getComputedStyle(el).breakBefore]));
    expect(breaks[0]).toEqual(['block', 'auto']);
    for (const b of breaks.slice(1)) expect(b).toEqual(['block', 'page']);
    await expect(page.locator('.story__controls')).toBeHidden();
  });
});
