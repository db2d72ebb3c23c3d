import type { Connector } from '../engine/connector';
import { fetchCatalogWithYears } from '../queries/catalog';
import { fetchOverview } from '../views/overview/overviewQuery';
import { fetchRanking } from '../views/ranking/rankingQuery';
import type { QueryKeyPart } from '../queries/useEngineQuery';

type Catalog = Awaited<ReturnType<typeof fetchCatalogWithYears>>;

/**
 * A query the build runs ahead of time: its name and parameters exactly as its hook keys it, and the
 * same fetch function the hook calls. `params` lists every parameter set a link can ask for.
 */
export interface SnapshotQuery {
  name: string;
  params: (catalog: Catalog) => QueryKeyPart[][];
  fetch: (connector: Connector, params: readonly QueryKeyPart[]) => Promise<unknown>;
}

/**
 * What the first screen needs for any link: the catalog (selectors, titles, URL checks), the overview and the
 * ranking of every indicator in every year that has data and in each body's latest year (a few hundred
 * small results).
 */
export const SNAPSHOT_QUERIES: readonly SnapshotQuery[] = [
  { name: 'catalog', params: () => [[]], fetch: (c) => fetchCatalogWithYears(c) },
  // The landing view.
  { name: 'overview', params: () => [[]], fetch: (c) => fetchOverview(c) },
  {
    name: 'ranking',
    params: (catalog) => [
      ...catalog.years.map((y) => [y.indicator_id, y.year]),
      // Each body's latest year: the default where one year alone shows fewer than two bodies.
      ...[...new Set(catalog.years.map((y) => y.indicator_id))].map((id) => [id, 'latest']),
    ],
    fetch: (c, [indicatorId, year]) =>
      fetchRanking(c, {
        indicatorId: String(indicatorId),
        year: year === 'latest' ? 'latest' : Number(year),
      }),
  },
];
