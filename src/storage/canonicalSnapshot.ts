import type { Connector } from '../engine/connector';
import { TABLE_COLUMNS, TABLE_KEYS, TABLE_NAMES, type TableName, type TableTexts } from '../data/tables';

/**
 * One CSV line per row, built by the engine itself (serialising a million rows in JS is ~3× slower).
 * Every non-empty text is quoted, so leading spaces and line breaks survive; NULL and '' are both an
 * empty field because `read_csv` reads both back as NULL — the snapshot is a fixed point of load → dump.
 */
function csvLineSql(table: TableName): string {
  const fields = Object.keys(TABLE_COLUMNS[table]).map((column) => {
    const text = `CAST("${column}" AS VARCHAR)`;
    return `CASE WHEN ${text} IS NULL OR ${text} = '' THEN '' ELSE '"' || replace(${text}, '"', '""') || '"' END`;
  });
  return `concat_ws(',', ${fields.join(', ')})`;
}

export function canonicalTableSql(table: TableName): string {
  const keys = TABLE_KEYS[table];
  const rest = Object.keys(TABLE_COLUMNS[table]).filter((c) => !keys.includes(c));
  const order = [...keys, ...rest].map((c) => `"${c}"`).join(', ');
  return `SELECT string_agg(${csvLineSql(table)}, chr(10) ORDER BY ${order}) AS body FROM ${table}`;
}

/**
 * The dataset as it stands in the engine, as CSV text per table with rows in key order: equal data
 * gives equal text whatever order it was loaded in. It is what a version stores and what its data
 * version hashes, and `loadTablesFromCsv` reads it back unchanged.
 */
export async function canonicalSnapshot(connector: Connector): Promise<TableTexts> {
  const texts = {} as TableTexts;
  for (const table of TABLE_NAMES) {
    const [row] = await connector.query<{ body: string | null }>(canonicalTableSql(table));
    const header = Object.keys(TABLE_COLUMNS[table]).join(',');
    texts[table] = row?.body ? `${header}\n${row.body}\n` : `${header}\n`;
  }
  return texts;
}
