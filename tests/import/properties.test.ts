import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, type Observation } from '../../src/data/schema';
import { toCsv, withUtf8Bom } from '../../src/export/spreadsheetSafe';
import { DelimitedReader } from '../../src/import/delimitedReader';
import { runImport } from '../../src/import/runImport';
import type { ImportOptions } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

const catalog = bundledCatalog();
const CURRENT_YEAR = 2025;
const options: ImportOptions = { catalog, currentYear: CURRENT_YEAR };
const encode = (s: string) => new TextEncoder().encode(s);

/**
 * Characters the importer's text scanning examines: one per `charCodeAt`, and for `indexOf` the span it
 * searched. A deterministic measure of work (no clock): a scan that re-reads the rest of the text per
 * line or per field — the way an import hangs on a large file — shows as work growing with the square
 * of the input's length.
 */
async function countingScans<T>(run: () => Promise<T>): Promise<{ result: T; scanned: number }> {
  const proto = String.prototype;
  const { charCodeAt, indexOf } = proto;
  let scanned = 0;
  proto.charCodeAt = function (this: string, index: number) {
    scanned++;
    return charCodeAt.call(this, index);
  };
  proto.indexOf = function (this: string, search: string, position?: number) {
    const from = Math.min(Math.max(position ?? 0, 0), this.length);
    const found = indexOf.call(this, search, position);
    scanned += (found < 0 ? this.length : found + search.length) - from;
    return found;
  };
  try {
    const result = await run();
    return { result, scanned };
  } finally {
    proto.charCodeAt = charCodeAt;
    proto.indexOf = indexOf;
  }
}

/**
 * Reading, detection and the checks each look at a character a few times, and names are matched
 * against the catalog: about 40 characters examined per input byte on small fuzz files, plus a fixed
 * start. Far above that means something re-reads the input.
 */
const SCANS_PER_BYTE = 100;
const SCANS_AT_START = 10_000;

/** Runs the import; fails the property if it throws or if its scanning work is not linear in the input. */
async function importChecked(bytes: Uint8Array) {
  const { result: outcome, scanned } = await countingScans(() =>
    runImport({ kind: 'file', name: 'fuzz.csv', bytes }, options),
  );
  expect(scanned).toBeLessThanOrEqual(SCANS_AT_START + SCANS_PER_BYTE * bytes.length);
  // every kept problem says where and why, in both languages
  for (const p of outcome.problems) {
    expect(p.message.zh.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(Number.isInteger(p.row) && p.row >= 0).toBe(true);
  }
  expect(outcome.rows.length).toBeLessThanOrEqual(
    Math.max(outcome.rowCount, 0) * Math.max(outcome.mapping.columns.length, 1),
  );
  return outcome;
}

describe('the importer never crashes or hangs', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await importChecked(bytes);
      }),
      { numRuns: 300 },
    );
  });

  const cell = fc.oneof(
    fc.constantFrom(
      '',
      '嘉兴',
      '吴兴区',
      '杭州',
      '2023',
      '二〇二三',
      '立案提案',
      'proposals_filed',
      '90余',
      '≥5',
      '-3',
      '1,234',
      '约',
      'exact',
      '__proto__',
      '"',
      '""',
      '=1+1',
    ),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', '\t', ';', 'a', '余', '1', ' '), maxLength: 10 }),
  );

  it('on random CSV-like text, with or without a recognisable header', async () => {
    const header = fc.oneof(
      fc.constant(['地区', '年份', '指标', '数值', '限定']),
      fc.constant(['地区', '年份', '立案提案', '办复提案']),
      fc.constant(['地区', '指标', '2022', '2023']),
      fc.array(cell, { minLength: 1, maxLength: 6 }),
    );
    const table = fc.tuple(
      header,
      fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 30 }),
      fc.constantFrom(',', '\t', ';'),
      fc.constantFrom('\n', '\r\n', '\r'),
    );
    await fc.assert(
      fc.asyncProperty(table, async ([head, rows, delimiter, eol]) => {
        const text = [head, ...rows].map((r) => r.join(delimiter)).join(eol);
        await importChecked(encode(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the importer’s work grows in proportion to the file, not faster', () => {
  // Each shape once at n rows and once at 8n: a scan that searches the rest of the text per line or
  // per field (how an import hangs on a large file) does ≈ 64× the work at 8n, a linear one ≈ 8×.
  const HEADER = '地区,年份,指标,数值,限定';
  const year = (i: number) => 1950 + (i % 70);
  // readerOnly: rows that are each an unknown name, whose checks (closest-name suggestions) cost far
  // more per row than reading
  const shapes: { name: string; row: (i: number) => string; eol?: string; readerOnly?: boolean }[] = [
    { name: 'plain rows', row: (i) => `嘉兴,${year(i)},立案提案,${i},exact` },
    {
      name: 'quoted fields holding a CR (bare CR inside quotes)',
      row: (i) => `嘉兴,${year(i)},立案提案,"${i}\r",exact`,
    },
    { name: 'CR-only line ends', row: (i) => `嘉兴,${year(i)},立案提案,${i},exact`, eol: '\r' },
    { name: 'lines without the delimiter', row: (i) => `说明文字第${i}行没有分隔符`, readerOnly: true },
    { name: 'blank lines between rows', row: (i) => (i % 2 ? '' : `嘉兴,2023,立案提案,${i},exact`) },
    { name: 'a quote opened on every line, never closed', row: (i) => `嘉兴,2023,"立案提案${i},1,exact` },
    {
      name: 'a column of quoted notes with text after the quote (no delimiter anywhere)',
      row: (i) => `"说明"第${i}行`,
      readerOnly: true,
    },
    { name: 'a quoted field, then unquoted ones', row: (i) => `"嘉兴",${year(i)},立案提案,${i},exact` },
  ];
  const file = (n: number, { row, eol = '\n' }: (typeof shapes)[number]) =>
    [HEADER, ...Array.from({ length: n }, (_, i) => row(i))].join(eol);

  // The reader alone, at sizes where a quadratic scan stands out from any per-row cost.
  const readerWork = async (text: string) =>
    (
      await countingScans(async () => {
        const reader = new DelimitedReader(text, ',');
        while (reader.next());
      })
    ).scanned;
  it.each(shapes)('reading: $name', async (shape) => {
    const small = await readerWork(file(1000, shape));
    expect(await readerWork(file(8000, shape))).toBeLessThanOrEqual(8 * small * 1.5);
  });

  // The whole import (detection, checks, problems) on the shapes whose rows are cheap to check.
  const importWork = async (text: string) =>
    (await countingScans(() => runImport({ kind: 'file', name: 'shape.csv', bytes: encode(text) }, options)))
      .scanned;
  it.each(shapes.filter((s) => !s.readerOnly))('importing: $name', async (shape) => {
    const small = await importWork(file(120, shape));
    expect(await importWork(file(960, shape))).toBeLessThanOrEqual(8 * small * 1.5);
  });
});

describe('valid data round-trips: export as CSV → import gives the same rows', () => {
  const rateParts = new Set(
    catalog.indicators.flatMap((i) => (i.numerator_id ? [i.numerator_id, i.denominator_id] : [])),
  );
  const indicators = catalog.indicators.filter((i) => !i.numerator_id && !rateParts.has(i.id));
  const fractional = new Set(['万元', '亿元']);
  const text = fc
    .string({
      unit: fc.constantFrom(
        '立',
        '案',
        '件',
        ',',
        '"',
        '\n',
        '=',
        '+',
        '-',
        '@',
        ' ',
        'a',
        '1',
        '“',
        '”',
        '%',
        "'", // an apostrophe the analyst wrote survives the formula escape (it is doubled, then undone)
      ),
      maxLength: 24,
    })
    .map((s) => s.trim());

  const observation = fc
    .record({
      j: fc.constantFrom(...catalog.jurisdictions),
      i: fc.constantFrom(...indicators),
      year: fc.integer({ min: 1949, max: 2026 }),
      whole: fc.integer({ min: 0, max: 10_000_000 }),
      cents: fc.integer({ min: 0, max: 99 }),
      qualifier: fc.constantFrom(...QUALIFIERS),
      source: text,
      quote: text,
    })
    .map((r): Observation => ({
      jurisdiction_id: r.j.id,
      year: r.year,
      indicator_id: r.i.id,
      value: fractional.has(r.i.unit_zh) ? r.whole + r.cents / 100 : r.whole,
      qualifier: r.qualifier,
      unit: r.i.unit_zh,
      source_file: r.source,
      quote: r.quote,
    }));

  it('for any set of distinct keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(observation, {
          maxLength: 40,
          selector: (o) => `${o.jurisdiction_id}|${o.year}|${o.indicator_id}`,
        }),
        async (rows) => {
          const header = [
            'jurisdiction_id',
            'year',
            'indicator_id',
            'value',
            'qualifier',
            'unit',
            'source_file',
            'quote',
          ] as const;
          const csv = withUtf8Bom(toCsv([[...header], ...rows.map((r) => header.map((h) => r[h]))]));
          const outcome = await runImport({ kind: 'file', name: 'export.csv', bytes: encode(csv) }, options);
          // a blank source cell falls back to the file name, as for any upload without a source
          const expected = rows.map((r) => ({ ...r, source_file: r.source_file || 'export.csv' }));
          if (rows.length === 0) expect(outcome.problems.map((p) => p.kind)).toEqual(['no_data_rows']);
          else {
            // a year not yet ended is flagged once (a warning; the figure is still imported)
            const open = [...new Set(rows.map((r) => r.year).filter((y) => y >= CURRENT_YEAR))];
            expect(outcome.problems.filter((p) => p.kind !== 'year_not_ended')).toEqual([]);
            expect(
              outcome.problems.filter((p) => p.kind === 'year_not_ended').map((p) => Number(p.value)),
            ).toEqual(open);
          }
          expect(outcome.rows).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
