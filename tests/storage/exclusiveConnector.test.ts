import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createExclusiveConnector } from '../../src/storage/exclusiveConnector';

/** A promise settled from outside, to hold a section or an engine call open while others are sent. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (the gate is a chain of a few awaits). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** An engine that logs what reaches it; a query named in `held` waits until released. */
function loggingEngine() {
  const log: string[] = [];
  const held = new Map<string, ReturnType<typeof deferred<void>>>();
  const hold = (sql: string) => {
    const d = deferred();
    held.set(sql, d);
    return d;
  };
  const method =
    (name: string) =>
    async (...args: unknown[]) => {
      log.push(`${name} ${JSON.stringify(args)}`);
      return `${name} result`;
    };
  const inner = {
    query: async (sql: string, params?: unknown[]) => {
      log.push(params ? `query ${sql} ${JSON.stringify(params)}` : `query ${sql}`);
      await held.get(sql)?.promise;
      log.push(`done ${sql}`);
      return [{ sql }];
    },
    queryArrow: method('queryArrow'),
    registerFileText: method('registerFileText'),
    registerFileBuffer: method('registerFileBuffer'),
    dropFile: method('dropFile'),
    insertArrowIPC: method('insertArrowIPC'),
    close: method('close'),
  } as unknown as Connector;
  return { log, hold, inner };
}

const bytes = new Uint8Array([1, 2]);
const calls: { name: string; call: (c: Connector) => Promise<unknown>; reaches: string; returns: unknown }[] =
  [
    {
      name: 'query',
      call: (c) => c.query('SELECT $1', ['x']),
      reaches: 'query SELECT $1 ["x"]',
      returns: [{ sql: 'SELECT $1' }],
    },
    {
      name: 'queryArrow',
      call: (c) => c.queryArrow('SELECT 1', [2]),
      reaches: 'queryArrow ["SELECT 1",[2]]',
      returns: 'queryArrow result',
    },
    {
      name: 'registerFileText',
      call: (c) => c.registerFileText('a.csv', 'x'),
      reaches: 'registerFileText ["a.csv","x"]',
      returns: 'registerFileText result',
    },
    {
      name: 'registerFileBuffer',
      call: (c) => c.registerFileBuffer('a.bin', bytes),
      reaches: 'registerFileBuffer ["a.bin",{"0":1,"1":2}]',
      returns: 'registerFileBuffer result',
    },
    {
      name: 'dropFile',
      call: (c) => c.dropFile('a.csv'),
      reaches: 'dropFile ["a.csv"]',
      returns: 'dropFile result',
    },
    {
      name: 'insertArrowIPC',
      call: (c) => c.insertArrowIPC('t', bytes),
      reaches: 'insertArrowIPC ["t",{"0":1,"1":2}]',
      returns: 'insertArrowIPC result',
    },
    { name: 'close', call: (c) => c.close(), reaches: 'close []', returns: 'close result' },
  ];

describe('the views’ connector passes every call on, and waits while a write section runs', () => {
  it.each(calls)('$name reaches the engine with its arguments only after the section ends', async (c) => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const gate = deferred();
    const section = exclusive(async (e) => {
      await e.query('BEGIN');
      await gate.promise;
      await e.query('COMMIT');
      return 'section result';
    });
    const call = c.call(connector);
    await settle();
    expect(engine.log).toEqual(['query BEGIN', 'done BEGIN']);
    gate.resolve();
    await expect(section).resolves.toBe('section result');
    await expect(call).resolves.toEqual(c.returns);
    const reached = engine.log.filter((line) => !line.startsWith('done '));
    expect(reached).toEqual(['query BEGIN', 'query COMMIT', c.reaches]);
  });
});

describe('write sections have the engine to themselves', () => {
  it('a section starts only after the view queries already sent have finished', async () => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const slow = engine.hold('SELECT slow');
    const view = connector.query('SELECT slow');
    await settle();
    const section = exclusive((e) => e.query('BEGIN'));
    await settle();
    expect(engine.log).toEqual(['query SELECT slow']);
    slow.resolve();
    await Promise.all([view, section]);
    expect(engine.log).toEqual(['query SELECT slow', 'done SELECT slow', 'query BEGIN', 'done BEGIN']);
  });

  it('a view query that failed does not stop the next section', async () => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const failing = engine.hold('SELECT bad');
    const view = connector.query('SELECT bad');
    await settle();
    failing.reject(new Error('bad query'));
    await expect(view).rejects.toThrow('bad query');
    await expect(exclusive((e) => e.query('BEGIN'))).resolves.toEqual([{ sql: 'BEGIN' }]);
  });

  it('sections run one after another, never interleaved', async () => {
    const engine = loggingEngine();
    const { exclusive } = createExclusiveConnector(engine.inner);
    const first = engine.hold('first');
    const a = exclusive((e) => e.query('first'));
    const b = exclusive((e) => e.query('second'));
    await settle();
    expect(engine.log).toEqual(['query first']);
    first.resolve();
    await Promise.all([a, b]);
    expect(engine.log).toEqual(['query first', 'done first', 'query second', 'done second']);
  });

  it('a failed section rejects to its caller and blocks neither the views nor the next section', async () => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const failed = exclusive(async () => {
      throw new Error('commit failed');
    });
    const view = connector.query('SELECT after');
    const next = exclusive((e) => e.query('BEGIN'));
    await expect(failed).rejects.toThrow('commit failed');
    await expect(view).resolves.toEqual([{ sql: 'SELECT after' }]);
    await expect(next).resolves.toEqual([{ sql: 'BEGIN' }]);
  });

  it('a view query waiting on one section also waits for a section queued while it waited', async () => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const firstGate = deferred();
    const first = exclusive(async (e) => {
      await firstGate.promise;
      await e.query('first');
    });
    const view = connector.query('SELECT view');
    await settle();
    const secondGate = deferred();
    const second = exclusive(async (e) => {
      await e.query('second');
      await secondGate.promise;
      await e.query('second again');
    });
    firstGate.resolve();
    await first;
    await settle();
    // the view must not slip in between the second section's statements
    expect(engine.log).toEqual(['query first', 'done first', 'query second', 'done second']);
    secondGate.resolve();
    await Promise.all([second, view]);
    expect(engine.log.slice(4)).toEqual([
      'query second again',
      'done second again',
      'query SELECT view',
      'done SELECT view',
    ]);
  });
});

describe('finished calls are forgotten, so their results can be freed', () => {
  afterEach(() => vi.restoreAllMocks());

  // What a section waits for is the only trace of the calls in flight: a finished call still listed
  // there would keep its result (up to a million rows) in memory for the page's whole life.
  it.each([
    { name: 'answered', fails: false },
    { name: 'failed', fails: true },
  ])('a section waits for no view query that has $name', async ({ fails }) => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const query = engine.hold('SELECT done');
    const view = connector.query('SELECT done');
    await settle();
    if (fails) query.reject(new Error('bad query'));
    else query.resolve();
    await view.catch(() => undefined);
    await settle();
    const waitedFor = vi.spyOn(Promise, 'allSettled');
    await exclusive((e) => e.query('BEGIN'));
    expect(waitedFor.mock.calls.map(([calls]) => [...calls].length)).toEqual([0]);
  });

  it('but waits for one still running', async () => {
    const engine = loggingEngine();
    const { connector, exclusive } = createExclusiveConnector(engine.inner);
    const slow = engine.hold('SELECT slow');
    const view = connector.query('SELECT slow');
    await settle();
    const waitedFor = vi.spyOn(Promise, 'allSettled');
    const section = exclusive((e) => e.query('BEGIN'));
    await settle();
    slow.resolve();
    await Promise.all([view, section]);
    expect(waitedFor.mock.calls.map(([calls]) => [...calls].length)).toEqual([1]);
  });
});
