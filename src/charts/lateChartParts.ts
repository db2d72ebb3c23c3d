import { useSyncExternalStore } from 'react';
import { afterFirstPaint } from '../snapshot/engineGate';

let loaded = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/**
 * Registers the parts in echartsLateParts once the first paint is done; charts drawn before then
 * get them added when they arrive (see EChart). Idempotent; a failed fetch is retried by the next call.
 */
export function loadLateChartParts(): Promise<void> {
  loading ??= afterFirstPaint()
    .then(() => import('./echartsLateParts'))
    .then(
      () => {
        loaded = true;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether the late parts are registered (re-renders when they arrive). */
export function useLateChartParts(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => loaded,
  );
}
