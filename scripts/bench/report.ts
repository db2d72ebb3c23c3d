import type { Summary } from './stats';

interface ByteCount {
  raw: number;
  gzip: number;
  files: string[];
}

export interface BenchResults {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    ramGiB: number;
    node: string;
    chromium: string;
    os: string;
    /** 1/5/15-minute load average when the run ended: a loaded machine makes every figure larger. */
    loadAverage?: number[];
  };
  settings: {
    /** The parts measured (every part when absent: results written before `--only` existed). */
    parts?: string[];
    coldRuns: number;
    interactionsPerKind: number;
    importSizes: { rows: number; runs: number }[];
  };
  /** Each part's figures; absent when the run left that part out (`--only`). */
  coldLoad?: {
    firstChartMs: Summary | null;
    engineReadyMs: Summary | null;
    firstChartOverEngineReady: Summary | null;
    firstResultSource: (string | null)[];
    peakJsHeapBytes: Summary | null;
  };
  bytes?: Record<
    'criticalJsCss' | 'jsCssBeforeFirstChart' | 'allBeforeFirstChart' | 'jsCssTotal' | 'total' | 'wasm',
    ByteCount
  >;
  interactions?: {
    bundled: Record<string, Summary | null>;
    bundledLiveOnly: Record<string, Summary | null>;
    large: { rows: number; engineReadyMs: number } & Record<string, Summary | null | number>;
  };
  /** Opening a saved 1M-row version (what the store keeps, how the page opens it, what it costs). */
  savedVersion?: {
    rows: number;
    engineReadyMs: number;
    firstChartMs: number | null;
    /** When the first view had its data (the luzhi:first-result mark). */
    firstResultMs: number | null;
    firstResultSource: string | null;
    /** The upload that made it, committed by the app (staged rows → stored, in use, first view stored). */
    commitMs: number;
    storedBytes: number;
    firstViewBytes: number;
    peakJsHeapBytes: number;
    duckdbMemoryBytes: number;
  };
  imports?: {
    rows: number;
    runs: number;
    bytes: number;
    appImportMs: Summary | null;
    appImportAndStageMs: Summary | null;
    readCsvMs: Summary | null;
    papaparseMs: Summary | null;
  }[];
  failures: string[];
  durationS: number;
}

const ms = (v: number) => (v >= 100 ? Math.round(v).toString() : v.toFixed(1));
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const triple = (s: Summary | null, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : 'n/a');
const ratio = (a: Summary | null, b: Summary | null) => (a && b ? (a.median / b.median).toFixed(2) : 'n/a');
const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**');

function isSummary(v: unknown): v is Summary {
  return typeof v === 'object' && v !== null && 'p95' in v;
}

function savedVersionLines(r: BenchResults): string[] {
  const v = r.savedVersion;
  if (!v) return [];
  const bundledReady = r.coldLoad?.engineReadyMs?.median;
  return [
    `### Saved version · 已保存版本 (${v.rows.toLocaleString('en')} rows, one run)`,
    '',
    '| measure | value |',
    '|---|---|',
    `| commit of the upload that made it (staged → stored and in use, first view stored; bench page) | ${ms(v.commitMs)} |`,
    `| engine ready | ${ms(v.engineReadyMs)} (÷ bundled engine ready ${bundledReady ? (v.engineReadyMs / bundledReady).toFixed(2) : 'n/a'}) |`,
    `| first chart drawn | ${v.firstChartMs === null ? 'n/a' : ms(v.firstChartMs)} (its data at ${v.firstResultMs === null ? 'n/a' : ms(v.firstResultMs)}, from ${v.firstResultSource ?? 'n/a'}) |`,
    `| stored size of the version (Arrow IPC, gzip) | ${mb(v.storedBytes)} |`,
    `| its stored first view (JSON) | ${kb(v.firstViewBytes)} |`,
    `| peak JS heap, page main thread (open + interactions) | ${mb(v.peakJsHeapBytes)} |`,
    `| DuckDB memory holding it (\`duckdb_memory()\`, bench page engine) | ${mb(v.duckdbMemoryBytes)} |`,
    '',
  ];
}

function loadLines(r: BenchResults): string[] {
  const c = r.coldLoad;
  const b = r.bytes;
  if (!c || !b) return [];
  return [
    '### Load · 加载',
    '',
    '| measure | value |',
    '|---|---|',
    `| first chart drawn, after navigation (${r.settings.coldRuns} cold runs) | ${triple(c.firstChartMs)} |`,
    `| engine ready (DuckDB-WASM + bundled data) | ${triple(c.engineReadyMs)} |`,
    `| first chart ÷ engine ready | ${triple(c.firstChartOverEngineReady, (v) => v.toFixed(2))} |`,
    `| first chart drawn from | ${c.firstResultSource.join(', ')} |`,
    `| JS+CSS that index.html loads (the first chart's static graph) | ${kb(b.criticalJsCss.raw)} raw, ${kb(b.criticalJsCss.gzip)} gzip (${b.criticalJsCss.files.join(', ')}) |`,
    `| JS+CSS that arrived before the first chart was painted (the app's paint mark; incl. chunks fetched in parallel; the largest of the cold runs) | ${kb(b.jsCssBeforeFirstChart.raw)} raw, ${kb(b.jsCssBeforeFirstChart.gzip)} gzip (${b.jsCssBeforeFirstChart.files.join(', ')}) |`,
    `| everything loaded before first chart (same run) | ${kb(b.allBeforeFirstChart.raw)} raw, ${kb(b.allBeforeFirstChart.gzip)} gzip |`,
    `| JS+CSS total | ${kb(b.jsCssTotal.raw)} raw, ${kb(b.jsCssTotal.gzip)} gzip |`,
    `| everything, wasm included | ${mb(b.total.raw)} raw, ${mb(b.total.gzip)} gzip (wasm ${mb(b.wasm.raw)} raw, ${mb(b.wasm.gzip)} gzip) |`,
    `| peak JS heap, page main thread | ${triple(c.peakJsHeapBytes, mb)} |`,
    '',
  ];
}

function importLines(r: BenchResults): string[] {
  if (!r.imports) return [];
  return [
    '### Import · 导入 (generated long CSV, same bytes, same page)',
    '',
    '| rows | bytes | runs | app: import (worker) | app: import + stage into engine | DuckDB `read_csv` | papaparse alone | app+stage ÷ read_csv | papaparse ÷ read_csv |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.imports.map(
      (i) =>
        `| ${i.rows.toLocaleString('en')} | ${mb(i.bytes)} | ${i.runs} | ${triple(i.appImportMs)} | ${triple(i.appImportAndStageMs)} | ${triple(i.readCsvMs)} | ${triple(i.papaparseMs)} | ${ratio(i.appImportAndStageMs, i.readCsvMs)} | ${ratio(i.papaparseMs, i.readCsvMs)} |`,
    ),
    '',
    'The app is timed from the file given to its rows staged; its worker is started when the Data screen opens, as in the app (`prewarmImportWorker`).',
    '',
  ];
}

function interactionLines(r: BenchResults): string[] {
  const it = r.interactions;
  if (!it) return [];
  return [
    '### Interaction · 交互 (input event → chart re-rendered and painted; p50 / p95)',
    '',
    '| dataset | indicator | year | view |',
    '|---|---|---|---|',
    ...(
      [
        ['bundled (snapshot on, as users get it)', it.bundled],
        ['bundled, live engine only (snapshot blocked)', it.bundledLiveOnly],
        [`${it.large.rows.toLocaleString('en')} rows saved version`, it.large],
      ] as const
    ).map(
      ([name, s]) =>
        `| ${name} | ${['indicator', 'year', 'view']
          .map((k) => {
            const v = (s as Record<string, unknown>)[k];
            return isSummary(v) ? `${ms(v.p50)} / ${ms(v.p95)} (n=${v.n})` : 'n/a';
          })
          .join(' | ')} |`,
    ),
    '',
  ];
}

/** The targets of the parts that ran, each marked met or not. */
function targetLines(r: BenchResults): string[] {
  const rows: string[] = [];
  const c = r.coldLoad;
  if (c && r.bytes) {
    rows.push(
      `| first chart ≤ 1.0 s after navigation | ${verdict((c.firstChartMs?.median ?? Infinity) <= 1000)} (${triple(c.firstChartMs)}) |`,
      `| first chart ≤ 0.5 × engine ready | ${verdict((c.firstChartOverEngineReady?.median ?? Infinity) <= 0.5)} (${triple(c.firstChartOverEngineReady, (v) => v.toFixed(2))}) |`,
      `| JS before first chart ≤ 300 KB gzip | ${verdict(r.bytes.jsCssBeforeFirstChart.gzip <= 300 * 1024)} (${kb(r.bytes.jsCssBeforeFirstChart.gzip)} arrived before it; ${kb(r.bytes.criticalJsCss.gzip)} loaded by index.html) |`,
    );
  }
  const big = r.imports?.find((i) => i.rows === 1_000_000);
  if (big) {
    const importRatio =
      big.appImportAndStageMs && big.readCsvMs ? big.appImportAndStageMs.median / big.readCsvMs.median : NaN;
    rows.push(
      `| import app+stage ÷ read_csv ≤ 2.5 at 1M rows (aim 1.2) | ${verdict(importRatio <= 2.5)} (${Number.isFinite(importRatio) ? importRatio.toFixed(2) : 'n/a'}) |`,
    );
  }
  if (r.interactions) {
    const largeP95 = Math.max(
      ...Object.values(r.interactions.large)
        .filter(isSummary)
        .map((s) => s.p95),
    );
    const v = r.savedVersion;
    if (v)
      rows.push(
        `| saved 1M-row version: first chart drawn before the engine is ready | ${verdict(v.firstChartMs !== null && v.firstChartMs < v.engineReadyMs)} (${v.firstChartMs === null ? 'n/a' : ms(v.firstChartMs)} vs ${ms(v.engineReadyMs)}) |`,
      );
    rows.push(
      `| interaction p95 ≤ 100 ms at 1M rows | ${verdict(largeP95 <= 100)} (worst p95 ${Number.isFinite(largeP95) ? ms(largeP95) : 'n/a'}) |`,
    );
  }
  return rows.length ? ['### Targets · 目标', '', '| target | result |', '|---|---|', ...rows, ''] : [];
}

/** The markdown table the README quotes: figures, the machine, and each target marked met or not. */
export function renderMarkdown(r: BenchResults): string {
  const load = r.machine.loadAverage;
  const runs1M = r.imports ? (r.settings.importSizes.find((s) => s.rows === 1_000_000)?.runs ?? 0) : 0;
  const lines = [
    `## Benchmark · 性能基准 (${r.date.slice(0, 10)})`,
    '',
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB RAM, ${r.machine.os}; Node ${r.machine.node}; Chromium ${r.machine.chromium} (headless)` +
      (load ? `; load average ${load.join(' / ')} at the end (figures grow with load)` : '') +
      '. ' +
      `Production build on the plain static server, opened as http://intranet.test:PORT/zx/luzhi/ (plain http, sub-path, as deployed), no throttling. Median (min–max); ms unless noted.` +
      (r.settings.parts && r.settings.parts.length < 3
        ? ` Parts measured: ${r.settings.parts.join(', ')}.`
        : ''),
    '',
    ...loadLines(r),
    ...importLines(r),
    ...interactionLines(r),
    ...savedVersionLines(r),
    ...targetLines(r),
    (runs1M
      ? `Runs at 1M rows: ${runs1M} (fewer than at smaller sizes, to keep a full run near 10 minutes). `
      : '') +
      `Benchmark duration ${r.durationS} s.` +
      (r.failures.length ? ` Failed runs: ${r.failures.join('; ')}` : ''),
    '',
  ];
  return lines.join('\n');
}

const README_START = '<!-- bench:start (written by npm run bench) -->';
const README_END = '<!-- bench:end -->';

/** The README with the text between its bench markers replaced by `markdown`; null without markers. */
export function withBenchSection(readme: string, markdown: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start + README_START.length)}\n${markdown.trim()}\n${readme.slice(end)}`;
}
