// Loaded on demand: DuckDB's JS, worker and wasm stay out of the first paint's critical path.
import '../i18n/laterMessages'; // what the engine reports (storage notices, other tabs' commits) reads them
import { createBrowserConnector } from '../engine/browserConnector';
import { selfHostedBundles } from '../engine/duckdbBundles';
import { loadInitialDataset } from '../storage/loadInitialDataset';
import type { OpenedDataset } from '../storage/openDataset';

export async function bootEngine(): Promise<OpenedDataset> {
  return loadInitialDataset(await createBrowserConnector(selfHostedBundles));
}
