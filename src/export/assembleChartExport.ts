import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n/lang';
import type { ChartExport, ChartExportData } from './chartExport';
import { tableFromOption } from './tableFromOption';

export interface CardTexts {
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  notes: readonly string[];
}

/** One export's content: the card's texts, the live chart's option, and the view's data when it gives them. */
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
    option,
    preferredHeight,
    title: card.title,
    subtitle: card.subtitle,
    summary: card.summary,
    notes: data?.notes ?? [...card.notes],
    sources: data?.sources ?? [],
    fileParts: data?.fileParts ?? [card.title],
    table: data?.table ?? tableFromOption(option),
  };
}
