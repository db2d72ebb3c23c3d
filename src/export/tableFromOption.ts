import type { EChartsCoreOption } from 'echarts/core';
import type { ChartTable } from './chartExport';
import type { SpreadsheetCell } from './spreadsheetSafe';

type Axis = { type?: string; data?: unknown[]; name?: string };
type Series = { type?: string; name?: string; data?: unknown[] };

const list = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : x ? [x as T] : []);

function label(item: unknown): string {
  if (item && typeof item === 'object' && 'value' in item) return String((item as { value: unknown }).value);
  return item === null || item === undefined ? '' : String(item);
}

/** A data item's number; '-' and missing are null (no data), never zero. */
function valueOf(item: unknown): SpreadsheetCell {
  const v =
    item && typeof item === 'object' && !Array.isArray(item) ? (item as { value?: unknown }).value : item;
  const x = Array.isArray(v) ? v[v.length - 1] : v;
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/**
 * The data of a chart read back from its ECharts option: categories × series for bar/line charts,
 * one row per cell for heatmaps. Used when a view gives no table of its own; labels are the option's
 * category values as they are.
 */
export function tableFromOption(option: EChartsCoreOption): ChartTable {
  const series = list<Series>(option.series);
  const axes = [...list<Axis>(option.xAxis), ...list<Axis>(option.yAxis)];
  const categoryAxes = axes.filter((a) => a.type === 'category' && Array.isArray(a.data));
  const heatmap = series.find((s) => s.type === 'heatmap');
  if (heatmap && categoryAxes.length >= 2) {
    const [x, y] = [list<Axis>(option.xAxis)[0]?.data ?? [], list<Axis>(option.yAxis)[0]?.data ?? []];
    return {
      header: [
        list<Axis>(option.yAxis)[0]?.name ?? '',
        list<Axis>(option.xAxis)[0]?.name ?? '',
        heatmap.name ?? '',
      ],
      rows: list<unknown>(heatmap.data).map((d) => {
        const v = (
          d && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d
        ) as unknown[];
        return [label(y[Number(v?.[1])]), label(x[Number(v?.[0])]), valueOf(v)];
      }),
    };
  }
  const categories = categoryAxes[0]?.data ?? [];
  const drawn = series.filter((s) => Array.isArray(s.data));
  return {
    header: [categoryAxes[0]?.name ?? '', ...drawn.map((s, i) => s.name ?? String(i + 1))],
    rows: categories.map((c, i) => [label(c), ...drawn.map((s) => valueOf(s.data?.[i]))]),
  };
}
