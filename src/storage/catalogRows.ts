import type { Connector, SqlValue } from '../engine/connector';
import type { Indicator, Jurisdiction } from '../data/schema';
import { TABLE_COLUMNS } from '../data/tables';

/** A new catalog entry whose id is already taken by a different entry: the upload must not overwrite it. */
export class CatalogConflictError extends Error {
  constructor(
    readonly table: 'jurisdictions' | 'indicators',
    readonly id: string,
  ) {
    super(`${table}: id "${id}" already exists with different details`);
    this.name = 'CatalogConflictError';
  }
}

/** Where an indicator added in an upload is listed when its category is not in the catalog. */
export const UPLOADED_CATEGORY = { name_zh: '上传的指标', name_en: 'Uploaded indicators', sort_order: 9999 };

async function insertRow(
  engine: Connector,
  table: 'jurisdictions' | 'indicators',
  row: Jurisdiction | Indicator,
): Promise<void> {
  const columns = Object.keys(TABLE_COLUMNS[table]);
  const values = columns.map((c) => ((row as unknown as Record<string, SqlValue>)[c] ?? null) || null);
  const existing = await engine.query(`SELECT * FROM ${table} WHERE id = $1`, [row.id]);
  if (existing.length > 0) {
    const same = columns.every((c, i) => (existing[0]![c] ?? null) === values[i]);
    if (same) return;
    throw new CatalogConflictError(table, row.id);
  }
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
  const names = columns.map((c) => `"${c}"`).join(', ');
  await engine.query(`INSERT INTO ${table} (${names}) VALUES (${placeholders})`, values);
}

/**
 * Adds the jurisdictions and indicators the analyst created while resolving names. Runs inside the
 * commit's transaction, so they land together with the rows that use them, or not at all.
 */
export async function insertCatalogRows(
  engine: Connector,
  { jurisdictions, indicators }: { jurisdictions: readonly Jurisdiction[]; indicators: readonly Indicator[] },
): Promise<void> {
  for (const j of jurisdictions) await insertRow(engine, 'jurisdictions', j);
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
