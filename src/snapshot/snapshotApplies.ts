import type { EngineState } from '../engine/engineContext';
import type { QuerySnapshot } from './querySnapshot';

/**
 * Whether the build-time results describe the data the page shows (or is about to show).
 * - Engine ready: only if it holds the very data version the snapshot was computed from.
 * - Engine loading or failed: only if the browser holds no saved version other than that one
 *   (`savedVersion` null = nothing saved, the page will load the bundled data; undefined = not
 *   known yet, so not shown).
 */
export function snapshotApplies(
  snapshot: QuerySnapshot | null,
  engine: EngineState,
  savedVersion: string | null | undefined,
): snapshot is QuerySnapshot {
  if (!snapshot) return false;
  if (engine.status === 'ready') return engine.dataVersion === snapshot.dataVersion;
  return savedVersion === null || savedVersion === snapshot.dataVersion;
}
