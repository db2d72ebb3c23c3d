import { useEffect, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './echartsSetup';

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

  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const instance = ref.current?.getEchartsInstance();
      // 'auto': echarts-for-react creates the instance with the box's width and height fixed in its
      // init options, and a bare resize() keeps those; it also skips its own first resize, so a window
      // widened right after a chart mounted left the canvas at its old width.
      if (instance && !instance.isDisposed()) instance.resize({ width: 'auto', height: 'auto' });
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
        lazyUpdate
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onEvents={onEvents}
        onChartReady={(instance: unknown) => {
          // The browser test reads the drawn label boxes from the live chart (no label may overlap
          // another or the chart's edge at 375/1440/1920 px); the instance is otherwise unreachable
          // from the page once bundled.
          if (box.current) {
            Object.defineProperty(box.current, 'echartsInstance', { value: instance, configurable: true });
          }
        }}
      />
    </div>
  );
}
