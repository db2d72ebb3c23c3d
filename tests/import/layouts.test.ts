import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { observationsToParquet } from '../../src/data/observationsParquet';
import type { Indicator, Jurisdiction, Observation } from '../../src/data/schema';
import { runImport } from '../../src/import/runImport';
import { layoutOf } from '../../src/import/layoutOf';
import {
  LAYOUTS,
  type ColumnRole,
  type ImportOptions,
  type ImportSource,
  type Layout,
} from '../../src/import/types';
import { bundledCatalog } from './bundledCatalog';
import { GBK_WIDE_FIXTURE, GBK_WIDE_ROWS, GBK_WIDE_TEXT } from './fixtures/gbkWide';
import { encodeGbk } from './gbk';

const catalog = bundledCatalog();
const options: ImportOptions = { catalog, currentYear: 2025 };
const file = (text: string, name = 'upload.csv'): ImportSource => ({
  kind: 'file',
  name,
  bytes: new TextEncoder().encode(text),
});
const brief = (rows: readonly Observation[]) =>
  rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.indicator_id} ${r.value} ${r.qualifier}`);

describe('layouts are detected from Chinese or English headers', () => {
  it.each<[string, string, Layout, string[]]>([
    [
      'long, English ids (the app’s own export)',
      'jurisdiction_id,year,indicator_id,value,qualifier,unit,source_file,quote\njiaxing,2023,proposals_filed,350,exact,件,r.txt,"立案提案350件"\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact'],
    ],
    [
      'long, Chinese names and aliases',
      '单位,年度,指标名称,数量\n嘉兴市政协,2023年,立案提案,"1,350"\n九三学社杭州市委,2023,编报社情民意信息,200余\n',
      'long',
      ['jiaxing 2023 proposals_filed 1350 exact', 'hangzhou-jiusan 2023 info_submitted 200 at_least'],
    ],
    [
      'wide with indicators as columns, units in the headers',
      '地区,年份,立案提案（件）,办复提案(件)\n嘉兴,2023,350,348\n吴兴,2023,,210\n',
      'wide_indicators',
      [
        'jiaxing 2023 proposals_filed 350 exact',
        'jiaxing 2023 proposals_answered 348 exact',
        'wuxing 2023 proposals_answered 210 exact',
      ],
    ],
    [
      'wide with years as columns; a blank cell is no data, never zero',
      '地区,指标,2022年,2023\n嘉兴,立案提案,330,350\n吴兴,立案提案,,≥200\n',
      'wide_years',
      [
        'jiaxing 2022 proposals_filed 330 exact',
        'jiaxing 2023 proposals_filed 350 exact',
        'wuxing 2023 proposals_filed 200 at_least',
      ],
    ],
    [
      'a title line above the header is skipped',
      '2023年各地政协履职数据\n地区,年份,指标,数值\n嘉兴,2023,立案提案,350\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact'],
    ],
    [
      'CRLF, empty lines, trailing delimiters',
      '地区,年份,指标,数值,\r\n\r\n嘉兴,2023,立案提案,350,\r\n,,,,\r\n吴兴,2023,立案提案,200,\r\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact', 'wuxing 2023 proposals_filed 200 exact'],
    ],
    [
      'quoted commas and line breaks in the quote column',
      '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,350,"全年立案提案350件,\n办复率100%"\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact'],
    ],
    [
      'a header named __proto__ (and constructor) is just a column',
      '__proto__,constructor,地区,年份,指标,数值\nx,y,嘉兴,2023,立案提案,350\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact'],
    ],
    [
      'semicolon-delimited',
      'jurisdiction;year;indicator;value\nJiaxing;2023;Proposals filed;350\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact'],
    ],
    [
      'full-width letters, digits and spaces in names',
      '地区,年份,指标,数值\nＪＩＡＸＩＮＧ　ＣＰＰＣＣ,２０２３,ｐｒｏｐｏｓａｌｓ＿ｆｉｌｅｄ,３５０\n',
      'long',
      ['jiaxing 2023 proposals_filed 350 exact'],
    ],
  ])('%s', async (_name, text, layout, rows) => {
    const outcome = await runImport(file(text), options);
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.mapping.layout).toBe(layout);
    expect(brief(outcome.rows)).toEqual(rows);
  });

  it('keeps the quote text with its comma and line break, and the source file name', async () => {
    const outcome = await runImport(
      file('地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,350,"立案提案350件,\n办复率100%"\n', 'jx-2023.csv'),
      options,
    );
    expect(outcome.rows[0]).toMatchObject({
      quote: '立案提案350件,\n办复率100%',
      source_file: 'jx-2023.csv',
      unit: '件',
    });
  });

  it.each<[string, [string, string], string | string[]]>([
    ['one source for every row is kept once', ['a.txt', 'a.txt'], 'a.txt'],
    ['different sources are kept per row', ['a.txt', 'b.txt'], ['a.txt', 'b.txt']],
  ])('%s', async (_name, [s1, s2], expected) => {
    const outcome = await runImport(
      file(`地区,年份,指标,数值,来源\n嘉兴,2023,立案提案,1,${s1}\n吴兴,2023,立案提案,2,${s2}\n`),
      options,
    );
    expect(outcome.columns.sourceFile).toEqual(expected);
    expect(outcome.rows.map((r) => r.source_file)).toEqual([s1, s2]);
  });

  it('keeps quotes with doubled quote marks, line breaks and formula escapes exactly', async () => {
    const text = [
      '地区,年份,指标,数值,原文',
      '嘉兴,2023,立案提案,1,"他说""好"""',
      "吴兴,2023,立案提案,2,'=SUM(A1)",
      '贺州,2023,立案提案,3,"a',
      'b"',
      '嵊州,2023,立案提案,4,',
    ].join('\n');
    const outcome = await runImport(file(text), options);
    expect(outcome.rows.map((r) => r.quote)).toEqual(['他说"好"', '=SUM(A1)', 'a\nb', '']);
  });

  it('counts rows as the spreadsheet shows them, quoted line breaks included', async () => {
    const outcome = await runImport(
      file('地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,350,"a\nb"\n\n吴兴,2023,立案提案,x,\n'),
      options,
    );
    expect(outcome.problems.map((p) => [p.row, p.kind])).toEqual([[4, 'not_a_number']]);
  });

  it('a one-column file says which columns are missing, and does not crash', async () => {
    const outcome = await runImport(file('地区\n嘉兴\n吴兴\n'), options);
    expect(outcome.problems.map((p) => [p.kind, p.message.en])).toEqual([
      [
        'missing_column',
        'There is no “year” column. Choose the year column under “Column mapping”, or enter the year for the whole file (for example the year in the title).',
      ],
      [
        'missing_column',
        'No “indicator” column was found. Choose which column holds the indicator in the column mapping.',
      ],
      [
        'missing_column',
        'No “value” column was found. Choose which column holds the value in the column mapping.',
      ],
    ]);
    expect(outcome.rows).toEqual([]);
  });
});

describe('the layout follows the roles of the analyst’s mapping, not the layout it last had', () => {
  it.each<[string, string, Layout]>([
    ['years as columns', '地区,指标,2022年,2023\n嘉兴,立案提案,330,350\n', 'wide_years'],
    ['indicators as columns', '地区,年份,立案提案,办复提案\n嘉兴,2023,350,348\n', 'wide_indicators'],
    ['one row per figure', '地区,年份,指标,数值\n嘉兴,2023,立案提案,350\n', 'long'],
  ])('%s', async (_, text, layout) => {
    const detected = await runImport(file(text), options);
    expect(detected.mapping.layout).toBe(layout);
    // the mapping step hands back the columns with a stale layout after the analyst changed roles
    for (const stale of LAYOUTS) {
      const again = await runImport(file(text), {
        ...options,
        mapping: { ...detected.mapping, layout: stale },
      });
      expect(again.mapping.layout).toBe(layout);
      expect(brief(again.rows)).toEqual(brief(detected.rows));
    }
  });

  const columns = (...roles: ColumnRole[]) => ({
    columns: roles.map((role, index) => ({ index, header: `c${index}`, role })),
  });
  it.each<[string, ColumnRole[], Layout]>([
    ['no columns', [], 'long'],
    ['a year column among others', ['jurisdiction', 'indicator', 'year_column', 'ignore'], 'wide_years'],
    [
      'an indicator column among others',
      ['jurisdiction', 'year', 'indicator_column', 'ignore'],
      'wide_indicators',
    ],
    [
      'both: years as columns wins (the indicator column is then a mistake reported by the checks)',
      ['indicator_column', 'year_column'],
      'wide_years',
    ],
    ['only the long roles', ['jurisdiction', 'year', 'indicator', 'value', 'qualifier'], 'long'],
  ])('layoutOf: %s', (_, roles, layout) => {
    expect(layoutOf(columns(...roles))).toBe(layout);
  });
});

describe('the GBK wide fixture (Excel on Chinese Windows)', () => {
  it('on disk is the GBK encoding of its text', () => {
    expect(new Uint8Array(readFileSync(GBK_WIDE_FIXTURE))).toEqual(encodeGbk(GBK_WIDE_TEXT));
  });

  it('imports with encoding, layout, names and units all detected', async () => {
    const bytes = new Uint8Array(readFileSync(GBK_WIDE_FIXTURE));
    const outcome = await runImport({ kind: 'file', name: 'gbk-wide-2023.csv', bytes }, options);
    expect(outcome.decoding).toEqual({ encoding: 'gb18030', overridden: false, bom: false });
    expect(outcome.mapping.layout).toBe('wide_indicators');
    expect(outcome.problems).toEqual([]);
    expect(outcome.rows.map((r) => [r.jurisdiction_id, r.indicator_id, r.value, r.qualifier])).toEqual(
      GBK_WIDE_ROWS,
    );
    expect(new Set(outcome.rows.map((r) => r.year))).toEqual(new Set([2023]));
  });
});

describe('pasted cells and Parquet go through the same path', () => {
  it('pasted TSV from Excel', async () => {
    const outcome = await runImport(
      { kind: 'paste', text: '地区\t年份\t指标\t数值\r\n嘉兴\t2023\t立案提案\t1,350\r\n' },
      options,
    );
    expect(outcome.format).toBe('paste');
    expect(outcome.mapping.delimiter).toBe('\t');
    expect(brief(outcome.rows)).toEqual(['jiaxing 2023 proposals_filed 1350 exact']);
  });

  it('Parquet written by the app’s export is read back (with the same validation)', async () => {
    const rows: Observation[] = [
      {
        jurisdiction_id: 'jiaxing',
        year: 2023,
        indicator_id: 'proposals_filed',
        value: 350,
        qualifier: 'exact',
        unit: '件',
        source_file: 'a.txt',
        quote: 'q1',
      },
      {
        jurisdiction_id: 'wuxing',
        year: 2023,
        indicator_id: 'info_submitted',
        value: 160,
        qualifier: 'at_least',
        unit: '条',
        source_file: 'b.txt',
        quote: 'q2',
      },
      {
        jurisdiction_id: 'nowhere',
        year: 2023,
        indicator_id: 'proposals_filed',
        value: 1,
        qualifier: 'exact',
        unit: '件',
        source_file: 'c.txt',
        quote: '',
      },
    ];
    const bytes = observationsToParquet(rows);
    const outcome = await runImport({ kind: 'file', name: 'export.parquet', bytes }, options);
    expect(outcome.format).toBe('parquet');
    // The export carries the optional comparability columns, empty here: each figure inherits its indicator's.
    const inherit = { comparable: null, comparability_zh: null, comparability_en: null };
    expect(outcome.rows).toEqual(rows.slice(0, 2).map((r) => ({ ...r, ...inherit })));
    expect(outcome.problems.map((p) => [p.kind, p.row, p.column, p.value])).toEqual([
      ['unknown_jurisdiction', 4, 'jurisdiction_id', 'nowhere'],
    ]);
  });

  it('a broken Parquet file gets a message, not an exception', async () => {
    const outcome = await runImport(
      { kind: 'file', name: 'x.parquet', bytes: Uint8Array.from([0x50, 0x41, 0x52, 0x31, 1, 2, 3]) },
      options,
    );
    expect(outcome.problems.map((p) => p.kind)).toEqual(['unreadable_parquet']);
    expect(outcome.problems[0]!.message.zh).toBe(
      'Parquet 文件无法读取：文件不完整或已损坏。请重新导出后上传。',
    );
    expect(outcome.problems[0]!.message.en).toBe(
      'The Parquet file cannot be read: it is incomplete or damaged. Export it again and upload it.',
    );
  });
});

describe('the analyst’s mapping and name decisions recompute the outcome', () => {
  const text = '地区,年份,指标,数值,备注\n杭州,2023,立案提案,350,x\n杭州,2023,新指标,5,y\n';

  it('reports unknown names with suggestions and their rows', async () => {
    const outcome = await runImport(file(text), options);
    expect(outcome.unknownJurisdictions).toEqual([
      {
        name: '杭州',
        rows: [2, 3],
        count: 2,
        column: '地区',
        suggestions: [{ id: 'hangzhou-jiusan', label: '杭州九三', labelEn: 'Hangzhou Jiusan', score: 0.6 }],
      },
    ]);
    expect(outcome.unknownIndicators.map((u) => [u.name, u.rows])).toEqual([['新指标', [3]]]);
    expect(outcome.rows).toEqual([]);
  });

  it('adding a jurisdiction and mapping an indicator imports the rows', async () => {
    const hangzhou: Jurisdiction = {
      ...catalog.jurisdictions[0]!,
      id: 'hangzhou',
      name_zh: '杭州',
      name_en: 'Hangzhou',
      aliases: '杭州市',
      body: 'cppcc_committee',
    };
    const newIndicator: Indicator = {
      ...catalog.indicators[0]!,
      id: 'new_thing',
      name_zh: '新指标',
      name_en: 'New thing',
      numerator_id: null,
      denominator_id: null,
    };
    const outcome = await runImport(file(text), {
      ...options,
      decisions: {
        jurisdictions: [{ name: '杭州', action: 'add', jurisdiction: hangzhou }],
        indicators: [{ name: '新指标', action: 'add', indicator: newIndicator }],
      },
    });
    expect(outcome.problems).toEqual([]);
    expect(brief(outcome.rows)).toEqual([
      'hangzhou 2023 proposals_filed 350 exact',
      'hangzhou 2023 new_thing 5 exact',
    ]);
    expect(outcome.newJurisdictions).toEqual([hangzhou]);
    expect(outcome.newIndicators).toEqual([newIndicator]);
  });

  it('mapping a name to an existing id uses it', async () => {
    const outcome = await runImport(file('地区,年份,指标,数值\n九三杭州,2023,立案提案,3\n'), {
      ...options,
      decisions: {
        jurisdictions: [{ name: '九三杭州', action: 'map', id: 'hangzhou-jiusan' }],
        indicators: [],
      },
    });
    expect(brief(outcome.rows)).toEqual(['hangzhou-jiusan 2023 proposals_filed 3 exact']);
  });

  it('an edited mapping is used as given (a column switched to "ignore" is not read)', async () => {
    const first = await runImport(file('地区,年份,指标,数值,限定\n嘉兴,2023,立案提案,350,大概\n'), options);
    expect(first.problems.map((p) => p.kind)).toEqual(['unknown_qualifier']);
    const mapping = {
      ...first.mapping,
      columns: first.mapping.columns.map((c) =>
        c.header === '限定' ? { ...c, role: 'ignore' as const } : c,
      ),
    };
    const second = await runImport(file('地区,年份,指标,数值,限定\n嘉兴,2023,立案提案,350,大概\n'), {
      ...options,
      mapping,
    });
    expect(second.problems).toEqual([]);
    expect(brief(second.rows)).toEqual(['jiaxing 2023 proposals_filed 350 exact']);
  });
});
