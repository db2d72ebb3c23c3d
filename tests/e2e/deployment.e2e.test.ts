import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, waitForRanking } from './browser';
import { INTRANET_HOST, SITE_PREFIX } from './site';
import { GBK_WIDE_FIXTURE } from '../import/fixtures/gbkWide';

const baseUrl = inject('baseUrl');
const GBK_BYTES = readFileSync(path.resolve(import.meta.dirname, '../..', GBK_WIDE_FIXTURE));

/**
 * The app as it is deployed: a plain static server, plain http, an intranet host name, a sub-path.
 * Not a secure context: no crypto.subtle, no randomUUID, no async clipboard. The first assertion
 * keeps it that way, so this can never quietly become a localhost (secure) test.
 */
describe('deployment: http://intranet.test:PORT/zx/luzhi/ on a plain static server', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('runs the whole path: first chart, engine, upload + commit, image, embed, share', async () => {
    const url = new URL(baseUrl);
    expect(url.protocol).toBe('http:');
    expect(url.hostname).toBe(INTRANET_HOST);
    expect(url.pathname).toBe(SITE_PREFIX);

    const t = await openTrackedPage(browser, baseUrl);
    const { page } = t;
    await page.goto(baseUrl);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(await page.evaluate(() => typeof crypto.subtle)).toBe('undefined');

    // The landing overview, a ranking, then the engine.
    await page.getByTestId('overview-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('overview-summary').innerText()).toMatch(/^在\d+项可比指标中/);
    await page.goto(`${baseUrl}?view=ranking`);
    await waitForRanking(page);
    expect(await page.getByTestId('ranking-summary').innerText()).toMatch(/^2022年立案提案：嘉兴369件居首/);
    await expect
      .poll(() => page.getByTestId('engine-status').innerText(), { timeout: 60_000 })
      .toContain('已就绪');
    // Every file came from under the sub-path: nothing assumes the site root.
    const own = t.requests.filter((r) => r.startsWith(url.origin));
    expect(own.length).toBeGreaterThan(3);
    for (const r of own) expect(new URL(r).pathname.startsWith(SITE_PREFIX)).toBe(true);

    // Upload + commit (IndexedDB, random version ids, data-version hash: all without Web Crypto).
    await page.goto(`${baseUrl}?view=data`);
    await page.locator('[data-testid="file-input"]:enabled').waitFor({ state: 'attached', timeout: 90_000 });
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: GBK_BYTES });
    await page.getByTestId('preview-button').click();
    await page.getByTestId('commit-button').click();
    await page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    await page.goto(`${baseUrl}?view=ranking&indicator=proposals_filed&year=2023`);
    const summary = page.getByTestId('ranking-summary');
    await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toMatch(/嘉兴350件(（[^）]*）)?居首/);

    // Image export.
    await page.getByTestId('ranking-export-image').click();
    await page.getByTestId('image-preview').waitFor({ timeout: 30_000 });
    const [download] = (await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('download-png-2').click(),
    ])) as [Download, void];
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(download.suggestedFilename()).toMatch(/^立案提案-2023-排名-.*\.png$/);
    await page.getByTestId('image-panel-close').click();

    // Share: the link is the page's own URL under the sub-path; copying works without the async
    // clipboard (a selection copy), and what was copied is exactly the link.
    await page.evaluate(() => {
      document.addEventListener('copy', () => {
        const el = document.activeElement as HTMLTextAreaElement | HTMLInputElement | null;
        (window as unknown as { copied: string }).copied =
          el && 'value' in el ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : '';
      });
    });
    await page.getByTestId('ranking-share').click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    expect(shareUrl).toBe(page.url());
    expect(new URL(shareUrl).pathname).toBe(SITE_PREFIX);
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('share-status').innerText()).toContain('链接已复制');
    expect(await page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(shareUrl);
    await page.keyboard.press('Escape');

    // Embed: the snippet points under the sub-path and renders in an intranet page's iframe.
    await page.getByTestId('ranking-embed').click();
    const codeBox = page.getByTestId('embed-code');
    await expect.poll(() => codeBox.inputValue(), { timeout: 30_000 }).toMatch(/^<iframe/);
    const code = await codeBox.inputValue();
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).pathname).toBe(SITE_PREFIX);
    const host = `${url.origin}/portal/deployment-host.html`;
    await t.context.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><body><div style="width:800px">${code}</div></body>`,
      }),
    );
    const hostPage = await t.context.newPage();
    await hostPage.goto(host);
    const frame = hostPage.frameLocator('iframe');
    await frame.locator('[data-testid="embed-chart"] canvas').waitFor({ timeout: 60_000 });
    expect(await frame.locator('#embed-title').innerText()).toBe('2023年立案提案排名');
    await saveScreenshot(hostPage, 'deployment-embed');

    expect(t.foreignRequests()).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  });

  it('serves the site as a plain static server does: wasm as application/wasm, 404 for what is absent', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    const { page } = t;
    await page.goto(baseUrl);
    await expect
      .poll(() => page.getByTestId('engine-status').innerText(), { timeout: 60_000 })
      .toContain('已就绪');
    const wasm = t.requests.find((r) => r.endsWith('.wasm'));
    const types = await page.evaluate(
      async (paths) => {
        const out: Array<[number, string | null]> = [];
        for (const p of paths) {
          const res = await fetch(p, { method: 'HEAD' });
          out.push([res.status, res.headers.get('content-type')]);
        }
        return out;
      },
      [...(wasm ? [wasm] : []), './no-such-file.js', '/index.html'],
    );
    expect(types).toEqual([
      [200, 'application/wasm'],
      [404, expect.stringContaining('text/plain')],
      // The site root is not the app: nothing is served outside the sub-path.
      [404, expect.stringContaining('text/plain')],
    ]);
    await t.context.close();
  });
});
