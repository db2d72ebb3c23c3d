import type { Lang } from '../i18n/lang';
import type { ViewModel } from '../views/viewModel';
import type { ChartExport } from './chartExport';

/**
 * One export's content, from the view's model alone: texts, option, table, sources. null when the
 * view draws no chart (image, HTML and embed need one; CSV could use the table but keeps one path).
 */
export function assembleChartExport(model: ViewModel, lang: Lang): ChartExport | null {
  if (!model.chart) return null;
  return {
    view: model.id,
    lang,
    option: model.chart.option,
    preferredHeight: model.chart.height,
    title: model.title,
    subtitle: model.subtitle,
    summary: model.summary,
    notes: model.export.notes ?? [...(model.scopeNote ? [model.scopeNote] : []), ...model.notes],
    sources: model.export.sources,
    fileParts: model.export.fileParts,
    table: model.export.table,
  };
}
