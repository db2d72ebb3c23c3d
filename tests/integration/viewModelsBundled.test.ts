import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, type EChartsCoreOption } from 'echarts/core';
import type { Connector } from '../../src/engine/connector';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { buildSelectionCatalog } from '../../src/app/selectionCatalog';
import { DEFAULT_URL_STATE, resolveSelection } from '../../src/app/urlState';
import { fetchCatalogWithYears, type CatalogWithYears } from '../../src/queries/catalog';
import { assembleChartExport } from '../../src/export/assembleChartExport';
import { renderChartSvg } from '../../src/export/renderChartSvg';
import { matrixModel } from '../../src/views/matrix/matrixModel';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { overviewModel } from '../../src/views/overview/overviewModel';
import { fetchOverview } from '../../src/views/overview/overviewQuery';
import { rankingModel } from '../../src/views/ranking/rankingModel';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { modelCatalog, type ModelCatalog } from '../../src/views/viewModel';
import { engineWith } from '../support/nodeEngine';

/** The parts of a ranking option these tests read. */
interface ChartParts {
  yAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
  series: { label: { formatter: (p: { dataIndex: number }) => string } }[];
  tooltip: { formatter: (p: { name: string }) => string };
}

describe('view models on the bundled dataset', () => {
  let db: Connector;
  let catalog: CatalogWithYears;
  let maps: ModelCatalog;
  beforeAll(async () => {
    db = await engineWith(readBundledTexts());
    catalog = await fetchCatalogWithYears(db);
    maps = modelCatalog(catalog);
  });
  afterAll(() => db.close());

  /** The ranking a link to the indicator opens: default year (or each body's latest), its model. */
  async function defaultRanking(indicator: string, lang: 'zh' | 'en' = 'zh') {
    const selection = resolveSelection(
      { ...DEFAULT_URL_STATE, view: 'ranking', indicator, lang },
      buildSelectionCatalog(catalog),
    );
    const year = selection.year!;
    const rows = await fetchRanking(db, { indicatorId: selection.shownIndicator, year });
    const ind = maps.indicators.get(selection.shownIndicator)!;
    const model = rankingModel(
      { indicator: ind, year, latestReason: selection.latestReason, compact: false },
      rows,
      maps,
      lang,
    );
    return { selection, rows, model };
  }

  it('every indicator two or more bodies report opens on a ranking that states at least two bodies’ figures', async () => {
    const shared = catalog.reporters.filter((r) => r.jurisdictions >= 2).map((r) => r.indicator_id);
    expect(shared.length).toBeGreaterThanOrEqual(20);
    for (const id of shared) {
      const { rows, model } = await defaultRanking(id);
      const drawn = rows.filter((r) => r.value !== null);
      expect(drawn.length, id).toBeGreaterThanOrEqual(2);
      const named = drawn.filter((r) =>
        model.summary.includes(maps.jurisdictions.get(r.jurisdiction_id)!.name_zh),
      );
      expect(named.length, `${id}: ${model.summary}`).toBeGreaterThanOrEqual(2);
      // Ranked as a chart, or, where the bodies count different things, listed beside it.
      if (maps.indicators.get(id)!.comparable === 'no')
        expect(model.list?.items.length, id).toBe(drawn.length);
      else expect(model.chart, id).not.toBeNull();
    }
  });

  it.each([
    {
      name: 'a year with one body falls back to each body’s latest year, every figure with its year',
      indicator: 'reading_activities',
      year: 'latest',
      summary: /^各地最新年度读书活动：.+（2024年）.+（2022年）/,
      note: '所选年度不足两个地区有此项数据',
    },
    {
      name: 'ties share first place',
      indicator: 'proposals_answer_rate',
      year: 2022,
      summary: /并列第一/,
      note: '比率 = ',
    },
    {
      name: '≥ survives a derived rate (吴兴 ≥90 ÷ 162 → ≥55.6%)',
      indicator: 'info_adoption_rate_city_plus',
      year: 2022,
      summary: /≥55\.6%/,
      note: '比率 = ',
    },
  ])('ranking model: $name', async ({ indicator, year, summary, note }) => {
    const { selection, model } = await defaultRanking(indicator);
    expect(selection.year).toBe(year);
    expect(model.summary).toMatch(summary);
    expect(model.notes.join('\n')).toContain(note);
    expect(model.summary).not.toMatch(/仅.+居首/);
  });

  it('a chosen year with one body is never a one-bar "leads": it says there is nothing to compare', async () => {
    const rows = await fetchRanking(db, { indicatorId: 'reading_activities', year: 2024 });
    const model = rankingModel(
      { indicator: maps.indicators.get('reading_activities')!, year: 2024, compact: false },
      rows,
      maps,
      'zh',
    );
    expect(model.summary).toContain('暂无可比对象');
    expect(model.summary).not.toContain('居首');
    expect(model.notes.join('')).toContain('无法排名');
  });

  it('overview: one sentence on who leads where, every card with at least two bodies and their years', async () => {
    const rows = await fetchOverview(db);
    for (const lang of ['zh', 'en'] as const) {
      const model = overviewModel({ compact: false }, rows, maps, lang);
      expect(model.summary).toMatch(
        lang === 'zh' ? /^在\d+项可比指标中，嘉兴居首\d+项/ : /^Of the \d+ indicators/,
      );
      const cards = model.groups.flatMap((g) => g.cards);
      expect(cards.length).toBe(catalog.reporters.filter((r) => r.jurisdictions >= 2).length);
      for (const card of cards) {
        expect(card.figures.length, card.indicatorId).toBeGreaterThanOrEqual(2);
        if (card.comparable === 'no') expect(card.leaders, card.indicatorId).toEqual([]);
        else expect(card.leaders.length, card.indicatorId).toBeGreaterThanOrEqual(1);
        for (const f of card.figures) expect(f.year).toBeGreaterThan(2000);
      }
      // The export table is the cards' figures, one row per body and indicator.
      expect(model.export.table.rows.length).toBe(rows.length);
    }
    const zh = overviewModel({ compact: false }, rows, maps, 'zh');
    const filed = zh.groups.flatMap((g) => g.cards).find((c) => c.indicatorId === 'proposals_filed')!;
    expect(filed.leaders.map((l) => `${l.name}${l.value}`)).toEqual(['嘉兴369件']);
    expect(filed.kind).toBe('count');
    expect(
      zh.groups.flatMap((g) => g.cards).find((c) => c.indicatorId === 'proposals_answer_rate')?.kind,
    ).toBe('rate');
  });

  /** An option as drawn (formatters applied), to compare layouts. */
  const drawn = (o: EChartsCoreOption) => renderChartSvg(o, 800, 400, 'zh').replace(/zr\d+-cls-\d+/g, 'zr');

  it('images take the model’s desktop layout whatever the window (ranking)', async () => {
    const ind = maps.indicators.get('proposals_answer_rate')!;
    const rows = await fetchRanking(db, { indicatorId: ind.id, year: 2022 });
    const phone = rankingModel({ indicator: ind, year: 2022, compact: true }, rows, maps, 'zh');
    const desktop = rankingModel({ indicator: ind, year: 2022, compact: false }, rows, maps, 'zh');
    expect(drawn(phone.chart!.option)).not.toBe(drawn(desktop.chart!.option));
    expect(drawn(phone.chart!.exportLayout!.option())).toBe(drawn(desktop.chart!.option));
    const exported = assembleChartExport(phone, 'zh')!;
    expect(drawn(exported.option)).toBe(drawn(desktop.chart!.option));
    expect(exported.layout).toBe(phone.chart!.exportLayout);
  });

  it('matrix images: desktop layout, rows sliced for 续, the colour legend, the scope note kept', async () => {
    const cells = await fetchMatrix(db, { year: 2022 });
    const selected = catalog.jurisdictions.map((j) => j.id);
    const model = matrixModel({ year: 2022, category: null, selected, compact: true }, cells, maps, 'zh');
    const layout = model.chart!.exportLayout!;
    const rowsShown = (layout.option() as { yAxis: { data: string[] } }).yAxis.data;
    expect(layout.rows!.count).toBe(rowsShown.length);
    expect(rowsShown.length).toBeGreaterThan(5);
    const slice = layout.option({ start: 2, end: 5 }) as { yAxis: { data: string[] } };
    expect(slice.yAxis.data).toEqual(rowsShown.slice(2, 5));
    expect(layout.legend!.some((l) => l.label.startsWith('无数据'))).toBe(true);
    const exported = assembleChartExport(model, 'zh')!;
    if (model.scopeNote) expect(exported.notes[0]).toBe(model.scopeNote);
  });
});

describe('comparability as data on the bundled dataset', () => {
  let db: Connector;
  let maps: ModelCatalog;
  beforeAll(async () => {
    db = await engineWith(readBundledTexts());
    maps = modelCatalog(await fetchCatalogWithYears(db));
  });
  afterAll(() => db.close());

  it.each([
    { id: 'donations', comparable: 'no' },
    { id: 'minsheng_halls', comparable: 'no' },
    { id: 'study_sessions', comparable: 'no' },
    { id: 'online_deliberations', comparable: 'partly' },
    { id: 'reading_posts', comparable: 'partly' },
    // Only one body's figure differs here: the flag sits on that observation (see below).
    { id: 'party_proposals_submitted', comparable: 'yes' },
    { id: 'info_submitted', comparable: 'yes' },
    { id: 'proposals_answered', comparable: 'yes' },
  ])('$id is $comparable', ({ id, comparable }) => {
    expect(maps.indicators.get(id)?.comparable).toBe(comparable);
  });

  it('a not-comparable indicator is listed beside the card, never ranked or said to lead', async () => {
    const indicator = maps.indicators.get('donations')!;
    const rows = await fetchRanking(db, { indicatorId: 'donations', year: 2022 });
    const model = rankingModel({ indicator, year: 2022, compact: false }, rows, maps, 'zh');
    expect(model.chart).toBeNull();
    expect(model.flag?.kind).toBe('no');
    // in the one jurisdiction order (not by value: a list of figures not ranked must not read as a ranking)
    expect(model.list?.items).toEqual(['贺州300万元（2022年）', '杭州九三≥560万元（2022年）']);
    expect(model.summary).toContain('不作排名');
    expect(model.summary).not.toContain('居首');
    expect(model.export.table.rows.every((r) => r[0] === null)).toBe(true);
  });

  it('a partly comparable indicator is ranked with a marker whose reason is its note', async () => {
    const indicator = maps.indicators.get('online_deliberations')!;
    const rows = await fetchRanking(db, { indicatorId: 'online_deliberations', year: 'latest' });
    const model = rankingModel({ indicator, year: 'latest', compact: false }, rows, maps, 'en');
    expect(model.chart).not.toBeNull();
    expect(model.flag).toEqual({
      kind: 'partly',
      label: 'partly comparable',
      reason: indicator.comparability_en,
    });
  });

  it('a figure partly comparable on its own is ranked, and its reason is noted by name', async () => {
    const indicator = maps.indicators.get('party_proposals_submitted')!;
    const rows = await fetchRanking(db, { indicatorId: 'party_proposals_submitted', year: 'latest' });
    const model = rankingModel({ indicator, year: 'latest', compact: false }, rows, maps, 'zh');
    expect(model.chart).not.toBeNull();
    expect(model.flag).toBeUndefined();
    const shengzhou = rows.find((r) => r.jurisdiction_id === 'shengzhou')!;
    expect([shengzhou.comparable, shengzhou.rank === null]).toEqual(['partly', false]);
    expect(model.notes).toContain('◐ 嵊州：嵊州原文为“提出提案”，未写明集体提案。');
    // The Jiusan committee's own proposals are their own indicator, not ranked against CPPCC totals.
    expect(rows.find((r) => r.jurisdiction_id === 'hangzhou-jiusan')?.value).toBeNull();
  });

  it('the ◐ of a figure partly comparable on its own is on its bar, and its reason in the tooltip (hover and tap)', async () => {
    const indicator = maps.indicators.get('party_proposals_submitted')!;
    const rows = await fetchRanking(db, { indicatorId: 'party_proposals_submitted', year: 'latest' });
    for (const lang of ['zh', 'en'] as const) {
      const option = rankingModel({ indicator, year: 'latest', compact: false }, rows, maps, lang).chart!
        .option as unknown as ChartParts;
      const ids = option.yAxis.data;
      const labels = ids.map((_, dataIndex) => option.series[0]!.label.formatter({ dataIndex }));
      const reason = rows.find((r) => r.jurisdiction_id === 'shengzhou')![`comparability_${lang}`]!;
      // Images and print draw the same bars: they carry the key to the ◐.
      const model = rankingModel({ indicator, year: 'latest', compact: false }, rows, maps, lang);
      expect(model.export.notes?.filter((n) => n.startsWith('◐'))).toEqual([
        lang === 'zh' ? `◐ 嵊州：${reason}` : `◐ Shengzhou: ${reason}`,
      ]);
      ids.forEach((id, i) => {
        expect(labels[i]!.includes('◐'), `${lang} ${id}: ${labels[i]}`).toBe(id === 'shengzhou');
        // As the tooltip's HTML spells it (quotes escaped).
        expect(option.tooltip.formatter({ name: id }).includes(format.encodeHTML(reason)), id).toBe(
          id === 'shengzhou',
        );
      });
    }
  });

  it.each([
    {
      lang: 'zh',
      note: '各地区层级不同，名次按全部地区统一排出、不分层级（地级市：嘉兴、贺州；区：吴兴）。',
      badges: ['{prefecture_city|地级市政协常委会}', '{district|区政协}', '{prefecture_city|地级市政协}'],
    },
    {
      lang: 'en',
      note: 'The bodies are of different levels, and one rank runs across all of them, not one per level (prefecture-level: Jiaxing and Hezhou; district: Wuxing).',
      badges: [
        '{prefecture_city|prefecture-level CPPCC Standing Committee}',
        '{district|district CPPCC}',
        '{prefecture_city|prefecture-level CPPCC}',
      ],
    },
  ] as const)(
    'bodies of different levels: grouped by level above the chart, a tinted level badge on each bar ($lang)',
    async ({ lang, note, badges }) => {
      const indicator = maps.indicators.get('proposals_filed')!;
      const rows = await fetchRanking(db, { indicatorId: 'proposals_filed', year: 2022 });
      const model = rankingModel({ indicator, year: 2022, compact: false }, rows, maps, lang);
      expect(model.scopeNote).toBe(note);
      // Natural English: "Ranking: <indicator>, <year>", not "<long indicator name> ranking, <year>".
      expect(model.title).toBe(lang === 'zh' ? '2022年立案提案排名' : 'Ranking: Proposals filed, 2022');
      const axis = (model.chart!.option as unknown as ChartParts).yAxis;
      expect(axis.data.map((id) => axis.axisLabel.formatter(id).split('\n')[1])).toEqual(badges);
      // The totals still say they mostly reflect size, with no base to divide them by.
      expect(model.notes.join('\n')).toContain(
        lang === 'zh' ? '总量大小主要反映各地规模' : 'Totals mostly reflect',
      );
    },
  );

  it('overview: not-comparable cards name no leader and do not count toward anyone’s lead', async () => {
    const model = overviewModel({ compact: false }, await fetchOverview(db), maps, 'zh');
    const cards = model.groups.flatMap((g) => g.cards);
    const donations = cards.find((c) => c.indicatorId === 'donations')!;
    expect(donations.comparable).toBe('no');
    expect(donations.leaders).toEqual([]);
    const counted = cards.filter(
      (c) => c.comparable !== 'no' && maps.indicators.get(c.indicatorId)!.better !== 'none',
    );
    expect(model.summary).toContain(`在${counted.length}项可比指标中`);
  });
});
