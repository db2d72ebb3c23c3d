import { describe, expect, it } from 'vitest';
import {
  ABOUT_SHEET,
  isDatasetPackage,
  PACKAGE_TABLES,
  sameCell,
  sheetRecords,
  tableSheetRows,
} from './datasetPackage';
import { TABLE_KEYS, TABLE_NAMES, type TableName } from './tables';

// The data package's cell-level rules, one by one (the round trip through a workbook and the engine is
// tests/storage/datasetPackage.test.ts): a wrong rule here loses or changes a catalog value silently.

describe('tableSheetRows: a table as sheet rows', () => {
  it('heads the sheet with the table’s columns and writes each record in that order', () => {
    expect(
      tableSheetRows('categories', [
        { sort_order: 2, name_en: 'Proposals', name_zh: '提案', id: 'proposals' },
        { id: 'other', name_zh: '其他', name_en: null },
      ]),
    ).toEqual([
      ['id', 'name_zh', 'name_en', 'sort_order'],
      ['proposals', '提案', 'Proposals', 2],
      // a missing or null value is an empty cell, never the text "null" or "undefined"
      ['other', '其他', null, null],
    ]);
  });

  it.each<{ name: string; value: unknown; cell: string | number | null }>([
    { name: 'a number stays a number', value: 7, cell: 7 },
    { name: 'zero is a value, not an empty cell', value: 0, cell: 0 },
    { name: 'an empty text stays text', value: '', cell: '' },
    { name: 'a DuckDB BIGINT becomes a number', value: 12n, cell: 12 },
    { name: 'anything else becomes its text', value: true, cell: 'true' },
    { name: 'undefined is an empty cell', value: undefined, cell: null },
  ])('$name', ({ value, cell }) => {
    expect(tableSheetRows('categories', [{ id: 'c', sort_order: value }])[1]![3]).toStrictEqual(cell);
  });
});

describe('isDatasetPackage: recognised by its sheets’ headers', () => {
  const keysOnly = (table: TableName): string[] =>
    table === 'observations'
      ? ['jurisdiction_id', 'year', 'indicator_id', 'value', 'qualifier']
      : [...TABLE_KEYS[table]];
  const without = (table: TableName, column: string) => (t: string) =>
    t === table ? keysOnly(t).filter((c) => c !== column) : keysOnly(t as TableName);

  it.each<{ name: string; headerOf: (sheet: string) => readonly unknown[] | null; expected: boolean }>([
    {
      name: 'every sheet with its key columns (catalogs need no more)',
      headerOf: (t) => keysOnly(t as TableName),
      expected: true,
    },
    {
      name: 'headers with spaces and empty cells around the names',
      headerOf: (t) => [null, ...keysOnly(t as TableName).map((c) => ` ${c} `), ''],
      expected: true,
    },
    {
      name: 'a table’s sheet missing',
      headerOf: (t) => (t === 'sources' ? null : keysOnly(t as TableName)),
      expected: false,
    },
    {
      name: 'the first sheet missing',
      headerOf: (t) => (t === TABLE_NAMES[0] ? null : keysOnly(t as TableName)),
      expected: false,
    },
    { name: 'a catalog sheet without its key', headerOf: without('jurisdictions', 'id'), expected: false },
    { name: 'sources without its key (file)', headerOf: without('sources', 'file'), expected: false },
    // beyond its key, an observation cannot do without its value and qualifier
    { name: 'observations without value', headerOf: without('observations', 'value'), expected: false },
    {
      name: 'observations without qualifier',
      headerOf: without('observations', 'qualifier'),
      expected: false,
    },
    { name: 'observations without year', headerOf: without('observations', 'year'), expected: false },
  ])('$name → $expected', ({ headerOf, expected }) => {
    expect(isDatasetPackage(headerOf)).toBe(expected);
  });
});

describe('the package’s sheets', () => {
  it('one per table, each once, the catalogs before the observations that name them', () => {
    expect([...PACKAGE_TABLES].sort()).toEqual([...TABLE_NAMES].sort());
    expect(PACKAGE_TABLES.at(-1)).toBe('observations');
  });

  it('the about sheet comes first under a name Excel accepts, in both languages, that no table has', () => {
    expect(ABOUT_SHEET).toBe('说明 About');
    expect(ABOUT_SHEET.length).toBeLessThanOrEqual(31);
    expect(ABOUT_SHEET).not.toMatch(/[[\]:*?/\\]/);
    expect(TABLE_NAMES).not.toContain(ABOUT_SHEET);
  });
});

describe('sheetRecords: sheet rows back to typed records', () => {
  it('reads columns by header (any order, spaces trimmed), types numbers, numbers rows as the sheet does', () => {
    const records = sheetRecords('categories', [
      ['name_zh', ' id ', 'sort_order', 'not_a_column'],
      ['提案', 'proposals', '3', 'x'],
      [null, '', undefined],
      ['其他', 12, ' 7 ', null],
      ['零', 'zero', 0],
    ]);
    expect(records).toEqual([
      // a column the sheet lacks (name_en) is null; an unknown column is ignored
      { row: 2, values: { id: 'proposals', name_zh: '提案', name_en: null, sort_order: 3 } },
      // the wholly empty row 3 is skipped, and the next keeps its own row number
      { row: 4, values: { id: '12', name_zh: '其他', name_en: null, sort_order: 7 } },
      { row: 5, values: { id: 'zero', name_zh: '零', name_en: null, sort_order: 0 } },
    ]);
  });

  it('keeps a row whose only value is 0, and reads an empty text as null', () => {
    expect(
      sheetRecords('categories', [
        ['sort_order', 'id'],
        [0, ''],
      ]),
    ).toEqual([{ row: 2, values: { id: null, name_zh: null, name_en: null, sort_order: 0 } }]);
  });

  it('a row shorter than the header (a spreadsheet drops trailing empty cells) has null there, not "undefined"', () => {
    expect(
      sheetRecords('categories', [
        ['id', 'sort_order', 'name_zh', null, 'name_en'],
        ['short', 4],
      ]),
    ).toEqual([{ row: 2, values: { id: 'short', name_zh: null, name_en: null, sort_order: 4 } }]);
  });

  it('types the observations’ DOUBLE values as numbers too, and keeps their other columns as text', () => {
    expect(
      sheetRecords('observations', [
        ['jurisdiction_id', 'year', 'indicator_id', 'value', 'qualifier', 'quote'],
        ['jiaxing', '2022', 'proposals_filed', ' 98.5 ', 'at_least', 369],
      ]),
    ).toEqual([
      {
        row: 2,
        values: {
          jurisdiction_id: 'jiaxing',
          year: 2022,
          indicator_id: 'proposals_filed',
          value: 98.5,
          qualifier: 'at_least',
          unit: null,
          source_file: null,
          quote: '369',
          comparable: null,
          comparability_zh: null,
          comparability_en: null,
        },
      },
    ]);
  });

  it('a sheet with no rows at all gives no records', () => {
    expect(sheetRecords('categories', [])).toEqual([]);
    expect(sheetRecords('categories', [['id']])).toEqual([]);
  });
});

describe('sameCell: one catalog value compared with another', () => {
  it.each<[unknown, unknown, boolean]>([
    ['', null, true],
    [undefined, null, true],
    ['', undefined, true],
    [12n, 12, true],
    ['a', 'a', true],
    ['a', 'b', false],
    [0, null, false],
    [0, '', false],
    ['0', 0, false],
    [1, 2, false],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(sameCell(a, b)).toBe(expected);
    expect(sameCell(b, a)).toBe(expected);
  });
});
