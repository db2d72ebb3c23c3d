// Hand-written mutants of the views' SQL. Stryker mutates a SQL string only crudely (the whole
// string becomes ""), so the bugs that matter here — tie rule, direction, NULL order, qualifier
// propagation, zero guards — are listed by hand. Each names a query module and a search/replace on
// its source text; `npm run mutation` applies one at a time (in memory, through a Vite plugin: the
// file on disk never changes), runs that module's tests and reports the mutants that survive.
// When a query moves (#11: src/views/<view>/<view>Query.ts), only `file` below changes.

export interface SqlQueryModule {
  /** Source file holding the SQL text. */
  file: string;
  /** Test files that must fail when this module's SQL is wrong. */
  tests: string[];
}

const VIEW_TESTS = [
  'tests/integration/ranking.test.ts',
  'tests/integration/rankingRegressions.test.ts',
  'tests/integration/viewRegressions.test.ts',
  'tests/integration/viewQueries.test.ts',
  'tests/integration/viewQueriesBundled.test.ts',
  'tests/integration/latestRankings.test.ts',
];

export const SQL_QUERY_MODULES = {
  values: { file: 'src/data/tables.ts', tests: VIEW_TESTS },
  ranking: { file: 'src/views/ranking/rankingQuery.ts', tests: VIEW_TESTS },
  trend: { file: 'src/views/trend/trendQuery.ts', tests: VIEW_TESTS },
  matrix: { file: 'src/views/matrix/matrixQuery.ts', tests: VIEW_TESTS },
  profile: { file: 'src/views/profile/profileQuery.ts', tests: VIEW_TESTS },
  overview: { file: 'src/views/overview/overviewQuery.ts', tests: VIEW_TESTS },
} satisfies Record<string, SqlQueryModule>;

export type SqlQueryModuleName = keyof typeof SQL_QUERY_MODULES;

export type SqlMutantKind = 'tie rule' | 'direction' | 'NULL order' | 'qualifier' | 'zero guard' | 'scope';

export interface SqlMutant {
  id: string;
  module: SqlQueryModuleName;
  kind: SqlMutantKind;
  /** Text that must occur exactly once in the module's source (else the mutant is reported stale). */
  find: string;
  replace: string;
  /** What a user would see if this bug shipped. */
  effect: string;
}

export const SQL_MUTANTS: SqlMutant[] = [
  // derived values (src/data/tables.ts: indicator_values)
  {
    id: 'values-rate-exact-either-part',
    module: 'values',
    kind: 'qualifier',
    find: "n.qualifier = 'exact' AND d.qualifier = 'exact'",
    replace: "n.qualifier = 'exact' OR d.qualifier = 'exact'",
    effect: 'a rate built on a ≥ figure is shown as exact',
  },
  {
    id: 'values-rate-always-exact',
    module: 'values',
    kind: 'qualifier',
    find: "CASE WHEN n.qualifier = 'exact' AND d.qualifier = 'exact' THEN 'exact'\n            WHEN n.qualifier = 'at_least' AND d.qualifier = 'exact' THEN 'at_least'\n            ELSE 'approx' END",
    replace: "'exact'",
    effect: 'every rate is shown as exact',
  },
  {
    id: 'values-rate-at-least-lost',
    module: 'values',
    kind: 'qualifier',
    find: "            WHEN n.qualifier = 'at_least' AND d.qualifier = 'exact' THEN 'at_least'\n",
    replace: '',
    effect: 'a rate of a ≥ figure over an exact one shows ≈ instead of ≥ (吴兴 ≥90 ÷ 162)',
  },
  {
    id: 'values-zero-denominator-allowed',
    module: 'values',
    kind: 'zero guard',
    find: 'd.value > 0',
    replace: 'd.value >= 0',
    effect: 'a 0/0 rate is listed (and ranked) with no value',
  },
  {
    id: 'values-no-zero-guard',
    module: 'values',
    kind: 'zero guard',
    find: ' AND d.value > 0',
    replace: '',
    effect: 'a 0/0 rate is listed (and ranked) with no value',
  },
  {
    id: 'values-rate-across-years',
    module: 'values',
    kind: 'scope',
    find: 'AND d.jurisdiction_id = n.jurisdiction_id AND d.year = n.year',
    replace: 'AND d.jurisdiction_id = n.jurisdiction_id',
    effect: 'a rate divides one year’s numerator by another year’s denominator',
  },
  {
    id: 'values-rate-inverted',
    module: 'values',
    kind: 'direction',
    find: '100.0 * n.value / d.value',
    replace: '100.0 * d.value / n.value',
    effect: 'rates are upside down (filed ÷ answered)',
  },
  // ranking
  {
    id: 'ranking-current-dense-rank',
    module: 'ranking',
    kind: 'tie rule',
    find: 'RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2',
    replace: 'DENSE_RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2',
    effect: 'after a tie the next rank is not skipped (1, 2, 2, 3)',
  },
  {
    id: 'ranking-current-row-number',
    module: 'ranking',
    kind: 'tie rule',
    find: 'RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2',
    replace: 'ROW_NUMBER() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2',
    effect: 'tied jurisdictions get different ranks',
  },
  {
    id: 'ranking-earlier-dense-rank',
    module: 'ranking',
    kind: 'tie rule',
    find: 'value, RANK() OVER (PARTITION BY year',
    replace: 'value, DENSE_RANK() OVER (PARTITION BY year',
    effect: 'rank-change arrows wrong after a tie in the earlier year',
  },
  {
    id: 'ranking-current-ignores-direction',
    module: 'ranking',
    kind: 'direction',
    find: 'RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2',
    replace: 'RANK() OVER (ORDER BY value DESC) AS rank\n  FROM vals, dir WHERE year = $2',
    effect: '"lower is better" indicators ranked largest first',
  },
  {
    id: 'ranking-earlier-ignores-direction',
    module: 'ranking',
    kind: 'direction',
    find: 'PARTITION BY year ORDER BY value * dir.s',
    replace: 'PARTITION BY year ORDER BY value DESC',
    effect: '↑/↓ wrong for "lower is better" indicators',
  },
  {
    id: 'ranking-direction-flipped',
    module: 'ranking',
    kind: 'direction',
    find: "AND year <= $2\n),\ndir AS (\n  SELECT CASE WHEN max(better) = 'lower' THEN 1 ELSE -1 END",
    replace: "AND year <= $2\n),\ndir AS (\n  SELECT CASE WHEN max(better) = 'lower' THEN -1 ELSE 1 END",
    effect: 'every ranking upside down',
  },
  {
    id: 'ranking-no-data-first',
    module: 'ranking',
    kind: 'NULL order',
    find: 'LEFT JOIN prev p ON p.jurisdiction_id = j.id\nORDER BY c.rank NULLS LAST',
    replace: 'LEFT JOIN prev p ON p.jurisdiction_id = j.id\nORDER BY c.rank NULLS FIRST',
    effect: 'jurisdictions without a figure listed at the top',
  },
  {
    id: 'ranking-no-data-dropped',
    module: 'ranking',
    kind: 'NULL order',
    find: 'LEFT JOIN cur c ON c.jurisdiction_id = j.id\nLEFT JOIN prev',
    replace: 'JOIN cur c ON c.jurisdiction_id = j.id\nLEFT JOIN prev',
    effect: 'jurisdictions without a figure disappear instead of showing 无数据',
  },
  {
    id: 'ranking-prev-earliest-year',
    module: 'ranking',
    kind: 'scope',
    find: 'arg_max(rank, year) AS prev_rank',
    replace: 'arg_min(rank, year) AS prev_rank',
    effect: 'rank change measured against the oldest year instead of the latest earlier one',
  },
  {
    id: 'ranking-prev-includes-current',
    module: 'ranking',
    kind: 'scope',
    find: 'WHERE year < $2',
    replace: 'WHERE year <= $2',
    effect: 'the “previous” rank is this year’s own rank (no change ever shown)',
  },
  {
    id: 'ranking-qualifier-dropped',
    module: 'ranking',
    kind: 'qualifier',
    // the column itself replaced: a second `qualifier` column beside it would be renamed and ignored
    find: 'value, qualifier, numerator, denominator, source_file, quote,\n         RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2',
    replace:
      "value, 'exact' AS qualifier, numerator, denominator, source_file, quote,\n         RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir WHERE year = $2",
    effect: '≥ and ≈ marks lost in the ranking',
  },
  // ranking in each body's latest year
  {
    id: 'ranking-latest-dense-rank',
    module: 'ranking',
    kind: 'tie rule',
    find: 'RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir\n)',
    replace: 'DENSE_RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir\n)',
    effect: 'after a tie in the latest-year ranking the next rank is not skipped',
  },
  {
    id: 'ranking-latest-earliest-year',
    module: 'ranking',
    kind: 'scope',
    find: 'QUALIFY year = max(year)',
    replace: 'QUALIFY year = min(year)',
    effect: "the latest-year ranking shows each body's oldest figure",
  },
  {
    id: 'ranking-latest-no-data-first',
    module: 'ranking',
    kind: 'NULL order',
    find: 'LEFT JOIN cur c ON c.jurisdiction_id = j.id\nORDER BY c.rank NULLS LAST',
    replace: 'LEFT JOIN cur c ON c.jurisdiction_id = j.id\nORDER BY c.rank NULLS FIRST',
    effect: 'bodies without a figure listed first in the latest-year ranking',
  },
  {
    id: 'ranking-latest-ignores-direction',
    module: 'ranking',
    kind: 'direction',
    find: 'RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir\n)',
    replace: 'RANK() OVER (ORDER BY value DESC) AS rank\n  FROM vals, dir\n)',
    effect: '"lower is better" indicators ranked largest first in the latest-year ranking',
  },
  {
    id: 'ranking-latest-qualifier-dropped',
    module: 'ranking',
    kind: 'qualifier',
    // the column itself replaced: a second `qualifier` column beside it would be renamed and ignored
    find: 'value, qualifier, numerator, denominator, source_file, quote,\n         RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir\n)',
    replace:
      "value, 'exact' AS qualifier, numerator, denominator, source_file, quote,\n         RANK() OVER (ORDER BY value * dir.s) AS rank\n  FROM vals, dir\n)",
    effect: '≥ and ≈ marks lost in the latest-year ranking',
  },
  // overview (each body's latest figure per indicator, ranked)
  {
    id: 'overview-dense-rank',
    module: 'overview',
    kind: 'tie rule',
    find: 'RANK() OVER (PARTITION BY c.indicator_id',
    replace: 'DENSE_RANK() OVER (PARTITION BY c.indicator_id',
    effect: 'overview ranks not skipped after a tie',
  },
  {
    id: 'overview-ignores-direction',
    module: 'overview',
    kind: 'direction',
    find: "ORDER BY c.value * CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END",
    replace: 'ORDER BY c.value DESC',
    effect: '"lower is better" indicators shown with the largest figure as best',
  },
  {
    id: 'overview-ranks-across-indicators',
    module: 'overview',
    kind: 'scope',
    find: 'RANK() OVER (PARTITION BY c.indicator_id',
    replace: 'RANK() OVER (',
    effect: 'unlike indicators ranked against each other',
  },
  {
    id: 'overview-reporters-across-indicators',
    module: 'overview',
    kind: 'scope',
    find: 'COUNT(*) OVER (PARTITION BY indicator_id)',
    replace: 'COUNT(*) OVER ()',
    effect: '“of N” counts every figure instead of the indicator’s reporters',
  },
  {
    id: 'overview-latest-is-earliest',
    module: 'overview',
    kind: 'scope',
    find: 'QUALIFY year = max(year)',
    replace: 'QUALIFY year = min(year)',
    effect: 'the overview shows each body’s oldest figure',
  },
  {
    id: 'overview-latest-across-indicators',
    module: 'overview',
    kind: 'scope',
    find: 'PARTITION BY indicator_id, jurisdiction_id',
    replace: 'PARTITION BY jurisdiction_id',
    effect: 'a body’s figure is dropped when it reports another indicator in a later year',
  },
  {
    id: 'overview-single-reporter-kept',
    module: 'overview',
    kind: 'scope',
    find: 'c.reporters >= 2',
    replace: 'c.reporters >= 1',
    effect: 'an indicator only one body reports is “ranked” first of one',
  },
  {
    id: 'overview-qualifier-dropped',
    module: 'overview',
    kind: 'qualifier',
    find: 'c.value, c.qualifier,',
    replace: "c.value, 'exact' AS qualifier,",
    effect: '≥ and ≈ marks lost in the overview',
  },
  // trend
  {
    id: 'trend-years-reversed',
    module: 'trend',
    kind: 'NULL order',
    find: 'ORDER BY jurisdiction_id, year',
    replace: 'ORDER BY jurisdiction_id, year DESC',
    effect: 'trend lines drawn right to left',
  },
  {
    id: 'trend-qualifier-dropped',
    module: 'trend',
    kind: 'qualifier',
    find: 'SELECT jurisdiction_id, year, value, qualifier,',
    replace: "SELECT jurisdiction_id, year, value, 'exact' AS qualifier,",
    effect: '≥ and ≈ marks lost on trend points',
  },
  {
    id: 'trend-rate-parts-dropped',
    module: 'trend',
    kind: 'qualifier',
    find: 'qualifier, numerator, denominator, quote',
    replace: 'qualifier, NULL AS numerator, NULL AS denominator, quote',
    effect: 'a rate’s numerator and denominator missing from the trend tooltip',
  },
  // matrix
  {
    id: 'matrix-dense-rank',
    module: 'matrix',
    kind: 'tie rule',
    find: 'RANK() OVER (PARTITION BY p.indicator_id',
    replace: 'DENSE_RANK() OVER (PARTITION BY p.indicator_id',
    effect: 'matrix ranks not skipped after a tie',
  },
  {
    id: 'matrix-ignores-direction',
    module: 'matrix',
    kind: 'direction',
    find: "ORDER BY p.value * CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END",
    replace: 'ORDER BY p.value DESC',
    effect: '"lower is better" indicators coloured as if higher were better',
  },
  {
    id: 'matrix-ranks-across-indicators',
    module: 'matrix',
    kind: 'scope',
    find: 'RANK() OVER (PARTITION BY p.indicator_id',
    replace: 'RANK() OVER (',
    effect: 'unlike indicators ranked against each other',
  },
  {
    id: 'matrix-reporters-across-indicators',
    module: 'matrix',
    kind: 'scope',
    find: 'COUNT(*) OVER (PARTITION BY p.indicator_id)',
    replace: 'COUNT(*) OVER ()',
    effect: '“of N” counts every cell instead of the indicator’s reporters',
  },
  {
    id: 'matrix-latest-is-earliest',
    module: 'matrix',
    kind: 'scope',
    find: 'max(year) AS year',
    replace: 'min(year) AS year',
    effect: '“latest year” shows each jurisdiction’s oldest figure',
  },
  {
    id: 'matrix-qualifier-dropped',
    module: 'matrix',
    kind: 'qualifier',
    find: 'p.value, p.qualifier,',
    replace: "p.value, 'exact' AS qualifier,",
    effect: '≥ and ≈ marks lost in the matrix',
  },
  // profile
  {
    id: 'profile-ties-ranked-below',
    module: 'profile',
    kind: 'tie rule',
    find: 'FILTER (WHERE p.value * d.s < m.value * d.s)',
    replace: 'FILTER (WHERE p.value * d.s <= m.value * d.s)',
    effect: 'a tied jurisdiction is ranked below its peers in its profile',
  },
  {
    id: 'profile-direction-flipped',
    module: 'profile',
    kind: 'direction',
    find: "CASE WHEN better = 'lower' THEN 1 ELSE -1 END AS s FROM indicators",
    replace: "CASE WHEN better = 'lower' THEN -1 ELSE 1 END AS s FROM indicators",
    effect: 'profile ranks upside down',
  },
  {
    id: 'profile-peers-any-year',
    module: 'profile',
    kind: 'scope',
    find: 'ON p.indicator_id = m.indicator_id AND p.year = m.year',
    replace: 'ON p.indicator_id = m.indicator_id',
    effect: 'a figure ranked against other years’ figures',
  },
  {
    id: 'profile-qualifier-dropped',
    module: 'profile',
    kind: 'qualifier',
    find: 'm.value, m.qualifier,',
    replace: "m.value, 'exact' AS qualifier,",
    effect: '≥ and ≈ marks lost in the profile',
  },
  {
    id: 'profile-unsourced-dropped',
    module: 'profile',
    kind: 'NULL order',
    find: 'LEFT JOIN sources s ON',
    replace: 'JOIN sources s ON',
    effect: 'figures whose report is not catalogued vanish from the profile',
  },
  {
    id: 'profile-uncategorised-first',
    module: 'profile',
    kind: 'NULL order',
    find: 'ORDER BY c.sort_order NULLS LAST',
    replace: 'ORDER BY c.sort_order NULLS FIRST',
    effect: 'indicators without a category listed before the categorised ones',
  },
];

/** The source with one mutant applied, or why it cannot be (its text is gone or ambiguous). */
export function applySqlMutant(
  source: string,
  mutant: Pick<SqlMutant, 'find' | 'replace'>,
): { ok: true; source: string } | { ok: false; reason: 'not found' | 'ambiguous' } {
  const at = source.indexOf(mutant.find);
  if (at < 0) return { ok: false, reason: 'not found' };
  if (source.indexOf(mutant.find, at + 1) >= 0) return { ok: false, reason: 'ambiguous' };
  return { ok: true, source: source.slice(0, at) + mutant.replace + source.slice(at + mutant.find.length) };
}
