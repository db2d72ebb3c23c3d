import { describe, expect, it } from 'vitest';
import type { MatrixCell } from './matrixQuery';
import { FIXTURE_CATEGORIES, FIXTURE_INDICATORS, indicator } from '../../../tests/support/fixture';
import {
  JURISDICTIONS_WITH_XSS as jurisdictions,
  XSS,
  XSS_ESCAPED,
  ariaDescription,
  renderSvg,
  tooltipOf,
} from '../../../tests/support/chartRender';
import {
  columnYears,
  comparabilityMark,
  MATRIX_ROW_LABEL_WIDTH,
  matrixHeight,
  matrixOption,
  rankTier,
  RANK_TIERS,
} from './matrixOption';
import { contrastRatio } from '../../charts/contrast';
import { estimateTextWidth } from '../../export/textLayout';
import { richSafe } from '../../charts/richText';
import { matrixIndicators, matrixSummary, type MatrixTextInput } from './matrixSummary';

const indicators = [
  ...FIXTURE_INDICATORS,
  indicator('info_submitted', '编报信息', { category: 'info', unit_zh: '条' }),
];
const categories = [
  ...FIXTURE_CATEGORIES,
  { id: 'info', name_zh: '社情民意', name_en: 'Information', sort_order: 2 },
];

function c(
  jurisdiction_id: string,
  indicator_id: string,
  value: number,
  rank: number,
  reporters: number,
  extra: Partial<MatrixCell> = {},
): MatrixCell {
  return {
    jurisdiction_id,
    indicator_id,
    year: 2022,
    value,
    qualifier: 'exact',
    numerator: null,
    denominator: null,
    rank,
    reporters,
    comparable: 'yes',
    comparability_zh: null,
    comparability_en: null,
    ...extra,
  };
}

const cells = [
  c('jiaxing', 'proposals_filed', 369, 1, 3),
  c('wuxing', 'proposals_filed', 98, 2, 3),
  c('hezhou', 'proposals_filed', 98, 2, 3, { qualifier: 'at_least' }),
  c('jiaxing', 'proposals_answered', 369, 1, 1),
  c('wuxing', 'info_submitted', 162, 1, 2),
  c('shengzhou', 'info_submitted', 100, 2, 2, { year: 2024 }),
];
const selected = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou', 'hangzhou-jiusan'];

function input(overrides: Partial<MatrixTextInput> = {}): MatrixTextInput {
  const category = overrides.category ?? null;
  return {
    cells,
    indicators: matrixIndicators(
      cells,
      indicators,
      categories,
      category?.id ?? null,
      overrides.selected ?? selected,
    ),
    selected,
    jurisdictions,
    year: 2022,
    category,
    lang: 'zh',
    ...overrides,
  };
}

type HeatItem = { value: [number, number, number]; key: string };

describe('matrix rows', () => {
  it.each([
    {
      name: 'without a category: indicators two or more selected jurisdictions report',
      category: null,
      selected,
      expected: ['proposals_filed', 'info_submitted'],
    },
    {
      name: 'a category: all its indicators someone reports',
      category: 'proposals',
      selected,
      expected: ['proposals_answered', 'proposals_filed'],
    },
    {
      name: 'deselecting a jurisdiction can make an indicator no longer shared',
      category: null,
      selected: ['jiaxing', 'wuxing'],
      expected: ['proposals_filed'],
    },
  ])('$name', ({ category, selected: sel, expected }) => {
    expect(matrixIndicators(cells, indicators, categories, category, sel).map((i) => i.id)).toEqual(expected);
  });
});

describe('matrix heatmap option', () => {
  it('colours by within-indicator rank; one reporter is its own colour; a missing cell is not a zero', () => {
    expect(
      [
        rankTier({ rank: 1, reporters: 3 }),
        rankTier({ rank: 2, reporters: 3 }),
        rankTier({ rank: 7, reporters: 9 }),
      ].map((t) => t.id),
    ).toEqual(['rank1', 'rank2', 'rank4']);
    expect(rankTier({ rank: 1, reporters: 1 })).toBe(RANK_TIERS[4]);
    const data = (matrixOption(input()).series as Array<{ data: HeatItem[] }>)[0]!.data;
    const byKey = Object.fromEntries(data.map((d) => [d.key, d.value[2]]));
    expect(byKey['proposals_filed|jiaxing']).toBe(1);
    expect(byKey['proposals_filed|wuxing']).toBe(2);
    expect(byKey['proposals_filed|shengzhou']).toBe(0); // the "no data" colour
  });

  it.each([
    { text: '369件', why: 'the raw value in the cell' },
    { text: '≥98件', why: 'lower bound marked' },
    { text: '—', why: 'missing cell marked with a dash, not 0' },
    { text: '区政协', why: 'level/body under the names where they differ' },
  ])('renders $text — $why', ({ text }) => {
    expect(renderSvg(matrixOption(input()), 900, 400)).toContain(text);
  });

  it('labels each column with its year in "latest" mode, and a cell only when its column mixes years', () => {
    const latest = input({ year: 'latest' });
    expect(Object.fromEntries(columnYears(cells, ['jiaxing', 'shengzhou']))).toEqual({
      jiaxing: 2022,
      shengzhou: 2024,
    });
    const svg = renderSvg(matrixOption(latest), 900, 400);
    expect(svg).toContain('2024');
    const mixed = [...cells, c('shengzhou', 'proposals_filed', 40, 4, 4, { year: 2023 })];
    expect(columnYears(mixed, ['shengzhou']).get('shengzhou')).toBeNull();
  });

  it('compact layout shows short numbers for phones', () => {
    const big = [
      c('jiaxing', 'proposals_filed', 82160, 1, 2),
      c('wuxing', 'proposals_filed', 10000, 2, 2, { qualifier: 'at_least' }),
    ];
    const svg = renderSvg(
      matrixOption(input({ cells: big, indicators: [indicators[0]!] }), { compact: true }),
      375,
      200,
    );
    expect(svg).toContain('8.2万');
    expect(svg).toContain('≥1万');
  });

  it.each([
    { lang: 'en', compact: false, width: MATRIX_ROW_LABEL_WIDTH.en },
    { lang: 'zh', compact: false, width: MATRIX_ROW_LABEL_WIDTH.zh },
    { lang: 'en', compact: true, width: 104 },
    { lang: 'zh', compact: false, width: MATRIX_ROW_LABEL_WIDTH.zh, markup: true },
  ] as const)(
    'breaks a long row name into lines itself, the same on every drawing ($lang, compact $compact)',
    (row) => {
      const { lang, compact, width } = row;
      // A name holding markup characters: their full-width stand-ins are wider, and must fit too.
      const markup = 'markup' in row;
      const long = indicator(
        'info_adopted_national',
        markup ? '{a|b}超长指标名称没有空格一直写下去一直写下去' : '被全国政协采用的社情民意信息数量（条）',
        { name_en: 'Information items adopted by the National CPPCC' },
      );
      const option = matrixOption(input({ lang, indicators: [long] }), { compact });
      const label = (option.yAxis as { axisLabel: Record<string, unknown> }).axisLabel;
      // ECharts' own breaking depends on how busy the machine is: it must not run on these labels.
      expect(label.overflow).toBeUndefined();
      expect(label.width).toBe(width);
      const lines = (label.formatter as (id: string) => string)(long.id).split('\n');
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(lang === 'en' ? ' ' : '')).toBe(
        richSafe(lang === 'en' ? long.name_en : long.name_zh),
      );
      for (const line of lines)
        expect(estimateTextWidth(line, compact ? 11 : 12, false)).toBeLessThanOrEqual(width);
    },
  );

  it.each(['zh', 'en'] as const)('never lets a name become markup (%s)', (lang) => {
    const evil = [c('evil', 'proposals_filed', 5, 1, 2), c('jiaxing', 'proposals_filed', 4, 2, 2)];
    const option = matrixOption(
      input({ cells: evil, selected: ['evil', 'jiaxing'], indicators: [indicators[0]!], lang }),
    );
    const html = tooltipOf(option, { data: { key: 'proposals_filed|evil' } });
    expect(html).not.toContain('<img');
    expect(html).toContain(XSS_ESCAPED);
    const svg = renderSvg(option, 900, 300);
    expect(svg).not.toContain('<img');
    expect(svg).toContain(lang === 'zh' ? XSS_ESCAPED : '&lt;img');
    expect(ariaDescription(option)).toContain(XSS);
  });
});

describe('matrix summary', () => {
  it.each([
    {
      name: 'one year, shared indicators (zh)',
      over: {},
      expected: '2022年，至少两个地区报告的2项指标中，嘉兴居首1项、吴兴居首1项；杭州九三无这些指标的数据。',
    },
    {
      name: 'latest years are named per jurisdiction (en)',
      over: { year: 'latest' as const, lang: 'en' as const },
      expected:
        '2 indicators reported by at least two jurisdictions, latest comparable year (2024 for Shengzhou; 2022 for Jiaxing, Wuxing, Hezhou): first place on 2 compared: Jiaxing on 1, Wuxing on 1; no data for Hangzhou-jiusan.',
    },
    {
      name: 'a category with a single-reporter indicator',
      over: { category: FIXTURE_CATEGORIES[0]! },
      expected:
        '2022年，“提案”类2项指标中，嘉兴居首1项；1项只有一个地区报告；嵊州、杭州九三无这些指标的数据。',
    },
  ])('$name', ({ over, expected }) => {
    expect(matrixSummary(input(over))).toBe(expected);
  });
});

// What a reader is told in each cell, on hover and around the grid: each case a bug that could ship unseen.
describe('matrix option: cells, tooltips and labels', () => {
  type Option = ReturnType<typeof matrixOption>;
  type Cell = { value: number[]; key: string; itemStyle?: { borderType: string } };
  type Series = {
    type: string;
    data: Cell[];
    itemStyle: { borderColor: string };
    label: { show: boolean; fontSize: number; formatter: (p: { data: { key: string } }) => string };
  };
  type XAxis = {
    type: string;
    position: string;
    axisLabel: {
      formatter: (id: string) => string;
      rich: Record<string, { color: string; fontSize: number }>;
    };
  };
  type YAxis = { type: string; inverse: boolean; axisLabel: { fontSize: number; color: string } };
  const series = (o: Option) => (o.series as Series[])[0]!;
  const cellText = (o: Option, key: string) => series(o).label.formatter({ data: { key } });
  const tip = (o: Option, key: string) => tooltipOf(o, { data: { key } });
  const one = (cs: MatrixCell[], over: Partial<MatrixTextInput> = {}) =>
    input({ cells: cs, indicators: [indicators[0]!], selected: ['jiaxing', 'wuxing', 'shengzhou'], ...over });
  const reasoned = { comparability_zh: '含各渠道报送', comparability_en: 'Any channel' };

  it.each([
    {
      name: 'a ranked cell: year, value, rank of how many',
      cell: c('wuxing', 'proposals_filed', 98, 2, 3),
      has: ['2022: <b>98件</b>', '第2名（共3个地区报告）', '<span style="color:#5f6368">区政协</span>'],
      not: ['⊘', '◐', '无从排名'],
    },
    {
      name: 'the only reporter: no rank to give',
      cell: c('wuxing', 'proposals_filed', 98, 1, 1),
      has: ['仅此一个地区报告，无从排名'],
      not: ['第1名'],
    },
    {
      name: 'not comparable: not ranked, with its reason',
      cell: c('wuxing', 'proposals_filed', 98, 1, 3, { rank: null, comparable: 'no', ...reasoned }),
      has: ['⊘ 不可比，不排名', '<br/>含各渠道报送'],
      not: ['第1名', '◐'],
    },
    {
      name: 'partly comparable: ◐ with its reason',
      cell: c('wuxing', 'proposals_filed', 98, 1, 3, { comparable: 'partly', ...reasoned }),
      has: ['◐ 部分可比：含各渠道报送', '第1名'],
      not: ['⊘'],
    },
    {
      name: 'partly comparable without a reason: no empty ◐ line',
      cell: c('wuxing', 'proposals_filed', 98, 1, 3, { comparable: 'partly' }),
      has: ['第1名'],
      not: ['◐'],
    },
    {
      name: 'a comparable cell with a stored reason: the reason is not shown',
      cell: c('wuxing', 'proposals_filed', 98, 1, 3, reasoned),
      has: ['第1名'],
      not: ['含各渠道报送'],
    },
    {
      name: 'a rate: its parts',
      cell: c('wuxing', 'proposals_filed', 50, 1, 3, { numerator: 5, denominator: 10 }),
      has: ['5 ÷ 10'],
      not: [],
    },
    {
      name: 'only one part known: no formula',
      cell: c('wuxing', 'proposals_filed', 50, 1, 3, { numerator: 5 }),
      has: ['第1名'],
      not: ['÷'],
    },
  ])('tooltip: $name', ({ cell, has, not }) => {
    const html = tip(matrixOption(one([cell])), 'proposals_filed|wuxing');
    for (const text of has) expect(html).toContain(text);
    for (const text of not) expect(html).not.toContain(text);
  });

  it('tooltip of a cell without a figure says so; an unknown key or none gives no tooltip', () => {
    const option = matrixOption(one([c('wuxing', 'proposals_filed', 98, 1, 1)]));
    expect(tip(option, 'proposals_filed|shengzhou')).toContain('<br/>无此项数据');
    expect(tip(option, 'nothing|wuxing')).toBe('');
    expect(tooltipOf(option, {})).toBe('');
    // the jurisdiction's name on the second line
    expect(tip(option, 'proposals_filed|shengzhou')).toContain('<b>立案提案</b><br/>嵊州');
  });

  it.each([
    { name: 'a ranked figure as is', cell: c('wuxing', 'proposals_filed', 98, 2, 3), text: '98件' },
    {
      name: 'not comparable: ⊘ before the figure',
      cell: c('wuxing', 'proposals_filed', 98, 1, 3, { rank: null, comparable: 'no' }),
      text: '⊘ 98件',
    },
    {
      name: 'partly comparable: ◐ after it',
      cell: c('wuxing', 'proposals_filed', 98, 1, 3, { comparable: 'partly' }),
      text: '98件 ◐',
    },
    {
      name: 'no figure: a dash, never 0',
      cell: c('jiaxing', 'proposals_filed', 1, 1, 1),
      text: '—',
      key: 'proposals_filed|shengzhou',
    },
  ])('cell text: $name', ({ cell, text, key }) => {
    expect(cellText(matrixOption(one([cell])), key ?? 'proposals_filed|wuxing')).toBe(text);
  });

  it('each year, "latest": the year in the cell only where its column mixes years', () => {
    const cs = [
      c('wuxing', 'proposals_filed', 98, 1, 2, { year: 2023 }),
      c('wuxing', 'proposals_answered', 50, 1, 2, { year: 2024 }),
      c('jiaxing', 'proposals_filed', 90, 2, 2, { year: 2022 }),
      c('jiaxing', 'proposals_answered', 40, 2, 2, { year: 2022 }),
    ];
    const over = { indicators: [indicators[0]!, indicators[1]!], selected: ['jiaxing', 'wuxing'] };
    const latest = matrixOption(one(cs, { ...over, year: 'latest' }));
    expect(cellText(latest, 'proposals_filed|wuxing')).toBe('98件\n2023');
    expect(cellText(latest, 'proposals_filed|jiaxing')).toBe('90件');
    const x = (latest.xAxis as XAxis).axisLabel;
    expect(x.formatter('jiaxing')).toBe('{name|嘉兴}\n{year|2022}\n{scope|地级市政协}');
    expect(x.formatter('wuxing')).toBe('{name|吴兴}\n{scope|区政协}');
    const fixed = matrixOption(one(cs, { ...over, year: 2023 }));
    expect(cellText(fixed, 'proposals_filed|wuxing')).toBe('98件');
    expect((fixed.xAxis as XAxis).axisLabel.formatter('jiaxing')).toBe('{name|嘉兴}\n{scope|地级市政协}');
    const phone = matrixOption(one(cs, { ...over, year: 'latest' }), { compact: true });
    expect((phone.xAxis as XAxis).axisLabel.formatter('jiaxing')).toBe('{name|嘉兴} {year|2022}');
    expect((phone.xAxis as XAxis).axisLabel.formatter('wuxing')).toBe('{name|吴兴}');
  });

  it.each([
    {
      name: 'Chinese, bodies of different levels: name, then level and body',
      lang: 'zh' as const,
      compact: false,
      expected: '{name|吴兴}\n{scope|区政协}',
    },
    {
      name: 'English: one word a line (rich text does not cross a break)',
      lang: 'en' as const,
      compact: false,
      expected: '{name|Hangzhou}\n{name|Jiusan}\n{scope|democratic party city committee}',
    },
    { name: 'phone: the name alone, turned', lang: 'zh' as const, compact: true, expected: '{name|吴兴}' },
  ])('column head: $name', ({ lang, compact, expected }) => {
    const cs = [c('wuxing', 'proposals_filed', 98, 1, 2), c('hangzhou-jiusan', 'proposals_filed', 90, 2, 2)];
    const j = new Map(jurisdictions);
    j.set('hangzhou-jiusan', { ...j.get('hangzhou-jiusan')!, name_en: 'Hangzhou Jiusan' });
    const option = matrixOption(
      one(cs, { lang, jurisdictions: j, selected: ['wuxing', 'hangzhou-jiusan'] }),
      { compact },
    );
    const id = lang === 'en' ? 'hangzhou-jiusan' : 'wuxing';
    expect((option.xAxis as XAxis).axisLabel.formatter(id)).toBe(expected);
  });

  it.each([
    {
      name: 'bodies all of one level and kind: the name alone, no level line under it',
      lang: 'zh' as const,
      selected: ['jiaxing', 'hezhou'],
      id: 'jiaxing',
      nameEn: null,
      expected: '{name|嘉兴}',
    },
    {
      name: 'an English name with two spaces between its words: no empty line between them',
      lang: 'en' as const,
      selected: ['wuxing', 'hangzhou-jiusan'],
      id: 'hangzhou-jiusan',
      nameEn: 'Hangzhou  Jiusan',
      expected: '{name|Hangzhou}\n{name|Jiusan}\n{scope|democratic party city committee}',
    },
  ])('column head: $name', ({ lang, selected: sel, id, nameEn, expected }) => {
    const j = new Map(jurisdictions);
    if (nameEn) j.set(id, { ...j.get(id)!, name_en: nameEn });
    const cs = sel.map((s, i) => c(s, 'proposals_filed', 98 - i, i + 1, sel.length));
    const option = matrixOption(one(cs, { lang, jurisdictions: j, selected: sel }));
    expect((option.xAxis as XAxis).axisLabel.formatter(id)).toBe(expected);
  });

  it('"latest": a column’s year is read from the rows shown, not from a figure of an indicator left out', () => {
    const cs = [
      c('jiaxing', 'proposals_filed', 90, 1, 2, { year: 2022 }),
      c('wuxing', 'proposals_filed', 80, 2, 2, { year: 2022 }),
      // a newer figure of an indicator the matrix does not show
      c('jiaxing', 'info_submitted', 162, 1, 1, { year: 2024 }),
    ];
    const option = matrixOption(
      one(cs, { indicators: [indicators[0]!], selected: ['jiaxing', 'wuxing'], year: 'latest' }),
    );
    expect((option.xAxis as XAxis).axisLabel.formatter('jiaxing')).toBe(
      '{name|嘉兴}\n{year|2022}\n{scope|地级市政协}',
    );
    expect(cellText(option, 'proposals_filed|jiaxing')).toBe('90件');
  });

  it('each row is named by its own indicator and each cell carries its own row’s unit', () => {
    const cs = [
      c('jiaxing', 'proposals_filed', 90, 1, 2),
      c('wuxing', 'proposals_filed', 80, 2, 2),
      c('wuxing', 'info_submitted', 162, 1, 1),
    ];
    const option = matrixOption(
      one(cs, { indicators: [indicators[0]!, indicators[3]!], selected: ['jiaxing', 'wuxing'] }),
    );
    const rowName = (option.yAxis as { axisLabel: { formatter: (id: string) => string } }).axisLabel
      .formatter;
    expect(['proposals_filed', 'info_submitted'].map(rowName)).toEqual(['立案提案', '编报信息']);
    expect(cellText(option, 'info_submitted|wuxing')).toBe('162条');
    expect(cellText(option, 'proposals_filed|wuxing')).toBe('80件');
  });

  it('tooltip of a body the catalog does not know: its id, with no empty level beside it', () => {
    const option = matrixOption(
      one([c('wuxing', 'proposals_filed', 98, 1, 1)], { selected: ['wuxing', 'nobody'] }),
    );
    const html = tip(option, 'proposals_filed|nobody');
    expect(html).toContain('<b>立案提案</b><br/>nobody<br/>');
    expect(html).not.toContain('<span');
  });

  it('missing and not-comparable cells are outlined with a dashed line; ranked cells are not', () => {
    const option = matrixOption(
      one([
        c('jiaxing', 'proposals_filed', 9, 1, 2),
        c('wuxing', 'proposals_filed', 8, 1, 2, { rank: null }),
      ]),
    );
    const byKey = new Map(series(option).data.map((d) => [d.key, d]));
    expect(byKey.get('proposals_filed|jiaxing')!.itemStyle).toBeUndefined();
    expect(byKey.get('proposals_filed|wuxing')!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(byKey.get('proposals_filed|shengzhou')!.itemStyle).toMatchObject({ borderType: 'dashed' });
    // cells stand apart on the page's white
    expect(series(option).itemStyle.borderColor).toBe('#fff');
  });

  it('the cell under the pointer is outlined in dark, so the cell its tooltip describes is plain to see', () => {
    const option = matrixOption(one([c('jiaxing', 'proposals_filed', 9, 1, 2)]));
    const hover = (
      series(option) as Series & { emphasis: { itemStyle: { borderColor: string; borderWidth: number } } }
    ).emphasis.itemStyle;
    expect(hover.borderWidth).toBeGreaterThan(0);
    // against the white gaps between cells it stands out (≥ 3:1, WCAG AA for graphics)
    expect(contrastRatio(hover.borderColor, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('draws still, keeps the tooltip on screen, names on top, first indicator first, colours by tier only', () => {
    const option = matrixOption(one([c('jiaxing', 'proposals_filed', 9, 1, 2)]));
    expect(option.animation).toBe(false);
    // screen readers are given the text summary
    expect(option.aria).toMatchObject({ enabled: true, label: { description: ariaDescription(option) } });
    expect(ariaDescription(option)).not.toBe('');
    expect(option.tooltip).toMatchObject({ trigger: 'item', confine: true });
    // the legend is drawn beside the chart, from MATRIX_LEGEND: ECharts' own would repeat it
    expect(option.visualMap).toMatchObject({ type: 'piecewise', show: false, dimension: 2 });
    expect(option.xAxis).toMatchObject({ type: 'category', position: 'top' });
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(series(option)).toMatchObject({ type: 'heatmap', label: { show: true } });
    // names are never cut off at the chart's edge
    expect(option.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
  });

  it.each([
    { compact: false, rotate: 0 },
    { compact: true, rotate: 40 },
  ])(
    'column heads turned on a phone only, where five names side by side do not fit (compact $compact)',
    ({ compact, rotate }) => {
      const option = matrixOption(one([c('jiaxing', 'proposals_filed', 9, 1, 2)]), { compact });
      expect((option.xAxis as { axisLabel: { rotate: number; interval: number } }).axisLabel).toMatchObject({
        rotate,
        interval: 0,
      });
    },
  );

  it.each([
    { compact: false, cell: 12, rowName: 12, columnName: 13 },
    { compact: true, cell: 11, rowName: 11, columnName: 12 },
  ])(
    'smaller type on a phone (compact $compact), names and cells legible on white',
    ({ compact, cell, rowName, columnName }) => {
      const option = matrixOption(one([c('jiaxing', 'proposals_filed', 9, 1, 2)]), { compact });
      expect(series(option).label.fontSize).toBe(cell);
      const y = (option.yAxis as YAxis).axisLabel;
      expect(y.fontSize).toBe(rowName);
      const rich = (option.xAxis as XAxis).axisLabel.rich;
      expect(rich.name!.fontSize).toBe(columnName);
      for (const color of [y.color, rich.name!.color, rich.year!.color, rich.scope!.color])
        expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each([
    { name: 'desktop, one level', rows: 3, scope: false, compact: false, height: 3 * 34 + 60 },
    {
      name: 'desktop, levels shown under the names',
      rows: 3,
      scope: true,
      compact: false,
      height: 3 * 34 + 84,
    },
    { name: 'phone: taller rows and turned heads', rows: 3, scope: true, compact: true, height: 3 * 46 + 90 },
  ])('height: $name', ({ rows, scope, compact, height }) => {
    expect(matrixHeight(rows, scope, { compact })).toBe(height);
  });

  it('tier: the fourth colour for every rank from 4 down; one reporter is “sole” even at rank 1; unranked is white', () => {
    expect(rankTier({ rank: 4, reporters: 9 }).id).toBe('rank4');
    expect(rankTier({ rank: 3, reporters: 9 }).id).toBe('rank3');
    expect(rankTier({ rank: 1, reporters: 2 }).id).toBe('rank1');
    expect(rankTier({ rank: 1, reporters: 0 }).id).toBe('sole');
    expect(rankTier({ rank: null, reporters: 3 }).id).toBe('unranked');
    expect(comparabilityMark({ rank: null, comparable: 'partly' })).toBe('⊘');
    expect(comparabilityMark({ rank: 1, comparable: 'yes' })).toBe('');
  });
});
