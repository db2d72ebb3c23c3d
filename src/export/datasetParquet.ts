import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Observation } from '../data/schema';

/** The dataset as Parquet with the observations' own types (text as UTF-8, year INT32, value DOUBLE). */
export function datasetParquet(rows: readonly Observation[]): ArrayBuffer {
  const text = (key: keyof Observation) => rows.map((r) => (r[key] as string | null) || null);
  return parquetWriteBuffer({
    columnData: [
      { name: 'jurisdiction_id', data: text('jurisdiction_id'), type: 'STRING' },
      { name: 'year', data: Int32Array.from(rows, (r) => r.year), type: 'INT32', nullable: false },
      { name: 'indicator_id', data: text('indicator_id'), type: 'STRING' },
      { name: 'value', data: Float64Array.from(rows, (r) => r.value), type: 'DOUBLE', nullable: false },
      { name: 'qualifier', data: text('qualifier'), type: 'STRING' },
      { name: 'unit', data: text('unit'), type: 'STRING' },
      { name: 'source_file', data: text('source_file'), type: 'STRING' },
      { name: 'quote', data: text('quote'), type: 'STRING' },
      { name: 'comparable', data: text('comparable'), type: 'STRING' },
      { name: 'comparability_zh', data: text('comparability_zh'), type: 'STRING' },
      { name: 'comparability_en', data: text('comparability_en'), type: 'STRING' },
    ],
  });
}
