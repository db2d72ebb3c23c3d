import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Connector } from '../../src/engine/connector';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { TABLE_COLUMNS } from '../../src/data/tables';
import type { Observation } from '../../src/data/schema';
import { buildSelectionCatalog } from '../../src/app/selectionCatalog';
import { DEFAULT_URL_STATE, parseUrlState, resolveSelection } from '../../src/app/urlState';
import { runImport } from '../../src/import/runImport';
import { fetchCatalog, fetchCatalogWithYears } from '../../src/queries/catalog';
import { fetchDenominators } from '../../src/views/ranking/perCapita';
import { rankingModel, rankingRowsShown } from '../../src/views/ranking/rankingModel';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { modelCatalog } from '../../src/views/viewModel';
import { engineWith } from '../support/nodeEngine';

/** An analyst's upload of committee sizes (贺州 "300余名" → at least 300), read by the real importer. */
const UPLOAD = [
  'jurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote',
  'jiaxing,2022,cppcc_members,480,exact,人,members.xlsx,委员480名',
  'wuxing,2022,cppcc_members,200,exact,人,members.xlsx,委员200名',
  'hezhou,2022,cppcc_members,300,at_least,人,members.xlsx,委员300余名',
].join('\n');

async function engineAfterUpload(): Promise<Connector> {
  const bundled = readBundledTexts();
  const plain = await engineWith(bundled);
  const catalog = await fetchCatalog(plain);
  await plain.close();
  const outcome = await runImport(
    { kind: 'file', name: 'members.csv', bytes: new TextEncoder().encode(UPLOAD) },
    { catalog },
  );
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(outcome.rows).toHaveLength(3);
  // every column of the bundled file, in its order (the optional per-figure ones empty)
  const columns = Object.keys(TABLE_COLUMNS.observations) as (keyof typeof TABLE_COLUMNS.observations)[];
  const extra = Papa.unparse(
    outcome.rows.map((r: Observation) =>
      columns.map((c) => (r as unknown as Partial<Record<string, unknown>>)[c] ?? ''),
    ),
    { newline: '\n' },
  );
  return engineWith({ ...bundled, observations: `${bundled.observations.trimEnd()}\n${extra}\n` });
}

async function ranking(db: Connector, search: string, lang: 'zh' | 'en' = 'zh') {
  const catalog = await fetchCatalogWithYears(db);
  const maps = modelCatalog(catalog);
  const parsed = parseUrlState(search);
  const selection = resolveSelection(parsed.state, buildSelectionCatalog(catalog));
  const rows = await fetchRanking(db, { indicatorId: selection.shownIndicator, year: selection.year! });
  const denominators = selection.per ? await fetchDenominators(db, 'cppcc_members') : null;
  const model = rankingModel(
    {
      indicator: maps.indicators.get(selection.shownIndicator)!,
      year: selection.year!,
      compact: false,
      per: selection.per,
    },
    rows,
    maps,
    lang,
    denominators,
  );
  return { selection, model, problems: [...parsed.problems, ...selection.problems] };
}

describe('per-capita ranking on the bundled data', () => {
  describe('without an uploaded denominator', () => {
    let db: Connector;
    beforeAll(async () => {
      db = await engineWith(readBundledTexts());
    });
    afterAll(() => db.close());

    it('offers no per-capita measure; a link asking for one says so and shows the totals', async () => {
      const { selection, model, problems } = await ranking(
        db,
        '?indicator=proposals_filed&year=2022&per=members',
      );
      expect(selection.perOffered).toEqual([]);
      expect(selection.per).toBeNull();
      expect(problems).toEqual([{ param: 'per', value: 'members', reason: 'unknown' }]);
      expect(model.title).toBe('2022年立案提案排名');
    });

    it('totals of bodies of different levels say they mostly reflect size, and how to compare fairly', async () => {
      const { model } = await ranking(db, '?indicator=proposals_filed&year=2022');
      expect(model.notes).toContain(
        '总量大小主要反映各地规模；在“数据”页上传“委员人数”或“常住人口”后，可按每百名委员或每万名常住居民比较。',
      );
      // A rate is not a total: no such note.
      const rate = await ranking(db, '?indicator=proposals_answer_rate&year=2022');
      expect(rate.model.notes.some((n) => n.startsWith('总量大小主要反映各地规模'))).toBe(false);
    });
  });

  describe('after uploading committee sizes for three bodies', () => {
    let db: Connector;
    beforeAll(async () => {
      db = await engineAfterUpload();
    });
    afterAll(() => db.close());

    it('offers per 100 members (three bodies report it in 2022), not per resident', async () => {
      const { selection } = await ranking(
        db,
        `?${new URLSearchParams({ indicator: 'proposals_filed', year: '2022' })}`,
      );
      expect(selection.perOffered).toEqual(['members']);
      expect(
        resolveSelection(
          { ...DEFAULT_URL_STATE, indicator: 'proposals_answer_rate', year: 2022 },
          buildSelectionCatalog(await fetchCatalogWithYears(db)),
        ).perOffered,
      ).toEqual([]);
    });

    it.each([
      {
        lang: 'zh',
        title: '2022年立案提案（每百名委员）排名',
        // 嘉兴 369 ÷ 480 × 100 = 76.9; 吴兴 98 ÷ 200 = 49; 贺州 74 ÷ ≥300 = at most 24.7 → ≈.
        summary: /嘉兴.*76\.9件\/百名委员.*吴兴.*49件\/百名委员.*贺州.*≈24\.7件\/百名委员/,
      },
      {
        lang: 'en',
        title: /per 100 members/,
        summary:
          /Jiaxing.*76\.9 proposals per 100 members.*Wuxing.*49 proposals per 100 members.*Hezhou.*≈24\.7/,
      },
    ] as const)('ranks per 100 members ($lang)', async ({ lang, title, summary }) => {
      const { model } = await ranking(db, '?indicator=proposals_filed&year=2022&per=members', lang);
      expect(model.title).toMatch(title);
      expect(model.summary).toMatch(summary);
      expect(
        model.notes.some((n) =>
          n.startsWith(lang === 'zh' ? '每百名委员 = 立案提案 ÷ 委员人数 × 100' : 'Per 100 members = '),
        ),
      ).toBe(true);
      expect(model.notes.some((n) => n.startsWith('总量大小主要反映各地规模'))).toBe(false);
      expect(model.export.pin?.params).toEqual({ indicator: 'proposals_filed', year: 2022, per: 'members' });
      const table = model.export.table.rows.filter((r) => r[4] !== null).map((r) => [r[1], r[7], r[8]]);
      expect(table).toEqual(
        lang === 'zh'
          ? [
              ['嘉兴', 369, 480],
              ['吴兴', 98, 200],
              ['贺州', 74, 300],
            ]
          : [
              ['Jiaxing', 369, 480],
              ['Wuxing', 98, 200],
              ['Hezhou', 74, 300],
            ],
      );
    });

    it('the embed computes the rows the card pinned (its pin check hashes these)', async () => {
      const { model } = await ranking(db, '?indicator=info_adopted&year=2022&per=members');
      const maps = modelCatalog(await fetchCatalogWithYears(db));
      const embedRows = rankingRowsShown(
        await fetchRanking(db, { indicatorId: 'info_adopted', year: 2022 }),
        maps.jurisdictions,
        'members',
        await fetchDenominators(db, 'cppcc_members'),
        'higher',
      ).rows;
      expect(embedRows).toEqual(model.export.pin?.rows);
      expect(embedRows.length).toBeGreaterThanOrEqual(2);
    });

    it('a body reporting the figure but not its size is named, not ranked', async () => {
      const { model } = await ranking(db, '?indicator=info_adopted&year=2022&per=members');
      // 杭州九三 reports information adopted but uploaded no membership.
      expect(model.notes.some((n) => n.includes('杭州九三') && n.includes('缺少同一年份的委员人数'))).toBe(
        true,
      );
      // …and not said to have no data, nor drawn.
      expect(model.summary).not.toContain('杭州九三');
      expect(model.export.table.rows.map((r) => r[1])).not.toContain('杭州九三');
    });
  });
});
