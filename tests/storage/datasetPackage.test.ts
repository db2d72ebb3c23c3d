import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { DatasetTables } from '../../src/data/datasetPackage';
import {
  BETTER,
  BODIES,
  COMPARABLE,
  LEVELS,
  QUALIFIERS,
  type Category,
  type Indicator,
  type Jurisdiction,
  type Observation,
  type Source,
} from '../../src/data/schema';
import { datasetWorkbook, fetchDatasetTables } from '../../src/export/datasetWorkbook';
import { runImport } from '../../src/import/runImport';
import type { ImportCatalog, ImportOutcome } from '../../src/import/types';
import { isWorkbook, readWorkbook } from '../../src/import/workbook';
import { fetchCatalog } from '../../src/queries/catalog';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_INDICATORS,
  FIXTURE_JURISDICTIONS,
  FIXTURE_SOURCES,
  observation as o,
} from '../support/fixture';
import { engineWith } from '../support/nodeEngine';
import { BASE_ROWS, openTestDataset, type TestDataset } from './storageFixture';

// The data package (observations + every catalog they need, one .xlsx workbook) re-imports into a
// fresh browser with nothing lost: added places and indicators come back with their names, quotes
// and qualifiers, and conflicts with what is already there are reported, not overwritten.

const FAR_YEAR = 2100; // no year in these tests is "not yet ended"
const META = { dataVersion: 'test', time: '2026-01-01T00:00:00.000Z' };

const catalogOf = (t: Omit<DatasetTables, 'observations'>): ImportCatalog => ({
  jurisdictions: t.jurisdictions,
  indicators: t.indicators,
  categories: t.categories,
  sources: t.sources,
});

async function importPackage(tables: DatasetTables, catalog: ImportCatalog, name = 'package.xlsx') {
  const bytes = await datasetWorkbook(tables, META);
  return runImport({ kind: 'file', name, bytes }, { catalog, currentYear: FAR_YEAR });
}

/** What a commit of the outcome into `into` does (as the Data screen does it). */
async function commitOutcome(into: TestDataset, outcome: ImportOutcome) {
  await into.dataset.stage(outcome.columns);
  return into.dataset.commit({
    mode: 'merge',
    fileName: outcome.sourceName,
    newJurisdictions: outcome.newJurisdictions,
    newIndicators: outcome.newIndicators,
    newCategories: outcome.newCategories ?? [],
    newSources: outcome.newSources ?? [],
  });
}

const byKey = (keys: readonly string[]) => (a: object, b: object) => {
  const k = (x: object) => keys.map((c) => String((x as Record<string, unknown>)[c])).join('\u0000');
  return k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0;
};
/** Tables compared as sets of rows; an empty text and no value are the same cell. */
function normalised(t: DatasetTables) {
  const clean = (rows: readonly object[], keys: readonly string[]) =>
    [...rows]
      .map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' || v === undefined ? null : v])),
      )
      .sort(byKey(keys));
  // the optional per-figure comparability columns: absent and empty are the same
  const optional = { comparable: null, comparability_zh: null, comparability_en: null };
  return {
    observations: clean(
      t.observations.map((o) => ({ ...optional, ...o })),
      ['jurisdiction_id', 'year', 'indicator_id'],
    ),
    jurisdictions: clean(t.jurisdictions, ['id']),
    indicators: clean(t.indicators, ['id']),
    categories: clean(t.categories, ['id']),
    sources: clean(t.sources, ['file']),
  };
}

/** Every text with its line breaks as LF. */
function lineFeeds(t: DatasetTables): DatasetTables {
  const lf = (rows: readonly object[]) =>
    rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\r\n?/gu, '\n') : v]),
      ),
    );
  return Object.fromEntries(
    Object.entries(t).map(([k, rows]) => [k, lf(rows as object[])]),
  ) as unknown as DatasetTables;
}

describe('data package: the bundled dataset', () => {
  it('is recognised by its content (not its name) and re-imports with no problem and every row', async () => {
    const db = await engineWith(readBundledTexts());
    const tables = await fetchDatasetTables(db);
    expect(tables.observations).toHaveLength(189);
    const catalog = await fetchCatalog(db);
    // renamed: the content says it is a package
    const outcome = await importPackage(tables, catalogOf(catalog), 'renamed.dat');
    expect(outcome.format).toBe('workbook');
    expect(outcome.mapping.sheet).toBe('observations');
    expect(outcome.problems).toEqual([]);
    expect(outcome.newJurisdictions).toEqual([]);
    expect(outcome.newIndicators).toEqual([]);
    expect(normalised({ ...tables, observations: outcome.rows }).observations).toEqual(
      normalised(tables).observations,
    );
    await db.close();
  });

  it('opens as a workbook an analyst can read: an about sheet, then a sheet per table headed by its columns', async () => {
    const bytes = await datasetWorkbook(
      {
        observations: BASE_ROWS,
        jurisdictions: FIXTURE_JURISDICTIONS,
        indicators: FIXTURE_INDICATORS,
        categories: FIXTURE_CATEGORIES,
        sources: FIXTURE_SOURCES,
      },
      META,
    );
    expect(isWorkbook(bytes)).toBe(true);
    const read = await readWorkbook(bytes);
    expect(read.sheets.map((s) => s.name)).toEqual([
      '说明 About',
      'categories',
      'jurisdictions',
      'indicators',
      'sources',
      'observations',
    ]);
    expect(read.rows[0]).toEqual([
      'jurisdiction_id',
      'year',
      'indicator_id',
      'value',
      'qualifier',
      'unit',
      'source_file',
      'quote',
      'comparable',
      'comparability_zh',
      'comparability_en',
    ]);
    expect(read.rows[3]).toEqual([
      'wuxing',
      '2022',
      'proposals_filed',
      '98',
      'at_least',
      '件',
      'fixture.txt',
      'proposals_filed 98',
    ]);
    const XLSX = await import('@e965/xlsx');
    const about = XLSX.read(bytes, { type: 'array' }).Sheets['说明 About']!;
    expect(XLSX.utils.sheet_to_csv(about)).toMatch(/履职对比 · 数据包[\s\S]*Lüzhi Compare · data package/u);
  });
});

describe('data package: what a spreadsheet cell cannot hold', () => {
  it('a text longer than a cell holds is refused with its place, not cut', async () => {
    const long = 'x'.repeat(32_768);
    await expect(
      datasetWorkbook(
        {
          observations: [o('jiaxing', 2022, 'proposals_filed', 1, { quote: long })],
          jurisdictions: FIXTURE_JURISDICTIONS,
          indicators: FIXTURE_INDICATORS,
          categories: FIXTURE_CATEGORIES,
          sources: FIXTURE_SOURCES,
        },
        META,
      ),
    ).rejects.toMatchObject({
      name: 'PackageCellTooLongError',
      table: 'observations',
      row: 2,
      column: 'quote',
    });
  });

  it('a CRLF inside a text comes back as LF; a lone CR as LF too', async () => {
    const outcome = await importPackage(
      {
        observations: [o('jiaxing', 2022, 'proposals_filed', 1, { quote: 'a\r\nb\rc' })],
        jurisdictions: FIXTURE_JURISDICTIONS,
        indicators: FIXTURE_INDICATORS,
        categories: FIXTURE_CATEGORIES,
        sources: FIXTURE_SOURCES,
      },
      catalogOf({
        jurisdictions: FIXTURE_JURISDICTIONS,
        indicators: FIXTURE_INDICATORS,
        categories: FIXTURE_CATEGORIES,
        sources: FIXTURE_SOURCES,
      }),
    );
    expect(outcome.rows.map((r) => r.quote)).toEqual(['a\nb\nc']);
  });
});

describe('data package: catalog entries that differ from the ones here', () => {
  it('are reported per cell and the entry here is kept; the figures still import', async () => {
    const renamed = FIXTURE_JURISDICTIONS.map((j) =>
      j.id === 'wuxing' ? { ...j, name_zh: '吴兴区', name_en: 'Wuxing District' } : j,
    );
    const outcome = await importPackage(
      {
        observations: [o('wuxing', 2023, 'proposals_filed', 7)],
        jurisdictions: renamed,
        indicators: FIXTURE_INDICATORS,
        categories: FIXTURE_CATEGORIES,
        sources: FIXTURE_SOURCES,
      },
      {
        jurisdictions: FIXTURE_JURISDICTIONS,
        indicators: FIXTURE_INDICATORS,
        categories: FIXTURE_CATEGORIES,
        sources: FIXTURE_SOURCES,
      },
    );
    expect(outcome.problems.map((p) => [p.kind, p.severity, p.row, p.column, p.value])).toEqual([
      ['catalog_conflict', 'warning', 3, 'jurisdictions.name_zh', '吴兴区'],
      ['catalog_conflict', 'warning', 3, 'jurisdictions.name_en', 'Wuxing District'],
    ]);
    expect(outcome.problems[0]!.message.zh).toContain('本机为“吴兴”，数据包为“吴兴区”');
    expect(outcome.problems[0]!.message.en).toContain('the entry here is kept unchanged');
    expect(outcome.newJurisdictions).toEqual([]);
    expect(outcome.rows.map((r) => `${r.jurisdiction_id} ${r.value}`)).toEqual(['wuxing 7']);
  });
});

// ---- the property: random datasets with added names, CJK, quotes, commas, line breaks, formula-like
// text and qualifiers go out as a package and come back into a fresh browser unchanged.

const TEXT_UNITS = [
  '立',
  '案',
  '政',
  '协',
  ',',
  '"',
  "'",
  '\n',
  '=',
  '+',
  '-',
  '@',
  ' ',
  'a',
  '1',
  '“',
  '”',
  '%',
  '|',
  '；',
];
/** Free text as analysts write it; the importer trims cell text, so it has no surrounding blanks. */
const text = (min = 0) =>
  fc
    .string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: min, maxLength: 16 })
    .map((s) => s.trim())
    .filter((s) => s.length >= min);
const optionalText = fc.option(text(1), { nil: null });

interface Generated {
  tables: DatasetTables;
}

const generated: fc.Arbitrary<Generated> = fc
  .record({
    categories: fc.array(
      fc.record({ name_zh: text(1), name_en: text(1), sort_order: fc.integer({ min: 0, max: 99 }) }),
      {
        maxLength: 2,
      },
    ),
    jurisdictions: fc.array(
      fc.record({
        name_zh: text(1),
        name_en: text(1),
        aliases: optionalText,
        level: fc.constantFrom(...LEVELS),
        body: fc.constantFrom(...BODIES),
        body_name_zh: text(1),
        body_name_en: text(1),
        province_zh: text(1),
        province_en: text(1),
        parent_zh: optionalText,
        parent_en: optionalText,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    indicators: fc.array(
      fc.record({
        name_zh: text(1),
        name_en: text(1),
        unit: fc.constantFrom(['件', 'items'], ['次', 'times'], ['人', 'people']),
        category: fc.nat(),
        definition_zh: text(1),
        definition_en: text(1),
        better: fc.constantFrom(...BETTER),
        comparability_zh: optionalText,
        comparability_en: optionalText,
        comparable: fc.option(fc.constantFrom(...COMPARABLE), { nil: null }),
        sort_order: fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    sources: fc.array(
      fc.record({ file: text(1), title_zh: text(1), title_en: text(1), published: optionalText }),
      {
        maxLength: 3,
      },
    ),
    observations: fc.array(
      fc.record({
        j: fc.nat(),
        i: fc.nat(),
        year: fc.integer({ min: 1990, max: 2030 }),
        value: fc.integer({ min: 0, max: 10_000_000 }),
        qualifier: fc.constantFrom(...QUALIFIERS),
        source: fc.nat(),
        quote: text(),
        comparability: fc.option(
          fc.record({ flag: fc.constantFrom('yes', 'partly', 'no'), zh: text(1), en: text(1) }),
          { nil: null },
        ),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map((g): Generated => {
    const categories: Category[] = [
      ...FIXTURE_CATEGORIES,
      ...g.categories.map((c, n) => ({ id: `cat_${n}`, ...c })),
    ];
    const jurisdictions: Jurisdiction[] = [
      ...FIXTURE_JURISDICTIONS,
      ...g.jurisdictions.map((j, n) => ({ id: `new_place_${n}`, ...j })),
    ];
    const added: Indicator[] = g.indicators.map(({ unit, category, ...i }, n) => ({
      id: `new_indicator_${n}`,
      ...i,
      unit_zh: unit[0]!,
      unit_en: unit[1]!,
      category: categories[category % categories.length]!.id,
      numerator_id: null,
      denominator_id: null,
    }));
    const sources: Source[] = [
      ...FIXTURE_SOURCES,
      ...g.sources.map((s, n) => ({
        ...s,
        file: `${s.file}${n}`,
        jurisdiction_id: jurisdictions[n % jurisdictions.length]!.id,
        year: 2020 + n,
        body_zh: s.title_zh,
        body_en: s.title_en,
      })),
    ];
    // figures for the new indicators at any place (counts: the fixture's 件 indicators have cross-row rules)
    const seen = new Set<string>();
    const observations: Observation[] = [];
    for (const r of g.observations) {
      const j = jurisdictions[r.j % jurisdictions.length]!;
      const i = added[r.i % added.length]!;
      const key = `${j.id}|${r.year}|${i.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      observations.push({
        jurisdiction_id: j.id,
        year: r.year,
        indicator_id: i.id,
        value: r.value,
        qualifier: r.qualifier,
        unit: i.unit_zh,
        source_file: sources[r.source % sources.length]!.file,
        quote: r.quote,
        ...(r.comparability && {
          comparable: r.comparability.flag,
          comparability_zh: r.comparability.zh,
          comparability_en: r.comparability.en,
        }),
      });
    }
    return {
      tables: {
        observations,
        jurisdictions,
        indicators: [...FIXTURE_INDICATORS, ...added],
        categories,
        sources,
      },
    };
  });

describe('data package: any dataset re-imports into a fresh browser with nothing lost', () => {
  let fresh: TestDataset;
  beforeAll(async () => {
    fresh = await openTestDataset({ tabSync: null });
  });
  afterAll(async () => {
    await fresh.raw.close();
  });

  it('export → import (catalogs and observations in one commit) → the same tables', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async ({ tables }) => {
        // a fresh browser: the bundled data only (the fixture), whatever the previous run committed
        await fresh.dataset.switchTo(null);
        const here = await fetchCatalog(fresh.connector);
        const outcome = await importPackage(tables, catalogOf(here));
        expect(outcome.problems).toEqual([]);
        expect(outcome.unknownJurisdictions).toEqual([]);
        expect(outcome.unknownIndicators).toEqual([]);
        await commitOutcome(fresh, outcome);
        const back = await fetchDatasetTables(fresh.connector);
        // the fresh browser's own figures stay; the package's come in beside them
        // (line breaks inside a text come back as LF: see datasetWorkbook's sheetCells)
        const expected = lineFeeds({ ...tables, observations: [...BASE_ROWS, ...tables.observations] });
        expect(normalised(back)).toEqual(normalised(expected));
      }),
      { numRuns: 25 },
    );
    // 25 undos and commits, each followed by the comparisons' rebuild: a hang guard, not a speed check
  }, 300_000);
});
