import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chartCsv } from '../../export/chartCsv';
import { rankingExportData } from './rankingExportData';
import type { RankingRow } from './rankingQuery';
import type { Source } from '../../data/schema';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS, jurisdiction } from '../../../tests/support/fixture';
import { translate } from '../../i18n/messages';

const row = (
  id: string,
  value: number | null,
  rank: number | null,
  extra: Partial<RankingRow> = {},
): RankingRow => ({
  jurisdiction_id: id,
  year: value === null ? null : 2022,
  value,
  rank,
  qualifier: value === null ? null : 'exact',
  numerator: null,
  denominator: null,
  source_file: value === null ? null : 'report.txt',
  quote: null,
  prev_year: null,
  prev_rank: null,
  prev_value: null,
  comparable: value === null ? null : 'yes',
  comparability_zh: null,
  comparability_en: null,
  ...extra,
});

const sources: Source[] = [
  {
    file: 'report.txt',
    jurisdiction_id: 'jiaxing',
    year: 2022,
    title_zh: '常委会工作报告',
    title_en: 'Standing committee report',
    body_zh: '嘉兴市政协',
    body_en: 'Jiaxing CPPCC',
    published: null,
  },
];
const evil = jurisdiction('evil', "=cmd|' /C calc'!A0");
const jurisdictions = new Map([...FIXTURE_JURISDICTIONS, evil].map((j) => [j.id, j]));
const input = (rows: RankingRow[]) => ({
  rows,
  jurisdictions,
  indicator: FIXTURE_INDICATORS[0]!,
  year: 2022,
  lang: 'zh' as const,
});

describe('ranking data for export', () => {
  const rows = [
    row('jiaxing', 1200, 1, { qualifier: 'at_least', quote: '提案1200余件' }),
    row('evil', 5, 2, { source_file: '@upload.csv', quote: '+1+1' }),
    row('shengzhou', null, null),
  ];
  const data = rankingExportData(input(rows), sources);

  it('has one row per bar in rank order, missing figures empty and marked 无数据 (never 0)', () => {
    expect(data.table.rows.map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      [1, '嘉兴', 2022, 1200, '≥ 不少于'],
      [2, "=cmd|' /C calc'!A0", 2022, 5, ''],
      [null, '嵊州', null, null, '无数据'],
    ]);
  });

  it('names sources by body and title, uploaded files by their name', () => {
    expect(data.sources).toEqual(['嘉兴市政协《常委会工作报告》', '@upload.csv']);
  });

  it('pins the rows it shows', () => {
    expect(data.pin).toEqual({ view: 'ranking', params: { indicator: 'proposals_filed', year: 2022 }, rows });
  });

  it('CSV: BOM, header, and every formula-like cell shown as text', () => {
    const csv = chartCsv(data);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual([
      '名次',
      '地区',
      '层级与机构',
      '年份',
      '数值',
      '限定',
      '单位',
      '分子',
      '分母',
      '可比性',
      '来源',
      '原文',
    ]);
    expect(parsed[2]![1]).toBe("'=cmd|' /C calc'!A0");
    expect(parsed[2]![10]).toBe("'@upload.csv");
    expect(parsed[2]![11]).toBe("'+1+1");
    expect(parsed[3]![4]).toBe('');
  });
});

// What the export adds around the table: the file name's parts, the notes an image carries, and the
// cells beside the value. Each was unchecked: a lost note or a wrong unit would ship in every file.
describe('ranking export: file name, notes and the cells beside the value', () => {
  const indicator = FIXTURE_INDICATORS[0]!;
  const withNote = { ...indicator, comparability_zh: '口径不同', comparability_en: 'Defined differently' };
  const exact = [row('jiaxing', 369, 1), row('wuxing', 98, 2)];

  it.each([
    {
      name: 'a year, exact figures, no comparability note: no notes',
      over: { year: 2022 },
      rows: exact,
      fileParts: ['立案提案', 2022, '排名'],
      notes: [],
    },
    {
      name: 'each body’s latest year: said in the file name and in a note',
      over: { year: 'latest' as const },
      rows: exact,
      fileParts: ['立案提案', '各地最新年度', '排名'],
      notes: [translate('zh', 'latestChosenNote')],
    },
    {
      name: 'a ≈ figure brings the ≥/≈ note; the comparability note comes first',
      over: { indicator: withNote },
      rows: [row('jiaxing', 369, 1, { qualifier: 'approx' }), row('shengzhou', null, null)],
      fileParts: ['立案提案', 2022, '排名'],
      notes: ['⚠ 口径不同', translate('zh', 'atLeastNote')],
    },
    {
      name: 'English',
      over: { indicator: withNote, lang: 'en' as const, year: 'latest' as const },
      rows: exact,
      fileParts: ['proposals filed', "Each body's latest year", 'ranking'],
      notes: ['⚠ Defined differently', translate('en', 'latestChosenNote')],
    },
  ])('$name', ({ over, rows, fileParts, notes }) => {
    const data = rankingExportData({ ...input(rows), ...over }, sources);
    expect(data.fileParts).toEqual(fileParts);
    expect(data.notes).toEqual(notes);
    expect(data.pin?.params).toEqual({
      indicator: over.indicator?.id ?? indicator.id,
      year: over.year ?? 2022,
    });
  });

  it('fills scope, unit, numerator, denominator, source and quote; a body without a figure has no source', () => {
    const data = rankingExportData(
      input([
        row('jiaxing', 98.5, 1, { numerator: 197, denominator: 200, quote: '办复197件' }),
        row('nobody', 40, 2, { source_file: null }),
        row('shengzhou', null, null),
      ]),
      sources,
    );
    expect(data.table.rows).toEqual([
      [
        1,
        '嘉兴',
        '地级市政协',
        2022,
        98.5,
        '',
        '件',
        197,
        200,
        '',
        '嘉兴市政协《常委会工作报告》',
        '办复197件',
      ],
      [2, 'nobody', '', 2022, 40, '', '件', null, null, '', '', null],
      [null, '嵊州', '县级市政协', null, null, '无数据', '件', null, null, '', '', null],
    ]);
    // the sources list names only files behind a figure shown
    expect(data.sources).toEqual(['嘉兴市政协《常委会工作报告》']);
  });

  // The chart marks a partly comparable bar with ◐ and lists not-comparable figures apart; a table
  // exported without those words would rank them silently as alike.
  it.each([
    { name: 'a comparable figure says nothing', extra: {}, rank: 1, zh: '', en: '' },
    {
      name: 'a partly comparable figure says so, with its reason',
      extra: {
        comparable: 'partly' as const,
        comparability_zh: '含各渠道报送',
        comparability_en: 'Any channel',
      },
      rank: 1,
      zh: '部分可比：含各渠道报送',
      en: 'partly comparable: Any channel',
    },
    {
      name: 'a figure left unranked as not comparable says so, with its reason',
      extra: { comparable: 'no' as const, comparability_zh: '仅本党派', comparability_en: 'One party only' },
      rank: null,
      zh: '不可比，不排名：仅本党派',
      en: 'not comparable, not ranked: One party only',
    },
  ])('comparability column: $name', ({ extra, rank, zh, en }) => {
    const rows = [row('jiaxing', 98, rank, extra), row('shengzhou', null, null, extra)];
    for (const [lang, text] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const data = rankingExportData({ ...input(rows), lang }, sources);
      const col = data.table.header.indexOf(translate(lang, 'exportColComparability'));
      expect(col).toBeGreaterThan(0);
      // a body without a figure has nothing to compare
      expect(data.table.rows.map((r) => r[col])).toEqual([text, '']);
    }
  });
});

// A body left without a figure keeps its row's other fields: perCapitaRows clears the value of a body
// lacking its base but keeps its report, and the export must not cite a report whose figure it omits.
it.each([
  { name: 'no figure at all', extra: {} },
  {
    name: 'a per-capita row without its base: the report stays on the row',
    extra: { source_file: 'report.txt' },
  },
])('lists no source for a body shown without a figure: $name', ({ extra }) => {
  const data = rankingExportData(
    input([row('wuxing', 40, 1, { source_file: null }), row('jiaxing', null, null, extra)]),
    sources,
  );
  expect(data.sources).toEqual([]);
});
