import type { Connector } from '../engine/connector';

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

/** `read_csv` with the schema fixed, so a stray value is an error rather than a silently changed type. */
export function readCsvSql(table: TableName, fileName: string): string {
  const columns = Object.entries(TABLE_COLUMNS[table])
    .map(([name, type]) => `'${name}': '${type}'`)
    .join(', ');
  return (
    `SELECT * FROM read_csv('${fileName}', header = true, auto_detect = false, delim = ',', ` +
    `quote = '"', escape = '"', columns = {${columns}})`
  );
}

/**
 * Every value the views read: stored observations plus derived rates computed from the catalog's
 * numerator/denominator. A rate is exact only when both parts are exact; a zero denominator gives no rate.
 */
export const INDICATOR_VALUES_VIEW_SQL = `
CREATE OR REPLACE VIEW indicator_values AS
SELECT o.jurisdiction_id, o.year, o.indicator_id, o.value, o.qualifier, o.unit, o.source_file, o.quote,
       CAST(NULL AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator
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
       n.value AS numerator, d.value AS denominator
FROM indicators i
JOIN observations n ON n.indicator_id = i.numerator_id
JOIN observations d ON d.indicator_id = i.denominator_id
  AND d.jurisdiction_id = n.jurisdiction_id AND d.year = n.year
WHERE i.numerator_id IS NOT NULL AND d.value > 0`;

/** Creates (or replaces) every table from CSV text and the derived-value view. */
export async function loadTablesFromCsv(connector: Connector, texts: TableTexts): Promise<void> {
  for (const table of TABLE_NAMES) {
    const file = `bundled_${table}.csv`;
    await connector.registerFileText(file, texts[table]);
    await connector.query(`CREATE OR REPLACE TABLE ${table} AS ${readCsvSql(table, file)}`);
    await connector.dropFile(file);
  }
  await connector.query(INDICATOR_VALUES_VIEW_SQL);
}
