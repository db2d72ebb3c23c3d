import { describe, expect, it } from 'vitest';
import type { CommitMode } from '../../src/storage/commitMode';
import { observation as o, jurisdiction, indicator } from '../support/fixture';
import { observationsOf, openTestDataset } from './storageFixture';

// Against BASE_ROWS: jiaxing 2022 filed 369 / answered 360, wuxing 2022 filed ≥98, wuxing 2021 filed 90.
const UPLOAD = [
  o('jiaxing', 2022, 'proposals_filed', 369), // unchanged
  o('wuxing', 2022, 'proposals_filed', 99, { quote: 'proposals_filed 98' }), // ≥98 → 99 exact, same quote
  o('wuxing', 2022, 'proposals_answered', 80), // added to an existing slice
  o('jiaxing', 2023, 'proposals_filed', 400), // a new year
];

const slice = (jurisdiction_id: string, year: number, counts: Partial<Record<string, number | boolean>>) => ({
  jurisdiction_id,
  year,
  added: 0,
  changed: 0,
  unchanged: 0,
  removed: 0,
  new_slice: false,
  ...counts,
});

const cases: {
  mode: CommitMode;
  slices: ReturnType<typeof slice>[];
  removed: string[];
  after: string[];
}[] = [
  {
    mode: 'merge',
    slices: [
      slice('jiaxing', 2022, { unchanged: 1 }),
      slice('jiaxing', 2023, { added: 1, new_slice: true }),
      slice('wuxing', 2022, { added: 1, changed: 1 }),
    ],
    removed: [],
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
    removed: ['jiaxing 2022 proposals_answered'],
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
    removed: ['jiaxing 2022 proposals_answered', 'wuxing 2021 proposals_filed'],
    after: [
      'jiaxing 2022 proposals_filed 369',
      'jiaxing 2023 proposals_filed 400',
      'wuxing 2022 proposals_answered 80',
      'wuxing 2022 proposals_filed 99',
    ],
  },
];

describe('preview then commit, per mode: the preview says exactly what the commit then does', () => {
  it.each(cases)('$mode', async ({ mode, slices, removed, after }) => {
    const t = await openTestDataset();
    const before = t.dataset.state;
    const published: string[] = [];
    t.dataset.subscribe((s) => published.push(s.dataVersion));
    await t.dataset.stage(UPLOAD);

    const preview = await t.dataset.preview(mode);
    expect(preview.slices).toEqual(slices);
    const changed = preview.details.find((d) => d.change === 'changed')!;
    expect(changed).toMatchObject({
      jurisdiction_id: 'wuxing',
      year: 2022,
      indicator_id: 'proposals_filed',
      old_value: 98,
      old_qualifier: 'at_least',
      new_value: 99,
      new_qualifier: 'exact',
      source_changed: false,
    });
    expect(
      preview.details
        .filter((d) => d.change === 'removed')
        .map((d) => `${d.jurisdiction_id} ${d.year} ${d.indicator_id}`),
    ).toEqual(removed);
    // Previewing writes nothing.
    expect(await observationsOf(t.connector)).toHaveLength(4);

    const record = await t.dataset.commit({
      mode,
      fileName: '2023年.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    const rows = await observationsOf(t.connector);
    expect(rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.indicator_id} ${r.value}`)).toEqual(after);
    expect(record).toMatchObject({
      parent: null,
      fileName: '2023年.csv',
      mode,
      rowCounts: { ...preview.totals, total: after.length },
    });
    expect(record.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(record.dataVersion).not.toBe(before.dataVersion);
    expect(t.dataset.state).toEqual({ dataVersion: record.dataVersion, versionId: record.id });
    expect(published).toEqual([record.dataVersion]);
    expect(await t.store.currentId()).toBe(record.id);
    // The derived-rate view reads the committed rows.
    const [rate] = await t.connector.query<{ value: number }>(
      `SELECT value FROM indicator_values WHERE jurisdiction_id = 'wuxing' AND year = 2022
       AND indicator_id = 'proposals_answer_rate'`,
    );
    expect(rate?.value).toBeCloseTo((100 * 80) / 99, 6);
    await t.raw.close();
  });

  it('adds the jurisdictions and indicators created while resolving names, in the same commit', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('hangzhou', 2023, 'meetings_held', 12, { unit: '次' })]);
    await t.dataset.commit({
      mode: 'merge',
      fileName: 'new.csv',
      newJurisdictions: [jurisdiction('hangzhou', '杭州', { aliases: '杭州市|Hangzhou' })],
      newIndicators: [indicator('meetings_held', '召开会议', { unit_zh: '次', category: 'meetings' })],
    });
    const j = await t.connector.query('SELECT name_zh, aliases FROM jurisdictions WHERE id = $1', [
      'hangzhou',
    ]);
    expect(j).toEqual([{ name_zh: '杭州', aliases: '杭州市|Hangzhou' }]);
    const i = await t.connector.query('SELECT name_zh, unit_zh FROM indicators WHERE id = $1', [
      'meetings_held',
    ]);
    expect(i).toEqual([{ name_zh: '召开会议', unit_zh: '次' }]);
    // An unknown category gets a catalog entry, so the indicator is listed in the selector.
    const c = await t.connector.query('SELECT name_zh FROM categories WHERE id = $1', ['meetings']);
    expect(c).toEqual([{ name_zh: '上传的指标' }]);
    // A reload brings the catalog rows back with the data.
    const reloaded = await openTestDataset({ store: t.store });
    const back = await reloaded.connector.query('SELECT name_zh FROM jurisdictions WHERE id = $1', [
      'hangzhou',
    ]);
    expect(back).toEqual([{ name_zh: '杭州' }]);
    await reloaded.raw.close();
    await t.raw.close();
  });

  it('treats source and quote differences as changes, flagged as such', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2022, 'proposals_filed', 369, { quote: '另一段原文' })]);
    const preview = await t.dataset.preview('merge');
    expect(preview.totals).toEqual({ added: 0, changed: 1, unchanged: 0, removed: 0 });
    expect(preview.details[0]).toMatchObject({ old_value: 369, new_value: 369, source_changed: true });
    await t.raw.close();
  });

  it('keeps user text as data: quotes, commas, line breaks and SQL in cells land verbatim', async () => {
    const t = await openTestDataset();
    const quote = `他说:"立案"，共369件;\n'); DROP TABLE observations; --`;
    await t.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 1, { quote, source_file: ' =cmd.csv ' })]);
    await t.dataset.commit({ mode: 'merge', fileName: 'x.csv', newJurisdictions: [], newIndicators: [] });
    const [row] = await t.connector.query<{ quote: string; source_file: string }>(
      'SELECT quote, source_file FROM observations WHERE year = 2024',
    );
    expect(row).toEqual({ quote, source_file: ' =cmd.csv ' });
    // …and read back from storage exactly so.
    const again = await openTestDataset({ store: t.store });
    const [stored] = await again.connector.query<{ quote: string }>(
      'SELECT quote FROM observations WHERE year = 2024',
    );
    expect(stored?.quote).toBe(quote);
    expect(again.dataVersion).toBe(t.dataset.state.dataVersion);
    await t.raw.close();
    await again.raw.close();
  });
});
