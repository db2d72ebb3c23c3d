// Node only: the build's entry into the snapshot (vite.config.ts loads it with tsx at build time).
import { readBundledTexts } from '../data/bundledFilesNode';
import { loadTablesFromCsv } from '../data/tables';
import { createNodeConnector } from '../engine/nodeConnector';
import { buildQuerySnapshot } from './buildQuerySnapshot';

export { QUERY_SNAPSHOT_LINK_ATTRIBUTE } from './snapshotLink';

/** The snapshot of the CSVs in `dataDir`, as the JSON text the page fetches. */
export async function querySnapshotJson(dataDir: string): Promise<string> {
  const connector = await createNodeConnector();
  try {
    await loadTablesFromCsv(connector, readBundledTexts(dataDir));
    return JSON.stringify(await buildQuerySnapshot(connector));
  } finally {
    await connector.close();
  }
}
