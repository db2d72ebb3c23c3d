import type { Connector } from '../engine/connector';
import type { Observation } from '../data/schema';
import type { TableTexts } from '../data/tables';
import { refreshComparisons } from '../queries/precomputed';
import { applyUpload, KEEP_QUOTES_SQL, type UploadChanges } from './applyUpload';
import { canonicalSnapshot } from './canonicalSnapshot';
import { dataVersionOf } from './dataVersion';
import type { ExclusiveConnector } from './exclusiveConnector';
import {
  fetchChangePreview,
  PREVIEW_SLICES_SQL,
  sumSlices,
  type ChangePreview,
  type SliceChange,
} from './previewChanges';
import { SnapshotCorruptError, type StoredTables } from './snapshotCodec';
import type { ObservationColumns } from '../import/observationColumns';
import { DEFAULT_BUDGET_BYTES, versionsOverBudget, versionsToFree } from './storageBudget';
import { isQuotaError, StorageQuotaError } from './storageError';
import { STAGING_TABLE, stageColumns, stageObservations, type StagedUpload } from './stagingTable';
import { exportStoredTables, writeStoredTables } from './storedTables';
import type { TabSync } from './tabSync';
import { changeData, inTransaction } from './transaction';
import { newVersionId, StaleVersionError, type VersionRecord, type VersionStore } from './versionStore';

export { StaleVersionError };

/** What the engine holds right now. */
export interface DatasetState {
  dataVersion: string;
  /** The stored version in use; null = the bundled data. */
  versionId: string | null;
}

/** This tab took up data another tab made current (a commit, an undo or a reset there). */
export interface FollowedChange {
  /** The version now in use; null = the bundled data. */
  versionId: string | null;
  /** Its record (what was uploaded, when, how many figures); null for the bundled data. */
  record: VersionRecord | null;
  /** It is the newest version stored (another tab committed it), not an older one (an undo there). */
  latest: boolean;
}

export interface CommitRequest extends UploadChanges {
  /** The uploaded file's name ('' for pasted cells). */
  fileName: string;
}

/** The data version of what the engine holds: the hash of its canonical dump (see dataVersionOf). */
export async function engineDataVersion(engine: Connector): Promise<string> {
  return dataVersionOf(await canonicalSnapshot(engine));
}

/**
 * A version's first screen (query results drawn before the engine is ready on the next visit), built
 * on the engine holding it; stored as it is, so storage does not depend on the views.
 */
export type FirstViewBuilder = (engine: Connector, dataVersion: string) => Promise<unknown>;

/**
 * The one owner of the dataset in the engine and in storage. Every change (commit, undo, reset)
 * runs as one engine transaction that also writes storage before it commits: either both hold the
 * new data or both keep the old, and views only ever see committed data. The precomputed comparisons
 * are rebuilt right after COMMIT, before any view reads (src/queries/precomputed.ts).
 */
export class DatasetManager {
  private current: DatasetState;
  private readonly listeners = new Set<(state: DatasetState) => void>();
  private readonly followListeners = new Set<(change: FollowedChange) => void>();

  constructor(
    private readonly engine: ExclusiveConnector,
    readonly store: VersionStore,
    private readonly bundledTexts: () => Promise<TableTexts>,
    initial: DatasetState,
    private readonly firstView?: FirstViewBuilder,
    /** Space saved versions may take; beyond it the oldest are folded after a commit (see storageBudget). */
    readonly budgetBytes = DEFAULT_BUDGET_BYTES,
    private readonly sync: TabSync | null = null,
  ) {
    this.current = initial;
    sync?.listen(() => void this.followStore().catch(() => undefined));
  }

  /**
   * Loads the version storage names as current when it is not the one in use (another tab committed,
   * undid or reset). Returns the state either way.
   */
  followStore(): Promise<DatasetState> {
    // one at a time: a message from another tab and the Data screen's own call must not both switch
    const next = this.following.then(
      () => this.followOnce(),
      () => this.followOnce(),
    );
    this.following = next;
    return next;
  }

  private following: Promise<unknown> = Promise.resolve();

  private async followOnce(): Promise<DatasetState> {
    const stored = await this.store.currentId();
    if (stored === this.current.versionId) return this.current;
    const state = await this.switchTo(stored, false);
    const versions = await this.store.list().catch(() => []);
    const record = versions.find((v) => v.id === stored) ?? null;
    const latest = stored !== null && versions[0]?.id === stored;
    for (const listener of this.followListeners) listener({ versionId: stored, record, latest });
    return state;
  }

  /** Calls `listener` each time this tab takes up what another tab made current (see followStore). */
  onFollowed(listener: (change: FollowedChange) => void): () => void {
    this.followListeners.add(listener);
    return () => this.followListeners.delete(listener);
  }

  get state(): DatasetState {
    return this.current;
  }

  subscribe(listener: (state: DatasetState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(state: DatasetState) {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Puts validated rows beside the data, for `preview` and `commit`; replaces any earlier staged upload. */
  async stage(rows: readonly Observation[] | ObservationColumns): Promise<StagedUpload> {
    const staged = await (Array.isArray(rows)
      ? stageObservations(this.engine.connector, rows)
      : stageColumns(this.engine.connector, rows as ObservationColumns));
    // so the preview already counts a same-value re-statement as unchanged (the commit does it again)
    await this.engine.connector.query(KEEP_QUOTES_SQL);
    return staged;
  }

  /** Frees the staged upload (after a commit, or when the analyst starts over or leaves). */
  async dropStaged(): Promise<void> {
    await this.engine.connector.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
  }

  preview(mode: UploadChanges['mode'], detailLimit?: number): Promise<ChangePreview> {
    return fetchChangePreview(this.engine.connector, { mode, ...(detailLimit ? { detailLimit } : {}) });
  }

  /** Writes the staged upload; resolves once the new version is in use and stored. */
  async commit(request: CommitRequest): Promise<VersionRecord> {
    const parent = this.current.versionId;
    let stored: VersionRecord | null = null;
    let committed = false;
    try {
      const record = await this.engine.exclusive(async (engine) => {
        const added = await inTransaction(engine, async () => {
          // Checked early so a stale commit costs no work; the store's own transaction decides
          // (addVersion compares and sets), so two tabs racing past this check cannot both win.
          const storedCurrent = await this.store.currentId();
          if (storedCurrent !== parent) throw new StaleVersionError(storedCurrent);
          const slices = await engine.query<SliceChange>(PREVIEW_SLICES_SQL, [request.mode]);
          await applyUpload(engine, request);
          const dataVersion = await engineDataVersion(engine);
          const tables = await exportStoredTables(engine);
          const [{ total } = { total: 0 }] = await engine.query<{ total: number }>(
            'SELECT count(*) AS total FROM observations',
          );
          stored = await this.store.addVersion(
            {
              id: newVersionId(),
              parent,
              fileName: request.fileName,
              time: new Date().toISOString(),
              mode: request.mode,
              rowCounts: { ...sumSlices(slices), total },
              dataVersion,
            },
            tables,
          );
          return stored;
        });
        committed = true;
        // After COMMIT, as changeData does (src/storage/transaction.ts); still in this section, so no
        // view reads the new data with the old comparisons.
        await refreshComparisons(engine);
        return added;
      });
      this.publish({ dataVersion: record.dataVersion, versionId: record.id });
      this.sync?.announce(record.id);
      await this.storeFirstView(record);
      await this.keepWithinBudget(record.id);
      return record;
    } catch (error) {
      // Stored, but the engine could not commit: point storage back at what the engine still holds.
      if (stored && !committed) await this.forget((stored as VersionRecord).id, parent);
      if (!stored && isQuotaError(error)) throw await this.quotaError(parent, error);
      throw error;
    }
  }

  /**
   * The new version's first screen, so its next page load draws before the engine is ready. Built from
   * the committed data and its rebuilt comparisons, outside the commit's transaction: reading a million
   * uncommitted rows is many times slower. A cache: if it fails, the page draws once the engine is ready.
   */
  private async storeFirstView(record: VersionRecord) {
    if (!this.firstView) return;
    try {
      await this.store.putFirstView(
        record.id,
        await this.firstView(this.engine.connector, record.dataVersion),
      );
    } catch {
      // Nothing lost: the version is stored and in use.
    }
  }

  /** Says what could be deleted to make room for a version about as large as the largest one kept. */
  private async quotaError(current: string | null, cause: unknown): Promise<StorageQuotaError> {
    const versions = await this.store.list().catch(() => []);
    const largest = Math.max(0, ...versions.map((v) => v.storedBytes));
    return new StorageQuotaError(versionsToFree(versions, current, largest), cause);
  }

  /**
   * Folds the oldest versions while the saved ones exceed the budget. The new version and the one in
   * use are never folded; a failure here leaves everything openable, so it is not the commit's failure.
   */
  private async keepWithinBudget(current: string) {
    try {
      const versions = await this.store.list();
      for (const v of versionsOverBudget(versions, current, this.budgetBytes)) {
        await this.store.foldVersion(v.id);
      }
    } catch {
      // Over budget is not an error: the Data screen shows the space used, and deleting stays possible.
    }
  }

  private async forget(id: string, current: string | null) {
    try {
      await this.store.setCurrent(current);
      await this.store.deleteVersion(id);
    } catch {
      // The engine still holds the previous data; at worst the next page load starts from the new one.
    }
  }

  /** Undo to any stored version, or (null) back to the bundled data. */
  async switchTo(versionId: string | null, announce = true): Promise<DatasetState> {
    const stored: VerifiedSnapshot =
      versionId === null
        ? { tables: { kind: 'csv', texts: await this.bundledTexts() }, dataVersion: null }
        : await readVerifiedSnapshot(this.store, versionId);
    const state = await this.engine.exclusive((engine) =>
      changeData(engine, async () => {
        await writeStoredTables(engine, stored.tables);
        const dataVersion = stored.dataVersion ?? (await engineDataVersion(engine));
        await this.store.setCurrent(versionId);
        return { dataVersion, versionId };
      }),
    );
    this.publish(state);
    if (announce) this.sync?.announce(versionId);
    return state;
  }
}

/** A stored version's tables and the data version they were saved with (null: compute it after loading). */
export interface VerifiedSnapshot {
  tables: StoredTables;
  dataVersion: string | null;
}

/**
 * A stored snapshot that is what was saved: its bytes hash to the hash its record keeps, or (versions
 * saved as CSV before records kept one) its text still hashes to its data version. Either way the data
 * version is the record's, so reopening needs no canonical dump of the loaded data.
 */
export async function readVerifiedSnapshot(
  store: VersionStore,
  versionId: string,
): Promise<VerifiedSnapshot> {
  const record = (await store.list()).find((v) => v.id === versionId);
  const { tables, contentHash } = await store.readSnapshot(versionId);
  const intact =
    record !== undefined &&
    (record.contentHash !== undefined
      ? record.contentHash === contentHash
      : tables.kind === 'csv' && (await dataVersionOf(tables.texts)) === record.dataVersion);
  if (!intact) throw new SnapshotCorruptError(`version ${versionId} does not match its data version`);
  return { tables, dataVersion: record.dataVersion };
}
