import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Qualifier } from '../../data/schema';

export interface TrendParams {
  indicatorId: string;
}

export interface TrendPoint {
  jurisdiction_id: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  quote: string | null;
}

/** Every figure of one indicator, all jurisdictions and years; years without a row are gaps, not zeros. */
export const TREND_SQL = `
SELECT jurisdiction_id, year, value, qualifier, numerator, denominator, quote
FROM indicator_values WHERE indicator_id = $1
ORDER BY jurisdiction_id, year`;

export function fetchTrend(connector: Connector, { indicatorId }: TrendParams) {
  return connector.query<TrendPoint>(TREND_SQL, [indicatorId]);
}

export function useTrend(params: TrendParams) {
  return useEngineQuery('trend', [params.indicatorId], (c) => fetchTrend(c, params));
}
