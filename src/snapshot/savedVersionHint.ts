import { useSyncExternalStore } from 'react';
import { openIdbVersionStore } from '../storage/idbVersionStore';
import { publishedCurrentDataVersion } from '../published/publishedSite';
import { markOnce, PERF_MARKS } from './perfMarks';
import { isQuerySnapshot, type QuerySnapshot } from './querySnapshot';
import { provideSavedQuerySnapshot } from './snapshotStore';

/**
 * The data version of the upload the page will start from, read from the store's IndexedDB while the
 * engine loads: null = nothing saved (the bundled data), undefined = not known yet. Until it is known
 * no snapshot is shown, so uploaded data is never preceded by a flash of bundled figures.
 */
let saved: string | null | undefined = undefined;
const listeners = new Set<() => void>();

interface SavedVersion {
  dataVersion: string | null;
  /** The first view stored with it (versions saved by older builds have none). */
  firstView: QuerySnapshot | null;
}

function settle({ dataVersion, firstView }: SavedVersion) {
  // The first view first: when the version becomes known, its chart can be drawn in the same render.
  if (firstView) provideSavedQuerySnapshot(firstView);
  saved = dataVersion;
  markOnce(PERF_MARKS.savedVersionKnown, {
    version: dataVersion ?? 'none',
    firstView: firstView ? 'stored' : 'none',
  });
  for (const listener of listeners) listener();
}

export async function readSavedVersion(): Promise<SavedVersion> {
  // With storage blocked the store keeps versions in memory only: a fresh page starts from the
  // bundled data.
  let store;
  try {
    store = await openIdbVersionStore();
  } catch {
    return baseVersion();
  }
  const id = await store.currentId();
  // No draft: the page shows the site's published version, if it has one.
  if (id === null) return baseVersion();
  const record = (await store.list()).find((v) => v.id === id);
  // A pointer to a missing record: treat it as "some other data" rather than guess.
  if (!record) return { dataVersion: id, firstView: null };
  const view = await store.readFirstView(id).catch(() => null);
  // Only a first view of this very data is drawn for it.
  const firstView = isQuerySnapshot(view) && view.dataVersion === record.dataVersion ? view : null;
  return { dataVersion: record.dataVersion, firstView };
}

/** No draft: the site's published version (its first view comes with the base snapshot), or null. */
async function baseVersion(): Promise<SavedVersion> {
  return { dataVersion: await publishedCurrentDataVersion(), firstView: null };
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

// Without IndexedDB nothing can have been saved: the page starts from the published or bundled data.
if (typeof indexedDB === 'undefined')
  baseVersion().then(settle, () => settle({ dataVersion: null, firstView: null }));
else readSavedVersion().then(settle, () => settle({ dataVersion: 'unknown', firstView: null }));
