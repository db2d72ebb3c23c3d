/**
 * The one comparison rule every view ranks by (ranking, matrix, profile, overview):
 *
 * - **Which figures are compared.** A chosen year compares that year's figures. Without a chosen year
 *   (the default), an indicator compares its latest year when at least two bodies report it then, and
 *   otherwise each body's own latest year (a one-bar "ranking" is no comparison). 'latest' compares each
 *   body's latest year.
 * - **Not comparable is not ranked.** A figure whose comparability (the observation's own flag, else the
 *   indicator's) is 'no' gets no rank and does not count among the bodies compared.
 * - **Ties and direction.** Standard competition rank (RANK(): 1, 2, 2, 4) over the value in the
 *   indicator's direction (`better = 'lower'` ranks the smallest first).
 *
 * The SQL below is the only place that ranks; the views select from `compared`.
 */

/**
 * The columns of indicator_values a comparison reads: a source that names them rather than `*` leaves
 * the quotes and source files unread where a view does not show them (the matrix, the overview). The
 * quotes are the widest column: at 1M rows the matrix's year went from 140 to 87 ms of CPU.
 */
export const COMPARED_INPUT_COLUMNS = `jurisdiction_id, year, indicator_id, value, qualifier, numerator, denominator,
  obs_comparable, obs_comparability_zh, obs_comparability_en`;

/** A year, each body's latest year, or the default described above. */
export type ComparisonBasis =
  | { kind: 'year'; yearParam: string }
  | { kind: 'latest' }
  | { kind: 'default' }
  /** Every year on its own (the profile's earlier years, the ranking's previous ranks). */
  | { kind: 'everyYear' };

/** Fewer than this many bodies in a year is no comparison: the default moves to each body's latest year. */
export const MIN_BODIES_COMPARED = 2;

/**
 * Whether the default comparison of an indicator is its latest year (true) or each body's latest year
 * (false), from how many bodies report it in its latest year and in all. The SQL's default branch is the
 * same rule; `tests/integration/oneRankRule.test.ts` holds them together.
 */
export function defaultComparesLatestYear(bodiesInLatestYear: number, bodiesInAll: number): boolean {
  return bodiesInLatestYear >= MIN_BODIES_COMPARED || bodiesInAll < MIN_BODIES_COMPARED;
}

/**
 * CTEs (to follow `WITH`, ending without a comma) defining `compared`: the figures of `source` (a
 * relation with indicator_values' columns) that the basis compares, with
 * `comparable` ('yes' | 'partly' | 'no', the observation's flag else the indicator's),
 * `comparability_zh/_en` (the reason that applies), `basis` ('year' | 'latest'),
 * `rank` (NULL when not comparable) and `reporters` (how many comparable figures were ranked together).
 */
export function comparedCtes(
  source: string,
  basis: ComparisonBasis,
  /**
   * Ranks only some indicators: `ctes` (each ending with a comma) may read `cmp_picked`, the figures
   * the basis compares, and `keep` is a condition on them that must keep or drop whole indicators (a
   * rank never looks past its indicator, so the kept ones rank exactly as they would among all).
   */
  only?: { ctes: string; keep: string },
): string {
  const picked = {
    year: `SELECT *, 'year' AS basis, 0 AS grp FROM cmp_source WHERE year = CAST(${
      basis.kind === 'year' ? basis.yearParam : 'NULL'
    } AS INTEGER)`,
    everyYear: `SELECT *, 'year' AS basis, year AS grp FROM cmp_source`,
    latest: `SELECT *, 'latest' AS basis, 0 AS grp FROM cmp_source
      QUALIFY year = max(year) OVER (PARTITION BY indicator_id, jurisdiction_id)`,
    // Per indicator: its latest year when two or more bodies report it then, else each body's latest.
    default: `SELECT s.*, CASE WHEN b.by_year THEN 'year' ELSE 'latest' END AS basis, 0 AS grp
      FROM cmp_source s JOIN (
        SELECT indicator_id, max(year) AS top,
               (count(DISTINCT jurisdiction_id) FILTER (WHERE year = top_year) >= ${MIN_BODIES_COMPARED}
                OR count(DISTINCT jurisdiction_id) < ${MIN_BODIES_COMPARED}) AS by_year
        FROM (SELECT *, max(year) OVER (PARTITION BY indicator_id) AS top_year FROM cmp_source)
        GROUP BY indicator_id
      ) b USING (indicator_id)
      WHERE CASE WHEN b.by_year THEN s.year = b.top
                 ELSE s.year = (SELECT max(l.year) FROM cmp_source l
                                WHERE l.indicator_id = s.indicator_id
                                  AND l.jurisdiction_id = s.jurisdiction_id) END`,
  }[basis.kind];
  return `
cmp_source AS (${source}),
cmp_picked AS (${picked}),
${
  only
    ? `${only.ctes}
cmp_kept AS (SELECT * FROM cmp_picked WHERE ${only.keep}),`
    : ''
}
cmp_flagged AS (
  SELECT p.*, COALESCE(p.obs_comparable, i.comparable, 'yes') AS comparable,
         CASE WHEN p.obs_comparable IS NOT NULL THEN p.obs_comparability_zh ELSE i.comparability_zh END
           AS comparability_zh,
         CASE WHEN p.obs_comparable IS NOT NULL THEN p.obs_comparability_en ELSE i.comparability_en END
           AS comparability_en,
         CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END AS dir
  FROM ${only ? 'cmp_kept' : 'cmp_picked'} p JOIN indicators i ON i.id = p.indicator_id
),
compared AS (
  SELECT * EXCLUDE (dir, grp),
         CASE WHEN comparable <> 'no'
              THEN RANK() OVER (PARTITION BY indicator_id, grp, comparable = 'no' ORDER BY value * dir) END
           AS rank,
         count(*) FILTER (WHERE comparable <> 'no') OVER (PARTITION BY indicator_id, grp) AS reporters
  FROM cmp_flagged
)`;
}
