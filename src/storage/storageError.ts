import { CatalogConflictError } from './catalogRows';
import { SnapshotCorruptError } from './snapshotCodec';

/** What went wrong with a commit, undo or reset, in terms the analyst can act on. */
export type StorageFailure =
  | { kind: 'quota' }
  | { kind: 'too_large' }
  | { kind: 'catalog_conflict'; id: string }
  | { kind: 'corrupt' }
  | { kind: 'other'; reason: string };

const OUT_OF_MEMORY =
  /out of memory|allocation failed|invalid (string|array) length|array buffer allocation/i;

export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof CatalogConflictError) return { kind: 'catalog_conflict', id: error.id };
  if (error instanceof SnapshotCorruptError) return { kind: 'corrupt' };
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  // Browsers name a full disk differently: QuotaExceededError (Chrome, Safari), NS_ERROR_DOM_QUOTA_REACHED (old Firefox).
  if (/quota/i.test(name) || /quota/i.test(message)) return { kind: 'quota' };
  if (error instanceof RangeError || OUT_OF_MEMORY.test(message)) return { kind: 'too_large' };
  return { kind: 'other', reason: name && name !== 'Error' ? `${name}: ${message}` : message };
}
