import type { Lang } from '../i18n/lang';
import type { ViewModel } from '../views/viewModel';
import { exportNotes, withoutAppHints } from './appHints';
import type { ChartExport } from './chartExport';

/**
 * One export's content, from the view's model alone: texts (app hints removed: they mean nothing
 * outside the app), the option laid out for images, table, sources. null when the view draws no
 * chart (image, HTML and embed need one; CSV could use the table but keeps one path).
 */
export function assembleChartExport(model: ViewModel, lang: Lang): ChartExport | null {
  if (!model.chart) return null;
  const layout = model.chart.exportLayout;
  const scope = model.scopeNote ? [model.scopeNote] : [];
  return {
    view: model.id,
    lang,
    // Images use the view's window-independent layout when it gives one.
    option: layout?.option() ?? model.chart.option,
    preferredHeight: model.chart.height,
    title: model.title,
    subtitle: model.subtitle,
    summary: withoutAppHints(model.summary, lang),
    // The view's own export notes leave out the level/body note: an image of unlike bodies needs it.
    notes: exportNotes([...scope, ...(model.export.notes ?? model.notes)], lang),
    sources: model.export.sources,
    fileParts: model.export.fileParts,
    table: model.export.table,
    layout,
  };
}

/** The export with the texts the user edited before exporting (empty edits keep the original). */
export function withEditedTexts(
  chart: ChartExport,
  edits: { title?: string; subtitle?: string; notes?: string } | null,
): ChartExport {
  if (!edits) return chart;
  return {
    ...chart,
    title: edits.title?.trim() ? edits.title.trim() : chart.title,
    subtitle: edits.subtitle !== undefined ? edits.subtitle.trim() : chart.subtitle,
    notes:
      edits.notes !== undefined
        ? edits.notes
            .split(/\r\n|\r|\n/)
            .map((n) => n.trim())
            .filter((n) => n !== '')
        : chart.notes,
  };
}
