import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { buildSelectionCatalog } from '../../src/app/selectionCatalog';
import { DEFAULT_URL_STATE, resolveSelection } from '../../src/app/urlState';
import { jurisdictionColor } from '../../src/charts/palette';
import { fetchCatalogWithYears, type CatalogWithYears } from '../../src/queries/catalog';
import { matrixModel } from '../../src/views/matrix/matrixModel';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { overviewModel } from '../../src/views/overview/overviewModel';
import { fetchOverview } from '../../src/views/overview/overviewQuery';
import { rankingModel } from '../../src/views/ranking/rankingModel';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { trendModel } from '../../src/views/trend/trendModel';
import { fetchTrend } from '../../src/views/trend/trendQuery';
import { modelCatalog, type ModelCatalog } from '../../src/views/viewModel';
import { engineWith } from '../support/nodeEngine';

/** The one order on the bundled catalog: CPPCCs by level, then the party committee. */
const ORDER = ['hezhou', 'jiaxing', 'shengzhou', 'wuxing', 'hangzhou-jiusan'];

/** `ids` keep the one order among themselves. */
const inOrder = (ids: readonly string[]) => expect(ids).toEqual(ORDER.filter((id) => ids.includes(id)));

type Colored = { name?: string; value?: unknown; itemStyle?: { color?: string } };

describe('one jurisdiction order and colour in every view model (bundled data)', () => {
  let db: Connector;
  let catalog: CatalogWithYears;
  let maps: ModelCatalog;
  beforeAll(async () => {
    db = await engineWith(readBundledTexts());
    catalog = await fetchCatalogWithYears(db);
    maps = modelCatalog(catalog);
  });
  afterAll(() => db.close());

  it('the catalog, the picker and every selection list the jurisdictions in the one order', () => {
    expect(catalog.jurisdictions.map((j) => j.id)).toEqual(ORDER);
    const selection = resolveSelection(
      { ...DEFAULT_URL_STATE, view: 'matrix' },
      buildSelectionCatalog(catalog),
    );
    expect(selection.jurisdictions).toEqual(ORDER);
  });

  it('trend: legend in the one order, each line in its jurisdiction’s colour', async () => {
    const points = await fetchTrend(db, { indicatorId: 'proposals_filed' });
    const model = trendModel(
      { indicator: maps.indicators.get('proposals_filed')!, selected: ORDER },
      points,
      maps,
      'zh',
    );
    const option = model.chart!.option as {
      legend: { data: string[] };
      series: { name: string; lineStyle: { color: string } }[];
    };
    expect(option.legend.data.length).toBeGreaterThanOrEqual(3);
    inOrder(option.legend.data);
    for (const s of option.series) expect(s.lineStyle.color).toBe(jurisdictionColor(s.name));
    inOrder([
      ...new Set(
        model.export.table.rows.map((r) => catalog.jurisdictions.find((j) => j.name_zh === r[0])!.id),
      ),
    ]);
  });

  it('ranking: bars in their jurisdiction’s colour; ties and bodies without a figure in the one order', async () => {
    for (const indicator of ['proposals_filed', 'proposals_answer_rate', 'info_adopted']) {
      const rows = await fetchRanking(db, { indicatorId: indicator, year: 2022 });
      const model = rankingModel(
        { indicator: maps.indicators.get(indicator)!, year: 2022, compact: false },
        rows,
        maps,
        'zh',
      );
      const bars = (model.chart!.option as { series: { data: Colored[] }[] }).series[0]!.data;
      for (const bar of bars)
        if (bar.itemStyle) expect(bar.itemStyle.color).toBe(jurisdictionColor(bar.name!));
      // Within one rank (a tie) and among the bodies without a figure, the one order.
      const byRank = new Map<string, string[]>();
      for (const r of rows) {
        const key = String(r.rank);
        byRank.set(key, [...(byRank.get(key) ?? []), r.jurisdiction_id]);
      }
      const shown = bars.map((b) => b.name!);
      for (const ids of byRank.values()) inOrder(shown.filter((id) => ids.includes(id)));
    }
  });

  it('overview: each body’s bar of indicators led in its colour', async () => {
    const model = overviewModel({ compact: false }, await fetchOverview(db), maps, 'zh');
    const option = model.chart!.option as { yAxis: { data: string[] }; series: { data: Colored[] }[] };
    const names = option.yAxis.data;
    option.series[0]!.data.forEach((bar, i) => {
      const id = catalog.jurisdictions.find((j) => j.name_zh === names[i])!.id;
      expect(bar.itemStyle!.color).toBe(jurisdictionColor(id));
    });
  });

  it('matrix: columns in the one order', async () => {
    const cells = await fetchMatrix(db, { year: 2022 });
    const model = matrixModel(
      { year: 2022, category: null, selected: ORDER, compact: false },
      cells,
      maps,
      'zh',
    );
    const names = [...new Set(model.export.table.rows.map((r) => r[1] as string))];
    inOrder(names.map((n) => catalog.jurisdictions.find((j) => j.name_zh === n)!.id));
  });
});
