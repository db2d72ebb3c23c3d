import type { Catalog, Observation } from './schema';
import { TABLE_COLUMNS, TABLE_KEYS, TABLE_NAMES, type TableName } from './tables';

// The self-describing dataset ("data package"): the observations together with every catalog they
// need, one sheet per table of the dataset in one Excel workbook. An analyst opens it in Excel or
// WPS as it is; the importer recognises it by its content (a sheet per table, each headed by that
// table's columns) and imports catalogs and observations in one commit. Columns are read by their
// header, so a column added to a table later (TABLE_COLUMNS) travels without a format change, and
// a package written before it reads with that column empty.

/** Every table of the dataset, as rows keyed by column name. */
export interface DatasetTables extends Catalog {
  observations: Observation[];
}

export type PackageCell = string | number | null;

/** The first sheet: what the file is, in both languages (the importer ignores it). */
export const ABOUT_SHEET = '说明 About';

/** One sheet per table, in load order (catalogs before the observations that name them). */
export const PACKAGE_TABLES: readonly TableName[] = [
  'categories',
  'jurisdictions',
  'indicators',
  'sources',
  'observations',
];

const NUMERIC = new Set(['INTEGER', 'DOUBLE']);

/** A table as sheet rows: header (the column names), then one row per record; null is an empty cell. */
export function tableSheetRows(table: TableName, rows: readonly object[]): PackageCell[][] {
  const columns = Object.keys(TABLE_COLUMNS[table]);
  return [
    columns,
    ...rows.map((row) =>
      columns.map((c) => {
        const v = (row as Record<string, unknown>)[c];
        if (v === null || v === undefined) return null;
        if (typeof v === 'number' || typeof v === 'string') return v;
        if (typeof v === 'bigint') return Number(v);
        return String(v);
      }),
    ),
  ];
}

/**
 * True when the workbook's sheets are a data package: a sheet for every table, each headed by the
 * table's key columns and (observations) every column an observation cannot do without.
 */
export function isDatasetPackage(headerOf: (sheet: string) => readonly unknown[] | null): boolean {
  return TABLE_NAMES.every((table) => {
    const header = headerOf(table);
    if (!header) return false;
    const names = new Set(header.map((h) => String(h ?? '').trim()));
    const required =
      table === 'observations'
        ? ['jurisdiction_id', 'year', 'indicator_id', 'value', 'qualifier']
        : TABLE_KEYS[table];
    return required.every((c) => names.has(c));
  });
}

/** A record read back from a sheet row, with the sheet row number (header = 1) for messages. */
export interface SheetRecord {
  row: number;
  values: Record<string, PackageCell>;
}

/**
 * A catalog sheet's rows as records, typed by the table's columns: numbers for INTEGER/DOUBLE
 * columns, text for the others, null for an empty cell (or a column the sheet does not have).
 * Wholly empty rows are skipped.
 */
export function sheetRecords(table: TableName, rows: readonly (readonly unknown[])[]): SheetRecord[] {
  const [header = [], ...body] = rows;
  const at = new Map(header.map((h, i) => [String(h ?? '').trim(), i]));
  const types = Object.entries(TABLE_COLUMNS[table]);
  const out: SheetRecord[] = [];
  body.forEach((cells, i) => {
    if (!cells.some((c) => c !== null && c !== undefined && c !== '')) return;
    const values: Record<string, PackageCell> = {};
    for (const [column, type] of types) {
      const index = at.get(column);
      const raw = index === undefined ? null : cells[index];
      values[column] =
        raw === null || raw === undefined || raw === ''
          ? null
          : NUMERIC.has(type)
            ? typeof raw === 'number'
              ? raw
              : Number(String(raw).trim())
            : typeof raw === 'string'
              ? raw
              : String(raw);
    }
    out.push({ row: i + 2, values });
  });
  return out;
}

/** Two values of one catalog column are the same (an empty text and an empty cell are). */
export function sameCell(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : typeof v === 'bigint' ? Number(v) : v);
  return norm(a) === norm(b);
}
