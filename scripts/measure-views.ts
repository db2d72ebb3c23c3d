// What each view's query costs on the bench's 1M-row saved version (50 bodies × 40 years × 500 indicators
// plus the bundled data), in Node with the same wasm engine. CPU time (process.cpuUsage), best of 5: on a
// shared machine wall time says little.
// Run: npx tsx scripts/measure-views.ts [rows] [only cases whose name contains this | none] [SQL ...]
// Each extra SQL is timed the same way; one starting with EXPLAIN prints its plan instead.
import Papa from 'papaparse';
import { readBundledTexts } from '../src/data/bundledFilesNode';
import { loadTablesFromCsv, TABLE_COLUMNS } from '../src/data/tables';
import { createNodeConnector } from '../src/engine/nodeConnector';
import { syntheticDataset } from './bench/page/syntheticDataset';
import { OVERVIEW_SQL } from '../src/views/overview/overviewQuery';
import {
  MATRIX_DEFAULT_SQL,
  MATRIX_YEAR_SQL,
  SHOWN_MATRIX_DEFAULT_SQL,
  SHOWN_MATRIX_YEAR_SQL,
} from '../src/views/matrix/matrixQuery';
import { PROFILE_SQL } from '../src/views/profile/profileQuery';
import { DEFAULT_COMPARISON_SQL } from '../src/queries/precomputed';
import { RANKING_SQL, RANKING_LATEST_SQL } from '../src/views/ranking/rankingQuery';
import type { Catalog } from '../src/data/schema';
import type { SqlValue } from '../src/engine/connector';

const rows = Number(process.argv[2] ?? 1_000_000);
const db = await createNodeConnector();
const texts = readBundledTexts();
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true }).data;
const catalog = { categories: parse(texts.categories) } as unknown as Catalog;
const ds = syntheticDataset(rows, catalog);
const csvLine = (table: 'jurisdictions' | 'indicators', r: Record<string, unknown>) =>
  Papa.unparse([Object.keys(TABLE_COLUMNS[table]).map((k) => r[k] ?? '')], { header: false });
texts.jurisdictions =
  texts.jurisdictions.trimEnd() +
  '\n' +
  ds.jurisdictions.map((j) => csvLine('jurisdictions', j as never)).join('\n') +
  '\n';
texts.indicators =
  texts.indicators.trimEnd() +
  '\n' +
  ds.indicators.map((i) => csvLine('indicators', i as never)).join('\n') +
  '\n';
const body = new TextDecoder().decode(ds.bytes);
// The generated lines lack the three optional comparability columns the bundled file has: left empty.
texts.observations =
  texts.observations.trimEnd() +
  '\n' +
  body
    .slice(body.indexOf('\n') + 1)
    .replace(/\n(?=.)/g, ',,,\n')
    .replace(/\n$/, ',,,\n');
await loadTablesFromCsv(db, texts);
console.log('rows', (await db.query<{ n: number }>('SELECT count(*) AS n FROM observations'))[0]);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function measure(name: string, sql: string, params: SqlValue[] = []) {
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const start = cpu();
    n = (await db.query(sql, params)).length;
    times.push(cpu() - start);
  }
  console.log(
    `${name.padEnd(40)} ${Math.min(...times)
      .toFixed(0)
      .padStart(6)} ms  (${n} rows)`,
  );
}
const only = process.argv[3];
const everyBody = (await db.query<{ id: string }>('SELECT id FROM jurisdictions ORDER BY id'))
  .map((j) => j.id)
  .join(',');
const cases: [string, string, SqlValue[]][] = [
  ['ranking, one year', RANKING_SQL, ['bench_ind_0007', 2020]],
  ['ranking, latest', RANKING_LATEST_SQL, ['bench_ind_0007']],
  ['overview', OVERVIEW_SQL, []],
  ['matrix default', MATRIX_DEFAULT_SQL, []],
  ['matrix year', MATRIX_YEAR_SQL, [2020]],
  // What the matrix view asks for: the rows it draws for every body, no category.
  ['matrix shown default', SHOWN_MATRIX_DEFAULT_SQL, [everyBody, null]],
  ['matrix shown year', SHOWN_MATRIX_YEAR_SQL, [2020, everyBody, null]],
  ['profile bench-j000', PROFILE_SQL, ['bench-j000']],
  ['profile hangzhou-jiusan', PROFILE_SQL, ['hangzhou-jiusan']],
  // What every load, reopen and commit adds: the default comparison rebuilt (src/queries/precomputed.ts).
  ['rebuild precomputed comparison (its query)', DEFAULT_COMPARISON_SQL, []],
];
for (const [name, sql, params] of cases) if (!only || name.includes(only)) await measure(name, sql, params);
if (process.argv[4]) {
  for (const [i, sql] of process.argv.slice(4).entries()) {
    if (sql.startsWith('EXPLAIN')) {
      const r = await db.query<Record<string, string>>(sql);
      console.log(Object.values(r[0]!).join('\n')); /* EXPLAIN_OUT */
    } else await measure(`extra ${i}`, sql);
  }
}
