import '../i18n/laterMessages'; // registers the data screen's messages this module names
import {
  ABOUT_SHEET,
  PACKAGE_TABLES,
  tableSheetRows,
  type DatasetTables,
  type PackageCell,
} from '../data/datasetPackage';
import type { Category, Indicator, Jurisdiction, Source } from '../data/schema';
import { TABLE_COLUMNS, type TableName } from '../data/tables';
import type { Connector } from '../engine/connector';
import { translate } from '../i18n/messages';
import { fetchDatasetRows } from '../storage/datasetRows';

// The data package as one .xlsx workbook (see src/data/datasetPackage.ts for the format and why a
// workbook): SheetJS, the library the importer already reads workbooks with, loaded only when a
// package is downloaded. Text goes in as text cells, which a spreadsheet never runs as a formula,
// so no cell needs an escape and every text reads back exactly as it was.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const catalogSql = (table: TableName) =>
  `SELECT ${Object.keys(TABLE_COLUMNS[table])
    .map((c) => `"${c}"`)
    .join(', ')} FROM ${table} ORDER BY 1`;

/** Every table of the data in use: observations in key order, each catalog whole. */
export async function fetchDatasetTables(connector: Connector): Promise<DatasetTables> {
  const [observations, jurisdictions, indicators, categories, sources] = await Promise.all([
    fetchDatasetRows(connector),
    connector.query<Jurisdiction>(catalogSql('jurisdictions')),
    connector.query<Indicator>(catalogSql('indicators')),
    connector.query<Category>(catalogSql('categories')),
    connector.query<Source>(catalogSql('sources')),
  ]);
  return { observations, jurisdictions, indicators, categories, sources };
}

/** The first sheet's lines: what the file is and holds, Chinese first. */
function aboutRows(dataVersion: string, time: string): PackageCell[][] {
  const lines = (lang: 'zh' | 'en') => [
    [translate(lang, 'packageAboutTitle')],
    [translate(lang, 'packageAboutBody')],
    [translate(lang, 'packageAboutVersion', { version: dataVersion, time })],
  ];
  return [...lines('zh'), [], ...lines('en')];
}

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** A text too long for one spreadsheet cell: the package would lose its end, so it is not written. */
export class PackageCellTooLongError extends Error {
  constructor(
    readonly table: string,
    /** Sheet row (header = 1). */
    readonly row: number,
    readonly column: string,
    readonly length: number,
  ) {
    super(`${table} row ${row}, ${column}: ${length} characters, more than a spreadsheet cell holds`);
    this.name = 'PackageCellTooLongError';
  }
}

/**
 * Cells as the workbook stores them. A line break inside a text is written as LF: the XML inside an
 * .xlsx turns CRLF into LF when it is read, so writing LF makes what is read back what was written.
 */
function sheetCells(table: TableName, rows: PackageCell[][]): PackageCell[][] {
  return rows.map((cells, r) =>
    cells.map((cell, c) => {
      if (typeof cell !== 'string') return cell;
      const text = cell.replace(/\r\n?/gu, '\n');
      if (text.length > MAX_CELL_TEXT)
        throw new PackageCellTooLongError(table, r + 1, String(rows[0]![c]), text.length);
      return text;
    }),
  );
}

/** The workbook's bytes: an about sheet, then one sheet per table headed by its column names. */
export async function datasetWorkbook(
  tables: DatasetTables,
  { dataVersion, time }: { dataVersion: string; time: string },
): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aboutRows(dataVersion, time)), ABOUT_SHEET);
  for (const table of PACKAGE_TABLES) {
    const sheet = XLSX.utils.aoa_to_sheet(sheetCells(table, tableSheetRows(table, tables[table])));
    XLSX.utils.book_append_sheet(wb, sheet, table);
  }
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

/** `luzhi-data-<version>.xlsx`, beside the CSV and Parquet downloads of the same data. */
export function datasetWorkbookName(dataVersion: string): string {
  return `luzhi-data-${dataVersion}.xlsx`;
}
