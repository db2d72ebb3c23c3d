import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, type TrackedPage } from './browser';

const baseUrl = inject('baseUrl');

type View = 'overview' | 'ranking' | 'trend' | 'matrix' | 'profile';
const VIEWS: { view: View; search: string }[] = [
  { view: 'overview', search: '' },
  { view: 'ranking', search: '?view=ranking&indicator=proposals_filed' },
  { view: 'trend', search: '?view=trend&indicator=proposals_filed' },
  { view: 'matrix', search: '?view=matrix' },
  { view: 'profile', search: '?view=profile&jurisdiction=jiaxing' },
];
const WIDTHS = [375, 1440, 1920] as const;

async function waitForView(page: Page, view: View) {
  await page.getByTestId(`${view}-summary`).waitFor({ timeout: 60_000 });
  if (view !== 'profile') await page.locator(`[data-testid="${view}-chart"] canvas`).first().waitFor();
}

function finish(t: TrackedPage) {
  expect(t.foreignRequests()).toEqual([]);
  expect(t.pageErrors).toEqual([]);
  return t.context.close();
}

describe('overview landing view and every view at phone, laptop and wall-screen widths', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('lands on the overview: one sentence on who leads, cards for shared indicators, a card opens its ranking and Back returns', async () => {
    const t = await openTrackedPage(browser, baseUrl, { width: 1920, height: 1080 });
    await t.page.goto(baseUrl);
    await waitForView(t.page, 'overview');
    const summary = await t.page.getByTestId('overview-summary').innerText();
    expect(summary).toMatch(/^在\d+项可比指标中，.+居首\d+项/);
    const cards = t.page.locator('[data-testid^="overview-card-"]');
    expect(await cards.count()).toBeGreaterThanOrEqual(10);
    await t.page.getByTestId('overview-card-proposals_filed').click();
    const ranking = t.page.getByTestId('ranking-summary');
    await ranking.waitFor();
    expect(new URL(t.page.url()).searchParams.get('view')).toBe('ranking');
    // At least two bodies' figures: a comparison, never one bar.
    await expect.poll(() => t.page.locator('[data-testid^="drill-"]').count()).toBeGreaterThanOrEqual(2);
    await t.page.goBack();
    await t.page.getByTestId('overview-summary').waitFor();
    await finish(t);
  });

  it('a dropdown change replaces the history entry: Back leaves the view, not the last choice', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(baseUrl);
    await waitForView(t.page, 'overview');
    await t.page.getByTestId('tab-ranking').click();
    await waitForView(t.page, 'ranking');
    await t.page.getByTestId('indicator-select').selectOption('proposals_answered');
    await t.page.getByTestId('indicator-select').selectOption('proposals_filed');
    await t.page.goBack();
    await t.page.getByTestId('overview-summary').waitFor();
    await finish(t);
  });

  it('keyboard: the skip link reaches the content, Enter on a card opens the ranking', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(baseUrl);
    await waitForView(t.page, 'overview');
    await t.page.keyboard.press('Tab');
    expect(await t.page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await t.page.getByTestId('overview-card-proposals_filed').focus();
    await t.page.keyboard.press('Enter');
    await t.page.getByTestId('ranking-summary').waitFor();
    await t.page.getByTestId('drill-jiaxing').focus();
    await t.page.keyboard.press('Enter');
    await t.page.getByTestId('profile-summary').waitFor();
    await finish(t);
  });

  it('a card goes into the briefing pack in one click, as its ranking; the overview itself too', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(baseUrl);
    await waitForView(t.page, 'overview');
    const pack = t.page.getByTestId('overview-pack-proposals_filed');
    await expect.poll(() => pack.isEnabled(), { timeout: 60_000 }).toBe(true);
    await pack.click();
    await expect.poll(() => pack.getAttribute('aria-pressed')).toBe('true');
    expect(await pack.innerText()).toBe('已在简报包中');
    await t.page.getByTestId('overview-pack-add').click();
    await t.page.getByTestId('overview-pack-open').click();
    const list = t.page.getByTestId('pack-list');
    await list.waitFor();
    const text = await list.innerText();
    // The card's ranking under the ranking's own title, and the overview.
    expect(text).toMatch(/立案提案/);
    expect(text).toContain('履职总览');
    expect(await list.getByTestId('pack-tick').count()).toBe(2);
    await finish(t);
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px: every view draws, no sideways page scroll; screenshots`, async () => {
        const t = await openTrackedPage(browser, baseUrl, { width, height: width === 375 ? 812 : 1080 });
        for (const { view, search } of VIEWS) {
          const sep = search ? '&' : '?';
          await t.page.goto(`${baseUrl}${search}${lang === 'en' ? `${sep}lang=en` : ''}`);
          await waitForView(t.page, view);
          await expect
            .poll(() => t.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
            .toBeLessThanOrEqual(0);
          await saveScreenshot(t.page, `views-${view}-${lang}-${width}`);
        }
        await finish(t);
      });
    }
  }
});
