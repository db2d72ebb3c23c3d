import Papa from 'papaparse';
import type { Indicator, Jurisdiction } from '../../src/data/schema';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { ImportCatalog } from '../../src/import/types';

/** The bundled catalogs as the app holds them (blank CSV cells are null, as DuckDB returns them). */
export function bundledCatalog(): ImportCatalog {
  const texts = readBundledTexts();
  const parse = <T>(text: string) =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map(
      (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v])) as T,
    );
  return {
    jurisdictions: parse<Jurisdiction>(texts.jurisdictions),
    indicators: parse<Indicator>(texts.indicators),
  };
}
