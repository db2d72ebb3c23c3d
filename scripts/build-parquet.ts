// Regenerates data/observations.parquet from data/observations.csv (run: npm run data:parquet).
// The CSV is read by the app's own SQL on DuckDB, so the Parquet holds exactly what the app loads.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, readBundledTexts } from '../src/data/bundledFilesNode';
import { observationsToParquet } from '../src/data/observationsParquet';
import type { Observation } from '../src/data/schema';
import { loadTablesFromCsv } from '../src/data/tables';
import { createNodeConnector } from '../src/engine/nodeConnector';

export async function bundledObservations(): Promise<Observation[]> {
  const db = await createNodeConnector();
  try {
    await loadTablesFromCsv(db, readBundledTexts());
    return await db.query<Observation>('SELECT * FROM observations');
  } finally {
    await db.close();
  }
}

export const PARQUET_PATH = path.join(DATA_DIR, 'observations.parquet');

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const rows = await bundledObservations();
  writeFileSync(PARQUET_PATH, observationsToParquet(rows));
  console.log(`wrote ${PARQUET_PATH}: ${rows.length} rows`);
}
