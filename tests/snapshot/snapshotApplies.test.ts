import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import type { EngineState } from '../../src/engine/engineContext';
import { QUERY_SNAPSHOT_FORMAT, type QuerySnapshot } from '../../src/snapshot/querySnapshot';
import { snapshotApplies } from '../../src/snapshot/snapshotApplies';

const snapshot: QuerySnapshot = { format: QUERY_SNAPSHOT_FORMAT, dataVersion: 'aaaaaaaaaaaa', entries: {} };
const ready = (dataVersion: string) =>
  ({ status: 'ready', connector: {} as Connector, dataVersion }) as EngineState;
const loading: EngineState = { status: 'loading' };

describe('snapshotApplies: bundled results are never shown over other data', () => {
  it.each([
    { when: 'loading, nothing saved', engine: loading, saved: null, applies: true },
    {
      when: 'loading, saved version is the bundled data',
      engine: loading,
      saved: 'aaaaaaaaaaaa',
      applies: true,
    },
    { when: 'loading, an upload is saved', engine: loading, saved: 'bbbbbbbbbbbb', applies: false },
    { when: 'loading, saved version not known yet', engine: loading, saved: undefined, applies: false },
    { when: 'ready on the same version', engine: ready('aaaaaaaaaaaa'), saved: undefined, applies: true },
    { when: 'ready on an uploaded version', engine: ready('bbbbbbbbbbbb'), saved: null, applies: false },
    {
      when: 'failed, nothing saved',
      engine: { status: 'failed', error: new Error('x') } as EngineState,
      saved: null,
      applies: true,
    },
  ])('$when → $applies', ({ engine, saved, applies }) => {
    expect(snapshotApplies(snapshot, engine, saved)).toBe(applies);
  });

  it('no snapshot never applies', () => {
    expect(snapshotApplies(null, loading, null)).toBe(false);
  });

  it.each([
    { when: 'loading, that version saved', engine: loading, saved: 'aaaaaaaaaaaa', applies: true },
    { when: 'loading, nothing saved', engine: loading, saved: null, applies: false },
    { when: 'loading, another version saved', engine: loading, saved: 'bbbbbbbbbbbb', applies: false },
    { when: 'loading, not known yet', engine: loading, saved: undefined, applies: false },
    { when: 'ready on that version', engine: ready('aaaaaaaaaaaa'), saved: null, applies: true },
    {
      when: 'ready on another version',
      engine: ready('bbbbbbbbbbbb'),
      saved: 'aaaaaaaaaaaa',
      applies: false,
    },
  ])("a saved version's first view: $when → $applies", ({ engine, saved, applies }) => {
    expect(snapshotApplies(snapshot, engine, saved, 'saved')).toBe(applies);
  });
});
