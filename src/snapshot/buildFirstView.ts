import type { Connector } from '../engine/connector';
import { buildSelectionCatalog } from '../app/selectionCatalog';
import { DEFAULT_URL_STATE, resolveSelection } from '../app/urlState';
import { fetchCatalogWithYears, type CatalogWithYears } from '../queries/catalog';
import type { QueryKeyPart } from '../queries/useEngineQuery';
import { QUERY_SNAPSHOT_FORMAT, snapshotEntryKey, type QuerySnapshot } from './querySnapshot';
import { SNAPSHOT_QUERIES } from './snapshotQueries';

/**
 * Ranking rows a saved version's first view may hold. The bundled snapshot holds every indicator-year;
 * a saved million-row version cannot (that would be the whole dataset as JSON), so it keeps what links
 * open most: the ranking each indicator opens on, the default indicator's first, then earlier years,
 * newest first, until this many rows. The landing view (catalog, overview) is always kept whole: at a
 * million rows the overview alone outgrew the budget, and no ranking was stored at all.
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
 * The ranking each indicator opens on when it is chosen with no year in the link — its last year, or
 * each body's latest when fewer than two bodies report that year (resolveSelection's own rule, so the
 * two cannot drift) — the data's default indicator first, then in catalog order. A page reopening the
 * version lands on these; a budget spent on other years first left the default ranking to the engine.
 */
export function openingRankings(catalog: CatalogWithYears): QueryKeyPart[][] {
  const selection = buildSelectionCatalog(catalog);
  const ids = [
    selection.defaultIndicator,
    ...catalog.indicators.map((i) => i.id).filter((id) => id !== selection.defaultIndicator),
  ];
  const out: QueryKeyPart[][] = [];
  for (const id of ids) {
    const { shownIndicator, year } = resolveSelection(
      { ...DEFAULT_URL_STATE, view: 'ranking', indicator: id },
      selection,
    );
    if (year !== null) out.push([shownIndicator, year]);
  }
  return out;
}

/** The openings first (those the query can answer), then the rest by recency. */
export function firstViewOrder(
  pairs: readonly QueryKeyPart[][],
  openings: readonly QueryKeyPart[][],
): QueryKeyPart[][] {
  const key = (pair: readonly QueryKeyPart[]) => JSON.stringify(pair);
  const offered = new Set(pairs.map(key));
  const first = openings.filter((pair) => offered.has(key(pair)));
  const taken = new Set(first.map(key));
  return [...first, ...byRecency(pairs.filter((pair) => !taken.has(key(pair))))];
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
  const openings = openingRankings(catalog);
  let rows = 0;
  for (const query of SNAPSHOT_QUERIES) {
    if (query.name === 'catalog') continue;
    const paramSets = query.params(catalog);
    // A query with one parameter set is a whole view (the overview), not one of many.
    const budgeted = !(paramSets.length === 1 && paramSets[0]!.length === 0);
    for (const params of firstViewOrder(paramSets, openings)) {
      if (budgeted && rows >= rowBudget) break;
      const result = await query.fetch(connector, params);
      entries[snapshotEntryKey(query.name, params)] = result;
      if (budgeted) rows += Array.isArray(result) ? result.length : 1;
    }
  }
  return { format: QUERY_SNAPSHOT_FORMAT, dataVersion, entries };
}
