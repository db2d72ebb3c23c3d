import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  chromiumLaunchOptions,
  launchChromium,
  markDetail,
  openTrackedPage,
  saveScreenshot,
  type TrackedPage,
} from './browser';
import { GBK_WIDE_FIXTURE, GBK_WIDE_ROWS } from '../import/fixtures/gbkWide';

const baseUrl = inject('baseUrl');
const ROOT = path.resolve(import.meta.dirname, '../..');
const GBK_BYTES = readFileSync(path.join(ROOT, GBK_WIDE_FIXTURE));

async function openData(page: Page) {
  await page.goto(`${baseUrl}?view=data`);
  // Enabled once the engine and the catalog are ready.
  await page.locator('[data-testid="file-input"]:enabled').waitFor({ state: 'attached', timeout: 90_000 });
}

/** A one-row long CSV chosen in the file input, then its preview asked for and shown. */
async function stageRow(page: Page, name: string, row: string) {
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`地区,年份,指标,数值\n${row}\n`, 'utf8'),
  });
  await page.getByTestId('preview-button').click();
  await page.getByTestId('preview-totals').waitFor({ timeout: 60_000 });
}

async function waitForSummary(page: Page, view: 'ranking' | 'trend', text: string) {
  const summary = page.getByTestId(`${view}-summary`);
  await summary.waitFor({ timeout: 90_000 });
  await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toContain(text);
  return summary.innerText();
}

function finish(t: TrackedPage) {
  expect(t.foreignRequests()).toEqual([]);
  expect(t.pageErrors).toEqual([]);
  return t.context.close();
}

async function commitGbkUpload(page: Page, name = 'a.csv') {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: GBK_BYTES });
  await page.getByTestId('preview-button').click();
  await page.getByTestId('commit-button').click();
  await page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
}

/** A long CSV big enough that reading it takes a few seconds: time to reload or cancel midway. */
function bigLongCsv(rows: number): Buffer {
  const lines = ['jurisdiction_id,year,indicator_id,value,qualifier'];
  const ids = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou'];
  for (let i = 0; i < rows; i++)
    lines.push(`${ids[i % 4]},${1950 + (i % 70)},proposals_filed,${i % 997},exact`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

describe('upload: a GBK wide CSV through the real file input, committed, kept, undone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('mapping → preview → commit → new year in ranking and trend → reload → still there → undo → gone', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await saveScreenshot(t.page, 'upload-1-empty');

    await t.page.getByTestId('file-input').setInputFiles({
      name: '2023年履职数据.csv',
      mimeType: 'text/csv',
      buffer: GBK_BYTES,
    });
    const summary = t.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toContain(
      `2023年履职数据.csv：共 4 行数据，读出 ${GBK_WIDE_ROWS.length} 个可导入的数值`,
    );
    await saveScreenshot(t.page, 'upload-2-check');

    await t.page.getByTestId('preview-button').click();
    const totals = t.page.getByTestId('preview-totals');
    await totals.waitFor({ timeout: 60_000 });
    expect(await totals.innerText()).toBe(
      `合计：新增 ${GBK_WIDE_ROWS.length} 项，修改 0 项，不变 0 项，删除 0 项。`,
    );
    const slices = await t.page.getByTestId('preview-slices').locator('tbody tr').allInnerTexts();
    expect(slices).toHaveLength(4);
    expect(slices.find((r) => r.startsWith('嘉兴'))).toMatch(/嘉兴\s*新的地区年份\s+2023\s+4\s+0\s+0\s+0/);
    await saveScreenshot(t.page, 'upload-3-preview');
    // The same step in English, through the app's language switch.
    await t.page.getByTestId('lang-switch').click();
    expect(await totals.innerText()).toBe(
      `In all: ${GBK_WIDE_ROWS.length} new, 0 changed, 0 unchanged, 0 removed.`,
    );
    await saveScreenshot(t.page, 'upload-3-preview-en');
    await t.page.getByTestId('lang-switch').click();

    await t.page.getByTestId('commit-button').click();
    const result = t.page.getByTestId('commit-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toContain(`新增 ${GBK_WIDE_ROWS.length} 项`);
    await expect.poll(() => t.page.getByTestId('version-item').count()).toBe(1);
    await saveScreenshot(t.page, 'upload-4-committed');

    // The export holds the committed rows: UTF-8 with BOM, named with the data version.
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      t.page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^luzhi-data-[0-9a-f]{12}\.csv$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(
      exported.startsWith('\uFEFFjurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote'),
    ).toBe(true);
    expect(exported).toContain('jiaxing,2023,info_adopted,300,at_least,');
    expect(exported).toContain('jiaxing,2022,proposals_filed,369,exact,');

    // Straight to the ranking of the new year, without a reload.
    await t.page.getByTestId('see-ranking').click();
    expect(await waitForSummary(t.page, 'ranking', '2023年')).toMatch(
      /嘉兴350件（较2022年名次不变，−5.1%）居首/,
    );
    await saveScreenshot(t.page, 'upload-5-ranking-2023');

    await t.page.goto(`${baseUrl}?view=trend&indicator=proposals_filed`);
    const trend = await waitForSummary(t.page, 'trend', '2023');
    expect(trend).toContain('350');
    await saveScreenshot(t.page, 'upload-6-trend');

    // Reload (a new page load reads IndexedDB): the 2023 figures are still there.
    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2023`);
    expect(await waitForSummary(t.page, 'ranking', '2023年')).toMatch(
      /嘉兴350件（较2022年名次不变，−5.1%）居首/,
    );
    expect(await t.page.getByTestId('url-notice').count()).toBe(0);
    // The commit stored the version's first screen (built after the engine's COMMIT), known on reload.
    expect(await markDetail(t.page, 'luzhi:saved-version-known')).toMatchObject({ firstView: 'stored' });

    // Undo: back to the bundled data; 2023 is gone from the views.
    await openData(t.page);
    await t.page.getByTestId('reset-bundled').click();
    await expect
      .poll(() => t.page.getByTestId('version-bundled').innerText(), { timeout: 60_000 })
      .toContain('正在使用');
    await saveScreenshot(t.page, 'upload-7-undone');
    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2023`);
    expect(await waitForSummary(t.page, 'ranking', '2022年')).toMatch(/嘉兴369件居首/);
    expect(await t.page.getByTestId('url-notice').innerText()).toContain('year=2023');

    // …and it stays gone after another reload, while the version remains in the history.
    await openData(t.page);
    expect(await t.page.getByTestId('version-item').count()).toBe(1);
    expect(await t.page.getByTestId('version-bundled').innerText()).toContain('正在使用');
    await finish(t);
  });

  it('an indicator switch redraws the chart already drawn: the same chart, emptied while the next result loads', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await commitGbkUpload(t.page);
    // Committed data has no build-time results: the next indicator's ranking is a live query that loads.
    await t.page.getByTestId('see-ranking').click();
    const before = await waitForSummary(t.page, 'ranking', '2023年');
    const chartId = await t.page.evaluate(() => {
      type Instance = { id: string; getOption(): { series?: unknown[] } };
      const box = document.querySelector('[data-testid="ranking-chart"]') as unknown as {
        echartsInstance: Instance;
      };
      const card = document.querySelector('[data-testid="ranking-card"]')!;
      const seen: { id: string | null; series: number; busy: string | null }[] = [];
      (window as unknown as { __whileLoading: typeof seen }).__whileLoading = seen;
      // Whenever the card shows its loading notice, what does its chart hold?
      new MutationObserver(() => {
        if (!card.querySelector('.chart-placeholder')) return;
        const kept = card.querySelector('[role="img"]') as unknown as { echartsInstance?: Instance } | null;
        seen.push({
          id: kept?.echartsInstance?.id ?? null,
          series: kept?.echartsInstance?.getOption().series?.length ?? 0,
          busy: card.querySelector('.chart-slot')?.getAttribute('aria-busy') ?? null,
        });
      }).observe(card, { childList: true, subtree: true });
      return box.echartsInstance.id;
    });
    await t.page.getByTestId('indicator-select').selectOption('proposals_answered');
    await expect
      .poll(() => t.page.getByTestId('ranking-summary').innerText(), { timeout: 60_000 })
      .not.toBe(before);
    expect(await t.page.getByTestId('ranking-summary').innerText()).toContain('2023年');
    const after = await t.page.evaluate(() => {
      const box = document.querySelector('[data-testid="ranking-chart"]') as unknown as {
        echartsInstance: { id: string; getOption(): { series: { data: unknown[] }[] } };
      };
      return {
        id: box.echartsInstance.id,
        bars: box.echartsInstance.getOption().series[0]!.data.length,
        whileLoading: (window as unknown as { __whileLoading: unknown[] }).__whileLoading,
      };
    });
    // The loading notice was shown over the same chart, emptied: no bar of the previous indicator.
    expect(after.whileLoading.length).toBeGreaterThan(0);
    for (const seen of after.whileLoading) expect(seen).toEqual({ id: chartId, series: 0, busy: 'true' });
    // …and the new ranking was drawn on that same chart, not on one built anew.
    expect(after.id).toBe(chartId);
    expect(after.bars).toBeGreaterThanOrEqual(4);
    await saveScreenshot(t.page, 'upload-indicator-switch-same-chart');
    await finish(t);
  });

  it('a reload in the middle of an import leaves the previous data intact; cancel stops an import', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    // The previous data: the 2023 upload, committed.
    await t.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: GBK_BYTES });
    await t.page.getByTestId('preview-button').click();
    await t.page.getByTestId('commit-button').click();
    await t.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });

    const big = bigLongCsv(400_000);
    await t.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
    await t.page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await saveScreenshot(t.page, 'upload-8-progress');
    // The page stays usable while the worker parses: switching language responds.
    await t.page.getByTestId('lang-switch').click();
    await t.page.getByRole('heading', { name: 'Data', exact: true }).waitFor({ timeout: 5_000 });
    await t.page.getByTestId('lang-switch').click();
    await t.page.reload();

    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2023`);
    expect(await waitForSummary(t.page, 'ranking', '2023年')).toMatch(
      /嘉兴350件（较2022年名次不变，−5.1%）居首/,
    );
    await openData(t.page);
    expect(await t.page.getByTestId('version-item').count()).toBe(1);
    expect(await t.page.getByTestId('version-item').innerText()).toContain('正在使用');

    // Cancel: the import stops, says so, and the data is unchanged.
    await t.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
    await t.page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    await t.page.getByTestId('import-cancel').click();
    await expect.poll(() => t.page.getByTestId('data-message').innerText()).toContain('已取消读取 big.csv');
    expect(await t.page.getByTestId('import-progress').count()).toBe(0);
    await saveScreenshot(t.page, 'upload-9-cancelled');
    await finish(t);
  });

  it('stored data that cannot be read: the bundled data and a clear notice, never a blank page', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await commitGbkUpload(t.page, '2023年数据.csv');
    // Damage every stored snapshot, as a disk error or a foreign script might.
    await t.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('luzhi-compare-data');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('snapshots', 'readwrite');
            const store = tx.objectStore('snapshots');
            const keys = store.getAllKeys();
            keys.onsuccess = () => {
              for (const key of keys.result) store.put({ format: 1, compression: 'gzip', tables: {} }, key);
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed`);
    // The version's stored first view may be drawn first (its 2023 figures); once the engine finds its
    // data damaged, the bundled data's latest year is shown.
    await expect
      .poll(() => t.page.getByTestId('ranking-summary').innerText(), { timeout: 90_000 })
      .toMatch(/^2022年立案提案：嘉兴369件.*居首/);
    await openData(t.page);
    const notice = await t.page.getByTestId('storage-notice').innerText();
    expect(notice).toContain('上次保存的数据（2023年数据.csv');
    expect(notice).toContain('无法读取，已改为显示内置数据');
    expect(await t.page.getByTestId('version-bundled').innerText()).toContain('正在使用');
    expect(await t.page.getByTestId('version-item').count()).toBe(1);
    await saveScreenshot(t.page, 'upload-10-damaged-notice');
    // Switching to the damaged version is refused with a reason; the data in use stays.
    await t.page.getByTestId('version-use').click();
    await expect
      .poll(() => t.page.getByTestId('version-history').innerText())
      .toContain('这个版本保存的数据已损坏，无法载入');
    expect(await t.page.getByTestId('version-bundled').innerText()).toContain('正在使用');
    await finish(t);
  });

  it('committed data survives closing and restarting the browser', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'store-profile-'));
    const origin = new URL(baseUrl).origin;
    const foreign: string[] = [];
    const launch = async () => {
      const context = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunchOptions(),
        viewport: { width: 1280, height: 900 },
        locale: 'zh-CN',
      });
      context.on('request', (r) => {
        if (!r.url().startsWith(origin) && !/^(data|blob|about):/.test(r.url())) foreign.push(r.url());
      });
      return { context, page: context.pages()[0] ?? (await context.newPage()) };
    };
    try {
      const first = await launch();
      await openData(first.page);
      await commitGbkUpload(first.page);
      await first.context.close();

      const second = await launch();
      await second.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2023`);
      expect(await waitForSummary(second.page, 'ranking', '2023年')).toMatch(
        /嘉兴350件（较2022年名次不变，−5.1%）居首/,
      );
      await second.context.close();
      expect(foreign).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('pasted cells with a new jurisdiction: added while resolving names, committed with its figures', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await t.page
      .getByTestId('paste-input')
      .fill('地区\t年份\t立案提案\n杭州市\t2023\t500\n嘉兴市\t2023\t351\n');
    await t.page.getByTestId('paste-submit').click();
    await t.page.getByTestId('name-resolution').waitFor({ timeout: 60_000 });
    await t.page.getByTestId('name-jurisdiction-0-choice').selectOption('add');
    await t.page.getByTestId('name-jurisdiction-0-name_zh').fill('杭州');
    await t.page.getByTestId('name-jurisdiction-0-name_en').fill('Hangzhou');
    await t.page.getByTestId('names-apply').click();
    await expect.poll(() => t.page.getByTestId('name-resolution').count(), { timeout: 60_000 }).toBe(0);
    await t.page.getByTestId('preview-button').click();
    const step = t.page.getByTestId('preview-step');
    await t.page.getByTestId('preview-totals').waitFor({ timeout: 60_000 });
    expect(await step.innerText()).toContain('同时新增地区：杭州');
    await saveScreenshot(t.page, 'upload-11-new-jurisdiction');
    // On a phone the steps fit the screen; wide tables scroll inside their card, not the page.
    await t.page.setViewportSize({ width: 375, height: 800 });
    const widths = await t.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    await saveScreenshot(t.page, 'upload-12-preview-375');
    await t.page.setViewportSize({ width: 1440, height: 900 });
    await t.page.getByTestId('commit-button').click();
    await t.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('version-item').first().innerText()).toContain('粘贴的单元格');

    await t.page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2023`);
    expect(await waitForSummary(t.page, 'ranking', '2023年')).toMatch(
      /杭州500件居首，嘉兴351件（较2022年降1位，−4.9%）/,
    );
    await finish(t);
  });
});

describe('upload: quoting, percent, the title year and two tabs (issue #12)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const csv = (text: string) => Buffer.from(text, 'utf8');

  it('an unclosed quote and a percent count are row-precise problems; the other rows are read', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await t.page.getByTestId('file-input').setInputFiles({
      name: 'q.csv',
      mimeType: 'text/csv',
      buffer: csv(
        '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,12,ok\n嘉兴,2023,办复提案,10,"没关\n' +
          '吴兴,2023,立案提案,98%,a\n吴兴,2023,办复提案,4,b\n嵊州,2023,立案提案,7,c\n',
      ),
    });
    const summary = t.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toBe('q.csv：共 5 行数据，读出 3 个可导入的数值；2 行有错误，未导入。');
    expect(await t.page.getByTestId('problem-group-unclosed_quote').innerText()).toContain('文件第3行');
    expect(await t.page.getByTestId('problem-group-percent_not_allowed').innerText()).toContain('第4行');
    await finish(t);
  });

  it('a year in the title line is used for every row', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await t.page.getByTestId('file-input').setInputFiles({
      name: 't.csv',
      mimeType: 'text/csv',
      buffer: csv('2023年各地政协履职数据统计表\n地区,立案提案\n嘉兴,350\n'),
    });
    await t.page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('mapping-fixed-year').inputValue()).toBe('2023');
    expect(await t.page.getByTestId('import-summary').innerText()).toContain('读出 1 个可导入的数值');
    // a year for the whole file outside 1949..next year: one message naming it, and nothing imported
    const year = t.page.getByTestId('mapping-fixed-year');
    await year.fill('0');
    await t.page.getByTestId('mapping-apply').click();
    const problem = t.page.getByTestId('problem-group-year_out_of_range');
    await problem.waitFor({ timeout: 60_000 });
    expect(await problem.innerText()).toContain('“整个文件的年份”填写的是0，不在 1949–');
    // the file's one row is still counted, as not imported: the file is not called empty
    expect(await t.page.getByTestId('import-summary').innerText()).toBe(
      't.csv：共 1 行数据，读出 0 个可导入的数值；1 行有错误，未导入。',
    );
    await saveScreenshot(t.page, 'upload-fixed-year-out-of-range');
    await year.fill('2023');
    await t.page.getByTestId('mapping-apply').click();
    await expect
      .poll(() => t.page.getByTestId('import-summary').innerText(), { timeout: 60_000 })
      .toContain('读出 1 个可导入的数值');
    expect(await t.page.getByTestId('problem-group-year_out_of_range').count()).toBe(0);
    await finish(t);
  });

  it('two tabs: a commit prepared before another tab committed is refused and previewed again', async () => {
    const a = await openTrackedPage(browser, baseUrl);
    await openData(a.page);
    const b = await a.context.newPage();
    await openData(b);

    await stageRow(b, 'b.csv', '吴兴,2019,立案提案,50');

    await a.page.getByTestId('file-input').setInputFiles({
      name: 'a.csv',
      mimeType: 'text/csv',
      buffer: csv('地区,年份,指标,数值\n嘉兴,2019,立案提案,400\n'),
    });
    await a.page.getByTestId('preview-button').click();
    await a.page.getByTestId('commit-button').click();
    await a.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });

    await b.getByTestId('commit-button').click();
    // B either heard of A's commit already (and commits on top of it) or is refused and previews again
    const outcome = await Promise.race([
      b
        .getByTestId('commit-result')
        .waitFor({ timeout: 60_000 })
        .then(() => 'committed'),
      b
        .getByTestId('data-message')
        .waitFor({ timeout: 60_000 })
        .then(() => 'refused'),
    ]);
    if (outcome === 'refused') {
      expect(await b.getByTestId('data-message').innerText()).toContain('另一个标签页');
      await b.getByTestId('commit-button').click();
      await b.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    }
    // after a reload, both tabs' figures are in the data in use
    await b.goto(`${baseUrl}?view=ranking&year=2019&indicator=proposals_filed`);
    const text = await waitForSummary(b, 'ranking', '嘉兴');
    expect(text).toContain('吴兴');
    await finish(a);
  });

  it('another tab’s commit: this tab says which version and when, refreshes its figures and re-previews its upload', async () => {
    const a = await openTrackedPage(browser, baseUrl);
    await openData(a.page);
    // B is uploading a figure A is about to commit with another value: new now, a change once A has committed
    const b = await a.context.newPage();
    await openData(b);
    await stageRow(b, 'b.csv', '嘉兴,2017,立案提案,500');
    await expect
      .poll(() => b.getByTestId('preview-totals').innerText(), { timeout: 60_000 })
      .toContain('新增 1 项');
    // C shows the ranking
    const c = await a.context.newPage();
    await c.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2022`);
    expect(await waitForSummary(c, 'ranking', '2022年')).toContain('嘉兴369件');
    // C's figures may come from the build-time snapshot before its engine runs, and a tab hears of other
    // tabs' commits once its engine is ready. Committing before that (engines start slowly on a loaded
    // machine) would have C open A's version directly, with nothing to follow and no notice to show.
    await expect
      .poll(() => c.getByTestId('engine-status').getAttribute('class'), { timeout: 120_000 })
      .toContain('engine-ready');

    await a.page.getByTestId('file-input').setInputFiles({
      name: 'a-777.csv',
      mimeType: 'text/csv',
      buffer: csv('地区,年份,指标,数值\n嘉兴,2022,立案提案,777\n嘉兴,2017,立案提案,777\n'),
    });
    await a.page.getByTestId('preview-button').click();
    await a.page.getByTestId('commit-button').click();
    await a.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    // the committing tab itself shows no such notice
    expect(await a.page.getByTestId('other-tab-notice').count()).toBe(0);

    for (const page of [b, c]) {
      const notice = page.getByTestId('other-tab-notice');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.innerText()).toMatch(
        /另一个标签页于 .+ 提交了“a-777\.csv”（共 \d+ 条数据）；本页已刷新为这个版本。/u,
      );
    }
    expect(await waitForSummary(c, 'ranking', '嘉兴777件')).toContain('2022年');
    await expect
      .poll(() => b.getByTestId('preview-totals').innerText(), { timeout: 60_000 })
      .toContain('修改 1 项');
    expect(await b.getByTestId('data-message').innerText()).toContain('已按新数据重新计算预览');
    await saveScreenshot(c, 'upload-13-other-tab-notice');
    await finish(a);
  }, 300_000); // three pages each start the engine

  it('two tabs committing at the same moment on the same data (IndexedDB compare-and-set): exactly one wins', async () => {
    const a = await openTrackedPage(browser, baseUrl);
    // "At the same moment": neither tab hears of the other's commit before its own reaches storage. Tab
    // messages are silenced, so a fast commit cannot be followed first (which is allowed: the two-tabs test
    // above covers it) and the store’s compare-and-set alone must decide, however loaded the machine.
    await a.context.addInitScript(() => {
      window.BroadcastChannel = class {
        postMessage() {}
        addEventListener() {}
        removeEventListener() {}
        close() {}
      } as unknown as typeof BroadcastChannel;
    });
    await openData(a.page);
    const b = await a.context.newPage();
    await openData(b);
    await stageRow(a.page, 'race-a.csv', '嘉兴,2018,立案提案,401');
    await stageRow(b, 'race-b.csv', '吴兴,2018,立案提案,51');
    // both pass the early check (storage still names the bundled data); the store's transaction decides
    await Promise.all([a.page.getByTestId('commit-button').click(), b.getByTestId('commit-button').click()]);
    const settle = (page: Page) =>
      Promise.race([
        page
          .getByTestId('commit-result')
          .waitFor({ timeout: 90_000 })
          .then(() => 'won'),
        page
          .getByTestId('data-message')
          .filter({ hasText: '没有执行' })
          .waitFor({ timeout: 90_000 })
          .then(() => 'refused'),
      ]);
    const results = await Promise.all([settle(a.page), settle(b)]);
    expect([...results].sort()).toEqual(['refused', 'won']);
    // one version stored, and the loser's figure is not in the data in use (it can commit again)
    const winner = results[0] === 'won' ? 'race-a.csv' : 'race-b.csv';
    const page = results[0] === 'won' ? a.page : b;
    await page.reload();
    await page.getByTestId('version-item').first().waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('version-item').count()).toBe(1);
    expect(await page.getByTestId('version-item').first().innerText()).toContain(winner);
    await finish(a);
  }, 300_000);
});

describe('upload: an added indicator opens from its URL and share link, and travels in the data package (issue #12)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('new place + new indicator → suggested id → ranking, trend, share link → package → fresh browser → same ranking', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await t.page.getByTestId('file-input').setInputFiles({
      name: 'new.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '地区,年份,指标,数值,原文\n临安,2023,社情民意信息报送,120,"报送社情民意信息120篇，其中""直通车""8篇"\n' +
          '嘉兴,2023,社情民意信息报送,80,=80\n',
        'utf8',
      ),
    });
    await t.page.getByTestId('name-resolution').waitFor({ timeout: 60_000 });
    await t.page.getByTestId('name-jurisdiction-0-choice').selectOption('add');
    await t.page.getByTestId('name-jurisdiction-0-name_en').fill('Lin’an');
    await t.page.getByTestId('name-indicator-0-choice').selectOption('add');
    await t.page.getByTestId('name-indicator-0-name_en').fill('Social-opinion reports submitted');
    await t.page.getByTestId('name-indicator-0-unit_zh').fill('篇');
    await t.page.getByTestId('name-indicator-0-unit_en').fill('reports');
    // the suggested id is one the URL accepts (one id rule: src/data/catalogIds.ts)
    const id = await t.page.getByTestId('name-indicator-0-id').inputValue();
    expect(id).toBe('social_opinion_reports_submitted');
    await t.page.getByTestId('names-apply').click();
    await expect.poll(() => t.page.getByTestId('name-resolution').count(), { timeout: 60_000 }).toBe(0);
    await t.page.getByTestId('preview-button').click();
    await t.page.getByTestId('preview-totals').waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('preview-step').innerText()).toMatch(
      /同时新增地区：临安[\s\S]*社情民意信息报送/u,
    );
    await t.page.getByTestId('commit-button').click();
    await t.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });

    const rankingUrl = `${baseUrl}?view=ranking&indicator=${id}&year=2023`;
    await t.page.goto(rankingUrl);
    const ranking = await waitForSummary(t.page, 'ranking', '临安');
    expect(ranking).toMatch(/临安120篇居首/u);
    expect(await t.page.locator('body').innerText()).not.toContain('格式不对');
    expect(new URL(t.page.url()).searchParams.get('indicator')).toBe(id);
    // the share link opens the same ranking
    await t.page.getByTestId('ranking-share').click();
    const shareUrl = await t.page.getByTestId('share-url').inputValue();
    expect(new URL(shareUrl).searchParams.get('indicator')).toBe(id);
    const shared = await t.context.newPage();
    await shared.goto(shareUrl);
    expect(await waitForSummary(shared, 'ranking', '临安')).toMatch(/临安120篇居首/u);
    await shared.close();
    await t.page.goto(`${baseUrl}?view=trend&indicator=${id}`);
    await waitForSummary(t.page, 'trend', '2023');
    expect(new URL(t.page.url()).searchParams.get('indicator')).toBe(id);
    expect(await t.page.locator('body').innerText()).not.toContain('格式不对');

    // the data package: observations and every catalog, one workbook
    await t.page.goto(`${baseUrl}?view=data`);
    await t.page.locator('[data-testid="export-package"]:enabled').waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      t.page.getByTestId('export-package').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^luzhi-data-[0-9a-f]{12}\.xlsx$/);
    const pkg = readFileSync((await download.path())!);
    await finish(t);

    // a fresh browser (new context: no stored versions) imports it: no names to resolve, one commit
    const fresh = await openTrackedPage(browser, baseUrl);
    await openData(fresh.page);
    await fresh.page.getByTestId('file-input').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: pkg,
    });
    await fresh.page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    expect(await fresh.page.getByTestId('name-resolution').count()).toBe(0);
    await fresh.page.getByTestId('preview-button').click();
    await expect
      .poll(() => fresh.page.getByTestId('preview-totals').innerText(), { timeout: 60_000 })
      .toContain('新增 2 项');
    expect(await fresh.page.getByTestId('preview-step').innerText()).toMatch(
      /同时新增地区：临安[\s\S]*社情民意信息报送/u,
    );
    await fresh.page.getByTestId('commit-button').click();
    await fresh.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    await fresh.page.goto(rankingUrl);
    expect(await waitForSummary(fresh.page, 'ranking', '临安')).toMatch(/临安120篇居首/u);
    await saveScreenshot(fresh.page, 'upload-14-package-reimported');
    await finish(fresh);
  });
});
