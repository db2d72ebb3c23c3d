import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
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

export const DATABASE_NAME = 'luzhi-compare-data';
/** 1: versions, snapshots, meta. 2: adds firstViews (the first screen of each version, drawn before the engine). */
export const DATABASE_VERSION = 2;
const CURRENT_KEY = 'current';

interface DataDb extends DBSchema {
  versions: { key: string; value: VersionRecord };
  snapshots: { key: string; value: unknown };
  firstViews: { key: string; value: unknown };
  meta: { key: string; value: string | null };
}

/** Object stores by the database version that added them: an upgrade adds what the old database lacks. */
const STORES_BY_VERSION: readonly { version: number; create: (db: IDBPDatabase<DataDb>) => void }[] = [
  {
    version: 1,
    create: (db) => {
      db.createObjectStore('versions', { keyPath: 'id' });
      db.createObjectStore('snapshots');
      db.createObjectStore('meta');
    },
  },
  { version: 2, create: (db) => db.createObjectStore('firstViews') },
];

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
 * Versions kept in IndexedDB. Writing a version puts its snapshot, first view, record and the
 * "current" pointer in one readwrite transaction: a full disk or a closed tab aborts them together,
 * so what was stored before stays exactly as it was. Versions saved by older builds (CSV snapshots,
 * no first view) open as they are.
 */
export async function openIdbVersionStore(name = DATABASE_NAME): Promise<VersionStore> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('this browser has no IndexedDB');
  let db: IDBPDatabase<DataDb>;
  try {
    db = await new Promise<IDBPDatabase<DataDb>>((resolve, reject) => {
      let opened: IDBPDatabase<DataDb> | undefined;
      openDB<DataDb>(name, DATABASE_VERSION, {
        upgrade(database, oldVersion) {
          for (const step of STORES_BY_VERSION) if (step.version > oldVersion) step.create(database);
        },
        // A tab of an older build holds the database open and will not let it be upgraded: say so
        // rather than wait for that tab to close (the page falls back to memory, with a notice).
        blocked: () =>
          reject(new Error('an older copy of this page in another tab keeps the saved data locked')),
        // And a newer build opening in another tab is not kept waiting by this one.
        blocking: () => opened?.close(),
      }).then((database) => {
        opened = database;
        resolve(database);
      }, reject);
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
      const encoded = asEncodedSnapshot(stored);
      return { tables: await decodeSnapshot(encoded), contentHash: contentHashOf(encoded) };
    },
    async readFirstView(id) {
      return (await db.get('firstViews', id)) ?? null;
    },
    async addVersion(record, snapshot, firstView) {
      // Compress and hash before the transaction opens: an IDB transaction closes when it waits on other work.
      const encoded = await encodeSnapshot(snapshot);
      const full: VersionRecord = {
        ...record,
        storedBytes: encodedSize(encoded),
        contentHash: contentHashOf(encoded),
      };
      const tx = db.transaction(['versions', 'snapshots', 'firstViews', 'meta'], 'readwrite');
      // Compare-and-set: readwrite transactions on the same stores run one at a time, so the head read
      // here cannot change before this one writes; a tab that committed first makes this one refuse.
      const head = (await tx.objectStore('meta').get(CURRENT_KEY)) ?? null;
      if (head !== record.parent) {
        abort(tx);
        throw new StaleVersionError(head);
      }
      // The pointer moves last, in the same transaction: it never names a version that is not there.
      await Promise.all([
        tx.objectStore('snapshots').put(encoded, full.id),
        firstView === undefined ? undefined : tx.objectStore('firstViews').put(firstView, full.id),
        tx.objectStore('versions').put(full),
        tx.objectStore('meta').put(full.id, CURRENT_KEY),
        tx.done,
      ]);
      return full;
    },
    async putFirstView(id, firstView) {
      const tx = db.transaction(['versions', 'firstViews'], 'readwrite');
      const record = await tx.objectStore('versions').get(id);
      if (record === undefined) {
        abort(tx);
        throw new VersionNotFoundError(id);
      }
      // a folded version keeps no data, so no first view either
      if (!record.folded) await tx.objectStore('firstViews').put(firstView, id);
      await tx.done;
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
      const tx = db.transaction(['versions', 'snapshots', 'firstViews', 'meta'], 'readwrite');
      if ((await tx.objectStore('meta').get(CURRENT_KEY)) === id) {
        abort(tx);
        throw new CurrentVersionDeleteError(id);
      }
      await tx.objectStore('versions').delete(id);
      await tx.objectStore('snapshots').delete(id);
      await tx.objectStore('firstViews').delete(id);
      await tx.done;
    },
    async foldVersion(id) {
      const tx = db.transaction(['versions', 'snapshots', 'firstViews', 'meta'], 'readwrite');
      const record = await tx.objectStore('versions').get(id);
      if ((await tx.objectStore('meta').get(CURRENT_KEY)) === id || record === undefined) {
        abort(tx);
        throw record === undefined ? new VersionNotFoundError(id) : new CurrentVersionDeleteError(id);
      }
      await tx.objectStore('versions').put({ ...record, folded: true, storedBytes: 0 });
      await tx.objectStore('snapshots').delete(id);
      await tx.objectStore('firstViews').delete(id);
      await tx.done;
    },
  };
}
