import type { Connector } from '../engine/connector';
import { fetchCatalogWithYears } from '../queries/catalog';
import type { QueryKeyPart } from '../queries/useEngineQuery';
import { QUERY_SNAPSHOT_FORMAT, snapshotEntryKey, type QuerySnapshot } from './querySnapshot';
import { SNAPSHOT_QUERIES } from './snapshotQueries';

/**
 * Ranking rows a saved version's first view may hold. The bundled snapshot holds every indicator-year;
 * a saved million-row version cannot (that would be the whole dataset as JSON), so it keeps what links
 * open most: each indicator's latest year first, then earlier years, newest first, until this many rows.
 */
export const FIRST_VIEW_ROW_BUDGET = 5_000;

/** [indicator, year] pairs, round by round: every indicator's latest year, then each one's previous year… */
export function byRecency(pairs: readonly QueryKeyPart[][]): QueryKeyPart[][] {
  const byIndicator = new Map<QueryKeyPart, QueryKeyPart[][]>();
  for (const pair of pairs) byIndicator.set(pair[0]!, [...(byIndicator.get(pair[0]!) ?? []), pair]);
  // 'latest' (each body's latest year) is what a ranking opens on when one year shows fewer than two
  // bodies, so it comes before any single year.
  const recency = (year: QueryKeyPart | undefined) => (year === 'latest' ? Infinity : Number(year));
  const lists = [...byIndicator.values()].map((list) =>
    [...list].sort((a, b) => recency(b[1]) - recency(a[1])),
  );
  const out: QueryKeyPart[][] = [];
  for (let round = 0; out.length < pairs.length; round++) {
    for (const list of lists) if (round < list.length) out.push(list[round]!);
  }
  return out;
}

/**
 * The first screen of a version, computed at commit by the views' own queries on the engine that holds
 * it, and stored with the version: a page reopening it draws this before the engine is ready, exactly
 * as it draws the bundled data from the build-time snapshot (same format, same keys).
 */
export async function buildFirstView(
  connector: Connector,
  dataVersion: string,
  rowBudget = FIRST_VIEW_ROW_BUDGET,
): Promise<QuerySnapshot> {
  const catalog = await fetchCatalogWithYears(connector);
  const entries: Record<string, unknown> = { [snapshotEntryKey('catalog', [])]: catalog };
  let rows = 0;
  for (const query of SNAPSHOT_QUERIES) {
    if (query.name === 'catalog') continue;
    for (const params of byRecency(query.params(catalog))) {
      if (rows >= rowBudget) break;
      const result = await query.fetch(connector, params);
      entries[snapshotEntryKey(query.name, params)] = result;
      rows += Array.isArray(result) ? result.length : 1;
    }
  }
  return { format: QUERY_SNAPSHOT_FORMAT, dataVersion, entries };
}
