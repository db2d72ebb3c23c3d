import { useMemo } from 'react';
import type { Catalog, Indicator, Jurisdiction } from '../data/schema';

/** Catalog rows by id, built once per catalog. */
export function useCatalogMaps(catalog: Catalog) {
  return useMemo(
    () => ({
      jurisdictions: new Map<string, Jurisdiction>(catalog.jurisdictions.map((j) => [j.id, j])),
      indicators: new Map<string, Indicator>(catalog.indicators.map((i) => [i.id, i])),
    }),
    [catalog],
  );
}
