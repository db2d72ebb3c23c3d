import { refreshComparisons } from '../../src/queries/precomputed';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/staticServer';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { buildPublication, type Publication } from '../../src/published/buildPublication';
import type { DatasetManifest } from '../../src/published/manifest';
import { engineWith } from '../support/nodeEngine';
import { GBK_WIDE_FIXTURE } from '../import/fixtures/gbkWide';
import { launchChromium, openTrackedPage, saveScreenshot, type TrackedPage } from './browser';
import { INTRANET_HOST, SITE_PREFIX } from './site';

const distDir = inject('distDir');
const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A site with published datasets, as an administrator lays it out: the build, plus a `datasets/`
 * folder beside index.html. Each browser context is a fresh profile (a leader's PC: no IndexedDB).
 */
describe('published datasets: one dataset every reader sees', () => {
  let browser: Browser;
  let server: StaticServer;
  let site: string;
  let baseUrl: string;
  let older: Publication;
  let newer: Publication;
  const datasets = () => path.join(site, 'datasets');
  const writeManifest = (m: DatasetManifest) =>
    writeFileSync(path.join(datasets(), 'manifest.json'), JSON.stringify(m, null, 2));
  const writeFiles = (p: Publication) => {
    mkdirSync(datasets(), { recursive: true });
    for (const f of p.files) writeFileSync(path.join(datasets(), f.name), f.bytes);
  };

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'luzhi-site-'));
    const engine = await engineWith(readBundledTexts());
    try {
      older = await buildPublication(engine, {
        title: '2025年初版',
        comment: '',
        createdAt: '2026-01-15T08:00:00Z',
        previous: null,
      });
      await engine.query(
        "UPDATE observations SET value = 400 WHERE jurisdiction_id = 'jiaxing' AND year = 2022 AND indicator_id = 'proposals_filed'",
      );
      // Data changed by hand: the precomputed comparison is rebuilt as a commit would.
      await refreshComparisons(engine);
      newer = await buildPublication(engine, {
        title: '2025年修订',
        comment: '嘉兴2022年立案提案更正为400件',
        createdAt: '2026-03-02T08:00:00Z',
        previous: older.manifest,
      });
    } finally {
      await engine.close();
    }
    writeFiles(older);
    writeFiles(newer);
    // The site's own files first, the shared build behind them.
    server = await startStaticServer({ roots: [site, distDir], prefix: SITE_PREFIX });
    baseUrl = `http://${INTRANET_HOST}:${server.port}${SITE_PREFIX}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  const summary = async (page: Page) => {
    const s = page.getByTestId('ranking-summary');
    await s.waitFor({ timeout: 60_000 });
    return s;
  };
  const engineReady = (page: Page) =>
    expect.poll(() => page.getByTestId('engine-status').innerText(), { timeout: 60_000 }).toContain('已就绪');
  const finish = async (t: TrackedPage) => {
    expect(t.foreignRequests()).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    await t.context.close();
  };

  it('a fresh profile shows the current published version, says so, and draws it before the engine', async () => {
    writeManifest(newer.manifest);
    const t = await openTrackedPage(browser, baseUrl);
    await t.page.goto(`${baseUrl}?indicator=proposals_filed&year=2022`);
    await expect
      .poll(async () => (await summary(t.page)).innerText(), { timeout: 60_000 })
      .toMatch(/嘉兴400件居首/);
    await engineReady(t.page);
    expect(await (await summary(t.page)).innerText()).toMatch(/嘉兴400件居首/);
    const badge = t.page.getByTestId('data-source');
    expect(await badge.getAttribute('data-kind')).toBe('published');
    expect(await badge.innerText()).toMatch(/^已发布（2026.*3.*2/);
    // Its own first-view snapshot was used, and the file was fetched from datasets/ under the sub-path.
    expect(t.requests.some((r) => r.endsWith(`${SITE_PREFIX}datasets/${newer.version.snapshot}`))).toBe(true);
    expect(t.requests.some((r) => r.endsWith(`${SITE_PREFIX}datasets/${newer.version.file}`))).toBe(true);
    expect(await t.page.getByTestId('published-notice').count()).toBe(0);
    await saveScreenshot(t.page, 'published-current');
    await finish(t);
  });

  it('an embed pinned to an older published version renders that version in a fresh profile', async () => {
    // Made while the older version was current…
    writeManifest({ ...newer.manifest, current: older.version.id });
    const author = await openTrackedPage(browser, baseUrl);
    await author.page.goto(`${baseUrl}?indicator=proposals_filed&year=2022`);
    await engineReady(author.page);
    expect(await (await summary(author.page)).innerText()).toMatch(/嘉兴369件居首/);
    await author.page.getByTestId('ranking-embed').click();
    const code = author.page.getByTestId('embed-code');
    await expect.poll(() => code.inputValue(), { timeout: 30_000 }).toMatch(/^<iframe/);
    const src = /src="([^"]+)"/.exec(await code.inputValue())![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).searchParams.get('dv')).toBe(older.version.dataVersion);
    await finish(author);

    // …and opened after the newer one was published, by a reader who never saw the site.
    writeManifest(newer.manifest);
    const reader = await openTrackedPage(browser, baseUrl);
    await reader.page.goto(src);
    await reader.page.locator('[data-testid="embed-chart"] canvas').waitFor({ timeout: 60_000 });
    const text = await reader.page.getByTestId('embed').innerText();
    expect(text).toContain('嘉兴369件居首');
    expect(await reader.page.getByTestId('embed-notice').count()).toBe(0);
    await saveScreenshot(reader.page, 'published-embed-older');
    await finish(reader);
  });

  it('a manifest naming a missing file: says which file, shows the last good version, nothing half-loaded', async () => {
    writeManifest(newer.manifest);
    const missing = path.join(datasets(), newer.version.file);
    const kept = readFileSync(missing);
    unlinkSync(missing);
    try {
      const t = await openTrackedPage(browser, baseUrl);
      await t.page.goto(`${baseUrl}?indicator=proposals_filed&year=2022`);
      await engineReady(t.page);
      await expect
        .poll(async () => (await summary(t.page)).innerText(), { timeout: 60_000 })
        .toMatch(/嘉兴369件居首/);
      const notice = await t.page.getByTestId('published-notice').innerText();
      expect(notice).toContain(`datasets/${newer.version.file}`);
      expect(notice).toContain('文件不存在');
      expect(notice).toContain('较早发布的版本');
      expect(await t.page.getByTestId('data-source').innerText()).toContain('较早版本');
      await saveScreenshot(t.page, 'published-missing-file');
      await finish(t);
    } finally {
      writeFileSync(missing, kept);
    }
  });

  it('a malformed manifest: says so, naming it, and shows the bundled data', async () => {
    writeFileSync(path.join(datasets(), 'manifest.json'), '{"format": "luzhi-datasets-v1", "versions": [');
    try {
      const t = await openTrackedPage(browser, baseUrl);
      await t.page.goto(`${baseUrl}?indicator=proposals_filed&year=2022`);
      await engineReady(t.page);
      expect(await (await summary(t.page)).innerText()).toMatch(/嘉兴369件居首/);
      const notice = await t.page.getByTestId('published-notice').innerText();
      expect(notice).toContain('datasets/manifest.json');
      expect(notice).toContain('格式不正确');
      expect(await t.page.getByTestId('data-source').getAttribute('data-kind')).toBe('bundled');
      await finish(t);
    } finally {
      writeManifest(newer.manifest);
    }
  });

  it('an analyst’s commit is a draft; 发布 gives the archive that, copied into the site, every reader sees', async () => {
    writeManifest(newer.manifest);
    const analyst = await openTrackedPage(browser, baseUrl);
    const { page } = analyst;
    await page.goto(`${baseUrl}?view=data`);
    await page.locator('[data-testid="file-input"]:enabled').waitFor({ state: 'attached', timeout: 90_000 });
    await page.getByTestId('file-input').setInputFiles({
      name: 'a.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(path.join(ROOT, GBK_WIDE_FIXTURE)),
    });
    await page.getByTestId('preview-button').click();
    await page.getByTestId('commit-button').click();
    await page.getByTestId('commit-result').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('data-source').getAttribute('data-kind')).toBe('draft');
    expect(await page.getByTestId('data-source').innerText()).toBe('本地草稿');

    await page.getByTestId('publish-title').fill('2023年上传');
    const [download] = (await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByTestId('publish-button').click(),
    ])) as [Download, void];
    expect(download.suggestedFilename()).toMatch(/^luzhi-publish-[0-9a-f]{16}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const manifest = JSON.parse(new TextDecoder().decode(files['datasets/manifest.json'])) as DatasetManifest;
    expect(manifest.versions.map((v) => v.id)).toEqual([
      older.version.id,
      newer.version.id,
      manifest.current,
    ]);
    const added = manifest.versions[2]!;
    expect(added.title).toBe('2023年上传');
    expect(Object.keys(files).sort()).toEqual(
      [
        `datasets/${added.file}`,
        `datasets/${added.snapshot}`,
        'datasets/manifest.json',
        'README-发布说明.txt',
      ].sort(),
    );
    expect(new TextDecoder().decode(files['README-发布说明.txt'])).toContain('manifest.json');
    await expect
      .poll(() => page.getByTestId('publish-status').innerText())
      .toContain(download.suggestedFilename());
    await finish(analyst);

    // The administrator copies the archive's datasets/ into the site; a leader opens it.
    for (const [name, bytes] of Object.entries(files))
      if (name.startsWith('datasets/')) writeFileSync(path.join(site, name), bytes);
    const leader = await openTrackedPage(browser, baseUrl);
    await leader.page.goto(`${baseUrl}?indicator=proposals_filed&year=2023`);
    await engineReady(leader.page);
    await expect
      .poll(async () => (await summary(leader.page)).innerText(), { timeout: 60_000 })
      .toMatch(/嘉兴350件(（[^）]*）)?居首/);
    expect(await leader.page.getByTestId('data-source').getAttribute('data-kind')).toBe('published');
    await finish(leader);
  });
});
