import * as duckdb from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { arrowToRows } from './arrowRows';
import { statementCache } from './statementCache';
import { SESSION_SETTINGS_SQL, type Connector, type SqlValue } from './connector';

export class EngineStartError extends Error {
  constructor(
    readonly reason: 'worker' | 'wasm' | 'timeout' | 'unsupported',
    detail: string,
  ) {
    super(detail);
    this.name = 'EngineStartError';
  }
}

/** Rejects when the worker script itself fails to load: AsyncDuckDB would otherwise wait forever. */
function workerFailure(worker: Worker): Promise<never> {
  return new Promise((_, reject) => {
    worker.addEventListener('error', (event) => {
      reject(new EngineStartError('worker', event.message || 'worker script failed to load'));
    });
  });
}

/**
 * A missing or blocked wasm file surfaces only as an unhandled rejection inside the worker, so
 * instantiate() would wait forever: ask the server first, in parallel, and fail fast with its answer.
 */
async function wasmUnavailable(url: string): Promise<never> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'HEAD' });
  } catch (e) {
    throw new EngineStartError('wasm', `${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) throw new EngineStartError('wasm', `${url}: HTTP ${res.status}`);
  return new Promise<never>(() => {});
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new EngineStartError('timeout', `engine not ready after ${ms / 1000} s`)), ms);
  });
}

/** DuckDB-WASM in a web worker, with the bundle chosen for this browser from self-hosted files. */
export async function createBrowserConnector(
  bundles: duckdb.DuckDBBundles,
  { startTimeoutMs = 60_000 }: { startTimeoutMs?: number } = {},
): Promise<Connector> {
  if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
    throw new EngineStartError('unsupported', 'this browser lacks WebAssembly or Web Workers');
  }
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const start = async () => {
    try {
      await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    } catch (e) {
      throw new EngineStartError('wasm', e instanceof Error ? e.message : String(e));
    }
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const conn = await db.connect();
    for (const sql of SESSION_SETTINGS_SQL) await conn.query(sql);
    return conn;
  };
  let conn: duckdb.AsyncDuckDBConnection;
  try {
    conn = await Promise.race([
      start(),
      workerFailure(worker),
      wasmUnavailable(bundle.mainModule),
      timeout(startTimeoutMs),
    ]);
  } catch (e) {
    worker.terminate();
    throw e;
  }

  const statements = statementCache(
    (sql) => conn.prepare(sql),
    (stmt) => stmt.close(),
  );
  const run = async (sql: string, params?: readonly SqlValue[]): Promise<Table> => {
    if (!params || params.length === 0) return (await conn.query(sql)) as unknown as Table;
    return statements.use(sql, async (stmt) => (await stmt.query(...params)) as unknown as Table);
  };

  return {
    async query(sql, params) {
      return arrowToRows(await run(sql, params));
    },
    queryArrow: run,
    registerFileText: (name, text) => db.registerFileText(name, text),
    registerFileBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
    async dropFile(name) {
      await db.dropFile(name);
    },
    insertArrowIPC: (name, ipc) => conn.insertArrowFromIPCStream(ipc, { name, create: true }),
    async close() {
      await statements.clear();
      await conn.close();
      await db.terminate();
    },
  };
}
