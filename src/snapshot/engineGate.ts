/**
 * What waits for the first paint. The first chart's own code is in the page's first load; everything
 * else is fetched once that chart is on screen, so nothing fetched beside it delays it or counts
 * against the first load: the engine's boot chunk (DuckDB's JS API, Arrow: ≈ 52 KB gzip, then the
 * 7 MB wasm from its worker), the chart actions (export, share, embed, briefing), ECharts' tooltip.
 *
 * The gate opens when the first chart has been painted; when a view has shown a result and no chart
 * is being drawn two frames later (a table, a message); at once when a view needs the engine for
 * lack of a snapshot result; and never later than a fallback, so nothing waits on what never comes.
 */
import { markOnce, PERF_MARKS } from './perfMarks';

/** Why the gate opened (the first-paint mark's detail, read by the speed tests and the bench). */
export type OpenReason = 'painted' | 'no-chart' | 'engine-needed' | 'fallback';

let isOpen = false;
let open!: (reason: OpenReason) => void;
const gate = new Promise<void>((resolve) => {
  open = (reason) => {
    if (!isOpen) markOnce(PERF_MARKS.firstPaintDone, { reason });
    isOpen = true;
    resolve();
  };
});

/** Charts mounted and not yet painted. */
let drawing = 0;
/** A view has shown a result: the gate opens once no chart is left to paint. */
let resultShown = false;

const nextFrame = (then: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => then()) : then();

/** A view has shown a result, or waits for one the engine alone can give. Idempotent. */
export function requestEngine(): void {
  open('engine-needed');
}

/**
 * A view has shown a result without a chart (a message, a table; see ChartCard): the gate opens two
 * frames later, unless a chart is being drawn by then (it opens once that one is painted).
 */
export function requestEngineAfterPaint(): void {
  nextFrame(() =>
    nextFrame(() => {
      resultShown = true;
      if (drawing === 0) open('no-chart');
    }),
  );
}

/**
 * A chart starts drawing (call on mount), or a view's code is still loading to draw one. The returned function is called once it has painted, or
 * with `false` when it goes away unpainted; calls after the first are ignored.
 */
export function chartDrawing(): (painted?: boolean) => void {
  drawing += 1;
  let settled = false;
  return (painted = true) => {
    if (settled) return;
    settled = true;
    drawing -= 1;
    // One more frame: what was just drawn reaches the screen before anything else is asked for. Gone
    // unpainted: checked a frame later, since what replaces it (a loaded view's chart) mounts in the
    // same commit, after this cleanup.
    nextFrame(() => {
      if (painted) open('painted');
      else if (resultShown && drawing === 0) open('no-chart');
    });
  };
}

/** Whether the first paint is done (the gate is open). */
export function firstPaintDone(): boolean {
  return isOpen;
}

/**
 * Settles when the engine (and everything else the first paint does not need) may start.
 * `fallbackMs` bounds the wait in case no view ever asks (a screen without queries).
 */
export function engineMayStart(fallbackMs = 3000): Promise<void> {
  if (isOpen) return gate;
  const timer = setTimeout(() => open('fallback'), fallbackMs);
  return gate.finally(() => clearTimeout(timer));
}

/** The same gate, for what is not the engine. */
export const afterFirstPaint = engineMayStart;
