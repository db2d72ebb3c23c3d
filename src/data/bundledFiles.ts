// Browser side of the bundled dataset: Vite serves data/*.csv as hashed static files from the app's
// own origin.
import observationsUrl from '../../data/observations.csv?url';
import jurisdictionsUrl from '../../data/jurisdictions.csv?url';
import indicatorsUrl from '../../data/indicators.csv?url';
import categoriesUrl from '../../data/categories.csv?url';
import sourcesUrl from '../../data/sources.csv?url';
import type { TableName, TableTexts } from './tables';

const URLS: Record<TableName, string> = {
  observations: observationsUrl,
  jurisdictions: jurisdictionsUrl,
  indicators: indicatorsUrl,
  categories: categoriesUrl,
  sources: sourcesUrl,
};

export async function fetchBundledTexts(): Promise<TableTexts> {
  const entries = await Promise.all(
    Object.entries(URLS).map(async ([table, url]) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${table}.csv: HTTP ${res.status}`);
      return [table, await res.text()] as const;
    }),
  );
  return Object.fromEntries(entries) as TableTexts;
}
