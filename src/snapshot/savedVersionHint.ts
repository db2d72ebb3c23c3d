import { useSyncExternalStore } from 'react';
import { openIdbVersionStore } from '../storage/idbVersionStore';
import { publishedCurrentDataVersion } from '../published/publishedSite';
import { markOnce, PERF_MARKS } from './perfMarks';

/**
 * The data version of the upload the page will start from, read from the store's IndexedDB while the
 * engine loads: null = nothing saved (the bundled data), undefined = not known yet. Until it is known
 * the snapshot is not shown, so uploaded data is never preceded by a flash of bundled figures.
 */
let saved: string | null | undefined = undefined;
const listeners = new Set<() => void>();

function settle(value: string | null) {
  saved = value;
  markOnce(PERF_MARKS.savedVersionKnown, { version: value ?? 'none' });
  for (const listener of listeners) listener();
}

export async function readSavedDataVersion(): Promise<string | null> {
  // With storage blocked the store keeps versions in memory only: a fresh page starts from the
  // bundled data.
  let store;
  try {
    store = await openIdbVersionStore();
  } catch {
    return publishedCurrentDataVersion();
  }
  const id = await store.currentId();
  // No draft: the page shows the site's published version, if it has one.
  if (id === null) return publishedCurrentDataVersion();
  const record = (await store.list()).find((v) => v.id === id);
  // A pointer to a missing record: treat it as "some other data" rather than guess.
  return record?.dataVersion ?? id;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const read = () => saved;

export function useSavedVersionHint(): string | null | undefined {
  return useSyncExternalStore(subscribe, read, read);
}

// Without IndexedDB nothing can have been saved.
if (typeof indexedDB === 'undefined') publishedCurrentDataVersion().then(settle, () => settle(null));
else readSavedDataVersion().then(settle, () => settle('unknown'));
