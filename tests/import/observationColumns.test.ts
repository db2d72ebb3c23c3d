import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/schema';
import { columnBuffers, toObservations, type ObservationColumns } from '../../src/import/observationColumns';

// The worker hands valid rows over as columns; the page turns them back into rows. A row that takes
// another row's source, quote, qualifier or comparability would show a figure as something it is not.

function columns(over: Partial<ObservationColumns> = {}): ObservationColumns {
  return {
    length: 3,
    jurisdictionIds: ['jiaxing', 'huzhou'],
    indicatorIds: ['proposals_filed', 'info_adopted'],
    indicatorUnits: ['件', '条'],
    jurisdiction: Int32Array.from([1, 0, 1]),
    year: Int32Array.from([2022, 2023, 2024]),
    indicator: Int32Array.from([0, 1, 1]),
    value: Float64Array.from([12.5, 0, 300]),
    qualifier: Uint8Array.from([0, 1, 2]),
    sourceFile: 'upload.csv',
    quote: null,
    ...over,
  };
}

const base: Omit<Observation, 'source_file' | 'quote'>[] = [
  {
    jurisdiction_id: 'huzhou',
    year: 2022,
    indicator_id: 'proposals_filed',
    value: 12.5,
    qualifier: 'exact',
    unit: '件',
  },
  {
    jurisdiction_id: 'jiaxing',
    year: 2023,
    indicator_id: 'info_adopted',
    value: 0,
    qualifier: 'at_least',
    unit: '条',
  },
  {
    jurisdiction_id: 'huzhou',
    year: 2024,
    indicator_id: 'info_adopted',
    value: 300,
    qualifier: 'approx',
    unit: '条',
  },
];

describe('toObservations: columns back into rows', () => {
  it('one file name for every row, no quotes, no comparability columns', () => {
    const rows = toObservations(columns());
    expect(rows).toEqual(base.map((r) => ({ ...r, source_file: 'upload.csv', quote: '' })));
    expect(rows.every((r) => !('comparable' in r))).toBe(true);
  });

  it('a source and a quote per row', () => {
    const rows = toObservations(
      columns({ sourceFile: ['a.csv', 'b.csv', 'c.csv'], quote: ['q1', '', 'q3'] }),
    );
    expect(rows.map((r) => [r.source_file, r.quote])).toEqual([
      ['a.csv', 'q1'],
      ['b.csv', ''],
      ['c.csv', 'q3'],
    ]);
  });

  it("per-figure comparability, '' inheriting the indicator's (null)", () => {
    const rows = toObservations(
      columns({
        comparability: { comparable: ['no', '', 'partly'], zh: ['口径不同', '', ''], en: ['', '', 'Partly'] },
      }),
    );
    expect(rows.map((r) => [r.comparable, r.comparability_zh, r.comparability_en])).toEqual([
      ['no', '口径不同', null],
      [null, null, null],
      ['partly', null, 'Partly'],
    ]);
  });

  it('no rows', () => {
    expect(toObservations(columns({ length: 0 }))).toEqual([]);
  });
});

describe('columnBuffers: the typed arrays to transfer', () => {
  it('the five index and value columns, in order', () => {
    const c = columns();
    expect(columnBuffers(c)).toEqual(
      [c.jurisdiction, c.year, c.indicator, c.value, c.qualifier].map((a) => a.buffer),
    );
    expect(columnBuffers(c)[3]).toBe(c.value.buffer);
  });
});
