import type { Connector } from '../engine/connector';
import type { Category, Indicator, Jurisdiction, Source } from '../data/schema';
import { OBSERVATIONS_ORDER, TABLE_COLUMNS } from '../data/tables';
import { insertCatalogRows } from './catalogRows';
import type { CommitMode } from './commitMode';
import { STAGING_TABLE } from './stagingTable';

const KEY_MATCH = 'o.jurisdiction_id = s.jurisdiction_id AND o.year = s.year';

/** What each mode removes before the staged rows go in. */
export const DELETE_BEFORE_INSERT_SQL: Record<CommitMode, string> = {
  merge: `DELETE FROM observations o USING ${STAGING_TABLE} s WHERE ${KEY_MATCH} AND o.indicator_id = s.indicator_id`,
  replace_slices: `DELETE FROM observations o USING (SELECT DISTINCT jurisdiction_id, year FROM ${STAGING_TABLE}) s WHERE ${KEY_MATCH}`,
  replace_all: 'DELETE FROM observations',
};

const COLUMNS = Object.keys(TABLE_COLUMNS.observations)
  .map((c) => `"${c}"`)
  .join(', ');
/**
 * The staged rows land at the end; rewriting the table in its order (src/data/tables.ts) keeps the
 * views' per-indicator reads to a few row groups, in this session and in the version saved from it
 * (its tables are exported in table order, so reopening needs no sort). At 1M rows this costs the
 * commit ≈ 1.7 s of CPU (Node).
 */
export const REORDER_OBSERVATIONS_SQL = `CREATE OR REPLACE TABLE observations AS SELECT * FROM observations ORDER BY ${OBSERVATIONS_ORDER}`;

export const INSERT_STAGED_SQL = `INSERT INTO observations (${COLUMNS}) SELECT ${COLUMNS} FROM ${STAGING_TABLE}`;

/**
 * A figure re-stated with the same value and qualifier but no quote keeps the quote (and the source
 * file it cites) it already has: re-uploading a table of numbers must not erase the report text
 * behind them. A row that brings its own quote replaces it as usual.
 */
export const KEEP_QUOTES_SQL = `UPDATE ${STAGING_TABLE} AS s SET quote = o.quote, source_file = o.source_file
  FROM observations o
  WHERE ${KEY_MATCH} AND o.indicator_id = s.indicator_id
    AND o.value = s.value AND o.qualifier = s.qualifier
    AND coalesce(s.quote, '') = '' AND coalesce(o.quote, '') <> ''`;

export interface UploadChanges {
  mode: CommitMode;
  newJurisdictions: readonly Jurisdiction[];
  newIndicators: readonly Indicator[];
  /** A data package's categories and sources that are not in the catalog yet. */
  newCategories?: readonly Category[];
  newSources?: readonly Source[];
}

/**
 * The writes of a commit: new catalog entries, then the mode's delete, then the staged rows. The
 * caller wraps this in a transaction (changeData, which also rebuilds the precomputed comparisons
 * after COMMIT); on its own it is not atomic.
 */
export async function applyUpload(engine: Connector, changes: UploadChanges): Promise<void> {
  await insertCatalogRows(engine, {
    jurisdictions: changes.newJurisdictions,
    indicators: changes.newIndicators,
    categories: changes.newCategories ?? [],
    sources: changes.newSources ?? [],
  });
  await engine.query(KEEP_QUOTES_SQL);
  await engine.query(DELETE_BEFORE_INSERT_SQL[changes.mode]);
  await engine.query(INSERT_STAGED_SQL);
  await engine.query(REORDER_OBSERVATIONS_SQL);
}
