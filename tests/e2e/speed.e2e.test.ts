import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import {
  launchChromium,
  markDetail,
  openTrackedPage,
  saveScreenshot,
  waitForRanking,
  type TrackedPage,
} from './browser';
import { bundledRows } from '../support/bundledData';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

/** The target of #14: the JS and CSS a reader downloads before the first chart. */
const FIRST_LOAD_BUDGET_GZIP = 300 * 1024;

/** The scripts and stylesheets index.html names (its module script, modulepreloads, stylesheets). */
function firstLoadFiles(): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/([^"]+)"[^>]*>/g)]
    .filter((m) => /type="module"|rel="stylesheet"|rel="modulepreload"/.test(m[0]))
    .map((m) => m[1]!);
}
const data = bundledRows();

/** The leader of one indicator-year in the bundled files, as the English summary names it. */
function leaderSentence(indicatorId: string, year: number): RegExp {
  const rows = data.observations.filter((o) => o.indicator_id === indicatorId && o.year === year);
  const top = rows.reduce((a, b) => (b.value > a.value ? b : a));
  const name = data.jurisdictions.find((j) => j.id === top.jurisdiction_id)!.name_en;
  return new RegExp(`, ${year}: ${name} leads with ${top.value} `);
}

/**
 * Holds every request for DuckDB's wasm until `release()`: the engine cannot become ready before, however
 * slow or fast the machine is. `held()` counts the requests caught so far; the page may not have asked for
 * the wasm yet when its first chart is drawn, so tests wait for the request rather than expect it.
 */
async function holdWasm(t: TrackedPage) {
  const held: Route[] = [];
  let released = false;
  await t.context.route(/\.wasm(\?.*)?$/, (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.map((r) => r.continue()));
    },
  };
}

/**
 * Writes a saved version into the page's IndexedDB the way the store keeps it (database version 2: the
 * page has already opened it), makes it current, and optionally stores its first view.
 */
function saveVersionInPage(
  page: Page,
  version: { id: string; dataVersion: string; firstView: unknown },
): Promise<void> {
  return page.evaluate(
    ({ id, dataVersion, firstView }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('luzhi-compare-data', 2);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['versions', 'firstViews', 'meta'], 'readwrite');
          tx.objectStore('versions').put({ id, dataVersion, time: '', fileName: 'upload.csv' });
          if (firstView !== null) tx.objectStore('firstViews').put(firstView, id);
          tx.objectStore('meta').put(id, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    version,
  );
}

const summaryText = (page: Page) => page.getByTestId('ranking-summary').innerText();
const chartLabel = (page: Page) =>
  page.locator('[data-testid="ranking-chart"] [aria-label]').last().getAttribute('aria-label');

describe('speed: the first chart does not wait for the engine', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('the JS and CSS index.html loads fit the first-load budget (gzip, as a server sends them)', () => {
    const files = firstLoadFiles();
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const gzip = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(path.join(distDir, f)), { level: 6 }).length,
      0,
    );
    expect(gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
  });

  it('the landing overview paints its first chart from those files alone; the rest is asked for after it', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    const firstLoad = new Set(firstLoadFiles().map((f) => new URL(f, baseUrl).href));
    // Every other script, stylesheet and the wasm wait until released: the first chart cannot use them.
    const held: Route[] = [];
    let released = false;
    await t.context.route(/\/assets\/[^/]+\.(m?js|css|wasm)(\?.*)?$/, (route) => {
      if (released || firstLoad.has(route.request().url())) return route.continue();
      held.push(route);
    });
    await t.page.goto(baseUrl);
    await t.page.waitForSelector('[data-testid="overview-chart"] canvas', { timeout: 60_000 });
    expect(await t.page.getByTestId('overview-summary').innerText()).not.toBe('');
    expect(await markDetail(t.page, 'luzhi:first-result')).toMatchObject({ source: 'snapshot' });
    // The gate opened because that chart was painted (not for lack of a snapshot result, nor by its fallback).
    await t.page.waitForFunction(() => performance.getEntriesByName('luzhi:first-paint-done').length > 0);
    expect(await markDetail(t.page, 'luzhi:first-paint-done')).toEqual({ reason: 'painted' });
    // Then the page asks for what comes next: the chart's buttons, the engine, the tooltip.
    const asked = (name: string) =>
      held.some((r) => new RegExp(`/${name}-[^/]+\\.js$`).test(r.request().url()));
    await expect.poll(() => asked('ChartActions') && asked('bootEngine'), { timeout: 60_000 }).toBe(true);

    released = true;
    await Promise.all(held.map((r) => r.continue()));
    await expect
      .poll(() => t.page.getByTestId('engine-status').getAttribute('class'), { timeout: 60_000 })
      .toContain('engine-ready');
    await t.page.locator('[data-testid="overview-card"] .chart-actions button').first().waitFor();
    // Nothing beyond index.html's files was even asked for before the first paint was done.
    const early = await t.page.evaluate(
      (names) => {
        const done = performance.getEntriesByName('luzhi:first-paint-done')[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/[^/]+\.(m?js|css)$/.test(e.name) && !names.includes(e.name))
          .filter((e) => e.startTime < done)
          .map((e) => e.name);
      },
      [...firstLoad],
    );
    expect(early).toEqual([]);
    expect(t.foreignRequests()).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  });

  it.each([
    { name: 'default', search: '?view=ranking', expected: /^2022年立案提案：嘉兴369件居首/ },
    {
      name: 'linked',
      search: '?view=ranking&indicator=proposals_answered&year=2022&lang=en',
      expected: leaderSentence('proposals_answered', 2022),
    },
  ])(
    'the $name view is drawn from build-time results while the wasm is held, and the live engine then shows the same',
    async ({ name, search, expected }) => {
      const t = await openTrackedPage(browser, baseUrl);
      const wasm = await holdWasm(t);
      await t.page.goto(baseUrl + search);
      await waitForRanking(t.page);

      // Drawn while the engine is provably not ready: nothing has released its wasm yet.
      expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');
      expect(await markDetail(t.page, 'luzhi:first-result')).toMatchObject({ source: 'snapshot' });
      const before = { summary: await summaryText(t.page), label: await chartLabel(t.page) };
      expect(before.summary).toMatch(expected);
      await saveScreenshot(t.page, `speed-before-engine-${name}`);
      // The page does ask for the wasm (whenever the machine gets to it), and that request is the one held:
      // the engine is still loading for want of it, not for some other reason.
      await expect.poll(() => wasm.held(), { timeout: 60_000 }).toBeGreaterThan(0);
      expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');

      await wasm.release();
      await expect
        .poll(() => t.page.getByTestId('engine-status').getAttribute('class'), { timeout: 60_000 })
        .toContain('engine-ready');
      await expect
        .poll(() => markDetail(t.page, 'luzhi:first-live-result'), { timeout: 30_000 })
        .not.toBeNull();
      // The live engine's answer replaced the snapshot; what the reader sees did not change.
      await expect.poll(() => summaryText(t.page)).toBe(before.summary);
      expect(await chartLabel(t.page)).toBe(before.label);
      await saveScreenshot(t.page, `speed-after-engine-${name}`);

      // The snapshot is fetched once (index.html preloads it; the app reuses those bytes).
      expect(t.requests.filter((u) => /query-snapshot-[^/]*\.json$/.test(u))).toHaveLength(1);
      expect(t.foreignRequests()).toEqual([]);
      expect(t.pageErrors).toEqual([]);
      await t.context.close();
    },
  );

  it('a browser holding a saved upload is never shown the bundled snapshot', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    const wasm = await holdWasm(t);
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForRanking(t.page);
    // Save a version as an older build did (a record, no first view) whose data differs from the bundle.
    await saveVersionInPage(t.page, { id: 'v-upload', dataVersion: 'aaaaaaaaaaaa', firstView: null });
    const snapshotFetched = t.page.waitForResponse(/query-snapshot-[^/]*\.json$/);
    await t.page.reload();
    await snapshotFetched;
    await t.page.waitForFunction(() => performance.getEntriesByName('luzhi:saved-version-known').length > 0);
    // Give React a few frames to render whatever it would render from the snapshot.
    await t.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))),
    );
    expect(await markDetail(t.page, 'luzhi:saved-version-known')).toMatchObject({
      version: 'aaaaaaaaaaaa',
      firstView: 'none',
    });
    expect(await t.page.locator('[data-testid="ranking-chart"]').count()).toBe(0);
    expect(await markDetail(t.page, 'luzhi:first-result')).toBeNull();
    expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');
    await saveScreenshot(t.page, 'speed-saved-upload-no-snapshot');
    await wasm.release();
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });

  it("a saved version's stored first view is drawn while the wasm is held", async () => {
    const t = await openTrackedPage(browser, baseUrl);
    const wasm = await holdWasm(t);
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForRanking(t.page);
    // The first view a commit would store for data in which Jiaxing filed 401 proposals in 2022: the
    // build-time results with that one figure changed, under another data version.
    const firstView = await t.page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[data-query-snapshot]')!.href;
      const snapshot = (await (await fetch(href)).json()) as {
        dataVersion: string;
        entries: Record<string, { jurisdiction_id: string; value: number }[]>;
      };
      const ranking = snapshot.entries[JSON.stringify(['ranking', 'proposals_filed', 2022])]!;
      for (const row of ranking) if (row.jurisdiction_id === 'jiaxing') row.value = 401;
      return { ...snapshot, dataVersion: 'cccccccccccc' };
    });
    await saveVersionInPage(t.page, { id: 'v-saved', dataVersion: 'cccccccccccc', firstView });

    await t.page.reload();
    await waitForRanking(t.page);
    expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');
    expect(await markDetail(t.page, 'luzhi:saved-version-known')).toMatchObject({
      version: 'cccccccccccc',
      firstView: 'stored',
    });
    expect(await markDetail(t.page, 'luzhi:first-result')).toMatchObject({ source: 'snapshot' });
    expect(await summaryText(t.page)).toMatch(/^2022年立案提案：嘉兴401件居首/);
    await saveScreenshot(t.page, 'speed-saved-version-first-view');
    await expect.poll(() => wasm.held(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');

    // This hand-made version has no stored tables: once the engine runs, the page says so and shows
    // the bundled data instead of the first view.
    await wasm.release();
    await expect
      .poll(() => t.page.getByTestId('engine-status').getAttribute('class'), { timeout: 60_000 })
      .toContain('engine-ready');
    await expect
      .poll(() => summaryText(t.page), { timeout: 30_000 })
      .toMatch(/^2022年立案提案：嘉兴369件居首/);
    expect(t.foreignRequests()).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  });
});
