import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { REFRESH_COMPARISONS_SQL } from '../../src/queries/precomputed';
import { changeData, inTransaction } from '../../src/storage/transaction';

/** A connector that records each statement and fails those `fails` names (with the statement as message). */
function recording(fails: readonly string[] = []) {
  const sent: string[] = [];
  const connector = {
    query: async (sql: string) => {
      sent.push(sql);
      if (fails.includes(sql)) throw new Error(`${sql} failed`);
      return [];
    },
  } as unknown as Connector;
  return { sent, connector };
}

// Each case: which statements fail, what the body does, what reaches the engine and what the caller gets.
const cases: {
  name: string;
  fails?: string[];
  bodyFails?: boolean;
  sent: string[];
  outcome: { resolves: string } | { rejects: string };
}[] = [
  {
    name: 'a body that succeeds is committed and its result returned',
    sent: ['BEGIN TRANSACTION', 'body', 'COMMIT'],
    outcome: { resolves: 'result' },
  },
  {
    name: 'a body that fails is rolled back, never committed, and its error rethrown',
    bodyFails: true,
    sent: ['BEGIN TRANSACTION', 'body', 'ROLLBACK'],
    outcome: { rejects: 'body failed' },
  },
  {
    name: 'a COMMIT that fails is rolled back and its error rethrown (the data must not be taken as written)',
    fails: ['COMMIT'],
    sent: ['BEGIN TRANSACTION', 'body', 'COMMIT', 'ROLLBACK'],
    outcome: { rejects: 'COMMIT failed' },
  },
  {
    name: 'a ROLLBACK that fails too does not hide the error that caused it',
    fails: ['COMMIT', 'ROLLBACK'],
    sent: ['BEGIN TRANSACTION', 'body', 'COMMIT', 'ROLLBACK'],
    outcome: { rejects: 'COMMIT failed' },
  },
  {
    name: 'a BEGIN that fails runs no body',
    fails: ['BEGIN TRANSACTION'],
    sent: ['BEGIN TRANSACTION'],
    outcome: { rejects: 'BEGIN TRANSACTION failed' },
  },
];

describe('inTransaction: all of the body or none of it', () => {
  it.each(cases)('$name', async ({ fails, bodyFails, sent, outcome }) => {
    const engine = recording(fails);
    const run = inTransaction(engine.connector, async () => {
      engine.sent.push('body');
      if (bodyFails) throw new Error('body failed');
      return 'result';
    });
    if ('resolves' in outcome) await expect(run).resolves.toBe(outcome.resolves);
    else await expect(run).rejects.toThrow(new Error(outcome.rejects));
    expect(engine.sent).toEqual(sent);
  });
});

// A change of the data is committed before the precomputed comparisons are rebuilt from it (rebuilding
// inside the transaction is ~70× slower over a million rows), and a change rolled back rebuilds nothing.
describe('changeData: the comparisons rebuilt from what was committed, and only then', () => {
  const rebuild = [
    'SELECT table_type AS kind FROM information_schema.tables WHERE table_name = $1',
    REFRESH_COMPARISONS_SQL,
  ];
  it.each([
    {
      name: 'a change committed: the comparisons rebuilt after COMMIT, the body’s result returned',
      bodyFails: false,
      sent: ['BEGIN TRANSACTION', 'body', 'COMMIT', ...rebuild],
    },
    {
      name: 'a change rolled back: nothing rebuilt, its error rethrown',
      bodyFails: true,
      sent: ['BEGIN TRANSACTION', 'body', 'ROLLBACK'],
    },
  ])('$name', async ({ bodyFails, sent }) => {
    const engine = recording();
    const run = changeData(engine.connector, async () => {
      engine.sent.push('body');
      if (bodyFails) throw new Error('body failed');
      return 'result';
    });
    if (bodyFails) await expect(run).rejects.toThrow(new Error('body failed'));
    else await expect(run).resolves.toBe('result');
    expect(engine.sent).toEqual(sent);
  });
});
