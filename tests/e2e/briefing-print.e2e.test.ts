import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openTrackedPage, SCREENSHOT_DIR } from './browser';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(SCREENSHOT_DIR, '..', 'briefing-print');

/** The text of each page of a PDF, read back with pdf.js. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

async function openView(browser: Browser, search: string, view: string): Promise<Page> {
  const t = await openTrackedPage(browser, baseUrl);
  await t.page.goto(`${baseUrl}?${search}`);
  const button = t.page.getByTestId(`${view}-print-chart`);
  await button.waitFor({ timeout: 60_000 });
  await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
  await t.page.locator(`[data-testid="${view}-card"] canvas`).first().waitFor({ timeout: 60_000 });
  // The print dialog is the browser's; here printing is what page.pdf() lays out.
  await t.page.evaluate(() => {
    window.print = () => undefined;
  });
  return t.page;
}

function save(name: string, bytes: Buffer) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, name), bytes);
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('print on A4', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  for (const view of ['ranking', 'trend', 'matrix'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`"print this chart" puts the ${view} (${lang}) on exactly one A4 page, with its source and no hints`, async () => {
        const search = `view=${view}&lang=${lang}`;
        const page = await openView(browser, search, view);
        const title = (await page.locator(`#${view}-title`).innerText()).trim();
        await page.getByTestId(`${view}-print-chart`).click();
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        save(`${view}-${lang}.pdf`, pdf);
        const pages = await pdfPages(pdf);
        expect(pages).toHaveLength(1);
        const text = squash(pages[0]!);
        expect(text).toContain(squash(title));
        expect(text).toContain(squash(lang === 'zh' ? '来源：' : 'Source:'));
        expect(text).not.toMatch(
          /点击地区名称|Clickaname|上传往年|uploadpastyears|comefromuploads|可通过上传|ontheDatatab/,
        );
        await page.close();
      });
    }
  }

  it('printing the matrix view: the chart whole on the first page, then a readable table', async () => {
    const page = await openView(browser, 'view=matrix', 'matrix');
    await page.getByTestId('matrix-table').waitFor({ timeout: 60_000 });
    const header = await page
      .getByTestId('matrix-table')
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').trim()).filter(Boolean));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    save('matrix-page.pdf', pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const first = squash(pages[0]!);
    expect(first).toContain('指标对比矩阵');
    expect(first).toContain(squash('来源：'));
    // The table starts on its own page, its column heads printed as text (sort buttons on screen).
    const rest = squash(pages.slice(1).join(''));
    for (const h of header) expect(squash(pages[1]!)).toContain(squash(h).replace(/[↕▲▼]/g, '').slice(0, 2));
    expect(rest).toContain(squash('无数据'));
    // A readable table: laid out at the A4 text width (182 mm ≈ 688 CSS px), the name column keeps
    // room for a few characters a line and no cell runs past the page.
    await page.setViewportSize({ width: 688, height: 1000 });
    const { nameWidth, overflow } = await page.getByTestId('matrix-table').evaluate((table) => ({
      nameWidth: Math.min(
        ...[...table.querySelectorAll('tbody th')].map((th) => th.getBoundingClientRect().width),
      ),
      overflow: table.getBoundingClientRect().right - document.documentElement.clientWidth,
    }));
    expect(nameWidth).toBeGreaterThan(90);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
