import type { Connector } from '../engine/connector';
import type { Observation } from '../data/schema';
import { TABLE_COLUMNS } from '../data/tables';

export const DATASET_COLUMNS = Object.keys(TABLE_COLUMNS.observations) as (keyof Observation)[];

/** The current observations in key order: what the dataset exports write. */
export const DATASET_ROWS_SQL = `SELECT ${DATASET_COLUMNS.map((c) => `"${c}"`).join(', ')}
FROM observations ORDER BY jurisdiction_id, year, indicator_id`;

export function fetchDatasetRows(connector: Connector): Promise<Observation[]> {
  return connector.query<Observation>(DATASET_ROWS_SQL);
}

/** `luzhi-data-<version>.<ext>`: the data version in the name says which data a file holds. */
export function datasetFileName(dataVersion: string, extension: 'csv' | 'parquet'): string {
  return `luzhi-data-${dataVersion}.${extension}`;
}
