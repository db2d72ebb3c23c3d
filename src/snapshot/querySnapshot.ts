import type { QueryKeyPart } from '../queries/useEngineQuery';

/**
 * Query results computed at build time, by the same SQL in DuckDB under Node, from the bundled CSVs.
 * The page draws its first chart from them while the 7.8 MB engine loads; they are valid only for the
 * dataset whose data version they record.
 */
export interface QuerySnapshot {
  format: typeof QUERY_SNAPSHOT_FORMAT;
  /** The data version (content hash) of the dataset the results were computed from. */
  dataVersion: string;
  /** Result per query, keyed by `snapshotEntryKey(name, params)`. */
  entries: Record<string, unknown>;
}

export const QUERY_SNAPSHOT_FORMAT = 1;

/** The query key without its data version: the snapshot holds one data version only. */
export function snapshotEntryKey(name: string, params: readonly QueryKeyPart[]): string {
  return JSON.stringify([name, ...params]);
}

export function isQuerySnapshot(value: unknown): value is QuerySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<QuerySnapshot>;
  return (
    v.format === QUERY_SNAPSHOT_FORMAT &&
    typeof v.dataVersion === 'string' &&
    typeof v.entries === 'object' &&
    v.entries !== null
  );
}
