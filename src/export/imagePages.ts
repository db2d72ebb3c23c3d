import type { EChartsCoreOption } from 'echarts/core';
import { translate } from '../i18n/messages';
import type { ChartExport, ExportStamp } from './chartExport';
import { layoutImage, type ImageLayout } from './composeChartSvg';
import { imageParts, type ImageParts } from './imageParts';
import type { ImagePreset } from './presets';
import type { MeasureText } from './textLayout';

export interface ImagePage {
  /** The title of this page, with its page mark when the chart continues ("（续，2/3）"). */
  title: string;
  parts: ImageParts;
  layout: ImageLayout;
  option: EChartsCoreOption;
}

/** How many rows of a stacked chart fit a page's chart box, and how they are shared over `pages`. */
export function shareRows(
  count: number,
  pages: number,
  firstFits: number,
  laterFits: number,
): { firstRows: number; perLater: number } | null {
  const firstRows = Math.min(firstFits, Math.ceil(count / pages));
  const perLater = pages > 1 ? Math.ceil((count - firstRows) / (pages - 1)) : 0;
  if (pages === 1) return count <= firstFits ? { firstRows: count, perLater: 0 } : null;
  return perLater <= laterFits && firstRows + perLater * (pages - 1) >= count
    ? { firstRows, perLater }
    : null;
}

/**
 * The images one export makes for a preset. A chart that stacks rows (the matrix) gets every row at
 * least its readable height: when the preset's chart box cannot hold them all, the rows continue over
 * as many images as needed, the later ones titled "（续，2/3）" and giving the summary's room to rows.
 * `bare`: the chart and its legend only (Word/PowerPoint put the texts beside the picture as text).
 */
export function imagePages(
  chart: ChartExport,
  stamp: ExportStamp,
  preset: ImagePreset,
  includeSummary: boolean,
  measure?: MeasureText,
  options: { bare?: boolean } = {},
): ImagePage[] {
  const full = imageParts(chart, stamp, includeSummary);
  const partsFor = (title: string, withSummary: boolean): ImageParts =>
    options.bare
      ? {
          title: '',
          subtitle: '',
          summary: null,
          notes: [],
          sourceLine: '',
          versionLine: '',
          legend: full.legend,
        }
      : { ...full, title, summary: withSummary ? full.summary : null };
  const layoutFor = (title: string, withSummary: boolean) =>
    layoutImage(partsFor(title, withSummary), preset, measure);
  const boxOf = (l: ImageLayout) => ({ width: l.chart.width, height: l.chart.height });

  const single = layoutFor(chart.title, true);
  const exportLayout = chart.layout;
  if (!exportLayout) {
    return [{ title: chart.title, parts: partsFor(chart.title, true), layout: single, option: chart.option }];
  }
  const rows = exportLayout.rows;
  const fits = (l: ImageLayout) =>
    rows ? Math.max(1, Math.floor((l.chart.height - rows.fixedHeight) / rows.minHeight)) : Infinity;
  if (!rows || fits(single) >= rows.count) {
    const option = exportLayout.option(undefined, boxOf(single));
    return [{ title: chart.title, parts: partsFor(chart.title, true), layout: single, option }];
  }

  const mark = (page: number, pages: number) =>
    translate(chart.lang, page === 1 ? 'exportPageOf' : 'exportContinued', { page, pages });
  // The page mark may take a title line from the chart: the capacity is measured with it.
  const splitInto = (pages: number) =>
    shareRows(
      rows.count,
      pages,
      fits(layoutFor(chart.title + mark(1, pages), true)),
      fits(layoutFor(chart.title + mark(pages, pages), false)),
    );
  let pages = 2;
  while (!splitInto(pages)) pages += 1;
  const { firstRows, perLater } = splitInto(pages)!;
  return Array.from({ length: pages }, (_, i) => {
    const title = chart.title + mark(i + 1, pages);
    const layout = layoutFor(title, i === 0);
    const start = i === 0 ? 0 : firstRows + (i - 1) * perLater;
    const end = i === 0 ? firstRows : Math.min(rows.count, start + perLater);
    return {
      title,
      parts: partsFor(title, i === 0),
      layout,
      option: exportLayout.option({ start, end }, boxOf(layout)),
    };
  });
}
