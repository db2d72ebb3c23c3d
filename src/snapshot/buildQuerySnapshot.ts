import type { Connector } from '../engine/connector';
import { canonicalSnapshot } from '../storage/canonicalSnapshot';
import { dataVersionOf } from '../storage/dataVersion';
import { QUERY_SNAPSHOT_FORMAT, snapshotEntryKey, type QuerySnapshot } from './querySnapshot';
import { SNAPSHOT_QUERIES, type SnapshotQuery } from './snapshotQueries';
import { fetchCatalogWithYears } from '../queries/catalog';

/**
 * Runs every snapshotted query on an engine already holding the dataset, and records the dataset's
 * data version computed the way the store computes it (hash of the engine's canonical dump), so the
 * page can tell whether the results describe the data it is about to show.
 */
export async function buildQuerySnapshot(
  connector: Connector,
  queries: readonly SnapshotQuery[] = SNAPSHOT_QUERIES,
): Promise<QuerySnapshot> {
  const dataVersion = await dataVersionOf(await canonicalSnapshot(connector));
  const catalog = await fetchCatalogWithYears(connector);
  const entries: Record<string, unknown> = {};
  for (const query of queries) {
    for (const params of query.params(catalog)) {
      entries[snapshotEntryKey(query.name, params)] = await query.fetch(connector, params);
    }
  }
  return { format: QUERY_SNAPSHOT_FORMAT, dataVersion, entries };
}
