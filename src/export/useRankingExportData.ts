import { useMemo } from 'react';
import { ratePartsOf } from '../charts/rateParts';
import { buildSelectionCatalog } from '../app/selectionCatalog';
import { resolveSelection } from '../app/urlState';
import { useUrlState } from '../app/useUrlState';
import { useI18n } from '../i18n/i18nContext';
import { useCatalog } from '../queries/catalog';
import { useRanking } from '../queries/ranking';
import type { ChartExportData } from './chartExport';
import { rankingExportData } from './rankingExportData';

/**
 * The ranking card's export data when the card does not pass its own: the same selection the app
 * resolves from the URL, and the same ranking query (so the same cached rows the chart shows).
 */
export function useRankingExportData(): ChartExportData | undefined {
  const { lang } = useI18n();
  const { state } = useUrlState();
  const catalog = useCatalog();
  const selection = useMemo(
    () => (catalog.data ? resolveSelection(state, buildSelectionCatalog(catalog.data)) : null),
    [catalog.data, state],
  );
  const indicator = catalog.data?.indicators.find((i) => i.id === selection?.shownIndicator);
  const year = selection?.year ?? null;
  const ranking = useRanking({ indicatorId: indicator?.id ?? '', year: year ?? 0 });
  return useMemo(() => {
    if (!catalog.data || !indicator || year === null || !ranking.data) return undefined;
    const indicators = new Map(catalog.data.indicators.map((i) => [i.id, i]));
    const input = {
      rows: ranking.data,
      jurisdictions: new Map(catalog.data.jurisdictions.map((j) => [j.id, j])),
      indicator,
      year,
      lang,
      rateParts: ratePartsOf(indicator, indicators),
    };
    return rankingExportData(input, catalog.data.sources);
  }, [catalog.data, indicator, year, ranking.data, lang]);
}
