// Code that runs inside the page (passed to addInitScript / page.evaluate as plain functions, so it
// must not close over anything from this module).

declare global {
  interface Window {
    __firstChartMs?: number;
  }
}

/**
 * Records when the first chart is drawn: a chart canvas with its summary caption is in the document,
 * then one more animation frame so ECharts (lazyUpdate) has painted it. Milliseconds since navigation.
 */
export function watchFirstChart(): void {
  const check = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid$="-chart"] canvas');
    const summary = document.querySelector('figcaption.chart-summary');
    if (canvas && canvas.width > 0 && summary?.textContent) {
      requestAnimationFrame(() => {
        window.__firstChartMs = performance.now();
      });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export type Interaction =
  { kind: 'select'; testId: string; value: string } | { kind: 'click'; testId: string };

/**
 * Performs one UI input and resolves with the milliseconds until the page shows its result: the
 * summary captions (or the panel) changed, no loading placeholder is left, and one frame was painted.
 * null if that did not happen within 60 s.
 */
export function interact(action: Interaction): Promise<number | null> {
  const signature = () =>
    [
      document.querySelector('main[role="tabpanel"]')?.getAttribute('data-testid') ?? '',
      ...Array.from(document.querySelectorAll('figcaption.chart-summary'), (e) => e.textContent ?? ''),
    ].join('\u0001');
  const before = signature();
  const el = document.querySelector<HTMLElement>(`[data-testid="${action.testId}"]`);
  if (!el) return Promise.resolve(null);
  const t0 = performance.now();
  if (action.kind === 'select') {
    (el as HTMLSelectElement).value = action.value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    el.click();
  }
  return new Promise((resolve) => {
    const poll = () => {
      const elapsed = performance.now() - t0;
      if (elapsed > 60_000) return resolve(null);
      const settled =
        signature() !== before &&
        document.querySelector('main .chart-placeholder') === null &&
        document.querySelector('figcaption.chart-summary') !== null;
      if (settled) requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/** Option values of a select, in document order. */
export function optionValues(testId: string): string[] {
  const select = document.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
  return select ? Array.from(select.options, (o) => o.value) : [];
}
