import '../i18n/laterMessages'; // registers the data screen's messages this module names
import { sameCell, sheetRecords, type SheetRecord } from '../data/datasetPackage';
import type { Category, Indicator, Jurisdiction, Source } from '../data/schema';
import { TABLE_COLUMNS, TABLE_KEYS, type TableName } from '../data/tables';
import { escapeSpreadsheetCell } from '../export/spreadsheetSafe';
import type { ProblemInput } from './problems';
import type { ImportCatalog } from './types';

// A data package's catalogs against the catalog in use: rows whose id is new are added with the
// upload (no name is asked for one by one: the package says what each is); a row whose id exists
// with the same details is nothing new; a row whose id exists with other details is reported and the
// existing row is kept (an import never silently rewrites a catalog entry the data in use relies on).

type CatalogTable = 'categories' | 'jurisdictions' | 'indicators' | 'sources';

export interface UnpackedCatalogs {
  /** The catalog in use plus the package's new entries: what the observations are matched against. */
  catalog: ImportCatalog;
  newJurisdictions: Jurisdiction[];
  newIndicators: Indicator[];
  newCategories: Category[];
  newSources: Source[];
  /** One warning per conflicting cell (sheet, row, column, both values). */
  conflicts: ProblemInput[];
}

const keyOf = (table: TableName, values: Record<string, unknown>) =>
  TABLE_KEYS[table].map((k) => String(values[k] ?? '')).join('\u0000');

function unpackTable<T extends object>(
  table: CatalogTable,
  cells: readonly (readonly unknown[])[],
  existing: readonly T[],
  conflicts: ProblemInput[],
): T[] {
  const known = new Map(existing.map((row) => [keyOf(table, row as Record<string, unknown>), row]));
  const added = new Map<string, SheetRecord>();
  const columns = Object.keys(TABLE_COLUMNS[table]);
  for (const record of sheetRecords(table, cells)) {
    const key = keyOf(table, record.values);
    if (TABLE_KEYS[table].some((k) => record.values[k] === null)) continue; // no id: nothing to add
    const old = known.get(key) as Record<string, unknown> | undefined;
    if (!old) {
      if (!added.has(key)) added.set(key, record);
      continue;
    }
    for (const column of columns) {
      if (sameCell(old[column], record.values[column])) continue;
      conflicts.push({
        kind: 'catalog_conflict',
        severity: 'warning',
        row: record.row,
        column: `${table}.${column}`,
        value: String(record.values[column] ?? ''),
        reason: 'problemCatalogConflict',
        vars: { id: key, existing: String(old[column] ?? '') },
      });
    }
  }
  return [...added.values()].map((r) => r.values as unknown as T);
}

/** The package's catalogs, split into what is new and what conflicts with `catalog`. */
export function unpackCatalogs(
  sheets: Partial<Record<TableName, unknown[][]>>,
  catalog: ImportCatalog,
): UnpackedCatalogs {
  const conflicts: ProblemInput[] = [];
  const newCategories = unpackTable<Category>(
    'categories',
    sheets.categories ?? [],
    catalog.categories ?? [],
    conflicts,
  );
  const newJurisdictions = unpackTable<Jurisdiction>(
    'jurisdictions',
    sheets.jurisdictions ?? [],
    catalog.jurisdictions,
    conflicts,
  );
  const newIndicators = unpackTable<Indicator>(
    'indicators',
    sheets.indicators ?? [],
    catalog.indicators,
    conflicts,
  );
  const newSources = unpackTable<Source>('sources', sheets.sources ?? [], catalog.sources ?? [], conflicts);
  return {
    catalog: {
      ...catalog,
      jurisdictions: [...catalog.jurisdictions, ...newJurisdictions],
      indicators: [...catalog.indicators, ...newIndicators],
    },
    newJurisdictions,
    newIndicators,
    newCategories,
    newSources,
    conflicts,
  };
}

/** Columns of the observations sheet that the validation reads as free text (and unescapes). */
const FREE_TEXT = new Set(['quote', 'source_file', 'comparability_zh', 'comparability_en']);

/**
 * The observations sheet's text for the importer: workbook cells are never formulas, but the
 * importer undoes the CSV export's formula escape on free text, so that text is escaped here the
 * same way first — what comes out is exactly what the cell held.
 */
export function packageObservationRows(rows: string[][]): string[][] {
  const header = rows[0] ?? [];
  const escaped = header.map((h) => FREE_TEXT.has(h.trim()));
  // every row as wide as the header: an empty last cell (no quote) is a blank, not a short row
  return rows.map((cells, r) =>
    r === 0
      ? cells
      : header.map((_, i) => (escaped[i] ? escapeSpreadsheetCell(cells[i] ?? '') : (cells[i] ?? ''))),
  );
}
