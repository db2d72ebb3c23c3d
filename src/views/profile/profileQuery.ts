import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Comparable, Qualifier } from '../../data/schema';
import { comparedCtes } from '../../queries/comparison';
import { DEFAULT_COMPARISON_TABLE } from '../../queries/precomputed';

export interface ProfileParams {
  jurisdictionId: string;
}

export interface ProfileRow {
  indicator_id: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  /** Rank by the one comparison rule (1, 2, 2, 4); null for a figure that is not comparable. */
  rank: number | null;
  /** How many comparable figures it was ranked among. */
  peers: number;
  /** 'latest': ranked among each body's latest year (the indicator's ranking opens so); 'year': that year. */
  basis: 'year' | 'latest';
  comparable: Comparable;
  comparability_zh: string | null;
  comparability_en: string | null;
  quote: string | null;
  source_file: string | null;
  /** The report the figure was taken from, when the sources catalog knows the file. */
  title_zh: string | null;
  title_en: string | null;
}

/**
 * Every indicator of one jurisdiction, every year, with its rank among peers and its source, by the one
 * comparison rule (src/queries/comparison.ts): the figure that an indicator's ranking opens on (its
 * latest year, or each body's latest year when that year has one body) carries the rank shown there;
 * other years carry their rank within that year. Only the indicators this jurisdiction reports are
 * read.
 */
export const PROFILE_SQL = `
WITH mine AS MATERIALIZED (
  SELECT * FROM indicator_values
  WHERE indicator_id IN (SELECT indicator_id FROM indicator_values WHERE jurisdiction_id = $1)
),
-- The opening ranks are precomputed (src/queries/precomputed.ts); the other years' are ranked here.
opening AS (SELECT * FROM ${DEFAULT_COMPARISON_TABLE} WHERE jurisdiction_id = $1),
by_year AS (
  WITH ${comparedCtes('SELECT * FROM mine', { kind: 'everyYear' })}
  SELECT * FROM compared WHERE jurisdiction_id = $1
)
SELECT y.indicator_id, y.year, y.value, y.qualifier, y.numerator, y.denominator,
       CASE WHEN o.year IS NULL THEN y.rank ELSE o.rank END AS rank,
       CASE WHEN o.year IS NULL THEN y.reporters ELSE o.reporters END AS peers,
       COALESCE(o.basis, y.basis) AS basis,
       y.comparable, y.comparability_zh, y.comparability_en,
       y.quote, y.source_file, s.title_zh, s.title_en
FROM by_year y
LEFT JOIN opening o ON o.indicator_id = y.indicator_id AND o.year = y.year
JOIN indicators i ON i.id = y.indicator_id
LEFT JOIN categories c ON c.id = i.category
LEFT JOIN sources s ON s.file = y.source_file
ORDER BY c.sort_order NULLS LAST, i.sort_order NULLS LAST, y.indicator_id, y.year`;

export function fetchProfile(connector: Connector, { jurisdictionId }: ProfileParams) {
  return connector.query<ProfileRow>(PROFILE_SQL, [jurisdictionId]);
}

export function useProfile(params: ProfileParams) {
  return useEngineQuery('profile', [params.jurisdictionId], (c) => fetchProfile(c, params));
}
