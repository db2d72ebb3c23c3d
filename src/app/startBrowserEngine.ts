import { engineMayStart } from '../snapshot/engineGate';
import type { OpenedDataset } from '../storage/openDataset';

let started: Promise<OpenedDataset> | null = null;

/**
 * One engine per page, shared by every view; a second call (StrictMode, remounts) gets the same one.
 * Its code is fetched once the first chart is drawn or a view needs it (see engineGate).
 */
export function startBrowserEngine() {
  started ??= engineMayStart()
    .then(() => import('./bootEngine'))
    .then((m) => m.bootEngine());
  return started;
}
