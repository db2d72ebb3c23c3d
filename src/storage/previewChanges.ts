import type { Connector } from '../engine/connector';
import type { Qualifier } from '../data/schema';
import type { CommitMode } from './commitMode';
import { STAGING_TABLE } from './stagingTable';

/**
 * Every key the commit touches, paired with what it holds now: the staged upload against the
 * current observations that the mode ($1) would replace.
 */
const PAIRS_CTE = `
WITH s AS (SELECT * FROM ${STAGING_TABLE}),
o AS (
  SELECT o.* FROM observations o
  WHERE $1 = 'replace_all'
     OR EXISTS (
       SELECT 1 FROM s
       WHERE s.jurisdiction_id = o.jurisdiction_id AND s.year = o.year
         AND ($1 = 'replace_slices' OR s.indicator_id = o.indicator_id))
),
pairs AS (
  SELECT coalesce(s.jurisdiction_id, o.jurisdiction_id) AS jurisdiction_id,
         coalesce(s.year, o.year) AS year,
         coalesce(s.indicator_id, o.indicator_id) AS indicator_id,
         CASE
           WHEN o.jurisdiction_id IS NULL THEN 'added'
           WHEN s.jurisdiction_id IS NULL THEN 'removed'
           WHEN s.value IS NOT DISTINCT FROM o.value AND s.qualifier IS NOT DISTINCT FROM o.qualifier
            AND s.unit IS NOT DISTINCT FROM o.unit AND s.source_file IS NOT DISTINCT FROM o.source_file
            AND s.quote IS NOT DISTINCT FROM o.quote THEN 'unchanged'
           ELSE 'changed'
         END AS change,
         o.value AS old_value, o.qualifier AS old_qualifier, o.unit AS old_unit,
         s.value AS new_value, s.qualifier AS new_qualifier, s.unit AS new_unit,
         (s.source_file IS DISTINCT FROM o.source_file OR s.quote IS DISTINCT FROM o.quote) AS source_changed
  FROM s FULL OUTER JOIN o
    ON s.jurisdiction_id = o.jurisdiction_id AND s.year = o.year AND s.indicator_id = o.indicator_id
)`;

/** Counts per jurisdiction and year: what the commit would add, change, leave and remove there. */
export const PREVIEW_SLICES_SQL = `${PAIRS_CTE},
existing AS (SELECT DISTINCT jurisdiction_id, year FROM observations)
SELECT p.jurisdiction_id, p.year,
       count(*) FILTER (WHERE p.change = 'added') AS added,
       count(*) FILTER (WHERE p.change = 'changed') AS changed,
       count(*) FILTER (WHERE p.change = 'unchanged') AS unchanged,
       count(*) FILTER (WHERE p.change = 'removed') AS removed,
       (e.jurisdiction_id IS NULL) AS new_slice
FROM pairs p
LEFT JOIN existing e ON e.jurisdiction_id = p.jurisdiction_id AND e.year = p.year
GROUP BY p.jurisdiction_id, p.year, e.jurisdiction_id
ORDER BY p.jurisdiction_id, p.year`;

/** The changed and removed figures themselves, old beside new, first $2 in key order. */
export const PREVIEW_DETAILS_SQL = `${PAIRS_CTE}
SELECT jurisdiction_id, year, indicator_id, change, old_value, old_qualifier, old_unit,
       new_value, new_qualifier, new_unit, source_changed
FROM pairs
WHERE change IN ('changed', 'removed')
ORDER BY jurisdiction_id, year, indicator_id
LIMIT $2`;

export interface SliceChange {
  jurisdiction_id: string;
  year: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** The current data has nothing for this jurisdiction and year. */
  new_slice: boolean;
}

export interface FigureChange {
  jurisdiction_id: string;
  year: number;
  indicator_id: string;
  change: 'changed' | 'removed';
  old_value: number | null;
  old_qualifier: Qualifier | null;
  old_unit: string | null;
  new_value: number | null;
  new_qualifier: Qualifier | null;
  new_unit: string | null;
  /** Only the source file or quote differs (or differs too). */
  source_changed: boolean | null;
}

export interface ChangeTotals {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

export interface ChangePreview {
  mode: CommitMode;
  slices: SliceChange[];
  totals: ChangeTotals;
  /** Changed and removed figures, at most `detailLimit`; `totals` has the full counts. */
  details: FigureChange[];
}

export const DEFAULT_DETAIL_LIMIT = 500;

export function sumSlices(slices: readonly SliceChange[]): ChangeTotals {
  const totals: ChangeTotals = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const s of slices) {
    totals.added += s.added;
    totals.changed += s.changed;
    totals.unchanged += s.unchanged;
    totals.removed += s.removed;
  }
  return totals;
}

/** What committing the staged upload with `mode` would do to the current data (nothing is written). */
export async function fetchChangePreview(
  connector: Connector,
  { mode, detailLimit = DEFAULT_DETAIL_LIMIT }: { mode: CommitMode; detailLimit?: number },
): Promise<ChangePreview> {
  const slices = await connector.query<SliceChange>(PREVIEW_SLICES_SQL, [mode]);
  const details = await connector.query<FigureChange>(PREVIEW_DETAILS_SQL, [mode, detailLimit]);
  return { mode, slices, totals: sumSlices(slices), details };
}
