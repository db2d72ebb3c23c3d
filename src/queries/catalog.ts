import type { Connector } from '../engine/connector';
import { useEngineQuery } from './useEngineQuery';
import type { Catalog, Category, Indicator, Jurisdiction, Source } from '../data/schema';
import { orderJurisdictions } from '../charts/palette';

/** The catalogs are small: the app keeps them in memory for labels, selectors and URL validation. */
export async function fetchCatalog(connector: Connector): Promise<Catalog> {
  const [jurisdictions, indicators, categories, sources] = await Promise.all([
    connector.query<Jurisdiction>('SELECT * FROM jurisdictions ORDER BY id'),
    connector.query<Indicator>('SELECT * FROM indicators ORDER BY sort_order NULLS LAST, id'),
    connector.query<Category>('SELECT * FROM categories ORDER BY sort_order, id'),
    connector.query<Source>('SELECT * FROM sources ORDER BY file'),
  ]);
  // One jurisdiction order in every view (pickers, matrix rows, legends, lists): see palette.ts.
  return { jurisdictions: orderJurisdictions(jurisdictions), indicators, categories, sources };
}

/** Years that have at least one value, per indicator (derived rates included). */
export interface IndicatorYears {
  indicator_id: string;
  year: number;
  jurisdictions: number;
}

export const INDICATOR_YEARS_SQL = `
SELECT indicator_id, year, COUNT(DISTINCT jurisdiction_id) AS jurisdictions
FROM indicator_values GROUP BY indicator_id, year ORDER BY indicator_id, year`;

export function fetchIndicatorYears(connector: Connector) {
  return connector.query<IndicatorYears>(INDICATOR_YEARS_SQL);
}

/** How many jurisdictions report each indicator in any year: what tells a comparison from a single figure. */
export interface IndicatorReporters {
  indicator_id: string;
  jurisdictions: number;
}

export const INDICATOR_REPORTERS_SQL = `
SELECT indicator_id, COUNT(DISTINCT jurisdiction_id) AS jurisdictions
FROM indicator_values GROUP BY indicator_id ORDER BY indicator_id`;

export function fetchIndicatorReporters(connector: Connector) {
  return connector.query<IndicatorReporters>(INDICATOR_REPORTERS_SQL);
}

export async function fetchCatalogWithYears(connector: Connector) {
  const [catalog, years, reporters] = await Promise.all([
    fetchCatalog(connector),
    fetchIndicatorYears(connector),
    fetchIndicatorReporters(connector),
  ]);
  return { ...catalog, years, reporters };
}

export type CatalogWithYears = Awaited<ReturnType<typeof fetchCatalogWithYears>>;

export function useCatalog() {
  return useEngineQuery('catalog', [], fetchCatalogWithYears);
}
