import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { decodeSnapshot, encodeSnapshot, encodedSize, type EncodedSnapshot } from './snapshotCodec';
import {
  CurrentVersionDeleteError,
  VersionNotFoundError,
  type VersionRecord,
  type VersionStore,
} from './versionStore';

export const DATABASE_NAME = 'luzhi-compare-data';
const CURRENT_KEY = 'current';

interface DataDb extends DBSchema {
  versions: { key: string; value: VersionRecord };
  snapshots: { key: string; value: EncodedSnapshot };
  meta: { key: string; value: string | null };
}

/** Ends a transaction on purpose; its `done` then rejects, which is expected and not an error. */
function abort(tx: { abort(): void; done: Promise<void> }) {
  tx.done.catch(() => undefined);
  tx.abort();
}

/** Opening fails when the browser blocks storage (private modes, policies) or the database is damaged. */
export class StorageUnavailableError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Versions kept in IndexedDB. Writing a version puts its snapshot, its record and the "current"
 * pointer in one readwrite transaction: a full disk or a closed tab aborts all three together, so
 * what was stored before stays exactly as it was.
 */
export async function openIdbVersionStore(name = DATABASE_NAME): Promise<VersionStore> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('this browser has no IndexedDB');
  let db: IDBPDatabase<DataDb>;
  try {
    db = await openDB<DataDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('versions', { keyPath: 'id' });
        database.createObjectStore('snapshots');
        database.createObjectStore('meta');
      },
    });
  } catch (e) {
    throw new StorageUnavailableError(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  }

  return {
    kind: 'indexeddb',
    async list() {
      const all = await db.getAll('versions');
      return all.sort((a, b) => b.time.localeCompare(a.time));
    },
    async currentId() {
      return (await db.get('meta', CURRENT_KEY)) ?? null;
    },
    async readSnapshot(id) {
      const stored = await db.get('snapshots', id);
      if (stored === undefined) throw new VersionNotFoundError(id);
      return decodeSnapshot(stored);
    },
    async addVersion(record, snapshot) {
      // Compress before the transaction opens: an IDB transaction closes when it waits on other work.
      const encoded = await encodeSnapshot(snapshot);
      const full: VersionRecord = { ...record, storedBytes: encodedSize(encoded) };
      const tx = db.transaction(['versions', 'snapshots', 'meta'], 'readwrite');
      // The pointer moves last, in the same transaction: it never names a version that is not there.
      await Promise.all([
        tx.objectStore('snapshots').put(encoded, full.id),
        tx.objectStore('versions').put(full),
        tx.objectStore('meta').put(full.id, CURRENT_KEY),
        tx.done,
      ]);
      return full;
    },
    async setCurrent(id) {
      const tx = db.transaction(['versions', 'meta'], 'readwrite');
      if (id !== null && (await tx.objectStore('versions').get(id)) === undefined) {
        abort(tx);
        throw new VersionNotFoundError(id);
      }
      await tx.objectStore('meta').put(id, CURRENT_KEY);
      await tx.done;
    },
    async deleteVersion(id) {
      const tx = db.transaction(['versions', 'snapshots', 'meta'], 'readwrite');
      if ((await tx.objectStore('meta').get(CURRENT_KEY)) === id) {
        abort(tx);
        throw new CurrentVersionDeleteError(id);
      }
      await tx.objectStore('versions').delete(id);
      await tx.objectStore('snapshots').delete(id);
      await tx.done;
    },
  };
}
