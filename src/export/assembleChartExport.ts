import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n/lang';
import { exportNotes, withoutAppHints } from './appHints';
import type { ChartExport, ChartExportData, ExportLayout } from './chartExport';
import { tableFromOption } from './tableFromOption';

export interface CardTexts {
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  notes: readonly string[];
  scopeNote?: string | undefined;
  /** The view's window-independent image layout, when it gives one. */
  exportLayout?: ExportLayout | undefined;
}

/**
 * One export's content: the card's texts (app hints removed: they mean nothing outside the app), the
 * live chart's option, and the view's data when it gives them.
 */
export function assembleChartExport(
  card: CardTexts,
  option: EChartsCoreOption,
  preferredHeight: number,
  data: ChartExportData | undefined,
  lang: Lang,
): ChartExport {
  return {
    view: card.id,
    lang,
    option: card.exportLayout?.option() ?? option,
    preferredHeight,
    title: card.title,
    subtitle: card.subtitle,
    summary: withoutAppHints(card.summary, lang),
    // The view's own notes leave out the card's level/body note: an image of unlike bodies needs it.
    notes: exportNotes(
      data?.notes ? [...(card.scopeNote ? [card.scopeNote] : []), ...data.notes] : card.notes,
      lang,
    ),
    sources: data?.sources ?? [],
    fileParts: data?.fileParts ?? [card.title],
    table: data?.table ?? tableFromOption(option),
    layout: card.exportLayout,
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
