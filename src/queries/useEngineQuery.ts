import { useCallback, useEffect } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Connector } from '../engine/connector';
import { useEngine } from '../engine/engineContext';
import { markOnce, PERF_MARKS } from '../snapshot/perfMarks';
import { snapshotApplies } from '../snapshot/snapshotApplies';
import { snapshotEntryKey } from '../snapshot/querySnapshot';
import { requestEngine } from '../snapshot/engineGate';
import { snapshotsSettled, useQuerySnapshots } from '../snapshot/snapshotStore';
import { useSavedVersionHint } from '../snapshot/savedVersionHint';
import { sameJson } from '../snapshot/sameJson';

export type QueryKeyPart = string | number | boolean | null;

// react-query's own guard (query results are never functions), which it does not export.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type NonFunction<T> = T extends Function ? never : T;

/**
 * The one way views run SQL: keyed by the query's name, the current data version and its parameters,
 * so a committed upload refreshes every view and equal parameters share one result.
 */
export function engineQueryKey(name: string, dataVersion: string, params: readonly QueryKeyPart[]) {
  return [name, dataVersion, ...params] as const;
}

/**
 * What a view shows for a live result: the placeholder when they are equal, else the result. Remembered
 * per result object: every component that reads a query compares on mounting, and the catalog of a
 * large upload is compared in full (at 1M rows the chart actions, mounted anew with each indicator,
 * spent 7 ms a switch re-comparing the same catalog).
 */
const shownByResult = new WeakMap<object, { placeholder: unknown; shown: unknown }>();

export function shownOf<T>(live: T, placeholder: T | undefined): T {
  if (placeholder === undefined) return live;
  if (typeof live !== 'object' || live === null) return sameJson(live, placeholder) ? placeholder : live;
  const known = shownByResult.get(live);
  if (known && known.placeholder === placeholder) return known.shown as T;
  const shown = sameJson(live, placeholder) ? placeholder : live;
  shownByResult.set(live, { placeholder, shown });
  return shown;
}

/**
 * While the engine loads, a query the build ran ahead of time (same SQL, same bundled data) is answered
 * from that snapshot as placeholder data; the live query replaces it as soon as the engine is ready.
 * The snapshot is never used for data it was not computed from (see `snapshotApplies`).
 */
export function useEngineQuery<T>(
  name: string,
  params: readonly QueryKeyPart[],
  fetch: (connector: Connector) => Promise<T>,
): UseQueryResult<T> {
  const engine = useEngine();
  const savedVersion = useSavedVersionHint();
  // The bundled data's build-time results, or the first view stored with the saved version being opened.
  const snapshot = useQuerySnapshots().find((s) =>
    snapshotApplies(s.snapshot, engine, savedVersion, s.origin),
  );
  const connector = engine.status === 'ready' ? engine.connector : null;
  const dataVersion = engine.status === 'ready' ? engine.dataVersion : '';
  const placeholder = snapshot?.snapshot.entries[snapshotEntryKey(name, params)] as T | undefined;
  // When the live result equals what was already shown, keep the shown object: the view then has
  // nothing to recompute and the chart is not redrawn.
  const keepShown = useCallback((live: T) => shownOf(live, placeholder), [placeholder]);
  const result = useQuery({
    queryKey: engineQueryKey(name, dataVersion, params),
    queryFn: () => fetch(connector!),
    enabled: connector !== null,
    placeholderData: placeholder as NonFunction<T> | undefined,
    select: keepShown,
  });

  const served = result.data !== undefined;
  const live = served && !result.isPlaceholderData;
  const ready = engine.status === 'ready';
  useEffect(() => {
    if (ready) markOnce(PERF_MARKS.engineReady);
  }, [ready]);
  // Known not to come from a snapshot: the engine is what the page needs next. A result that is shown
  // opens the gate through what draws it (the chart painted, or a card without one: see ChartCard).
  const waitsForEngine = !served && savedVersion !== undefined && snapshotsSettled();
  useEffect(() => {
    if (waitsForEngine) requestEngine();
  }, [waitsForEngine]);
  useEffect(() => {
    if (served) markOnce(PERF_MARKS.firstResult, { query: name, source: live ? 'engine' : 'snapshot' });
    if (live) markOnce(PERF_MARKS.firstLiveResult, { query: name });
  }, [served, live, name]);
  return result;
}
