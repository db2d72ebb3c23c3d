import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, type TrackedPage } from './browser';

const baseUrl = inject('baseUrl');

const VIEWS = [
  {
    view: 'trend',
    search: '?view=trend&indicator=proposals_filed',
    title: '立案提案历年变化',
    csvHeader: ['地区', '层级与机构', '年份', '数值', '限定'],
  },
  {
    view: 'matrix',
    search: '?view=matrix&year=2022',
    title: '多指标对比矩阵',
    csvHeader: ['指标', '地区', '层级与机构', '年份', '数值', '限定'],
  },
] as const;

type ViewCase = (typeof VIEWS)[number];

async function openView(browser: Browser, c: ViewCase): Promise<TrackedPage> {
  const t = await openTrackedPage(browser, baseUrl);
  await t.page.goto(baseUrl + c.search);
  await t.page.getByTestId(`${c.view}-chart`).locator('canvas').first().waitFor({ timeout: 60_000 });
  await expect.poll(() => t.page.getByTestId(`${c.view}-embed`).isEnabled(), { timeout: 60_000 }).toBe(true);
  return t;
}

async function embedCode(t: TrackedPage, c: ViewCase): Promise<{ code: string; src: string }> {
  await t.page.getByTestId(`${c.view}-embed`).click();
  const code = t.page.getByTestId('embed-code');
  await expect.poll(() => code.inputValue(), { timeout: 30_000 }).toMatch(/^<iframe/);
  const value = await code.inputValue();
  return { code: value, src: /src="([^"]+)"/.exec(value)![1]!.replace(/&amp;/g, '&') };
}

describe.each(VIEWS)('embed and exact data: $view', (c) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('downloads the chart’s data from the view’s own rows, in the chart’s shape', async () => {
    const t = await openView(browser, c);
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      t.page.getByTestId(`${c.view}-export-csv`).click(),
    ]);
    const text = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows[0]!.slice(0, c.csvHeader.length)).toEqual([...c.csvHeader]);
    expect(rows.length).toBeGreaterThan(2);
    // A missing figure is an empty value marked 无数据, never 0.
    const [value, qualifier] = [c.csvHeader.length - 2, c.csvHeader.length - 1];
    for (const r of rows.slice(1)) expect(r[value] === '').toBe(r[qualifier] === '无数据');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });

  it('embeds in an iframe of an intranet page: chart, title, source, link back, following the width', async () => {
    const t = await openView(browser, c);
    const { code, src } = await embedCode(t, c);
    expect(new URL(src).searchParams.get('view')).toBe(c.view);
    const host = `${new URL(baseUrl).origin}/embed-${c.view}-host.html`;
    await t.context.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><body style="margin:16px;background:#eef0f3;font-family:sans-serif"><h3>内网页面 · Intranet page</h3><div id="box" style="width:820px;background:#fff">${code}</div></body>`,
      }),
    );
    const page = await t.context.newPage();
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="embed-chart"] canvas').first().waitFor({ timeout: 60_000 });
    expect(await frame.locator('#embed-title').innerText()).toBe(c.title);
    expect(await frame.getByTestId('embed-source').innerText()).toContain('来源：');
    expect(await frame.getByTestId('embed-back').getAttribute('href')).toContain(`view=${c.view}`);
    expect(await frame.getByTestId('embed-notice').count()).toBe(0);
    await saveScreenshot(page, `embed-${c.view}-820`);
    const canvasWidth = () =>
      frame
        .locator('[data-testid="embed-chart"] canvas')
        .first()
        .evaluate((el) => el.clientWidth);
    expect(await canvasWidth()).toBeGreaterThan(700);
    await page.evaluate(() => {
      document.getElementById('box')!.style.width = '380px';
    });
    await expect.poll(canvasWidth).toBeLessThan(380);
    await saveScreenshot(page, `embed-${c.view}-380`);
    expect(t.dialogs).toEqual([]);
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });

  it.each([
    {
      name: 'same rows, other data version → chart with a discreet notice',
      edit: (u: URL) => u.searchParams.set('dv', 'olderversion1'),
      expectChart: true,
      text: '站点数据此后已有更新',
    },
    {
      name: 'other rows (pin not found in this browser) → says so, no chart',
      edit: (u: URL) => u.searchParams.set('pin', '0000000000000000'),
      expectChart: false,
      text: '在本站已发布的数据和此浏览器中都找不到',
    },
    {
      name: 'a jurisdiction dropped from the link → other rows → no chart',
      edit: (u: URL) =>
        u.searchParams.set(
          'jurisdictions',
          u.searchParams.get('jurisdictions')!.split(',').slice(1).join(','),
        ),
      expectChart: false,
      text: '在本站已发布的数据和此浏览器中都找不到',
    },
    {
      name: 'malformed jurisdictions parameter → says which, no chart',
      edit: (u: URL) => u.searchParams.set('jurisdictions', '<img src=x onerror=alert(1)>'),
      expectChart: false,
      text: 'jurisdictions=<img',
    },
    {
      name: 'jurisdictions left out → incomplete link, no chart',
      edit: (u: URL) => u.searchParams.delete('jurisdictions'),
      expectChart: false,
      text: '嵌入链接不完整',
    },
  ])('pin: $name', async ({ name, edit, expectChart, text }) => {
    const t = await openView(browser, c);
    const url = new URL((await embedCode(t, c)).src);
    edit(url);
    const page = await t.context.newPage();
    await page.goto(url.href);
    const shown = page.locator(
      expectChart ? '[data-testid="embed-notice"]' : '[data-testid="embed-message"]',
    );
    await shown.waitFor({ timeout: 60_000 });
    expect(await shown.innerText()).toContain(text);
    expect((await page.locator('[data-testid="embed-chart"] canvas').count()) > 0).toBe(expectChart);
    expect(await page.locator('.embed img, .embed script').count()).toBe(0);
    expect(t.dialogs).toEqual([]);
    expect(t.foreignRequests()).toEqual([]);
    await saveScreenshot(
      page,
      `embed-${c.view}-pin-${name.split(' ')[0]}-${expectChart ? 'chart' : 'message'}`,
    );
    await t.context.close();
  });
});
