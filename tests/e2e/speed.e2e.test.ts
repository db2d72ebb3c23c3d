import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, waitForRanking, type TrackedPage } from './browser';
import { bundledRows } from '../support/bundledData';

const baseUrl = inject('baseUrl');
const data = bundledRows();

/** The leader of one indicator-year in the bundled files, as the English summary names it. */
function leaderSentence(indicatorId: string, year: number): RegExp {
  const rows = data.observations.filter((o) => o.indicator_id === indicatorId && o.year === year);
  const top = rows.reduce((a, b) => (b.value > a.value ? b : a));
  const name = data.jurisdictions.find((j) => j.id === top.jurisdiction_id)!.name_en;
  return new RegExp(`, ${year}: ${name} leads with ${top.value} `);
}

/** Holds every request for DuckDB's wasm until `release()`: the engine cannot become ready before. */
async function holdWasm(t: TrackedPage) {
  const held: Route[] = [];
  let released = false;
  await t.context.route(/\.wasm$/, (route) => {
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

const markDetail = (page: Page, name: string) =>
  page.evaluate(
    (n) => (performance.getEntriesByName(n)[0] as PerformanceMark | undefined)?.detail ?? null,
    name,
  );

const summaryText = (page: Page) => page.getByTestId('ranking-summary').innerText();
const chartLabel = (page: Page) =>
  page.locator('[data-testid="ranking-chart"] [aria-label]').last().getAttribute('aria-label');

describe('speed: the first chart does not wait for the engine', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

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

      // Drawn while the engine is provably not ready: its wasm has not been delivered.
      expect(wasm.held()).toBeGreaterThan(0);
      expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');
      expect(await markDetail(t.page, 'luzhi:first-result')).toMatchObject({ source: 'snapshot' });
      const before = { summary: await summaryText(t.page), label: await chartLabel(t.page) };
      expect(before.summary).toMatch(expected);
      await saveScreenshot(t.page, `speed-before-engine-${name}`);

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
    // Save a version as the store does (same database, same stores) whose data differs from the bundle.
    await t.page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('luzhi-compare-data', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('versions', { keyPath: 'id' });
          open.result.createObjectStore('snapshots');
          open.result.createObjectStore('meta');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['versions', 'meta'], 'readwrite');
          tx.objectStore('versions').put({ id: 'v-upload', dataVersion: 'aaaaaaaaaaaa', time: '' });
          tx.objectStore('meta').put('v-upload', 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    });

    const snapshotFetched = t.page.waitForResponse(/query-snapshot-[^/]*\.json$/);
    await t.page.reload();
    await snapshotFetched;
    await t.page.waitForFunction(() => performance.getEntriesByName('luzhi:saved-version-known').length > 0);
    // Give React a few frames to render whatever it would render from the snapshot.
    await t.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))),
    );
    expect(await markDetail(t.page, 'luzhi:saved-version-known')).toMatchObject({ version: 'aaaaaaaaaaaa' });
    expect(await t.page.locator('[data-testid="ranking-chart"]').count()).toBe(0);
    expect(await markDetail(t.page, 'luzhi:first-result')).toBeNull();
    expect(await t.page.getByTestId('engine-status').getAttribute('class')).toContain('engine-loading');
    await saveScreenshot(t.page, 'speed-saved-upload-no-snapshot');
    await wasm.release();
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });
});
