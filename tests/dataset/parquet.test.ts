import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { parquetToObservations, observationsToParquet } from '../../src/data/observationsParquet';
import type { Observation } from '../../src/data/schema';
import type { Connector, Row } from '../../src/engine/connector';
import { bundledObservations, PARQUET_PATH } from '../../scripts/build-parquet';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { engineWith } from '../support/nodeEngine';

/** Rows → an Arrow table with the DuckDB schema's types (INTEGER year, DOUBLE value, VARCHAR text). */
function toIpc(rows: Observation[]): Uint8Array {
  const strings = (k: keyof Observation) => rows.map((r) => (r[k] ?? null) as string | null);
  return tableToIPC(
    tableFromArrays({
      jurisdiction_id: strings('jurisdiction_id'),
      year: Int32Array.from(rows.map((r) => r.year)),
      indicator_id: strings('indicator_id'),
      value: Float64Array.from(rows.map((r) => r.value)),
      qualifier: strings('qualifier'),
      unit: strings('unit'),
      source_file: strings('source_file'),
      quote: strings('quote'),
      comparable: strings('comparable'),
      comparability_zh: strings('comparability_zh'),
      comparability_en: strings('comparability_en'),
    }),
    'stream',
  );
}

describe('data/observations.parquet', () => {
  let db: Connector;
  let fromCsv: Row[];
  let committed: Uint8Array;
  beforeAll(async () => {
    db = await engineWith(readBundledTexts());
    fromCsv = await db.query('SELECT * FROM observations ORDER BY jurisdiction_id, year, indicator_id');
    committed = new Uint8Array(readFileSync(PARQUET_PATH));
  });
  afterAll(() => db.close());

  it('is what `npm run data:parquet` makes from the CSV today (regenerate it after editing the CSV)', async () => {
    expect(
      Buffer.from(observationsToParquet(await bundledObservations())).equals(Buffer.from(committed)),
    ).toBe(true);
  });

  it('CSV → Parquet → DuckDB gives back identical rows', async () => {
    await db.insertArrowIPC('observations_from_parquet', toIpc(await parquetToObservations(committed)));
    const back = await db.query(
      'SELECT * FROM observations_from_parquet ORDER BY jurisdiction_id, year, indicator_id',
    );
    expect(back).toEqual(fromCsv);
    expect(back.length).toBeGreaterThan(100);
  });

  it('CSV → Parquet → DuckDB gives back identical column types', async () => {
    const types = (table: string) =>
      db.query<{ column_name: string; column_type: string }>(
        `SELECT column_name, column_type FROM (DESCRIBE ${table})`,
      );
    expect(await types('observations_from_parquet')).toEqual(await types('observations'));
  });

  it.each([
    { name: 'qualifiers', column: 'qualifier' },
    { name: 'Chinese quotes', column: 'quote' },
    { name: 'fractional values', column: 'value' },
    { name: 'per-figure comparability', column: 'comparable' },
    { name: 'per-figure comparability reasons', column: 'comparability_zh' },
  ])('keeps $name exactly', async ({ column }) => {
    const rows = await parquetToObservations(committed);
    const csvValues = fromCsv.map((r) => r[column]).sort();
    expect(rows.map((r) => r[column as keyof Observation]).sort()).toEqual(csvValues);
  });
});
