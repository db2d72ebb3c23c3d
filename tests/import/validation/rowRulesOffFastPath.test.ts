import { describe, expect, it } from 'vitest';
import { DelimitedReader } from '../../../src/import/delimitedReader';
import { toObservations } from '../../../src/import/observationColumns';
import type { Mapping } from '../../../src/import/types';
import { validateRecords } from '../../../src/import/validateRecords';
import { catalog, CURRENT_YEAR, importText, expectCase, type RuleCase } from './importText';

// The row rules (src/import/validation/rowRules.ts) on rows that miss the importer's fast path (a
// year written 2023年, a place at the catalog's first position, a 合计 in a wide table), where the
// plain rows of rowRules.test.ts never reach; and the rule table alone held to the same answer as the
// fast path (plainRow) on each: a rule wrong on plain rows would otherwise hide behind the fast path.

const LONG = '地区,年份,指标,数值\n';

interface Case extends RuleCase {
  /** Mapping edits applied to the detected mapping before a second run (as the mapping step does). */
  edit?: (m: Mapping) => Mapping;
}

const CASES: Case[] = [
  {
    name: 'an unclosed quote in a cell past the header is named with no column, quoted trimmed, and stops the row',
    rule: 'quoting',
    text: LONG + '火星,2023,立案提案,12,"未闭合  \n',
    problems: [['unclosed_quote', 'error', 2, '', '未闭合']],
    rows: [],
    rejected: 1,
  },
  {
    name: 'a row refused for extra cells is not checked further (its unknown place is not offered too)',
    rule: 'row_width',
    text: LONG + '火星,2023,立案提案,1,2\n',
    problems: [['too_many_columns', 'error', 2, '', '2']],
    rows: [],
  },
  {
    name: 'a wide 合计 is held to the sum of its column (the catalog’s first indicator)',
    rule: 'total_row',
    text: '地区,年份,收到提案\n嘉兴,2023,5\n合计,2023,6\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 3, '收到提案', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_received 5 exact'],
  },
  {
    name: 'each of several 合计 rows sums only the rows after the one before it',
    rule: 'total_row',
    text:
      '地区,年份,收到提案\n' +
      '嘉兴,2023,1\n合计,2023,1\n吴兴,2023,2\n合计,2023,2\n' +
      '嵊州,2023,3\n合计,2023,3\n贺州,2023,4\n合计,2023,4\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 5, '地区', '合计'],
      ['total_row', 'warning', 7, '地区', '合计'],
      ['total_row', 'warning', 9, '地区', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_received 1 exact',
      'wuxing 2023 proposals_received 2 exact',
      'shengzhou 2023 proposals_received 3 exact',
      'hezhou 2023 proposals_received 4 exact',
    ],
  },
  {
    name: 'a 合计 in a table with a column per year is held to each year’s rows only',
    rule: 'total_row',
    text: '地区,指标,2022,2023\n嘉兴,立案提案,5,6\n合计,立案提案,5,6\n',
    problems: [['total_row', 'warning', 3, '地区', '合计']],
    rows: ['jiaxing 2022 proposals_filed 5 exact', 'jiaxing 2023 proposals_filed 6 exact'],
  },
  {
    name: 'a 合计 whose year cannot be read is held to the rows of every year above it',
    rule: 'total_row',
    text: LONG + '嘉兴,2023,立案提案,10\n合计,去年,立案提案,11\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 3, '数值', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'a total in the indicator column names no indicator: it is held to no rows',
    rule: 'total_row',
    text: '年份,指标,数值\n2023,立案提案,10\n2023,总计,11\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'wuxing' }),
    problems: [['total_row', 'warning', 3, '指标', '总计']],
    rows: ['wuxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'in a file with a fixed year a 合计 is held to that year, whatever its year cell says',
    rule: 'total_row',
    text: LONG + '嘉兴,2023,立案提案,10\n合计,2022,立案提案,11\n',
    edit: (m) => ({ ...m, fixedYear: 2023 }),
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 3, '数值', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'a table with neither a place nor an indicator column imports every row for the fixed place',
    rule: 'total_row',
    text: '年份,收到提案\n2023,5\n2022年,6\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'wuxing' }),
    problems: [],
    rows: ['wuxing 2023 proposals_received 5 exact', 'wuxing 2022 proposals_received 6 exact'],
  },
  {
    name: 'the fixed place at the catalog’s first position: blank takes it, it is kept, any other place refused',
    rule: 'jurisdiction',
    text:
      LONG + ',2023,立案提案,1\n吴兴,2023,立案提案,2\n吴兴,2023年,立案提案,3\n杭州九三,2023年,收到提案,4\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'hangzhou-jiusan' }),
    problems: [
      ['fixed_conflict', 'error', 3, '地区', '吴兴'],
      ['fixed_conflict', 'error', 4, '地区', '吴兴'],
    ],
    rows: ['hangzhou-jiusan 2023 proposals_filed 1 exact', 'hangzhou-jiusan 2023 proposals_received 4 exact'],
    rejected: 2,
  },
  {
    name: 'a row whose year is no year is still checked on: its unknown indicator is reported too',
    rule: 'year',
    text: LONG + '嘉兴,去年,火星指标,1\n',
    problems: [
      ['not_a_number', 'error', 2, '年份', '去年'],
      ['unknown_indicator', 'error', 2, '指标', '火星指标'],
    ],
    rows: [],
    rejected: 1,
  },
  {
    name: 'a year refused as out of range or against the fixed year is quoted trimmed; plain or with 年 alike',
    rule: 'year',
    text:
      LONG +
      '嘉兴, 1948年 ,立案提案,1\n嘉兴, 2022年 ,立案提案,2\n嘉兴,2022,立案提案,3\n' +
      '嘉兴,2023年,立案提案,4\n嘉兴,1949年,办复提案,5\n',
    edit: (m) => ({ ...m, fixedYear: 2023 }),
    problems: [
      ['year_out_of_range', 'error', 2, '年份', '1948年'],
      ['fixed_conflict', 'error', 3, '年份', '2022年'],
      ['fixed_conflict', 'error', 4, '年份', '2022'],
      ['fixed_conflict', 'error', 6, '年份', '1949年'],
    ],
    rows: ['jiaxing 2023 proposals_filed 4 exact'],
    rejected: 4,
  },
  {
    name: 'a qualifier and a comparability flag apply on a row off the fast path too',
    rule: 'qualifier',
    text: '地区,年份,指标,数值,限定词,可比性\n嘉兴,2023年,收到提案,2,约,不可比\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_received 2 approx'],
  },
];

async function run(c: Case) {
  const outcome = await importText(c.text);
  return c.edit ? importText(c.text, { mapping: c.edit(outcome.mapping) }) : outcome;
}

describe('row rules off the fast path', () => {
  it.each(CASES)('$rule: $name', async (c) => {
    expectCase(await run(c), c);
  });

  it.each(CASES)('$rule: the rules alone agree with the fast path: $name', async (c) => {
    const { mapping } = await run(c);
    const once = (fastPath: boolean) => {
      const r = validateRecords({
        records: new DelimitedReader(c.text, mapping.delimiter),
        mapping,
        catalog,
        decisions: { jurisdictions: [], indicators: [] },
        currentYear: CURRENT_YEAR,
        sourceName: 'upload.csv',
        fastPath,
      });
      return { problems: r.problems.sorted(), rows: toObservations(r.columns), rejected: r.rejectedRowCount };
    };
    expect(once(false)).toEqual(once(true));
  });
});
