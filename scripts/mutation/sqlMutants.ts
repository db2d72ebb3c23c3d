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
  'tests/integration/oneRankRule.test.ts',
  'tests/integration/ranking.test.ts',
  'tests/integration/rankingRegressions.test.ts',
  'tests/integration/viewRegressions.test.ts',
  'tests/integration/viewQueries.test.ts',
  'tests/integration/viewQueriesBundled.test.ts',
  // each body's latest figure: ties, oldest vs latest year, no figure last, both directions
  'tests/integration/latestRankings.test.ts',
];

export const SQL_QUERY_MODULES = {
  values: { file: 'src/data/tables.ts', tests: VIEW_TESTS },
  ranking: { file: 'src/views/ranking/rankingQuery.ts', tests: VIEW_TESTS },
  trend: { file: 'src/views/trend/trendQuery.ts', tests: VIEW_TESTS },
  matrix: {
    file: 'src/views/matrix/matrixQuery.ts',
    // the drawn part the view asks for, held to the model's rule
    tests: [...VIEW_TESTS, 'tests/integration/shownMatrix.test.ts'],
  },
  profile: { file: 'src/views/profile/profileQuery.ts', tests: VIEW_TESTS },
  precomputed: {
    file: 'src/queries/precomputed.ts',
    tests: [...VIEW_TESTS, 'tests/integration/shownMatrix.test.ts', 'tests/integration/precomputed.test.ts'],
  },
  // Where the data change: each must rebuild the precomputed comparison.
  commit: { file: 'src/storage/datasetManager.ts', tests: ['tests/integration/precomputed.test.ts'] },
  // reopening a version, undo, two tabs, a publication
  changeData: { file: 'src/storage/transaction.ts', tests: ['tests/integration/precomputed.test.ts'] },
  loadFromFiles: { file: 'src/data/tables.ts', tests: ['tests/integration/precomputed.test.ts'] },
  comparison: {
    file: 'src/queries/comparison.ts',
    tests: [
      ...VIEW_TESTS,
      'tests/integration/oneRankRule.test.ts',
      'tests/integration/viewModelsBundled.test.ts',
    ],
  },
} satisfies Record<string, SqlQueryModule>;

export type SqlQueryModuleName = keyof typeof SQL_QUERY_MODULES;

export type SqlMutantKind =
  | 'tie rule'
  | 'direction'
  | 'NULL order'
  | 'qualifier'
  | 'zero guard'
  | 'scope'
  /** A precomputed result not rebuilt where the data change. */
  | 'stale';

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
  // the one comparison rule (src/queries/comparison.ts): every view's ranks
  {
    id: 'comparison-dense-rank',
    module: 'comparison',
    kind: 'tie rule',
    find: 'THEN RANK() OVER (PARTITION BY indicator_id, grp',
    replace: 'THEN DENSE_RANK() OVER (PARTITION BY indicator_id, grp',
    effect: 'after a tie the next rank is not skipped (1, 2, 2, 3) in every view',
  },
  {
    id: 'comparison-row-number',
    module: 'comparison',
    kind: 'tie rule',
    find: 'THEN RANK() OVER (PARTITION BY indicator_id, grp',
    replace: 'THEN ROW_NUMBER() OVER (PARTITION BY indicator_id, grp',
    effect: 'tied jurisdictions get different ranks',
  },
  {
    id: 'comparison-ignores-direction',
    module: 'comparison',
    kind: 'direction',
    find: "CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END AS dir",
    replace: 'CAST(-1 AS INTEGER) AS dir',
    effect: '"lower is better" indicators ranked largest first',
  },
  {
    id: 'comparison-direction-flipped',
    module: 'comparison',
    kind: 'direction',
    find: "CASE WHEN i.better = 'lower' THEN 1 ELSE -1 END AS dir",
    replace: "CASE WHEN i.better = 'lower' THEN -1 ELSE 1 END AS dir",
    effect: 'every ranking upside down',
  },
  {
    id: 'comparison-ranks-across-indicators',
    module: 'comparison',
    kind: 'scope',
    find: 'THEN RANK() OVER (PARTITION BY indicator_id, grp,',
    replace: 'THEN RANK() OVER (PARTITION BY grp,',
    effect: 'unlike indicators ranked against each other',
  },
  {
    id: 'comparison-ranks-across-years',
    module: 'comparison',
    kind: 'scope',
    find: "SELECT *, 'year' AS basis, year AS grp FROM cmp_source",
    replace: "SELECT *, 'year' AS basis, 0 AS grp FROM cmp_source",
    effect: 'earlier ranks and profile years ranked against other years’ figures',
  },
  {
    id: 'comparison-reporters-across-indicators',
    module: 'comparison',
    kind: 'scope',
    find: "count(*) FILTER (WHERE comparable <> 'no') OVER (PARTITION BY indicator_id, grp)",
    replace: "count(*) FILTER (WHERE comparable <> 'no') OVER (PARTITION BY grp)",
    effect: '“of N” counts every figure instead of the indicator’s',
  },
  {
    id: 'comparison-not-comparable-ranked',
    module: 'comparison',
    kind: 'scope',
    find: "CASE WHEN comparable <> 'no'\n              THEN RANK()",
    replace: 'CASE WHEN TRUE\n              THEN RANK()',
    effect: 'unlike things (捐款捐物, 民生议事堂 …) ranked as alike',
  },
  {
    id: 'comparison-figure-flag-ignored',
    module: 'comparison',
    kind: 'scope',
    find: "COALESCE(p.obs_comparable, i.comparable, 'yes')",
    replace: "COALESCE(i.comparable, 'yes')",
    effect: 'a figure flagged partly or not comparable on its own carries its indicator’s flag',
  },
  {
    id: 'comparison-latest-is-earliest',
    module: 'comparison',
    kind: 'scope',
    find: 'QUALIFY year = max(year) OVER (PARTITION BY indicator_id, jurisdiction_id)',
    replace: 'QUALIFY year = min(year) OVER (PARTITION BY indicator_id, jurisdiction_id)',
    effect: "each body's latest year shows its oldest figure",
  },
  {
    id: 'comparison-default-one-body-year',
    module: 'comparison',
    kind: 'scope',
    find: 'FILTER (WHERE year = top_year) >= ${MIN_BODIES_COMPARED}',
    replace: 'FILTER (WHERE year = top_year) >= 1',
    effect: 'the default compares a year with one body: a one-bar “ranking”',
  },
  // ranking
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
    find: 'LEFT JOIN compared c ON c.jurisdiction_id = j.id\nLEFT JOIN prev',
    replace: 'JOIN compared c ON c.jurisdiction_id = j.id\nLEFT JOIN prev',
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
    find: 'c.year, c.value, c.qualifier, c.rank',
    replace: "c.year, c.value, 'exact' AS qualifier, c.rank",
    effect: '≥ and ≈ marks lost in the ranking',
  },
  {
    id: 'ranking-latest-no-data-first',
    module: 'ranking',
    kind: 'NULL order',
    find: 'LEFT JOIN compared c ON c.jurisdiction_id = j.id\nORDER BY c.rank NULLS LAST',
    replace: 'LEFT JOIN compared c ON c.jurisdiction_id = j.id\nORDER BY c.rank NULLS FIRST',
    effect: 'bodies without a figure listed first in the latest-year ranking',
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
    id: 'matrix-default-is-latest',
    module: 'matrix',
    kind: 'scope',
    find: 'SELECT ${MATRIX_COLUMNS} FROM ${DEFAULT_COMPARISON_TABLE} ORDER BY',
    replace:
      "SELECT ${MATRIX_COLUMNS} FROM (WITH ${comparedCtes(MATRIX_SOURCE, { kind: 'latest' })} SELECT * FROM compared) ORDER BY",
    effect: 'the matrix ranks differently from the ranking it drills into (3rd of 3 vs 4th of 4)',
  },
  {
    id: 'matrix-shown-default-is-latest',
    module: 'matrix',
    kind: 'scope',
    find: "shownMatrixSql(precomputedDefaultCtes, '$1', '$2')",
    replace: "shownMatrixSql((only) => comparedCtes(MATRIX_SOURCE, { kind: 'latest' }, only), '$1', '$2')",
    effect: 'the drawn matrix ranks each body’s latest year where the ranking compares the latest year',
  },
  {
    id: 'matrix-shown-one-reporter-enough',
    module: 'matrix',
    kind: 'scope',
    find: 'THEN m.n >= 2',
    replace: 'THEN m.n >= 1',
    effect: 'indicators only one selected body reports take the matrix’s rows: nothing to compare',
  },
  {
    id: 'matrix-shown-cap-order',
    module: 'matrix',
    kind: 'NULL order',
    find: 'i.sort_order NULLS LAST, i.id',
    replace: 'i.sort_order NULLS FIRST, i.id',
    effect: 'past 80 indicators, other rows are drawn than the model lists (uncatalogued order first)',
  },
  {
    id: 'matrix-shown-unselected-sent',
    module: 'matrix',
    kind: 'scope',
    find: 'USING (indicator_id)\nWHERE jurisdiction_id IN (SELECT id FROM mx_sel)',
    replace: 'USING (indicator_id)\nWHERE true',
    effect: 'cells of bodies not selected are sent and counted',
  },
  {
    id: 'matrix-qualifier-dropped',
    module: 'matrix',
    kind: 'qualifier',
    find: 'jurisdiction_id, indicator_id, year, value, qualifier,',
    replace: "jurisdiction_id, indicator_id, year, value, 'exact' AS qualifier,",
    effect: '≥ and ≈ marks lost in the matrix',
  },
  // profile
  {
    id: 'profile-ranks-within-year-only',
    module: 'profile',
    kind: 'scope',
    find: 'CASE WHEN o.year IS NULL THEN y.rank ELSE o.rank END AS rank',
    replace: 'y.rank AS rank',
    effect: 'the profile ranks within one year while the ranking compares each body’s latest year',
  },
  {
    id: 'profile-qualifier-dropped',
    module: 'profile',
    kind: 'qualifier',
    find: 'y.value, y.qualifier,',
    replace: "y.value, 'exact' AS qualifier,",
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
  // precomputed default comparison (src/queries/precomputed.ts)
  {
    id: 'precomputed-default-is-latest',
    module: 'precomputed',
    kind: 'scope',
    find: "FROM indicator_values`, { kind: 'default' })",
    replace: "FROM indicator_values`, { kind: 'latest' })",
    effect:
      'the overview, the matrix and the profile rank each body’s latest year where the ranking compares the latest year',
  },
  {
    id: 'commit-leaves-comparison-stale',
    module: 'commit',
    kind: 'stale',
    find: 'await refreshComparisons(engine);',
    replace: '',
    effect: 'after an upload the overview and the matrix still rank the data as it was before it',
  },
  {
    id: 'load-leaves-comparison-stale',
    module: 'loadFromFiles',
    kind: 'stale',
    find: 'await refreshComparisons(connector);',
    replace: '',
    effect: 'after the bundled or published data load, the overview and the matrix rank stale or no figures',
  },
  {
    id: 'reopen-leaves-comparison-stale',
    module: 'changeData',
    kind: 'stale',
    find: 'await refreshComparisons(engine);',
    replace: '',
    effect: 'after switching versions the overview and the matrix rank the version shown before',
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
