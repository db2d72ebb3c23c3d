import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Observation, Qualifier } from './schema';

// Parquet is read and written in JS: duckdb-wasm has no built-in parquet extension, and loading one
// would need the network.

/** Observations → Parquet bytes, with the same column order and types as the CSV/DuckDB schema. */
export function observationsToParquet(rows: readonly Observation[]): Uint8Array {
  const col = <K extends keyof Observation>(k: K) => rows.map((r) => r[k]);
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'jurisdiction_id', data: col('jurisdiction_id'), type: 'STRING', nullable: false },
      { name: 'year', data: Int32Array.from(col('year')), type: 'INT32', nullable: false },
      { name: 'indicator_id', data: col('indicator_id'), type: 'STRING', nullable: false },
      { name: 'value', data: Float64Array.from(col('value')), type: 'DOUBLE', nullable: false },
      { name: 'qualifier', data: col('qualifier'), type: 'STRING', nullable: false },
      { name: 'unit', data: col('unit'), type: 'STRING' },
      { name: 'source_file', data: col('source_file'), type: 'STRING' },
      { name: 'quote', data: col('quote'), type: 'STRING' },
      // Optional per-figure comparability: null inherits the indicator's.
      { name: 'comparable', data: rows.map((r) => r.comparable || null), type: 'STRING' },
      { name: 'comparability_zh', data: rows.map((r) => r.comparability_zh || null), type: 'STRING' },
      { name: 'comparability_en', data: rows.map((r) => r.comparability_en || null), type: 'STRING' },
    ],
    createdBy: 'luzhi-compare',
  });
  return new Uint8Array(buffer);
}

/** Parquet bytes → observations, in file order. */
export async function parquetToObservations(bytes: Uint8Array): Promise<Observation[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const objects = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v)) as string;
  return objects.map((o) => ({
    jurisdiction_id: String(o.jurisdiction_id),
    year: Number(o.year),
    indicator_id: String(o.indicator_id),
    value: Number(o.value),
    qualifier: String(o.qualifier) as Qualifier,
    unit: text(o.unit),
    source_file: text(o.source_file),
    quote: text(o.quote),
    // Files written before the column existed have none: every figure inherits its indicator's flag.
    comparable: (text(o.comparable) as Observation['comparable']) ?? null,
    comparability_zh: text(o.comparability_zh),
    comparability_en: text(o.comparability_en),
  }));
}
