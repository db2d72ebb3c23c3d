import type { ChartExport } from './chartExport';
import { toCsvWithBom } from './spreadsheetSafe';

/** The chart's data as CSV for Excel/WPS: UTF-8 with BOM, header row, formula-like cells escaped. */
export function chartCsv(chart: Pick<ChartExport, 'table'>): string {
  return toCsvWithBom([chart.table.header, ...chart.table.rows]);
}
