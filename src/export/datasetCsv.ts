import type { Observation } from '../data/schema';
import { toCsvWithBom } from './spreadsheetSafe';
import { DATASET_COLUMNS } from '../storage/datasetRows';

/**
 * The dataset as CSV in the bundled files' long layout (ids, value, qualifier, unit, source, quote):
 * UTF-8 with a BOM so Excel shows Chinese, and text a spreadsheet would run as a formula escaped.
 */
export function datasetCsv(rows: readonly Observation[]): string {
  return toCsvWithBom([DATASET_COLUMNS, ...rows.map((row) => DATASET_COLUMNS.map((c) => row[c] ?? null))]);
}
