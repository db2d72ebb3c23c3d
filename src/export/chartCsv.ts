import type { ChartExport } from './chartExport';
import { toCsvWithBom } from './spreadsheetSafe';
import { tidyTable } from './tidyNumbers';

/**
 * The chart's data as CSV for Excel/WPS: UTF-8 with BOM, header row, formula-like cells escaped,
 * computed rates rounded as shown.
 */
export function chartCsv(chart: Pick<ChartExport, 'table'>): string {
  const table = tidyTable(chart.table);
  return toCsvWithBom([table.header, ...table.rows]);
}
