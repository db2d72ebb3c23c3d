import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/lang';
import { FIXTURE_CATEGORIES, FIXTURE_JURISDICTIONS, indicator } from '../../../tests/support/fixture';
import type { MatrixCell } from './matrixQuery';
import { matrixIndicators, matrixSummary, matrixYearLabel, type MatrixTextInput } from './matrixSummary';

// The matrix's rows and its summary sentence: which indicators, in which order, who leads how often,
// what is not compared and why. matrixOption.test.ts holds the plainer cases.

const jurisdictions = new Map(FIXTURE_JURISDICTIONS.map((j) => [j.id, j]));

function c(
  jurisdiction_id: string,
  indicator_id: string,
  value: number,
  rank: number | null,
  year = 2022,
): MatrixCell {
  return {
    jurisdiction_id,
    indicator_id,
    year,
    value,
    qualifier: 'exact',
    numerator: null,
    denominator: null,
    rank,
    reporters: 2,
    comparable: rank === null ? 'no' : 'yes',
    comparability_zh: null,
    comparability_en: null,
  };
}

type Comparator = (a: unknown, b: unknown) => number;

/** A stable merge sort that, like SpiderMonkey's, takes the left item first when compare(left, right) ≤ 0. */
function lessOrEqualMergeSort(items: unknown[], compare: Comparator): unknown[] {
  if (items.length <= 1) return items;
  const mid = items.length >> 1;
  const left = lessOrEqualMergeSort(items.slice(0, mid), compare);
  const right = lessOrEqualMergeSort(items.slice(mid), compare);
  const out: unknown[] = [];
  while (left.length > 0 && right.length > 0)
    out.push(compare(left[0], right[0]) <= 0 ? left.shift() : right.shift());
  return [...out, ...left, ...right];
}

/** Runs `run` with Array.prototype.sort replaced by `sort` (none: the engine's own). */
function withSort<T>(sort: typeof lessOrEqualMergeSort | null, run: () => T): T {
  if (!sort) return run();
  const original = Array.prototype.sort;
  Array.prototype.sort = function (this: unknown[], compare?: Comparator) {
    const sorted = sort([...this], compare ?? ((a, b) => (String(a) < String(b) ? -1 : 1)));
    sorted.forEach((v, i) => (this[i] = v));
    return this;
  } as typeof original;
  try {
    return run();
  } finally {
    Array.prototype.sort = original;
  }
}

describe('matrix rows: the order the query also picks its first rows by', () => {
  it('categories by their order (unknown last), then the indicator’s order, then ids by code point', () => {
    const indicators = [
      indicator('a1', 'A1'),
      indicator('a_1', 'A_1'),
      indicator('b', 'B', { sort_order: 1 }),
      indicator('z', 'Z', { category: 'uncatalogued' }),
      indicator('i', 'I', { category: 'info' }),
    ];
    const categories = [
      ...FIXTURE_CATEGORIES,
      { id: 'info', name_zh: '社情民意', name_en: 'Information', sort_order: 0 },
    ];
    const cells = indicators.flatMap((i) => [c('jiaxing', i.id, 2, 1), c('wuxing', i.id, 1, 2)]);
    // "a1" before "a_1": '1' (U+0031) sorts before '_' (U+005F), as in SQL's ORDER BY; a locale may not.
    expect(
      matrixIndicators(cells, indicators, categories, null, ['jiaxing', 'wuxing']).map((i) => i.id),
    ).toEqual(['i', 'b', 'a1', 'a_1', 'z']);
  });

  // V8 (Chrome, Edge, Node) only asks a comparator whether it is below 0; Firefox's merge sort asks
  // whether it is at most 0, so a comparator answering 0 for "a after b" keeps a pair unsorted there.
  // Sorting here as Firefox does keeps the ids' order right in every browser the intranet may use.
  it.each([
    { name: 'V8 (below 0 means before)', sort: null },
    { name: 'Firefox (at most 0 means keep in place)', sort: lessOrEqualMergeSort },
  ])('ids in code-point order whatever the browser’s sort: $name', ({ sort }) => {
    const indicators = ['c_2', 'c1', 'b', 'a'].map((id) => indicator(id, id.toUpperCase()));
    const cells = indicators.flatMap((i) => [c('jiaxing', i.id, 2, 1), c('wuxing', i.id, 1, 2)]);
    const ids = withSort(sort, () =>
      matrixIndicators(cells, indicators, FIXTURE_CATEGORIES, null, ['jiaxing', 'wuxing']).map((i) => i.id),
    );
    expect(ids).toEqual(['a', 'b', 'c1', 'c_2']);
  });
});

describe('matrix summary: leaders, figures not compared, bodies without figures', () => {
  // p1, p2, p7: 嘉兴 and 吴兴 lead twice each; p3: 嘉兴 over 贺州; p4: neither figure comparable;
  // p5: one comparable figure beside one that is not (no comparison); p6: 嵊州 alone, in 2024.
  // 吴兴's figures are of 2020: in 'latest' each body says its own year.
  const cells = [
    c('jiaxing', 'p1', 1, 2),
    c('wuxing', 'p1', 2, 1, 2020),
    c('jiaxing', 'p2', 2, 1),
    c('wuxing', 'p2', 1, 2, 2020),
    c('jiaxing', 'p3', 2, 1),
    c('hezhou', 'p3', 1, 2),
    c('jiaxing', 'p4', 2, null),
    c('hezhou', 'p4', 1, null),
    c('jiaxing', 'p5', 2, 1),
    c('hezhou', 'p5', 1, null),
    c('shengzhou', 'p6', 1, 1, 2024),
    c('wuxing', 'p7', 2, 1, 2020),
    c('hezhou', 'p7', 1, 2),
  ];
  const rows = (ids: string[]) => ids.map((id) => indicator(id, id));
  const everyone = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou', 'hangzhou-jiusan'];
  const input = (over: Partial<MatrixTextInput>): MatrixTextInput => ({
    cells,
    indicators: rows(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']),
    selected: everyone,
    jurisdictions,
    year: 'latest',
    category: null,
    lang: 'zh',
    ...over,
  });

  it.each([
    {
      name: 'latest years grouped newest first; leaders tied on count in the columns’ order; not comparable and sole counted; a body without figures named',
      over: {},
      expected:
        '最新可比年份（嵊州为2024年；嘉兴、贺州为2022年；吴兴为2020年），至少两个地区报告的7项指标中，嘉兴居首2项、吴兴居首2项；2项口径不同，不排名；1项只有一个地区报告；杭州九三无这些指标的数据。',
    },
    {
      name: 'the same in English',
      over: { lang: 'en' as Lang },
      expected:
        '7 indicators reported by at least two jurisdictions, latest comparable year (2024 for Shengzhou; 2022 for Jiaxing, Hezhou; 2020 for Wuxing): first place on 4 compared: Jiaxing on 2, Wuxing on 2; 2 not comparable, not ranked; 1 reported by one jurisdiction only; no data for Hangzhou-jiusan.',
    },
    {
      name: 'another column order puts the other of two equal leaders first',
      over: {
        year: 2022,
        selected: ['wuxing', 'jiaxing', 'hezhou'],
        indicators: rows(['p1', 'p2', 'p3', 'p4', 'p5', 'p7']),
      },
      expected: '2022年，至少两个地区报告的6项指标中，吴兴居首2项、嘉兴居首2项；2项口径不同，不排名。',
    },
    {
      name: 'more firsts lead the list whatever the column order',
      over: { year: 2022, selected: ['hezhou', 'wuxing', 'jiaxing'], indicators: rows(['p1', 'p2', 'p3']) },
      expected: '2022年，至少两个地区报告的3项指标中，嘉兴居首2项、吴兴居首1项。',
    },
    {
      name: 'a figure not comparable beside one that is: not a comparison, and nobody leads it',
      over: { year: 2022, selected: ['jiaxing', 'hezhou'], indicators: rows(['p5']) },
      expected: '2022年，至少两个地区报告的1项指标中，1项口径不同，不排名。',
    },
    {
      name: 'no rows: said so',
      over: { year: 2022, indicators: [] },
      expected: '2022年，至少两个地区报告的0项指标中，没有可显示的指标。',
    },
  ])('$name', ({ over, expected }) => {
    expect(matrixSummary(input(over))).toBe(expected);
  });

  it('cells of bodies not selected and of rows not shown neither lead nor keep a body off the missing list', () => {
    // p3 and p7 are led by 嘉兴 and 吴兴, neither selected: 贺州 is alone on both. 嵊州's only figure is
    // p6, not a row here: it has none of these indicators.
    expect(
      matrixSummary(input({ year: 2022, selected: ['hezhou', 'shengzhou'], indicators: rows(['p3', 'p7']) })),
    ).toBe('2022年，至少两个地区报告的2项指标中，2项只有一个地区报告；嵊州无这些指标的数据。');
  });

  it('a body whose figures span years is given its newest year, not its oldest', () => {
    expect(
      matrixYearLabel({
        cells: [c('jiaxing', 'p1', 1, 1, 2020), c('jiaxing', 'p2', 1, 1, 2022)],
        selected: ['jiaxing'],
        jurisdictions,
        year: 'latest',
        lang: 'zh',
      }),
    ).toBe('最新可比年份（嘉兴为2022年）');
  });

  it('a selected body without any figure is left out of the latest years', () => {
    expect(
      matrixYearLabel({
        cells,
        selected: ['hangzhou-jiusan', 'shengzhou'],
        jurisdictions,
        year: 'latest',
        lang: 'zh',
      }),
    ).toBe('最新可比年份（嵊州为2024年）');
  });
});
