import { createTabSync, type TabSync } from './tabSync';
import type { Connector } from '../engine/connector';
import type { TableTexts } from '../data/tables';
import {
  DatasetManager,
  engineDataVersion,
  readVerifiedSnapshot,
  type FirstViewBuilder,
  type VerifiedSnapshot,
} from './datasetManager';
import { createExclusiveConnector } from './exclusiveConnector';
import { createMemoryVersionStore } from './memoryVersionStore';
import type { StorageNotice } from './storageNotice';
import { writeStoredTables } from './storedTables';
import { changeData } from './transaction';
import type { VersionStore } from './versionStore';

export interface DatasetSources {
  openStore: () => Promise<VersionStore>;
  /** The data a page without a draft shows: the published version, or the bundled files. */
  bundledTexts: () => Promise<TableTexts>;
  /** Builds each committed version's first screen, stored with it (none when absent). */
  firstView?: FirstViewBuilder;
  /** Space saved versions may take before the oldest are folded (default: DEFAULT_BUDGET_BYTES). */
  budgetBytes?: number;
  /**
   * Embeds: the data version the chart was pinned to. A stored version with it is loaded instead of
   * the current one; else `pinnedTexts` may supply it (a published or the bundled version).
   */
  pinned?: { dataVersion: string; texts: () => Promise<TableTexts | null> };
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
  const load = (stored: VerifiedSnapshot) =>
    engine.exclusive((c) =>
      changeData(c, async () => {
        await writeStoredTables(c, stored.tables);
        return stored.dataVersion ?? (await engineDataVersion(c));
      }),
    );
  const opened = (dataVersion: string, versionId: string | null): OpenedDataset => ({
    connector: engine.connector,
    dataset: new DatasetManager(
      engine,
      store,
      sources.bundledTexts,
      { dataVersion, versionId },
      sources.firstView,
      sources.budgetBytes,
      // only stored data is shared between tabs; memory storage is this page's alone
      sources.tabSync !== undefined ? sources.tabSync : store.kind === 'indexeddb' ? createTabSync() : null,
    ),
    dataVersion,
    notice,
  });
  /**
   * `opened`, then storage read once more: this tab hears of the others' commits only from here on, so
   * one made while it was loading (seconds for a large version) would otherwise go unseen, and the
   * page would keep showing the version it replaced until the next commit anywhere.
   */
  const openedCaughtUp = async (dataVersion: string, versionId: string | null): Promise<OpenedDataset> => {
    const result = opened(dataVersion, versionId);
    await result.dataset.followStore().catch(() => undefined);
    return { ...result, dataVersion: result.dataset.state.dataVersion };
  };

  if (sources.pinned) {
    const wanted = sources.pinned.dataVersion;
    const record = (await store.list().catch(() => [])).find((v) => v.dataVersion === wanted);
    try {
      if (record) return opened(await load(await readVerifiedSnapshot(store, record.id)), record.id);
      const texts = await sources.pinned.texts();
      if (texts) {
        const dataVersion = await load({ tables: { kind: 'csv', texts }, dataVersion: null });
        if (dataVersion === wanted) return opened(dataVersion, null);
      }
    } catch {
      // Not found or unreadable: the embed then compares with the current data and says so.
    }
  }

  let versionId: string | null = null;
  try {
    versionId = await store.currentId();
  } catch (e) {
    notice ??= { kind: 'storage_unavailable', detail: describe(e) };
  }
  if (versionId !== null) {
    try {
      const dataVersion = await load(await readVerifiedSnapshot(store, versionId));
      return await openedCaughtUp(dataVersion, versionId);
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
  const bundled = {
    tables: { kind: 'csv', texts: await sources.bundledTexts() },
    dataVersion: null,
  } as const;
  const dataVersion = await load(bundled);
  // after a storage problem, the notice says what is shown; nothing to catch up with
  return notice ? opened(dataVersion, null) : await openedCaughtUp(dataVersion, null);
}
