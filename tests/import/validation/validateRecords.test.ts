import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../src/data/schema';
import { DelimitedReader } from '../../../src/import/delimitedReader';
import { validateRecords } from '../../../src/import/validateRecords';
import { catalog, CURRENT_YEAR } from './importText';
import { LONG_COLS, validate, type Col } from './validateHarness';

// The validation driver (src/import/validateRecords.ts) with the mapping given, not detected: what it
// requires of a mapping, how it reads wide headers (indicator names with units, years), and what it
// carries from a kept row into the columns (source, quote, comparability). Each case is named for the
// bug it prevents.

describe('what a mapping must give', () => {
  it.each([
    {
      name: 'a long table without place, year and indicator columns names each missing role',
      run: { text: '数值\n1\n', cols: [['数值', 'value']] as Col[] },
      says: [
        ['找不到“地区”列', 'place'],
        ['找不到“年份”列', 'year'],
        ['找不到“指标”列', 'indicator'],
      ],
    },
    {
      name: 'a long table without a value column names the value role',
      run: {
        text: '地区,年份,指标\n嘉兴,2023,立案提案\n',
        cols: LONG_COLS.slice(0, 3),
      },
      says: [['找不到“数值”列', 'No “value” column']],
    },
    {
      name: 'a wide table without indicator columns has no value columns',
      run: {
        text: '地区,年份\n嘉兴,2023\n',
        cols: LONG_COLS.slice(0, 2),
        layout: 'wide_indicators' as const,
      },
      says: [['找不到任何数值列', 'No value columns']],
    },
    {
      name: 'a wide-years table without year columns, nor an indicator column, says both',
      run: { text: '地区\n嘉兴\n', cols: [['地区', 'jurisdiction']] as Col[], layout: 'wide_years' as const },
      says: [
        ['找不到“指标”列', 'indicator'],
        ['找不到任何数值列', 'No value columns'],
      ],
    },
    {
      name: 'a wide table without place or year columns needs them',
      run: {
        text: '立案提案\n1\n',
        cols: [['立案提案', 'indicator_column']] as Col[],
        layout: 'wide_indicators' as const,
      },
      says: [
        ['找不到“地区”列', 'place'],
        ['找不到“年份”列', 'year'],
      ],
    },
  ])('$name', ({ run, says }) => {
    const { list, problems, rows, result } = validate(run);
    expect(list.map(([kind, severity, row]) => [kind, severity, row])).toEqual(
      says.map(() => ['missing_column', 'error', 0]),
    );
    problems.forEach((p, k) => {
      expect(p.message.zh).toContain(says[k]![0]);
      expect(p.message.en).toContain(says[k]![1]);
    });
    expect(rows).toEqual([]);
    // its one data row is counted, and not imported (the check's summary does not call the file empty)
    expect(result.rowCount).toBe(1);
    expect(result.rejectedRowCount).toBe(1);
  });

  it('a fixed place and a fixed year stand in for their columns', () => {
    const { list, rows } = validate({
      text: '指标,数值\n立案提案,5\n',
      cols: LONG_COLS.slice(2),
      fixedYear: 2022,
      fixedJurisdiction: 'wuxing',
    });
    expect(list).toEqual([]);
    expect(rows).toEqual(['wuxing 2022 proposals_filed 5 exact']);
  });

  it('a fixed year is ignored in a wide-years table: its years come from the headers', () => {
    const { rows } = validate({
      text: '地区,指标,2022\n嘉兴,立案提案,5\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['指标', 'indicator'],
        ['2022', 'year_column'],
      ],
      layout: 'wide_years',
      fixedYear: 2020,
    });
    expect(rows).toEqual(['jiaxing 2022 proposals_filed 5 exact']);
  });
});

describe('wide headers', () => {
  it('indicator headers: a name with its unit, a whole name with brackets, an id given by the mapping, unknown and computed ones', () => {
    const { list, rows, result } = validate({
      text:
        '地区,年份,立案提案（件）,信息被采用（各级）,随便写,火星指标,提案办复率,办复提案（万元）\n' +
        '嘉兴,2023,1,2,3,4,5,6\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['立案提案（件）', 'indicator_column'],
        ['信息被采用（各级）', 'indicator_column'],
        ['随便写', 'indicator_column', { indicatorId: 'proposals_received' }],
        ['火星指标', 'indicator_column'],
        ['提案办复率', 'indicator_column'],
        ['办复提案（万元）', 'indicator_column'],
      ],
      layout: 'wide_indicators',
    });
    expect(list).toEqual([
      ['unknown_indicator', 'error', 1, '火星指标', '火星指标'],
      ['derived_indicator', 'error', 1, '提案办复率', '提案办复率'],
      ['unit_mismatch', 'error', 2, '办复提案（万元）', '万元'],
    ]);
    expect(rows).toEqual([
      'jiaxing 2023 proposals_filed 1 exact',
      'jiaxing 2023 info_adopted 2 exact',
      'jiaxing 2023 proposals_received 3 exact',
    ]);
    expect(result.unknownIndicators.map((u) => [u.name, u.rows, u.column])).toEqual([
      ['火星指标', [1], '火星指标'],
    ]);
  });

  it('an unknown indicator with a unit is noted by its name without the unit', () => {
    const { list, result } = validate({
      text: '地区,年份,火星指标（件）\n嘉兴,2023,1\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['火星指标（件）', 'indicator_column'],
      ],
      layout: 'wide_indicators',
    });
    expect(list).toEqual([['unknown_indicator', 'error', 1, '火星指标（件）', '火星指标']]);
    expect(result.unknownIndicators.map((u) => u.name)).toEqual(['火星指标']);
  });

  it('an unknown id on a column falls back to its header', () => {
    const { rows } = validate({
      text: '地区,年份,立案提案\n嘉兴,2023,1\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['立案提案', 'indicator_column', { indicatorId: 'gone' }],
      ],
      layout: 'wide_indicators',
    });
    expect(rows).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
  });

  it('year headers: 2023年, a year given by the mapping, no year, out of range, and an unfinished year flagged once', () => {
    const { list, rows } = validate({
      text: '地区,指标,2023年,x,甲,1948,2025,2025年度,2026,2027\n嘉兴,立案提案,1,2,3,4,5,5,7,8\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['指标', 'indicator'],
        ['2023年', 'year_column'],
        ['x', 'year_column', { year: 2022 }],
        ['甲', 'year_column'],
        ['1948', 'year_column'],
        ['2025', 'year_column'],
        ['2025年度', 'year_column'],
        ['2026', 'year_column'],
        ['2027', 'year_column'],
      ],
      layout: 'wide_years',
    });
    expect(list).toEqual([
      ['not_a_number', 'error', 1, '甲', '甲'],
      ['year_out_of_range', 'error', 1, '1948', '1948'],
      ['year_not_ended', 'warning', 1, '2025', '2025'],
      ['year_not_ended', 'warning', 1, '2026', '2026'],
      ['year_out_of_range', 'error', 1, '2027', '2027'],
      // the same year twice: the second column repeats the first
      ['duplicate_key', 'warning', 2, '2025年度', '5'],
    ]);
    expect(rows).toEqual([
      'jiaxing 2023 proposals_filed 1 exact',
      'jiaxing 2022 proposals_filed 2 exact',
      'jiaxing 2025 proposals_filed 5 exact',
      'jiaxing 2026 proposals_filed 7 exact',
    ]);
  });
});

describe('rows', () => {
  it('rows down to the header are skipped; blank rows are not counted; rejected rows are', () => {
    const { result, rows } = validate({
      text: '标题,,,\n地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n\n,,,\n吴兴,2023,立案提案,x\n',
      cols: LONG_COLS,
      headerRow: 2,
    });
    expect(rows).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
    expect(result.rowCount).toBe(2);
    expect(result.rejectedRowCount).toBe(1);
  });

  it('an error in a key cell keeps every value of the row out; one in a value cell only that value', () => {
    const { rows, result } = validate({
      text: '地区,年份,立案提案,办复提案\n火星,2023,1,1\n吴兴,2023,x,2\n嘉兴,2023,3,2\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['立案提案', 'indicator_column'],
        ['办复提案', 'indicator_column'],
      ],
      layout: 'wide_indicators',
    });
    expect(rows).toEqual([
      'wuxing 2023 proposals_answered 2 exact',
      'jiaxing 2023 proposals_filed 3 exact',
      'jiaxing 2023 proposals_answered 2 exact',
    ]);
    expect(result.rejectedRowCount).toBe(2);
  });

  it('a row qualifier applies to a figure without its own; the figure’s own wins', () => {
    const { rows } = validate({
      text: '地区,年份,指标,数值,限定词\n嘉兴,2023,立案提案,1,约\n吴兴,2023,立案提案,2余,余\n嵊州,2023,立案提案,3,\n',
      cols: [...LONG_COLS, ['限定词', 'qualifier']],
    });
    expect(rows).toEqual([
      'jiaxing 2023 proposals_filed 1 approx',
      'wuxing 2023 proposals_filed 2 at_least',
      'shengzhou 2023 proposals_filed 3 exact',
    ]);
  });

  it('a unit column is read per row; blank falls back to the header unit', () => {
    const { list } = validate({
      text: '地区,年份,立案提案（万元）,单位\n嘉兴,2023,1,件\n吴兴,2023,2,\n',
      cols: [
        ['地区', 'jurisdiction'],
        ['年份', 'year'],
        ['立案提案（万元）', 'indicator_column'],
        ['单位', 'unit'],
      ],
      layout: 'wide_indicators',
    });
    expect(list).toEqual([['unit_mismatch', 'error', 3, '立案提案（万元）', '万元']]);
  });
});

describe('what a kept row carries', () => {
  const withSource = (asRows: boolean) =>
    validate({
      text: '地区,年份,指标,数值,来源,原文\n嘉兴,2023,立案提案,1,a.pdf,"甲"\n吴兴,2023,立案提案,2,a.pdf,\'=乙\n嵊州,2023,立案提案,x,c.pdf,丙\n贺州,2023,立案提案,4, ,丁 \n',
      cols: [...LONG_COLS, ['来源', 'source'], ['原文', 'quote']],
      asRows,
    });

  it.each([
    ['read from CSV text (quotes as spans of the text)', false],
    ['read from rows (a workbook)', true],
  ])('source and quote of each kept row, formula escapes undone — %s', (_name, asRows) => {
    const { observations } = withSource(asRows);
    expect(observations.map((o) => [o.jurisdiction_id, o.source_file, o.quote])).toEqual([
      ['jiaxing', 'a.pdf', asRows ? '"甲"' : '甲'],
      ['wuxing', 'a.pdf', '=乙'],
      ['hezhou', 'upload.csv', '丁'],
    ]);
  });

  it('one source for every row is one name; none is the file name', () => {
    const one = validate({
      text: '地区,年份,指标,数值,来源\n嘉兴,2023,立案提案,1,a.pdf\n吴兴,2023,立案提案,2,a.pdf\n',
      cols: [...LONG_COLS, ['来源', 'source']],
    });
    expect(one.result.columns.sourceFile).toBe('a.pdf');
    const none = validate({ text: '地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n', cols: LONG_COLS });
    expect(none.result.columns.sourceFile).toBe('upload.csv');
    expect(none.result.columns.quote).toBeNull();
    expect(none.result.columns.comparability).toBeNull();
    const empty = validate({
      text: '地区,年份,指标,数值,来源\n嘉兴,2023,立案提案,x,a.pdf\n',
      cols: [...LONG_COLS, ['来源', 'source']],
    });
    expect(empty.result.columns.sourceFile).toBe('upload.csv');
    expect(empty.result.columns.length).toBe(0);
  });

  it('a source that changes from row to row is kept per row, also when one candidate is dropped', () => {
    const { observations } = validate({
      text: '地区,年份,指标,数值,来源\n嘉兴,2023,立案提案,1,a.pdf\n嘉兴,2023,立案提案,1,b.pdf\n吴兴,2023,立案提案,2,b.pdf\n嵊州,2023,立案提案,3,a.pdf\n',
      cols: [...LONG_COLS, ['来源', 'source']],
    });
    expect(observations.map((o) => [o.jurisdiction_id, o.source_file])).toEqual([
      ['jiaxing', 'a.pdf'],
      ['wuxing', 'b.pdf'],
      ['shengzhou', 'a.pdf'],
    ]);
  });

  it('comparability reasons without a flag column are carried, formula escapes undone', () => {
    const { observations } = validate({
      text: "地区,年份,指标,数值,口径说明,note\n嘉兴,2023,立案提案,1,'=会期, one session \n吴兴,2023,立案提案,x,乙,b\n嵊州,2023,立案提案,3,,\n",
      cols: [...LONG_COLS, ['口径说明', 'comparability_zh'], ['note', 'comparability_en']],
    });
    expect(
      observations.map((o) => [o.jurisdiction_id, o.comparable, o.comparability_zh, o.comparability_en]),
    ).toEqual([
      ['jiaxing', null, '=会期', 'one session'],
      ['shengzhou', null, null, null],
    ]);
  });

  it('comparability: a flag column alone, or an English reason alone', () => {
    const flag = validate({
      text: '地区,年份,指标,数值,可比性\n嘉兴,2023,立案提案,1,partly\n',
      cols: [...LONG_COLS, ['可比性', 'comparable']],
    });
    expect(flag.observations.map((o) => [o.comparable, o.comparability_zh, o.comparability_en])).toEqual([
      ['partly', null, null],
    ]);
    const en = validate({
      text: '地区,年份,指标,数值,note\n嘉兴,2023,立案提案,1,one session\n',
      cols: [...LONG_COLS, ['note', 'comparability_en']],
    });
    expect(en.observations.map((o) => [o.comparable, o.comparability_zh, o.comparability_en])).toEqual([
      [null, null, 'one session'],
    ]);
  });
});

describe('decisions on unknown names', () => {
  const added: Jurisdiction = {
    ...catalog.jurisdictions[0]!,
    id: 'mars',
    name_zh: '新地方',
    name_en: 'New place',
  };

  it('a name mapped to a known place imports under it; an added place is committed once', () => {
    const { rows, result, list } = validate({
      text: '地区,年份,指标,数值\n 火星 ,2023,立案提案,1\n木星,2023,立案提案,2\n土星,2023,办复提案,3\n',
      cols: LONG_COLS,
      decisions: {
        jurisdictions: [
          { name: '火星', action: 'map', id: 'jiaxing' },
          { name: '木星', action: 'add', jurisdiction: added },
          { name: '土星', action: 'add', jurisdiction: added },
        ],
        indicators: [{ name: '办复提案', action: 'map', id: 'proposals_received' }],
      },
    });
    expect(list).toEqual([]);
    expect(rows).toEqual([
      'jiaxing 2023 proposals_filed 1 exact',
      'mars 2023 proposals_filed 2 exact',
      'mars 2023 proposals_received 3 exact',
    ]);
    expect(result.newJurisdictions.map((j) => j.id)).toEqual(['mars']);
    expect(result.newIndicators).toEqual([]);
    expect(result.unknownJurisdictions).toEqual([]);
  });

  it('an added entry whose id the catalog has is not a second place', () => {
    const again = { ...catalog.jurisdictions.find((j) => j.id === 'wuxing')!, name_zh: '吴兴新' };
    const { rows, result } = validate({
      text: '地区,年份,指标,数值\n吴兴新,2023,立案提案,1\n',
      cols: LONG_COLS,
      decisions: { jurisdictions: [{ name: '吴兴新', action: 'add', jurisdiction: again }], indicators: [] },
    });
    expect(rows).toEqual(['wuxing 2023 proposals_filed 1 exact']);
    expect(result.columns.jurisdictionIds.filter((id) => id === 'wuxing')).toEqual(['wuxing']);
  });
});

it('reports progress to the end', () => {
  const seen: number[] = [];
  validateRecords({
    records: new DelimitedReader('地区,年份,指标,数值\n嘉兴,2023,立案提案,1\n', ','),
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
    onProgress: (f) => seen.push(f),
  });
  expect(seen.at(-1)).toBe(1);
});
