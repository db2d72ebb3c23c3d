/**
 * Prepared statements kept per SQL text, so a query the views run again and again with new parameters
 * (the ranking on every indicator switch) is planned once. Planning the views' SQL is a fixed cost that
 * does not shrink with the data: ≈ 10 ms of the ranking's ≈ 40 ms at 1M rows, and most of it on small
 * data; in the browser each prepare and close is also a message to the engine's worker.
 *
 * A kept statement stays correct when tables change: DuckDB binds it again when the catalog has changed
 * since it was prepared (a commit replaces `observations`; `tests/engine/statementCache.test.ts`).
 * The least recently used statement beyond `max` is closed once no query is running on it.
 */
export interface StatementCache<S> {
  /** Runs `fn` on the statement prepared for `sql` (prepared now, or kept from before). */
  use<T>(sql: string, fn: (statement: S) => Promise<T> | T): Promise<T>;
  /** Closes every kept statement (the connection is closing). */
  clear(): Promise<void>;
  /** How many statements are kept (for tests). */
  readonly size: number;
}

interface Entry<S> {
  statement: Promise<S>;
  users: number;
  evicted: boolean;
}

export function statementCache<S>(
  prepare: (sql: string) => Promise<S> | S,
  close: (statement: S) => Promise<unknown> | unknown,
  max = 32,
): StatementCache<S> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const kept = new Map<string, Entry<S>>();

  const release = async (entry: Entry<S>) => {
    if (!entry.evicted || entry.users > 0) return;
    const statement = await entry.statement.catch(() => null);
    if (statement !== null) await close(statement);
  };

  const entryFor = (sql: string): Entry<S> => {
    const known = kept.get(sql);
    if (known) {
      kept.delete(sql);
      kept.set(sql, known);
      return known;
    }
    const entry: Entry<S> = {
      statement: Promise.resolve().then(() => prepare(sql)),
      users: 0,
      evicted: false,
    };
    // A statement that failed to prepare (a syntax error, a missing table) is not kept: the next
    // call prepares again and reports the error again.
    entry.statement.catch(() => {
      if (kept.get(sql) === entry) kept.delete(sql);
    });
    kept.set(sql, entry);
    for (const [oldSql, old] of kept) {
      if (kept.size <= max) break;
      kept.delete(oldSql);
      old.evicted = true;
      void release(old);
    }
    return entry;
  };

  return {
    async use(sql, fn) {
      const entry = entryFor(sql);
      entry.users++;
      try {
        return await fn(await entry.statement);
      } finally {
        entry.users--;
        await release(entry);
      }
    },
    async clear() {
      const entries = [...kept.values()];
      kept.clear();
      for (const entry of entries) entry.evicted = true;
      await Promise.all(entries.map(release));
    },
    get size() {
      return kept.size;
    },
  };
}
