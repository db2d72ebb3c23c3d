import { useSyncExternalStore } from 'react';
import { isQuerySnapshot, type QuerySnapshot } from './querySnapshot';
import { QUERY_SNAPSHOT_LINK_ATTRIBUTE } from './snapshotLink';
import { currentVersion, fileUrl } from '../published/manifest';
import { siteBase, siteManifest } from '../published/publishedSite';

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

async function fetchSnapshot(href: string): Promise<QuerySnapshot | null> {
  try {
    const res = await fetch(href, { credentials: 'same-origin', signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json: unknown = await res.json();
    if (!isQuerySnapshot(json)) throw new Error('unknown format');
    return json;
  } catch (e) {
    console.warn(`query snapshot not used (${href}): ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

let bundled: Promise<QuerySnapshot | null> = Promise.resolve(null);

/** The bundled data's data version (from the build's snapshot); null if the file is unavailable. */
export async function bundledDataVersion(): Promise<string | null> {
  return (await bundled)?.dataVersion ?? null;
}

/**
 * Fetches the bundled snapshot index.html preloads (so the bytes are usually there already), and,
 * when the site publishes a dataset, that version's own snapshot, which is the one shown.
 */
export async function loadQuerySnapshot(doc: Document): Promise<void> {
  const link = doc.querySelector<HTMLLinkElement>(`link[${QUERY_SNAPSHOT_LINK_ATTRIBUTE}]`);
  if (!link) return;
  bundled = fetchSnapshot(link.href);
  const published = await publishedSnapshotUrl();
  const snapshot = published ? await fetchSnapshot(published.href) : await bundled;
  if (snapshot && (!published || snapshot.dataVersion === published.dataVersion))
    provideQuerySnapshot(snapshot);
}

async function publishedSnapshotUrl(): Promise<{ href: string; dataVersion: string } | null> {
  const m = await siteManifest();
  const version = m.kind === 'manifest' ? currentVersion(m.manifest) : null;
  if (!version?.snapshot) return null;
  return { href: fileUrl(version.snapshot, siteBase()), dataVersion: version.dataVersion };
}

if (typeof document !== 'undefined') void loadQuerySnapshot(document);
