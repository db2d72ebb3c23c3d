import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chartCsv } from '../../export/chartCsv';
import { trendExportData } from './trendExportData';
import type { TrendPoint } from './trendQuery';
import type { Source } from '../../data/schema';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS, jurisdiction } from '../../../tests/support/fixture';
import { PAYLOADS } from '../../../tests/export/payloads';

const point = (id: string, year: number, value: number, extra: Partial<TrendPoint> = {}): TrendPoint => ({
  jurisdiction_id: id,
  year,
  value,
  qualifier: 'exact',
  numerator: null,
  denominator: null,
  quote: null,
  ...extra,
});

const sources: Source[] = [
  {
    file: 'jx2020.txt',
    jurisdiction_id: 'jiaxing',
    year: 2020,
    title_zh: '2020年工作报告',
    title_en: '2020 report',
    body_zh: '嘉兴市政协',
    body_en: 'Jiaxing CPPCC',
    published: null,
  },
  {
    file: 'wx2021.txt',
    jurisdiction_id: 'wuxing',
    year: 2021,
    title_zh: '吴兴报告',
    title_en: 'Wuxing report',
    body_zh: '吴兴区政协',
    body_en: 'Wuxing CPPCC',
    published: null,
  },
  {
    file: 'hz2022.txt',
    jurisdiction_id: 'hezhou',
    year: 2022,
    title_zh: '未选中地区的报告',
    title_en: 'not selected',
    body_zh: '贺州',
    body_en: 'Hezhou',
    published: null,
  },
];

const evil = jurisdiction('evil', PAYLOADS.find((p) => p.name === 'formula')!.text);
const script = jurisdiction('script', PAYLOADS.find((p) => p.name === 'script tag')!.text);
const jurisdictions = new Map([...FIXTURE_JURISDICTIONS, evil, script].map((j) => [j.id, j]));

const points = [
  point('jiaxing', 2020, 300, { quote: '=1+1' }),
  point('jiaxing', 2022, 369, { qualifier: 'at_least' }),
  point('wuxing', 2021, 50),
  point('hezhou', 2022, 98),
  point('evil', 2022, 7),
  point('script', 2021, 8),
];

const dataFor = (selected: string[], lang: 'zh' | 'en' = 'zh') =>
  trendExportData({ points, selected, jurisdictions, indicator: FIXTURE_INDICATORS[0]!, lang }, sources);

describe('trend data for export', () => {
  it.each([
    {
      name: 'one row per line and year; a gap year is empty and marked 无数据, never 0',
      selected: ['jiaxing', 'wuxing'],
      rows: [
        ['嘉兴', 2020, 300, ''],
        ['嘉兴', 2021, null, '无数据'],
        ['嘉兴', 2022, 369, '≥ 不少于'],
        ['吴兴', 2020, null, '无数据'],
        ['吴兴', 2021, 50, ''],
        ['吴兴', 2022, null, '无数据'],
      ],
    },
    {
      name: 'display order follows the selection; a selected jurisdiction without figures is listed as no data',
      selected: ['wuxing', 'shengzhou'],
      rows: [
        ['吴兴', 2021, 50, ''],
        ['嵊州', 2021, null, '无数据'],
      ],
    },
    {
      name: 'hostile names stay data in the table',
      selected: ['script', 'evil'],
      rows: [
        ['<script>alert(1)</script>', 2021, 8, ''],
        ['<script>alert(1)</script>', 2022, null, '无数据'],
        ["=cmd|' /C calc'!A0", 2021, null, '无数据'],
        ["=cmd|' /C calc'!A0", 2022, 7, ''],
      ],
    },
    { name: 'nothing selected: an empty table', selected: [], rows: [] },
  ])('$name', ({ selected, rows }) => {
    expect(dataFor(selected).table.rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual(rows);
  });

  it.each([
    { selected: ['jiaxing', 'wuxing'], expected: ['嘉兴市政协《2020年工作报告》', '吴兴区政协《吴兴报告》'] },
    { selected: ['wuxing'], expected: ['吴兴区政协《吴兴报告》'] },
    { selected: ['shengzhou'], expected: [] },
  ])('sources are the reports of the figures shown: $selected', ({ selected, expected }) => {
    expect(dataFor(selected).sources).toEqual(expected);
  });

  it('pins the indicator, the selection in order and exactly the points drawn', () => {
    expect(dataFor(['wuxing', 'jiaxing']).pin).toEqual({
      view: 'trend',
      params: { indicator: 'proposals_filed', jurisdictions: 'wuxing,jiaxing' },
      rows: [points[2], points[0], points[1]],
    });
  });

  it('English header and qualifiers; file name parts name the indicator and the view', () => {
    const data = dataFor(['jiaxing'], 'en');
    expect(data.table.header.slice(0, 5)).toEqual([
      'Jurisdiction',
      'Level and body',
      'Year',
      'Value',
      'Qualifier',
    ]);
    expect(data.table.rows[1]![4]).toBe('no data');
    expect(data.fileParts.at(-1)).toBe('trend');
  });

  it('CSV escapes formula-like names and quotes, keeps missing values empty', () => {
    const csv = chartCsv(dataFor(['jiaxing', 'evil']));
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]![8]).toBe('来源');
    expect(parsed[1]![8]).toBe('嘉兴市政协《2020年工作报告》');
    expect(parsed[1]![9]).toBe("'=1+1");
    expect(parsed[2]![3]).toBe('');
    expect(parsed.find((r) => r[0]?.includes('cmd'))![0]).toBe("'=cmd|' /C calc'!A0");
  });
});

describe('trend export: the notes and columns a reader of the file relies on', () => {
  const careful = {
    ...FIXTURE_INDICATORS[0]!,
    comparability_zh: '各地统计口径不同',
    comparability_en: 'counted differently by each body',
  };
  it.each([
    {
      name: 'every figure exact, no warning: no notes',
      indicator: FIXTURE_INDICATORS[0]!,
      selected: ['wuxing'],
      notes: [],
    },
    {
      name: 'one ≥ figure among exact ones: the at-least note, so no ≥ is read as exact',
      indicator: FIXTURE_INDICATORS[0]!,
      selected: ['jiaxing', 'wuxing'],
      notes: ['≥ 表示原文为“余/多/超过”，实际值不少于所示数字；≈ 表示约数。'],
    },
    {
      name: 'an indicator compared with care: its warning leads the notes',
      indicator: careful,
      selected: ['wuxing'],
      notes: ['⚠ 各地统计口径不同'],
    },
  ])('$name', ({ indicator, selected, notes }) => {
    expect(
      trendExportData({ points, selected, jurisdictions, indicator, lang: 'zh' }, sources).notes,
    ).toEqual(notes);
  });

  it('an index is headed as an index, not as a change', () => {
    const data = trendExportData(
      {
        points,
        selected: ['jiaxing'],
        jurisdictions,
        indicator: FIXTURE_INDICATORS[0]!,
        lang: 'en',
        mode: 'index',
      },
      sources,
    );
    expect(data.table.header[5]).toBe('Index (first year = 100)');
  });

  it('a rate lists the numerator and denominator of each figure, a year without one leaves them and the source empty', () => {
    const rates = [
      point('wuxing', 2021, 60, { numerator: 30, denominator: 50 }),
      point('wuxing', 2023, 25, { numerator: 0, denominator: 4 }),
    ];
    const data = trendExportData(
      { points: rates, selected: ['wuxing'], jurisdictions, indicator: FIXTURE_INDICATORS[2]!, lang: 'zh' },
      sources,
    );
    const col = (name: string) => data.table.header.indexOf(name);
    expect(data.table.rows.map((r) => [r[2], r[col('分子')], r[col('分母')], r[col('来源')]])).toEqual([
      [2021, 30, 50, '吴兴区政协《吴兴报告》'],
      [2022, null, null, ''],
      [2023, 0, 4, ''],
    ]);
  });

  it('a body missing from the catalog is listed by its id, with an empty level', () => {
    const data = dataFor(['gone']);
    expect(data.table.rows).toEqual([]);
    const withGone = trendExportData(
      {
        points: [point('gone', 2022, 4)],
        selected: ['gone'],
        jurisdictions,
        indicator: FIXTURE_INDICATORS[0]!,
        lang: 'zh',
      },
      sources,
    );
    expect(withGone.table.rows.map((r) => r.slice(0, 4))).toEqual([['gone', '', 2022, 4]]);
  });
});
