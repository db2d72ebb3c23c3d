import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_INDICATORS,
  FIXTURE_JURISDICTIONS,
  FIXTURE_SOURCES,
  indicator,
} from '../../../tests/support/fixture';
import { modelCatalog } from '../viewModel';
import { MATRIX_LEGEND, matrixInput, matrixModel, type MatrixState } from './matrixModel';
import { MATRIX_ROW_HEIGHT, MATRIX_ROW_HEIGHT_COMPACT, MATRIX_ROW_LABEL_WIDTH } from './matrixOption';
import { wrapAxisLabels } from '../../export/fitLabels';
import { MAX_MATRIX_ROWS } from './matrixQuery';
import { matrixCell } from '../../../tests/support/matrixCell';

// The matrix model without the engine: notes, heights, the image layout and the cells handed on.

const INDICATORS: Indicator[] = [
  ...FIXTURE_INDICATORS,
  indicator('info_submitted', '编报信息', {
    category: 'info',
    unit_zh: '条',
    comparability_zh: '部分地区含转报',
    comparability_en: 'some include forwarded items',
  }),
];
const CATEGORIES = [
  ...FIXTURE_CATEGORIES,
  { id: 'info', name_zh: '社情民意', name_en: 'Information', sort_order: 2 },
];
const maps = modelCatalog({
  jurisdictions: FIXTURE_JURISDICTIONS,
  indicators: INDICATORS,
  categories: CATEGORIES,
  sources: FIXTURE_SOURCES,
});

const c = matrixCell;

const CELLS = [
  c('jiaxing', 'proposals_filed', 369, 1),
  c('hezhou', 'proposals_filed', 98, 2),
  c('jiaxing', 'info_submitted', 5, 1),
  c('hezhou', 'info_submitted', 3, 2),
];
const state = (s: Partial<MatrixState> = {}): MatrixState => ({
  year: 2022,
  category: null,
  selected: ['jiaxing', 'hezhou'],
  compact: false,
  ...s,
});
const AT_LEAST = '≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。';

describe('matrix model: notes, folded scope notes, height and export', () => {
  it.each([
    {
      name: 'two bodies of one level, exact figures: the summary, no notes, the indicator’s scope note folded',
      state: state(),
      cells: CELLS,
      lang: 'zh' as Lang,
      expected: {
        subtitle: '2022年 · 色块为各指标内的名次，格内为原始数值',
        scopeNote: '',
        summary: '2022年，至少两个地区报告的2项指标中，嘉兴居首2项。',
        notes: [],
        foldedNotes: { label: '口径说明（1项指标）', items: ['编报信息：部分地区含转报'] },
      },
      height: 2 * MATRIX_ROW_HEIGHT + 60,
      exportRows: 4,
    },
    {
      name: 'an ≈ figure: the ≥/≈ key',
      state: state(),
      cells: [...CELLS.slice(0, 3), c('hezhou', 'info_submitted', 3, 2, { qualifier: 'approx' })],
      lang: 'zh' as Lang,
      expected: { notes: [AT_LEAST] },
      height: 2 * MATRIX_ROW_HEIGHT + 60,
      exportRows: 4,
    },
    {
      name: 'still loading, each body’s latest year (English): the latest note, no summary, chart or table',
      state: state({ year: 'latest', selected: ['jiaxing', 'wuxing'], compact: true }),
      cells: null,
      lang: 'en' as Lang,
      expected: {
        // no year known yet: the subtitle keeps only its colour key
        subtitle: ' · colour: rank within each indicator; cell: the reported value',
        summary: '',
        scopeNote:
          'The bodies differ in level and kind: Jiaxing (prefecture-level CPPCC), Wuxing (district CPPCC). Compare totals with that in mind, and prefer rates.',
        notes: [
          "“Latest comparable year” compares as a ranking opens: each indicator's latest year, or, when only one jurisdiction reports that year, each jurisdiction's own latest year, its year under the value; mind the years when comparing.",
        ],
        foldedNotes: { label: 'Scope notes (0 indicators)', items: [] },
        export: { table: { header: [], rows: [] }, sources: [], fileParts: ['Indicator matrix'] },
      },
      height: null,
      exportRows: 0,
    },
    {
      name: 'a category nobody selected reports: said so, no chart, an empty export named for the matrix',
      state: state({ category: 'info', selected: ['wuxing', 'shengzhou'] }),
      cells: CELLS,
      lang: 'zh' as Lang,
      expected: {
        summary: '2022年，“社情民意”类0项指标中，没有可显示的指标。',
        export: { table: { header: [], rows: [] }, sources: [], fileParts: ['多指标对比矩阵'] },
      },
      height: null,
      exportRows: 0,
    },
    {
      name: 'bodies of different levels on a phone: the turned column heads’ height, not the scope row’s',
      state: state({ selected: ['jiaxing', 'wuxing'], compact: true }),
      cells: [c('jiaxing', 'proposals_filed', 369, 1), c('wuxing', 'proposals_filed', 98, 2)],
      lang: 'zh' as Lang,
      expected: {},
      height: 1 * MATRIX_ROW_HEIGHT_COMPACT + 90,
      exportRows: 2,
    },
    {
      name: 'bodies of different levels on a desktop: room for the scope line under each name',
      state: state({ selected: ['jiaxing', 'wuxing'] }),
      cells: [c('jiaxing', 'proposals_filed', 369, 1), c('wuxing', 'proposals_filed', 98, 2)],
      lang: 'zh' as Lang,
      expected: {},
      height: 1 * MATRIX_ROW_HEIGHT + 84,
      exportRows: 2,
    },
  ])('$name', ({ state, cells, lang, expected, height, exportRows }) => {
    const m = matrixModel(state, cells, maps, lang);
    expect(m).toMatchObject({ id: 'matrix', ...expected });
    expect(m.chart?.height ?? null).toBe(height);
    // the end-to-end tests find the drawn matrix by this id
    expect(m.chart?.testId ?? null).toBe(height === null ? null : 'matrix-chart');
    expect(m.export.table.rows).toHaveLength(exportRows);
  });
});

describe('matrix input: what is drawn and handed on', () => {
  // 90 indicators of one category, each reported by 嘉兴 and 贺州, plus a third body's cells.
  const many = Array.from({ length: 90 }, (_, i) =>
    indicator(`q${String(i).padStart(2, '0')}`, `指标${i}`, { sort_order: i }),
  );
  const manyMaps = modelCatalog({ ...maps.catalog, indicators: many });
  const manyCells = many.flatMap((ind) => [
    c('jiaxing', ind.id, 2, 1),
    c('hezhou', ind.id, 1, 2),
    c('wuxing', ind.id, 1, 2),
  ]);

  it('past the row cap: the first rows in the model’s order, only their selected cells, and a note saying how many qualify', () => {
    const input = matrixInput(state(), manyCells, manyMaps, 'zh');
    expect(input.indicators.map((i) => i.id)).toEqual(many.slice(0, MAX_MATRIX_ROWS).map((i) => i.id));
    expect(input.totalIndicators).toBe(90);
    expect(input.cells).toHaveLength(MAX_MATRIX_ROWS * 2);
    expect(new Set(input.cells.map((x) => x.jurisdiction_id))).toEqual(new Set(['jiaxing', 'hezhou']));
    expect(input.cells.every((x) => input.indicators.some((i) => i.id === x.indicator_id))).toBe(true);
    const m = matrixModel(state(), manyCells, manyMaps, 'zh');
    expect(m.notes).toEqual([
      `指标较多，矩阵只显示前 ${MAX_MATRIX_ROWS} 项（共 90 项）；请选择指标范围查看其余指标。`,
    ]);
    expect(m.chart?.exportLayout?.rows?.count).toBe(MAX_MATRIX_ROWS);
  });

  it('the query’s count of qualifying indicators wins over the cells’ own', () => {
    expect(matrixInput(state(), CELLS, maps, 'zh', 120).totalIndicators).toBe(120);
    expect(matrixInput(state(), CELLS, maps, 'zh').totalIndicators).toBe(2);
  });

  it('a category is handed on as the catalog’s category; none as null', () => {
    expect(matrixInput(state({ category: 'info' }), CELLS, maps, 'zh').category).toEqual(CATEGORIES[1]);
    expect(matrixInput(state(), CELLS, maps, 'zh').category).toBeNull();
  });
});

describe('matrix images: the desktop layout, rows continued, the colour key', () => {
  const xLabels = (option: Record<string, unknown>) => {
    const axis = option.xAxis as { axisLabel: { formatter: (v: string, i: number) => string } };
    return ['jiaxing', 'wuxing'].map((id, i) => axis.axisLabel.formatter(id, i));
  };
  const scoped = state({ selected: ['jiaxing', 'wuxing'], compact: true });
  const twoRows = [
    c('jiaxing', 'proposals_filed', 369, 1),
    c('wuxing', 'proposals_filed', 98, 2),
    c('jiaxing', 'proposals_answered', 300, 1),
    c('wuxing', 'proposals_answered', 90, 2),
  ];

  it.each([
    { lang: 'zh' as Lang, fixed: 84 },
    { lang: 'en' as Lang, fixed: 84 + 16 },
  ])('rows at a readable height, a fixed part for the column heads ($lang)', ({ lang, fixed }) => {
    const layout = matrixModel(scoped, twoRows, maps, lang).chart!.exportLayout!;
    expect(layout.rows).toEqual({ count: 2, minHeight: 30, fixedHeight: fixed });
    expect(layout.legend?.map((l) => l.fill)).toEqual(MATRIX_LEGEND.map((l) => l.fill));
    expect(layout.legend?.[0]?.label).toBe(lang === 'zh' ? '第1名' : '1st');
  });

  it('a slice of rows draws only those rows; the phone layout is not used in images', () => {
    const m = matrixModel(scoped, twoRows, maps, 'en');
    const layout = m.chart!.exportLayout!;
    const yOf = (o: Record<string, unknown>) => (o.yAxis as { data: string[] }).data;
    expect(yOf(layout.option())).toEqual(['proposals_answered', 'proposals_filed']);
    expect(yOf(layout.option({ start: 1, end: 2 }))).toEqual(['proposals_filed']);
    expect((m.chart!.option.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(40);
    expect((layout.option().xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(0);
  });

  it('column heads wrap to their column in a narrow image, and not without a box', () => {
    const layout = matrixModel(scoped, twoRows, maps, 'en').chart!.exportLayout!;
    const lines = (labels: string[]) => labels.map((l) => l.split('\n').length);
    const plain = lines(xLabels(layout.option()));
    const narrow = lines(xLabels(layout.option(undefined, { width: 260, height: 400 })));
    const wide = lines(xLabels(layout.option(undefined, { width: 4000, height: 400 })));
    expect(wide).toEqual(plain);
    expect(narrow.some((n, i) => n > plain[i]!)).toBe(true);
  });

  it.each(
    // image widths at which each of the two column heads has 20 to 85 px: names wrap differently across it
    Array.from({ length: 22 }, (_, i) => 270 + 6 * i),
  )('a column head wraps to its share of a %i px image, less the row names and margins', (width) => {
    const layout = matrixModel(scoped, twoRows, maps, 'en').chart!.exportLayout!;
    // the grid is the image less the English row names (190 px) and 24 px of margins, shared by two
    // columns; a head keeps 8 px from its neighbour
    const column = (width - MATRIX_ROW_LABEL_WIDTH.en - 24) / 2 - 8;
    expect(xLabels(layout.option(undefined, { width, height: 400 }))).toEqual(
      xLabels(wrapAxisLabels(layout.option(), 'xAxis', column)),
    );
  });
});
