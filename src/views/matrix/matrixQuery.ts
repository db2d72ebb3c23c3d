import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Qualifier } from '../../data/schema';

export interface MatrixParams {
  /** A year, or null for each jurisdiction's latest year of each indicator. */
  year: number | null;
}

export interface MatrixCell {
  jurisdiction_id: string;
  indicator_id: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  /** Rank within the indicator among the jurisdictions with a figure in this cell set (1, 2, 2, 4). */
  rank: number;
  /** How many jurisdictions have a figure for the indicator in this cell set. */
  reporters: number;
}

/**
 * Jurisdictions × indicators for one year, or for each jurisdiction's latest year of each indicator.
 * Ranks are within each indicator and follow its direction; cells without a figure are absent. Only
 * one branch of `picked` has rows: a given year never computes every jurisdiction's latest year, which
 * halves the query on a million rows.
 */
export const MATRIX_SQL = `
WITH latest AS (
  SELECT jurisdiction_id, indicator_id, max(year) AS year FROM indicator_values
  WHERE $1 IS NULL GROUP BY ALL
),
picked AS (
  SELECT v.* FROM indicator_values v WHERE v.year = CAST($1 AS INTEGER)
  UNION ALL
  SELECT v.* FROM indicator_values v JOIN latest l USING (jurisdiction_id, indicator_id, year)
)
SELECT p.jurisdiction_id, p.indicator_id, p.year, p.value, p.qualifier, p.numerator, p.denominator,
       RANK() OVER (PARTITION BY p.indicator_id
                    ORDER BY p.value * CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END) AS rank,
       COUNT(*) OVER (PARTITION BY p.indicator_id) AS reporters
FROM picked p JOIN indicators i ON i.id = p.indicator_id
ORDER BY p.indicator_id, rank, p.jurisdiction_id`;

export function fetchMatrix(connector: Connector, { year }: MatrixParams) {
  return connector.query<MatrixCell>(MATRIX_SQL, [year]);
}

export function useMatrix(params: MatrixParams) {
  return useEngineQuery('matrix', [params.year], (c) => fetchMatrix(c, params));
}
