import type { EChartsCoreOption } from 'echarts/core';
import type { Catalog, Indicator, Jurisdiction } from '../data/schema';
import type { ChartExportData, ExportLayout } from '../export/chartExport';

/** The chart a model draws, when it draws one (the profile is a table only). */
export interface ModelChart {
  option: EChartsCoreOption;
  /** CSS px the chart needs on screen; the HTML export draws it at this height too. */
  height: number;
  testId: string;
  /**
   * How images draw the chart whatever the window (desktop layout, row slices continued with 续, the
   * colour legend); absent: images draw `option` as it is.
   */
  exportLayout?: ExportLayout | undefined;
}

/**
 * Everything one view shows, computed by a pure function from the view's state, its query rows, the
 * catalog and the language: `model(state, rows, catalog, lang)`. The card on screen, the embed, every
 * export (image, CSV, HTML, print, office formats) and the tests read this object; nobody reads an
 * option back from a live chart, so what is exported is exactly what the model says.
 *
 * Keep it flat and serialisable apart from the ECharts option (which may hold formatter functions).
 */
export interface ViewModel {
  /** Card id and view name: `overview`, `ranking`, `trend`, `matrix`, `profile`. */
  id: string;
  title: string;
  /** Indicator, unit and year in one line. */
  subtitle: string;
  /** Level/body note where the jurisdictions shown differ; '' when they do not. */
  scopeNote: string;
  /** The chart in words: caption, aria description, screen-reader text and exported summary. */
  summary: string;
  /** Notes shown under the summary (comparability, qualifiers, year mode, hints). */
  notes: string[];
  /** Long lists of notes shown folded ("口径说明（12项）"). */
  foldedNotes?: { label: string; items: string[] } | undefined;
  /** null: the view draws no chart (a table or cards only). */
  chart: ModelChart | null;
  /**
   * Whether the figures shown measure the same thing, when they only partly do or do not: a marker
   * beside the title whose reason shows on hover or tap.
   */
  flag?: { kind: 'partly' | 'no'; label: string; reason: string } | undefined;
  /** Figures listed instead of ranked (not comparable): one line per body. */
  list?: { label: string; items: string[] } | undefined;
  /**
   * The data and texts exports need: the table in the chart's shape (header first), the sources'
   * titles, file-name parts, the notes that belong in an exported image, and the rows an embed pins.
   */
  export: ChartExportData;
}

/** The title/summary texts of a model, for exports that do not need the chart. */
export function modelTexts(model: ViewModel) {
  return {
    id: model.id,
    title: model.title,
    subtitle: model.subtitle,
    summary: model.summary,
    notes: [...(model.scopeNote ? [model.scopeNote] : []), ...model.notes],
  };
}

/** The catalog as models read it: the rows, and jurisdictions and indicators by id. */
export interface ModelCatalog {
  catalog: Catalog;
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  indicators: ReadonlyMap<string, Indicator>;
}

export function modelCatalog(catalog: Catalog): ModelCatalog {
  return {
    catalog,
    jurisdictions: new Map(catalog.jurisdictions.map((j) => [j.id, j])),
    indicators: new Map(catalog.indicators.map((i) => [i.id, i])),
  };
}
