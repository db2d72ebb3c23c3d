import { createBrowserConnector } from '../engine/browserConnector';
import type { Connector } from '../engine/connector';
import { selfHostedBundles } from '../engine/duckdbBundles';
import { fetchBundledTexts } from '../data/bundledFiles';
import { loadTablesFromCsv } from '../data/tables';

let started: Promise<Connector> | null = null;

/** One engine per page, shared by every view; a second call (StrictMode, remounts) gets the same one. */
export function startBrowserEngine(): Promise<Connector> {
  started ??= (async () => {
    const [connector, texts] = await Promise.all([
      createBrowserConnector(selfHostedBundles),
      fetchBundledTexts(),
    ]);
    await loadTablesFromCsv(connector, texts);
    return connector;
  })();
  return started;
}
