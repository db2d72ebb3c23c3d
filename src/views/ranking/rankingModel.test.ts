import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import {
  FIXTURE_INDICATORS,
  FIXTURE_JURISDICTIONS,
  FIXTURE_SOURCES,
  indicator,
  rankingRow as r,
} from '../../../tests/support/fixture';
import { modelCatalog, type ViewModel } from '../viewModel';
import type { DenominatorRow } from './perCapita';
import { rankingModel, RANKING_ROW_HEIGHT, type RankingState } from './rankingModel';
import type { RankingRow } from './rankingQuery';

// The ranking model without the engine: each case is a user-visible text or number that a slip in
// rankingModel.ts would silently change (the engine-backed integration tests run the bundled data).

const INDICATORS: Indicator[] = [
  ...FIXTURE_INDICATORS,
  indicator('cppcc_members', '委员人数', { unit_zh: '人', unit_en: 'people' }),
  indicator('late_replies', '逾期答复', { better: 'lower' }),
  indicator('mentions', '提及次数', { better: 'none' }),
  indicator('unlike', '专题活动', {
    comparable: 'no',
    comparability_zh: '各地统计口径不同',
    comparability_en: 'counted differently',
  }),
  indicator('noted', '大会发言', {
    comparability_zh: '含书面发言',
    comparability_en: 'written ones included',
  }),
  indicator('partly', '视察次数', {
    comparable: 'partly',
    comparability_zh: '部分地区含调研',
    comparability_en: 'some include surveys',
  }),
];
const catalog = modelCatalog({
  jurisdictions: FIXTURE_JURISDICTIONS,
  indicators: INDICATORS,
  categories: [],
  sources: FIXTURE_SOURCES,
});
const byId = (id: string) => INDICATORS.find((i) => i.id === id)!;

interface Case {
  name: string;
  indicator: string;
  year?: RankingState['year'];
  state?: Partial<RankingState>;
  rows: RankingRow[] | null;
  denominators?: DenominatorRow[] | null;
  lang?: Lang;
  expected: Partial<{
    title: string;
    subtitle: string;
    scopeNote: string;
    summary: string;
    notes: string[];
    list: ViewModel['list'];
    /** Bars drawn (the chart's height follows them); null: no chart. */
    bars: number | null;
    /** The export table's first five columns: rank, name, body, year, value. */
    table: unknown[][];
    exportNotes: string[];
    pin: Record<string, unknown>;
  }>;
}

const model = (c: Case) =>
  rankingModel(
    { indicator: byId(c.indicator), year: c.year ?? 2022, compact: false, ...c.state },
    c.rows,
    catalog,
    c.lang ?? 'zh',
    c.denominators,
  );

const HINT = '点击地区名称或柱条可查看该地区档案。';
const NO_EARLIER = '各地区此前年份尚无此项数据，暂无名次变化；上传往年数据后显示 ↑↓。';

const CASES: Case[] = [
  {
    name: 'ties in the jurisdiction order (not the query’s), bodies without a figure last and not drawn',
    indicator: 'proposals_filed',
    rows: [r('shengzhou', null, null), r('jiaxing', 98, 1), r('hezhou', 98, 1), r('wuxing', 50, 3)],
    expected: {
      title: '2022年立案提案排名',
      subtitle: '立案提案的数量 · 单位：件 · 2022年',
      scopeNote: '各地区层级不同，名次按全部地区统一排出、不分层级（地级市：贺州、嘉兴；区：吴兴）。',
      summary: '2022年立案提案：贺州、嘉兴并列第一，均为98件，吴兴50件；嵊州无此项数据。',
      notes: [
        NO_EARLIER,
        '总量大小主要反映各地规模；在“数据”页上传“委员人数”或“常住人口”后，可按每百名委员或每万名常住居民比较。',
        '无此项数据：嵊州。',
        HINT,
      ],
      bars: 3,
      table: [
        [1, '贺州', '地级市政协', 2022, 98],
        [1, '嘉兴', '地级市政协', 2022, 98],
        [3, '吴兴', '区政协', 2022, 50],
        [null, '嵊州', '县级市政协', null, null],
      ],
      pin: { indicator: 'proposals_filed', year: 2022 },
    },
  },
  {
    name: 'still loading: the texts and the indicator’s own note, no summary, chart or table',
    indicator: 'unlike',
    rows: null,
    expected: {
      title: '2022年专题活动排名',
      summary: '',
      scopeNote: '',
      notes: ['⚠ 各地统计口径不同'],
      bars: null,
      table: [],
    },
  },
  {
    name: 'latest as a fallback: says why the years differ, in the card and in the export',
    indicator: 'proposals_filed',
    year: 'latest',
    state: { latestReason: 'fallback' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2, { year: 2021 })],
    expected: {
      title: '立案提案排名（各地最新年度）',
      subtitle: '立案提案的数量 · 单位：件 · 各地最新年度，柱旁标注年份',
      summary: '各地最新年度立案提案：嘉兴369件（2022年）居首，贺州98件（2021年）。',
      notes: ['所选年度不足两个地区有此项数据，改为比较各地最新年度的数字；年份不同，请留意。', HINT],
      exportNotes: ['各地最新年度的数字，年份不同，比较时请留意。'],
      pin: { indicator: 'proposals_filed', year: 'latest' },
      bars: 2,
    },
  },
  {
    name: 'latest as chosen: the chosen note, not the fallback’s (English)',
    indicator: 'proposals_filed',
    year: 'latest',
    state: { latestReason: 'chosen' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2, { year: 2021 })],
    lang: 'en',
    expected: {
      title: "Ranking: proposals filed, each body's latest year",
      notes: [
        "Each body's latest figure; the years differ, so compare with care.",
        "Click a name or bar to open that jurisdiction's profile.",
      ],
    },
  },
  {
    name: 'an indicator not comparable is listed, never ranked: no chart, no ranks, no profile hint',
    indicator: 'unlike',
    rows: [
      r('jiaxing', 369, 1, { prev_year: 2021, prev_rank: 2 }),
      r('hezhou', 98, 2),
      r('shengzhou', null, null),
    ],
    expected: {
      scopeNote: '',
      summary: '2022年专题活动：各地口径不同，不作排名：嘉兴369件（2022年）、贺州98件（2022年）。',
      notes: ['⚠ 各地统计口径不同', '无此项数据：嵊州。'],
      list: {
        label: '各地口径不同，以下数字只列出、不排名：',
        items: ['嘉兴369件（2022年）', '贺州98件（2022年）'],
      },
      bars: null,
      table: [
        [null, '嘉兴', '地级市政协', 2022, 369],
        [null, '贺州', '地级市政协', 2022, 98],
        [null, '嵊州', '县级市政协', null, null],
      ],
      exportNotes: ['⚠ 各地统计口径不同'],
    },
  },
  {
    name: 'not comparable and nobody reports it: no empty list',
    indicator: 'unlike',
    rows: [r('jiaxing', null, null), r('hezhou', null, null)],
    expected: { list: undefined, notes: ['⚠ 各地统计口径不同'], bars: null },
  },
  {
    name: 'not comparable, bodies of several levels: no level note that would speak of one rank',
    indicator: 'unlike',
    rows: [r('jiaxing', 369, 1), r('wuxing', 98, 2)],
    expected: {
      scopeNote:
        '各地区层级与机构不同：嘉兴（地级市政协）、吴兴（区政协）。总量不宜直接比较，宜结合层级与比率看。',
    },
  },
  {
    name: 'not comparable in each body’s latest year (fallback, English): the fallback note is kept',
    indicator: 'unlike',
    year: 'latest',
    state: { latestReason: 'fallback' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2, { year: 2020 })],
    lang: 'en',
    expected: {
      summary:
        "unlike, each body's latest year: the bodies count different things, so there is no ranking: Jiaxing 369 items (2022), Hezhou 98 items (2020).",
      notes: [
        '⚠ counted differently',
        "Fewer than two bodies report this in the chosen year, so each body's latest year is compared; mind the years.",
      ],
      list: {
        label: 'The bodies count different things here, so the figures are listed, not ranked:',
        items: ['Jiaxing 369 items (2022)', 'Hezhou 98 items (2020)'],
      },
    },
  },
  {
    name: 'not comparable in each body’s latest year, chosen: no fallback note',
    indicator: 'unlike',
    year: 'latest',
    state: { latestReason: 'chosen' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2)],
    expected: { notes: ['⚠ 各地统计口径不同'] },
  },
  {
    name: 'a figure flagged partly comparable gets its ◐ key (after the indicator’s note in exports); one flagged not comparable is listed apart, unranked',
    indicator: 'proposals_filed',
    year: 'latest',
    state: { latestReason: 'chosen' },
    rows: [
      r('jiaxing', 369, 1, { comparable: 'partly', comparability_zh: '含联组活动', comparability_en: 'x' }),
      r('hezhou', 98, 2, { qualifier: 'at_least' }),
      r('shengzhou', 7, null, { comparable: 'no', comparability_zh: '统计口径不同', comparability_en: 'y' }),
    ],
    expected: {
      summary: '各地最新年度立案提案：嘉兴369件（2022年）居首，贺州≥98件（2022年）。',
      notes: [
        '◐ 嘉兴：含联组活动',
        '⊘ 嵊州7件（2022年）：不可比，不排名；统计口径不同',
        '各地最新年度的数字，年份不同，比较时请留意。',
        '≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。',
        HINT,
      ],
      bars: 2,
      table: [
        [1, '嘉兴', '地级市政协', 2022, 369],
        [2, '贺州', '地级市政协', 2022, 98],
      ],
      exportNotes: [
        '◐ 嘉兴：含联组活动',
        '各地最新年度的数字，年份不同，比较时请留意。',
        '≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。',
      ],
    },
  },
  {
    name: 'the ◐ key follows the indicator’s own ⚠ note in exports, before the other notes',
    indicator: 'noted',
    year: 'latest',
    state: { latestReason: 'chosen' },
    rows: [
      r('jiaxing', 3, 1, { comparable: 'partly', comparability_zh: '含调研', comparability_en: 'x' }),
      r('hezhou', 9, 2),
    ],
    expected: {
      notes: ['⚠ 含书面发言', '◐ 嘉兴：含调研', '各地最新年度的数字，年份不同，比较时请留意。', HINT],
      exportNotes: ['⚠ 含书面发言', '◐ 嘉兴：含调研', '各地最新年度的数字，年份不同，比较时请留意。'],
    },
  },
  {
    name: 'a figure flagged partly comparable of an indicator partly comparable as a whole: no ◐ key of its own',
    indicator: 'partly',
    rows: [
      r('jiaxing', 3, 1, { comparable: 'partly', comparability_zh: '含调研', comparability_en: 'x' }),
      r('hezhou', 9, 2),
    ],
    expected: { notes: ['⚠ 部分地区含调研', NO_EARLIER, HINT] },
  },
  {
    name: 'one body with a figure in a year: cannot be ranked, said so',
    indicator: 'proposals_filed',
    rows: [r('jiaxing', 369, 1), r('hezhou', null, null)],
    expected: {
      notes: ['2022年仅一个地区有此项数据，无法排名；可选“各地最新年度”比较。', '无此项数据：贺州。', HINT],
      bars: 1,
    },
  },
  {
    name: 'earlier ranks: the ↑↓ key; bodies of one level: no level note',
    indicator: 'proposals_filed',
    rows: [
      r('jiaxing', 369, 1, { prev_year: 2021, prev_rank: 2, prev_value: 300 }),
      r('hezhou', 98, 2, { prev_year: 2021, prev_rank: 1, prev_value: 99 }),
    ],
    expected: {
      scopeNote: '',
      summary: '2022年立案提案：嘉兴369件（较2021年升1位，+23%）居首，贺州98件（较2021年降1位，−1%）。',
      notes: ['↑↓ 为与该地区上一个有数据年份相比的名次变化；“新”表示此前年份无数据。', HINT],
    },
  },
  {
    name: 'an earlier year but no earlier rank: not "no earlier years"',
    indicator: 'proposals_filed',
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2), r('shengzhou', null, null, { prev_year: 2020 })],
    expected: { notes: ['所列地区此前年份无此项数据，暂无名次变化。', '无此项数据：嵊州。', HINT] },
  },
  {
    name: 'a rate: its parts named; a denominator under 20 flagged, one of 20 not',
    indicator: 'proposals_answer_rate',
    rows: [
      r('jiaxing', 95, 1, { numerator: 19, denominator: 20 }),
      r('hezhou', 90, 2, { numerator: 18, denominator: 19.5 }),
      r('wuxing', 50, 3, { numerator: 1, denominator: 2 }),
    ],
    expected: {
      title: '2022年提案办复率排名',
      notes: [
        NO_EARLIER,
        '比率 = 办复提案 ÷ 立案提案，由报告中的原始数字计算；括号内为分子 ÷ 分母。',
        '⚠ 分母较小（少于20）：贺州、吴兴。',
        HINT,
      ],
    },
  },
  {
    name: 'per 100 members: re-ranked on the figure per member, with the base in the pin; a body without a base named apart',
    indicator: 'proposals_filed',
    state: { per: 'members' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2), r('shengzhou', 10, 3), r('wuxing', null, null)],
    denominators: [
      { jurisdiction_id: 'jiaxing', year: 2022, value: 400, qualifier: 'exact' },
      { jurisdiction_id: 'hezhou', year: 2022, value: 49, qualifier: 'exact' },
      { jurisdiction_id: 'shengzhou', year: 2022, value: 5, qualifier: 'exact' },
    ],
    expected: {
      title: '2022年立案提案（每百名委员）排名',
      subtitle: '立案提案的数量 · 单位：件/百名委员 · 2022年',
      // 嵊州 10 ÷ 5 members: a small base, but a per-capita base is not a rate's small denominator
      summary:
        '2022年立案提案（每百名委员）：贺州、嵊州并列第一，均为200件/百名委员，嘉兴92.3件/百名委员；吴兴无此项数据。',
      scopeNote: '各地区层级不同，名次按全部地区统一排出、不分层级（地级市：贺州、嘉兴；县级市：嵊州）。',
      notes: [
        '折算后的排名不与往年比较。',
        '每百名委员 = 立案提案 ÷ 委员人数 × 100，取同一年份的数字。“≥”（至少）的数字除以确切的委员人数仍为“≥”；委员人数为“≥”或任一数字为“≈”时，结果为“≈”。',
        '无此项数据：吴兴。',
        HINT,
      ],
      pin: { indicator: 'proposals_filed', year: 2022, per: 'members' },
      table: [
        [1, '贺州', '地级市政协', 2022, 200],
        [1, '嵊州', '县级市政协', 2022, 200],
        [3, '嘉兴', '地级市政协', 2022, 92.25],
        [null, '吴兴', '区政协', null, null],
      ],
    },
  },
  {
    name: 'per member, a body without a base: named in its own note, not drawn and not "no data"',
    indicator: 'proposals_filed',
    state: { per: 'members' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2)],
    denominators: [{ jurisdiction_id: 'jiaxing', year: 2022, value: 400, qualifier: 'exact' }],
    expected: {
      notes: [
        '折算后的排名不与往年比较。',
        '每百名委员 = 立案提案 ÷ 委员人数 × 100，取同一年份的数字。“≥”（至少）的数字除以确切的委员人数仍为“≥”；委员人数为“≥”或任一数字为“≈”时，结果为“≈”。',
        '贺州缺少同一年份的委员人数，未折算、不参与排名。',
        HINT,
      ],
      bars: 1,
      table: [[1, '嘉兴', '地级市政协', 2022, 92.25]],
    },
  },
  {
    name: 'per 10,000 residents (English): the residents’ notes',
    indicator: 'proposals_filed',
    state: { per: 'residents' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2)],
    denominators: [{ jurisdiction_id: 'jiaxing', year: 2022, value: 500, qualifier: 'exact' }],
    lang: 'en',
    expected: {
      title: 'Ranking: proposals filed per 10,000 residents, 2022',
      notes: [
        'Converted ranks are not compared with earlier years.',
        'Per 10,000 residents = proposals filed ÷ resident population (in 10,000s), both of the same year. An “at least” (≥) figure divided by an exact population stays “at least”; a population given as “at least”, or any approximate figure (≈), makes the result approximate.',
        'Hezhou: no resident population for the same year, so not converted or ranked.',
        "Click a name or bar to open that jurisdiction's profile.",
      ],
      pin: { indicator: 'proposals_filed', year: 2022, per: 'residents' },
      table: [[1, 'Jiaxing', 'prefecture-level CPPCC', 2022, 0.738]],
    },
  },
  {
    name: 'per capita while its base is loading: the totals, as without the base',
    indicator: 'proposals_filed',
    state: { per: 'residents' },
    rows: [r('jiaxing', 369, 1), r('hezhou', 98, 2)],
    denominators: null,
    expected: {
      title: '2022年立案提案排名',
      notes: [NO_EARLIER, HINT],
      pin: { indicator: 'proposals_filed', year: 2022 },
    },
  },
  {
    name: 'bodies of four level groups: the note groups them by level, in the levels’ order',
    indicator: 'proposals_filed',
    rows: [r('jiaxing', 369, 1), r('wuxing', 98, 2), r('hangzhou-jiusan', 50, 3), r('shengzhou', 40, 4)],
    expected: {
      scopeNote:
        '各地区层级不同，名次按全部地区统一排出、不分层级（地级市：嘉兴；县级市：嵊州；区：吴兴；民主党派：杭州九三）。',
      bars: 4,
    },
  },
  {
    name: 'lower is better, and a figure with ≥: both explained',
    indicator: 'late_replies',
    rows: [r('jiaxing', 3, 1, { qualifier: 'at_least' }), r('hezhou', 9, 2)],
    expected: {
      notes: [
        NO_EARLIER,
        '此指标数值越低越好，名次按从低到高排列。',
        '≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。',
        HINT,
      ],
    },
  },
  {
    name: 'no better direction, and an ≈ figure (English)',
    indicator: 'mentions',
    rows: [r('jiaxing', 3, 1), r('hezhou', 9, 2, { qualifier: 'approx' })],
    lang: 'en',
    expected: {
      notes: [
        'No jurisdiction has an earlier year of this indicator yet, so there is no rank change; upload past years to see ↑↓.',
        'Higher is not simply better here; the order only follows the values.',
        '≥ means the report says “more than” (余/多/超过): the true value is at least the number; ≈ means approximate.',
        "Click a name or bar to open that jurisdiction's profile.",
      ],
    },
  },
  {
    name: 'a per-capita base itself, across levels: no "totals reflect size" note',
    indicator: 'cppcc_members',
    rows: [r('jiaxing', 3, 1), r('wuxing', 9, 2)],
    expected: { notes: [NO_EARLIER, HINT] },
  },
  {
    name: 'nobody reports it: no chart, no hint, no "no data" list',
    indicator: 'proposals_filed',
    rows: [r('jiaxing', null, null), r('hezhou', null, null)],
    expected: {
      summary: '2022年立案提案：暂无任何地区的数据。',
      notes: [NO_EARLIER],
      bars: null,
    },
  },
];

describe('ranking model: titles, notes, summary, chart and export from the query rows', () => {
  it.each(CASES)('$name', (c) => {
    const m = model(c);
    const { bars, table, exportNotes, pin, ...texts } = c.expected;
    expect(m).toMatchObject({ id: 'ranking', ...texts });
    if ('list' in c.expected) expect(m.list).toEqual(c.expected.list);
    if (bars !== undefined) {
      expect(m.chart?.height ?? null).toBe(bars === null ? null : bars * RANKING_ROW_HEIGHT + 24);
    }
    if (table) expect(m.export.table.rows.map((row) => row.slice(0, 5))).toEqual(table);
    if (exportNotes) expect(m.export.notes ?? []).toEqual(exportNotes);
    if (pin) expect(m.export.pin?.params).toEqual(pin);
  });

  it('a comparable ranking has no list; the export without rows is named for the indicator', () => {
    const loading = model({ name: '', indicator: 'proposals_filed', rows: null, expected: {} });
    expect(loading.export).toEqual({ table: { header: [], rows: [] }, sources: [], fileParts: ['立案提案'] });
    const drawn = model({ name: '', indicator: 'proposals_filed', rows: [r('jiaxing', 1, 1)], expected: {} });
    expect(drawn.list).toBeUndefined();
    expect(drawn.chart?.testId).toBe('ranking-chart');
  });

  it('the phone layout on screen, the desktop layout in images', () => {
    // Bodies of two levels: a phone names the level under each name, a desktop the level and body.
    const rows = [r('jiaxing', 369, 1), r('wuxing', 98, 2)];
    const at = (compact: boolean) =>
      rankingModel({ indicator: byId('proposals_filed'), year: 2022, compact }, rows, catalog, 'zh').chart!;
    const labels = (option: Record<string, unknown>) => {
      const axis = option.yAxis as { axisLabel: { formatter: (id: string) => string } };
      return ['jiaxing', 'wuxing'].map((id) => axis.axisLabel.formatter(id));
    };
    const phone = at(true);
    const desk = at(false);
    expect(labels(phone.option)).toEqual([
      '{rank|1} {name|嘉兴}\n{prefecture_city|地级市}',
      '{rank|2} {name|吴兴}\n{district|区}',
    ]);
    expect(labels(desk.option)).toEqual([
      '{rank|1} {name|嘉兴}\n{prefecture_city|地级市政协}',
      '{rank|2} {name|吴兴}\n{district|区政协}',
    ]);
    expect(labels(phone.exportLayout!.option!())).toEqual(labels(desk.option));
    expect(labels(desk.exportLayout!.option!())).toEqual(labels(desk.option));
  });
});
