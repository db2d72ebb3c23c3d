import { createTabSync, type TabSync } from './tabSync';
import type { Connector } from '../engine/connector';
import { loadTablesFromCsv, type TableTexts } from '../data/tables';
import { canonicalSnapshot } from './canonicalSnapshot';
import { DatasetManager, readVerifiedSnapshot } from './datasetManager';
import { dataVersionOf } from './dataVersion';
import { createExclusiveConnector } from './exclusiveConnector';
import { createMemoryVersionStore } from './memoryVersionStore';
import type { StorageNotice } from './storageNotice';
import { inTransaction } from './transaction';
import type { VersionStore } from './versionStore';

export interface DatasetSources {
  openStore: () => Promise<VersionStore>;
  bundledTexts: () => Promise<TableTexts>;
  /** How tabs tell each other of commits; default: BroadcastChannel / storage event for stored data. */
  tabSync?: TabSync | null;
}

export interface OpenedDataset {
  /** The engine for the views: waits while a commit runs, so it only ever shows committed data. */
  connector: Connector;
  dataset: DatasetManager;
  dataVersion: string;
  notice: StorageNotice | null;
}

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * Fills a fresh engine: the current stored version if there is one and it reads back intact, the
 * bundled data otherwise — with a notice saying why, never a blank page. Storage that cannot open
 * is replaced by memory, so uploads still work for the session.
 */
export async function openDataset(raw: Connector, sources: DatasetSources): Promise<OpenedDataset> {
  const engine = createExclusiveConnector(raw);
  let notice: StorageNotice | null = null;
  let store: VersionStore;
  try {
    store = await sources.openStore();
  } catch (e) {
    store = createMemoryVersionStore();
    notice = { kind: 'storage_unavailable', detail: describe(e) };
  }
  const load = (texts: TableTexts) =>
    engine.exclusive((c) =>
      inTransaction(c, async () => {
        await loadTablesFromCsv(c, texts);
        return dataVersionOf(await canonicalSnapshot(c));
      }),
    );
  const opened = (dataVersion: string, versionId: string | null): OpenedDataset => ({
    connector: engine.connector,
    dataset: new DatasetManager(
      engine,
      store,
      sources.bundledTexts,
      { dataVersion, versionId },
      // only stored data is shared between tabs; memory storage is this page's alone
      sources.tabSync !== undefined ? sources.tabSync : store.kind === 'indexeddb' ? createTabSync() : null,
    ),
    dataVersion,
    notice,
  });

  let versionId: string | null = null;
  try {
    versionId = await store.currentId();
  } catch (e) {
    notice ??= { kind: 'storage_unavailable', detail: describe(e) };
  }
  if (versionId !== null) {
    try {
      return opened(await load(await readVerifiedSnapshot(store, versionId)), versionId);
    } catch (e) {
      const record = (await store.list().catch(() => [])).find((v) => v.id === versionId);
      notice = {
        kind: 'stored_version_unreadable',
        detail: describe(e),
        fileName: record?.fileName ?? '',
        time: record?.time ?? '',
      };
    }
  }
  return opened(await load(await sources.bundledTexts()), null);
}
