import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Comparable, Qualifier } from '../../data/schema';
import { comparedCtes } from '../../queries/comparison';

export interface RankingParams {
  indicatorId: string;
  /** One year, or 'latest': each jurisdiction's own latest year with a figure. */
  year: number | 'latest';
}

export interface RankingRow {
  jurisdiction_id: string;
  /** The year of the figure (the chosen year, or the jurisdiction's latest); null without a figure. */
  year: number | null;
  /** null: the jurisdiction has no figure for this indicator and year. */
  value: number | null;
  qualifier: Qualifier | null;
  /** Standard competition rank (1, 2, 2, 4); null without a figure or for a figure not comparable. */
  rank: number | null;
  numerator: number | null;
  denominator: number | null;
  source_file: string | null;
  quote: string | null;
  /** The latest earlier year this jurisdiction reports the indicator, and its rank then. */
  prev_year: number | null;
  prev_rank: number | null;
  /** The figure in that earlier year: what the change in value is measured against. */
  prev_value: number | null;
  /** This figure's comparability (its own flag, else the indicator's) and the reason that applies. */
  comparable: Comparable | null;
  comparability_zh: string | null;
  comparability_en: string | null;
}

/** The compared figures' columns every ranking row carries. */
const FIGURE_COLUMNS = `c.year, c.value, c.qualifier, c.rank, c.numerator, c.denominator, c.source_file, c.quote,
       c.comparable, c.comparability_zh, c.comparability_en`;

/**
 * Every catalogued jurisdiction, ranked on one indicator in one year by the one comparison rule
 * (src/queries/comparison.ts); those without a figure come last with value NULL (never 0). Ranks in
 * earlier years are among the jurisdictions reporting that year, by the same rule. The indicator's rows
 * are read once (MATERIALIZED) for both years: on a million rows, reading the derived-value view twice
 * cost twice the time.
 */
export const RANKING_SQL = `
WITH vals AS MATERIALIZED (
  SELECT * FROM indicator_values WHERE indicator_id = $1 AND year <= $2
),
earlier_vals AS (SELECT * FROM vals WHERE year < $2),
${comparedCtes('SELECT * FROM vals WHERE year = $2', { kind: 'year', yearParam: '$2' })},
earlier AS (
  -- Only the years that are some body's latest earlier year: the rest never become a prev_rank, and
  -- ranking every earlier year was most of the query (40 years at 1M rows: 143 → 54 ms of CPU).
  WITH ${comparedCtes(
    'SELECT * FROM earlier_vals WHERE year IN (SELECT max(year) FROM earlier_vals GROUP BY jurisdiction_id)',
    { kind: 'everyYear' },
  )}
  SELECT jurisdiction_id, year, value, rank FROM compared
),
prev AS (
  SELECT jurisdiction_id, arg_max(year, year) AS prev_year, arg_max(rank, year) AS prev_rank,
         arg_max(value, year) AS prev_value
  FROM earlier GROUP BY jurisdiction_id
)
SELECT j.id AS jurisdiction_id, ${FIGURE_COLUMNS}, p.prev_year, p.prev_rank, p.prev_value
FROM jurisdictions j
LEFT JOIN compared c ON c.jurisdiction_id = j.id
LEFT JOIN prev p ON p.jurisdiction_id = j.id
ORDER BY c.rank NULLS LAST, c.value IS NULL, j.id`;

/**
 * Each jurisdiction's latest figure for the indicator, ranked together (the bars carry their years).
 * Used when one year alone would show fewer than two bodies. Rank changes are not computed: the
 * figures already come from different years.
 */
export const RANKING_LATEST_SQL = `
WITH ${comparedCtes('SELECT * FROM indicator_values WHERE indicator_id = $1', { kind: 'latest' })}
SELECT j.id AS jurisdiction_id, ${FIGURE_COLUMNS}, CAST(NULL AS INTEGER) AS prev_year,
       CAST(NULL AS BIGINT) AS prev_rank, CAST(NULL AS DOUBLE) AS prev_value
FROM jurisdictions j
LEFT JOIN compared c ON c.jurisdiction_id = j.id
ORDER BY c.rank NULLS LAST, c.value IS NULL, j.id`;

export function fetchRanking(connector: Connector, { indicatorId, year }: RankingParams) {
  if (year === 'latest') return connector.query<RankingRow>(RANKING_LATEST_SQL, [indicatorId]);
  return connector.query<RankingRow>(RANKING_SQL, [indicatorId, year]);
}

export function useRanking(params: RankingParams) {
  return useEngineQuery('ranking', [params.indicatorId, params.year], (c) => fetchRanking(c, params));
}
