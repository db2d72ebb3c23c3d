import type { Connector } from '../engine/connector';
import { fetchBundledTexts } from '../data/bundledFiles';
import { buildFirstView } from '../snapshot/buildFirstView';
import { parseEmbedParams } from '../embed/embedLink';
import { isEmbedMode } from '../embed/embedMode';
import { publishedTextsFor, siteBaseData } from '../published/publishedSite';
import { bundledDataVersion } from '../snapshot/snapshotStore';
import { openIdbVersionStore } from './idbVersionStore';
import { openDataset, type DatasetSources, type OpenedDataset } from './openDataset';

/** Base data: the site's published version when there is a usable one, the bundled files otherwise. */
async function baseTexts() {
  const base = await siteBaseData();
  return base.kind === 'published' ? base.texts : fetchBundledTexts();
}

/**
 * An embed pinned to a data version loads that version wherever it can be found: this browser's
 * drafts (see openDataset), the site's published versions, or the bundled data (which always ships
 * with the app, whatever was uploaded since).
 */
function pinnedSource(search: string): DatasetSources['pinned'] {
  if (!isEmbedMode(search)) return undefined;
  const pin = parseEmbedParams(search).pin;
  if (!pin) return undefined;
  return {
    dataVersion: pin.dataVersion,
    texts: async () =>
      (await publishedTextsFor(pin.dataVersion)) ??
      ((await bundledDataVersion()) === pin.dataVersion ? fetchBundledTexts() : null),
  };
}

/**
 * Fills a fresh browser engine with the data the page starts from: the current draft kept in
 * IndexedDB, or the published version, or the bundled files (see openDataset for the fallbacks).
 */
export function loadInitialDataset(connector: Connector): Promise<OpenedDataset> {
  const pinned = pinnedSource(window.location.search);
  return openDataset(connector, {
    openStore: () => openIdbVersionStore(),
    bundledTexts: baseTexts,
    firstView: buildFirstView,
    ...(pinned ? { pinned } : {}),
  });
}
