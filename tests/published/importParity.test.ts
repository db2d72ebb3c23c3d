import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { Connector } from '../../src/engine/connector';
import { runImport } from '../../src/import/runImport';
import { NO_DECISIONS, type ImportOutcome } from '../../src/import/types';
import { importForPublication } from '../../src/published/importForPublication';
import { fetchCatalog } from '../../src/queries/catalog';
import { engineWith } from '../support/nodeEngine';

const HEADER = 'jurisdiction_id,year,indicator_id,value,qualifier';

/**
 * One table of import cases, run through the browser's importer (runImport: what the Data screen's
 * worker runs) and through publish-data's import: the same problems, the same rows.
 */
const CASES: { name: string; csv: string; errors: string[]; rows: number }[] = [
  {
    name: 'valid rows',
    csv: `${HEADER}\njiaxing,2024,proposals_filed,400,exact\nwuxing,2024,proposals_filed,120,at_least`,
    errors: [],
    rows: 2,
  },
  {
    name: 'not a number',
    csv: `${HEADER}\njiaxing,2024,proposals_filed,abc,exact`,
    errors: ['not_a_number'],
    rows: 0,
  },
  {
    name: 'unknown jurisdiction',
    csv: `${HEADER}\natlantis,2024,proposals_filed,5,exact`,
    errors: ['unknown_jurisdiction'],
    rows: 0,
  },
  {
    name: 'negative count',
    csv: `${HEADER}\njiaxing,2024,proposals_filed,-3,exact`,
    errors: ['negative_count'],
    rows: 0,
  },
  {
    name: 'year out of range',
    csv: `${HEADER}\njiaxing,1850,proposals_filed,3,exact`,
    errors: ['year_out_of_range'],
    rows: 0,
  },
  {
    name: 'duplicate key',
    csv: `${HEADER}\njiaxing,2024,proposals_filed,3,exact\njiaxing,2024,proposals_filed,4,exact`,
    errors: ['duplicate_key', 'duplicate_key'],
    rows: 0,
  },
  {
    name: 'answered more than filed',
    csv: `${HEADER}\njiaxing,2024,proposals_filed,3,exact\njiaxing,2024,proposals_answered,9,exact`,
    errors: ['answered_gt_filed'],
    rows: 0,
  },
  {
    name: 'formula-like text is data',
    csv: `${HEADER}\n=cmd|' /C calc'!A0,2024,proposals_filed,3,exact`,
    errors: ['unknown_jurisdiction'],
    rows: 0,
  },
];

const CURRENT_YEAR = 2026;
const file = (csv: string) => ({
  kind: 'file' as const,
  name: 'upload.csv',
  bytes: new TextEncoder().encode(csv),
});
const comparable = (o: ImportOutcome) => ({
  problems: o.problems.map(({ kind, severity, row, column, value, message }) => ({
    kind,
    severity,
    row,
    column,
    value,
    message,
  })),
  rows: o.rows,
});

describe('publish-data runs the browser’s import pipeline: one table, both paths, the same results', () => {
  let engine: Connector;
  beforeAll(async () => {
    engine = await engineWith(readBundledTexts());
  });
  afterAll(() => engine?.close());

  it.each(CASES)('$name', async ({ csv, errors, rows }) => {
    const catalog = await fetchCatalog(engine);
    const browser = await runImport(file(csv), {
      catalog: { jurisdictions: catalog.jurisdictions, indicators: catalog.indicators },
      decisions: NO_DECISIONS,
      currentYear: CURRENT_YEAR,
    });
    // A fresh engine per case: a valid case is applied, and must not change the next case's base.
    const publishEngine = await engineWith(readBundledTexts());
    try {
      const published = await importForPublication(publishEngine, file(csv), {
        mode: 'merge',
        currentYear: CURRENT_YEAR,
      });
      expect(comparable(published.outcome)).toEqual(comparable(browser));
      expect(browser.problems.filter((p) => p.severity === 'error').map((p) => p.kind)).toEqual(errors);
      expect(browser.rows).toHaveLength(rows);
      expect(published.rejected).toBe(errors.length > 0);
      for (const p of browser.problems.filter((q) => q.severity === 'error')) {
        expect(p.row).toBeGreaterThan(0);
        expect(p.message.zh).toContain(`第${p.row}行`);
        expect(p.message.en.length).toBeGreaterThan(0);
      }
      if (errors.length === 0) {
        const [row] = await publishEngine.query<{ value: number }>(
          "SELECT value FROM observations WHERE jurisdiction_id = 'jiaxing' AND year = 2024 AND indicator_id = 'proposals_filed'",
        );
        expect(row?.value).toBe(400);
      }
    } finally {
      await publishEngine.close();
    }
  });

  it('the command prints each problem with row, column, value and reason, exits 1 and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'publish-data-'));
    try {
      const input = path.join(dir, 'bad.csv');
      writeFileSync(
        input,
        `${HEADER}\njiaxing,2024,proposals_filed,abc,exact\natlantis,2024,proposals_filed,5,exact\n`,
      );
      const root = path.resolve(import.meta.dirname, '../..');
      const run = promisify(execFile)(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/publish-data.ts', input, '--site', dir],
        { cwd: root },
      );
      const failure = await run.then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(failure?.code).toBe(1);
      const lines = failure!.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^error\tnot_a_number\trow=2\tcolumn=value\tvalue=abc\t第2行/);
      expect(lines[1]).toMatch(
        /^error\tunknown_jurisdiction\trow=3\tcolumn=jurisdiction_id\tvalue=atlantis\t/,
      );
      expect(failure!.stderr).toContain('未发布');
      expect(() => readFileSync(path.join(dir, 'datasets/manifest.json'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
