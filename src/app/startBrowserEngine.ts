import type { OpenedDataset } from '../storage/openDataset';

let started: Promise<OpenedDataset> | null = null;

/** One engine per page, shared by every view; a second call (StrictMode, remounts) gets the same one. */
export function startBrowserEngine() {
  started ??= import('./bootEngine').then((m) => m.bootEngine());
  return started;
}
