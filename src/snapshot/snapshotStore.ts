import { useSyncExternalStore } from 'react';
import { isQuerySnapshot, type QuerySnapshot } from './querySnapshot';
import type { SnapshotOrigin } from './snapshotApplies';
import { QUERY_SNAPSHOT_LINK_ATTRIBUTE } from './snapshotLink';
import { currentVersion, fileUrl } from '../published/manifest';
import { siteBase, siteManifest } from '../published/publishedSite';

export interface KnownSnapshot {
  snapshot: QuerySnapshot;
  origin: SnapshotOrigin;
}

// The build-time results of the bundled data, once fetched, and the first view stored with the saved
// version this browser starts from, once read. A missing or broken one only means the first chart
// waits for the engine, as it would without a snapshot.
let bundled: QuerySnapshot | null = null;
let saved: QuerySnapshot | null = null;
let current: readonly KnownSnapshot[] = [];
// Whether the bundled snapshot has arrived or is known not to come (no link, HTTP error, bad file).
let bundledSettled = typeof document === 'undefined';
const listeners = new Set<() => void>();

function update() {
  current = [
    ...(saved ? [{ snapshot: saved, origin: 'saved' as const }] : []),
    ...(bundled ? [{ snapshot: bundled, origin: 'bundled' as const }] : []),
  ];
  for (const listener of listeners) listener();
}

export function provideQuerySnapshot(snapshot: QuerySnapshot | null): void {
  bundled = snapshot;
  bundledSettled = true;
  update();
}

/** Whether every snapshot that can arrive before the engine has arrived (or failed to). */
export const snapshotsSettled = (): boolean => bundledSettled;

/** The first view stored with the saved version the page is opening (see buildFirstView). */
export function provideSavedQuerySnapshot(snapshot: QuerySnapshot | null): void {
  saved = snapshot;
  update();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const read = () => current;

/** Every snapshot known so far, the saved version's first; each says which data version it describes. */
export function useQuerySnapshots(): readonly KnownSnapshot[] {
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

// The build's own snapshot, kept apart from the one shown: an embed pinned to the bundled data needs
// its data version even when the site shows a published version.
let buildSnapshot: Promise<QuerySnapshot | null> = Promise.resolve(null);

/** The bundled data's data version (from the build's snapshot); null if the file is unavailable. */
export async function bundledDataVersion(): Promise<string | null> {
  return (await buildSnapshot)?.dataVersion ?? null;
}

/**
 * Fetches the bundled snapshot index.html preloads (so the bytes are usually there already), and,
 * when the site publishes a dataset, that version's own snapshot, which is the one shown as the base
 * data's first view.
 */
export async function loadQuerySnapshot(doc: Document): Promise<void> {
  const link = doc.querySelector<HTMLLinkElement>(`link[${QUERY_SNAPSHOT_LINK_ATTRIBUTE}]`);
  if (!link) {
    provideQuerySnapshot(null);
    return;
  }
  buildSnapshot = fetchSnapshot(link.href);
  const published = await publishedSnapshotUrl().catch(() => null);
  const snapshot = published ? await fetchSnapshot(published.href) : await buildSnapshot;
  const matches = snapshot && (!published || snapshot.dataVersion === published.dataVersion);
  provideQuerySnapshot(matches ? snapshot : null);
}

async function publishedSnapshotUrl(): Promise<{ href: string; dataVersion: string } | null> {
  const m = await siteManifest();
  const version = m.kind === 'manifest' ? currentVersion(m.manifest) : null;
  if (!version?.snapshot) return null;
  return { href: fileUrl(version.snapshot, siteBase()), dataVersion: version.dataVersion };
}

if (typeof document !== 'undefined') void loadQuerySnapshot(document);
