import { createContext, type ReactNode } from 'react';
import type { EChartsType } from 'echarts/core';
import type { ChartExportData, ExportLayout } from '../export/chartExport';

/** What a chart card knows about its chart, for export/share/embed buttons. */
export interface ChartExportInfo {
  /** Stable id of the card, e.g. "ranking". */
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  notes: readonly string[];
  /** The view's exact data for downloads, sources and embeds; absent: read back from the chart. */
  exportData?: ChartExportData | undefined;
  /** Level/body note of the card (also the first of `notes`), kept in exports that use the view's own notes. */
  scopeNote?: string | undefined;
  /** How the chart is drawn for images whatever the window (desktop layout, row slices, legend). */
  exportLayout?: ExportLayout | undefined;
  /** The live ECharts instance, when the chart has drawn. */
  getChart: () => EChartsType | undefined;
}

/**
 * Buttons every chart card shows next to its title. Empty by default; the briefing capability provides
 * export/share/embed buttons here once, for every view.
 */
export type ChartActionsRenderer = (info: ChartExportInfo) => ReactNode;

export const ChartActionsContext = createContext<ChartActionsRenderer | null>(null);
