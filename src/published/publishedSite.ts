import { useSyncExternalStore } from 'react';
import {
  fetchManifest,
  fetchVersionTexts,
  resolvePublishedBase,
  type BaseData,
  type Fetch,
  type ManifestResult,
} from './loadPublished';
import { currentVersion } from './manifest';

/**
 * The page's view of the site's published datasets: one manifest request per page (shared by the
 * first-view snapshot, the saved-version hint and the engine), and the base data resolved from it.
 */

// `credentials: same-origin` as the rest of the app; `no-cache` so a rollback is seen on the next
// visit (the manifest is the one file that changes in place).
const browserFetch: Fetch = (url, { signal }) =>
  fetch(url, {
    signal,
    credentials: 'same-origin',
    cache: url.endsWith('manifest.json') ? 'no-cache' : 'default',
  });

/** The folder index.html is served from (any sub-path): `datasets/` is beside it. */
export function siteBase(): string {
  return new URL('./', document.baseURI).href;
}

let manifest: Promise<ManifestResult> | null = null;
let base: Promise<BaseData> | null = null;
let resolved: BaseData | undefined = undefined;
const listeners = new Set<() => void>();

export function siteManifest(): Promise<ManifestResult> {
  manifest ??= fetchManifest(browserFetch, siteBase());
  return manifest;
}

/** The data a page without a draft shows: the current published version, an older one, or bundled. */
export function siteBaseData(): Promise<BaseData> {
  base ??= siteManifest()
    .then((m) => resolvePublishedBase(browserFetch, siteBase(), m))
    .then((b) => {
      resolved = b;
      for (const listener of listeners) listener();
      return b;
    });
  return base;
}

/**
 * Embeds: the tables of the published version with this data version, if the manifest lists one
 * (null otherwise). Any browser can then draw a chart pinned to an older published version.
 */
export async function publishedTextsFor(dataVersion: string) {
  const m = await siteManifest();
  if (m.kind !== 'manifest') return null;
  const version = m.manifest.versions.find((v) => v.dataVersion === dataVersion);
  return version ? fetchVersionTexts(browserFetch, siteBase(), version) : null;
}

/** The data version the page will show when it has no draft: published current's, or null (bundled). */
export async function publishedCurrentDataVersion(): Promise<string | null> {
  const m = await siteManifest();
  return m.kind === 'manifest' ? (currentVersion(m.manifest)?.dataVersion ?? null) : null;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const read = () => resolved;

/** The base data once resolved (undefined before, or when the page never needed it). */
export function useSiteBaseData(): BaseData | undefined {
  return useSyncExternalStore(subscribe, read, read);
}
