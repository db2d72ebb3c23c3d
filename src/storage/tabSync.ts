// Tabs of the same site share one IndexedDB: a commit in one must reach the others, or a later
// commit there would be built on data that no longer is the current version. Each tab announces
// the version it made current; the others follow. BroadcastChannel where the browser has it (it
// needs no secure context), else the `storage` event of localStorage (fired in every other tab of
// the origin), else nothing (Node, tests: one "tab" only).

export interface TabSync {
  /** Tells the other tabs that `versionId` (null = the bundled data) is now current. */
  announce(versionId: string | null): void;
  /** Calls `listener` when another tab announces; returns the unsubscribe function. */
  listen(listener: (versionId: string | null) => void): () => void;
}

const CHANNEL = 'luzhi-dataset';
const STORAGE_KEY = 'luzhi-dataset-current';

type Message = { versionId: string | null; nonce: string };

function broadcastSync(): TabSync {
  const channel = new BroadcastChannel(CHANNEL);
  return {
    announce: (versionId) =>
      channel.postMessage({ versionId, nonce: String(Math.random()) } satisfies Message),
    listen: (listener) => {
      const onMessage = (e: MessageEvent<Message>) => listener(e.data.versionId);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

function storageEventSync(storage: Storage, target: EventTarget): TabSync {
  return {
    // a fresh nonce each time: writing the same value again would fire no event
    announce: (versionId) => {
      try {
        storage.setItem(
          STORAGE_KEY,
          JSON.stringify({ versionId, nonce: String(Math.random()) } satisfies Message),
        );
      } catch {
        // storage full or blocked: the other tabs still refuse a stale commit (see DatasetManager.commit)
      }
    },
    listen: (listener) => {
      const onStorage = (e: Event) => {
        const { key, newValue } = e as StorageEvent;
        if (key !== STORAGE_KEY || newValue === null) return;
        try {
          listener((JSON.parse(newValue) as Message).versionId);
        } catch {
          // not ours
        }
      };
      target.addEventListener('storage', onStorage);
      return () => target.removeEventListener('storage', onStorage);
    },
  };
}

/** The best way this environment offers; null where there are no other tabs to tell. */
export function createTabSync(env: typeof globalThis = globalThis): TabSync | null {
  if (typeof env.BroadcastChannel === 'function') return broadcastSync();
  const storage = (() => {
    try {
      return env.localStorage ?? null;
    } catch {
      return null; // blocked by the browser's settings
    }
  })();
  if (storage && typeof env.addEventListener === 'function') return storageEventSync(storage, env);
  return null;
}

export { storageEventSync as storageEventSyncForTests };
