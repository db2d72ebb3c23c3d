import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, type TrackedPage } from './browser';
import { bundledRows, derivedRates } from '../support/bundledData';

const baseUrl = inject('baseUrl');
const data = bundledRows();
const rates = derivedRates(data);
const nameOf = (id: string) => data.jurisdictions.find((j) => j.id === id)!.name_zh;
const indicatorOf = (id: string) => data.indicators.find((i) => i.id === id)!;
const MARK: Record<string, string> = { exact: '', at_least: '≥', approx: '≈' };
const zhNumber = (n: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(n);
const zhValue = (o: { value: number; qualifier: string; indicator_id: string }) =>
  `${MARK[o.qualifier]}${zhNumber(o.value)}${indicatorOf(o.indicator_id).unit_zh}`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The table row whose header cell is this indicator name (followed by its ⊘/◐ flag, if any). */
function rowOf(page: Page, testId: string, name: string) {
  return page.getByTestId(testId).locator('tbody tr', {
    has: page.locator('th', { hasText: new RegExp(`^${escapeRegExp(name)}(?:[⊘◐]|$)`) }),
  });
}

type ViewId = 'overview' | 'ranking' | 'trend' | 'matrix' | 'profile';

async function waitForView(page: Page, view: ViewId, text?: string) {
  const summary = page.getByTestId(`${view}-summary`);
  await summary.waitFor({ timeout: 60_000 });
  if (view !== 'profile') await page.locator(`[data-testid="${view}-chart"] canvas`).first().waitFor();
  if (text) await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toContain(text);
  return summary;
}

/** After a window change the chart follows its card (a wall screen gets a wall-wide chart). */
async function chartFillsCard(page: Page, view: ViewId) {
  const width = (selector: string) =>
    page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().width ?? 0, selector);
  await expect
    .poll(
      async () =>
        (await width(`[data-testid="${view}-chart"] canvas`)) / (await width(`[data-testid="${view}-card"]`)),
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThan(0.9);
}

/** The page must never be wider than the phone: no sideways scrolling of the whole page. */
async function expectNoPageScroll(page: Page) {
  // Charts follow their container on the next resize observation.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
}

async function chartAriaLabel(page: Page, view: ViewId) {
  return page.locator(`[data-testid="${view}-chart"] [aria-label]`).last().getAttribute('aria-label');
}

function finish(t: TrackedPage) {
  expect(t.foreignRequests()).toEqual([]);
  expect(t.pageErrors).toEqual([]);
  expect(t.dialogs).toEqual([]);
  return t.context.close();
}

describe('leader views on the bundled data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('ranking: CSV figures in rank order, no data last, count ↔ rate with the CSV’s rate', async () => {
    const answered = data.observations.filter(
      (o) => o.indicator_id === 'proposals_answered' && o.year === 2022,
    );
    expect(answered.length).toBeGreaterThanOrEqual(2);
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?indicator=proposals_answered`);
    const summary = await waitForView(t.page, 'ranking');
    const sorted = [...answered].sort((a, b) => b.value - a.value);
    const text = await summary.innerText();
    expect(text).toContain(`${nameOf(sorted[0]!.jurisdiction_id)}${zhValue(sorted[0]!)}居首`);
    for (const o of sorted) expect(text).toContain(`${nameOf(o.jurisdiction_id)}${zhValue(o)}`);
    for (const j of data.jurisdictions.filter((j) => !answered.some((o) => o.jurisdiction_id === j.id))) {
      expect(text.split('；')[1]).toContain(j.name_zh);
    }

    await t.page.getByRole('radio', { name: '比率' }).check();
    await expect.poll(() => t.page.url()).toContain('measure=rate');
    const rateRows = rates.filter((r) => r.indicator_id === 'proposals_answer_rate' && r.year === 2022);
    expect(rateRows.length).toBeGreaterThanOrEqual(2);
    const rateSummary = await waitForView(t.page, 'ranking', '提案办复率');
    const rateText = await rateSummary.innerText();
    for (const r of rateRows) {
      // Equal rates are said as a tie ("嘉兴、吴兴并列第一，均为100%"), others as name + value.
      const tied = rateRows.filter((o) => zhNumber(o.value) === zhNumber(r.value)).length > 1;
      expect(rateText).toContain(nameOf(r.jurisdiction_id));
      expect(rateText).toContain(
        tied ? `并列第一，均为${zhNumber(r.value)}%` : `${nameOf(r.jurisdiction_id)}${zhNumber(r.value)}%`,
      );
    }
    expect(await chartAriaLabel(t.page, 'ranking')).toContain(await rateSummary.innerText());
    expect(await t.page.getByTestId('ranking-card').innerText()).toContain('办复提案 ÷ 立案提案');

    // Default ranking screenshots at both widths.
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForView(t.page, 'ranking', '嘉兴369件居首');
    await saveScreenshot(t.page, 'views-ranking-1440');
    await t.page.setViewportSize({ width: 375, height: 800 });
    await t.page.waitForTimeout(300);
    await expectNoPageScroll(t.page);
    await saveScreenshot(t.page, 'views-ranking-375');
    await finish(t);
  });

  it('trend: every selected jurisdiction’s year from the CSV, the one-year note, selection in the URL', async () => {
    const filed = data.observations.filter((o) => o.indicator_id === 'proposals_filed');
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=trend&indicator=proposals_filed`);
    const summary = await waitForView(t.page, 'trend', '历年数据');
    for (const o of filed) {
      expect(await summary.innerText()).toContain(
        `${nameOf(o.jurisdiction_id)}${o.year}年${zhValue(o)}（目前只有这一年的数据）`,
      );
    }
    expect(await summary.innerText()).toContain('更多年份可通过上传添加');
    expect(await t.page.getByTestId('trend-card').innerText()).toContain('显示为单点');
    await saveScreenshot(t.page, 'views-trend-1440');

    const dropped = filed[0]!.jurisdiction_id;
    await t.page
      .getByTestId('jurisdiction-picker')
      .getByRole('checkbox', { name: nameOf(dropped) })
      .uncheck();
    await expect.poll(() => t.page.url()).toMatch(/jurisdictions=/);
    expect(new URL(t.page.url()).searchParams.get('jurisdictions')!.split(',')).not.toContain(dropped);
    await expect.poll(() => summary.innerText()).not.toContain(nameOf(dropped));

    await t.page.setViewportSize({ width: 375, height: 800 });
    await t.page.waitForTimeout(300);
    await expectNoPageScroll(t.page);
    await saveScreenshot(t.page, 'views-trend-375');
    await finish(t);
  });

  it('trend: the change on the previous year and the index are in the link and the controls; screenshots zh/en', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=trend&indicator=proposals_filed&mode=change`);
    const summary = t.page.getByTestId('trend-summary');
    // One year per body in the bundled data: each is named with the reason it has no change, none drawn as 0.
    await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toContain('较上年增减（%）：');
    expect(await summary.innerText()).toContain('没有相邻两年的数据，无法计算较上年增减');
    expect(await t.page.getByTestId('trend-card').innerText()).toContain(
      '较上年增减 =（本年 ÷ 上年 − 1）× 100%',
    );
    await t.page.getByTestId('trend-mode-index').check();
    await expect.poll(() => new URL(t.page.url()).searchParams.get('mode')).toBe('index');
    await expect.poll(() => summary.innerText()).toContain('指数（首年=100）：');
    await t.page.getByTestId('trend-mode-value').check();
    await expect.poll(() => new URL(t.page.url()).searchParams.get('mode')).toBeNull();
    await waitForView(t.page, 'trend', '历年数据');
    // The window widened right after the chart mounted (it once kept the canvas at its old width).
    await t.page.setViewportSize({ width: 1920, height: 1080 });
    await chartFillsCard(t.page, 'trend');
    await saveScreenshot(t.page, 'views-trend-1920');
    await t.page.goto(`${baseUrl}?view=trend&indicator=proposals_filed&lang=en`);
    await waitForView(t.page, 'trend', 'by year');
    await saveScreenshot(t.page, 'views-trend-1920-en');
    await t.page.setViewportSize({ width: 375, height: 800 });
    await t.page.waitForTimeout(300);
    await expectNoPageScroll(t.page);
    await saveScreenshot(t.page, 'views-trend-375-en');
    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2022&lang=en`);
    await waitForView(t.page, 'ranking');
    // Totals of bodies of different levels say what they reflect; no per-capita switch without a base.
    expect(await t.page.getByTestId('ranking-card').innerText()).toContain(
      'Totals mostly reflect each body’s size',
    );
    expect(await t.page.getByTestId('per-switch').count()).toBe(0);
    await saveScreenshot(t.page, 'views-ranking-375-en');
    await t.page.setViewportSize({ width: 1920, height: 1080 });
    await chartFillsCard(t.page, 'ranking');
    await saveScreenshot(t.page, 'views-ranking-1920-en');
    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2022`);
    await waitForView(t.page, 'ranking');
    await saveScreenshot(t.page, 'views-ranking-1920');
    await finish(t);
  });

  it('matrix: the comparable indicators from the CSV, raw values with rank, latest year labelled, sortable table', async () => {
    // Indicators at least two jurisdictions report (each one's latest year), rates included.
    const all = [...data.observations, ...rates.map((r) => ({ ...r, qualifier: 'exact' }))];
    const reporters = new Map<string, Set<string>>();
    for (const o of all)
      reporters.set(o.indicator_id, (reporters.get(o.indicator_id) ?? new Set()).add(o.jurisdiction_id));
    const shared = [...reporters].filter(([, s]) => s.size >= 2).map(([id]) => id);

    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=matrix`);
    const summary = await waitForView(t.page, 'matrix', `至少两个地区报告的${shared.length}项指标`);
    expect(await summary.innerText()).toContain('嵊州为2024年');
    const table = t.page.getByTestId('matrix-table');
    expect(await table.locator('tbody tr').count()).toBe(shared.length);
    for (const id of shared) {
      const cellsText = await rowOf(t.page, 'matrix-table', indicatorOf(id).name_zh).innerText();
      for (const o of data.observations.filter((o) => o.indicator_id === id)) {
        expect(cellsText).toContain(zhValue(o));
      }
    }
    expect(await rowOf(t.page, 'matrix-table', '立案提案').innerText()).toContain('369件');

    await table.getByRole('button', { name: '按嘉兴排序' }).click();
    const header = table.locator('thead th', { hasText: '嘉兴' });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const jiaxingColumn = await table
      .locator('thead th')
      .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes('嘉兴')));
    expect(await table.locator('tbody tr').first().locator('th, td').nth(jiaxingColumn).innerText()).toMatch(
      /第1名/,
    );
    expect(await chartAriaLabel(t.page, 'matrix')).toBe(await summary.innerText());
    await saveScreenshot(t.page, 'views-matrix-1440');

    await t.page.getByTestId('year-select').selectOption('2022');
    await expect.poll(() => t.page.url()).toContain('year=2022');
    await expect.poll(() => summary.innerText()).toMatch(/^2022年/);
    await t.page.setViewportSize({ width: 375, height: 800 });
    await t.page.waitForTimeout(300);
    await expectNoPageScroll(t.page);
    await saveScreenshot(t.page, 'views-matrix-375');
    await finish(t);
  });

  it('matrix: not-comparable rows are listed unranked with their reason; cells reachable by keyboard, Enter opens the ranking', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=matrix`);
    await waitForView(t.page, 'matrix');
    const table = t.page.getByTestId('matrix-table');
    // 捐款捐物 compares unlike things: listed with the reason, never ranked.
    const donations = indicatorOf('donations');
    const row = rowOf(t.page, 'matrix-table', donations.name_zh);
    const rowText = await row.innerText();
    expect(rowText).toContain('不排名');
    expect(rowText).not.toMatch(/第\d名/);
    expect(rowText).toContain(donations.comparability_zh);
    for (const o of data.observations.filter((o) => o.indicator_id === 'donations')) {
      expect(rowText).toContain(zhValue(o));
    }
    expect(await t.page.getByTestId('matrix-summary').innerText()).toMatch(/\d+项口径不同，不排名/);

    // Keyboard: one cell in the Tab order; arrows move; Enter drills through to that row's ranking.
    const first = table.locator('td[data-cell="0-0"]');
    await first.focus();
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('ArrowRight');
    const focused = () => t.page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    await expect.poll(focused).toBe('1-1');
    expect(await table.locator('td[tabindex="0"]').count()).toBe(1);
    const indicatorId = await t.page.evaluate(() => document.activeElement?.getAttribute('data-indicator'));
    expect(indicatorId).toBeTruthy();
    await t.page.keyboard.press('Enter');
    await expect.poll(() => new URL(t.page.url()).searchParams.get('view')).toBe('ranking');
    expect(new URL(t.page.url()).searchParams.get('indicator')).toBe(indicatorId);
    await waitForView(t.page, 'ranking');
    // Back returns to the matrix.
    await t.page.goBack();
    await waitForView(t.page, 'matrix');
    await finish(t);
  });

  it('profile: every figure of the jurisdiction with its qualifier, quote and report title', async () => {
    const own = data.observations.filter((o) => o.jurisdiction_id === 'jiaxing');
    const ownRates = rates.filter((r) => r.jurisdiction_id === 'jiaxing');
    const source = data.sources.find((s) => s.jurisdiction_id === 'jiaxing')!;
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=profile&jurisdiction=jiaxing`);
    const summary = await waitForView(t.page, 'profile', '嘉兴');
    expect(await summary.innerText()).toContain(`共有${own.length + ownRates.length}项指标数据`);
    const table = t.page.getByTestId('profile-table');
    await table.waitFor();
    expect(await table.locator('tbody tr:not(.group-row)').count()).toBe(own.length + ownRates.length);
    const text = await table.innerText();
    for (const o of own) {
      expect(text).toContain(o.quote);
      expect(text).toContain(zhValue(o));
    }
    expect(text).toContain(`报告：《${source.title_zh}》`);
    expect(await rowOf(t.page, 'profile-table', '立案提案').innerText()).toMatch(
      /369件[\s\S]*第1名（共3个）/,
    );
    await saveScreenshot(t.page, 'views-profile-1440');
    await t.page.setViewportSize({ width: 375, height: 800 });
    await t.page.waitForTimeout(300);
    await expectNoPageScroll(t.page);
    await saveScreenshot(t.page, 'views-profile-375');
    await finish(t);
  });

  it('a click on a ranking bar opens that jurisdiction’s profile; reload, back and forward restore each step', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForView(t.page, 'ranking', '嘉兴369件居首');
    await t.page.getByTestId('tab-matrix').click();
    await waitForView(t.page, 'matrix');
    await t.page.getByTestId('year-select').selectOption('2022');
    await expect.poll(() => t.page.url()).toContain('view=matrix&year=2022');

    await t.page.reload();
    await waitForView(t.page, 'matrix', '2022年');
    expect(await t.page.getByTestId('year-select').inputValue()).toBe('2022');
    expect(await t.page.getByTestId('tab-matrix').getAttribute('aria-selected')).toBe('true');

    // A year change replaced the matrix's history entry: Back returns to the previous view.
    await t.page.goBack();
    await waitForView(t.page, 'ranking', '嘉兴369件居首');
    await t.page.goForward();
    await waitForView(t.page, 'matrix', '2022年');
    await t.page.goBack();
    await waitForView(t.page, 'ranking');

    // The first bar (Jiaxing) opens the profile.
    const box = (await t.page.locator('[data-testid="ranking-chart"] canvas').first().boundingBox())!;
    await t.page.mouse.click(box.x + box.width * 0.4, box.y + 30);
    await waitForView(t.page, 'profile', '嘉兴');
    expect(t.page.url()).toContain('jurisdiction=jiaxing');
    await finish(t);
  });

  it('switches every label to English and keeps it in the link', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=matrix`);
    await waitForView(t.page, 'matrix');
    await t.page.getByTestId('lang-switch').click();
    await expect.poll(() => t.page.url()).toContain('lang=en');
    const summary = await waitForView(t.page, 'matrix', 'latest comparable year');
    expect(await summary.innerText()).toContain('2024 for Shengzhou');
    expect(await t.page.getByTestId('tab-ranking').innerText()).toBe('Ranking');
    expect(await t.page.getByTestId('matrix-table').innerText()).toContain('Proposals filed');
    await saveScreenshot(t.page, 'views-matrix-en-1440');

    await t.page.getByTestId('tab-ranking').click();
    const filedEn = `Jiaxing leads with 369 ${indicatorOf('proposals_filed').unit_en}`;
    const ranking = await waitForView(t.page, 'ranking', filedEn);
    await t.page.reload();
    await waitForView(t.page, 'ranking', filedEn);
    expect(await ranking.innerText()).toMatch(/^Proposals filed, 2022: /i);
    expect(await t.page.locator('h1').innerText()).toBe('Lüzhi Compare');
    await saveScreenshot(t.page, 'views-ranking-en-1440');
    await finish(t);
  });

  it('works from the keyboard: tabs with arrow keys, every control reachable with a visible focus', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?view=trend`);
    await waitForView(t.page, 'trend');
    const focused = () =>
      t.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // A radio button is drawn by the segment next to it; that is where its focus ring shows.
        const drawn = el?.getAttribute('type') === 'radio' ? el.nextElementSibling : el;
        const style = drawn ? getComputedStyle(drawn) : null;
        return {
          testId: el?.getAttribute('data-testid') ?? null,
          role: el?.getAttribute('role') ?? null,
          tag: el?.tagName ?? '',
          type: el?.getAttribute('type') ?? null,
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
          name: el?.closest('label')?.textContent ?? el?.textContent ?? '',
        };
      });

    const seen: Awaited<ReturnType<typeof focused>>[] = [];
    // Tab through the page once, until focus comes back round to the tablist.
    for (let i = 0; i < 40; i++) {
      await t.page.keyboard.press('Tab');
      const f = await focused();
      if (f.role === 'tab' && seen.some((s) => s.role === 'tab')) break;
      seen.push(f);
    }
    const tab = seen.find((f) => f.role === 'tab')!;
    expect(tab.testId).toBe('tab-trend');
    expect(seen.filter((f) => f.role === 'tab')).toHaveLength(1); // one tab stop for the tablist
    expect(seen.some((f) => f.testId === 'indicator-select')).toBe(true);
    expect(seen.some((f) => f.type === 'radio')).toBe(true);
    for (const j of data.jurisdictions) {
      expect(seen.some((f) => f.type === 'checkbox' && f.name.includes(j.name_zh))).toBe(true);
    }
    for (const f of seen.filter((f) => f.tag !== 'BODY'))
      expect(f.outline, JSON.stringify(f)).toMatch(/^solid /);

    await t.page.getByTestId('tab-trend').focus();
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => t.page.url()).toContain('view=matrix');
    expect((await focused()).testId).toBe('tab-matrix');
    await waitForView(t.page, 'matrix');
    await t.page.keyboard.press('End');
    await expect.poll(() => t.page.url()).toContain('view=data');
    expect((await focused()).testId).toBe('tab-data');
    expect(t.requests.some((u) => /DataView-[\w-]+\.js$/.test(u))).toBe(true);
    await t.page.keyboard.press('Home');
    await waitForView(t.page, 'overview');
    expect((await focused()).testId).toBe('tab-overview');
    await t.page.keyboard.press('ArrowLeft');
    await expect.poll(() => t.page.url()).toContain('view=data');
    await finish(t);
  });

  it.each([
    { search: '?view=nowhere', notice: 'view=nowhere', view: 'overview' as const },
    {
      search: '?view=trend&jurisdictions=jiaxing,atlantis',
      notice: 'jurisdictions=atlantis',
      view: 'trend' as const,
    },
    {
      search: '?view=trend&indicator=proposals_filed&mode=ratio',
      notice: 'mode=ratio',
      view: 'trend' as const,
    },
    {
      search: '?view=trend&indicator=proposals_filed&from=1999',
      notice: 'from=1999',
      view: 'trend' as const,
    },
    {
      search: '?view=profile&jurisdiction=atlantis',
      notice: 'jurisdiction=atlantis',
      view: 'profile' as const,
    },
    {
      search: '?view=ranking&indicator=info_submitted&measure=rate',
      notice: 'measure=rate',
      view: 'ranking' as const,
    },
  ])('a wrong link ($search) says so and shows a valid default', async ({ search, notice, view }) => {
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(baseUrl + search);
    await waitForView(t.page, view);
    expect(await t.page.getByTestId('url-notice').innerText()).toContain(notice);
    await finish(t);
  });
});

describe('data text is never markup', () => {
  const XSS = '<img src=x onerror=alert(1)>';
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** The bundled CSVs plus a jurisdiction named like an HTML tag, with figures on shared indicators. */
  function taintedTexts() {
    const j = Papa.parse<Record<string, string>>(data.texts.jurisdictions, {
      header: true,
      skipEmptyLines: true,
    });
    const evil = { ...j.data[0]!, id: 'evil', name_zh: XSS, name_en: XSS, aliases: '', body_name_zh: XSS };
    const jurisdictions =
      Papa.unparse({ fields: j.meta.fields!, data: [...j.data, evil] }, { newline: '\n' }) + '\n';
    const extra = [
      // The optional comparability columns empty: the figures inherit their indicators' flags.
      ['evil', 2022, 'proposals_filed', 50, 'exact', '件', 'evil.txt', `${XSS}立案50件`, '', '', ''],
      ['evil', 2022, 'info_submitted', 20, 'exact', '篇', 'evil.txt', `${XSS}信息20篇`, '', '', ''],
    ];
    const observations =
      data.texts.observations.replace(/\n?$/, '\n') + Papa.unparse(extra, { newline: '\n' }) + '\n';
    return { jurisdictions, observations };
  }

  /**
   * Serves the tainted CSVs wherever the build puts them: as /assets/*.csv files, or, for files small
   * enough that Vite inlines them, as the base64 data URL inside a script chunk.
   */
  async function serveTaintedData(t: TrackedPage) {
    const tainted = taintedTexts();
    const replacements = (['jurisdictions', 'observations'] as const).map((table) => ({
      table,
      from: Buffer.from(data.texts[table]).toString('base64'),
      to: Buffer.from(tainted[table]).toString('base64'),
    }));
    let swapped = 0;
    await t.context.route(/\/assets\/.*\.(csv|js)$/, async (route) => {
      const url = route.request().url();
      const csv = replacements.find((r) => new RegExp(`/assets/${r.table}-[\\w-]+\\.csv$`).test(url));
      if (csv) {
        swapped += 1;
        return route.fulfill({ status: 200, contentType: 'text/csv', body: tainted[csv.table] });
      }
      if (!url.endsWith('.js')) return route.continue();
      const response = await route.fetch();
      let body = await response.text();
      for (const r of replacements) {
        if (body.includes(r.from)) {
          body = body.replace(r.from, r.to);
          swapped += 1;
        }
      }
      return route.fulfill({ response, body });
    });
    return () => swapped;
  }

  it('shows the name literally in the chart’s aria label, the summary, the table and the profile; no script runs', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    const swapped = await serveTaintedData(t);
    await t.page.goto(`${baseUrl}?view=ranking`);
    const ranking = await waitForView(t.page, 'ranking', `${XSS}50件`);
    expect(swapped()).toBe(2);
    expect(await t.page.getByTestId('engine-status').innerText()).toContain('已就绪');
    expect(await chartAriaLabel(t.page, 'ranking')).toContain(`${XSS}50件`);

    await t.page.getByTestId('tab-matrix').click();
    await waitForView(t.page, 'matrix', XSS);
    expect(await t.page.getByTestId('matrix-table').locator('thead').innerText()).toContain(XSS);
    expect(await chartAriaLabel(t.page, 'matrix')).toContain(XSS);

    await t.page.getByTestId('tab-trend').click();
    await waitForView(t.page, 'trend', `${XSS}2022年50件（目前只有这一年的数据）`);
    expect(await t.page.getByTestId('jurisdiction-picker').innerText()).toContain(XSS);

    await t.page.goto(`${baseUrl}?view=profile&jurisdiction=evil`);
    const profile = await waitForView(t.page, 'profile', XSS);
    expect(await t.page.locator('#profile-title').innerText()).toContain(XSS);
    expect(await t.page.getByTestId('profile-table').innerText()).toContain(`${XSS}立案50件`);
    expect(await profile.innerText()).toContain(XSS);
    await saveScreenshot(t.page, 'views-xss-profile-1440');

    // Nothing was interpreted: no <img> from data, no request for its src, no alert.
    expect(await t.page.locator('main img').count()).toBe(0);
    expect(t.requests.some((u) => /\/x$/.test(u))).toBe(false);
    expect(await ranking.count()).toBe(0); // the ranking view is gone: we are on the profile
    await finish(t);
  });
});
