import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openTrackedPage } from './browser';
import { chartTexts, lowContrastTexts, outside, overlaps, pageTexts } from './drawnLabels';

const baseUrl = inject('baseUrl');

type View = 'overview' | 'ranking' | 'trend' | 'matrix' | 'profile';

/** Each view in the states a leader opens, including the ones with the longest labels. */
const SCREENS: { name: string; view: View; search: string }[] = [
  { name: 'overview', view: 'overview', search: '?view=overview' },
  { name: 'ranking, counts', view: 'ranking', search: '?view=ranking&indicator=proposals_filed&year=2022' },
  {
    name: 'ranking, a rate with its parts',
    view: 'ranking',
    search: '?view=ranking&indicator=proposals_answer_rate',
  },
  {
    name: 'ranking, each body’s latest year',
    view: 'ranking',
    search: '?view=ranking&indicator=proposals_filed&year=latest',
  },
  { name: 'trend, figures', view: 'trend', search: '?view=trend&indicator=proposals_filed' },
  { name: 'trend, change', view: 'trend', search: '?view=trend&indicator=proposals_filed&mode=change' },
  { name: 'trend, index', view: 'trend', search: '?view=trend&indicator=proposals_filed&mode=index' },
  { name: 'matrix', view: 'matrix', search: '?view=matrix' },
  { name: 'profile', view: 'profile', search: '?view=profile&jurisdiction=jiaxing' },
];
const WIDTHS = [375, 1440, 1920] as const;

async function open(page: Page, view: View, url: string) {
  await page.goto(url);
  await page.getByTestId(`${view}-summary`).waitFor({ timeout: 60_000 });
}

/** The chart's texts once it has been drawn at its card's width. */
async function drawnChart(page: Page, view: View) {
  const testId = `${view}-chart`;
  let drawn = null as Awaited<ReturnType<typeof chartTexts>>;
  // Drawn once the instance exists, has texts and has taken its box's width (it follows the card).
  const ready = async () => {
    drawn = await chartTexts(page, testId);
    const boxWidth = await page
      .getByTestId(testId)
      .evaluate((el) => el.getBoundingClientRect().width)
      .catch(() => -1);
    return drawn !== null && drawn.texts.length > 0 && Math.abs(drawn.width - boxWidth) < 2;
  };
  await expect
    .poll(ready, { timeout: 60_000 })
    .toBe(true)
    .catch(() => undefined);
  return (await ready()) ? drawn : null;
}

describe('no label collides with another or is cut off, and every text meets AA contrast, read from the page in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  for (const lang of ['zh', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px`, { timeout: 600_000 }, async () => {
        const t = await openTrackedPage(browser, baseUrl, { width, height: width === 375 ? 812 : 1080 });
        const found: Record<string, unknown> = {};
        for (const { name, view, search } of SCREENS) {
          await open(t.page, view, `${baseUrl}${search}${lang === 'en' ? '&lang=en' : ''}`);
          // The profile is a table; the trend's change and index draw nothing where no body has two
          // years (the bundled data): the model then has no chart, and the card says so.
          if ((await t.page.getByTestId(`${view}-chart`).count()) > 0) {
            const chart = await drawnChart(t.page, view);
            if (!chart) {
              found[`${name}: no chart drawn`] = true;
              continue;
            }
            const collide = overlaps(chart.texts);
            const cut = outside(chart.texts, chart.width, chart.height);
            if (collide.length > 0) found[`${name}: chart labels overlap`] = collide;
            if (cut.length > 0) found[`${name}: chart labels cut off`] = cut;
          }
          // The card's own texts (title, notes, tables, overview cards) never cover each other or run
          // past the window, except inside a table that scrolls sideways.
          const html = (await pageTexts(t.page, `[data-testid="${view}-card"]`))!;
          const collide = overlaps(html.texts);
          const cut = outside(
            html.texts.filter((b) => !b.scrolls),
            html.width,
          );
          if (collide.length > 0) found[`${name}: page texts overlap`] = collide;
          if (cut.length > 0) found[`${name}: page texts past the window`] = cut;
          // Every text of the card, and the page's controls and footer, at WCAG AA contrast.
          const low = (await lowContrastTexts(t.page, 'body'))!;
          if (low.length > 0) found[`${name}: contrast below AA`] = low;
        }
        expect(found).toEqual({});
        expect(t.pageErrors).toEqual([]);
        await t.context.close();
      });
    }
  }

  it('a figure partly comparable on its own: ◐ drawn on its bar, and on its keyboard route with the reason', async () => {
    const t = await openTrackedPage(browser, baseUrl, { width: 1440, height: 900 });
    await open(t.page, 'ranking', `${baseUrl}?view=ranking&indicator=party_proposals_submitted&year=latest`);
    const chart = (await drawnChart(t.page, 'ranking'))!;
    const marked = chart.texts.filter((b) => b.text.includes('◐'));
    expect(marked).toHaveLength(1);
    const drill = t.page.getByTestId('drill-shengzhou');
    expect(await drill.innerText()).toContain('◐');
    // The reason is read out with the button (its name) and shows on hover (its title).
    const reason = '嵊州原文为“提出提案”，未写明集体提案。';
    expect(await drill.getAttribute('title')).toBe(reason);
    expect(await drill.evaluate((el) => el.textContent)).toContain(reason);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  });
});
