import { describe, expect, it } from 'vitest';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { Observation } from '../../src/data/schema';
import { datasetCsv } from '../../src/export/datasetCsv';
import { datasetParquet } from '../../src/export/datasetParquet';
import { fetchCatalog } from '../../src/queries/catalog';
import { runImport } from '../../src/import/runImport';
import { fetchDatasetRows } from '../../src/storage/datasetRows';
import { engineWith } from '../support/nodeEngine';

const comparable = (rows: readonly Observation[]) =>
  rows
    .map((r) => ({ ...r, quote: r.quote || null, source_file: r.source_file || null }))
    .sort((a, b) =>
      `${a.jurisdiction_id}|${a.year}|${a.indicator_id}`.localeCompare(
        `${b.jurisdiction_id}|${b.year}|${b.indicator_id}`,
      ),
    );

describe('dataset export: what is downloaded reads back through the importer as the same rows', () => {
  it.each([
    {
      format: 'csv',
      bytes: (rows: Observation[]) => new TextEncoder().encode(datasetCsv(rows)),
      name: 'data.csv',
    },
    {
      format: 'parquet',
      bytes: (rows: Observation[]) => new Uint8Array(datasetParquet(rows)),
      name: 'data.parquet',
    },
  ])('$format round-trips the bundled dataset', async ({ bytes, name }) => {
    const db = await engineWith(readBundledTexts());
    const rows = await fetchDatasetRows(db);
    expect(rows).toHaveLength(189);
    const catalog = await fetchCatalog(db);
    const outcome = await runImport({ kind: 'file', name, bytes: bytes(rows) }, { catalog });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(comparable(outcome.rows)).toEqual(comparable(rows));
    await db.close();
  });

  it('writes UTF-8 with a BOM and escapes formula-like text, but not plain numbers', () => {
    const csv = datasetCsv([
      {
        jurisdiction_id: 'jiaxing',
        year: 2022,
        indicator_id: 'proposals_filed',
        value: -5,
        qualifier: 'exact',
        unit: '件',
        source_file: '=HYPERLINK("http://x")',
        quote: '@SUM(A1)',
      },
    ]);
    expect(
      csv.startsWith(
        '\uFEFFjurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote,comparable,comparability_zh,comparability_en\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('jiaxing,2022,proposals_filed,-5,exact,件,"\'=HYPERLINK(""http://x"")",\'@SUM(A1)');
  });
});
