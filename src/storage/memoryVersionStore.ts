import type { TableTexts } from '../data/tables';
import { decodeSnapshot, encodeSnapshot, encodedSize, type EncodedSnapshot } from './snapshotCodec';
import {
  CurrentVersionDeleteError,
  VersionNotFoundError,
  type VersionRecord,
  type VersionStore,
} from './versionStore';

export interface MemoryVersionStore extends VersionStore {
  /** Test hook: replace a stored snapshot with whatever value (to simulate damage). */
  tamper(id: string, stored: unknown): void;
}

/**
 * Versions in memory, with the same all-or-nothing and quota behaviour as the IndexedDB store: used
 * by unit tests, and for the session when the browser has no usable IndexedDB.
 */
export function createMemoryVersionStore({ quotaBytes = Infinity }: { quotaBytes?: number } = {}) {
  const records = new Map<string, VersionRecord>();
  const snapshots = new Map<string, unknown>();
  let current: string | null = null;
  const used = () => [...records.values()].reduce((n, r) => n + r.storedBytes, 0);

  const store: MemoryVersionStore = {
    kind: 'memory',
    async list() {
      return [...records.values()].sort((a, b) => b.time.localeCompare(a.time));
    },
    async currentId() {
      return current;
    },
    async readSnapshot(id) {
      if (!snapshots.has(id)) throw new VersionNotFoundError(id);
      return decodeSnapshot(snapshots.get(id));
    },
    async addVersion(record, snapshot: TableTexts) {
      const encoded: EncodedSnapshot = await encodeSnapshot(snapshot);
      const full: VersionRecord = { ...record, storedBytes: encodedSize(encoded) };
      if (used() + full.storedBytes > quotaBytes) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      records.set(full.id, full);
      snapshots.set(full.id, encoded);
      current = full.id;
      return full;
    },
    async setCurrent(id) {
      if (id !== null && !records.has(id)) throw new VersionNotFoundError(id);
      current = id;
    },
    async deleteVersion(id) {
      if (id === current) throw new CurrentVersionDeleteError(id);
      records.delete(id);
      snapshots.delete(id);
    },
    tamper(id, stored) {
      snapshots.set(id, stored);
    },
  };
  return store;
}
