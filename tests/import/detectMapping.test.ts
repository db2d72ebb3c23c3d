import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  detectHeader,
  detectMapping,
  headerIndicator,
  headerRole,
  headerYear,
  readPreview,
  splitHeaderUnit,
  type NameIndexes,
  type PreviewRecord,
} from '../../src/import/detectMapping';
import { indicatorIndex, jurisdictionIndex } from '../../src/import/nameIndex';
import type { ColumnRole, Layout } from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';

// The mapping step's first guess, checked without reading a whole file: a header word that maps to
// the wrong role, or a wrong layout, would put figures under the wrong year, place or indicator.

const catalog = bundledCatalog();
const indexes: NameIndexes = {
  jurisdictions: jurisdictionIndex(catalog.jurisdictions),
  indicators: indicatorIndex(catalog.indicators),
};

/** Every header word the guess knows, by role (the mapping step's vocabulary). */
const HEADER_WORDS: Record<string, string[]> = {
  jurisdiction: [
    'jurisdiction',
    'jurisdiction_id',
    'jurisdiction id',
    'jurisdiction name',
    'region',
    'area',
    'body',
    'name',
    'city',
    '地区',
    '地区名称',
    '地区编号',
    '名称',
    '单位名称',
    '机构',
    '机构名称',
    '地方',
    '城市',
    '地市',
    '区县',
    '市县区',
    '政协',
    '党派',
    '组织',
  ],
  year: ['year', 'yr', '年份', '年度', '年', '统计年度', '报告年度', '所属年度'],
  indicator: [
    'indicator',
    'indicator_id',
    'indicator id',
    'indicator name',
    'metric',
    'measure',
    '指标',
    '指标名称',
    '指标编号',
    '项目',
    '统计项目',
  ],
  value: ['value', 'values', 'number', 'count', 'amount', '数值', '数量', '数据', '值', '数', '数目', '合计'],
  qualifier: ['qualifier', 'qualifiers', 'precision', '限定', '限定词', '限定语', '修饰', '精度', '约数标记'],
  unit: ['unit', 'units', '计量单位', '量词', '单位（量词）'],
  source: [
    'source',
    'source_file',
    'source file',
    'file',
    'report',
    '来源',
    '出处',
    '资料来源',
    '数据来源',
    '来源文件',
    '报告',
    '文件',
  ],
  quote: ['quote', 'quotation', 'excerpt', 'text', '原文', '引文', '原文片段', '摘录', '原话', '依据'],
  comparable: ['comparable', 'comparability', '可比', '可比性', '是否可比'],
  comparability_zh: ['comparability_zh', '可比性说明', '口径说明', '口径差异'],
  comparability_en: ['comparability_en', 'comparability note', 'comparability reason'],
};

describe('headerRole: every header word names its role', () => {
  it.each(Object.entries(HEADER_WORDS).flatMap(([role, words]) => words.map((w) => [w, role])))(
    '%s → %s',
    (word, role) => {
      expect(headerRole(word)).toBe(role);
    },
  );

  it.each<[string, string | null]>([
    // as typed: case, width, spaces, a unit in brackets
    ['  Year ', 'year'],
    ['ＹＥＡＲ', 'year'],
    ['数值（件）', 'value'],
    ['数值(件)', 'value'],
    // 单位 is both organisation and unit: its cells decide
    ['单位', 'ambiguous_unit'],
    [' 单位 ', 'ambiguous_unit'],
    ['单位（件）', null],
    ['立案提案', null],
    ['', null],
  ])('%j → %s', (header, role) => {
    expect(headerRole(header)).toBe(role);
  });
});

describe('splitHeaderUnit: a unit in brackets after the name', () => {
  it.each<[string, string, string]>([
    ['立案提案（件）', '立案提案', '件'],
    ['立案提案 (件) ', '立案提案', '件'],
    ['立案提案(件)', '立案提案', '件'],
    ['立案提案（ 件 ）', '立案提案', '件'],
    ['立案提案（）', '立案提案', ''],
    ['立案提案', '立案提案', ''],
    [' 立案提案 ', '立案提案', ''],
    // brackets only: no name to split off
    ['（件）', '（件）', ''],
    // a bracket that is not at the end is part of the name
    ['立案提案（件）合计', '立案提案（件）合计', ''],
    ['a(b(c))', 'a(b(c))', ''],
  ])('%j → %j + %j', (header, name, unit) => {
    expect(splitHeaderUnit(header)).toEqual({ name, unit });
  });
});

describe('headerYear: four digits, optionally 年/年度, 1900–2199', () => {
  it.each<[string, number | null]>([
    ['2023', 2023],
    ['2023年', 2023],
    ['2023年度', 2023],
    [' ２０２３ ', 2023],
    ['1900', 1900],
    ['2199', 2199],
    ['1899', null],
    ['2200', null],
    ['202', null],
    ['20233', null],
    ['x2023', null],
    ['2023x', null],
    ['2023年年', null],
    ['二〇二三', null],
  ])('%j → %s', (header, year) => {
    expect(headerYear(header)).toBe(year);
  });
});

describe('headerIndicator: an indicator name, with or without its unit', () => {
  it.each<[string, string | null]>([
    ['立案提案', 'proposals_filed'],
    ['立案提案（件）', 'proposals_filed'],
    ['proposals_filed', 'proposals_filed'],
    ['数值', null],
  ])('%j → %s', (header, id) => {
    expect(headerIndicator(header, indexes)).toBe(id);
  });
});

describe('detectDelimiter: the most consistent split of at least two fields', () => {
  it.each<[string, string, string]>([
    // a title line with no delimiter does not outvote the table
    ['a title line above the table', '2023年报表\na;b;c\n1;2;3\n4;5;6\n', ';'],
    // equally consistent: more fields win
    ['more fields at equal consistency', 'a,b;c;d\n1,2;3;4\n', ';'],
    ['consistency before field count', 'a,b;c\n1,2;3;4;5\n6,7;8\n', ','],
    ['blank lines do not count', 'a\tb\n\n\n1\t2\n', '\t'],
    ['one delimiter only on the header', 'a|b|c\n1\n2\n3\n', ','],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('judges a large text by its first 64 KiB, cut at a line end', () => {
    const rows = Array.from({ length: 8000 }, (_, i) => `${i};x;y`).join('\n');
    // past the sample, every line has tabs: they are never seen
    const tail = Array.from({ length: 20000 }, () => 'a\tb\tc\td\te').join('\n');
    expect(detectDelimiter(`${rows}\n${tail}\n`)).toBe(';');
  });

  it('a single line longer than the sample is still split', () => {
    const line = Array.from({ length: 20000 }, (_, i) => `v${i}`).join('\t');
    expect(detectDelimiter(line)).toBe('\t');
  });

  it('at most forty records are counted', () => {
    // forty two-field records, then many of three: the sample stops before the three-field ones
    const text = `${'a;b\n'.repeat(40)}${'a;b;c\n'.repeat(100)}`;
    const commas = `${'a,b,c\n'.repeat(40)}`;
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter(commas)).toBe(',');
  });
});

describe('readPreview: the first records, trimmed, blank ones skipped', () => {
  it('keeps spreadsheet row numbers and skips blank records', () => {
    expect(readPreview(' 地区 , 年份\n\n , \n嘉兴,2023\n', ',')).toEqual([
      { row: 1, cells: ['地区', '年份'] },
      { row: 4, cells: ['嘉兴', '2023'] },
    ]);
  });

  it('stops at the maximum', () => {
    expect(readPreview('a\nb\nc\nd\n', ',', 2)).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: ['b'] },
    ]);
  });

  it('two hundred records by default', () => {
    expect(readPreview('x\n'.repeat(250), ',')).toHaveLength(200);
  });
});

const records = (...rows: string[][]): PreviewRecord[] => rows.map((cells, i) => ({ row: i + 1, cells }));

describe('detectHeader: the record with the most recognised column names', () => {
  it.each<{ name: string; preview: PreviewRecord[]; expected: ReturnType<typeof detectHeader> }>([
    {
      name: 'a title line above the header',
      preview: records(
        ['2023年履职统计'],
        ['地区', '年份', '指标', '数值'],
        ['嘉兴', '2023', '立案提案', '350'],
      ),
      expected: { ok: true, index: 1 },
    },
    {
      name: 'the record with more names wins over an earlier one with fewer',
      preview: records(
        ['备注', '数值'],
        ['地区', '年份', '指标', '数值'],
        ['嘉兴', '2023', '立案提案', '350'],
      ),
      expected: { ok: true, index: 1 },
    },
    {
      name: 'a tie keeps the earlier record',
      preview: records(['地区', '数值'], ['年份', '指标'], ['嘉兴', '350']),
      expected: { ok: true, index: 0 },
    },
    {
      name: 'year and indicator headers count',
      preview: records(['x', '2022', '2023'], ['y', '立案提案', '办复提案'], ['嘉兴', '1', '2']),
      expected: { ok: true, index: 0 },
    },
    {
      name: 'a record with a jurisdiction in it is data, not a header',
      preview: records(['嘉兴', '数值', '年份'], ['地区', '指标']),
      expected: { ok: true, index: 1 },
    },
    {
      name: 'a record with a count in it is data',
      preview: records(['地区', '350', '指标'], ['年份', '数值']),
      expected: { ok: true, index: 1 },
    },
    {
      name: 'no names anywhere: the first record',
      preview: records(['甲', '乙'], ['丙', '丁']),
      expected: { ok: true, index: 0 },
    },
    {
      name: 'nothing at all',
      preview: [],
      expected: { ok: true, index: 0 },
    },
    {
      name: 'no names, and the first record names a place: no header',
      preview: records(['嘉兴', 'x'], ['吴兴', 'y']),
      expected: { ok: false, row: 1 },
    },
    {
      name: 'no names, and the first record holds a number above more rows: no header',
      preview: records(['甲', '350'], ['乙', '20']),
      expected: { ok: false, row: 1 },
    },
    {
      name: 'a lone record with a number is taken as the header',
      preview: records(['甲', '350']),
      expected: { ok: true, index: 0 },
    },
    {
      name: 'empty cells say nothing',
      preview: records(['', '', ''], ['', '地区', ''], ['嘉兴', '', '']),
      expected: { ok: true, index: 1 },
    },
  ])('$name', ({ preview, expected }) => {
    expect(detectHeader(preview, indexes)).toEqual(expected);
  });

  it('looks at the first twenty records only', () => {
    const filler = Array.from({ length: 20 }, () => ['甲', '乙']);
    expect(detectHeader(records(...filler, ['地区', '年份']), indexes)).toEqual({ ok: true, index: 0 });
    expect(detectHeader(records(...filler.slice(1), ['地区', '年份']), indexes)).toEqual({
      ok: true,
      index: 19,
    });
  });
});

type Expect = {
  layout: Layout;
  roles: ColumnRole[];
  years?: (number | undefined)[];
  ids?: (string | undefined)[];
};

function guess(rows: string[][], headerIndex = 0) {
  const m = detectMapping(records(...rows), headerIndex, indexes, ';', 'auto');
  return {
    layout: m.layout,
    roles: m.columns.map((c) => c.role),
    years: m.columns.map((c) => c.year),
    ids: m.columns.map((c) => c.indicatorId),
  };
}

describe('detectMapping: roles from header words, then from the cells', () => {
  it.each<{ name: string; rows: string[][]; expected: Expect }>([
    {
      name: 'long, every role named',
      rows: [
        [
          '地区',
          '年份',
          '指标',
          '数值',
          '限定词',
          '计量单位',
          '来源',
          '原文',
          '可比性',
          '口径说明',
          'comparability_en',
        ],
        ['嘉兴', '2023', '立案提案', '350', '', '件', 'r', 'q', '', '', ''],
      ],
      expected: {
        layout: 'long',
        roles: [
          'jurisdiction',
          'year',
          'indicator',
          'value',
          'qualifier',
          'unit',
          'source',
          'quote',
          'comparable',
          'comparability_zh',
          'comparability_en',
        ],
      },
    },
    {
      name: 'a role named twice: the first column takes it',
      rows: [
        ['地区', '城市', '年份', '指标', '数值'],
        ['嘉兴', '吴兴', '2023', '立案提案', '1'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'ignore', 'year', 'indicator', 'value'] },
    },
    {
      name: '单位 holding places is the jurisdiction',
      rows: [
        ['单位', '年份', '指标', '数值'],
        ['嘉兴市政协', '2023', '立案提案', '1'],
        ['吴兴', '2023', '立案提案', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value'] },
    },
    {
      name: '单位 holding words of measure is the unit',
      rows: [
        ['地区', '年份', '指标', '数值', '单位'],
        ['嘉兴', '2023', '立案提案', '1', '件'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value', 'unit'] },
    },
    {
      name: '单位 holding numbers is neither',
      rows: [
        ['地区', '年份', '指标', '单位'],
        ['嘉兴', '2023', '立案提案', '1'],
        ['吴兴', '2023', '立案提案', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value'] },
    },
    {
      name: '单位 when the jurisdiction and the unit are both named already',
      rows: [
        ['地区', '计量单位', '年份', '指标', '数值', '单位'],
        ['嘉兴', '件', '2023', '立案提案', '1', '吴兴'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'unit', 'year', 'indicator', 'value', 'ignore'] },
    },
    {
      name: 'wide by years',
      rows: [
        ['地区', '指标', '2022年', '2023', '备注'],
        ['嘉兴', '立案提案', '330', '350', ''],
      ],
      expected: {
        layout: 'wide_years',
        roles: ['jurisdiction', 'indicator', 'year_column', 'year_column', 'ignore'],
        years: [undefined, undefined, 2022, 2023, undefined],
      },
    },
    {
      name: 'year headers with a value column named are not wide',
      rows: [
        ['地区', '指标', '数值', '2023'],
        ['嘉兴', '立案提案', '350', '1'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'indicator', 'value', 'ignore'] },
    },
    {
      name: 'year headers with a year column named are not wide',
      rows: [
        ['地区', '指标', '年份', '2023'],
        ['嘉兴', '立案提案', '2023', '350'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'indicator', 'year', 'value'] },
    },
    {
      name: 'wide by indicators, units in the headers',
      rows: [
        ['地区', '年份', '立案提案（件）', '办复提案(件)', '备注'],
        ['嘉兴', '2023', '350', '348', 'x'],
      ],
      expected: {
        layout: 'wide_indicators',
        roles: ['jurisdiction', 'year', 'indicator_column', 'indicator_column', 'ignore'],
        ids: [undefined, undefined, 'proposals_filed', 'proposals_answered', undefined],
      },
    },
    {
      name: 'indicator headers with an indicator column named are not wide',
      rows: [
        ['地区', '年份', '指标', '立案提案'],
        ['嘉兴', '2023', '办复提案', '350'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value'] },
    },
    {
      name: 'indicator headers with a value column named are not wide',
      rows: [
        ['地区', '年份', '数值', '立案提案'],
        ['嘉兴', '2023', '350', '1'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'value', 'ignore'] },
    },
    {
      name: 'a year header in a wide-by-indicator table is not an indicator',
      rows: [
        ['地区', '年份', '立案提案', '2023'],
        ['嘉兴', '2023', '350', '1'],
      ],
      expected: {
        layout: 'wide_indicators',
        roles: ['jurisdiction', 'year', 'indicator_column', 'indicator_column'],
        ids: [undefined, undefined, 'proposals_filed', undefined],
      },
    },
    {
      name: 'unnamed columns judged by their cells',
      rows: [
        ['甲', '乙', '丙', '丁'],
        ['嘉兴', '2023', '立案提案', '350'],
        ['吴兴', '2022', '办复提案', '20'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value'] },
    },
    {
      name: 'half the cells places is enough; an empty column stays ignored',
      rows: [
        ['甲', '乙', '丙', '丁', '戊'],
        ['嘉兴', '2023', '立案提案', '350', ''],
        ['某地', '2022', '办复提案', '20', ''],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value', 'ignore'] },
    },
    {
      name: 'under half the cells places, under four in five years or numbers: nothing',
      rows: [
        ['甲', '乙', '丙'],
        ['嘉兴', '2023', '1'],
        ['某地', '2022', '2'],
        ['某处', '2021', '3'],
        ['别处', 'x', 'y'],
        ['他处', 'z', 'w'],
      ],
      expected: { layout: 'long', roles: ['ignore', 'ignore', 'ignore'] },
    },
    {
      name: 'four in five years and numbers is enough',
      rows: [
        ['甲', '乙', '丙'],
        ['嘉兴', '2023', '1'],
        ['吴兴', '2022', '2'],
        ['某处', '2021', '3'],
        ['嘉兴', '2020', '4'],
        ['别处', 'x', 'y'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'value'] },
    },
    {
      name: 'a year column needs years from 1900 to 2199',
      rows: [
        ['地区', '乙', '数值'],
        ['嘉兴', '1899', '1'],
        ['吴兴', '2200', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'ignore', 'value'] },
    },
    {
      name: 'the bounds themselves are years',
      rows: [
        ['地区', '乙', '数值'],
        ['嘉兴', '1900', '1'],
        ['吴兴', '2199', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'value'] },
    },
    {
      name: 'a number column in a wide-by-indicator table is an unknown indicator, if it has a header',
      rows: [
        ['地区', '年份', '立案提案', '某指标', ''],
        ['嘉兴', '2023', '350', '1', '2'],
      ],
      expected: {
        layout: 'wide_indicators',
        roles: ['jurisdiction', 'year', 'indicator_column', 'indicator_column', 'ignore'],
      },
    },
    {
      name: 'a column of indicators in a wide-by-indicator table is not the indicator',
      rows: [
        ['地区', '年份', '立案提案', '乙'],
        ['嘉兴', '2023', '350', '办复提案'],
      ],
      expected: { layout: 'wide_indicators', roles: ['jurisdiction', 'year', 'indicator_column', 'ignore'] },
    },
    {
      name: 'in a wide-by-year table a column of years is not the year',
      rows: [
        ['地区', '指标', '2023', '乙'],
        ['嘉兴', '立案提案', '350', '2022'],
      ],
      expected: { layout: 'wide_years', roles: ['jurisdiction', 'indicator', 'year_column', 'ignore'] },
    },
    {
      name: 'in a wide-by-year table a column of numbers is not the value',
      rows: [
        ['地区', '指标', '2023', '乙'],
        ['嘉兴', '立案提案', '350', '7'],
      ],
      expected: { layout: 'wide_years', roles: ['jurisdiction', 'indicator', 'year_column', 'ignore'] },
    },
    {
      name: 'a named column is not judged by its cells',
      rows: [
        ['来源', '原文', '年份', '指标', '数值'],
        ['嘉兴', '2023', '2023', '立案提案', '1'],
      ],
      expected: { layout: 'long', roles: ['source', 'quote', 'year', 'indicator', 'value'] },
    },
    {
      name: 'a column already taken by a header is not taken again by cells',
      rows: [
        ['地区', '乙', '年份', '丙', '指标', '丁', '数值', '戊'],
        ['嘉兴', '吴兴', '2023', '2022', '立案提案', '办复提案', '1', '2'],
      ],
      expected: {
        layout: 'long',
        roles: ['jurisdiction', 'ignore', 'year', 'ignore', 'indicator', 'ignore', 'value', 'ignore'],
      },
    },
  ])('$name', ({ rows, expected }) => {
    const got = guess(rows);
    expect({ layout: got.layout, roles: got.roles }).toEqual({
      layout: expected.layout,
      roles: expected.roles,
    });
    if (expected.years) expect(got.years).toEqual(expected.years);
    if (expected.ids) expect(got.ids).toEqual(expected.ids);
  });

  it('the header may sit below a title line; cells beyond the header are not columns', () => {
    const m = detectMapping(
      [
        { row: 1, cells: ['2023年统计'] },
        { row: 3, cells: [' 地区 ', '数值'] },
        { row: 4, cells: ['嘉兴', '1', 'extra'] },
      ],
      1,
      indexes,
      '\t',
      'gb18030',
    );
    expect(m).toEqual({
      layout: 'long',
      delimiter: '\t',
      headerRow: 3,
      encoding: 'gb18030',
      columns: [
        { index: 0, header: '地区', role: 'jurisdiction' },
        { index: 1, header: '数值', role: 'value' },
      ],
    });
  });

  it('no header at all: no columns, header row 1', () => {
    expect(detectMapping([], 0, indexes, ',', 'auto')).toEqual({
      layout: 'long',
      delimiter: ',',
      headerRow: 1,
      encoding: 'auto',
      columns: [],
    });
  });
});

// Each case below is named for a wrong guess it prevents: a delimiter or role picked by a planted
// change in detectMapping.ts that the cases above let through.
describe('detectDelimiter: ties and caps', () => {
  const capLine = `${Array.from({ length: 25 }, () => 's').join(';')}${',c'.repeat(20)}`;
  it.each<[string, string, string]>([
    // ',' and ';' both split every line in two: the earlier in the list wins, not the later
    ['a tie keeps the earlier delimiter (comma before semicolon)', 'a;b,c\n1;2,3\n', ','],
    // 21 fields by comma, 25 by semicolon, both consistent: past twenty, more fields do not count
    ['field counts above twenty count as twenty', `${capLine}\n${capLine}\n`, ','],
    // tab splits the lines into 2 and 3 fields (a tie: the larger, 3, is its field count), comma
    // into 2 and 1 (its mode 2): the tab's larger field count wins
    ['a tie between two field counts takes the larger', 'a,b\tc\nd\te\tf\n', '\t'],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readPreview: a text of exactly 64 KiB is read whole', () => {
  it('its last line, without a line end, is a record', () => {
    const text = `a,b\nc,${'d'.repeat(65_536 - 6)}`;
    expect(text).toHaveLength(65_536);
    expect(readPreview(text, ',').map((r) => r.row)).toEqual([1, 2]);
  });
});

describe('detectMapping: edge cases of the cells', () => {
  it.each<{ name: string; rows: string[][]; expected: Expect }>([
    {
      name: 'a data row shorter than the header: its missing cells are empty, not a crash',
      rows: [['甲', '乙', '丙'], ['嘉兴', '2023', '1'], ['吴兴']],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'value'] },
    },
    {
      name: '单位 over empty cells is the unit of measure',
      rows: [
        ['地区', '年份', '指标', '数值', '单位'],
        ['嘉兴', '2023', '立案提案', '1', ''],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value', 'unit'] },
    },
    {
      name: '单位 with places in half its cells is the jurisdiction',
      rows: [
        ['单位', '年份', '指标', '数值'],
        ['嘉兴', '2023', '立案提案', '1'],
        ['某地', '2023', '立案提案', '2'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value'] },
    },
    {
      name: '单位 with numbers in half its cells is not the unit',
      rows: [
        ['地区', '年份', '指标', '数值', '单位'],
        ['嘉兴', '2023', '立案提案', '1', '1'],
        ['吴兴', '2023', '立案提案', '2', '件'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'year', 'indicator', 'value', 'ignore'] },
    },
    {
      name: 'a year header over a column of years in a long table is not the year column',
      rows: [
        ['地区', '指标', '数值', '2023'],
        ['嘉兴', '立案提案', '350', '2022'],
        ['吴兴', '立案提案', '20', '2021'],
      ],
      expected: { layout: 'long', roles: ['jurisdiction', 'indicator', 'value', 'ignore'] },
    },
  ])('$name', ({ rows, expected }) => {
    const got = guess(rows);
    expect({ layout: got.layout, roles: got.roles }).toEqual(expected);
  });
});

describe('readPreview: a long text whose only early line end is its first character', () => {
  it('is cut at 64 KiB, not emptied', () => {
    const text = `\n${'x'.repeat(70_000)}`;
    const preview = readPreview(text, ',');
    expect(preview.map((r) => [r.row, r.cells[0]!.length])).toEqual([[2, 65_535]]);
  });
});

// More wrong guesses a planted change would make, each named for what a user would see.
describe('splitHeaderUnit: the forms a spreadsheet header takes', () => {
  it.each<[string, string, string]>([
    // small-form and full-width brackets and letters are read as their plain forms
    ['立案提案﹙件﹚', '立案提案', '件'],
    ['ＧＤＰ（亿元）', 'GDP', '亿元'],
    // a space before the name is not part of it
    [' 立案提案（件）', '立案提案', '件'],
    // a cell broken before its unit still splits; one broken inside its name is not cut to its last line
    ['立案提案\n（件）', '立案提案', '件'],
    ['立案\n提案（件）', '立案\n提案（件）', ''],
  ])('%j → %j + %j', (header, name, unit) => {
    expect(splitHeaderUnit(header)).toEqual({ name, unit });
  });
});

describe('detectDelimiter: blank lines, a rare wide line and the fortieth record', () => {
  it.each<[string, string, string]>([
    // three blank lines against two of data: the tab still splits every line that holds anything
    ['more blank lines than data lines', 'a\tb\n\n\n\n1\t2\n', '\t'],
    // ';' splits three lines in two and one text line in four; the tab splits two of four in two.
    // The usual count is two for ';', not the one wide line's four, so ';' is the more consistent
    ['one wider line does not make its field count the usual one', 'a;b\tc\na;b\tc\na;b\na;b;c;d\n', ';'],
    // forty lines split alike by ',' and ';' (a tie: ','), then one only ';' splits: not counted
    ['a line after the fortieth does not count', `${'a;b,c\n'.repeat(40)}x;y\n`, ','],
    ['the fortieth line counts', `${'a;b,c\n'.repeat(39)}x;y\n`, ';'],
  ])('%s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('detectHeader and detectMapping: years and empty cells', () => {
  it('a first record of year and column names is the header, though a year is also a number', () => {
    expect(detectHeader(records(['2023', '地区'], ['嘉兴', '1']), indexes)).toEqual({ ok: true, index: 0 });
  });

  it('empty cells do not count against a column of places or numbers', () => {
    expect(
      guess([
        ['甲', '乙'],
        ['嘉兴', '1'],
        ['', '2'],
        ['', '3'],
      ]).roles,
    ).toEqual(['jurisdiction', 'value']);
  });
});

describe('detectMapping: a header word or a year wins over an indicator of the same name', () => {
  // an analyst's catalog may hold an indicator named like a header word (报告, reports) or a year
  const base = catalog.indicators.find((i) => i.id === 'proposals_filed')!;
  const named: NameIndexes = {
    jurisdictions: indexes.jurisdictions,
    indicators: indicatorIndex([
      ...catalog.indicators,
      { ...base, id: 'reports', name_zh: '报告', name_en: 'reports' },
      { ...base, id: 'year_2023', name_zh: '2023', name_en: 'year_2023' },
    ]),
  };
  it.each<{
    name: string;
    header: string[];
    cells: string[];
    roles: ColumnRole[];
    ids: (string | undefined)[];
  }>([
    {
      name: 'a source column headed 报告 stays the source in a wide-by-indicator table',
      header: ['地区', '年份', '立案提案', '报告'],
      cells: ['嘉兴', '2023', '1', 'a.pdf'],
      roles: ['jurisdiction', 'year', 'indicator_column', 'source'],
      ids: [undefined, undefined, 'proposals_filed', undefined],
    },
    {
      name: 'a column headed 2023 is not given the indicator named 2023',
      header: ['地区', '年份', '立案提案', '2023'],
      cells: ['嘉兴', '2023', '1', '2'],
      roles: ['jurisdiction', 'year', 'indicator_column', 'indicator_column'],
      ids: [undefined, undefined, 'proposals_filed', undefined],
    },
  ])('$name', ({ header, cells, roles, ids }) => {
    const m = detectMapping(records(header, cells), 0, named, ',', 'auto');
    expect(m.layout).toBe('wide_indicators');
    expect(m.columns.map((c) => c.role)).toEqual(roles);
    expect(m.columns.map((c) => c.indicatorId)).toEqual(ids);
  });
});
