import type { Connector } from '../engine/connector';
import { refreshComparisons } from '../queries/precomputed';

/** Column names and DuckDB types of each table, in CSV header order. */
export const TABLE_COLUMNS = {
  observations: {
    jurisdiction_id: 'VARCHAR',
    year: 'INTEGER',
    indicator_id: 'VARCHAR',
    value: 'DOUBLE',
    qualifier: 'VARCHAR',
    unit: 'VARCHAR',
    source_file: 'VARCHAR',
    quote: 'VARCHAR',
    // Optional, per figure: empty inherits the indicator's comparability (see Observation).
    comparable: 'VARCHAR',
    comparability_zh: 'VARCHAR',
    comparability_en: 'VARCHAR',
  },
  jurisdictions: {
    id: 'VARCHAR',
    name_zh: 'VARCHAR',
    name_en: 'VARCHAR',
    aliases: 'VARCHAR',
    level: 'VARCHAR',
    body: 'VARCHAR',
    body_name_zh: 'VARCHAR',
    body_name_en: 'VARCHAR',
    province_zh: 'VARCHAR',
    province_en: 'VARCHAR',
    parent_zh: 'VARCHAR',
    parent_en: 'VARCHAR',
  },
  indicators: {
    id: 'VARCHAR',
    name_zh: 'VARCHAR',
    name_en: 'VARCHAR',
    unit_zh: 'VARCHAR',
    unit_en: 'VARCHAR',
    category: 'VARCHAR',
    definition_zh: 'VARCHAR',
    definition_en: 'VARCHAR',
    better: 'VARCHAR',
    comparability_zh: 'VARCHAR',
    comparability_en: 'VARCHAR',
    numerator_id: 'VARCHAR',
    denominator_id: 'VARCHAR',
    comparable: 'VARCHAR',
    sort_order: 'INTEGER',
  },
  categories: { id: 'VARCHAR', name_zh: 'VARCHAR', name_en: 'VARCHAR', sort_order: 'INTEGER' },
  sources: {
    file: 'VARCHAR',
    jurisdiction_id: 'VARCHAR',
    year: 'INTEGER',
    title_zh: 'VARCHAR',
    title_en: 'VARCHAR',
    body_zh: 'VARCHAR',
    body_en: 'VARCHAR',
    published: 'VARCHAR',
  },
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

export type TableTexts = Record<TableName, string>;

/** Columns that identify a row of each table: uploads merge on them, snapshots sort by them. */
export const TABLE_KEYS: Record<TableName, readonly string[]> = {
  observations: ['jurisdiction_id', 'year', 'indicator_id'],
  jurisdictions: ['id'],
  indicators: ['id'],
  categories: ['id'],
  sources: ['file'],
};

/**
 * The order observations are kept in inside the engine and saved in: by indicator, then year. Every view
 * reads one indicator (ranking, trend) or one indicator's years, and DuckDB skips the row groups whose
 * min/max of indicator_id cannot match, so a million-row table is read a few row groups at a time
 * (measured at 1M rows, Node, CPU: an indicator's ranking 159 → 48 ms). Order is not part of the data:
 * the data version is hashed from a sorted canonical dump.
 */
export const OBSERVATIONS_ORDER = 'indicator_id, year, jurisdiction_id';

/**
 * Columns added after data were first stored, at the end of their table: files and stored versions
 * without them load with NULLs there (for observations' comparability, "inherit the indicator's").
 */
export const OPTIONAL_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  observations: ['comparable', 'comparability_zh', 'comparability_en'],
};

/** Adds the optional columns a table loaded from an older file lacks (a no-op otherwise). */
export function addOptionalColumnsSql(table: TableName): string[] {
  const columns = TABLE_COLUMNS[table] as Record<string, string>;
  return (OPTIONAL_COLUMNS[table] ?? []).map(
    (name) => `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS "${name}" ${columns[name]}`,
  );
}

/**
 * `read_csv` with the schema fixed, so a stray value is an error rather than a silently changed type.
 * `header` (the file's first line) leaves out the optional columns a file written before them lacks;
 * `addOptionalColumnsSql` adds them back to the table, empty.
 */
export function readCsvSql(table: TableName, fileName: string, header?: string): string {
  const named = header === undefined ? null : new Set(csvHeaderNames(header));
  const optional = OPTIONAL_COLUMNS[table] ?? [];
  const columns = Object.entries(TABLE_COLUMNS[table])
    .filter(([name]) => !named || !optional.includes(name) || named.has(name))
    .map(([name, type]) => `'${name}': '${type}'`)
    .join(', ');
  return (
    `SELECT * FROM read_csv('${fileName}', header = true, auto_detect = false, delim = ',', ` +
    `quote = '"', escape = '"', columns = {${columns}})`
  );
}

/** The names in a CSV header line (a BOM and quotes removed). */
function csvHeaderNames(line: string): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split(',')
    .map((n) => n.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * Every value the views read: stored observations plus derived rates computed from the catalog's
 * numerator/denominator. A rate is exact only when both parts are exact; a zero denominator gives no rate.
 * `obs_comparable` and its reasons are a figure's own comparability (NULL: the indicator's applies); a
 * rate takes the less comparable of its parts' flags, with that part's reason.
 */
export const INDICATOR_VALUES_VIEW_SQL = `
CREATE OR REPLACE VIEW indicator_values AS
SELECT o.jurisdiction_id, o.year, o.indicator_id, o.value, o.qualifier, o.unit, o.source_file, o.quote,
       CAST(NULL AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator,
       NULLIF(o.comparable, '') AS obs_comparable, o.comparability_zh AS obs_comparability_zh,
       o.comparability_en AS obs_comparability_en
FROM observations o
UNION ALL
SELECT n.jurisdiction_id, n.year, i.id AS indicator_id,
       100.0 * n.value / d.value AS value,
       -- At least n of an exact d is at least n/d: the ≥ survives the division (吴兴 ≥90 ÷ 162 → ≥55.6%).
       -- A bound on the denominator bounds the rate the other way, so anything else is approximate.
       CASE WHEN n.qualifier = 'exact' AND d.qualifier = 'exact' THEN 'exact'
            WHEN n.qualifier = 'at_least' AND d.qualifier = 'exact' THEN 'at_least'
            ELSE 'approx' END AS qualifier,
       '%' AS unit, n.source_file, NULL AS quote,
       n.value AS numerator, d.value AS denominator,
       CASE WHEN 'no' IN (n.comparable, d.comparable) THEN 'no'
            WHEN 'partly' IN (n.comparable, d.comparable) THEN 'partly' END AS obs_comparable,
       CASE WHEN n.comparable = 'no' OR (n.comparable = 'partly' AND d.comparable IS DISTINCT FROM 'no')
            THEN n.comparability_zh ELSE d.comparability_zh END AS obs_comparability_zh,
       CASE WHEN n.comparable = 'no' OR (n.comparable = 'partly' AND d.comparable IS DISTINCT FROM 'no')
            THEN n.comparability_en ELSE d.comparability_en END AS obs_comparability_en
FROM indicators i
JOIN observations n ON n.indicator_id = i.numerator_id
JOIN observations d ON d.indicator_id = i.denominator_id
  AND d.jurisdiction_id = n.jurisdiction_id AND d.year = n.year
WHERE i.numerator_id IS NOT NULL AND d.value > 0`;

/**
 * Creates (or replaces) every table from CSV text and the derived-value view, but not the precomputed
 * comparisons: for a load inside a transaction, which rebuilds them after COMMIT (src/queries/precomputed.ts
 * says why). Outside one, use loadTablesFromCsv.
 */
export async function writeTablesFromCsv(connector: Connector, texts: TableTexts): Promise<void> {
  for (const table of TABLE_NAMES) {
    const file = `bundled_${table}.csv`;
    const text = texts[table];
    await connector.registerFileText(file, text);
    const header = text.slice(0, Math.max(0, text.indexOf('\n')));
    const order = table === 'observations' ? ` ORDER BY ${OBSERVATIONS_ORDER}` : '';
    await connector.query(`CREATE OR REPLACE TABLE ${table} AS ${readCsvSql(table, file, header)}${order}`);
    for (const sql of addOptionalColumnsSql(table)) await connector.query(sql);
    await connector.dropFile(file);
  }
  await connector.query(INDICATOR_VALUES_VIEW_SQL);
}

/** Creates (or replaces) every table from CSV text, the derived-value view and the precomputed comparisons. */
export async function loadTablesFromCsv(connector: Connector, texts: TableTexts): Promise<void> {
  await writeTablesFromCsv(connector, texts);
  await refreshComparisons(connector);
}
