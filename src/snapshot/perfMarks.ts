// Timeline marks read by `npm run bench` (performance.getEntriesByName). Each is set once per page.

export const PERF_MARKS = {
  /** The first result any view received, from the build-time snapshot or the engine. */
  firstResult: 'luzhi:first-result',
  /** The first result computed by the live engine. */
  firstLiveResult: 'luzhi:first-live-result',
  /** The engine (DuckDB-WASM with the dataset loaded) became ready, as the views saw it. */
  engineReady: 'luzhi:engine-ready',
  /** The first chart is painted (or the first view has nothing to paint): deferred code may load now. */
  firstPaintDone: 'luzhi:first-paint-done',
  /** The saved-version check (does this browser hold an upload?) answered. */
  savedVersionKnown: 'luzhi:saved-version-known',
} as const;

const done = new Set<string>();

export function markOnce(name: string, detail?: Record<string, string>): void {
  if (done.has(name) || typeof performance === 'undefined' || !performance.mark) return;
  done.add(name);
  performance.mark(name, { detail });
}
