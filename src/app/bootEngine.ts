// Loaded on demand: DuckDB's JS, worker and wasm stay out of the first paint's critical path.
import { createBrowserConnector } from '../engine/browserConnector';
import type { Connector } from '../engine/connector';
import { selfHostedBundles } from '../engine/duckdbBundles';
import { loadInitialDataset } from '../storage/loadInitialDataset';

export async function bootEngine(): Promise<{ connector: Connector; dataVersion: string }> {
  const connector = await createBrowserConnector(selfHostedBundles);
  const { dataVersion } = await loadInitialDataset(connector);
  return { connector, dataVersion };
}
