import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/import/types';
import { CURRENT_YEAR } from './importText';
import { validate, type Col } from './validateHarness';

// A problem with the whole file stops the reading, but the check's summary ("共 N 行数据 … N 行有错误，
// 未导入") must still count the file's rows: a file of 300 rows is not "0 rows" because its year column
// was not mapped.

const PLACE_FIGURE: Col[] = [
  ['地区', 'jurisdiction'],
  ['指标', 'indicator'],
  ['数值', 'value'],
];
// three data rows, a blank line between them, a blank line at the end
const TEXT = '地区,指标,数值\n嘉兴,立案提案,1\n吴兴,立案提案,2\n\n湖州,立案提案,3\n\n';

const cases: Array<{ name: string; cols: Col[]; layout?: Layout; fixedYear?: number; kind: string }> = [
  {
    name: 'the year for the whole file out of range',
    cols: PLACE_FIGURE,
    fixedYear: 0,
    kind: 'year_out_of_range',
  },
  { name: 'no year, by column or for the whole file', cols: PLACE_FIGURE, kind: 'missing_column' },
  {
    name: 'no place column',
    cols: [
      ['地区', 'ignore'],
      ['指标', 'indicator'],
      ['数值', 'value'],
    ],
    fixedYear: 2023,
    kind: 'missing_column',
  },
  {
    name: 'a wide table with no indicator column',
    cols: [
      ['地区', 'jurisdiction'],
      ['指标', 'ignore'],
      ['数值', 'ignore'],
    ],
    layout: 'wide_indicators',
    fixedYear: 2023,
    kind: 'missing_column',
  },
];

describe('a problem with the whole file', () => {
  it.each(cases)(
    '$name: every data row counted, every one not imported',
    ({ cols, layout, fixedYear, kind }) => {
      const { result, list, rows } = validate({
        text: TEXT,
        cols,
        ...(fixedYear !== undefined ? { fixedYear } : {}),
        ...(layout ? { layout } : {}),
      });
      expect(rows).toEqual([]);
      expect(list.filter((p) => p[1] === 'error').map((p) => [p[0], p[2]])[0]).toEqual([kind, 0]);
      expect(result.rowCount).toBe(3);
      expect(result.rejectedRowCount).toBe(3);
    },
  );

  it('counts the rows below a header row that is not the first, and none of the lines above it', () => {
    const { result } = validate({
      text: `${CURRENT_YEAR - 1}年各地统计\n地区,指标,数值\n嘉兴,立案提案,1\n吴兴,立案提案,2\n`,
      cols: PLACE_FIGURE,
      headerRow: 2,
      fixedYear: 1900,
    });
    expect(result.rowCount).toBe(2);
    expect(result.rejectedRowCount).toBe(2);
  });

  it('an empty file with such a problem still has no rows', () => {
    const { result } = validate({ text: '地区,指标,数值\n\n', cols: PLACE_FIGURE, fixedYear: 0 });
    expect(result.rowCount).toBe(0);
    expect(result.rejectedRowCount).toBe(0);
  });

  it('a readable file counts as before: rows with an error apart from the others', () => {
    const { result, rows } = validate({
      text: '地区,指标,数值\n嘉兴,立案提案,1\n吴兴,立案提案,abc\n',
      cols: PLACE_FIGURE,
      fixedYear: 2023,
    });
    expect(rows).toEqual(['jiaxing 2023 proposals_filed 1 exact']);
    expect(result.rowCount).toBe(2);
    expect(result.rejectedRowCount).toBe(1);
  });
});
