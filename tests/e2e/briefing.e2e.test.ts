import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import {
  launchChromium,
  openTrackedPage,
  saveScreenshot,
  SCREENSHOT_DIR,
  waitForRanking,
  type TrackedPage,
} from './browser';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(SCREENSHOT_DIR, '..', 'briefing');

const PRESETS = [
  { id: 'slide16x9', width: 1920, height: 1080, token: '16x9' },
  { id: 'slide4x3', width: 1600, height: 1200, token: '4x3' },
  { id: 'a4', width: 1240, height: 1754, token: 'A4' },
  { id: 'square', width: 1080, height: 1080, token: '1x1' },
] as const;

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])) as [
    Download,
    void,
  ];
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** Share of pixels that are not (near) white, decoded by the browser itself. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = Math.round((480 * img.naturalHeight) / img.naturalWidth);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

async function openRanking(
  browser: Browser,
  search = '',
  options: Parameters<typeof openTrackedPage>[2] = {},
) {
  const t = await openTrackedPage(browser, baseUrl, options);
  // The app lands on the overview; these tests are about the ranking's card.
  await t.page.goto(
    baseUrl + (search.includes('view=') ? search : `?view=ranking${search.replace(/^\?/, '&')}`),
  );
  await waitForRanking(t.page);
  await t.page.getByTestId('ranking-export-image').waitFor();
  await expect
    .poll(() => t.page.getByTestId('ranking-export-image').isEnabled(), { timeout: 60_000 })
    .toBe(true);
  return t;
}

function save(name: string, bytes: Buffer | string) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, name), bytes);
}

async function embedSrc(t: TrackedPage): Promise<{ code: string; src: string }> {
  await t.page.getByTestId('ranking-embed').click();
  const code = t.page.getByTestId('embed-code');
  await expect.poll(() => code.inputValue(), { timeout: 30_000 }).toMatch(/^<iframe/);
  const value = await code.inputValue();
  const src = /src="([^"]+)"/.exec(value)![1]!.replace(/&amp;/g, '&');
  return { code: value, src };
}

describe('briefings: images, data, links, embeds, HTML and print', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('downloads PNG (2×, 3×) and SVG for every preset, with title, source, version and date, never blank', async () => {
    const t = await openRanking(browser);
    const { page } = t;
    await page.getByTestId('ranking-export-image').click();
    await page.getByTestId('image-preview').waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'briefing-image-panel');
    for (const preset of PRESETS) {
      await page.getByTestId(`preset-${preset.id}`).check();
      for (const ratio of [2, 3] as const) {
        const png = await downloadOf(page, () => page.getByTestId(`download-png-${ratio}`).click());
        expect(png.name).toBe(`立案提案-2022-排名-${preset.token}${ratio === 3 ? '-3x' : ''}.png`);
        expect(pngSize(png.bytes)).toEqual({ width: preset.width * ratio, height: preset.height * ratio });
        const ink = await inkShare(page, png.bytes);
        expect(ink).toBeGreaterThan(0.02);
        expect(ink).toBeLessThan(0.6);
        if (ratio === 2) save(`export-${preset.id}.png`, png.bytes);
      }
      const svg = await downloadOf(page, () => page.getByTestId('download-svg').click());
      expect(svg.name).toBe(`立案提案-2022-排名-${preset.token}.svg`);
      const text = svg.bytes.toString('utf8');
      expect(text).toMatch(new RegExp(`<svg [^>]*width="${preset.width}" height="${preset.height}"`));
      for (const part of [
        '2022年立案提案排名',
        '来源：',
        '嘉兴市政协',
        '数据版本：',
        '导出日期：',
        '嘉兴369件居首',
      ]) {
        expect(text).toContain(part);
      }
      save(`export-${preset.id}.svg`, text);
    }
    // Without the summary the image still carries title and source.
    await page.getByTestId('include-summary').uncheck();
    const bare = await downloadOf(page, () => page.getByTestId('download-svg').click());
    expect(bare.bytes.toString('utf8')).not.toContain('嘉兴369件居首');
    expect(bare.bytes.toString('utf8')).toContain('来源：');
    expect(t.foreignRequests()).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  });

  it('shows the exported images as they will look in a document', async () => {
    const t = await openTrackedPage(browser, baseUrl, { width: 1400, height: 1000 });
    for (const preset of PRESETS) {
      const b64 = readFileSync(path.join(OUT, `export-${preset.id}.png`)).toString('base64');
      await t.page.setContent(
        `<body style="margin:0;background:#888"><img style="display:block;width:100%" src="data:image/png;base64,${b64}"></body>`,
      );
      await saveScreenshot(t.page, `briefing-export-${preset.id}`);
    }
    await t.context.close();
  });

  it('copies the image where the clipboard allows it (https), and says so clearly on plain http', async () => {
    // The async clipboard needs a secure context: this one browser treats the test origin as https.
    const secureBrowser = await launchChromium({ secureOrigin: new URL(baseUrl).origin });
    try {
      const allowed = await openRanking(secureBrowser);
      expect(await allowed.page.evaluate(() => window.isSecureContext)).toBe(true);
      await allowed.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl).origin,
      });
      await allowed.page.getByTestId('ranking-export-image').click();
      await allowed.page.getByTestId('copy-image').click();
      await expect
        .poll(() => allowed.page.getByTestId('export-status').innerText(), { timeout: 30_000 })
        .toContain('图片已复制');
      const types = await allowed.page.evaluate(async () =>
        (await navigator.clipboard.read()).flatMap((i) => i.types),
      );
      expect(types).toContain('image/png');
      await allowed.context.close();
    } finally {
      await secureBrowser.close();
    }

    // The deployment as it is: plain http, no async clipboard at all.
    const denied = await openRanking(browser);
    expect(await denied.page.evaluate(() => window.isSecureContext)).toBe(false);
    await denied.page.getByTestId('ranking-export-image').click();
    await denied.page.getByTestId('copy-image').click();
    await expect.poll(() => denied.page.getByTestId('export-status').innerText()).toContain('请点“下载 PNG”');
    await denied.context.close();
  });

  it('fits the export dialogs on a 375 px phone', async () => {
    const t = await openRanking(browser, '', { width: 375, height: 760, deviceScaleFactor: 2 });
    await t.page.getByTestId('ranking-export-image').click();
    await t.page.getByTestId('image-preview').waitFor({ timeout: 30_000 });
    const dialog = (await t.page.getByTestId('image-panel').boundingBox())!;
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(375);
    await saveScreenshot(t.page, 'briefing-image-dialog-375');
    await t.page.getByTestId('image-panel-close').click();
    await t.page.getByTestId('ranking-embed').click();
    await expect
      .poll(() => t.page.getByTestId('embed-code').inputValue(), { timeout: 30_000 })
      .toMatch(/^<iframe/);
    await saveScreenshot(t.page, 'briefing-embed-dialog-375');
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });

  it('downloads the chart’s data as Excel-ready CSV (BOM, chart’s shape, missing left empty)', async () => {
    const t = await openRanking(browser);
    const csv = await downloadOf(t.page, () => t.page.getByTestId('ranking-export-csv').click());
    expect(csv.name).toBe('立案提案-2022-排名-data.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1).trimEnd(), {
      newline: '\r\n',
    }).data;
    expect(rows[0]!.slice(0, 6)).toEqual(['名次', '地区', '层级与机构', '年份', '数值', '限定']);
    expect(rows[1]!.slice(0, 5)).toEqual(['1', '嘉兴', '地级市政协常委会', '2022', '369']);
    const missing = rows.find((r) => r[5] === '无数据');
    expect(missing?.[4]).toBe('');
    await t.context.close();
  });

  it('gives the current state’s link with a copy button, and a selectable field when copying is denied', async () => {
    const t = await openRanking(browser, '?indicator=proposals_filed&year=2022&lang=zh');
    await t.page.getByTestId('ranking-share').click();
    expect(await t.page.getByTestId('share-url').inputValue()).toBe(t.page.url());
    await t.page.getByTestId('copy-link').click();
    await expect.poll(() => t.page.getByTestId('share-status').innerText()).toMatch(/链接已复制|Ctrl\+C/);
    await saveScreenshot(t.page, 'briefing-share');
    await t.context.close();
  });

  it('embeds in an iframe: chart, title, source and link back, following the iframe’s width', async () => {
    const t = await openRanking(browser);
    const { code, src } = await embedSrc(t);
    expect(await t.page.getByTestId('embed-upload-note').innerText()).toContain('上传的数据只保存在');
    await saveScreenshot(t.page, 'briefing-embed-dialog');
    expect(new URL(src).origin).toBe(new URL(baseUrl).origin);

    const host = `${new URL(baseUrl).origin}/briefing-embed-host.html`;
    await t.context.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><body style="margin:16px;background:#eef0f3;font-family:sans-serif"><h3>内网页面 · Intranet page</h3><div id="box" style="width:820px;background:#fff">${code}</div></body>`,
      }),
    );
    const page = await t.context.newPage();
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="embed-chart"] canvas').waitFor({ timeout: 60_000 });
    expect(await frame.locator('#embed-title').innerText()).toBe('2022年立案提案排名');
    expect(await frame.getByTestId('embed-source').innerText()).toContain('来源：');
    expect(await frame.getByTestId('embed-back').getAttribute('href')).toMatch(
      /^\.\/\?.*indicator=proposals_filed/,
    );
    expect(await frame.getByTestId('embed-notice').count()).toBe(0);
    // The link back and the source stay inside the iframe at the suggested height.
    const linkInside = async () => {
      const frameBox = (await page.locator('iframe').boundingBox())!;
      const link = (await frame.getByTestId('embed-back').boundingBox())!;
      return link.y + link.height <= frameBox.y + frameBox.height;
    };
    expect(await linkInside()).toBe(true);
    await saveScreenshot(page, 'briefing-embed-820');
    const canvasWidth = () =>
      frame
        .locator('[data-testid="embed-chart"] canvas')
        .first()
        .evaluate((c) => c.clientWidth);
    const wide = await canvasWidth();
    await page.evaluate(() => {
      document.getElementById('box')!.style.width = '380px';
    });
    await expect.poll(canvasWidth).toBeLessThan(380);
    expect(wide).toBeGreaterThan(700);
    expect(await linkInside()).toBe(true);
    await saveScreenshot(page, 'briefing-embed-380');
    expect(t.foreignRequests()).toEqual([]);
    await t.context.close();
  });

  it.each([
    {
      name: 'newer data: same rows, other data version → discreet notice',
      edit: (u: URL) => u.searchParams.set('dv', 'olderversion1'),
      expectChart: true,
      text: '站点数据此后已有更新',
    },
    {
      name: 'pinned rows not in this browser → says so, shows no chart',
      edit: (u: URL) => u.searchParams.set('pin', '0000000000000000'),
      expectChart: false,
      text: '“2022年立案提案排名”固定的数据版本',
    },
    {
      name: 'malformed parameter → says which, shows no chart',
      edit: (u: URL) => u.searchParams.set('indicator', '<img src=x onerror=alert(1)>'),
      expectChart: false,
      text: 'indicator=<img src=x onerror=alert(1)>',
    },
    {
      name: 'missing pin → says so, shows no chart',
      edit: (u: URL) => u.searchParams.delete('pin'),
      expectChart: false,
      text: '嵌入链接不完整',
    },
  ])('embed pin: $name', async ({ edit, expectChart, text }) => {
    const t = await openRanking(browser);
    const { src } = await embedSrc(t);
    const url = new URL(src);
    edit(url);
    const page = await t.context.newPage();
    await page.goto(url.href);
    const shown = page.locator(
      expectChart ? '[data-testid="embed-notice"]' : '[data-testid="embed-message"]',
    );
    await shown.waitFor({ timeout: 60_000 });
    expect(await shown.innerText()).toContain(text);
    expect(await page.locator('[data-testid="embed-chart"] canvas').count()).toBe(expectChart ? 1 : 0);
    expect(t.dialogs).toEqual([]);
    await saveScreenshot(
      page,
      `briefing-embed-${expectChart ? 'notice' : 'message'}-${url.searchParams.get('pin') ?? 'nopin'}`,
    );
    await t.context.close();
  });

  it('self-contained HTML opens from file:// with no request, showing chart, summary, source and data table', async () => {
    const t = await openRanking(browser);
    await t.page.getByTestId('ranking-embed').click();
    const html = await downloadOf(t.page, () => t.page.getByTestId('download-html').click());
    expect(html.name).toBe('立案提案-2022-排名.html');
    save('export.html', html.bytes);
    await t.context.close();

    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const fileUrl = `file://${path.join(OUT, 'export.html')}`;
    await page.goto(fileUrl);
    expect(await page.locator('h1').innerText()).toBe('2022年立案提案排名');
    expect(await page.locator('.summary').innerText()).toContain('嘉兴369件居首');
    expect(await page.locator('.source').innerText()).toContain('嘉兴市政协');
    expect(await page.locator('figure svg text').count()).toBeGreaterThan(5);
    expect(await page.locator('table tbody tr').count()).toBe(5);
    expect(await page.locator('script').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'briefing-html-file.png'), fullPage: true });
    expect(requests).toEqual([fileUrl]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a clean A4 page: no controls, chart, summary, source', async () => {
    const t = await openRanking(browser);
    await t.page.emulateMedia({ media: 'print' });
    for (const hidden of ['.controls', '.view-tabs', '.export-actions', '.header-tools']) {
      const el = t.page.locator(hidden).first();
      if ((await el.count()) > 0) expect(await el.isVisible()).toBe(false);
    }
    expect(await t.page.locator('.print-source').first().innerText()).toContain('来源：');
    expect(await t.page.getByTestId('ranking-summary').isVisible()).toBe(true);
    await saveScreenshot(t.page, 'briefing-print');
    const pdf = await t.page.pdf({ format: 'A4', printBackground: true });
    save('print.pdf', pdf);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await t.context.close();
  });
});

/** Data whose texts are attacks: an indicator name, a report file name and a quote. */
const HOSTILE = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'javascript link', text: '<a href="javascript:alert(1)">x</a>' },
  { name: 'formula', text: "=cmd|' /C calc'!A0" },
];

describe.each(HOSTILE)('hostile text ($name) stays text in every export', ({ text }) => {
  let browser: Browser;
  let t: TrackedPage;
  beforeAll(async () => {
    browser = await launchChromium();
    t = await openTrackedPage(browser, baseUrl);
    const rewrite = (csvText: string, edit: (row: Record<string, string>) => void) => {
      const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
      parsed.data.forEach(edit);
      return Papa.unparse(parsed.data, { columns: parsed.meta.fields!, newline: '\n' }) + '\n';
    };
    await t.context.route(/\/assets\/indicators-[^/]*\.csv$/, async (route) => {
      const body = await (await route.fetch()).text();
      await route.fulfill({
        contentType: 'text/csv',
        body: rewrite(body, (r) => {
          if (r.id === 'proposals_filed') r.name_zh = `立案提案${text}`;
        }),
      });
    });
    await t.context.route(/\/assets\/observations-[^/]*\.csv$/, async (route) => {
      const body = await (await route.fetch()).text();
      await route.fulfill({
        contentType: 'text/csv',
        body: rewrite(body, (r) => {
          if (r.indicator_id === 'proposals_filed' && r.jurisdiction_id === 'wuxing') {
            r.source_file = `${text}.csv`;
            r.quote = text;
          }
        }),
      });
    });
    await t.page.goto(`${baseUrl}?view=ranking`);
    await waitForRanking(t.page);
    await t.page.waitForFunction(
      (title) =>
        document.querySelector('#ranking-title')?.textContent?.includes(title) &&
        !document.querySelector<HTMLButtonElement>('[data-testid="ranking-export-image"]')?.disabled,
      text,
      { timeout: 60_000 },
    );
  });
  afterAll(async () => {
    await t?.context.close();
    await browser?.close();
  });

  it('SVG image: shown escaped, no element or handler from the text; file name safe', async () => {
    await t.page.getByTestId('ranking-export-image').click();
    const svg = await downloadOf(t.page, () => t.page.getByTestId('download-svg').click());
    expect(svg.name).not.toMatch(/[<>:"/\\|?*]/);
    const body = svg.bytes.toString('utf8');
    expect(body).not.toContain(text.includes('<') ? text : '\u0000');
    expect(body).toContain(
      text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
    );
    // Parsed as an image document, the SVG holds no script and no link.
    const counts = await t.page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        scripts: doc.querySelectorAll('script, a, foreignObject').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, body);
    expect(counts).toMatchObject({ error: false, scripts: 0 });
    expect(counts.text).toContain(text);
    const png = await downloadOf(t.page, () => t.page.getByTestId('download-png-2').click());
    expect(await inkShare(t.page, png.bytes)).toBeGreaterThan(0.02);
    await t.page.getByTestId('image-panel-close').click();
  });

  it('CSV: formula-like cells start with an apostrophe', async () => {
    const csv = await downloadOf(t.page, () => t.page.getByTestId('ranking-export-csv').click());
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1).trimEnd(), {
      newline: '\r\n',
    }).data;
    const wuxing = rows.find((r) => r[1] === '吴兴')!;
    expect(wuxing[rows[0]!.indexOf('原文')]).toBe(text.startsWith('=') ? `'${text}` : text);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('self-contained HTML and embed: the text is visible as text and nothing runs', async () => {
    await t.page.getByTestId('ranking-embed').click();
    const html = await downloadOf(t.page, () => t.page.getByTestId('download-html').click());
    const file = path.join(OUT, `hostile-${HOSTILE.findIndex((h) => h.text === text)}.html`);
    save(path.basename(file), html.bytes);
    // Its own context: the tracked one blocks every URL outside the app's origin, file:// included.
    const offline = await browser.newContext();
    const page = await offline.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${file}`);
    expect(await page.locator('h1').innerText()).toContain(text);
    expect(await page.locator('script, a[href]').count()).toBe(0);
    expect(await page.locator('table').innerText()).toContain(text);
    expect(dialogs).toEqual([]);
    await offline.close();

    const code = t.page.getByTestId('embed-code');
    await expect.poll(() => code.inputValue(), { timeout: 30_000 }).toMatch(/^<iframe/);
    const src = /src="([^"]+)"/.exec(await code.inputValue())![1]!.replace(/&amp;/g, '&');
    const embed = await t.context.newPage();
    await embed.goto(src);
    await embed.locator('#embed-title').waitFor({ timeout: 60_000 });
    expect(await embed.locator('#embed-title').innerText()).toContain(text);
    expect(await embed.locator('.embed script, .embed a[href^="javascript"]').count()).toBe(0);
    await embed.close();
    expect(t.dialogs).toEqual([]);
    expect(t.foreignRequests()).toEqual([]);
  });
});
