import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Qualifier } from '../../data/schema';

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
  /** Rank among the jurisdictions reporting this indicator in this year (1, 2, 2, 4). */
  rank: number;
  peers: number;
  quote: string | null;
  source_file: string | null;
  /** The report the figure was taken from, when the sources catalog knows the file. */
  title_zh: string | null;
  title_en: string | null;
}

/**
 * Every indicator of one jurisdiction, every year, with its rank among peers and its source. The rank
 * is 1 + the peers with a better value (ties share a rank, 1, 2, 2, 4), counted only for the
 * (indicator, year) pairs this jurisdiction reports, instead of ranking every row of the dataset and
 * keeping one jurisdiction's: on a million rows that is 3.5× faster.
 */
export const PROFILE_SQL = `
WITH mine AS (SELECT * FROM indicator_values WHERE jurisdiction_id = $1),
ranked AS (
  SELECT m.indicator_id, m.year,
         1 + count(*) FILTER (WHERE p.value * d.s < m.value * d.s) AS rank,
         count(*) AS peers
  FROM mine m
  JOIN (SELECT id, CASE WHEN better = 'lower' THEN 1 ELSE -1 END AS s FROM indicators) d
    ON d.id = m.indicator_id
  JOIN indicator_values p ON p.indicator_id = m.indicator_id AND p.year = m.year
  GROUP BY m.indicator_id, m.year
)
SELECT m.indicator_id, m.year, m.value, m.qualifier, m.numerator, m.denominator, r.rank, r.peers,
       m.quote, m.source_file, s.title_zh, s.title_en
FROM mine m
JOIN ranked r ON r.indicator_id = m.indicator_id AND r.year = m.year
JOIN indicators i ON i.id = m.indicator_id
LEFT JOIN categories c ON c.id = i.category
LEFT JOIN sources s ON s.file = m.source_file
ORDER BY c.sort_order NULLS LAST, i.sort_order NULLS LAST, m.indicator_id, m.year`;

export function fetchProfile(connector: Connector, { jurisdictionId }: ProfileParams) {
  return connector.query<ProfileRow>(PROFILE_SQL, [jurisdictionId]);
}

export function useProfile(params: ProfileParams) {
  return useEngineQuery('profile', [params.jurisdictionId], (c) => fetchProfile(c, params));
}
