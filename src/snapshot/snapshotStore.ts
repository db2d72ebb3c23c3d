import { useSyncExternalStore } from 'react';
import { isQuerySnapshot, type QuerySnapshot } from './querySnapshot';
import { QUERY_SNAPSHOT_LINK_ATTRIBUTE } from './snapshotLink';

// The build-time results, once fetched. A missing or broken file only means the first chart waits
// for the engine, as it would without a snapshot.
let current: QuerySnapshot | null = null;
const listeners = new Set<() => void>();

export function provideQuerySnapshot(snapshot: QuerySnapshot | null): void {
  current = snapshot;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const read = () => current;

export function useQuerySnapshot(): QuerySnapshot | null {
  return useSyncExternalStore(subscribe, read, read);
}

/** Fetches the file index.html preloads (so the bytes are usually there already). */
export async function loadQuerySnapshot(doc: Document): Promise<void> {
  const link = doc.querySelector<HTMLLinkElement>(`link[${QUERY_SNAPSHOT_LINK_ATTRIBUTE}]`);
  if (!link) return;
  try {
    const res = await fetch(link.href, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json: unknown = await res.json();
    if (!isQuerySnapshot(json)) throw new Error('unknown format');
    provideQuerySnapshot(json);
  } catch (e) {
    console.warn(`query snapshot not used (${link.href}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

if (typeof document !== 'undefined') void loadQuerySnapshot(document);
