import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chartCsv } from '../../export/chartCsv';
import { matrixExportData } from './matrixExportData';
import type { MatrixCell } from './matrixQuery';
import { matrixCell } from '../../../tests/support/matrixCell';
import type { Source } from '../../data/schema';
import {
  FIXTURE_CATEGORIES,
  FIXTURE_INDICATORS,
  FIXTURE_JURISDICTIONS,
  indicator,
  jurisdiction,
} from '../../../tests/support/fixture';
import { PAYLOADS } from '../../../tests/export/payloads';
import { translate } from '../../i18n/messages';

const cell = matrixCell;

const sources: Source[] = [
  {
    file: 'jx.txt',
    jurisdiction_id: 'jiaxing',
    year: 2022,
    title_zh: '常委会工作报告',
    title_en: 'Standing committee report',
    body_zh: '嘉兴市政协',
    body_en: 'Jiaxing CPPCC',
    published: null,
  },
  {
    file: '=upload.csv',
    jurisdiction_id: 'evil',
    year: 2021,
    title_zh: '=upload.csv',
    title_en: '=upload.csv',
    body_zh: '上传',
    body_en: 'upload',
    published: null,
  },
];

const evilIndicator = indicator('evil_ind', PAYLOADS.find((p) => p.name === 'script tag')!.text);
const evil = jurisdiction('evil', PAYLOADS.find((p) => p.name === 'formula')!.text);
const jurisdictions = new Map([...FIXTURE_JURISDICTIONS, evil].map((j) => [j.id, j]));
const [filed, answered] = FIXTURE_INDICATORS as [
  (typeof FIXTURE_INDICATORS)[0],
  (typeof FIXTURE_INDICATORS)[0],
];

const cells = [
  cell('jiaxing', 'proposals_filed', 369, 1, { qualifier: 'at_least' }),
  cell('wuxing', 'proposals_filed', 50, 2),
  cell('jiaxing', 'proposals_answered', 300, 1, { reporters: 1 }),
  cell('evil', 'evil_ind', 1, 1, { year: 2021, reporters: 1 }),
];

const dataFor = (
  selected: string[],
  indicators = [filed, answered],
  extra: { year?: number | 'latest'; lang?: 'zh' | 'en' } = {},
) =>
  matrixExportData(
    {
      cells,
      indicators,
      selected,
      jurisdictions,
      year: extra.year ?? 2022,
      category: FIXTURE_CATEGORIES[0]!,
      lang: extra.lang ?? 'zh',
    },
    sources,
  );

describe('matrix data for export', () => {
  it.each([
    {
      name: 'one row per cell, indicators × jurisdictions in display order; a missing cell is empty and 无数据',
      selected: ['jiaxing', 'wuxing'],
      indicators: [filed, answered],
      rows: [
        ['立案提案', '嘉兴', 2022, 369, '≥ 不少于', 1, 2],
        ['立案提案', '吴兴', 2022, 50, '', 2, 2],
        ['办复提案', '嘉兴', 2022, 300, '', 1, 1],
        ['办复提案', '吴兴', null, null, '无数据', null, null],
      ],
    },
    {
      name: 'columns follow the selection, cells of other jurisdictions are left out',
      selected: ['wuxing'],
      indicators: [filed],
      rows: [['立案提案', '吴兴', 2022, 50, '', 2, 2]],
    },
    {
      name: 'hostile indicator and jurisdiction names stay data',
      selected: ['evil'],
      indicators: [evilIndicator],
      rows: [['<script>alert(1)</script>', "=cmd|' /C calc'!A0", 2021, 1, '', 1, 1]],
    },
  ])('$name', ({ selected, indicators, rows }) => {
    expect(
      dataFor(selected, indicators).table.rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[7], r[8]]),
    ).toEqual(rows);
  });

  it.each([
    { selected: ['jiaxing', 'wuxing'], expected: ['嘉兴市政协《常委会工作报告》'] },
    { selected: ['wuxing'], expected: [] },
  ])('sources are the reports of the cells shown: $selected', ({ selected, expected }) => {
    expect(dataFor(selected).sources).toEqual(expected);
  });

  it('names each cell’s report in a source column, empty where the cell has no figure', () => {
    const { table } = dataFor(['jiaxing', 'wuxing']);
    expect(table.header.at(-1)).toBe('来源');
    expect(table.rows.map((r) => [r[1], r[4], r.at(-1)])).toEqual([
      ['嘉兴', 369, '嘉兴市政协《常委会工作报告》'],
      ['吴兴', 50, ''],
      ['嘉兴', 300, '嘉兴市政协《常委会工作报告》'],
      ['吴兴', null, ''],
    ]);
  });

  it('pins year, category, columns and exactly the cells shown', () => {
    expect(dataFor(['wuxing', 'jiaxing'], [filed, answered], { year: 'latest' }).pin).toEqual({
      view: 'matrix',
      params: { year: 'latest', category: 'proposals', jurisdictions: 'wuxing,jiaxing' },
      rows: [cells[1], cells[0], cells[2]],
    });
  });

  it.each([
    { year: 2022 as const, lang: 'zh' as const, parts: ['提案', 2022, '对比矩阵'] },
    { year: 'latest' as const, lang: 'en' as const, parts: ['Proposals', 'latest year of each', 'matrix'] },
  ])('file name parts: $year $lang', ({ year, lang, parts }) => {
    expect(dataFor(['jiaxing'], [filed], { year, lang }).fileParts).toEqual(parts);
  });

  it('CSV escapes formula-like names, keeps missing values empty', () => {
    const csv = chartCsv(dataFor(['evil', 'jiaxing'], [evilIndicator, filed]));
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[1]!.slice(0, 2)).toEqual(['<script>alert(1)</script>', "'=cmd|' /C calc'!A0"]);
    expect(parsed[2]![4]).toBe('');
    expect(parsed[2]![5]).toBe('无数据');
  });
});

// The columns beside the value, the notes and a matrix without a category: unchecked before, so a
// lost comparability reason or a ≥/≈ note missing from an image would have gone unnoticed.
describe('matrix export: comparability, scope, unit, notes, no category', () => {
  const comparabilityCells = [
    cell('jiaxing', 'proposals_filed', 369, 1, {
      comparable: 'partly',
      comparability_zh: '口径略有不同',
      comparability_en: 'Defined slightly differently',
    }),
    cell('wuxing', 'proposals_filed', 50, 0, {
      rank: null,
      reporters: 1,
      comparable: 'no',
      comparability_zh: '含往年结转',
      comparability_en: 'Includes earlier years',
    }),
    cell('jiaxing', 'proposals_answered', 300, 1, { comparable: 'partly' }),
    cell('wuxing', 'proposals_answered', 290, 0, { rank: null, comparable: 'no' }),
    cell('nobody', 'proposals_answered', 280, 2),
  ];
  const data = (lang: 'zh' | 'en', extra: { category?: null; cells?: MatrixCell[] } = {}) =>
    matrixExportData(
      {
        cells: extra.cells ?? comparabilityCells,
        indicators: [filed, answered],
        selected: ['jiaxing', 'wuxing', 'nobody'],
        jurisdictions,
        year: 2022,
        category: extra.category === null ? null : FIXTURE_CATEGORIES[0]!,
        lang,
      },
      sources,
    );

  it.each([
    {
      lang: 'zh' as const,
      rows: [
        ['嘉兴', '地级市政协', '件', 1, 2, '部分可比：口径略有不同'],
        ['吴兴', '区政协', '件', null, null, '不可比，不排名：含往年结转'],
        ['nobody', '', '件', null, null, ''],
        ['嘉兴', '地级市政协', '件', 1, 2, '部分可比'],
        ['吴兴', '区政协', '件', null, null, '不可比，不排名'],
        ['nobody', '', '件', 2, 2, ''],
      ],
    },
    {
      lang: 'en' as const,
      rows: [
        [
          'Jiaxing',
          'prefecture-level CPPCC',
          'items',
          1,
          2,
          'partly comparable: Defined slightly differently',
        ],
        [
          'Wuxing',
          'district CPPCC',
          'items',
          null,
          null,
          'not comparable, not ranked: Includes earlier years',
        ],
        ['nobody', '', 'items', null, null, ''],
        ['Jiaxing', 'prefecture-level CPPCC', 'items', 1, 2, 'partly comparable'],
        ['Wuxing', 'district CPPCC', 'items', null, null, 'not comparable, not ranked'],
        ['nobody', '', 'items', 2, 2, ''],
      ],
    },
  ])(
    'scope, unit, rank, reporters (none for an unranked figure) and comparability in words: $lang',
    ({ lang, rows }) => {
      expect(data(lang).table.rows.map((r) => [r[1], r[2], r[6], r[7], r[8], r[9]])).toEqual(rows);
    },
  );

  it('the ≥/≈ note only when a cell shown is not exact', () => {
    expect(data('zh').notes).toEqual([]);
    const approx = [cell('jiaxing', 'proposals_filed', 369, 1, { qualifier: 'approx' })];
    expect(data('zh', { cells: approx }).notes).toEqual([translate('zh', 'atLeastNote')]);
    // one ≈ cell among exact ones is enough: the image must say what ≈ means
    const oneApprox = [...approx, cell('wuxing', 'proposals_filed', 50, 2)];
    expect(data('zh', { cells: oneApprox }).notes).toEqual([translate('zh', 'atLeastNote')]);
  });

  it('without a category: no category in the file name, an empty one in the pin', () => {
    const d = data('zh', { category: null });
    expect(d.fileParts).toEqual([2022, '对比矩阵']);
    expect(d.pin?.params).toEqual({ year: 2022, category: '', jurisdictions: 'jiaxing,wuxing,nobody' });
  });
});
