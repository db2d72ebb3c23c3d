import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, type Observation } from '../../src/data/schema';
import { toCsv, withUtf8Bom } from '../../src/export/spreadsheetSafe';
import { runImport } from '../../src/import/runImport';
import type { ImportOptions } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

const catalog = bundledCatalog();
const CURRENT_YEAR = 2025;
const options: ImportOptions = { catalog, currentYear: CURRENT_YEAR };
const encode = (s: string) => new TextEncoder().encode(s);

/** Runs the import and fails the property if it throws or takes unreasonably long for its size. */
async function importWithin(bytes: Uint8Array, ms: number) {
  const t = performance.now();
  const outcome = await runImport({ kind: 'file', name: 'fuzz.csv', bytes }, options);
  expect(performance.now() - t).toBeLessThan(ms);
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
        await importWithin(bytes, 5000);
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
        await importWithin(encode(text), 5000);
      }),
      { numRuns: 300 },
    );
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
