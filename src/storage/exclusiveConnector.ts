import type { Connector } from '../engine/connector';

export interface ExclusiveConnector {
  /** What the views use: every call waits while a write section runs, so no view sees half a commit. */
  connector: Connector;
  /**
   * Runs `section` with the engine to itself. The views share one DuckDB connection, so a transaction
   * spanning several awaits would otherwise let their queries read uncommitted rows (and cache them
   * under the old data version). Sections run one after another.
   */
  exclusive<T>(section: (engine: Connector) => Promise<T>): Promise<T>;
}

export function createExclusiveConnector(inner: Connector): ExclusiveConnector {
  // Settles when the latest exclusive section ends; never rejects, so one failed commit blocks nothing.
  let gate: Promise<void> = Promise.resolve();
  // Calls already sent to the engine: a section starts only after they finish.
  const inFlight = new Set<Promise<unknown>>();

  const gated =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      // A section may have started while we waited: wait again until the gate we passed is the latest.
      for (let passed = gate; ; passed = gate) {
        await passed;
        if (passed === gate) break;
      }
      const pending = call(...args);
      inFlight.add(pending);
      void pending.then(
        () => inFlight.delete(pending),
        () => inFlight.delete(pending),
      );
      return pending;
    };

  const connector: Connector = {
    query: gated((sql, params) => inner.query(sql, params)) as Connector['query'],
    queryArrow: gated((sql, params) => inner.queryArrow(sql, params)),
    registerFileText: gated((name, text) => inner.registerFileText(name, text)),
    registerFileBuffer: gated((name, bytes) => inner.registerFileBuffer(name, bytes)),
    dropFile: gated((name) => inner.dropFile(name)),
    insertArrowIPC: gated((name, ipc) => inner.insertArrowIPC(name, ipc)),
    close: gated(() => inner.close()),
  };

  const exclusive = <T>(section: (engine: Connector) => Promise<T>): Promise<T> => {
    const previous = gate;
    const run = (async () => {
      await previous;
      await Promise.allSettled([...inFlight]);
      return section(inner);
    })();
    gate = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  return { connector, exclusive };
}
