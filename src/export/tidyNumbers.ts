import type { ChartTable } from './chartExport';
import type { SpreadsheetCell } from './spreadsheetSafe';

/** More decimals than any report prints: the number was computed (a rate), not transcribed. */
const COMPUTED_DECIMALS = 4;

/**
 * A computed number as people read it: 81.30081300813008 → 81.3, 0.8130081300813008 → 0.813 (two
 * decimals from 1 up, three significant digits below). Reported figures have few decimals and are
 * kept exactly; the exact rate stays recoverable from its numerator and denominator columns.
 */
export function tidyNumber(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  const decimals = (String(n).split('.')[1] ?? '').replace(/e.*$/i, '').length;
  if (decimals <= COMPUTED_DECIMALS && !/e/i.test(String(n))) return n;
  return Math.abs(n) >= 1 ? Number(n.toFixed(2)) : Number(n.toPrecision(3));
}

export function tidyCell(cell: SpreadsheetCell): SpreadsheetCell {
  return typeof cell === 'number' ? tidyNumber(cell) : cell;
}

export function tidyTable(table: ChartTable): ChartTable {
  return { header: table.header, rows: table.rows.map((r) => r.map(tidyCell)) };
}
