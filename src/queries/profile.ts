import type { Connector } from '../engine/connector';
import { useEngineQuery } from './useEngineQuery';
import type { Qualifier } from '../data/schema';

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

/** Every indicator of one jurisdiction, every year, with its rank among peers and its source. */
export const PROFILE_SQL = `
WITH ranked AS (
  SELECT v.*,
         RANK() OVER (PARTITION BY v.indicator_id, v.year
                      ORDER BY v.value * CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END) AS rank,
         COUNT(*) OVER (PARTITION BY v.indicator_id, v.year) AS peers,
         c.sort_order
  FROM indicator_values v
  JOIN indicators i ON i.id = v.indicator_id
  LEFT JOIN categories c ON c.id = i.category
)
SELECT r.indicator_id, r.year, r.value, r.qualifier, r.numerator, r.denominator, r.rank, r.peers,
       r.quote, r.source_file, s.title_zh, s.title_en
FROM ranked r LEFT JOIN sources s ON s.file = r.source_file
WHERE r.jurisdiction_id = $1
ORDER BY r.sort_order NULLS LAST, r.indicator_id, r.year`;

export function fetchProfile(connector: Connector, { jurisdictionId }: ProfileParams) {
  return connector.query<ProfileRow>(PROFILE_SQL, [jurisdictionId]);
}

export function useProfile(params: ProfileParams) {
  return useEngineQuery('profile', [params.jurisdictionId], (c) => fetchProfile(c, params));
}
