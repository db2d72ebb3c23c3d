import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { Observation } from '../../src/data/schema';
import { loadTablesFromCsv } from '../../src/data/tables';
import { applyUpload } from '../../src/storage/applyUpload';
import type { CommitMode } from '../../src/storage/commitMode';
import {
  DEFAULT_DETAIL_LIMIT,
  fetchChangePreview,
  sumSlices,
  type SliceChange,
} from '../../src/storage/previewChanges';
import { stageObservations } from '../../src/storage/stagingTable';
import { indicator, jurisdiction, observation as o } from '../support/fixture';
import { BASE_TEXTS, observationsOf } from './storageFixture';

// applyUpload and the change preview on one engine for the file (starting DuckDB is the slow part);
// the Data screen's whole flow (stage → preview → commit → stored version) is previewAndCommit.test.ts.
let engine: Connector;
beforeAll(async () => {
  engine = await createNodeConnector();
});
beforeEach(async () => {
  await loadTablesFromCsv(engine, BASE_TEXTS);
});
afterAll(async () => {
  await engine.close();
});

const none = { newJurisdictions: [], newIndicators: [] };
const keyed = (rows: { jurisdiction_id: string; year: number; indicator_id: string; value?: unknown }[]) =>
  rows.map(
    (r) => `${r.jurisdiction_id} ${r.year} ${r.indicator_id}${'value' in r ? ` ${String(r.value)}` : ''}`,
  );

// Against BASE_ROWS: jiaxing 2022 filed 369 / answered 360, wuxing 2022 filed ≥98, wuxing 2021 filed 90.
const UPLOAD = [
  o('jiaxing', 2022, 'proposals_filed', 369), // unchanged
  o('wuxing', 2022, 'proposals_filed', 99, { quote: 'proposals_filed 98' }), // ≥98 → 99 exact, same quote
  o('wuxing', 2022, 'proposals_answered', 80), // added to an existing slice
  o('jiaxing', 2023, 'proposals_filed', 400), // a new year
];

const slice = (jurisdiction_id: string, year: number, counts: Partial<SliceChange> = {}): SliceChange => ({
  jurisdiction_id,
  year,
  added: 0,
  changed: 0,
  unchanged: 0,
  removed: 0,
  new_slice: false,
  ...counts,
});

const modes: { mode: CommitMode; slices: SliceChange[]; details: string[]; after: string[] }[] = [
  {
    mode: 'merge',
    slices: [
      slice('jiaxing', 2022, { unchanged: 1 }),
      slice('jiaxing', 2023, { added: 1, new_slice: true }),
      slice('wuxing', 2022, { added: 1, changed: 1 }),
    ],
    details: ['wuxing 2022 proposals_filed changed'],
    after: [
      'jiaxing 2022 proposals_answered 360',
      'jiaxing 2022 proposals_filed 369',
      'jiaxing 2023 proposals_filed 400',
      'wuxing 2021 proposals_filed 90',
      'wuxing 2022 proposals_answered 80',
      'wuxing 2022 proposals_filed 99',
    ],
  },
  {
    mode: 'replace_slices',
    slices: [
      slice('jiaxing', 2022, { unchanged: 1, removed: 1 }),
      slice('jiaxing', 2023, { added: 1, new_slice: true }),
      slice('wuxing', 2022, { added: 1, changed: 1 }),
    ],
    details: ['jiaxing 2022 proposals_answered removed', 'wuxing 2022 proposals_filed changed'],
    after: [
      'jiaxing 2022 proposals_filed 369',
      'jiaxing 2023 proposals_filed 400',
      'wuxing 2021 proposals_filed 90',
      'wuxing 2022 proposals_answered 80',
      'wuxing 2022 proposals_filed 99',
    ],
  },
  {
    mode: 'replace_all',
    slices: [
      slice('jiaxing', 2022, { unchanged: 1, removed: 1 }),
      slice('jiaxing', 2023, { added: 1, new_slice: true }),
      slice('wuxing', 2021, { removed: 1 }),
      slice('wuxing', 2022, { added: 1, changed: 1 }),
    ],
    details: [
      'jiaxing 2022 proposals_answered removed',
      'wuxing 2021 proposals_filed removed',
      'wuxing 2022 proposals_filed changed',
    ],
    after: [
      'jiaxing 2022 proposals_filed 369',
      'jiaxing 2023 proposals_filed 400',
      'wuxing 2022 proposals_answered 80',
      'wuxing 2022 proposals_filed 99',
    ],
  },
];

describe('each commit mode: the preview counts exactly what applying the upload then does', () => {
  it.each(modes)('$mode', async ({ mode, slices, details, after }) => {
    await stageObservations(engine, UPLOAD);
    const preview = await fetchChangePreview(engine, { mode });
    expect(preview.mode).toBe(mode);
    expect(preview.slices).toEqual(slices);
    expect(preview.totals).toEqual(sumSlices(slices));
    expect(preview.details.map((d) => `${keyed([d])[0]} ${d.change}`)).toEqual(details);
    expect(preview.details.find((d) => d.change === 'changed')).toEqual({
      jurisdiction_id: 'wuxing',
      year: 2022,
      indicator_id: 'proposals_filed',
      change: 'changed',
      old_value: 98,
      old_qualifier: 'at_least',
      old_unit: '件',
      new_value: 99,
      new_qualifier: 'exact',
      new_unit: '件',
      source_changed: false,
    });
    // previewing writes nothing
    expect(await observationsOf(engine)).toHaveLength(4);
    await applyUpload(engine, { mode, ...none });
    expect(keyed(await observationsOf(engine))).toEqual(after);
  });

  it('lists at most the details asked for (the totals still count all), 500 unless told', async () => {
    await stageObservations(engine, UPLOAD);
    const preview = await fetchChangePreview(engine, { mode: 'replace_all', detailLimit: 2 });
    expect(preview.details.map((d) => keyed([d])[0])).toEqual([
      'jiaxing 2022 proposals_answered',
      'wuxing 2021 proposals_filed',
    ]);
    expect(preview.totals).toEqual({ added: 2, changed: 1, unchanged: 1, removed: 2 });
    expect(DEFAULT_DETAIL_LIMIT).toBe(500);
  });

  it('a different source or quote alone is a change, flagged as such', async () => {
    await stageObservations(engine, [
      o('jiaxing', 2022, 'proposals_filed', 369, { source_file: 'other.pdf' }),
    ]);
    const preview = await fetchChangePreview(engine, { mode: 'merge' });
    expect(preview.totals).toEqual({ added: 0, changed: 1, unchanged: 0, removed: 0 });
    expect(preview.details).toMatchObject([
      { change: 'changed', old_value: 369, new_value: 369, source_changed: true },
    ]);
  });
});

describe('applying an upload', () => {
  it('adds the new catalog entries with the rows that use them', async () => {
    await stageObservations(engine, [o('hangzhou', 2023, 'motions', 5)]);
    await applyUpload(engine, {
      mode: 'merge',
      newJurisdictions: [jurisdiction('hangzhou', '杭州')],
      newIndicators: [indicator('motions', '议案', { category: 'motions_topic' })],
      newCategories: [{ id: 'motions_topic', name_zh: '议案', name_en: 'Motions', sort_order: 3 }],
      newSources: [
        {
          file: 'hz.pdf',
          jurisdiction_id: 'hangzhou',
          year: 2023,
          title_zh: '报告',
          title_en: 'Report',
          body_zh: '政协',
          body_en: 'CPPCC',
          published: null,
        },
      ],
    });
    expect(await engine.query("SELECT id FROM jurisdictions WHERE id = 'hangzhou'")).toEqual([
      { id: 'hangzhou' },
    ]);
    expect(await engine.query("SELECT category FROM indicators WHERE id = 'motions'")).toEqual([
      { category: 'motions_topic' },
    ]);
    expect(await engine.query("SELECT name_en FROM categories WHERE id = 'motions_topic'")).toEqual([
      { name_en: 'Motions' },
    ]);
    expect(await engine.query("SELECT file FROM sources WHERE file = 'hz.pdf'")).toEqual([
      { file: 'hz.pdf' },
    ]);
    expect(keyed(await observationsOf(engine))).toContain('hangzhou 2023 motions 5');
  });

  const quoteOf = async () =>
    (
      await engine.query<{ quote: string | null; source_file: string | null }>(
        `SELECT quote, source_file FROM observations
         WHERE jurisdiction_id = 'jiaxing' AND year = 2022 AND indicator_id = 'proposals_filed'`,
      )
    )[0];
  // the fixture's jiaxing 2022 proposals_filed is 369 (exact), quoted "proposals_filed 369" from fixture.txt
  it.each<{ name: string; row: Observation; quote: string | null; source: string | null }>([
    {
      name: 'same value, no quote: the quote and its source file stay',
      row: o('jiaxing', 2022, 'proposals_filed', 369, { quote: '', source_file: 'numbers.csv' }),
      quote: 'proposals_filed 369',
      source: 'fixture.txt',
    },
    {
      name: 'same value, its own quote: replaced',
      row: o('jiaxing', 2022, 'proposals_filed', 369, { quote: '新引文', source_file: 'new.pdf' }),
      quote: '新引文',
      source: 'new.pdf',
    },
    {
      name: 'a new value without a quote: no old quote on a new figure',
      row: o('jiaxing', 2022, 'proposals_filed', 370, { quote: '', source_file: 'numbers.csv' }),
      quote: null,
      source: 'numbers.csv',
    },
    {
      name: 'the same number with another qualifier is another figure: no old quote',
      row: o('jiaxing', 2022, 'proposals_filed', 369, {
        qualifier: 'at_least',
        quote: '',
        source_file: 'n.csv',
      }),
      quote: null,
      source: 'n.csv',
    },
  ])('re-stating a figure: $name', async ({ row, quote, source }) => {
    await stageObservations(engine, [row]);
    await applyUpload(engine, { mode: 'merge', ...none });
    expect(await quoteOf()).toEqual({ quote, source_file: source });
  });
});

describe('summing the slices', () => {
  it.each([
    { slices: [], totals: { added: 0, changed: 0, unchanged: 0, removed: 0 } },
    {
      slices: [slice('a', 1, { added: 1, changed: 2, unchanged: 3, removed: 4 })],
      totals: { added: 1, changed: 2, unchanged: 3, removed: 4 },
    },
    {
      slices: [
        slice('a', 1, { added: 1, changed: 2, unchanged: 3, removed: 4 }),
        slice('b', 1, { added: 10, changed: 20, unchanged: 30, removed: 40, new_slice: true }),
      ],
      totals: { added: 11, changed: 22, unchanged: 33, removed: 44 },
    },
  ])('$totals', ({ slices, totals }) => {
    expect(sumSlices(slices)).toEqual(totals);
  });
});
