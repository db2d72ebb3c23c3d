import { createRequire } from 'node:module';
import path from 'node:path';
import type { Table } from 'apache-arrow';
import { arrowToRows } from './arrowRows';
import { statementCache } from './statementCache';
import { SESSION_SETTINGS_SQL, type Connector, type SqlValue } from './connector';

type BlockingModule = typeof import('@duckdb/duckdb-wasm/blocking');

/**
 * DuckDB-WASM's node-blocking build: the same engine and SQL dialect as the browser worker, used by
 * tests and build scripts. Calls are synchronous underneath; the async surface matches the browser.
 */
export async function createNodeConnector(): Promise<Connector> {
  const require = createRequire(import.meta.url);
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as BlockingModule;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = db.connect();
  for (const sql of SESSION_SETTINGS_SQL) conn.query(sql);

  const statements = statementCache(
    (sql) => conn.prepare(sql),
    (stmt) => stmt.close(),
  );
  const run = async (sql: string, params?: readonly SqlValue[]): Promise<Table> => {
    if (!params || params.length === 0) return conn.query(sql) as unknown as Table;
    return statements.use(sql, (stmt) => stmt.query(...params) as unknown as Table);
  };

  return {
    async query(sql, params) {
      return arrowToRows(await run(sql, params));
    },
    async queryArrow(sql, params) {
      return run(sql, params);
    },
    async registerFileText(name, text) {
      db.registerFileText(name, text);
    },
    async registerFileBuffer(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async insertArrowIPC(name, ipc) {
      conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async close() {
      await statements.clear();
      conn.close();
    },
  };
}
