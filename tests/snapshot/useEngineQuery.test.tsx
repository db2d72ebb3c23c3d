import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { EngineContext, type EngineState } from '../../src/engine/engineContext';
import { shownOf, useEngineQuery } from '../../src/queries/useEngineQuery';
import {
  QUERY_SNAPSHOT_FORMAT,
  snapshotEntryKey,
  type QuerySnapshot,
} from '../../src/snapshot/querySnapshot';
import { provideQuerySnapshot, provideSavedQuerySnapshot } from '../../src/snapshot/snapshotStore';

// The hook as a view uses it, rendered once: what data does a view get for each engine state?
const SNAPSHOT: QuerySnapshot = {
  format: QUERY_SNAPSHOT_FORMAT,
  dataVersion: 'bundled00000',
  entries: {
    [snapshotEntryKey('ranking', ['proposals_filed', 2022])]: [{ jurisdiction_id: 'jiaxing', value: 369 }],
  },
};
const connector = {} as Connector;

function Probe({ params }: { params: (string | number)[] }) {
  const result = useEngineQuery('ranking', params, async () => [{ jurisdiction_id: 'live', value: 1 }]);
  return (
    <output>{JSON.stringify({ data: result.data ?? null, placeholder: result.isPlaceholderData })}</output>
  );
}

function render(engine: EngineState, params: (string | number)[]) {
  const client = new QueryClient();
  const html = renderToString(
    <QueryClientProvider client={client}>
      <EngineContext.Provider value={engine}>
        <Probe params={params} />
      </EngineContext.Provider>
    </QueryClientProvider>,
  );
  const text = html.replace(/^<output>|<\/output>$/g, '').replace(/&quot;/g, '"');
  return JSON.parse(text) as { data: unknown; placeholder: boolean };
}

afterEach(() => {
  provideQuerySnapshot(null);
  provideSavedQuerySnapshot(null);
});

describe('useEngineQuery serves build-time results only where they describe the data shown', () => {
  // (No IndexedDB under Node, so nothing can be saved: the page would start from the bundled data.)
  it.each([
    {
      when: 'engine loading, snapshot has the query',
      engine: { status: 'loading' } as EngineState,
      params: ['proposals_filed', 2022],
      data: [{ jurisdiction_id: 'jiaxing', value: 369 }],
    },
    {
      when: 'engine failed (the bundled figures stay readable)',
      engine: { status: 'failed', error: new Error('no wasm') } as EngineState,
      params: ['proposals_filed', 2022],
      data: [{ jurisdiction_id: 'jiaxing', value: 369 }],
    },
    {
      when: 'engine ready on the same data version, live result not in yet',
      engine: { status: 'ready', connector, dataVersion: 'bundled00000' } as EngineState,
      params: ['proposals_filed', 2022],
      data: [{ jurisdiction_id: 'jiaxing', value: 369 }],
    },
    {
      when: 'engine ready on another data version (an upload)',
      engine: { status: 'ready', connector, dataVersion: 'upload111111' } as EngineState,
      params: ['proposals_filed', 2022],
      data: null,
    },
    {
      when: 'engine loading, query not in the snapshot',
      engine: { status: 'loading' } as EngineState,
      params: ['proposals_filed', 2031],
      data: null,
    },
  ])('$when', ({ engine, params, data }) => {
    provideQuerySnapshot(SNAPSHOT);
    const result = render(engine, params);
    expect(result.data).toEqual(data);
    expect(result.placeholder).toBe(data !== null);
  });

  it('without a snapshot the view waits for the engine', () => {
    expect(render({ status: 'loading' }, ['proposals_filed', 2022]).data).toBeNull();
  });

  // A saved version's first view, stored with it at commit (see buildFirstView).
  const SAVED: QuerySnapshot = {
    format: QUERY_SNAPSHOT_FORMAT,
    dataVersion: 'upload111111',
    entries: {
      [snapshotEntryKey('ranking', ['proposals_filed', 2022])]: [{ jurisdiction_id: 'wuxing', value: 99 }],
    },
  };
  it.each([
    { engineVersion: 'upload111111', data: [{ jurisdiction_id: 'wuxing', value: 99 }] },
    { engineVersion: 'bundled00000', data: [{ jurisdiction_id: 'jiaxing', value: 369 }] },
    { engineVersion: 'other2222222', data: null },
  ])(
    'with both a saved first view and the bundled snapshot, the one of the data version shown ($engineVersion) serves',
    ({ engineVersion, data }) => {
      provideQuerySnapshot(SNAPSHOT);
      provideSavedQuerySnapshot(SAVED);
      const engine = { status: 'ready', connector, dataVersion: engineVersion } as EngineState;
      expect(render(engine, ['proposals_filed', 2022]).data).toEqual(data);
    },
  );

  it('while the engine loads, a saved first view is not shown when no saved version is known (Node: none)', () => {
    provideSavedQuerySnapshot(SAVED);
    expect(render({ status: 'loading' }, ['proposals_filed', 2022]).data).toBeNull();
  });
});

describe('shownOf: a live result equal to the placeholder shows the placeholder (no redraw)', () => {
  const placeholder = [{ jurisdiction_id: 'jiaxing', value: 369 }];
  it.each([
    { name: 'equal rows: the placeholder', live: [{ jurisdiction_id: 'jiaxing', value: 369 }], same: true },
    {
      name: 'a changed figure: the live rows',
      live: [{ jurisdiction_id: 'jiaxing', value: 370 }],
      same: false,
    },
    {
      name: 'a row more: the live rows',
      live: [...placeholder, { jurisdiction_id: 'x', value: 1 }],
      same: false,
    },
  ])('$name', ({ live, same }) => {
    // Asked twice, as two components reading one query do: the remembered answer is the same answer.
    for (let i = 0; i < 2; i++) expect(shownOf(live, placeholder)).toBe(same ? placeholder : live);
  });

  it('compares again for another placeholder (a remembered answer belongs to its pair)', () => {
    const live = [{ jurisdiction_id: 'jiaxing', value: 369 }];
    expect(shownOf(live, placeholder)).toBe(placeholder);
    const other = [{ jurisdiction_id: 'jiaxing', value: 1 }];
    expect(shownOf(live, other)).toBe(live);
    expect(shownOf(live, undefined)).toBe(live);
  });
});
