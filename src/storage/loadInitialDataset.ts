import type { Connector } from '../engine/connector';
import { fetchBundledTexts } from '../data/bundledFiles';
import { loadTablesFromCsv } from '../data/tables';

/** Fills a fresh engine with the data the page starts from; returns that data's version label. */
export async function loadInitialDataset(connector: Connector): Promise<{ dataVersion: string }> {
  await loadTablesFromCsv(connector, await fetchBundledTexts());
  return { dataVersion: 'bundled' };
}
