import type { Connector } from '../engine/connector';
import { COMPARED_INPUT_COLUMNS, comparedCtes } from './comparison';

/**
 * Each indicator's default comparison (src/queries/comparison.ts: what its ranking opens on), kept as a
 * table. The overview (the view users land on), the matrix's default and the profile's opening ranks all
 * read it; each used to pick and rank it from every row, ≈ 0.55–0.65 s of CPU at 1M rows per view. It
 * holds one row per indicator and body (≈ 25,000 at 1M rows), so it is not stored with a version:
 * rebuilding it is one query.
 *
 * It is rebuilt after every change of the data has been COMMITted (`changeData` in
 * src/storage/transaction.ts; `loadTablesFromCsv` outside a transaction), never inside the change's
 * transaction: DuckDB-wasm ranks a million uncommitted rows ~70× slower than committed ones (37.5 s
 * against 0.53 s on the bench page), which made a saved version take 37 s to reopen. A rolled-back
 * change never reaches the rebuild, so the table always matches the committed data.
 * `tests/integration/precomputed.test.ts` checks every view against the comparison computed on the
 * spot, after random loads, reopens and commits.
 */
export const DEFAULT_COMPARISON_TABLE = 'compared_default';

/** The comparison the table holds, computed from the current data: the table's definition. */
export const DEFAULT_COMPARISON_SQL = `
WITH ${comparedCtes(`SELECT ${COMPARED_INPUT_COLUMNS} FROM indicator_values`, { kind: 'default' })}
SELECT * FROM compared`;

/** Ordered by indicator: the views read one indicator's rows, or all in indicator order. */
export const REFRESH_COMPARISONS_SQL = `CREATE TABLE ${DEFAULT_COMPARISON_TABLE} AS
${DEFAULT_COMPARISON_SQL}
ORDER BY indicator_id, jurisdiction_id`;

/** Drops the precomputed comparisons, whichever form they have (see refreshComparisons). */
async function dropComparisons(connector: Connector): Promise<void> {
  const found = await connector.query<{ kind: string }>(
    'SELECT table_type AS kind FROM information_schema.tables WHERE table_name = $1',
    [DEFAULT_COMPARISON_TABLE],
  );
  for (const { kind } of found)
    await connector.query(`DROP ${kind === 'VIEW' ? 'VIEW' : 'TABLE'} ${DEFAULT_COMPARISON_TABLE}`);
}

/**
 * Rebuilds the precomputed comparisons from the data now in the engine (committed: see above). If the
 * table cannot be built (memory at the engine's limit), the name becomes a view of the same definition:
 * the views are then slower, computing it on each read, but never stale or broken.
 */
export async function refreshComparisons(connector: Connector): Promise<void> {
  await dropComparisons(connector);
  try {
    await connector.query(REFRESH_COMPARISONS_SQL);
  } catch {
    await connector.query(`CREATE VIEW ${DEFAULT_COMPARISON_TABLE} AS ${DEFAULT_COMPARISON_SQL}`);
  }
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
