import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium, openTrackedPage, SCREENSHOT_DIR } from './browser';

const baseUrl = inject('baseUrl');
const OUT = path.resolve(SCREENSHOT_DIR, '..', 'briefing-layout');

const VIEWS = [
  { view: 'ranking', search: 'view=ranking' },
  { view: 'trend', search: 'view=trend' },
  { view: 'matrix', search: 'view=matrix' },
] as const;
const PRESET_IDS = ['slide16x9', 'slide4x3', 'a4', 'square'] as const;
const LANGS = ['zh', 'en'] as const;

interface TextBox {
  role: string | null;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Geometry {
  width: number;
  height: number;
  boxes: TextBox[];
}

/** Every text of an image preview, with its box in the image's own units, measured by the browser's fonts. */
async function previewGeometry(page: Page, index: number): Promise<Geometry> {
  const src = await page.getByTestId('image-preview').nth(index).getAttribute('src');
  return page.evaluate(async (url) => {
    const text = await (await fetch(url!)).text();
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;width:1600px';
    holder.innerHTML = text;
    document.body.append(holder);
    const svg = holder.querySelector('svg')!;
    const [, , vw, vh] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    svg.setAttribute('width', String(vw));
    svg.setAttribute('height', String(vh));
    const origin = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => {
        // Horizontally the drawn extent; vertically the em box around the line's centre (a CJK face's
        // line box is ~1.45 em tall, so stacked lines 1.2 em apart would "overlap" without touching).
        const r = t.getBoundingClientRect();
        const scale = t.getScreenCTM()?.a ?? 1;
        const em = parseFloat(getComputedStyle(t).fontSize) * (scale / (svg.getScreenCTM()?.a ?? 1));
        const middle = r.top - origin.top + r.height / 2;
        return {
          role: t.getAttribute('data-role'),
          text: t.textContent ?? '',
          x: r.left - origin.left,
          y: middle - em / 2,
          width: r.width,
          height: em,
        };
      });
    holder.remove();
    return { width: vw!, height: vh!, boxes };
  }, src);
}

/** Boxes overlap by more than `slack` px on both axes. */
function overlap(a: TextBox, b: TextBox, slack = 1): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > slack &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > slack
  );
}

async function openView(browser: Browser, search: string, viewport?: { width: number; height: number }) {
  const t = await openTrackedPage(browser, baseUrl, viewport ?? {});
  await t.page.goto(`${baseUrl}?${search}`);
  return t;
}

async function openImagePanel(page: Page, view: string) {
  const button = page.getByTestId(`${view}-export-image`);
  await button.waitFor({ timeout: 60_000 });
  await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
  await page.locator(`[data-testid="${view}-card"] canvas`).first().waitFor({ timeout: 60_000 });
  await button.click();
  await page.getByTestId('image-preview').first().waitFor({ timeout: 30_000 });
}

async function previewCount(page: Page, presetId: string): Promise<number> {
  const before = await page.getByTestId('image-preview').first().getAttribute('src');
  await page.getByTestId(`preset-${presetId}`).check();
  await expect
    .poll(() => page.getByTestId('image-preview').first().getAttribute('src'), { timeout: 30_000 })
    .not.toBe(before);
  return page.getByTestId('image-preview').count();
}

function save(name: string, bytes: Buffer | string) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, name), bytes);
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])) as [
    Download,
    void,
  ];
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function downloadNames(page: Page, count: number, click: () => Promise<void>): Promise<string[]> {
  const names: string[] = [];
  const all = new Promise<void>((resolve) => {
    const seen = (d: Download) => {
      names.push(d.suggestedFilename());
      if (names.length === count) {
        page.off('download', seen);
        resolve();
      }
    };
    page.on('download', seen);
  });
  await click();
  await all;
  return names;
}

describe('briefing images: laid out for the preset, every text whole and apart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  for (const { view, search } of VIEWS) {
    for (const lang of LANGS) {
      it(`${view} (${lang}): in every preset no text overlaps another, crosses the edge, or is cut`, async () => {
        const t = await openView(browser, `${search}${search ? '&' : ''}lang=${lang}`);
        const { page } = t;
        await openImagePanel(page, view);
        const fullSource = (await page
          .locator(`[data-testid="${view}-card"] .print-source p`)
          .first()
          .textContent())!;
        for (const presetId of PRESET_IDS) {
          const pages =
            presetId === 'slide16x9'
              ? await page.getByTestId('image-preview').count()
              : await previewCount(page, presetId);
          for (let i = 0; i < pages; i++) {
            const g = await previewGeometry(page, i);
            const where = `${view} ${lang} ${presetId} image ${i + 1}/${pages}`;
            for (const b of g.boxes) {
              expect(b.x, `${where}: "${b.text}" left edge`).toBeGreaterThanOrEqual(-0.5);
              expect(b.y, `${where}: "${b.text}" top edge`).toBeGreaterThanOrEqual(-0.5);
              expect(b.x + b.width, `${where}: "${b.text}" right edge`).toBeLessThanOrEqual(g.width + 0.5);
              expect(b.y + b.height, `${where}: "${b.text}" bottom edge`).toBeLessThanOrEqual(g.height + 0.5);
            }
            for (let a = 0; a < g.boxes.length; a++) {
              for (let b = a + 1; b < g.boxes.length; b++) {
                const [p, q] = [g.boxes[a]!, g.boxes[b]!];
                expect(overlap(p, q), `${where}: "${p.text}" overlaps "${q.text}"`).toBe(false);
              }
            }
            // The texts the image composes are whole: the source line reads as on the page, nothing ends in "…".
            const source = g.boxes.filter((b) => b.role === 'source').map((b) => b.text);
            const squash = (s: string) => s.replace(/\s+/g, '');
            expect(squash(source.join('')), `${where}: source`).toBe(squash(fullSource));
            for (const b of g.boxes.filter((x) => x.role && x.role !== 'summary')) {
              expect(b.text.endsWith('…') || b.text.endsWith('...'), `${where}: "${b.text}" cut`).toBe(false);
            }
            // No app hint travels into an image.
            const all = g.boxes.map((b) => b.text).join(' ');
            expect(all).not.toMatch(
              /点击地区名称|Click a name|上传往年|upload past years|come from uploads|可通过上传/,
            );
            if (view === 'matrix') {
              // Its colour legend, and rows tall enough for their 12 px names.
              expect(g.boxes.filter((b) => b.role === 'legend').length).toBeGreaterThanOrEqual(6);
            }
          }
          if (lang === 'en' && presetId === 'slide16x9') {
            const png = await downloadOf(page, () => page.getByTestId('download-png-2').click());
            save(`${view}-${lang}-${presetId}.png`, png.bytes);
          }
        }
        await t.context.close();
      });
    }
  }

  it('a 16:9 image made in a phone-width window is the desktop image', async () => {
    const texts = async (viewport?: { width: number; height: number }) => {
      const t = await openView(browser, 'view=matrix&lang=en', viewport);
      await openImagePanel(t.page, 'matrix');
      const n = await t.page.getByTestId('image-preview').count();
      const all: string[] = [];
      for (let i = 0; i < n; i++) all.push(...(await previewGeometry(t.page, i)).boxes.map((b) => b.text));
      await t.context.close();
      return all;
    };
    const desktop = await texts();
    const phone = await texts({ width: 375, height: 740 });
    expect(phone).toEqual(desktop);
    // The desktop layout writes values with their units; the phone layout's compact cells do not.
    expect(desktop.some((s) => /\d\s*(items|pieces|times|%)/.test(s))).toBe(true);
  });

  it('the matrix in 16:9 continues over images marked 续, each row readable', async () => {
    const t = await openView(browser, 'view=matrix');
    await openImagePanel(t.page, 'matrix');
    const n = await t.page.getByTestId('image-preview').count();
    expect(n).toBeGreaterThan(1);
    expect(await t.page.getByTestId('split-note').innerText()).toContain(`${n} 张图片`);
    const titles: string[] = [];
    for (let i = 0; i < n; i++) {
      const g = await previewGeometry(t.page, i);
      titles.push(
        g.boxes
          .filter((b) => b.role === 'title')
          .map((b) => b.text)
          .join(''),
      );
    }
    expect(titles[0]).toMatch(new RegExp(`（1/${n}）$`));
    expect(titles[n - 1]).toMatch(new RegExp(`（续，${n}/${n}）$`));
    // One file per image, numbered; the browser may report the downloads in any order.
    const names = await downloadNames(t.page, n, () => t.page.getByTestId('download-png-2').click());
    const numbered = names.map((name) => name.replace(/^.*-16x9-/, ''));
    expect(numbered.sort((a, b) => parseInt(a) - parseInt(b))).toEqual(
      Array.from({ length: n }, (_, i) => `${i + 1}-${n}.png`),
    );
    await t.context.close();
  });

  it('Word and PowerPoint files of the current chart hold the picture, alt text and editable texts', async () => {
    const t = await openView(browser, 'view=ranking&lang=zh');
    await openImagePanel(t.page, 'ranking');
    const summary = (await t.page.getByTestId('ranking-summary').innerText()).trim();
    for (const format of ['docx', 'pptx'] as const) {
      const file = await downloadOf(t.page, () => t.page.getByTestId(`download-${format}`).click());
      expect(file.name).toBe(`立案提案-2022-排名.${format}`);
      save(file.name, file.bytes);
      const parts = unzipSync(new Uint8Array(file.bytes));
      const xml = (p: string) => new TextDecoder().decode(parts[p]!);
      const main = format === 'docx' ? xml('word/document.xml') : xml('ppt/slides/slide1.xml');
      const media = Object.keys(parts).filter((p) => /\/media\/.+\.png$/.test(p));
      expect(media).toHaveLength(1);
      const png = Buffer.from(parts[media[0]!]!);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.indexOf('pHYs')).toBeGreaterThan(0);
      expect(main).toContain(`descr="${summary}"`);
      for (const s of ['2022年立案提案排名', '来源：', '数据版本：']) expect(main).toContain(s);
    }
    await t.context.close();
  });
  it('embed: shows data version and date, lists every source on demand, sizes its iframe to its content, carries a still image', async () => {
    const t = await openView(browser, 'view=ranking&lang=zh');
    const { page } = t;
    const button = page.getByTestId('ranking-embed');
    await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
    await button.click();
    const codeBox = page.getByTestId('embed-code');
    await expect.poll(() => codeBox.inputValue(), { timeout: 60_000 }).toContain('data:image/png;base64,');
    const code = await codeBox.inputValue();
    expect(code).toMatch(/^<iframe [^>]*><a href="[^"]+"><img src="data:image\/png;base64,/);
    expect(code).toContain('<script>');
    const host = `${new URL(baseUrl).origin}/embed-autoheight-host.html`;
    await t.context.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><body style="margin:16px"><div id="box" style="width:820px">${code}</div><p id="after">after</p></body>`,
      }),
    );
    const hostPage = await t.context.newPage();
    await hostPage.goto(host);
    const frame = hostPage.frameLocator('iframe');
    await frame.locator('[data-testid="embed-chart"] canvas').waitFor({ timeout: 60_000 });
    expect(await frame.getByTestId('embed-version').innerText()).toMatch(
      new RegExp(`数据版本：.+ · 固定于 \\d{4}-\\d\\d-\\d\\d`),
    );
    await frame.getByTestId('embed-all-sources').locator('summary').click();
    expect(await frame.getByTestId('embed-all-sources').locator('li').count()).toBeGreaterThan(0);
    // The iframe follows its content: no inner scroll, no empty band, also after the host narrows it.
    const fit = () =>
      hostPage.evaluate(() => {
        const f = document.querySelector('iframe')!;
        const inner = f.contentDocument!.documentElement.scrollHeight;
        return Math.abs(f.getBoundingClientRect().height - inner);
      });
    await expect.poll(fit, { timeout: 30_000 }).toBeLessThanOrEqual(2);
    const wideHeight = await hostPage.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    await hostPage.evaluate(() => {
      document.getElementById('box')!.style.width = '320px';
    });
    await expect
      .poll(() => hostPage.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), {
        timeout: 30_000,
      })
      .not.toBe(wideHeight);
    await expect.poll(fit, { timeout: 30_000 }).toBeLessThanOrEqual(2);
    await t.context.close();
  });
  it('briefing pack: ranking and matrix ticked into one PowerPoint and one Word file, a chart per slide/page', async () => {
    const t = await openView(browser, 'view=ranking&lang=zh');
    const { page } = t;
    const add = page.getByTestId('ranking-pack-add');
    await expect.poll(() => add.isEnabled(), { timeout: 60_000 }).toBe(true);
    await page.locator('[data-testid="ranking-card"] canvas').first().waitFor({ timeout: 60_000 });
    await add.click();
    await expect.poll(() => add.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('tab-matrix').click();
    const addMatrix = page.getByTestId('matrix-pack-add');
    await expect.poll(() => addMatrix.isEnabled(), { timeout: 60_000 }).toBe(true);
    await page.locator('[data-testid="matrix-card"] canvas').first().waitFor({ timeout: 60_000 });
    await addMatrix.click();
    await page.getByTestId('matrix-pack-open').click();
    expect(await page.getByTestId('pack-tick').count()).toBe(2);
    const pptx = await downloadOf(page, () => page.getByTestId('pack-pptx').click());
    expect(pptx.name).toMatch(/^简报包-\d{4}-\d{2}-\d{2}\.pptx$/);
    const slides = Object.keys(unzipSync(new Uint8Array(pptx.bytes))).filter((p) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(p),
    );
    const parts = unzipSync(new Uint8Array(pptx.bytes));
    const text = slides.map((p) => new TextDecoder().decode(parts[p]!)).join('\n');
    expect(text).toContain('2022年立案提案排名');
    expect(text).toContain('多指标对比矩阵');
    // The matrix continues over slides marked 续; the ranking takes one.
    expect(slides.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('（续，');
    save(pptx.name, pptx.bytes);
    // Unticked charts stay out.
    await page.getByTestId('pack-tick').first().uncheck();
    const docx = await downloadOf(page, () => page.getByTestId('pack-docx').click());
    const doc = new TextDecoder().decode(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!);
    expect(doc).not.toContain('2022年立案提案排名');
    expect(doc).toContain('多指标对比矩阵');
    save(docx.name, docx.bytes);
    await t.context.close();
  });
});
