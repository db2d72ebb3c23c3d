import type { Connector } from '../../engine/connector';
import type { Qualifier } from '../../data/schema';
import { useEngineQuery } from '../../queries/useEngineQuery';

/** One body's latest figure for an indicator that two or more bodies report. */
export interface OverviewRow {
  indicator_id: string;
  jurisdiction_id: string;
  /** The body's latest year with a figure for this indicator. */
  year: number;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  /** Among the latest figures of every reporting body, in the indicator's direction (1, 2, 2, 4). */
  rank: number;
  /** How many bodies report the indicator. */
  reporters: number;
}

/**
 * Each body's latest figure for every indicator at least two bodies report, ranked as the ranking
 * ranks "each body's latest year" (same rule: RANK over value in the indicator's direction).
 */
export const OVERVIEW_SQL = `
WITH latest AS (
  SELECT * FROM indicator_values
  QUALIFY year = max(year) OVER (PARTITION BY indicator_id, jurisdiction_id)
),
counted AS (
  SELECT *, COUNT(*) OVER (PARTITION BY indicator_id) AS reporters FROM latest
)
SELECT c.indicator_id, c.jurisdiction_id, c.year, c.value, c.qualifier, c.numerator, c.denominator,
       RANK() OVER (PARTITION BY c.indicator_id
                    ORDER BY c.value * CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END) AS rank,
       c.reporters
FROM counted c JOIN indicators i ON i.id = c.indicator_id
WHERE c.reporters >= 2
ORDER BY c.indicator_id, rank, c.jurisdiction_id`;

export function fetchOverview(connector: Connector) {
  return connector.query<OverviewRow>(OVERVIEW_SQL);
}

export function useOverview() {
  return useEngineQuery('overview', [], fetchOverview);
}
