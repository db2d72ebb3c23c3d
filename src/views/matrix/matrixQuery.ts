import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Comparable, Qualifier } from '../../data/schema';
import { comparedCtes } from '../../queries/comparison';

export interface MatrixParams {
  /** A year, or null for the default comparison of each indicator (src/queries/comparison.ts). */
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
  /** Rank within the indicator (1, 2, 2, 4); null for a figure that is not comparable. */
  rank: number | null;
  /** How many comparable figures of the indicator were ranked together in this cell set. */
  reporters: number;
  /** The figure's comparability (its own flag, else the indicator's) and the reason that applies. */
  comparable: Comparable;
  comparability_zh: string | null;
  comparability_en: string | null;
}

const MATRIX_COLUMNS = `jurisdiction_id, indicator_id, year, value, qualifier, numerator, denominator, rank,
       reporters, comparable, comparability_zh, comparability_en`;

/**
 * Jurisdictions × indicators for one year, or for each indicator's default comparison (its latest year
 * when two or more bodies report it then, else each body's latest year): the ranking's rule, so a cell
 * and the ranking it drills into give the same rank. Not-comparable figures are listed, unranked.
 */
export const MATRIX_YEAR_SQL = `
WITH ${comparedCtes('SELECT * FROM indicator_values WHERE year = CAST($1 AS INTEGER)', {
  kind: 'year',
  yearParam: '$1',
})}
SELECT ${MATRIX_COLUMNS} FROM compared ORDER BY indicator_id, rank NULLS LAST, jurisdiction_id`;

export const MATRIX_DEFAULT_SQL = `
WITH ${comparedCtes('SELECT * FROM indicator_values', { kind: 'default' })}
SELECT ${MATRIX_COLUMNS} FROM compared ORDER BY indicator_id, rank NULLS LAST, jurisdiction_id`;

export function fetchMatrix(connector: Connector, { year }: MatrixParams) {
  return year === null
    ? connector.query<MatrixCell>(MATRIX_DEFAULT_SQL)
    : connector.query<MatrixCell>(MATRIX_YEAR_SQL, [year]);
}

export function useMatrix(params: MatrixParams) {
  return useEngineQuery('matrix', [params.year], (c) => fetchMatrix(c, params));
}
