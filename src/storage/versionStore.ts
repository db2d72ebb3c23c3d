import { randomId } from '../platform/randomId';
import type { CommitMode } from './commitMode';
import type { ChangeTotals } from './previewChanges';
import type { StoredTables } from './snapshotCodec';

export interface VersionRowCounts extends ChangeTotals {
  /** Observations in the dataset after this version was committed. */
  total: number;
}

/** One committed upload: what it was, how it landed, and the data it produced. */
export interface VersionRecord {
  id: string;
  /** The version the upload was applied to; null = the bundled data. */
  parent: string | null;
  /** The uploaded file's name ('' for pasted cells). */
  fileName: string;
  /** ISO 8601 time of the commit. */
  time: string;
  mode: CommitMode;
  rowCounts: VersionRowCounts;
  /** Content hash of the snapshot (see dataVersionOf). */
  dataVersion: string;
  /** Bytes the stored snapshot takes. */
  storedBytes: number;
  /**
   * SHA-256 of the stored snapshot's bytes (see contentHashOf). Absent on versions saved as CSV before
   * it existed: those are checked by hashing their data again.
   */
  contentHash?: string;
  /**
   * The version's data was freed to keep within the storage budget: it stays in the history (what was
   * uploaded, when, with what effect) but can no longer be opened.
   */
  folded?: boolean;
}

/** A stored snapshot as read back, with the hash of the bytes that were read. */
export interface ReadSnapshot {
  tables: StoredTables;
  contentHash: string;
}

/**
 * Where committed versions are kept: IndexedDB in the browser, memory in unit tests (and for the
 * session when the browser offers no IndexedDB). Each version holds a full snapshot, so undo to any
 * version is one load, and a damaged version never affects another.
 */
export interface VersionStore {
  /** 'indexeddb' survives reloads; 'memory' lasts only as long as the page. */
  readonly kind: 'indexeddb' | 'memory';
  /** Newest first. */
  list(): Promise<VersionRecord[]>;
  /** The version the page should start from; null = the bundled data. */
  currentId(): Promise<string | null>;
  readSnapshot(id: string): Promise<ReadSnapshot>;
  /**
   * What the version's first screen shows (query results, see src/snapshot), stored apart from its
   * tables so a page can draw it before the engine has loaded; null when none was stored.
   */
  readFirstView(id: string): Promise<unknown>;
  /**
   * Stores the version, its snapshot and its first view and makes it current, in one transaction: if
   * anything fails (storage full included), nothing stored before is touched and the current version
   * is unchanged. Compare-and-set: the same transaction reads the current version and writes only if
   * it is still `record.parent` (the version the commit was prepared on); otherwise it throws
   * StaleVersionError and writes nothing, so of two tabs racing to commit on one version, one wins.
   */
  addVersion(
    record: Omit<VersionRecord, 'storedBytes' | 'contentHash'>,
    snapshot: StoredTables,
    firstView?: unknown,
  ): Promise<VersionRecord>;
  /**
   * Stores a version's first view after the version itself: it is built from the committed data and
   * its rebuilt comparisons, after the commit's transaction (src/queries/precomputed.ts says why). A
   * version deleted or folded meanwhile gets none (VersionNotFoundError / nothing written).
   */
  putFirstView(id: string, firstView: unknown): Promise<void>;
  setCurrent(id: string | null): Promise<void>;
  /** Frees a version's space. The current version cannot be deleted. */
  deleteVersion(id: string): Promise<void>;
  /**
   * Frees a version's data but keeps its record, marked folded (storedBytes 0). The current version
   * cannot be folded.
   */
  foldVersion(id: string): Promise<void>;
}

/**
 * A commit prepared on a version that is no longer current (another tab committed meanwhile). It is
 * refused: applied to the newer data it would silently drop what that tab committed.
 */
export class StaleVersionError extends Error {
  constructor(
    /** The version current in storage now (null = the bundled data). */
    readonly currentId: string | null,
  ) {
    super(`the data changed in another tab (now ${currentId ?? 'bundled'})`);
    this.name = 'StaleVersionError';
  }
}

export class VersionNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`version ${id} is not stored`);
    this.name = 'VersionNotFoundError';
  }
}

export class CurrentVersionDeleteError extends Error {
  constructor(readonly id: string) {
    super(`version ${id} is in use and cannot be deleted`);
    this.name = 'CurrentVersionDeleteError';
  }
}

export function newVersionId(): string {
  return randomId();
}
