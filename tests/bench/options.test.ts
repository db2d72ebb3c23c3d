import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/options';
import { renderMarkdown, type BenchResults } from '../../scripts/bench/report';

describe('npm run bench arguments', () => {
  it.each([
    {
      name: 'none: every part, a full run',
      argv: [],
      parts: ['load', 'interaction', 'import'],
      full: true,
      rows: null,
    },
    {
      name: '--only interaction',
      argv: ['--only', 'interaction'],
      parts: ['interaction'],
      full: false,
      rows: null,
    },
    { name: '--only=import', argv: ['--only=import'], parts: ['import'], full: false, rows: null },
    { name: 'a list', argv: ['--only', 'load,import'], parts: ['load', 'import'], full: false, rows: null },
    {
      name: 'repeated',
      argv: ['--only', 'load', '--only', 'import'],
      parts: ['load', 'import'],
      full: false,
      rows: null,
    },
    {
      name: 'all three named is a full run',
      argv: ['--only', 'import,load,interaction'],
      parts: ['import', 'load', 'interaction'],
      full: true,
      rows: null,
    },
    {
      name: '--rows picks import sizes (not a full run)',
      argv: ['--only', 'import', '--rows', '1_000_000,10000'],
      parts: ['import'],
      full: false,
      rows: [1_000_000, 10_000],
    },
  ])('$name', ({ argv, parts, full, rows }) => {
    const o = parseBenchArgs(argv);
    expect([...o.parts]).toEqual(parts);
    expect(o.full).toBe(full);
    expect(o.importRows).toEqual(rows);
  });

  it.each([
    { name: 'an unknown part', argv: ['--only', 'imports'], message: /unknown part "imports"/ },
    { name: 'a missing value', argv: ['--only'], message: /--only needs a value/ },
    { name: 'an unknown flag', argv: ['--fast'], message: /unknown argument "--fast"/ },
    { name: 'a row count that is not one', argv: ['--rows', '1e'], message: /"1e" is not a row count/ },
  ])('refuses $name, with the usage', ({ argv, message }) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
    expect(() => parseBenchArgs(argv)).toThrow(/usage: npm run bench/);
  });
});

describe('a partial run renders only its parts', () => {
  const base: BenchResults = {
    date: '2026-11-28T18:00:00.000Z',
    machine: {
      cpu: 'CPU',
      cores: 2,
      ramGiB: 8,
      node: 'v20',
      chromium: '1',
      os: 'Linux',
      loadAverage: [3, 2, 1],
    },
    settings: {
      parts: ['import'],
      coldRuns: 5,
      interactionsPerKind: 20,
      importSizes: [{ rows: 1_000_000, runs: 2 }],
    },
    failures: [],
    durationS: 60,
  };
  const s = (median: number) => ({ n: 2, median, min: median, max: median, p50: median, p95: median });
  it('an import run: its table, its target with the ratio, no load or interaction section', () => {
    const md = renderMarkdown({
      ...base,
      imports: [
        {
          rows: 1_000_000,
          runs: 2,
          bytes: 64e6,
          appImportMs: s(3000),
          appImportAndStageMs: s(4000),
          readCsvMs: s(2000),
          papaparseMs: s(5000),
        },
      ],
    });
    expect(md).toContain('### Import · 导入');
    expect(md).toContain(
      '| 1,000,000 | 61.0 MB | 2 | 3000 (3000–3000) | 4000 (4000–4000) | 2000 (2000–2000) |',
    );
    expect(md).toContain('| import app+stage ÷ read_csv ≤ 2.5 at 1M rows (aim 1.2) | **met** (2.00) |');
    expect(md).toContain('Parts measured: import.');
    expect(md).toContain('load average 3 / 2 / 1');
    expect(md).not.toContain('### Load');
    expect(md).not.toContain('### Interaction');
    expect(md).not.toContain('interaction p95');
  });
});
