import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCache } from '../../src/engine/statementCache';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { Connector } from '../../src/engine/connector';

/** A fake engine: statements are numbered, and every prepare and close is logged. */
function fakeEngine(failOn?: string) {
  const log: string[] = [];
  let next = 0;
  const cache = statementCache(
    (sql: string) => {
      if (sql === failOn) throw new Error(`cannot prepare ${sql}`);
      log.push(`prepare ${sql}`);
      return { sql, n: next++, closed: false };
    },
    (s) => {
      s.closed = true;
      log.push(`close ${s.sql}`);
    },
    2,
  );
  return { log, cache };
}

describe('statementCache: a query run again is not prepared again', () => {
  it('prepares each SQL text once and reuses the statement', async () => {
    const { log, cache } = fakeEngine();
    const a1 = await cache.use('A', (s) => s.n);
    const a2 = await cache.use('A', (s) => s.n);
    expect(a1).toBe(a2);
    expect(log).toEqual(['prepare A']);
  });

  it('closes the least recently used statement beyond the limit, never one in use', async () => {
    const { log, cache } = fakeEngine();
    await cache.use('A', () => 0);
    await cache.use('B', () => 0);
    await cache.use('A', () => 0); // A is now the most recently used
    let finish!: () => void;
    const running = cache.use('A', () => new Promise<void>((resolve) => (finish = resolve)));
    await cache.use('C', () => 0); // evicts B, the least recently used
    expect(log).toEqual(['prepare A', 'prepare B', 'prepare C', 'close B']);
    await cache.use('D', () => 0); // evicts A, but A is still running: closed only when it ends
    expect(log).not.toContain('close A');
    finish();
    await running;
    expect(log.at(-1)).toBe('close A');
    expect(cache.size).toBe(2);
  });

  it('does not keep a statement that failed to prepare, so the error is reported every time', async () => {
    const { cache } = fakeEngine('BAD');
    await expect(cache.use('BAD', () => 0)).rejects.toThrow('cannot prepare BAD');
    await expect(cache.use('BAD', () => 0)).rejects.toThrow('cannot prepare BAD');
    expect(cache.size).toBe(0);
  });

  it('keeps a statement whose query failed (the statement itself is sound)', async () => {
    const { log, cache } = fakeEngine();
    await expect(
      cache.use('A', () => {
        throw new Error('bad parameter');
      }),
    ).rejects.toThrow('bad parameter');
    expect(await cache.use('A', (s) => s.closed)).toBe(false);
    expect(log).toEqual(['prepare A']);
  });

  it('closes every kept statement when the connection closes', async () => {
    const { log, cache } = fakeEngine();
    await cache.use('A', () => 0);
    await cache.use('B', () => 0);
    await cache.clear();
    expect(log.filter((l) => l.startsWith('close')).sort()).toEqual(['close A', 'close B']);
    expect(cache.size).toBe(0);
  });
});

describe('a kept statement reads the tables as they are now (the engine binds it again)', () => {
  let db: Connector;
  const SQL = 'SELECT a, b FROM t WHERE a = $1 ORDER BY b';
  beforeAll(async () => {
    db = await createNodeConnector();
  });
  afterAll(async () => {
    await db.close();
  });

  it('after a table is replaced, dropped and created again, and inside a rolled-back transaction', async () => {
    await db.query('CREATE TABLE t AS SELECT 1 AS a, 10 AS b');
    expect(await db.query(SQL, [1])).toEqual([{ a: 1, b: 10 }]);
    // a commit replaces the observations table in the same way
    await db.query('CREATE OR REPLACE TABLE t AS SELECT 1 AS a, 20 AS b UNION ALL SELECT 2, 30');
    expect(await db.query(SQL, [1])).toEqual([{ a: 1, b: 20 }]);
    await db.query('DROP TABLE t');
    await expect(db.query(SQL, [1])).rejects.toThrow(/t does not exist/);
    await db.query("CREATE TABLE t AS SELECT 'x' AS a, 'other column' AS c, 5 AS b");
    expect(await db.query(SQL, ['x'])).toEqual([{ a: 'x', b: 5 }]);
    await db.query('BEGIN TRANSACTION');
    await db.query("INSERT INTO t VALUES ('x', '', 6)");
    expect(await db.query(SQL, ['x'])).toEqual([
      { a: 'x', b: 5 },
      { a: 'x', b: 6 },
    ]);
    await db.query('ROLLBACK');
    expect(await db.query(SQL, ['x'])).toEqual([{ a: 'x', b: 5 }]);
  });

  it('through a view over a replaced table, and a replaced view', async () => {
    await db.query('CREATE OR REPLACE TABLE u AS SELECT 1 AS k');
    await db.query('CREATE OR REPLACE VIEW v AS SELECT * FROM u');
    const count = 'SELECT count(*) AS n FROM v WHERE k >= $1';
    expect(await db.query(count, [0])).toEqual([{ n: 1 }]);
    await db.query('CREATE OR REPLACE TABLE u AS SELECT CAST(r.k AS INTEGER) AS k FROM range(3) r(k)');
    expect(await db.query(count, [0])).toEqual([{ n: 3 }]);
    // the view itself replaced, as each load does with indicator_values
    await db.query('CREATE OR REPLACE VIEW v AS SELECT k FROM u WHERE k > 0');
    expect(await db.query(count, [0])).toEqual([{ n: 2 }]);
  });
});
