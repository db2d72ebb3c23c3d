import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../data/schema';
import type { TrendMode } from '../../app/urlState';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS, FIXTURE_SOURCES } from '../../../tests/support/fixture';
import { modelCatalog } from '../viewModel';
import { FULL_RANGE, formatChange, trendSeries, type TrendRange } from './trendMeasure';
import { trendModel } from './trendModel';
import { trendLegendHeight } from './trendOption';
import type { TrendPoint } from './trendQuery';

const indicator = FIXTURE_INDICATORS[0]!;
const catalog = modelCatalog({
  jurisdictions: FIXTURE_JURISDICTIONS,
  indicators: FIXTURE_INDICATORS,
  categories: [],
  sources: FIXTURE_SOURCES,
});

function p(jurisdiction_id: string, year: number, value: number, qualifier: Qualifier = 'exact'): TrendPoint {
  return { jurisdiction_id, year, value, qualifier, numerator: null, denominator: null, quote: null };
}

// 嘉兴 every year 2019–2022, 2022 "at least"; 吴兴 2019, 2020 and, after a gap, 2022 (≈ in 2022);
// 贺州 2020 only, and its 2021 … none; 嵊州 0 in 2020 then 10 in 2021.
const points = [
  p('jiaxing', 2019, 200),
  p('jiaxing', 2020, 250),
  p('jiaxing', 2021, 300),
  p('jiaxing', 2022, 369, 'at_least'),
  p('wuxing', 2019, 50, 'at_least'),
  p('wuxing', 2020, 60),
  p('wuxing', 2022, 90, 'approx'),
  p('hezhou', 2020, 98),
  p('shengzhou', 2020, 0),
  p('shengzhou', 2021, 10),
];

const shownOf = (mode: TrendMode, range: TrendRange, selected = ['jiaxing', 'wuxing']) =>
  trendSeries(points, selected, mode, range).shown.map((s) => [
    s.jurisdiction_id,
    s.year,
    Number(s.value.toFixed(2)),
    s.qualifier,
    s.base?.year ?? null,
  ]);

describe('trend modes: the figures, the change on the previous year, an index', () => {
  it.each([
    {
      name: 'figures in a range keep their qualifiers and leave other years out',
      mode: 'value',
      range: { from: 2020, to: 2021 },
      shown: [
        ['jiaxing', 2020, 250, 'exact', null],
        ['jiaxing', 2021, 300, 'exact', null],
        ['wuxing', 2020, 60, 'exact', null],
      ],
    },
    {
      // 吴兴 2020 vs ≥50: at most +20%, a bound we have no mark for → ≈. 嘉兴 ≥369 vs 300: ≥ +23%.
      // 吴兴 2022 follows a missing 2021: no change drawn as if the years were consecutive.
      name: 'change: consecutive years only; ≥ this year ÷ exact base stays ≥; a ≥ base or ≈ gives ≈',
      mode: 'change',
      range: FULL_RANGE,
      shown: [
        ['jiaxing', 2020, 25, 'exact', 2019],
        ['jiaxing', 2021, 20, 'exact', 2020],
        ['jiaxing', 2022, 23, 'at_least', 2021],
        ['wuxing', 2020, 20, 'approx', 2019],
      ],
    },
    {
      name: 'change: the range’s first year is compared with the year before the range',
      mode: 'change',
      range: { from: 2021, to: null },
      shown: [
        ['jiaxing', 2021, 20, 'exact', 2020],
        ['jiaxing', 2022, 23, 'at_least', 2021],
      ],
    },
    {
      // 吴兴's base is ≥50: every later index is ≈; its ≈90 too. The base year itself is 100 exactly.
      name: 'index: each line’s first year in the range is 100',
      mode: 'index',
      range: FULL_RANGE,
      shown: [
        ['jiaxing', 2019, 100, 'exact', 2019],
        ['jiaxing', 2020, 125, 'exact', 2019],
        ['jiaxing', 2021, 150, 'exact', 2019],
        ['jiaxing', 2022, 184.5, 'at_least', 2019],
        ['wuxing', 2019, 100, 'exact', 2019],
        ['wuxing', 2020, 120, 'approx', 2019],
        ['wuxing', 2022, 180, 'approx', 2019],
      ],
    },
    {
      name: 'index from 2020: the base moves with the range; a gap stays a gap',
      mode: 'index',
      range: { from: 2020, to: null },
      shown: [
        ['jiaxing', 2020, 100, 'exact', 2020],
        ['jiaxing', 2021, 120, 'exact', 2020],
        ['jiaxing', 2022, 147.6, 'at_least', 2020],
        ['wuxing', 2020, 100, 'exact', 2020],
        ['wuxing', 2022, 150, 'approx', 2020],
      ],
    },
  ] as const)('$name', ({ mode, range, shown }) => {
    expect(shownOf(mode, range)).toEqual(shown);
  });

  it.each([
    { name: 'one year only: no change', mode: 'change', selected: ['hezhou'], reason: 'no_consecutive' },
    { name: 'one year only: no index', mode: 'index', selected: ['hezhou'], reason: 'one_year' },
    {
      name: 'a zero base gives no change, never ∞',
      mode: 'change',
      selected: ['shengzhou'],
      reason: 'zero_base',
    },
    { name: 'a zero base gives no index', mode: 'index', selected: ['shengzhou'], reason: 'zero_base' },
  ] as const)('$name', ({ mode, selected, reason }) => {
    const series = trendSeries(points, selected, mode, FULL_RANGE);
    expect(series.shown).toEqual([]);
    expect(series.noSeries.get(selected[0])).toBe(reason);
  });

  it.each([
    { value: 23.0, q: 'at_least', zh: '≥+23%' },
    { value: -5.25, q: 'exact', zh: '−5.3%' },
    { value: 0.01, q: 'approx', zh: '≈0%' },
  ] as const)('change text $zh', ({ value, q, zh }) => {
    expect(formatChange(value, q, 'zh')).toBe(zh);
  });
});

describe('trend model says what is shown', () => {
  const model = (
    mode: TrendMode,
    range: TrendRange,
    lang: 'zh' | 'en' = 'zh',
    selected = ['jiaxing', 'wuxing'],
  ) => trendModel({ indicator, selected, mode, range }, points, catalog, lang);

  it.each([
    {
      mode: 'value',
      range: FULL_RANGE,
      title: '立案提案历年变化',
      subtitle: '立案提案的数量 · 单位：件 · 全部年份',
      summary:
        '立案提案历年数据：嘉兴2019年200件、2020年250件、2021年300件、2022年≥369件；吴兴2019年≥50件、2020年60件、2022年≈90件。',
    },
    {
      mode: 'change',
      range: { from: 2020, to: 2022 },
      title: '立案提案较上年增减（%）',
      subtitle: '立案提案的数量 · 较上年增减（%） · 2020—2022年',
      summary: '立案提案较上年增减（%）：嘉兴2020年+25%、2021年+20%、2022年≥+23%；吴兴2020年≈+20%。',
    },
    {
      mode: 'index',
      range: { from: 2020, to: null },
      title: '立案提案指数（首年=100）',
      subtitle: '立案提案的数量 · 指数（2020年=100） · 2020—2022年',
      summary:
        '立案提案指数（首年=100）：嘉兴2020年100、2021年120、2022年≥147.6；吴兴2020年100、2022年≈150。',
    },
  ] as const)('$mode: title, subtitle and summary', ({ mode, range, title, subtitle, summary }) => {
    const m = model(mode, range);
    expect({ title: m.title, subtitle: m.subtitle, summary: m.summary }).toEqual({
      title,
      subtitle,
      summary,
    });
  });

  it('names bodies that cannot have a change, and why', () => {
    const m = model('change', FULL_RANGE, 'zh', ['jiaxing', 'hezhou', 'shengzhou']);
    expect(m.summary).toContain('贺州没有相邻两年的数据，无法计算较上年增减');
    expect(m.summary).toContain('嵊州的比较年份数字为0，无法计算');
    expect(m.summary).not.toContain('贺州无此项数据');
  });

  it('notes: the change rule, and why a ≥ stays ≥ or becomes ≈', () => {
    const notes = model('change', FULL_RANGE).notes;
    expect(notes).toContain(
      '较上年增减 =（本年 ÷ 上年 − 1）× 100%，只在相邻两年都有数据时计算；缺少数据的年份之后一年不计算，线在此断开。',
    );
    expect(notes.some((n) => n.startsWith('由“≥”（至少）的本年数字'))).toBe(true);
  });

  it('index: a line starting after the range’s first year says its own 100', () => {
    const notes = model('index', { from: 2020, to: null }, 'zh', ['jiaxing', 'shengzhou']).notes;
    expect(notes.find((n) => n.startsWith('以下地区'))).toBeUndefined();
    const late = trendModel(
      { indicator, selected: ['jiaxing', 'hezhou'], mode: 'index', range: { from: 2019, to: null } },
      [...points, p('hezhou', 2022, 120)],
      catalog,
      'zh',
    ).notes;
    expect(late).toContain('以下地区在所选起始年没有数据，以各自的第一年为100：贺州以2020年为100。');
  });

  it('the axis covers the chosen range, years without a figure as gaps', () => {
    const option = model('value', { from: 2018, to: 2022 }).chart!.option as { xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['2018', '2019', '2020', '2021', '2022']);
  });

  it('export table: the reported figure beside the change, its qualifier and what it is compared with', () => {
    const data = model('change', { from: 2021, to: 2022 }, 'zh', ['jiaxing', 'wuxing']).export;
    expect(data.table.header.slice(0, 9)).toEqual([
      '地区',
      '层级与机构',
      '年份',
      '数值',
      '限定',
      '较上年增减（%）',
      '图中数值限定',
      '比较年份',
      '比较年份数值',
    ]);
    expect(data.table.rows.map((r) => r.slice(0, 9))).toEqual([
      ['嘉兴', expect.any(String), 2021, 300, '', 20, '', 2020, 250],
      ['嘉兴', expect.any(String), 2022, 369, '≥ 不少于', 23, '≥ 不少于', 2021, 300],
      ['吴兴', expect.any(String), 2021, null, '无数据', null, '', null, null],
      ['吴兴', expect.any(String), 2022, 90, '≈ 约数', null, '', null, null],
    ]);
  });

  it('pins the mode, the range and the figures the changes are computed from', () => {
    const pin = model('change', { from: 2021, to: 2022 }).export.pin!;
    expect(pin.params).toEqual({
      indicator: 'proposals_filed',
      jurisdictions: 'jiaxing,wuxing',
      mode: 'change',
      from: 2021,
      to: 2022,
    });
    expect((pin.rows as TrendPoint[]).map((r) => `${r.jurisdiction_id}${r.year}`)).toEqual([
      'jiaxing2020',
      'jiaxing2021',
      'jiaxing2022',
      'wuxing2022',
    ]);
  });

  it('the model computed from the pinned rows is the model shown (what an embed draws)', () => {
    const shown = model('change', { from: 2021, to: 2022 });
    const pinned = trendModel(
      { indicator, selected: ['jiaxing', 'wuxing'], mode: 'change', range: { from: 2021, to: 2022 } },
      shown.export.pin!.rows as TrendPoint[],
      catalog,
      'zh',
    );
    expect(pinned.summary).toBe(shown.summary);
    expect(pinned.export.table).toEqual(shown.export.table);
  });

  it('English names the mode too', () => {
    const m = model('change', FULL_RANGE, 'en');
    expect(m.title).toBe('proposals filed: change on the previous year (%)');
    expect(m.summary.startsWith('proposals filed, change on the previous year: Jiaxing +25% (2020)')).toBe(
      true,
    );
  });
});

describe('trend series: what is left out, and whose 100 is another year', () => {
  it.each([
    // 吴兴 2022 follows a missing 2021; 嵊州 2021 follows a 0: both left out. 嘉兴 2019 and 贺州 2020 are
    // each line's first year, with nothing before them to compare with: not counted as left out.
    { name: 'every year', range: FULL_RANGE, skipped: 2 },
    // the years before the range still count as "before": 吴兴 2022 is left out; 嵊州's 2021 is outside
    { name: 'from 2022', range: { from: 2022, to: null }, skipped: 1 },
  ])('change: the years left out are counted ($name)', ({ range, skipped }) => {
    const all = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou'];
    expect(trendSeries(points, all, 'change', range).skipped).toBe(skipped);
  });

  it('index over every year: a line starting later than the others says its own base year', () => {
    const series = trendSeries(points, ['jiaxing', 'hezhou', 'shengzhou'], 'index', FULL_RANGE);
    // 嘉兴 starts in 2019; 贺州 has one year (no index); 嵊州's base is 0 (no index)
    expect([...series.lateBases]).toEqual([]);
    const later = trendSeries(
      [...points, p('hezhou', 2022, 120)],
      ['jiaxing', 'hezhou'],
      'index',
      FULL_RANGE,
    );
    expect([...later.lateBases]).toEqual([['hezhou', 2020]]);
  });
});

describe('trend notes: each says what applies to the lines drawn, and only then', () => {
  const GAP = '缺少数据的年份留空，不按0画线。';
  const CHANGE =
    '较上年增减 =（本年 ÷ 上年 − 1）× 100%，只在相邻两年都有数据时计算；缺少数据的年份之后一年不计算，线在此断开。';
  const INDEX = '指数 = 本年 ÷ 首年 × 100，首年为各线在所选年份中第一个有数据的年份。';
  const AT_LEAST = '≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。';
  const RELATIVE =
    '由“≥”（至少）的本年数字与确切的比较年份数字算出的结果仍为“≥”；比较年份为“≥”或任一数字为“≈”时，结果只能标为“≈”（约）。';
  const withLateHezhou = [...points, p('hezhou', 2022, 120)];

  it.each([
    {
      name: 'figures with a ≥: the gap rule and what ≥ and ≈ mean',
      mode: 'value',
      selected: ['jiaxing', 'wuxing'],
      notes: [GAP, AT_LEAST],
    },
    {
      name: 'exact figures only: no ≥/≈ note',
      mode: 'value',
      selected: ['shengzhou'],
      notes: [GAP],
    },
    {
      name: 'a body with one year is named as a single point',
      mode: 'value',
      selected: ['hezhou', 'shengzhou'],
      notes: ['贺州只有一年的数据，显示为单点；更多年份可在“数据”页上传。', GAP],
    },
    {
      name: 'two bodies with one year each are listed together',
      mode: 'value',
      selected: ['hezhou', 'jiaxing'],
      points: [p('hezhou', 2020, 98), p('jiaxing', 2021, 300)],
      notes: ['贺州、嘉兴只有一年的数据，显示为单点；更多年份可在“数据”页上传。', GAP],
    },
    {
      name: 'change: the change rule instead of the gap rule, no single-point note, and how ≥ carries over',
      mode: 'change',
      selected: ['jiaxing', 'hezhou'],
      notes: [CHANGE, AT_LEAST, RELATIVE],
    },
    {
      name: 'change from exact figures: no qualifier notes',
      mode: 'change',
      selected: ['shengzhou', 'hezhou'],
      points: [p('shengzhou', 2020, 5), p('shengzhou', 2021, 10), p('hezhou', 2020, 98)],
      notes: [CHANGE],
    },
    {
      name: 'index: the index rule, and the line whose 100 is a later year',
      mode: 'index',
      selected: ['jiaxing', 'hezhou'],
      points: withLateHezhou,
      notes: [
        GAP,
        INDEX,
        '以下地区在所选起始年没有数据，以各自的第一年为100：贺州以2020年为100。',
        AT_LEAST,
        RELATIVE,
      ],
    },
    {
      name: 'index: two late lines listed together',
      mode: 'index',
      selected: ['jiaxing', 'hezhou', 'shengzhou'],
      points: [
        p('jiaxing', 2019, 1),
        p('jiaxing', 2022, 2),
        p('hezhou', 2020, 98),
        p('hezhou', 2022, 120),
        p('shengzhou', 2021, 10),
        p('shengzhou', 2022, 12),
      ],
      notes: [
        GAP,
        INDEX,
        '以下地区在所选起始年没有数据，以各自的第一年为100：贺州以2020年为100、嵊州以2021年为100。',
      ],
    },
    {
      name: 'nobody selected: asks for one',
      mode: 'value',
      selected: [],
      notes: [GAP, '请至少选择一个地区。'],
    },
  ] as const)('$name', ({ mode, selected, notes, ...rest }) => {
    const data = ('points' in rest ? rest.points : undefined) ?? points;
    expect(trendModel({ indicator, selected, mode, range: FULL_RANGE }, data, catalog, 'zh').notes).toEqual(
      notes,
    );
  });

  it('an indicator compared with care leads the notes with its warning', () => {
    const careful = {
      ...indicator,
      comparability_zh: '各地统计口径不同',
      comparability_en: 'counted differently',
    };
    const notes = (lang: 'zh' | 'en') =>
      trendModel({ indicator: careful, selected: ['shengzhou'] }, points, catalog, lang).notes;
    expect(notes('zh')).toEqual(['⚠ 各地统计口径不同', GAP]);
    expect(notes('en')[0]).toBe('⚠ counted differently');
  });
});

describe('trend chart: drawn only when a line has something to draw, sized for what it holds', () => {
  it.each([
    { name: 'lines: the full height', selected: ['jiaxing', 'wuxing'], height: 380 },
    { name: 'only single points: a lower chart', selected: ['hezhou'], height: 300 },
    { name: 'a single point beside a line: the full height', selected: ['hezhou', 'jiaxing'], height: 380 },
    {
      name: 'phone: the legend list, one body a line, is added below the lines',
      selected: ['jiaxing', 'wuxing'],
      compact: true,
      height: 380 + trendLegendHeight(2),
    },
    {
      name: 'phone, a single point',
      selected: ['hezhou'],
      compact: true,
      height: 300 + trendLegendHeight(1),
    },
    {
      // one change is one point, yet not "one year of data": the chart keeps its height
      name: 'change: one change drawn is not a single-year body',
      mode: 'change',
      selected: ['jiaxing'],
      points: [p('jiaxing', 2021, 10), p('jiaxing', 2022, 12)],
      height: 380,
    },
  ] as const)('$name', ({ selected, height, ...rest }) => {
    const compact = 'compact' in rest;
    const m = trendModel(
      // the desktop layout is the default: compact is passed only for the phone
      { indicator, selected, mode: 'mode' in rest ? rest.mode : 'value', ...(compact ? { compact } : {}) },
      ('points' in rest ? rest.points : undefined) ?? points,
      catalog,
      'zh',
    );
    expect(m.chart?.height).toBe(height);
    expect(m.chart?.testId).toBe('trend-chart');
    // an image is laid out as on a desktop whatever the window: the phone's option has the list legend
    const legend = (o: unknown) => (o as { legend: { type: string } }).legend.type;
    expect(legend(m.chart!.option)).toBe(compact ? 'plain' : 'scroll');
    expect(m.chart!.exportLayout === undefined).toBe(!compact);
    if (compact) expect(legend(m.chart!.exportLayout!.option())).toBe('scroll');
  });

  it.each([
    { name: 'nobody selected', selected: [] as string[], data: points },
    { name: 'the selected bodies have no figures', selected: ['hangzhou-jiusan'], data: points },
    { name: 'an index with one year has nothing to draw', selected: ['hezhou'], data: points, mode: 'index' },
  ] as const)('no chart when nothing is drawn: $name', ({ selected, data, ...rest }) => {
    const mode = 'mode' in rest ? rest.mode : 'value';
    expect(trendModel({ indicator, selected, mode }, data, catalog, 'zh').chart).toBeNull();
  });

  it('while loading: no chart, no summary, an empty table still named for the indicator', () => {
    const m = trendModel({ indicator, selected: ['jiaxing'] }, null, catalog, 'zh');
    expect(m.id).toBe('trend');
    expect(m.chart).toBeNull();
    expect(m.summary).toBe('');
    expect(m.scopeNote).toBe('');
    expect(m.export).toEqual({ table: { header: [], rows: [] }, sources: [], fileParts: ['立案提案'] });
    expect(m.subtitle).toBe('立案提案的数量 · 单位：件 · 全部年份');
    // no figure is known yet, so none is said to be ≥ or ≈
    expect(m.notes).toEqual(['缺少数据的年份留空，不按0画线。']);
  });

  it('the scope note names the levels of the bodies drawn, not of those without figures', () => {
    const scope = (selected: string[]) =>
      trendModel({ indicator, selected }, points, catalog, 'zh').scopeNote;
    // 嘉兴 is a prefecture-level city, 吴兴 a district: they differ
    expect(scope(['jiaxing', 'wuxing'])).toContain('吴兴');
    // 杭州九三 (another kind of body) has no figures, so nothing of different levels is drawn
    expect(scope(['jiaxing', 'hangzhou-jiusan'])).toBe('');
  });
});

describe('trend subtitle: what is drawn and over which years', () => {
  it.each([
    {
      name: 'index, no chosen start: each line’s own first year',
      mode: 'index',
      range: FULL_RANGE,
      subtitle: '立案提案的数量 · 指数（各线首年=100） · 全部年份',
    },
    {
      name: 'only a start chosen: to the last year drawn',
      mode: 'value',
      range: { from: 2018, to: null },
      subtitle: '立案提案的数量 · 单位：件 · 2018—2022年',
    },
    {
      name: 'a one-year range without a figure still names the chosen year',
      mode: 'value',
      range: { from: 2021, to: 2021 },
      selected: ['wuxing'],
      subtitle: '立案提案的数量 · 单位：件 · 2021—2021年',
    },
    {
      name: 'only an end chosen: from the first year drawn',
      mode: 'value',
      range: { from: null, to: 2021 },
      subtitle: '立案提案的数量 · 单位：件 · 2019—2021年',
    },
    {
      name: 'a chosen end before any figure: nothing drawn, no years named',
      mode: 'value',
      range: { from: null, to: 2018 },
      subtitle: '立案提案的数量 · 单位：件 · 全部年份',
    },
    {
      name: 'an empty range names no invented years',
      mode: 'value',
      range: { from: 2022, to: 2020 },
      subtitle: '立案提案的数量 · 单位：件 · 全部年份',
    },
    {
      name: 'English, the figures',
      mode: 'value',
      range: { from: 2020, to: 2021 },
      lang: 'en',
      subtitle: 'number of proposals_filed · unit: items · 2020–2021',
    },
  ] as const)('$name', ({ mode, range, subtitle, ...rest }) => {
    const lang = ('lang' in rest ? rest.lang : undefined) ?? 'zh';
    const selected = ('selected' in rest ? rest.selected : undefined) ?? ['jiaxing', 'wuxing'];
    expect(trendModel({ indicator, selected, mode, range }, points, catalog, lang).subtitle).toBe(subtitle);
  });
});

describe('trend series: a body without figures in the range has no data, not a reason', () => {
  it.each([
    {
      name: 'change, a body with no figure at all',
      mode: 'change',
      selected: ['hangzhou-jiusan'],
      range: FULL_RANGE,
    },
    {
      name: 'index, a body with no figure at all',
      mode: 'index',
      selected: ['hangzhou-jiusan'],
      range: FULL_RANGE,
    },
    // 贺州's one figure is in 2020
    {
      name: 'change, figures only outside the range',
      mode: 'change',
      selected: ['hezhou'],
      range: { from: 2021, to: null },
    },
    {
      name: 'index, figures only outside the range',
      mode: 'index',
      selected: ['hezhou'],
      range: { from: 2021, to: null },
    },
  ] as const)('$name', ({ mode, selected, range }) => {
    const series = trendSeries(points, selected, mode, range);
    expect(series.shown).toEqual([]);
    expect([...series.noSeries]).toEqual([]);
  });
});

describe('change text: a change that rounds to zero has no sign', () => {
  it.each([
    { value: 0.04, zh: '0%' },
    { value: -0.04, zh: '0%' },
    { value: 0.06, zh: '+0.1%' },
    { value: -0.06, zh: '−0.1%' },
  ])('$value → $zh', ({ value, zh }) => {
    expect(formatChange(value, 'exact', 'zh')).toBe(zh);
  });
});

describe('trend series whatever order the figures arrive in', () => {
  const shuffled = [...points].reverse();
  it.each(['value', 'change', 'index'] as const)(
    '%s: the same points as from figures in year order',
    (mode) => {
      const all = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou'];
      expect(trendSeries(shuffled, all, mode, FULL_RANGE)).toEqual(
        trendSeries(points, all, mode, FULL_RANGE),
      );
    },
  );

  it('change: a change compared with the year before the range does not make a "late" base', () => {
    // 嘉兴 2021 is compared with 2020, before the range: that is the change rule, not an index base
    expect([
      ...trendSeries(points, ['jiaxing', 'wuxing'], 'change', { from: 2021, to: null }).lateBases,
    ]).toEqual([]);
  });
});
