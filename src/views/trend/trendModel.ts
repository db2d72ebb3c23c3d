import type { Indicator } from '../../data/schema';
import type { TrendMode } from '../../app/urlState';
import { jurisdictionName } from '../../charts/names';
import { ratePartsOf } from '../../charts/rateParts';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { definitionPhrase } from '../definitionPhrase';
import { scopeNote } from '../scopeNote';
import type { ModelCatalog, ViewModel } from '../viewModel';
import { trendExportData, trendPin } from './trendExportData';
import { FULL_RANGE, trendSeries, type TrendRange } from './trendMeasure';
import { trendLegendHeight, trendOption, trendYears } from './trendOption';
import type { TrendPoint } from './trendQuery';
import { pointsBySelected, singleYearJurisdictions, trendSummary, type TrendTextInput } from './trendSummary';

export interface TrendState {
  indicator: Indicator;
  /** Jurisdictions drawn, in catalog order. */
  selected: readonly string[];
  /** The figures (default), the change against the previous year, or an index. */
  mode?: TrendMode;
  /** The years shown; default all. */
  range?: TrendRange;
  /** Phone layout: only each line's last figure labelled. */
  compact?: boolean;
}

const TITLE: Record<TrendMode, MessageKey> = {
  value: 'trendTitle',
  change: 'trendTitleChange',
  index: 'trendTitleIndex',
};

/** The x axis: the chosen range, each open end at the first / last year drawn. */
function axisYears(shown: readonly TrendPoint[], range: TrendRange): number[] {
  const drawn = trendYears(shown);
  const first = range.from ?? drawn[0];
  const last = range.to ?? drawn[drawn.length - 1];
  if (first === undefined || last === undefined || last < first) return drawn;
  return trendYears([{ year: first }, { year: last }]);
}

/** The trend as one object, from the indicator's points in every year; `points` null while loading. */
export function trendModel(
  { indicator, selected, mode = 'value', range = FULL_RANGE, compact = false }: TrendState,
  points: readonly TrendPoint[] | null,
  { catalog, jurisdictions, indicators }: ModelCatalog,
  lang: Lang,
): ViewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const series = points ? trendSeries(points, selected, mode, range) : null;
  const years = series ? axisYears(series.shown, range) : [];
  const input: TrendTextInput | null = series
    ? {
        points: series.shown,
        selected,
        jurisdictions,
        indicator,
        lang,
        rateParts: ratePartsOf(indicator, indicators),
        mode,
        years,
        noSeries: series.noSeries,
      }
    : null;
  const name = localized(indicator, 'name', lang);
  const drawn = input ? [...pointsBySelected(input)].filter(([, l]) => l.length > 0).map(([id]) => id) : [];
  const single = input && mode === 'value' ? singleYearJurisdictions(input) : [];
  const names = (ids: readonly string[]) =>
    ids.map((id) => jurisdictionName(id, jurisdictions, lang)).join(t('listSep'));
  const comparability = localized(indicator, 'comparability', lang);
  const qualified = series?.used.some((p) => p.qualifier !== 'exact') ?? false;
  const lateBases = [...(series?.lateBases ?? [])].map(([id, year]) =>
    t('trendLateBase', { name: jurisdictionName(id, jurisdictions, lang), year }),
  );
  const notes = [
    comparability && `⚠ ${comparability}`,
    single.length > 0 && t('trendSinglePointNote', { names: names(single) }),
    mode === 'change' ? t('trendChangeNote') : t('trendGapNote'),
    mode === 'index' && t('trendIndexNote'),
    lateBases.length > 0 && t('trendLateBaseNote', { items: lateBases.join(t('listSep')) }),
    qualified && t('atLeastNote'),
    qualified && mode !== 'value' && t('trendRelativeQualifierNote'),
    selected.length === 0 && t('trendPickSome'),
  ].filter((n): n is string => typeof n === 'string' && n !== '');

  const what =
    mode === 'change'
      ? t('trendWhatChange')
      : mode === 'index'
        ? range.from !== null
          ? t('trendWhatIndexFrom', { year: range.from })
          : t('trendWhatIndex')
        : t('trendWhatValue', { unit: localized(indicator, 'unit', lang) });
  const chosenRange = range.from !== null || range.to !== null;
  const yearsText =
    chosenRange && years.length > 0
      ? t('trendYearsRange', { from: years[0]!, to: years[years.length - 1]! })
      : t('trendYearsAll');

  return {
    id: 'trend',
    title: t(TITLE[mode], { indicator: name }),
    subtitle: t('trendSubtitle', {
      indicator: definitionPhrase(localized(indicator, 'definition', lang)),
      what,
      years: yearsText,
    }),
    scopeNote: scopeNote(drawn, jurisdictions, lang) ?? '',
    summary: input ? trendSummary(input) : '',
    notes,
    chart:
      input && drawn.length > 0
        ? {
            option: trendOption(input, { compact }),
            height:
              (single.length === drawn.length ? 300 : 380) + (compact ? trendLegendHeight(drawn.length) : 0),
            testId: 'trend-chart',
            // Images use the desktop labels whatever the window.
            exportLayout: compact ? { option: () => trendOption(input) } : undefined,
          }
        : null,
    export:
      input && points
        ? trendExportData(input, catalog.sources, trendPin({ points, selected, indicator, mode, range }))
        : { table: { header: [], rows: [] }, sources: [], fileParts: [name] },
  };
}
