import { useMemo } from 'react';
import type { Catalog } from '../data/schema';
import { modelCatalog, type ModelCatalog } from './viewModel';

/** Catalog rows by id, built once per catalog: what every view model reads. */
export function useCatalogMaps(catalog: Catalog): ModelCatalog {
  return useMemo(() => modelCatalog(catalog), [catalog]);
}
