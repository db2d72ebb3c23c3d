import type { Connector } from '../engine/connector';

let started: Promise<{ connector: Connector; dataVersion: string }> | null = null;

/** One engine per page, shared by every view; a second call (StrictMode, remounts) gets the same one. */
export function startBrowserEngine() {
  started ??= import('./bootEngine').then((m) => m.bootEngine());
  return started;
}
