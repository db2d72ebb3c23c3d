import type { Connector } from '../../engine/connector';
import { useEngineQuery } from '../../queries/useEngineQuery';
import type { Comparable, Qualifier } from '../../data/schema';
import { COMPARED_INPUT_COLUMNS, comparedCtes } from '../../queries/comparison';
import { DEFAULT_COMPARISON_TABLE, precomputedDefaultCtes } from '../../queries/precomputed';

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

/** What the matrix ranks: every column it shows, without the quotes it never reads. */
const MATRIX_SOURCE = `SELECT ${COMPARED_INPUT_COLUMNS} FROM indicator_values`;

const MATRIX_COLUMNS = `jurisdiction_id, indicator_id, year, value, qualifier, numerator, denominator, rank,
       reporters, comparable, comparability_zh, comparability_en`;

/**
 * Jurisdictions × indicators for one year, or for each indicator's default comparison (its latest year
 * when two or more bodies report it then, else each body's latest year): the ranking's rule, so a cell
 * and the ranking it drills into give the same rank. Not-comparable figures are listed, unranked.
 */
export const MATRIX_YEAR_SQL = `
WITH ${comparedCtes(`${MATRIX_SOURCE} WHERE year = CAST($1 AS INTEGER)`, {
  kind: 'year',
  yearParam: '$1',
})}
SELECT ${MATRIX_COLUMNS} FROM compared ORDER BY indicator_id, rank NULLS LAST, jurisdiction_id`;

/** The default comparison is precomputed (src/queries/precomputed.ts). */
export const MATRIX_DEFAULT_SQL = `
SELECT ${MATRIX_COLUMNS} FROM ${DEFAULT_COMPARISON_TABLE} ORDER BY indicator_id, rank NULLS LAST, jurisdiction_id`;

export function fetchMatrix(connector: Connector, { year }: MatrixParams) {
  return year === null
    ? connector.query<MatrixCell>(MATRIX_DEFAULT_SQL)
    : connector.query<MatrixCell>(MATRIX_YEAR_SQL, [year]);
}

/** Indicator rows drawn at most; more are reached by picking an indicator group. */
export const MAX_MATRIX_ROWS = 80;

export interface ShownMatrixParams extends MatrixParams {
  /** The columns. */
  selected: readonly string[];
  /** One category's indicators, or null for those two or more selected jurisdictions report. */
  category: string | null;
}

export interface ShownMatrix {
  /** The cells drawn: the chosen indicators (at most MAX_MATRIX_ROWS) × the selected jurisdictions. */
  cells: MatrixCell[];
  /** How many indicators qualify before the cap (the "first 80 of N" note). */
  indicatorsTotal: number;
}

/**
 * Which indicators the matrix draws, decided in the query so that only they are ranked and sent: a
 * large upload's year holds hundreds of indicators, of which 80 are drawn. The rule is matrixIndicators'
 * (src/views/matrix/matrixSummary.ts), which stays the reference: with a category, its indicators that
 * a selected jurisdiction reports; without, those two or more selected jurisdictions report; in
 * category, indicator and id order. `tests/integration/shownMatrix.test.ts` holds the two together.
 * `comparison` gives the CTEs defining `compared` (comparedCtes' contract); `sel` and `cat` are the
 * parameters holding the selected ids (joined by commas, which ids cannot hold) and the category.
 */
function shownMatrixSql(
  comparison: (only: { ctes: string; keep: string }) => string,
  sel: string,
  cat: string,
) {
  const ctes = `
mx_sel AS (SELECT unnest(string_split(CAST(${sel} AS VARCHAR), ',')) AS id),
mx_counts AS (
  SELECT indicator_id, count(*) FILTER (WHERE jurisdiction_id IN (SELECT id FROM mx_sel)) AS n
  FROM cmp_picked GROUP BY indicator_id
),
mx_chosen AS (
  SELECT m.indicator_id, count(*) OVER () AS total
  FROM mx_counts m JOIN indicators i ON i.id = m.indicator_id
  LEFT JOIN categories c ON c.id = i.category
  WHERE CASE WHEN CAST(${cat} AS VARCHAR) IS NULL THEN m.n >= 2
             ELSE i.category = CAST(${cat} AS VARCHAR) AND m.n >= 1 END
  ORDER BY COALESCE(c.sort_order, 999), i.sort_order NULLS LAST, i.id
  LIMIT ${MAX_MATRIX_ROWS}
),`;
  return `
WITH ${comparison({ ctes, keep: 'indicator_id IN (SELECT indicator_id FROM mx_chosen)' })}
SELECT ${MATRIX_COLUMNS}, x.total AS shown_total
FROM compared JOIN mx_chosen x USING (indicator_id)
WHERE jurisdiction_id IN (SELECT id FROM mx_sel)
ORDER BY indicator_id, rank NULLS LAST, jurisdiction_id`;
}

export const SHOWN_MATRIX_YEAR_SQL = shownMatrixSql(
  (only) =>
    comparedCtes(
      `${MATRIX_SOURCE} WHERE year = CAST($1 AS INTEGER)`,
      { kind: 'year', yearParam: '$1' },
      only,
    ),
  '$2',
  '$3',
);
/** The default comparison is precomputed (src/queries/precomputed.ts). */
export const SHOWN_MATRIX_DEFAULT_SQL = shownMatrixSql(precomputedDefaultCtes, '$1', '$2');

export async function fetchShownMatrix(
  connector: Connector,
  { year, selected, category }: ShownMatrixParams,
): Promise<ShownMatrix> {
  const sel = selected.join(',');
  const rows =
    year === null
      ? await connector.query<MatrixCell & { shown_total: number }>(SHOWN_MATRIX_DEFAULT_SQL, [sel, category])
      : await connector.query<MatrixCell & { shown_total: number }>(SHOWN_MATRIX_YEAR_SQL, [
          year,
          sel,
          category,
        ]);
  // The cells keep exactly the columns of the whole matrix (an embed's pin hashes them).
  const cells = rows.map(({ shown_total: _total, ...cell }) => cell as MatrixCell);
  return { cells, indicatorsTotal: rows[0]?.shown_total ?? 0 };
}

export function useShownMatrix(params: ShownMatrixParams) {
  return useEngineQuery('matrix', [params.year, params.selected.join(','), params.category], (c) =>
    fetchShownMatrix(c, params),
  );
}
