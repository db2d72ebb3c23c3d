import type { Connector } from '../engine/connector';
import { COMPARED_INPUT_COLUMNS, comparedCtes } from './comparison';

/**
 * Each indicator's default comparison (src/queries/comparison.ts: what its ranking opens on), kept as a
 * table. The overview (the view users land on), the matrix's default and the profile's opening ranks all
 * read it; each used to pick and rank it from every row, ≈ 0.55–0.65 s of CPU at 1M rows per view. It is
 * rebuilt wherever the data change — a load from files, a stored version reopened, a commit (in the
 * commit's transaction, so a rolled-back commit leaves the old one) — and nowhere else, so it is never
 * stale. It holds one row per indicator and body (≈ 25,000 at 1M rows), so it is not stored with a
 * version: rebuilding it is one query. `tests/integration/precomputed.test.ts` checks every view against
 * the same comparison computed on the spot, after random loads and commits.
 */
export const DEFAULT_COMPARISON_TABLE = 'compared_default';

/** The comparison the table holds, computed from the current data: the table's definition. */
export const DEFAULT_COMPARISON_SQL = `
WITH ${comparedCtes(`SELECT ${COMPARED_INPUT_COLUMNS} FROM indicator_values`, { kind: 'default' })}
SELECT * FROM compared`;

/** Ordered by indicator: the views read one indicator's rows, or all in indicator order. */
export const REFRESH_COMPARISONS_SQL = `CREATE OR REPLACE TABLE ${DEFAULT_COMPARISON_TABLE} AS
${DEFAULT_COMPARISON_SQL}
ORDER BY indicator_id, jurisdiction_id`;

/** Rebuilds the precomputed comparisons from the tables now in the engine. */
export async function refreshComparisons(connector: Connector): Promise<void> {
  await connector.query(REFRESH_COMPARISONS_SQL);
}

/**
 * CTEs (to follow `WITH`) defining `compared` as the precomputed default comparison, with the contract
 * of `comparedCtes(source, { kind: 'default' }, only)`: `only.ctes` may read `cmp_picked` (the figures
 * compared) and `only.keep` keeps or drops whole indicators, whose ranks stay those among all bodies.
 */
export function precomputedDefaultCtes(only?: { ctes: string; keep: string }): string {
  return `
cmp_picked AS (SELECT * FROM ${DEFAULT_COMPARISON_TABLE}),
${only ? only.ctes : ''}
compared AS (SELECT * FROM cmp_picked${only ? ` WHERE ${only.keep}` : ''})`;
}
