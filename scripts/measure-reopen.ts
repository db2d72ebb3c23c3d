// Reopening a saved version: what each stored form costs, from the bytes in storage to the tables in the
// engine, in Node (the same wasm engine and JS the browser runs). Run: npx tsx scripts/measure-reopen.ts [rows]
// Forms: gzip CSV (what older builds saved: re-parsed by read_csv, checked by hashing the text, then the
// data version recomputed from a canonical dump), Arrow IPC + gzip (what versions are saved as now), and
// Parquet via hyparquet-writer (DuckDB-WASM has no Parquet reader without a network extension, so it is
// decoded in JS and handed over as Arrow). OPFS is not measured: plain-http intranets are not secure
// contexts, where it is missing.
import { parquetToObservations, observationsToParquet } from '../src/data/observationsParquet';
import { readBundledTexts } from '../src/data/bundledFilesNode';
import { loadTablesFromCsv } from '../src/data/tables';
import { createNodeConnector } from '../src/engine/nodeConnector';
import { canonicalSnapshot } from '../src/storage/canonicalSnapshot';
import { dataVersionOf } from '../src/storage/dataVersion';
import { fetchDatasetRows } from '../src/storage/datasetRows';
import { contentHashOf, decodeSnapshot, encodeSnapshot, encodedSize } from '../src/storage/snapshotCodec';
import { stageObservations } from '../src/storage/stagingTable';
import { exportStoredTables, loadStoredTables } from '../src/storage/storedTables';
import { longCsv, syntheticCatalog } from './measure-import';

const rows = Number(process.argv[2] ?? 1_000_000);
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const out = await f();
  return [out, performance.now() - start];
};
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

const db = await createNodeConnector();
const texts = readBundledTexts();
texts.observations = new TextDecoder().decode(longCsv(rows, syntheticCatalog(rows), 'full'));
await loadTablesFromCsv(db, texts);
const [canonical, dumpMs] = await time(() => canonicalSnapshot(db));
const dataVersion = await dataVersionOf(canonical);
const table = [
  `Reopening a saved version of ${rows.toLocaleString('en-US')} observations (Node ${process.version}, one run each; ms)`,
  '',
  '| stored form | stored MB | save: export + encode | read + decode + check | into the engine | data version | reopen total |',
  '|---|---|---|---|---|---|---|',
];

{
  // gzip CSV, as older builds saved and opened it.
  const [encoded, encodeMs] = await time(() => encodeSnapshot({ kind: 'csv', texts: canonical }));
  const [decoded, decodeMs] = await time(async () => {
    const d = await decodeSnapshot(encoded);
    if (d.kind !== 'csv' || (await dataVersionOf(d.texts)) !== dataVersion) throw new Error('csv check');
    return d;
  });
  const [, loadMs] = await time(() => loadStoredTables(db, decoded));
  const [again, versionMs] = await time(async () => dataVersionOf(await canonicalSnapshot(db)));
  if (again !== dataVersion) throw new Error('csv round trip changed the data');
  table.push(
    `| gzip CSV (before) | ${mb(encodedSize(encoded))} | ${(dumpMs + encodeMs).toFixed(0)} | ${decodeMs.toFixed(0)} | ${loadMs.toFixed(0)} | ${versionMs.toFixed(0)} (canonical dump + hash) | ${(decodeMs + loadMs + versionMs).toFixed(0)} |`,
  );
}
{
  const [encoded, encodeMs] = await time(async () => encodeSnapshot(await exportStoredTables(db)));
  const hash = contentHashOf(encoded);
  const [decoded, decodeMs] = await time(async () => {
    if (contentHashOf(encoded) !== hash) throw new Error('hash');
    return decodeSnapshot(encoded);
  });
  const [, loadMs] = await time(() => loadStoredTables(db, decoded));
  if ((await dataVersionOf(await canonicalSnapshot(db))) !== dataVersion) throw new Error('arrow round trip');
  table.push(
    `| Arrow IPC + gzip (now) | ${mb(encodedSize(encoded))} | ${encodeMs.toFixed(0)} (+ ${dumpMs.toFixed(0)} dump for the data version) | ${decodeMs.toFixed(0)} | ${loadMs.toFixed(0)} | 0 (the record's, bytes checked by SHA-256) | ${(decodeMs + loadMs).toFixed(0)} |`,
  );
}
{
  const [bytes, encodeMs] = await time(async () => observationsToParquet(await fetchDatasetRows(db)));
  const [observations, decodeMs] = await time(() => parquetToObservations(bytes));
  const [, loadMs] = await time(async () => {
    await stageObservations(db, observations);
    await db.query('CREATE OR REPLACE TABLE observations AS SELECT * FROM upload_staging');
    await db.query('DROP TABLE upload_staging');
  });
  table.push(
    `| Parquet, hyparquet (observations only) | ${mb(bytes.byteLength)} | ${encodeMs.toFixed(0)} | ${decodeMs.toFixed(0)} | ${loadMs.toFixed(0)} | — | ${(decodeMs + loadMs).toFixed(0)} |`,
  );
}
await db.close();
console.log(table.join('\n'));
