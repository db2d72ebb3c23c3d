import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n/lang';
import type { SpreadsheetCell } from './spreadsheetSafe';

/** The chart's data in the chart's shape (one row per bar, per cell, …), header first. */
export interface ChartTable {
  header: string[];
  rows: SpreadsheetCell[][];
}

/** The rows an embed is pinned to, with the view and parameters that produce them. */
export interface PinnedRows {
  view: string;
  params: Record<string, string | number>;
  rows: readonly unknown[];
}

/**
 * What a view adds for export beyond what its card shows (title, summary, notes): its data as a
 * table, the sources' titles, file-name parts, notes for print/export, and the rows an embed pins.
 * Built by pure functions per view (e.g. `rankingExportData`).
 */
export interface ChartExportData {
  table: ChartTable;
  /** Report titles from the sources catalog, or uploaded file names. */
  sources: string[];
  /** Meaningful parts of download names, e.g. [indicator name, year, view name]. */
  fileParts: (string | number)[];
  /** Notes that belong in an exported image (comparability, qualifiers); on-screen hints left out. */
  notes?: string[];
  /** Absent: the view cannot be embedded. */
  pin?: PinnedRows;
}

/** One entry of a colour key drawn under the chart in images. */
export interface LegendItem {
  fill: string;
  label: string;
}

/**
 * How a view's chart is drawn for an image, independent of the window it is on screen in: the option
 * in the desktop layout, and for charts that stack rows (the matrix) the option for a slice of rows,
 * so an image can give every row room or continue on a next image ("续").
 */
export interface ExportLayout {
  /** `box`: the chart's size in the image (logical px), for options that fit labels to it. */
  option: (
    rows?: { start: number; end: number },
    box?: { width: number; height: number },
  ) => EChartsCoreOption;
  rows?: {
    count: number;
    /** Smallest readable row height in the image's logical px. */
    minHeight: number;
    /** Height of everything but the rows (axis labels, column headers). */
    fixedHeight: number;
  };
  legend?: LegendItem[];
}

/** Everything one export needs, assembled from the card, the live chart and the view's data. */
export interface ChartExport {
  /** Card / view id (`ranking`, `trend`, …). */
  view: string;
  lang: Lang;
  option: EChartsCoreOption;
  /** Height the chart is drawn at on screen (CSS px); used by the HTML export. */
  preferredHeight: number;
  title: string;
  subtitle: string;
  /** The generated one-sentence summary. */
  summary: string;
  notes: string[];
  sources: string[];
  fileParts: (string | number)[];
  table: ChartTable;
  /** The view's image layout; absent: the live chart's option is used as it is. */
  layout?: ExportLayout | undefined;
}

/** What an export adds at the time it is made. */
export interface ExportStamp {
  dataVersion: string;
  /** Date of the data version (published or committed), YYYY-MM-DD; unknown for bundled data. */
  dataDate?: string | undefined;
  /** What the data are: the bundled files, the site's published version, or this browser's draft. */
  origin?: 'bundled' | 'published' | 'draft' | undefined;
  /** YYYY-MM-DD */
  date: string;
}

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
