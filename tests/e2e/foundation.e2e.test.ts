import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, waitForRanking } from './browser';
import { bundledRows } from '../support/bundledData';

const baseUrl = inject('baseUrl');
const data = bundledRows();
const nameOf = (id: string) => data.jurisdictions.find((j) => j.id === id)!.name_zh;

describe('foundation: the ranking chart on the self-hosted engine', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows the bundled 2022 filed-proposal figures, sends nothing to other hosts, and saves a screenshot', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForRanking(t.page);
    const summary = await t.page.getByTestId('ranking-summary').innerText();

    const filed = data.observations.filter((o) => o.indicator_id === 'proposals_filed' && o.year === 2022);
    expect(filed.length).toBeGreaterThanOrEqual(3);
    for (const o of filed) expect(summary).toContain(`${nameOf(o.jurisdiction_id)}${o.value}件`);
    expect(summary).toMatch(/^2022年立案提案：嘉兴369件居首/);
    const missing = data.jurisdictions.filter((j) => !filed.some((o) => o.jurisdiction_id === j.id));
    for (const j of missing) expect(summary).toContain(j.name_zh);
    expect(summary).toContain('无此项数据');

    // ECharts' aria description carries the same sentence for screen readers.
    const aria = await t.page
      .locator('[data-testid="ranking-chart"] [aria-label]')
      .last()
      .getAttribute('aria-label');
    expect(aria).toContain('嘉兴369件居首');

    // The chart may draw from the build-time query snapshot before the engine is up; it must still come up.
    await expect
      .poll(() => t.page.getByTestId('engine-status').innerText(), { timeout: 60_000 })
      .toContain('已就绪');
    await saveScreenshot(t.page, 'foundation-ranking-1440');
    expect(t.foreignRequests()).toEqual([]);
    expect(t.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  });

  it('fits a 375 px phone and follows its container when the window is resized', async () => {
    const t = await openTrackedPage(browser, baseUrl, { width: 375, height: 800, deviceScaleFactor: 2 });
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForRanking(t.page);
    const canvasWidth = () =>
      t.page
        .locator('[data-testid="ranking-chart"] canvas')
        .first()
        .evaluate((c) => c.clientWidth);
    const narrow = await canvasWidth();
    expect(narrow).toBeLessThanOrEqual(375);
    await saveScreenshot(t.page, 'foundation-ranking-375');
    await t.page.setViewportSize({ width: 1200, height: 800 });
    await expect.poll(canvasWidth).toBeGreaterThan(narrow + 300);
    // StrictMode mounts twice: there must be exactly one live chart.
    expect(await t.page.locator('[data-testid="ranking-chart"] canvas').count()).toBe(1);
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });

  it.each([
    { name: 'wasm', pattern: /\.wasm$/ },
    { name: 'worker', pattern: /duckdb-browser-.*\.worker.*\.js$/ },
  ])('says clearly, in Chinese, when the engine $name cannot load', async ({ pattern }) => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.context.route(pattern, (route) => route.fulfill({ status: 404, body: 'missing' }));
    await t.page.goto(baseUrl);
    const failed = t.page.getByTestId('engine-failed');
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.innerText()).toContain('分析引擎无法启动');
    expect(await t.page.locator('h1').innerText()).toBe('履职对比');
    await t.context.close();
  });

  it.each([
    { search: '?view=ranking&indicator=no_such_thing', notice: 'indicator=no_such_thing' },
    { search: '?view=ranking&year=1888', notice: 'year=1888' },
    { search: '?view=ranking&lang=fr', notice: 'lang=fr' },
  ])('a wrong URL parameter ($search) says so and shows the default ranking', async ({ search, notice }) => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(baseUrl + search);
    await waitForRanking(t.page);
    expect(await t.page.getByTestId('url-notice').innerText()).toContain(notice);
    expect(await t.page.getByTestId('ranking-summary').innerText()).toContain('嘉兴369件居首');
    await t.context.close();
  });
});
