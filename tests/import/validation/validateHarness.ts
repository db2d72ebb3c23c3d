import { ArrayRecords } from '../../../src/import/arrayRecords';
import { DelimitedReader } from '../../../src/import/delimitedReader';
import { toObservations } from '../../../src/import/observationColumns';
import type { ColumnMapping, ColumnRole, Layout, NameDecisions } from '../../../src/import/types';
import { validateRecords, type ValidateInput } from '../../../src/import/validateRecords';
import { catalog, CURRENT_YEAR, type P } from './importText';

// The validation driver with the mapping given, not detected: shared by validateRecords.test.ts and
// validateRecordsEdges.test.ts (kept apart so a mutation re-run re-tests only what a new file covers).

export type Col = [header: string, role: ColumnRole, extra?: Partial<ColumnMapping>];

export interface Run {
  text: string;
  cols: Col[];
  layout?: Layout;
  fixedYear?: number | null;
  fixedJurisdiction?: string | null;
  headerRow?: number;
  decisions?: NameDecisions;
  /** Read the rows as a workbook would (no text spans) instead of as CSV text. */
  asRows?: boolean;
}

export function validate(r: Run) {
  const input: ValidateInput = {
    records: r.asRows
      ? new ArrayRecords(
          r.text
            .split('\n')
            .filter((l, i, all) => l !== '' || i < all.length - 1)
            .map((l) => l.split(',')),
        )
      : new DelimitedReader(r.text, ','),
    mapping: {
      layout: r.layout ?? 'long',
      delimiter: ',',
      headerRow: r.headerRow ?? 1,
      encoding: 'utf-8',
      columns: r.cols.map(([header, role, extra], index) => ({ index, header, role, ...extra })),
      fixedYear: r.fixedYear ?? null,
      fixedJurisdiction: r.fixedJurisdiction ?? null,
    },
    catalog,
    decisions: r.decisions ?? { jurisdictions: [], indicators: [] },
    currentYear: CURRENT_YEAR,
    sourceName: 'upload.csv',
  };
  const result = validateRecords(input);
  const problems = result.problems.sorted();
  return {
    result,
    problems,
    list: problems.map((p): P => [p.kind, p.severity, p.row, p.column, p.value]),
    rows: toObservations(result.columns).map(
      (o) => `${o.jurisdiction_id} ${o.year} ${o.indicator_id} ${o.value} ${o.qualifier}`,
    ),
    observations: toObservations(result.columns),
  };
}

export const LONG_COLS: Col[] = [
  ['地区', 'jurisdiction'],
  ['年份', 'year'],
  ['指标', 'indicator'],
  ['数值', 'value'],
];
