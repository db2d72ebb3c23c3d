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

/**
 * The images one export makes for a preset. A chart that stacks rows (the matrix) gets every row at
 * least its readable height: when the preset's chart box cannot hold them all, the rows are shared
 * evenly over as many images as needed, the later ones titled "（续，2/3）".
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
  const partsFor = (title: string): ImageParts =>
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
      : { ...full, title };
  const layoutFor = (title: string) => layoutImage(partsFor(title), preset, measure);

  const single = layoutFor(chart.title);
  const rows = chart.layout?.rows;
  const exportLayout = chart.layout;
  if (!rows || !exportLayout) {
    return [{ title: chart.title, parts: partsFor(chart.title), layout: single, option: chart.option }];
  }
  const fits = (box: ImageLayout) =>
    Math.max(1, Math.floor((box.chart.height - rows.fixedHeight) / rows.minHeight));
  if (fits(single) >= rows.count) {
    return [
      { title: chart.title, parts: partsFor(chart.title), layout: single, option: exportLayout.option() },
    ];
  }

  const mark = (page: number, pages: number) =>
    translate(chart.lang, page === 1 ? 'exportPageOf' : 'exportContinued', { page, pages });
  let pages = Math.ceil(rows.count / fits(single));
  // The page mark may take a title line from the chart: recount until the split holds.
  while (Math.ceil(rows.count / pages) > fits(layoutFor(chart.title + mark(pages, pages)))) pages += 1;
  const perPage = Math.ceil(rows.count / pages);
  return Array.from({ length: pages }, (_, i) => {
    const title = chart.title + mark(i + 1, pages);
    return {
      title,
      parts: partsFor(title),
      layout: layoutFor(title),
      option: exportLayout.option({ start: i * perPage, end: Math.min(rows.count, (i + 1) * perPage) }),
    };
  });
}
