import type { Connector } from '../../engine/connector';
import type { Comparable, Qualifier } from '../../data/schema';
import { DEFAULT_COMPARISON_TABLE } from '../../queries/precomputed';
import { useEngineQuery } from '../../queries/useEngineQuery';

/** One body's figure in the default comparison of an indicator that two or more bodies report. */
export interface OverviewRow {
  indicator_id: string;
  jurisdiction_id: string;
  /** The year compared: the indicator's latest, or this body's latest when that year has one body. */
  year: number;
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  /** By the one comparison rule, as the indicator's ranking opens (1, 2, 2, 4); null: not comparable. */
  rank: number | null;
  /** How many comparable figures were ranked together. */
  reporters: number;
  /** 'year': the indicator's latest year is compared; 'latest': each body's latest year. */
  basis: 'year' | 'latest';
  comparable: Comparable;
  comparability_zh: string | null;
  comparability_en: string | null;
}

/**
 * Each indicator's default comparison (src/queries/comparison.ts: what its ranking opens on), for the
 * indicators whose comparison holds two or more bodies' figures. Read from the precomputed table
 * (src/queries/precomputed.ts).
 */
export const OVERVIEW_SQL = `
SELECT indicator_id, jurisdiction_id, year, value, qualifier, numerator, denominator, rank, reporters,
       basis, comparable, comparability_zh, comparability_en
FROM ${DEFAULT_COMPARISON_TABLE}
QUALIFY count(*) OVER (PARTITION BY indicator_id) >= 2
ORDER BY indicator_id, rank NULLS LAST, jurisdiction_id`;

export function fetchOverview(connector: Connector) {
  return connector.query<OverviewRow>(OVERVIEW_SQL);
}

export function useOverview() {
  return useEngineQuery('overview', [], fetchOverview);
}
