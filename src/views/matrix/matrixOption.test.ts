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
import { columnYears, MATRIX_ROW_LABEL_WIDTH, matrixOption, rankTier, RANK_TIERS } from './matrixOption';
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
