import type { Connector } from '../engine/connector';
import { fetchBundledTexts } from '../data/bundledFiles';
import { buildFirstView } from '../snapshot/buildFirstView';
import { openIdbVersionStore } from './idbVersionStore';
import { openDataset, type OpenedDataset } from './openDataset';

/**
 * Fills a fresh browser engine with the data the page starts from: the current version kept in
 * IndexedDB, or the bundled files (see openDataset for the fallbacks).
 */
export function loadInitialDataset(connector: Connector): Promise<OpenedDataset> {
  return openDataset(connector, {
    openStore: () => openIdbVersionStore(),
    bundledTexts: fetchBundledTexts,
    firstView: buildFirstView,
  });
}
