import type { EngineState } from '../engine/engineContext';
import type { QuerySnapshot } from './querySnapshot';

/** Where a snapshot comes from: the build (the bundled data) or a saved version's stored first view. */
export type SnapshotOrigin = 'bundled' | 'saved';

/**
 * Whether the build-time results describe the data the page shows (or is about to show).
 * - Engine ready: only if it holds the very data version the snapshot was computed from.
 * - Engine loading or failed: only if the browser holds no saved version other than that one
 *   (`savedVersion` null = nothing saved, the page will load the bundled data; undefined = not
 *   known yet, so not shown). A saved version's first view needs that very version to be saved.
 */
export function snapshotApplies(
  snapshot: QuerySnapshot | null,
  engine: EngineState,
  savedVersion: string | null | undefined,
  origin: SnapshotOrigin = 'bundled',
): snapshot is QuerySnapshot {
  if (!snapshot) return false;
  if (engine.status === 'ready') return engine.dataVersion === snapshot.dataVersion;
  return (savedVersion === null && origin === 'bundled') || savedVersion === snapshot.dataVersion;
}
