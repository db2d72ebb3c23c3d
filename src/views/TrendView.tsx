import { useMemo } from 'react';
import '../charts/echartsTrendParts';
import { jurisdictionName } from '../charts/names';
import { ratePartsOf } from '../charts/rateParts';
import { pointsBySelected, singleYearJurisdictions, trendSummary } from '../charts/trendSummary';
import { trendOption } from '../charts/trendOption';
import type { Catalog, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';
import { trendExportData } from '../export/trendExportData';
import { useTrend } from '../queries/trend';
import { ChartCard } from './ChartCard';
import { definitionPhrase } from './definitionPhrase';
import { useCatalogMaps } from './catalogMaps';
import { QueryError } from './QueryError';
import { scopeNote } from './scopeNote';

interface Props {
  catalog: Catalog;
  indicator: Indicator;
  selected: readonly string[];
}

export function TrendView({ catalog, indicator, selected }: Props) {
  const { lang, t } = useI18n();
  const maps = useCatalogMaps(catalog);
  const trend = useTrend({ indicatorId: indicator.id });
  const points = trend.data;
  const input = useMemo(
    () =>
      points
        ? {
            points,
            selected,
            jurisdictions: maps.jurisdictions,
            indicator,
            lang,
            rateParts: ratePartsOf(indicator, maps.indicators),
          }
        : null,
    [points, selected, maps, indicator, lang],
  );
  const option = useMemo(() => (input ? trendOption(input) : null), [input]);
  const summary = input ? trendSummary(input) : '';
  const exportData = useMemo(
    () => (input ? trendExportData(input, catalog.sources) : undefined),
    [input, catalog.sources],
  );
  const name = localized(indicator, 'name', lang);
  const drawn = input ? [...pointsBySelected(input)].filter(([, l]) => l.length > 0).map(([id]) => id) : [];
  const single = input ? singleYearJurisdictions(input) : [];
  const names = (ids: readonly string[]) =>
    ids.map((id) => jurisdictionName(id, maps.jurisdictions, lang)).join(t('listSep'));

  const notes = [
    localized(indicator, 'comparability', lang) && `⚠ ${localized(indicator, 'comparability', lang)}`,
    single.length > 0 && t('trendSinglePointNote', { names: names(single) }),
    t('trendGapNote'),
    points?.some((p) => p.qualifier !== 'exact') && t('atLeastNote'),
  ];

  return (
    <ChartCard
      id="trend"
      title={t('trendTitle', { indicator: name })}
      subtitle={t('trendSubtitle', {
        indicator: definitionPhrase(localized(indicator, 'definition', lang)),
        unit: localized(indicator, 'unit', lang),
      })}
      scopeNote={scopeNote(drawn, maps.jurisdictions, lang)}
      summary={summary}
      summaryTestId="trend-summary"
      loading={!option}
      error={trend.isError ? <QueryError error={trend.error} /> : undefined}
      chart={
        option && drawn.length > 0
          ? { option, height: single.length === drawn.length ? 300 : 380, testId: 'trend-chart' }
          : null
      }
      notes={notes}
      exportData={exportData}
    >
      {selected.length === 0 && <p className="chart-note">{t('trendPickSome')}</p>}
    </ChartCard>
  );
}
