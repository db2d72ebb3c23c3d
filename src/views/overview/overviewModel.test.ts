import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCES, indicator, jurisdiction } from '../../../tests/support/fixture';
import { jurisdictionColor } from '../../charts/palette';
import type { Catalog } from '../../data/schema';
import { modelCatalog } from '../viewModel';
import { overviewModel } from './overviewModel';
import type { OverviewRow } from './overviewQuery';

// Five indicators in two categories: a count, a rate (tied leaders from different years), a "lower is
// better" count, one where higher is not simply better, and one the bodies count differently.
const CATALOG: Catalog = {
  jurisdictions: [
    jurisdiction('jiaxing', '嘉兴'),
    jurisdiction('wuxing', '吴兴', { level: 'district' }),
    jurisdiction('hezhou', '贺州'),
  ],
  indicators: [
    indicator('proposals_filed', '立案提案'),
    indicator('proposals_answer_rate', '提案办复率', {
      unit_zh: '%',
      unit_en: '%',
      numerator_id: 'proposals_answered',
      denominator_id: 'proposals_filed',
    }),
    indicator('late_replies', '逾期答复', { better: 'lower' }),
    indicator('members', '委员人数', {
      category: 'members',
      better: 'none',
      unit_zh: '人',
      unit_en: 'people',
    }),
    indicator('speeches', '大会发言', {
      category: 'members',
      comparable: 'no',
      comparability_zh: '各地统计口径不同',
      comparability_en: 'counted differently',
    }),
    indicator('unreported', '未报告'),
  ],
  categories: [
    { id: 'proposals', name_zh: '提案', name_en: 'Proposals', sort_order: 1 },
    { id: 'members', name_zh: '委员', name_en: 'Members', sort_order: 2 },
  ],
  sources: FIXTURE_SOURCES,
};

const row = (
  indicator_id: string,
  jurisdiction_id: string,
  year: number,
  value: number,
  rank: number,
  reporters: number,
  extra: Partial<OverviewRow> = {},
): OverviewRow => ({
  indicator_id,
  jurisdiction_id,
  year,
  value,
  qualifier: 'exact',
  numerator: null,
  denominator: null,
  rank,
  reporters,
  basis: 'year',
  comparable: 'yes',
  comparability_zh: null,
  comparability_en: null,
  ...extra,
});

// As the overview query returns them: by indicator id, then rank.
const ROWS: OverviewRow[] = [
  row('late_replies', 'wuxing', 2022, 1, 1, 2),
  row('late_replies', 'jiaxing', 2022, 3, 2, 2),
  row('members', 'jiaxing', 2022, 500, 1, 2),
  row('members', 'hezhou', 2022, 300, 2, 2),
  row('proposals_answer_rate', 'hezhou', 2021, 100, 1, 2, { numerator: 98, denominator: 98 }),
  row('proposals_answer_rate', 'jiaxing', 2022, 100, 1, 2, { numerator: 369, denominator: 369 }),
  row('proposals_filed', 'hezhou', 2022, 400, 1, 3),
  row('proposals_filed', 'jiaxing', 2022, 369, 2, 3),
  row('proposals_filed', 'wuxing', 2022, 98, 3, 3, { qualifier: 'at_least' }),
  row('speeches', 'jiaxing', 2022, 10, 1, 2),
  row('speeches', 'hezhou', 2022, 5, 2, 2),
];

const maps = modelCatalog(CATALOG);

const figure = (jurisdictionId: string, name: string, year: number, value: string, rank: number) => ({
  jurisdictionId,
  name,
  year,
  value,
  rank,
});

// Models are built inside each test, never while the file is collected: Stryker attributes code run
// at collection to no test and then re-runs every test for each of its mutants (static mutants).
const model = (lang: 'zh' | 'en') => overviewModel({ compact: false }, ROWS, maps, lang);

describe('overview model', () => {
  it('one card per indicator with figures, grouped by category in catalog order, none for an unreported one', () => {
    const [zh, en] = [model('zh'), model('en')];
    expect(zh.groups.map((g) => [g.categoryId, g.name, g.cards.map((c) => c.indicatorId)])).toEqual([
      ['proposals', '提案', ['proposals_filed', 'proposals_answer_rate', 'late_replies']],
      ['members', '委员', ['members', 'speeches']],
    ]);
    expect(en.groups.map((g) => g.name)).toEqual(['Proposals', 'Members']);
    expect(zh.subtitle).toBe('5项指标有两个及以上地区报告 · 各地最新年度');
  });

  const card = (id: string) =>
    model('zh')
      .groups.flatMap((g) => g.cards)
      .find((c) => c.indicatorId === id)!;

  it.each([
    {
      name: 'a count: one leader, every figure with its qualifier and year',
      id: 'proposals_filed',
      expected: {
        name: '立案提案',
        kind: 'count',
        leaderWord: '居首',
        leaders: [figure('hezhou', '贺州', 2022, '400件', 1)],
        figures: [
          figure('hezhou', '贺州', 2022, '400件', 1),
          figure('jiaxing', '嘉兴', 2022, '369件', 2),
          figure('wuxing', '吴兴', 2022, '≥98件', 3),
        ],
        reporters: 3,
        yearsDiffer: false,
        comparable: 'yes',
        comparability: '',
      },
    },
    {
      name: 'a rate: tied leaders both named, figures from different years flagged',
      id: 'proposals_answer_rate',
      expected: {
        kind: 'rate',
        leaderWord: '居首',
        leaders: [figure('hezhou', '贺州', 2021, '100%', 1), figure('jiaxing', '嘉兴', 2022, '100%', 1)],
        reporters: 2,
        yearsDiffer: true,
      },
    },
    {
      name: 'lower is better: the lowest leads',
      id: 'late_replies',
      expected: { leaderWord: '最低', leaders: [figure('wuxing', '吴兴', 2022, '1件', 1)] },
    },
    {
      name: 'higher is not simply better: the largest, not a leader',
      id: 'members',
      expected: { leaderWord: '最大', leaders: [figure('jiaxing', '嘉兴', 2022, '500人', 1)] },
    },
    {
      name: 'counted differently: listed, nobody named, the reason kept',
      id: 'speeches',
      expected: {
        leaderWord: '口径不同，不排名',
        leaders: [],
        figures: [figure('jiaxing', '嘉兴', 2022, '10件', 1), figure('hezhou', '贺州', 2022, '5件', 2)],
        comparable: 'no',
        comparability: '各地统计口径不同',
      },
    },
  ])('card: $name', ({ id, expected }) => {
    expect(card(id)).toMatchObject(expected);
  });

  it('a not-comparable card counts the bodies that report it, though none is ranked (the query counts 0)', () => {
    const rows = ROWS.map((r) => (r.indicator_id === 'speeches' ? { ...r, rank: null, reporters: 0 } : r));
    const model = overviewModel({ compact: false }, rows, maps, 'zh');
    const speeches = model.groups.flatMap((g) => g.cards).find((c) => c.indicatorId === 'speeches')!;
    expect(speeches.reporters).toBe(2);
  });

  it('an indicator not yet assessed for comparability counts as comparable', () => {
    const catalog = {
      ...CATALOG,
      indicators: CATALOG.indicators.map((i) => (i.id === 'speeches' ? { ...i, comparable: null } : i)),
    };
    const model = overviewModel({ compact: false }, ROWS, modelCatalog(catalog), 'zh');
    const speeches = model.groups.flatMap((g) => g.cards).find((c) => c.indicatorId === 'speeches')!;
    expect(speeches).toMatchObject({ comparable: 'yes', leaderWord: '居首' });
    expect(speeches.leaders.map((f) => f.jurisdictionId)).toEqual(['jiaxing']);
    // and then it counts toward the lead
    expect(model.summary).toBe('在4项可比指标中，嘉兴居首2项、贺州居首2项、吴兴居首1项。');
  });

  it.each([
    {
      lang: 'zh',
      summary: '在3项可比指标中，贺州居首2项、嘉兴居首1项、吴兴居首1项。',
    },
    {
      lang: 'en',
      summary:
        'Of the 3 indicators two or more bodies report, Hezhou leads on 2, Jiaxing leads on 1, and Wuxing leads on 1.',
    },
  ] as const)(
    'summary ($lang): ties count for each, most leads first, neither the largest nor the not-comparable counts',
    ({ lang, summary }) => {
      const m = model(lang);
      expect(m.summary).toBe(summary);
      expect(m.notes).toHaveLength(1);
      expect(m.export.notes).toEqual(m.notes);
    },
  );

  it('the chart counts each body’s leads, most first, in the body’s colour, labelled with the figure', () => {
    const zh = model('zh');
    const option = zh.chart!.option as {
      aria: unknown;
      xAxis: { axisLabel: { formatter: (v: number) => string } };
      yAxis: { data: string[]; axisLabel: { fontSize: number } };
      series: { name: string; data: unknown[]; label: { formatter: (p: { value: number }) => string } }[];
    };
    expect(zh.chart).toMatchObject({ height: 3 * 40 + 24, testId: 'overview-chart' });
    expect(option).toMatchObject({
      animation: false,
      aria: { enabled: true, label: { description: zh.summary } },
      // the names stay inside the card whatever their length
      grid: {
        left: 8,
        right: 48,
        top: 8,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: ['贺州', '嘉兴', '吴兴'],
        axisTick: { show: false },
        axisLabel: { color: '#222' },
      },
      series: [
        {
          type: 'bar',
          name: '居首',
          data: [
            { value: 2, itemStyle: { color: jurisdictionColor('hezhou') } },
            { value: 1, itemStyle: { color: jurisdictionColor('jiaxing') } },
            { value: 1, itemStyle: { color: jurisdictionColor('wuxing') } },
          ],
          barMaxWidth: 24,
          label: { show: true, position: 'right', fontSize: 13, color: '#222' },
        },
      ],
    });
    expect(option.xAxis.axisLabel.formatter(12345)).toBe('12,345');
    expect(option.series[0]!.label.formatter({ value: 2 })).toBe('2');
    expect(option.yAxis.axisLabel.fontSize).toBe(14);
    const compact = overviewModel({ compact: true }, ROWS, maps, 'zh').chart!.option as typeof option;
    expect(compact.yAxis.axisLabel.fontSize).toBe(12);
  });

  it('the export lists every figure with category, kind, scope, qualifier, unit, rank (none where not comparable) and reporters', () => {
    const zh = model('zh');
    expect(zh.export.table.header).toEqual([
      '类别',
      '指标',
      '类型',
      '地区',
      '层级与机构',
      '年份',
      '数值',
      '限定',
      '单位',
      '名次',
      '报告地区数',
    ]);
    expect(zh.export.table.rows).toEqual([
      ['提案', '立案提案', '数量', '贺州', '地级市政协', 2022, 400, '', '件', 1, 3],
      ['提案', '立案提案', '数量', '嘉兴', '地级市政协', 2022, 369, '', '件', 2, 3],
      ['提案', '立案提案', '数量', '吴兴', '区政协', 2022, 98, '≥ 不少于', '件', 3, 3],
      ['提案', '提案办复率', '比率', '贺州', '地级市政协', 2021, 100, '', '%', 1, 2],
      ['提案', '提案办复率', '比率', '嘉兴', '地级市政协', 2022, 100, '', '%', 1, 2],
      ['提案', '逾期答复', '数量', '吴兴', '区政协', 2022, 1, '', '件', 1, 2],
      ['提案', '逾期答复', '数量', '嘉兴', '地级市政协', 2022, 3, '', '件', 2, 2],
      ['委员', '委员人数', '数量', '嘉兴', '地级市政协', 2022, 500, '', '人', 1, 2],
      ['委员', '委员人数', '数量', '贺州', '地级市政协', 2022, 300, '', '人', 2, 2],
      ['委员', '大会发言', '数量', '嘉兴', '地级市政协', 2022, 10, '', '件', null, 2],
      ['委员', '大会发言', '数量', '贺州', '地级市政协', 2022, 5, '', '件', null, 2],
    ]);
    expect(zh.export.sources).toEqual(['测试《测试报告》']);
    expect(zh.export.fileParts).toEqual([zh.title]);
    expect(zh.title).toBe('履职总览：谁在哪些方面领先');
  });

  it.each([
    {
      name: 'still loading: nothing stated, no chart',
      rows: null,
      expected: {
        id: 'overview',
        subtitle: '',
        scopeNote: '',
        summary: '',
        notes: [],
        chart: null,
        groups: [],
      },
    },
    {
      name: 'no indicator two bodies share: says so, no chart, no note',
      rows: [],
      expected: {
        subtitle: '0项指标有两个及以上地区报告 · 各地最新年度',
        summary: '目前没有两个及以上地区共同报告的指标，暂无可比内容。',
        notes: [],
        chart: null,
        groups: [],
      },
    },
    {
      name: 'only not-comparable or largest-is-not-best cards: nobody leads, no chart',
      rows: ROWS.filter((r) => r.indicator_id === 'members' || r.indicator_id === 'speeches'),
      expected: {
        chart: null,
        summary: '2项指标有两个及以上地区报告，但都不宜比高低或各地口径不同，不排居首。',
      },
    },
  ])('$name', ({ rows, expected }) => {
    const model = overviewModel({ compact: false }, rows, maps, 'zh');
    expect(model).toMatchObject(expected);
    expect(model.export.table.rows).toHaveLength(rows?.length ?? 0);
  });

  it('in English too, a summary when no card names a leader', () => {
    const rows = ROWS.filter((r) => r.indicator_id === 'members');
    expect(overviewModel({ compact: false }, rows, maps, 'en').summary).toBe(
      'Indicators two or more bodies report: 1. None of them ranks the bodies: higher is not simply better, or the bodies count differently.',
    );
  });

  it('an unknown body is named by its id and has no scope', () => {
    const rows = [
      row('proposals_filed', 'new_body', 2023, 7, 1, 2),
      row('proposals_filed', 'jiaxing', 2022, 5, 2, 2),
    ];
    const model = overviewModel({ compact: false }, rows, maps, 'zh');
    expect(model.export.table.rows[0]!.slice(3, 5)).toEqual(['new_body', '']);
    expect(model.chart).toBeNull();
  });
});

describe('overview cards: what the query says each figure and card is', () => {
  const cardOf = (rows: OverviewRow[], id: string) =>
    overviewModel({ compact: false }, rows, maps, 'zh')
      .groups.flatMap((g) => g.cards)
      .find((c) => c.indicatorId === id)!;

  it.each([
    {
      name: 'one year compared: the card opens the ranking on that year',
      basis: 'year' as const,
      expected: 2022,
    },
    {
      name: 'each body’s latest year: the card opens the ranking on latest',
      basis: 'latest' as const,
      expected: 'latest',
    },
  ])('ranking year, $name', ({ basis, expected }) => {
    const rows = ROWS.map((r) => ({ ...r, basis }));
    expect(cardOf(rows, 'members').rankingYear).toBe(expected);
  });

  // A figure flagged on its own is listed but not ranked: the query counts the ranked bodies only.
  const flaggedApart = [
    ...ROWS,
    row('members', 'wuxing', 2022, 80, 0, 2, {
      rank: null,
      comparable: 'no',
      comparability_zh: '含列席人员',
      comparability_en: 'includes observers',
    }),
  ];

  it('a comparable card counts the bodies the query ranked, not a figure listed apart', () => {
    expect(cardOf(flaggedApart, 'members').reporters).toBe(2);
  });

  it('a figure not comparable in a comparable card carries its own flag and reason', () => {
    const wuxing = cardOf(flaggedApart, 'members').figures.find((f) => f.jurisdictionId === 'wuxing')!;
    expect(wuxing.flag).toEqual({ kind: 'no', reason: '含列席人员' });
  });

  it('a figure as not comparable as its card carries no flag of its own (the card says it)', () => {
    const rows = ROWS.map((r) =>
      r.indicator_id === 'speeches' ? { ...r, comparable: 'no' as const, comparability_zh: '口径不同' } : r,
    );
    expect(cardOf(rows, 'speeches').figures.map((f) => f.flag)).toEqual([null, null]);
  });
});
