import type { Table } from 'apache-arrow';
import type { Row } from './connector';

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** Arrow result → plain rows. BIGINTs (COUNT, RANK) become numbers: the app's counts are far below 2^53. */
export function arrowToRows<T = Row>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => table.getChildAt(i));
  const rows: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = Object.create(null) as Row;
    for (let c = 0; c < names.length; c++) {
      row[names[c]!] = plain(columns[c]?.get(r));
    }
    rows[r] = row as T;
  }
  return rows;
}
