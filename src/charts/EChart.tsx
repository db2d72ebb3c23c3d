import { useEffect, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { chartDrawing } from '../snapshot/engineGate';
import { echarts } from './echartsSetup';
import { loadLateChartParts, useLateChartParts } from './lateChartParts';

interface Props {
  option: EChartsCoreOption;
  /** Accessible name; the option's aria description carries the text summary. */
  label: string;
  height: number;
  testId?: string;
  /** ECharts events by name, e.g. `{ click: (params) => … }`. */
  onEvents?: Record<string, (params: unknown) => void>;
}

/**
 * The one component that owns an ECharts instance. echarts-for-react inits and disposes it (also
 * across StrictMode's double mount); a ResizeObserver on our own box resizes it whenever the parent
 * changes width, which the wrapper's window-resize listener misses.
 */
export function EChart({ option, label, height, testId, onEvents }: Props) {
  const ref = useRef<ReactEChartsCore>(null);
  const box = useRef<HTMLDivElement>(null);
  const painted = useRef<((painted?: boolean) => void) | null>(null);
  const lateParts = useLateChartParts();

  // The first paint gate (engineGate) waits for this chart to be painted before anything else is fetched.
  useEffect(() => {
    const done = chartDrawing();
    painted.current = done;
    void loadLateChartParts().catch(() => {});
    return () => done(false);
  }, []);
  // The first option is set lazily (drawn at the next frame), so the 'rendered' listener that
  // onChartReady adds hears it; a later option is drawn at once, in the same task as the change that
  // caused it, rather than a frame after it (at 1M rows, part of every indicator switch).
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
  }, []);
  const onChartReady = (instance: ECharts) => {
    // The browser test reads the drawn label boxes from the live chart (no label may overlap
    // another or the chart's edge at 375/1440/1920 px); the instance is otherwise unreachable
    // from the page once bundled.
    if (box.current) {
      Object.defineProperty(box.current, 'echartsInstance', { value: instance, configurable: true });
    }
    // setOption is lazy: the chart is painted at the next frame, and says so with 'rendered'.
    const onRendered = () => {
      instance.off('rendered', onRendered);
      painted.current?.();
    };
    instance.on('rendered', onRendered);
  };

  // Parts registered after this chart was drawn (the tooltip) are added to it, without redrawing it.
  useEffect(() => {
    const instance = ref.current?.getEchartsInstance();
    const tooltip = (option as { tooltip?: unknown }).tooltip;
    if (lateParts && tooltip !== undefined && instance && !instance.isDisposed()) {
      instance.setOption({ tooltip }, { lazyUpdate: true });
    }
    // Only when the parts arrive: option changes go through echarts-for-react.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lateParts]);

  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const instance = ref.current?.getEchartsInstance();
      if (!instance || instance.isDisposed()) return;
      // An observer reports every box once when it starts observing, when the chart has just been
      // drawn at that very size: resizing then redrew every new chart a second time (at 1M rows a
      // third of each view switch). Only a real change of width is acted on.
      if (el.clientWidth === instance.getWidth()) return;
      // 'auto': echarts-for-react creates the instance with the box's width and height fixed in its
      // init options, and a bare resize() keeps those; it also skips its own first resize, so a window
      // widened right after a chart mounted left the canvas at its old width.
      instance.resize({ width: 'auto', height: 'auto' });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%' }}>
      <ReactEChartsCore
        ref={ref}
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate={!mounted.current}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onEvents={onEvents}
        onChartReady={onChartReady}
      />
    </div>
  );
}
