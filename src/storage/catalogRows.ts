import type { Connector, SqlValue } from '../engine/connector';
import type { Category, Indicator, Jurisdiction, Source } from '../data/schema';
import { TABLE_COLUMNS, TABLE_KEYS } from '../data/tables';

type CatalogTable = 'jurisdictions' | 'indicators' | 'categories' | 'sources';

/** A new catalog entry whose id is already taken by a different entry: the upload must not overwrite it. */
export class CatalogConflictError extends Error {
  constructor(
    readonly table: CatalogTable,
    readonly id: string,
  ) {
    super(`${table}: id "${id}" already exists with different details`);
    this.name = 'CatalogConflictError';
  }
}

/** Where an indicator added in an upload is listed when its category is not in the catalog. */
export const UPLOADED_CATEGORY = { name_zh: '上传的指标', name_en: 'Uploaded indicators', sort_order: 9999 };

/** An empty text is no value (a form's blank field, a package's empty cell); 0 stays 0. */
const cellValue = (v: unknown): SqlValue =>
  v === undefined || v === null || v === '' ? null : typeof v === 'bigint' ? Number(v) : (v as SqlValue);

async function insertRow(engine: Connector, table: CatalogTable, row: object): Promise<void> {
  const columns = Object.keys(TABLE_COLUMNS[table]);
  const values = columns.map((c) => cellValue((row as Record<string, unknown>)[c]));
  const keys = TABLE_KEYS[table];
  const keyValues = keys.map((k) => values[columns.indexOf(k)]!);
  const existing = await engine.query(
    `SELECT * FROM ${table} WHERE ${keys.map((k, i) => `"${k}" = $${i + 1}`).join(' AND ')}`,
    keyValues,
  );
  if (existing.length > 0) {
    const same = columns.every((c, i) => cellValue(existing[0]![c]) === values[i]);
    if (same) return;
    throw new CatalogConflictError(table, keyValues.join(' '));
  }
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
  const names = columns.map((c) => `"${c}"`).join(', ');
  await engine.query(`INSERT INTO ${table} (${names}) VALUES (${placeholders})`, values);
}

/**
 * Adds the catalog entries an upload brings: those the analyst created while resolving names, or a
 * data package's (categories and sources too). Runs inside the commit's transaction, so they land
 * together with the rows that use them, or not at all. An entry whose id exists with other details
 * is refused (CatalogConflictError), never overwritten.
 */
export async function insertCatalogRows(
  engine: Connector,
  {
    jurisdictions,
    indicators,
    categories = [],
    sources = [],
  }: {
    jurisdictions: readonly Jurisdiction[];
    indicators: readonly Indicator[];
    categories?: readonly Category[];
    sources?: readonly Source[];
  },
): Promise<void> {
  // categories first: an indicator whose category comes with it is listed under that category
  for (const c of categories) await insertRow(engine, 'categories', c);
  for (const j of jurisdictions) await insertRow(engine, 'jurisdictions', j);
  for (const s of sources) await insertRow(engine, 'sources', s);
  for (const i of indicators) {
    await insertRow(engine, 'indicators', i);
    const known = await engine.query('SELECT 1 FROM categories WHERE id = $1', [i.category]);
    if (known.length === 0) {
      const { name_zh, name_en, sort_order } = UPLOADED_CATEGORY;
      await engine.query('INSERT INTO categories VALUES ($1, $2, $3, $4)', [
        i.category,
        name_zh,
        name_en,
        sort_order,
      ]);
    }
  }
}
