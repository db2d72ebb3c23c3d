import { describe, expect, it } from 'vitest';
import { DelimitedReader } from '../../../src/import/delimitedReader';
import { toObservations } from '../../../src/import/observationColumns';
import type { ColumnMapping } from '../../../src/import/types';
import { validateRecords, type ValidateInput } from '../../../src/import/validateRecords';
import { catalog, CURRENT_YEAR } from './importText';
import { LONG_COLS, validate, type Col, type Run } from './validateHarness';

// The validation driver (src/import/validateRecords.ts), continued: the cases its mutation run found
// missing from validateRecords.test.ts — each failed on a planted bug that file let through. They live
// in a file of their own because Stryker cannot tell which vitest tests of a changed file changed, and
// re-tests every mutant when that file changes (531 mutants, over an hour on the shared machine). The
// mapping is given, not detected, as there.

describe('the catalog’s first place and first indicator are positions, not “none”', () => {
  const wide = (header: string, extra?: Partial<ColumnMapping>): Run => ({
    text: `地区,年份,${header}\n嘉兴,2023,4\n`,
    cols: [
      ['地区', 'jurisdiction'],
      ['年份', 'year'],
      [header, 'indicator_column', extra],
    ],
    layout: 'wide_indicators',
  });
  it.each<{ name: string; run: Run; rows: string[] }>([
    {
      name: 'a long row naming the first place and the first indicator is imported',
      run: { text: '地区,年份,指标,数值\n杭州九三,2023,收到提案,5\n', cols: LONG_COLS },
      rows: ['hangzhou-jiusan 2023 proposals_received 5 exact'],
    },
    {
      name: 'a figure written with the first indicator’s unit is read without it',
      run: { text: '地区,年份,指标,数值\n嘉兴,2023,收到提案,5件\n', cols: LONG_COLS },
      rows: ['jiaxing 2023 proposals_received 5 exact'],
    },
    {
      name: 'a wide column headed with the first indicator holds its figures',
      run: wide('收到提案'),
      rows: ['jiaxing 2023 proposals_received 4 exact'],
    },
    {
      name: 'a wide column the mapping gave the first indicator’s id holds its figures',
      run: wide('随便写', { indicatorId: 'proposals_received' }),
      rows: ['jiaxing 2023 proposals_received 4 exact'],
    },
    {
      name: 'the first place as the fixed place stands in for a place column',
      run: {
        text: '年份,指标,数值\n2023,立案提案,5\n',
        cols: LONG_COLS.slice(1),
        fixedJurisdiction: 'hangzhou-jiusan',
      },
      rows: ['hangzhou-jiusan 2023 proposals_filed 5 exact'],
    },
  ])('$name', ({ run, rows }) => {
    const { list, rows: got } = validate(run);
    expect(list).toEqual([]);
    expect(got).toEqual(rows);
  });

  it('the first indicator’s own name ending in brackets is read whole, not as a name and a unit', () => {
    const first = { ...catalog.indicators[0]!, name_zh: '收到提案（各级）' };
    const input: ValidateInput = {
      records: new DelimitedReader('地区,年份,收到提案（各级）\n嘉兴,2023,4\n', ','),
      mapping: {
        layout: 'wide_indicators',
        delimiter: ',',
        headerRow: 1,
        encoding: 'utf-8',
        columns: [
          { index: 0, header: '地区', role: 'jurisdiction' },
          { index: 1, header: '年份', role: 'year' },
          { index: 2, header: '收到提案（各级）', role: 'indicator_column' },
        ],
      },
      catalog: { ...catalog, indicators: [first, ...catalog.indicators.slice(1)] },
      decisions: { jurisdictions: [], indicators: [] },
      currentYear: CURRENT_YEAR,
      sourceName: 'upload.csv',
    };
    const result = validateRecords(input);
    expect(result.problems.sorted()).toEqual([]);
    expect(toObservations(result.columns).map((o) => [o.indicator_id, o.value])).toEqual([
      ['proposals_received', 4],
    ]);
  });
});

describe('row-level errors and the unit column', () => {
  it('an unknown row qualifier keeps the row’s figure out even though its place, year and indicator are known', () => {
    const { list, rows, result } = validate({
      text: '地区,年份,指标,数值,限定词\n嘉兴,2023,立案提案,1,乱写\n',
      cols: [...LONG_COLS, ['限定词', 'qualifier']],
    });
    expect(list).toEqual([['unknown_qualifier', 'error', 2, '限定词', '乱写']]);
    expect(rows).toEqual([]);
    expect(result.rejectedRowCount).toBe(1);
  });

  it('an unknown indicator beside a figure with a qualifier is reported, not a crash', () => {
    const { list, rows } = validate({
      text: '地区,年份,指标,数值\n嘉兴,2023,火星指标,5余\n',
      cols: LONG_COLS,
    });
    expect(list).toEqual([['unknown_indicator', 'error', 2, '指标', '火星指标']]);
    expect(rows).toEqual([]);
  });

  it('a unit written in the unit column is trimmed, and a wrong one is named under that column', () => {
    const { list, rows } = validate({
      text: '地区,年份,立案提案（万元）,单位\n嘉兴,2023,1, 件 \n吴兴,2023,2, 万元 \n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['立案提案（万元）', 'indicator_column'],
        ['单位', 'unit'],
      ],
      layout: 'wide_indicators',
    });
    expect(list).toEqual([['unit_mismatch', 'error', 3, '单位', '万元']]);
    expect(rows).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });
});

describe('what a kept row carries, without the other columns', () => {
  it('a quote column without a source column: each kept row keeps its quote', () => {
    const { observations, result } = validate({
      text: '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,1,甲\n吴兴,2023,立案提案,2,乙\n',
      cols: [...LONG_COLS, ['原文', 'quote']],
    });
    expect(result.columns.sourceFile).toBe('upload.csv');
    expect(observations.map((o) => [o.jurisdiction_id, o.source_file, o.quote])).toEqual([
      ['jiaxing', 'upload.csv', '甲'],
      ['wuxing', 'upload.csv', '乙'],
    ]);
  });

  it('a first row with an empty source cell is sourced to the file', () => {
    const { observations } = validate({
      text: '地区,年份,指标,数值,来源\n嘉兴,2023,立案提案,1,\n吴兴,2023,立案提案,2,b.pdf\n',
      cols: [...LONG_COLS, ['来源', 'source']],
    });
    expect(observations.map((o) => [o.jurisdiction_id, o.source_file])).toEqual([
      ['jiaxing', 'upload.csv'],
      ['wuxing', 'b.pdf'],
    ]);
  });

  it('a Chinese comparability reason alone is carried', () => {
    const { observations } = validate({
      text: '地区,年份,指标,数值,口径说明\n嘉兴,2023,立案提案,1, 会期不同 \n',
      cols: [...LONG_COLS, ['口径说明', 'comparability_zh']],
    });
    expect(observations.map((o) => [o.comparable, o.comparability_zh, o.comparability_en])).toEqual([
      [null, '会期不同', null],
    ]);
  });
});

describe('wide headers: years and added names', () => {
  it('year headers: what each problem says (the value, the range, the unfinished year)', () => {
    const { problems } = validate({
      text: '地区,指标,甲,1948,2025\n嘉兴,立案提案,1,2,3\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['指标', 'indicator'],
        ['甲', 'year_column'],
        ['1948', 'year_column'],
        ['2025', 'year_column'],
      ],
      layout: 'wide_years',
    });
    expect(problems.map((p) => [p.kind, p.message.zh, p.message.en])).toEqual([
      [
        'not_a_number',
        expect.stringContaining('“甲”不是年份'),
        expect.stringContaining('“甲” is not a year'),
      ],
      [
        'year_out_of_range',
        expect.stringContaining('年份1948不在 1949–2026 之间'),
        expect.stringContaining('The year 1948 is not between 1949 and 2026'),
      ],
      ['year_not_ended', expect.stringContaining('2025年尚未结束'), expect.stringContaining('2025')],
    ]);
  });

  it('year headers at the edges and written as a spreadsheet number: 1949, 2023.0', () => {
    const { list, rows } = validate({
      text: '地区,指标,1949,2023.0\n嘉兴,立案提案,1,2\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['指标', 'indicator'],
        ['1949', 'year_column'],
        ['2023.0', 'year_column'],
      ],
      layout: 'wide_years',
    });
    expect(list).toEqual([]);
    expect(rows).toEqual(['jiaxing 1949 proposals_filed 1 exact', 'jiaxing 2023 proposals_filed 2 exact']);
  });

  it('an added indicator imports under its new id and is committed once; one whose id the catalog has is not a second indicator', () => {
    const added = {
      ...catalog.indicators.find((i) => i.id === 'proposals_filed')!,
      id: 'new_count',
      name_zh: '新指标',
    };
    const again = { ...catalog.indicators.find((i) => i.id === 'proposals_answered')!, name_zh: '办复新' };
    const { rows, result, list } = validate({
      text: '地区,年份,指标,数值\n嘉兴,2023,新指标,1\n吴兴,2023,办复新,2\n',
      cols: LONG_COLS,
      decisions: {
        jurisdictions: [],
        indicators: [
          { name: '新指标', action: 'add', indicator: added },
          { name: '办复新', action: 'add', indicator: again },
        ],
      },
    });
    expect(list).toEqual([]);
    expect(rows).toEqual(['jiaxing 2023 new_count 1 exact', 'wuxing 2023 proposals_answered 2 exact']);
    expect(result.newIndicators.map((i) => i.id)).toEqual(['new_count', 'proposals_answered']);
    expect(result.columns.indicatorIds.filter((id) => id === 'proposals_answered')).toEqual([
      'proposals_answered',
    ]);
    expect(result.columns.indicatorIds.at(-1)).toBe('new_count');
  });
});

describe('progress on a long file', () => {
  // blank records are counted for progress too (they cost reading), and are cheap to validate
  const text = `地区,年份,指标,数值\n${'\n'.repeat(2 * 65_536)}嘉兴,2023,立案提案,1\n`;
  const run = (onProgress?: (f: number) => void) =>
    validateRecords({
      records: new DelimitedReader(text, ','),
      mapping: {
        layout: 'long',
        delimiter: ',',
        headerRow: 1,
        encoding: 'utf-8',
        columns: LONG_COLS.map(([header, role], index) => ({ index, header, role })),
      },
      catalog,
      decisions: { jurisdictions: [], indicators: [] },
      currentYear: CURRENT_YEAR,
      sourceName: 'x',
      ...(onProgress ? { onProgress } : {}),
    });

  it('reports progress every 65,536 records, rising, then the end', () => {
    const seen: number[] = [];
    expect(run((f) => seen.push(f)).columns.length).toBe(1);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBeGreaterThan(0.4);
    expect(seen[0]).toBeLessThan(0.6);
    expect(seen[1]).toBeGreaterThan(seen[0]!);
    expect(seen[1]).toBeLessThan(1);
    expect(seen[2]).toBe(1);
  });

  it('a long file without a progress listener is read to the end', () => {
    expect(run().columns.length).toBe(1);
  });
});

describe('names and fixed values the catalog lacks, rows the rules stop', () => {
  it('a name mapped to an id the catalog lacks stays unknown, not another place', () => {
    const { list, rows } = validate({
      text: '地区,年份,指标,数值\n火星,2023,立案提案,1\n',
      cols: LONG_COLS,
      decisions: { jurisdictions: [{ name: '火星', action: 'map', id: 'gone' }], indicators: [] },
    });
    expect(list).toEqual([['unknown_jurisdiction', 'error', 2, '地区', '火星']]);
    expect(rows).toEqual([]);
  });

  it('a fixed place the catalog lacks is no place: the place column is still asked for', () => {
    const { list, rows } = validate({
      text: '年份,指标,数值\n2023,立案提案,5\n',
      cols: LONG_COLS.slice(1),
      fixedJurisdiction: 'gone',
    });
    expect(list).toEqual([['missing_column', 'error', 0, '', '']]);
    expect(rows).toEqual([]);
  });

  it('the missing year says a year for the whole file may be entered instead', () => {
    const { problems } = validate({
      text: '地区,指标,数值\n嘉兴,立案提案,1\n',
      cols: [LONG_COLS[0]!, ...LONG_COLS.slice(2)],
    });
    expect(problems.map((p) => [p.message.zh, p.message.en])).toEqual([
      [expect.stringContaining('整个文件的年份'), expect.stringContaining('the year for the whole file')],
    ]);
  });

  it('an unfinished fixed year in a wide-years table is not reported: its years come from the headers', () => {
    const { list, rows } = validate({
      text: '地区,指标,2022\n嘉兴,办复提案,5\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['指标', 'indicator'],
        ['2022', 'year_column'],
      ],
      layout: 'wide_years',
      fixedYear: CURRENT_YEAR,
    });
    expect(list).toEqual([]);
    expect(rows).toEqual(['jiaxing 2022 proposals_answered 5 exact']);
  });

  it('an unknown id on a column falls back to its header, whichever indicator that names', () => {
    const { rows } = validate({
      text: '地区,年份,办复提案\n嘉兴,2023,1\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['办复提案', 'indicator_column', { indicatorId: 'gone' }],
      ],
      layout: 'wide_indicators',
    });
    expect(rows).toEqual(['jiaxing 2023 proposals_answered 1 exact']);
  });

  it.each([
    [
      'a row with too many cells is rejected and counted',
      '吴兴,2023,立案提案,2,多余\n',
      'too_many_columns',
      1,
    ],
    ['a 合计 row is set aside, not counted as rejected', '合计,2023,立案提案,1\n', 'total_row', 0],
  ] as const)('%s', (_name, row, kind, rejected) => {
    const { list, rows, result } = validate({
      text: `地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n${row}`,
      cols: LONG_COLS,
    });
    expect(list.map(([k, , r]) => [k, r])).toEqual([[kind, 3]]);
    expect(rows).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
    expect(result.rejectedRowCount).toBe(rejected);
  });
});

// A year typed for the whole file (the mapping step's input can be typed past its min) is checked as a
// year cell is; out of range, nothing is imported rather than every figure under a wrong year.
describe('the year given for the whole file', () => {
  const PLACE_FIGURE: Col[] = [
    ['地区', 'jurisdiction'],
    ['指标', 'indicator'],
    ['数值', 'value'],
  ];
  it.each([
    { name: '0', fixedYear: 0 },
    { name: 'before 1949', fixedYear: 1948 },
    { name: 'after next year', fixedYear: CURRENT_YEAR + 2 },
    { name: 'negative', fixedYear: -5 },
    { name: 'not a whole year', fixedYear: 2022.5 },
  ])('out of range ($name): one problem naming it, and no figure imported', ({ fixedYear }) => {
    const { list, rows, problems } = validate({
      text: '地区,指标,数值\n嘉兴,立案提案,1\n',
      cols: PLACE_FIGURE,
      fixedYear,
    });
    expect(list).toEqual([['year_out_of_range', 'error', 0, '', String(fixedYear)]]);
    expect(rows).toEqual([]);
    expect(problems[0]!.message.zh).toContain(
      `“整个文件的年份”填写的是${fixedYear}，不在 1949–${CURRENT_YEAR + 1} 之间`,
    );
    expect(problems[0]!.message.en).toContain(`The year for the whole file is ${fixedYear}`);
  });

  it.each([1949, CURRENT_YEAR + 1])('%i, at the edge of the range: every row carries it', (fixedYear) => {
    const { list, rows } = validate({
      text: '地区,指标,数值\n嘉兴,立案提案,1\n',
      cols: PLACE_FIGURE,
      fixedYear,
    });
    expect(list.filter((p) => p[1] === 'error')).toEqual([]);
    expect(rows).toEqual([`jiaxing ${fixedYear} proposals_filed 1 exact`]);
  });
});
