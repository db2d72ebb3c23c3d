/**
 * When the engine's code may be fetched. Its boot chunk (DuckDB's JS API, Arrow: ≈ 52 KB gzip) is not
 * needed for a chart the snapshot can draw, and fetched in parallel it would arrive before that chart
 * and count against the first load. So it is fetched once a view has shown its first result, or at
 * once when a view needs the engine for lack of a snapshot result. The wasm (7 MB) is requested by
 * the engine's worker after that, so its download starts only a first paint later.
 */
let open!: () => void;
const gate = new Promise<void>((resolve) => {
  open = resolve;
});

/** A view has shown a result, or waits for one the engine alone can give. Idempotent. */
export function requestEngine(): void {
  open();
}

/** The same, once the frame now being drawn is on screen (what a snapshot result just drew stays first). */
export function requestEngineAfterPaint(): void {
  if (typeof requestAnimationFrame !== 'function') return requestEngine();
  requestAnimationFrame(() => requestAnimationFrame(requestEngine));
}

/**
 * Settles when the engine may start. `fallbackMs` bounds the wait in case no view ever asks (a screen
 * without queries): the engine must never wait on something that does not come.
 */
export function engineMayStart(fallbackMs = 3000): Promise<void> {
  const timer = setTimeout(open, fallbackMs);
  return gate.finally(() => clearTimeout(timer));
}
