// `npm run bench`: builds the production bundle into bench/tmp/dist, serves it as the intranet does
// (the plain static server, plain http, a host name, under the sub-path: http://intranet.test:PORT/zx/luzhi/),
// drives it in headless Chromium and writes bench/results.json and bench/results.md. `--only` runs
// one part (see options.ts). Exits non-zero only when a run fails; it asserts no time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browser';
import { INTRANET_HOST, SITE_PREFIX } from '../../tests/e2e/site';
import { startStaticServer } from '../staticServer';
import { fileSizes } from './fileSizes';
import { parseBenchArgs, type BenchOptions } from './options';
import { interact, optionValues, watchFirstChart, type Interaction } from './pageProbes';
import { renderMarkdown, withBenchSection, type BenchResults } from './report';
import { summarize, type Summary } from './stats';
import type { BenchPageApi } from './page/main';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'bench');
const DIST = path.join(OUT, 'tmp/dist');

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const INTERACTIONS_PER_KIND = Number(process.env.BENCH_INTERACTIONS ?? 20);
const RUNS_1M = Number(process.env.BENCH_1M_RUNS ?? 2);
const DEFAULT_IMPORT_SIZES: { rows: number; runs: number }[] = [
  { rows: 10_000, runs: 5 },
  { rows: 100_000, runs: 3 },
  { rows: 1_000_000, runs: RUNS_1M },
];
const importSizes = (options: BenchOptions) =>
  options.importRows?.map((rows) => ({
    rows,
    runs: rows >= 1_000_000 ? RUNS_1M : rows >= 100_000 ? 3 : 5,
  })) ?? DEFAULT_IMPORT_SIZES;
const LARGE_DATASET_ROWS = 1_000_000;
const INTERACTION_TIMEOUT_MS = 60_000;

declare global {
  interface Window {
    bench: BenchPageApi;
  }
}

const log = (msg: string) => console.log(`[bench] ${msg}`);

// tsx compiles this script with esbuild's keepNames, which wraps nested functions in `__name(…)`;
// functions handed to the page as source text need that helper there too.
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

async function newContext(browser: Browser, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addInitScript(KEEP_NAMES_SHIM);
  return context;
}

/**
 * BENCH_PROFILE=/tmp/p: the 1M-row interactions are recorded as CPU profiles, one per kind
 * (/tmp/p-indicator.cpuprofile, …; open them in Chromium's DevTools), on an unminified build so the
 * functions keep their names. The times of such a run are not comparable: profiling slows the page.
 */
const PROFILE_PREFIX = process.env.BENCH_PROFILE ?? '';

async function buildAll() {
  log('building the app into bench/tmp/dist');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST, emptyOutDir: true, minify: PROFILE_PREFIX ? false : undefined },
  });
  log('building the import benchmark page into bench/tmp/dist/bench');
  await build({
    root: path.join(ROOT, 'scripts/bench/page'),
    configFile: false,
    base: './',
    // react-query's "use client" directives are reported once per file and mean nothing here.
    logLevel: 'error',
    worker: { format: 'es' },
    build: {
      outDir: path.join(DIST, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
    },
  });
}

interface RequestRecord {
  url: string;
  /** Epoch milliseconds when the response had fully arrived. */
  endEpochMs: number;
}

/** One cold load in a fresh context (empty cache, empty storage). */
async function coldLoadRun(browser: Browser, baseUrl: string) {
  const context = await newContext(browser);
  const requests: RequestRecord[] = [];
  context.on('requestfinished', (req) => {
    const t = req.timing();
    requests.push({ url: req.url(), endEpochMs: t.startTime + t.responseEnd });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(watchFirstChart);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  const sampleHeap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    peakHeap = Math.max(peakHeap, used);
  };
  const sampler = setInterval(() => void sampleHeap().catch(() => {}), 100);
  try {
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__firstChartMs !== undefined, null, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('luzhi:engine-ready').length > 0, null, {
      timeout: 120_000,
    });
    await sampleHeap();
    const timings = await page.evaluate(() => {
      const mark = (n: string) => performance.getEntriesByName(n)[0] as PerformanceMark | undefined;
      return {
        timeOrigin: performance.timeOrigin,
        firstChartMs: window.__firstChartMs!,
        firstResultMs: mark('luzhi:first-result')?.startTime ?? null,
        firstResultSource:
          (mark('luzhi:first-result')?.detail as { source?: string } | undefined)?.source ?? null,
        engineReadyMs: mark('luzhi:engine-ready')!.startTime,
        firstLiveResultMs: mark('luzhi:first-live-result')?.startTime ?? null,
        paintDone: ((m) => (m ? { startTime: m.startTime, detail: m.detail as { reason?: string } } : null))(
          mark('luzhi:first-paint-done'),
        ),
      };
    });
    // Everything the page and its workers asked for has arrived by now (wasm included).
    await page.waitForTimeout(200);
    // The probe notices the chart a frame or more after it was painted; on a quiet machine the chunks
    // the page asks for right after the paint (engine, chart actions) arrive inside that frame. When the
    // app's own mark says the first chart was painted, that moment is the cut: a file that arrived after
    // it could not have held the chart back. Otherwise (gate opened by its fallback) the probe's time.
    const { paintDone } = timings;
    const paintedMs =
      paintDone?.detail?.reason === 'painted'
        ? Math.min(paintDone.startTime, timings.firstChartMs)
        : timings.firstChartMs;
    const firstChartEpoch = timings.timeOrigin + paintedMs;
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      ...timings,
      peakHeapBytes: peakHeap,
      beforeFirstChart: requests.filter((r) => r.endEpochMs <= firstChartEpoch).map((r) => r.url),
      all: requests.map((r) => r.url),
    };
  } finally {
    clearInterval(sampler);
    await context.close();
  }
}

type InteractionKind = 'indicator' | 'year' | 'view';

/** The interactions start on the ranking: the landing overview has no indicator or year selector. */
const rankingUrl = (baseUrl: string) => new URL('?view=ranking', baseUrl).href;

let profileCdp: import('playwright-core').CDPSession | null = null;
let profiling = '';
async function profileKind(kind: string) {
  if (!profileCdp) return;
  if (profiling) {
    const { profile } = await profileCdp.send('Profiler.stop');
    writeFileSync(`${PROFILE_PREFIX}-${profiling}.cpuprofile`, JSON.stringify(profile));
  }
  profiling = kind;
  if (kind) await profileCdp.send('Profiler.start');
}
/** Drives the real controls; returns latency samples per kind. */
async function interactions(
  page: import('playwright-core').Page,
  plan: { indicators: string[]; yearIndicator: string; count: number },
) {
  const samples: Record<InteractionKind, number[]> = { indicator: [], year: [], view: [] };
  const failures: string[] = [];
  let stalled = false;
  const run = async (kind: InteractionKind, action: Interaction) => {
    // A view that blocks the page's thread never lets the in-page timeout fire: give up from here,
    // and skip the rest of this page's interactions (the page is unusable until it recovers).
    if (stalled) return;
    if (profiling !== kind) await profileKind(kind);
    let timer: NodeJS.Timeout | undefined;
    const ms = await Promise.race([
      page.evaluate(interact, action),
      new Promise<'stalled'>((resolve) => {
        timer = setTimeout(() => resolve('stalled'), INTERACTION_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    if (ms === 'stalled') {
      stalled = true;
      failures.push(
        `${kind}: ${JSON.stringify(action)} blocked the page for over ${INTERACTION_TIMEOUT_MS / 1000} s`,
      );
      return;
    }
    if (process.env.BENCH_VERBOSE)
      log(`${kind} ${JSON.stringify(action)}: ${ms === null ? 'did not settle' : ms.toFixed(1)}`);
    if (ms === null) failures.push(`${kind}: ${JSON.stringify(action)} did not settle`);
    else samples[kind].push(ms);
  };
  // Indicator: cycle through indicators on the ranking view.
  for (let i = 0; i < plan.count; i++) {
    await run('indicator', {
      kind: 'select',
      testId: 'indicator-select',
      value: plan.indicators[(i + 1) % plan.indicators.length]!,
    });
  }
  if (stalled) return { samples, failures };
  // Year: on an indicator with at least two years, alternate between them.
  await page.evaluate(interact, {
    kind: 'select',
    testId: 'indicator-select',
    value: plan.yearIndicator,
  } as Interaction);
  const years = (await page.evaluate(optionValues, 'year-select')).filter((y) => y !== '');
  if (years.length >= 2) {
    for (let i = 0; i < plan.count; i++) {
      const current = await page.getByTestId('year-select').inputValue();
      const next = years.find((y) => y !== current) ?? years[0]!;
      await run('year', { kind: 'select', testId: 'year-select', value: next });
    }
  } else failures.push(`year: ${plan.yearIndicator} has fewer than two years`);
  if (stalled) return { samples, failures };
  // View: ranking → trend → matrix → profile → ranking …
  const views = ['trend', 'matrix', 'profile', 'ranking'];
  for (let i = 0; i < plan.count; i++) {
    await run('view', { kind: 'click', testId: `tab-${views[i % views.length]}` });
  }
  await profileKind('');
  return { samples, failures };
}

async function bundledInteractions(browser: Browser, baseUrl: string, blockSnapshot: boolean) {
  const context = await newContext(browser);
  if (blockSnapshot) await context.route(/query-snapshot-[^/]*\.json$/, (r) => r.abort());
  const page = await context.newPage();
  try {
    await page.goto(rankingUrl(baseUrl));
    await page.waitForFunction(() => performance.getEntriesByName('luzhi:engine-ready').length > 0, null, {
      timeout: 120_000,
    });
    await page.waitForSelector('figcaption.chart-summary', { timeout: 60_000 });
    const indicators = (await page.evaluate(optionValues, 'indicator-select')).slice(0, 40);
    return await interactions(page, {
      indicators,
      // One of the bundled indicators reported for both 2022 and 2024.
      yearIndicator: 'consultations_held',
      count: INTERACTIONS_PER_KIND,
    });
  } finally {
    await context.close();
  }
}

async function openBenchPage(browser: Browser, baseUrl: string) {
  const context = await newContext(browser, { width: 1280, height: 800 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('bench/index.html', baseUrl).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.evaluate(() => window.bench.prepare());
  return { context, page, errors };
}

async function importBench(browser: Browser, baseUrl: string, sizes: { rows: number; runs: number }[]) {
  const { context, page } = await openBenchPage(browser, baseUrl);
  const results = [];
  try {
    for (const { rows, runs } of sizes) {
      const { bytes } = await page.evaluate((n) => window.bench.generate(n), rows);
      const app: number[] = [];
      const appStaged: number[] = [];
      const readCsv: number[] = [];
      const papa: number[] = [];
      let accepted = 0;
      let problems = 0;
      for (let r = 0; r < runs; r++) {
        log(`import ${rows} rows, run ${r + 1}/${runs}`);
        const a = await page.evaluate((n) => window.bench.appImport(n), rows);
        app.push(a.importMs);
        appStaged.push(a.importAndStageMs);
        accepted = a.accepted;
        // the synthetic rows fill every text column: six per row must have reached the engine
        if (a.staged !== a.accepted || a.stagedTexts !== 6 * a.accepted)
          throw new Error(
            `staged ${a.staged} rows with ${a.stagedTexts} texts for ${a.accepted} accepted rows`,
          );
        problems = a.problems;
        const d = await page.evaluate((n) => window.bench.duckdbReadCsv(n), rows);
        if (d.rows !== rows) throw new Error(`read_csv read ${d.rows} of ${rows} rows`);
        readCsv.push(d.ms);
        const p = await page.evaluate((n) => window.bench.papaparse(n), rows);
        if (p.rows !== rows) throw new Error(`papaparse read ${p.rows} of ${rows} rows`);
        papa.push(p.ms);
      }
      if (accepted !== rows)
        throw new Error(`the app accepted ${accepted} of ${rows} rows (${problems} problems)`);
      results.push({
        rows,
        runs,
        bytes,
        appImportMs: summarize(app),
        appImportAndStageMs: summarize(appStaged),
        readCsvMs: summarize(readCsv),
        papaparseMs: summarize(papa),
        problems,
      });
    }
  } finally {
    await context.close();
  }
  return results;
}

/** Saves a 1M-row version the way the store does, then opens the app on it and drives its controls. */
async function largeDatasetInteractions(browser: Browser, baseUrl: string) {
  const { context, page } = await openBenchPage(browser, baseUrl);
  try {
    log(`committing a saved version with ${LARGE_DATASET_ROWS} generated rows`);
    const seeded = await page.evaluate((n) => window.bench.seedSavedVersion(n), LARGE_DATASET_ROWS);
    const { duckdbBytes } = await page.evaluate(() => window.bench.engineMemory());
    const app = await context.newPage();
    await app.addInitScript(watchFirstChart);
    const cdp = await context.newCDPSession(app);
    await cdp.send('Performance.enable');
    let peakHeap = 0;
    const sampleHeap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    };
    const sampler = setInterval(() => void sampleHeap().catch(() => {}), 100);
    try {
      const t0 = Date.now();
      await app.goto(rankingUrl(baseUrl));
      await app.waitForFunction(() => performance.getEntriesByName('luzhi:engine-ready').length > 0, null, {
        timeout: 300_000,
      });
      log(`app opened the ${seeded.total}-row version in ${Date.now() - t0} ms`);
      try {
        await app.waitForSelector('figcaption.chart-summary', { timeout: 120_000 });
        // The first chart's own time, whether it came before the engine or after it.
        await app.waitForFunction(() => window.__firstChartMs !== undefined, null, { timeout: 120_000 });
      } finally {
        await app.screenshot({ path: path.join(OUT, 'tmp/large-dataset.png') });
      }
      const opened = await app.evaluate(() => {
        const mark = (n: string) => performance.getEntriesByName(n)[0] as PerformanceMark | undefined;
        return {
          engineReadyMs: mark('luzhi:engine-ready')!.startTime,
          firstChartMs: window.__firstChartMs ?? null,
          firstResultMs: mark('luzhi:first-result')?.startTime ?? null,
          firstResultSource:
            (mark('luzhi:first-result')?.detail as { source?: string } | undefined)?.source ?? null,
        };
      });
      log(
        `first chart ${opened.firstChartMs} ms, engine ready ${opened.engineReadyMs} ms, first result ${opened.firstResultMs} ms (${opened.firstResultSource})`,
      );
      if (PROFILE_PREFIX) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        profileCdp = cdp;
      }
      const result = await interactions(app, {
        // Spread over the whole list: the version's stored first view holds the opening rankings of the
        // first ~90 indicators, so the first 40 alone would measure only those.
        indicators: Array.from(
          { length: 40 },
          (_, i) => seeded.indicators[Math.floor((i * seeded.indicators.length) / 40)]!,
        ),
        yearIndicator: seeded.indicators[0]!,
        count: INTERACTIONS_PER_KIND,
      });
      profileCdp = null;
      await sampleHeap();
      return {
        rows: seeded.total,
        ...opened,
        commitMs: seeded.commitMs,
        storedBytes: seeded.storedBytes,
        firstViewBytes: seeded.firstViewBytes,
        peakJsHeapBytes: peakHeap,
        duckdbMemoryBytes: duckdbBytes,
        ...result,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await context.close();
  }
}

function summarizeBytes(
  urls: readonly string[],
  sizes: ReturnType<typeof fileSizes>,
  filter: (u: string) => boolean,
) {
  let raw = 0;
  let gzip = 0;
  const files: string[] = [];
  for (const url of new Set(urls)) {
    const size = sizes(url);
    if (!size || !filter(size.file)) continue;
    raw += size.raw;
    gzip += size.gzip;
    files.push(size.file);
  }
  return { raw, gzip, files: files.sort() };
}

const isJsCss = (f: string) => /\.(m?js|css)$/.test(f);

/** What index.html itself loads: its module script, stylesheets and modulepreloads (the first chart's static graph). */
function criticalUrls(baseUrl: string): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter((m) => /type="module"|rel="stylesheet"|rel="modulepreload"/.test(m[0]))
    .map((m) => new URL(m[1]!, baseUrl).href);
  return refs;
}

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  const { parts } = options;
  const started = Date.now();
  // BENCH_SKIP_BUILD=1 reuses bench/tmp/dist (when only the measuring code changed).
  if (process.env.BENCH_SKIP_BUILD !== '1') await buildAll();
  // Served as an intranet serves it: files only, under the sub-path; Chromium maps the host name to
  // this loopback server, so the page is plain http and not a secure context, as deployed.
  const server = await startStaticServer({ roots: [DIST], prefix: SITE_PREFIX, host: '127.0.0.1' });
  const baseUrl = `http://${INTRANET_HOST}:${server.port}${SITE_PREFIX}`;
  log(`serving bench/tmp/dist at ${baseUrl} (parts: ${[...parts].join(', ')})`);
  const sizes = fileSizes(DIST, baseUrl);
  const browser = await launchChromium();
  const failures: string[] = [];
  try {
    let coldLoad: BenchResults['coldLoad'];
    let bytes: BenchResults['bytes'];
    if (parts.has('load')) {
      log(`cold loads ×${COLD_RUNS}`);
      const cold = [];
      for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldLoadRun(browser, baseUrl));
      const first = cold[0]!;
      // What arrived before the first chart differs between runs (a chunk fetched right after the
      // paint may or may not land first): the figure is the run with the most bytes, not a lucky one.
      const before = cold
        .map((c) => ({
          jsCss: summarizeBytes(c.beforeFirstChart, sizes, isJsCss),
          all: summarizeBytes(c.beforeFirstChart, sizes, () => true),
        }))
        .reduce((a, b) => (b.jsCss.gzip > a.jsCss.gzip ? b : a));
      bytes = {
        criticalJsCss: summarizeBytes(criticalUrls(baseUrl), sizes, isJsCss),
        jsCssBeforeFirstChart: before.jsCss,
        allBeforeFirstChart: before.all,
        jsCssTotal: summarizeBytes(first.all, sizes, isJsCss),
        total: summarizeBytes(first.all, sizes, () => true),
        wasm: summarizeBytes(first.all, sizes, (f) => f.endsWith('.wasm')),
      };
      coldLoad = {
        firstChartMs: summarize(cold.map((c) => c.firstChartMs)),
        engineReadyMs: summarize(cold.map((c) => c.engineReadyMs)),
        firstChartOverEngineReady: summarize(cold.map((c) => c.firstChartMs / c.engineReadyMs)),
        firstResultSource: [...new Set(cold.map((c) => c.firstResultSource))],
        peakJsHeapBytes: summarize(cold.map((c) => c.peakHeapBytes)),
      };
    }

    const kinds = (s: Record<string, number[]>) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, summarize(v)])) as Record<
        string,
        Summary | null
      >;
    let interactionResults: BenchResults['interactions'];
    let savedVersion: BenchResults['savedVersion'];
    if (parts.has('interaction')) {
      log('interactions on the bundled data');
      const bundled = await bundledInteractions(browser, baseUrl, false);
      log('interactions on the bundled data, build-time snapshot blocked (live engine only)');
      const bundledLive = await bundledInteractions(browser, baseUrl, true);
      log('interactions on a 1M-row saved dataset');
      const large = await largeDatasetInteractions(browser, baseUrl);
      failures.push(
        ...bundled.failures,
        ...bundledLive.failures.map((f) => `live: ${f}`),
        ...large.failures.map((f) => `1M: ${f}`),
      );
      interactionResults = {
        bundled: kinds(bundled.samples),
        bundledLiveOnly: kinds(bundledLive.samples),
        large: { rows: large.rows, engineReadyMs: large.engineReadyMs, ...kinds(large.samples) },
      };
      savedVersion = {
        rows: large.rows,
        engineReadyMs: large.engineReadyMs,
        firstChartMs: large.firstChartMs,
        firstResultMs: large.firstResultMs,
        firstResultSource: large.firstResultSource,
        commitMs: large.commitMs,
        storedBytes: large.storedBytes,
        firstViewBytes: large.firstViewBytes,
        peakJsHeapBytes: large.peakJsHeapBytes,
        duckdbMemoryBytes: large.duckdbMemoryBytes,
      };
    }

    let imports: BenchResults['imports'];
    if (parts.has('import') && process.env.BENCH_SKIP_IMPORT !== '1') {
      log('import: app vs read_csv vs papaparse');
      imports = await importBench(browser, baseUrl, importSizes(options));
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        ramGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        os: `${os.type()} ${os.release()}`,
        loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
      },
      settings: {
        parts: [...parts],
        coldRuns: COLD_RUNS,
        interactionsPerKind: INTERACTIONS_PER_KIND,
        importSizes: importSizes(options),
      },
      coldLoad,
      bytes,
      interactions: interactionResults,
      savedVersion,
      imports,
      failures,
      durationS: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(OUT, { recursive: true });
    const markdown = renderMarkdown(results);
    console.log(markdown);
    // A partial run never overwrites the full record: it goes beside it, under its parts' name.
    const name = options.full ? 'results' : `results-${[...parts].join('-')}`;
    writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(path.join(OUT, `${name}.md`), markdown);
    const readmePath = path.join(ROOT, 'README.md');
    const readme = options.full ? withBenchSection(readFileSync(readmePath, 'utf8'), markdown) : null;
    if (readme) writeFileSync(readmePath, readme);
    log(
      `wrote bench/${name}.json and bench/${name}.md${readme ? ' and the README table' : ''} in ${results.durationS} s`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length) {
    console.error(`[bench] ${failures.length} run(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error('[bench] failed:', e);
  process.exit(1);
});
