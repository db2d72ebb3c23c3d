import { describe, expect, it } from 'vitest';
import type { Category, Indicator, Jurisdiction, Source } from '../../src/data/schema';
import { packageObservationRows, unpackCatalogs } from '../../src/import/datasetPackage';
import type { ImportCatalog } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

// A data package's catalogs against the ones in use: a new entry comes in, a known one with other
// details is reported cell by cell and never rewritten, and free text reads back exactly.

const bundled = bundledCatalog();
const jiaxing = bundled.jurisdictions.find((j) => j.id === 'jiaxing')!;
const filed = bundled.indicators.find((i) => i.id === 'proposals_filed')!;

const CATEGORY_HEADER = ['id', 'name_zh', 'name_en', 'sort_order'];
const SOURCE_HEADER = [
  'file',
  'jurisdiction_id',
  'year',
  'title_zh',
  'title_en',
  'body_zh',
  'body_en',
  'published',
];

const categories: Category[] = [{ id: 'duty', name_zh: '履职', name_en: 'Duties', sort_order: 1 }];
const sources: Source[] = [
  {
    file: 'jx-2023.txt',
    jurisdiction_id: 'jiaxing',
    year: 2023,
    title_zh: '报告',
    title_en: 'Report',
    body_zh: null,
    body_en: null,
    published: null,
  } as unknown as Source,
];
const catalog: ImportCatalog = {
  jurisdictions: [jiaxing],
  indicators: [filed],
  categories,
  sources,
};

const rowOf = (header: readonly string[], values: object) =>
  header.map((h) => (values as Record<string, unknown>)[h] ?? null);
const jurisdictionHeader = Object.keys(jiaxing);
const indicatorHeader = Object.keys(filed);

describe('unpackCatalogs: new entries, same entries, conflicting cells', () => {
  const newPlace: Jurisdiction = { ...jiaxing, id: 'new-place', name_zh: '新地', name_en: 'New Place' };
  const newIndicator: Indicator = {
    ...filed,
    id: 'new_indicator',
    name_zh: '新指标',
    name_en: 'New indicator',
  };
  const unpacked = unpackCatalogs(
    {
      categories: [
        CATEGORY_HEADER,
        ['duty', '履职', 'Duties', 1], // the same: nothing new
        ['duty', '职责', 'Duties', 1], // another name: a conflict, the one here kept
        ['study', '学习', 'Study', 2], // new
        ['study', '研学', 'Study', 3], // the same new id again: the first one counts
        [null, '无编号', 'No id', 4], // no id: nothing to add
        [null, null, null, null], // an empty row
      ],
      jurisdictions: [
        jurisdictionHeader,
        rowOf(jurisdictionHeader, jiaxing),
        rowOf(jurisdictionHeader, newPlace),
      ],
      indicators: [
        indicatorHeader,
        rowOf(indicatorHeader, { ...filed, sort_order: 99 }),
        rowOf(indicatorHeader, newIndicator),
      ],
      sources: [
        SOURCE_HEADER,
        ['jx-2023.txt', 'jiaxing', 2023, '报告', 'Report', '', null, null], // '' and empty are the same
        ['jx-2024.txt', 'jiaxing', 2024, '报告', 'Report', null, null, null],
      ],
    },
    catalog,
  );

  it('adds what is new, once per id, with the package’s details', () => {
    expect(unpacked.newCategories).toEqual([
      { id: 'study', name_zh: '学习', name_en: 'Study', sort_order: 2 },
    ]);
    expect(unpacked.newJurisdictions.map((j) => [j.id, j.name_zh])).toEqual([['new-place', '新地']]);
    expect(unpacked.newIndicators.map((i) => [i.id, i.name_en])).toEqual([
      ['new_indicator', 'New indicator'],
    ]);
    expect(unpacked.newSources.map((s) => [s.file, s.year])).toEqual([['jx-2024.txt', 2024]]);
  });

  it('matches the observations against the catalog here plus the new places and indicators', () => {
    expect(unpacked.catalog.jurisdictions.map((j) => j.id)).toEqual(['jiaxing', 'new-place']);
    expect(unpacked.catalog.indicators.map((i) => i.id)).toEqual(['proposals_filed', 'new_indicator']);
    expect(unpacked.catalog.categories).toBe(categories);
    expect(unpacked.catalog.sources).toBe(sources);
  });

  it('reports each conflicting cell as a warning with its sheet row, column and both values', () => {
    expect(unpacked.conflicts).toEqual([
      {
        kind: 'catalog_conflict',
        severity: 'warning',
        row: 3,
        column: 'categories.name_zh',
        value: '职责',
        reason: 'problemCatalogConflict',
        vars: { id: 'duty', existing: '履职' },
      },
      {
        kind: 'catalog_conflict',
        severity: 'warning',
        row: 2,
        column: 'indicators.sort_order',
        value: '99',
        reason: 'problemCatalogConflict',
        vars: { id: 'proposals_filed', existing: String(filed.sort_order) },
      },
    ]);
  });

  it('an empty cell against a value here is a conflict with an empty value', () => {
    const { conflicts } = unpackCatalogs(
      { categories: [CATEGORY_HEADER, ['duty', '履职', null, 1]] },
      catalog,
    );
    expect(conflicts.map((c) => [c.column, c.value, c.vars])).toEqual([
      ['categories.name_en', '', { id: 'duty', existing: 'Duties' }],
    ]);
  });

  it('a value against an empty cell here names the empty one', () => {
    const { conflicts } = unpackCatalogs(
      { sources: [SOURCE_HEADER, ['jx-2023.txt', 'jiaxing', 2023, '报告', 'Report', '正文', null, null]] },
      catalog,
    );
    expect(conflicts.map((c) => [c.column, c.value, c.vars])).toEqual([
      ['sources.body_zh', '正文', { id: 'jx-2023.txt', existing: '' }],
    ]);
  });

  it('no catalog sheets and no categories or sources here: nothing new, nothing reported', () => {
    const bare: ImportCatalog = { jurisdictions: [jiaxing], indicators: [filed] };
    expect(unpackCatalogs({}, bare)).toEqual({
      catalog: { jurisdictions: [jiaxing], indicators: [filed] },
      newJurisdictions: [],
      newIndicators: [],
      newCategories: [],
      newSources: [],
      conflicts: [],
    });
  });

  it('categories and sources new to a catalog that has none', () => {
    const bare: ImportCatalog = { jurisdictions: [], indicators: [] };
    const out = unpackCatalogs(
      {
        categories: [CATEGORY_HEADER, ['duty', '履职', 'Duties', 1]],
        sources: [SOURCE_HEADER, ['a.txt', 'jiaxing', 2023, null, null, null, null, null]],
      },
      bare,
    );
    expect([out.newCategories.map((c) => c.id), out.newSources.map((s) => s.file)]).toEqual([
      ['duty'],
      ['a.txt'],
    ]);
  });
});

describe('packageObservationRows: free text escaped as the CSV export does, rows as wide as the header', () => {
  it('escapes formula-like free text only, pads short rows, leaves the header as it is', () => {
    const header = [
      'jurisdiction_id',
      'year',
      'indicator_id',
      'value',
      ' quote ',
      'source_file',
      'comparability_zh',
      'comparability_en',
    ];
    expect(
      packageObservationRows([
        header,
        ['jiaxing', '2023', '=id', '-5', '=SUM(A1)', "'note", '+口径', '@en'],
        ['jiaxing', '2024', 'x', '1'],
      ]),
    ).toEqual([
      header,
      ['jiaxing', '2023', '=id', '-5', "'=SUM(A1)", "''note", "'+口径", "'@en"],
      ['jiaxing', '2024', 'x', '1', '', '', '', ''],
    ]);
  });

  it('cells beyond the header are dropped; no rows, no header', () => {
    expect(packageObservationRows([['value'], ['1', 'extra']])).toEqual([['value'], ['1']]);
    expect(packageObservationRows([])).toEqual([]);
    expect(packageObservationRows([['quote', 'value']])).toEqual([['quote', 'value']]);
  });
});

describe('packageObservationRows: bugs a short row or a spreadsheet-style header would show', () => {
  // A workbook row ends at its last filled cell, so a row with no value or year is short in columns
  // that are not free text; those must read as blanks (missing), never as some stand-in text.
  it('a short row reads as blanks in the columns that are not free text', () => {
    expect(
      packageObservationRows([
        ['jurisdiction_id', 'year', 'indicator_id', 'value', 'qualifier'],
        ['jiaxing', '2023'],
      ]),
    ).toEqual([
      ['jurisdiction_id', 'year', 'indicator_id', 'value', 'qualifier'],
      ['jiaxing', '2023', '', '', ''],
    ]);
  });

  // The header is read by name after trimming, so a header cell pasted with a leading tab still names the
  // quote column; escaping it like a cell would turn it into "'\tquote", and the quotes would be lost.
  it.each([
    ['a leading tab', '\tquote'],
    ['a leading line feed', '\nsource_file'],
    ['a leading carriage return', '\rcomparability_en'],
  ])('a free-text header cell with %s is kept as it is, not escaped as a cell', (_, name) => {
    expect(
      packageObservationRows([
        ['value', name],
        ['1', '=x'],
      ]),
    ).toEqual([
      ['value', name],
      ['1', "'=x"],
    ]);
  });
});
