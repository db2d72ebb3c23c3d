import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openTrackedPage, saveScreenshot, type TrackedPage } from './browser';
import { reportDocx } from '../support/reportDocx';
import { minimalPdf } from '../support/minimalPdf';

// Pages are addressed from `baseUrl` only: the harness may serve the app under a sub-path.
const baseUrl = inject('baseUrl');
const url = (query: string) => new URL(query, baseUrl).toString();

const QUOTE = '一年来，市政协共收到提案186件，立案150件，办复150件。';

async function openData(page: Page) {
  await page.goto(url('?view=data'));
  await page
    .locator('[data-testid="report-file-input"]:enabled')
    .waitFor({ state: 'attached', timeout: 90_000 });
}

function finish(t: TrackedPage) {
  expect(t.foreignRequests()).toEqual([]);
  expect(t.pageErrors).toEqual([]);
  return t.context.close();
}

describe('report import: a .docx work report → review → commit → ranked with its quotes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('drops a .docx, reviews from the keyboard, commits, and sees the figures ranked with their quotes', async () => {
    const docx = await reportDocx({
      title: '嵊州市政协2022年工作回顾',
      paragraphs: [QUOTE, '今年，我们将开展协商活动50次。'],
      table: [
        ['项目', '数量（次）'],
        ['各类协商活动', '42'],
      ],
    });
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    await t.page.getByTestId('report-file-input').setInputFiles({
      name: '嵊州政协2022.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    });
    const table = t.page.getByTestId('report-table');
    await table.waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('report-year').inputValue()).toBe('2022');
    expect(await t.page.getByTestId('report-jurisdiction').inputValue()).toBe('shengzhou');
    const rows = t.page.getByTestId('report-row');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(0).getByTestId('report-quote').innerText()).toBe(QUOTE);
    // the plan sentence is found but not ticked
    const planRow = rows.filter({ hasText: '50次' });
    expect(await planRow.getByTestId('report-accept').isChecked()).toBe(false);
    expect(await planRow.innerText()).toContain('计划，不是成果');
    await saveScreenshot(t.page, 'report-1-review');

    // Keyboard: from the first tick box, ↓ ↓ reaches 办复 (third row); Space unticks it.
    await rows.nth(0).getByTestId('report-accept').focus();
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('Space');
    expect(await rows.nth(2).getByTestId('report-accept').isChecked()).toBe(false);
    expect(await rows.nth(1).getByTestId('report-accept').isChecked()).toBe(true);

    // To the upload's check step and back: the review is kept as it was left.
    await t.page.getByTestId('report-to-preview').click();
    const summary = t.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await table.isVisible()).toBe(false);
    await t.page.getByTestId('start-over').click();
    await table.waitFor({ state: 'visible' });
    expect(await rows.nth(2).getByTestId('report-accept').isChecked()).toBe(false);
    await t.page.getByTestId('report-to-preview').click();
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toContain('3');
    await t.page.getByTestId('preview-button').click();
    await t.page.getByTestId('preview-totals').waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('preview-totals').innerText()).toContain('新增 3 项');
    await saveScreenshot(t.page, 'report-2-preview');
    await t.page.getByTestId('commit-button').click();
    await t.page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    // committed: the report flow starts afresh
    await t.page.getByTestId('report-paste').waitFor({ state: 'visible' });

    // Ranked among the bundled 2022 figures…
    await t.page.goto(url('?view=ranking&indicator=proposals_filed&year=2022'));
    const ranking = t.page.getByTestId('ranking-summary');
    await expect.poll(() => ranking.innerText(), { timeout: 90_000 }).toContain('嵊州');
    expect(await ranking.innerText()).toMatch(/嘉兴369件居首/);
    await saveScreenshot(t.page, 'report-3-ranking');

    // …and each figure keeps its sentence as the quote.
    await t.page.goto(url('?view=profile&jurisdiction=shengzhou'));
    const profile = t.page.getByTestId('profile-table');
    await profile.waitFor({ timeout: 90_000 });
    const filed = profile
      .locator('tbody tr')
      .filter({ has: t.page.locator('th', { hasText: /^立案提案$/u }) })
      .filter({ hasText: '2022' });
    await expect.poll(() => filed.innerText(), { timeout: 60_000 }).toContain(QUOTE);
    expect(await filed.innerText()).toMatch(/150件[\s\S]*第2名（共4个）/);
    const text = await profile.innerText();
    expect(text).toContain('各类协商活动数量42次。');
    // the row unticked in review was not committed
    expect(await profile.locator('tbody tr', { hasText: '办复提案' }).count()).toBe(0);
    await saveScreenshot(t.page, 'report-4-profile');
    await finish(t);
  });

  it('bad input gets a clear message and nothing is committed', async () => {
    const t = await openTrackedPage(browser, baseUrl);
    await openData(t.page);
    const message = t.page.getByTestId('report-message');
    await t.page.getByTestId('report-extract').click();
    expect(await message.innerText()).toContain('粘贴框或文件是空的');
    await t.page.getByTestId('report-file-input').setInputFiles({
      name: '报告.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    await expect.poll(() => message.innerText()).toContain('.docx');
    // A PDF whose pages carry no text (a scan) is read by pdf.js from this origin, then refused.
    await t.page.getByTestId('report-file-input').setInputFiles({
      name: '扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(minimalPdf([null, null, null])),
    });
    await expect.poll(() => message.innerText(), { timeout: 60_000 }).toContain('没有可读取的文字层');
    // A PDF with a text layer reaches the review (its text is not a report: said so).
    await t.page.getByTestId('report-file-input').setInputFiles({
      name: 'text.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(minimalPdf(['Annual review of the year: a PDF with a real text layer.'])),
    });
    await t.page.getByTestId('report-table').waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('report-import').innerText()).toContain('看起来不是工作报告');
    await t.page.getByTestId('report-start-over').click();
    // A long PDF shows page progress and can be cancelled midway; nothing is kept.
    await t.page.getByTestId('report-file-input').setInputFiles({
      name: 'long.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        minimalPdf(Array.from({ length: 3000 }, (_, i) => `Page ${i + 1}: annual review text.`)),
      ),
    });
    const progress = t.page.getByTestId('report-progress');
    await expect.poll(() => progress.innerText(), { timeout: 60_000 }).toMatch(/第 \d+\/3000 页/u);
    await t.page.getByTestId('report-cancel').click();
    await expect.poll(() => message.innerText()).toContain('已取消');
    expect(await t.page.getByTestId('report-table').count()).toBe(0);
    await t.page.getByTestId('report-paste').fill('市政协共收到提案84件。');
    await t.page.getByTestId('report-extract').click();
    await t.page.getByTestId('report-no-year').waitFor({ timeout: 60_000 });
    expect(await t.page.getByTestId('report-to-preview').isDisabled()).toBe(true);
    expect(await t.page.getByTestId('version-item').count()).toBe(0);
    await finish(t);
  });
});
