import {
  asEncodedSnapshot,
  contentHashOf,
  decodeSnapshot,
  encodeSnapshot,
  encodedSize,
} from './snapshotCodec';
import {
  CurrentVersionDeleteError,
  StaleVersionError,
  VersionNotFoundError,
  type VersionRecord,
  type VersionStore,
} from './versionStore';

export interface MemoryVersionStore extends VersionStore {
  /** Test hook: replace a stored snapshot with whatever value (to simulate damage or an old format). */
  tamper(id: string, stored: unknown): void;
  /** Test hook: replace a version's record (e.g. as an older build saved it). */
  tamperRecord(record: VersionRecord): void;
}

/**
 * Versions in memory, with the same all-or-nothing and quota behaviour as the IndexedDB store: used
 * by unit tests, and for the session when the browser has no usable IndexedDB.
 */
export function createMemoryVersionStore({ quotaBytes = Infinity }: { quotaBytes?: number } = {}) {
  const records = new Map<string, VersionRecord>();
  const snapshots = new Map<string, unknown>();
  const firstViews = new Map<string, unknown>();
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
      const encoded = asEncodedSnapshot(snapshots.get(id));
      return { tables: await decodeSnapshot(encoded), contentHash: contentHashOf(encoded) };
    },
    async readFirstView(id) {
      return firstViews.get(id) ?? null;
    },
    async addVersion(record, snapshot, firstView) {
      const encoded = await encodeSnapshot(snapshot);
      const full: VersionRecord = {
        ...record,
        storedBytes: encodedSize(encoded),
        contentHash: contentHashOf(encoded),
      };
      // compare-and-set, with no await between the check and the writes (one turn: atomic here)
      if (current !== record.parent) throw new StaleVersionError(current);
      if (used() + full.storedBytes > quotaBytes) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      records.set(full.id, full);
      snapshots.set(full.id, encoded);
      if (firstView !== undefined) firstViews.set(full.id, firstView);
      current = full.id;
      return full;
    },
    async putFirstView(id, firstView) {
      const record = records.get(id);
      if (record === undefined) throw new VersionNotFoundError(id);
      // a folded version keeps no data, so no first view either
      if (!record.folded) firstViews.set(id, firstView);
    },
    async setCurrent(id) {
      if (id !== null && !records.has(id)) throw new VersionNotFoundError(id);
      current = id;
    },
    async deleteVersion(id) {
      if (id === current) throw new CurrentVersionDeleteError(id);
      records.delete(id);
      snapshots.delete(id);
      firstViews.delete(id);
    },
    async foldVersion(id) {
      const record = records.get(id);
      if (record === undefined) throw new VersionNotFoundError(id);
      if (id === current) throw new CurrentVersionDeleteError(id);
      records.set(id, { ...record, folded: true, storedBytes: 0 });
      snapshots.delete(id);
      firstViews.delete(id);
    },
    tamper(id, stored) {
      snapshots.set(id, stored);
    },
    tamperRecord(record) {
      records.set(record.id, record);
    },
  };
  return store;
}
