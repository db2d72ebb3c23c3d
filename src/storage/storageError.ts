import { CatalogConflictError } from './catalogRows';
import { SnapshotCorruptError } from './snapshotCodec';
import type { VersionRecord } from './versionStore';

/** A stored version the analyst could delete to make room: enough to name it and say what it frees. */
export type FreeableVersion = Pick<VersionRecord, 'id' | 'fileName' | 'time' | 'storedBytes'>;

/**
 * The browser refused to store a new version for lack of space; nothing was changed. `free` names the
 * oldest saved versions (never the one in use) whose deletion would make room — empty when there are
 * none, and the space has to come from elsewhere.
 */
export class StorageQuotaError extends Error {
  constructor(
    readonly free: FreeableVersion[],
    cause: unknown,
  ) {
    super('the browser storage quota is exceeded', { cause });
    this.name = 'StorageQuotaError';
  }
}

/** What went wrong with a commit, undo or reset, in terms the analyst can act on. */
export type StorageFailure =
  | { kind: 'quota'; free?: FreeableVersion[] }
  | { kind: 'too_large' }
  | { kind: 'catalog_conflict'; id: string }
  | { kind: 'corrupt' }
  | { kind: 'other'; reason: string };

/** Whether `error` is the browser saying its storage is full. */
export const isQuotaError = (error: unknown) => classifyStorageError(error).kind === 'quota';

const OUT_OF_MEMORY =
  /out of memory|allocation failed|invalid (string|array) length|array buffer allocation/i;

export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof CatalogConflictError) return { kind: 'catalog_conflict', id: error.id };
  if (error instanceof StorageQuotaError) return { kind: 'quota', free: error.free };
  if (error instanceof SnapshotCorruptError) return { kind: 'corrupt' };
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  // Browsers name a full disk differently: QuotaExceededError (Chrome, Safari), NS_ERROR_DOM_QUOTA_REACHED (old Firefox).
  if (/quota/i.test(name) || /quota/i.test(message)) return { kind: 'quota' };
  if (error instanceof RangeError || OUT_OF_MEMORY.test(message)) return { kind: 'too_large' };
  return { kind: 'other', reason: name && name !== 'Error' ? `${name}: ${message}` : message };
}
