import { describe, expect, it } from 'vitest';
import {
  addOptionalColumnsSql,
  OBSERVATIONS_ORDER,
  OPTIONAL_COLUMNS,
  readCsvSql,
  TABLE_COLUMNS,
  TABLE_KEYS,
  TABLE_NAMES,
  type TableName,
} from './tables';

// The schema is the contract with every file and stored version ever written: a column renamed, retyped,
// reordered or dropped here makes older data load wrongly or not at all, so it is spelled out in full.
// The engine side (loading, the derived-rate view) is tests/dataset/indicatorValues.test.ts.

const SCHEMA: Record<TableName, string> = {
  observations:
    'jurisdiction_id VARCHAR, year INTEGER, indicator_id VARCHAR, value DOUBLE, qualifier VARCHAR, ' +
    'unit VARCHAR, source_file VARCHAR, quote VARCHAR, comparable VARCHAR, comparability_zh VARCHAR, ' +
    'comparability_en VARCHAR',
  jurisdictions:
    'id VARCHAR, name_zh VARCHAR, name_en VARCHAR, aliases VARCHAR, level VARCHAR, body VARCHAR, ' +
    'body_name_zh VARCHAR, body_name_en VARCHAR, province_zh VARCHAR, province_en VARCHAR, ' +
    'parent_zh VARCHAR, parent_en VARCHAR',
  indicators:
    'id VARCHAR, name_zh VARCHAR, name_en VARCHAR, unit_zh VARCHAR, unit_en VARCHAR, category VARCHAR, ' +
    'definition_zh VARCHAR, definition_en VARCHAR, better VARCHAR, comparability_zh VARCHAR, ' +
    'comparability_en VARCHAR, numerator_id VARCHAR, denominator_id VARCHAR, comparable VARCHAR, ' +
    'sort_order INTEGER',
  categories: 'id VARCHAR, name_zh VARCHAR, name_en VARCHAR, sort_order INTEGER',
  sources:
    'file VARCHAR, jurisdiction_id VARCHAR, year INTEGER, title_zh VARCHAR, title_en VARCHAR, ' +
    'body_zh VARCHAR, body_en VARCHAR, published VARCHAR',
};

const readColumns = (sql: string) =>
  /columns = \{(.*)\}\)$/
    .exec(sql)![1]!
    .split(', ')
    .map((c) => c.replace(/^'(\w+)': '(\w+)'$/, '$1 $2'))
    .join(', ');

describe('the tables’ schema, the contract with every file and stored version', () => {
  it.each(TABLE_NAMES)('%s: its columns, types and order', (table) => {
    expect(
      Object.entries(TABLE_COLUMNS[table])
        .map(([name, type]) => `${name} ${type}`)
        .join(', '),
    ).toBe(SCHEMA[table]);
    // read_csv fixes exactly these types, in this order
    expect(readColumns(readCsvSql(table, 'f.csv'))).toBe(SCHEMA[table]);
  });

  it('lists the tables in load order: observations, then the catalogs', () => {
    expect(TABLE_NAMES).toEqual(['observations', 'jurisdictions', 'indicators', 'categories', 'sources']);
  });

  it.each<[TableName, string[]]>([
    ['observations', ['jurisdiction_id', 'year', 'indicator_id']],
    ['jurisdictions', ['id']],
    ['indicators', ['id']],
    ['categories', ['id']],
    ['sources', ['file']],
  ])('%s is keyed by %j', (table, keys) => {
    expect(TABLE_KEYS[table]).toEqual(keys);
  });

  it('observations are kept by indicator, then year, then jurisdiction', () => {
    expect(OBSERVATIONS_ORDER).toBe('indicator_id, year, jurisdiction_id');
  });
});

describe('readCsvSql: the schema is fixed, so a stray value is an error, not a changed type', () => {
  it('reads with a header, no type guessing, comma-separated, double quotes escaped by doubling', () => {
    expect(readCsvSql('categories', 'bundled_categories.csv')).toBe(
      "SELECT * FROM read_csv('bundled_categories.csv', header = true, auto_detect = false, delim = ',', " +
        `quote = '"', escape = '"', columns = {'id': 'VARCHAR', 'name_zh': 'VARCHAR', 'name_en': 'VARCHAR', 'sort_order': 'INTEGER'})`,
    );
  });

  const ALL = Object.keys(TABLE_COLUMNS.observations);
  const WITHOUT_OPTIONAL = ALL.filter((c) => !OPTIONAL_COLUMNS.observations!.includes(c));
  const namesRead = (header?: string) =>
    readColumns(readCsvSql('observations', 'f.csv', header))
      .split(', ')
      .map((c) => c.split(' ')[0]);

  it.each<{ name: string; header: string | undefined; columns: string[] }>([
    { name: 'no header given: every column', header: undefined, columns: ALL },
    { name: 'a header with every column', header: ALL.join(','), columns: ALL },
    {
      name: 'a file written before the optional columns leaves them out (added back empty)',
      header: WITHOUT_OPTIONAL.join(','),
      columns: WITHOUT_OPTIONAL,
    },
    {
      name: 'an optional column the file has is read, the ones it lacks are not',
      header: [...WITHOUT_OPTIONAL, 'comparability_en'].join(','),
      columns: [...WITHOUT_OPTIONAL, 'comparability_en'],
    },
    {
      // only a leading byte-order mark is dropped; one inside a name makes it another name (no column)
      name: 'a U+FEFF inside a name is not a byte-order mark',
      header: ALL.join(',').replace('comparable,', 'compa\uFEFFrable,'),
      columns: ALL.filter((c) => c !== 'comparable'),
    },
    {
      name: 'a Windows line end after the last name is not part of it',
      header: `${ALL.join(',')}\r`,
      columns: ALL,
    },
    {
      name: 'quoted and space-padded names are the names',
      header: ALL.map((c) => ` "${c}" `).join(','),
      columns: ALL,
    },
    {
      // a required column is never left out, even when the header lacks it: read_csv then reports it
      name: 'a header without a required column still reads every required one',
      header: WITHOUT_OPTIONAL.filter((c) => c !== 'quote').join(','),
      columns: WITHOUT_OPTIONAL,
    },
  ])('$name', ({ header, columns }) => {
    expect(namesRead(header)).toEqual(columns);
  });

  it('only the observations have optional columns: a catalog reads every column whatever its header', () => {
    expect(OPTIONAL_COLUMNS).toEqual({
      observations: ['comparable', 'comparability_zh', 'comparability_en'],
    });
    expect(readColumns(readCsvSql('categories', 'f.csv', 'id'))).toBe(SCHEMA.categories);
  });
});

describe('addOptionalColumnsSql: an older file’s table gets the columns it lacks, empty', () => {
  it.each<[TableName, string[]]>([
    [
      'observations',
      [
        'ALTER TABLE observations ADD COLUMN IF NOT EXISTS "comparable" VARCHAR',
        'ALTER TABLE observations ADD COLUMN IF NOT EXISTS "comparability_zh" VARCHAR',
        'ALTER TABLE observations ADD COLUMN IF NOT EXISTS "comparability_en" VARCHAR',
      ],
    ],
    ['jurisdictions', []],
    ['sources', []],
  ])('%s', (table, sql) => {
    expect(addOptionalColumnsSql(table)).toEqual(sql);
  });
});
