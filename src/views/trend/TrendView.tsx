import { useMemo } from 'react';
import './echartsTrendParts';
import type { Catalog, Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { ChartCard } from '../ChartCard';
import { useCatalogMaps } from '../catalogMaps';
import { QueryError } from '../QueryError';
import { trendModel } from './trendModel';
import type { TrendMode } from '../../app/urlState';
import type { TrendRange } from './trendMeasure';
import { useNarrowScreen } from '../useNarrowScreen';
import { useTrend } from './trendQuery';

interface Props {
  catalog: Catalog;
  indicator: Indicator;
  selected: readonly string[];
  mode: TrendMode;
  range: TrendRange;
}

export function TrendView({ catalog, indicator, selected, mode, range }: Props) {
  const { lang } = useI18n();
  const maps = useCatalogMaps(catalog);
  const trend = useTrend({ indicatorId: indicator.id });
  const points = trend.data ?? null;
  const compact = useNarrowScreen();
  const { from, to } = range;
  const model = useMemo(
    () => trendModel({ indicator, selected, mode, range: { from, to }, compact }, points, maps, lang),
    [indicator, selected, mode, from, to, compact, points, maps, lang],
  );
  return (
    <ChartCard
      model={model}
      summaryTestId="trend-summary"
      loading={!points}
      error={trend.isError ? <QueryError error={trend.error} /> : undefined}
    />
  );
}
