import type { Indicator } from '../../data/schema';
import { jurisdictionName } from '../../charts/names';
import { ratePartsOf } from '../../charts/rateParts';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { definitionPhrase } from '../definitionPhrase';
import { scopeNote } from '../scopeNote';
import type { ModelCatalog, ViewModel } from '../viewModel';
import { trendExportData } from './trendExportData';
import { trendOption } from './trendOption';
import type { TrendPoint } from './trendQuery';
import { pointsBySelected, singleYearJurisdictions, trendSummary, type TrendTextInput } from './trendSummary';

export interface TrendState {
  indicator: Indicator;
  /** Jurisdictions drawn, in catalog order. */
  selected: readonly string[];
}

/** The trend as one object, from the indicator's points in every year; `points` null while loading. */
export function trendModel(
  { indicator, selected }: TrendState,
  points: readonly TrendPoint[] | null,
  { catalog, jurisdictions, indicators }: ModelCatalog,
  lang: Lang,
): ViewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const input: TrendTextInput | null = points
    ? { points, selected, jurisdictions, indicator, lang, rateParts: ratePartsOf(indicator, indicators) }
    : null;
  const name = localized(indicator, 'name', lang);
  const drawn = input ? [...pointsBySelected(input)].filter(([, l]) => l.length > 0).map(([id]) => id) : [];
  const single = input ? singleYearJurisdictions(input) : [];
  const names = (ids: readonly string[]) =>
    ids.map((id) => jurisdictionName(id, jurisdictions, lang)).join(t('listSep'));
  const comparability = localized(indicator, 'comparability', lang);
  const notes = [
    comparability && `⚠ ${comparability}`,
    single.length > 0 && t('trendSinglePointNote', { names: names(single) }),
    t('trendGapNote'),
    points?.some((p) => p.qualifier !== 'exact') && t('atLeastNote'),
    selected.length === 0 && t('trendPickSome'),
  ].filter((n): n is string => typeof n === 'string' && n !== '');

  return {
    id: 'trend',
    title: t('trendTitle', { indicator: name }),
    subtitle: t('trendSubtitle', {
      indicator: definitionPhrase(localized(indicator, 'definition', lang)),
      unit: localized(indicator, 'unit', lang),
    }),
    scopeNote: scopeNote(drawn, jurisdictions, lang) ?? '',
    summary: input ? trendSummary(input) : '',
    notes,
    chart:
      input && drawn.length > 0
        ? {
            option: trendOption(input),
            height: single.length === drawn.length ? 300 : 380,
            testId: 'trend-chart',
          }
        : null,
    export: input
      ? trendExportData(input, catalog.sources)
      : { table: { header: [], rows: [] }, sources: [], fileParts: [name] },
  };
}
