import { describe, expect, it } from 'vitest';
import type { ImportOptions, Mapping } from '../../../src/import/types';
import { nameCell, ROW_RULES } from '../../../src/import/validation/rowRules';
import { importText, expectCase, type RuleCase } from './importText';

// The checks on a record and its key cells (src/import/validation/rowRules.ts), each case named for
// the bug it prevents: a row imported under the wrong place or year, a problem at the wrong row or
// column, a 合计 row taken for a place. The importer's fast path (plainRow) is on, as in the app, so
// every case also holds the fast path to the rules: a plain-looking row it wrongly waves through
// would import or drop a figure silently.

const LONG = '地区,年份,指标,数值\n';

interface Case extends RuleCase {
  options?: Partial<ImportOptions>;
  /** Mapping edits applied to the detected mapping before a second run (as the mapping step does). */
  edit?: (m: Mapping) => Mapping;
}

const forty = 'a'.repeat(40);

const CASES: Case[] = [
  {
    name: 'an unclosed quote refuses its row, naming the column and the file line',
    rule: 'quoting',
    text: '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,12,"未闭合\n',
    problems: [['unclosed_quote', 'error', 2, '原文', '未闭合']],
    rows: [],
    rejected: 1,
    says: ['文件第2行', 'line 2 of the file'],
  },
  {
    name: 'a quoted text of 40 characters is shown whole',
    rule: 'quoting',
    text: `地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,12,"${forty}\n`,
    problems: [['unclosed_quote', 'error', 2, '原文', forty]],
    rows: [],
  },
  {
    name: 'a longer one is cut at 40 with an ellipsis',
    rule: 'quoting',
    text: `地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,12,"${forty}b\n`,
    problems: [['unclosed_quote', 'error', 2, '原文', `${forty}…`]],
    rows: [],
  },
  {
    name: 'text after a closing quote is a warning; the row is imported',
    rule: 'quoting',
    text: '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,12,"三服务"活动\n',
    problems: [['text_after_quote', 'warning', 2, '原文', '"三服务"活动']],
    rows: ['jiaxing 2023 proposals_filed 12 exact'],
    rejected: 0,
    says: ['"三服务"活动', 'quotes included'],
  },
  {
    name: 'extra cells with text refuse the row, quoting the extras joined by the delimiter',
    rule: 'row_width',
    text: LONG + '嘉兴,2023,立案提案,1,2,,3\n',
    problems: [['too_many_columns', 'error', 2, '', '2,3']],
    rows: [],
    rejected: 1,
    says: ['该行有7个单元格，比表头多3个', 'This row has 7 cells, 3 more than the header'],
  },
  {
    name: 'blank extra cells (trailing commas) are harmless',
    rule: 'row_width',
    text: LONG + '嘉兴,2023,立案提案,1,, \n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 1 exact'],
  },
  {
    name: 'a short row is a warning; its missing cells read as blank',
    rule: 'row_width',
    text: '地区,年份,指标,数值,原文\n嘉兴,2023,立案提案,1\n',
    problems: [['ragged_row', 'warning', 2, '', '']],
    rows: ['jiaxing 2023 proposals_filed 1 exact'],
    rejected: 0,
    says: ['该行只有4个单元格，表头有5个', 'only 4 cells but the header has 5'],
  },
  {
    name: 'a 合计 row in a long table is skipped and its year read from “2023年”',
    rule: 'total_row',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2022,立案提案,7\n合计, 2023年 ,立案提案,10\n',
    problems: [['total_row', 'warning', 4, '地区', '合计']],
    rows: ['jiaxing 2023 proposals_filed 10 exact', 'jiaxing 2022 proposals_filed 7 exact'],
    rejected: 0,
    says: ['这是“合计”行，不是一个地区', 'this is a “合计” row, not a place'],
  },
  {
    name: 'a total row with a plain year is compared with its own year only',
    rule: 'total_row',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2022,立案提案,7\n合计,2023,立案提案,11\n',
    problems: [
      ['total_row', 'warning', 4, '地区', '合计'],
      ['total_row', 'warning', 4, '数值', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact', 'jiaxing 2022 proposals_filed 7 exact'],
    at: 1,
    says: ['11与上面各行之和10不一致', '11 differs from the sum of the rows above, 10'],
  },
  {
    name: 'a 合计 of an unknown indicator, or without a figure, is skipped without a sum check',
    rule: 'total_row',
    text: LONG + '嘉兴,2023,立案提案,10\n合计,2023,火星指标,99\n合计,2023,立案提案,—\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 4, '地区', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'an approximate 合计 (约11) is not held to the sum',
    rule: 'total_row',
    text: LONG + '嘉兴,2023,立案提案,10\n合计,2023,立案提案,约11\n合计,2023,立案提案,11余\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 4, '地区', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'a total in the indicator column of a file without a place column is skipped too',
    rule: 'total_row',
    text: '年份,指标,数值\n2023,立案提案,10\n2023,总计,10\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'wuxing' }),
    problems: [['total_row', 'warning', 3, '指标', '总计']],
    rows: ['wuxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'an empty place is a missing value naming the place role',
    rule: 'jurisdiction',
    text: LONG + ',2023,立案提案,10\n',
    problems: [['missing_value', 'error', 2, '地区', '']],
    rows: [],
    rejected: 1,
    says: ['缺少地区', 'the jurisdiction is missing'],
  },
  {
    name: 'an unknown place is refused and offered for resolution',
    rule: 'jurisdiction',
    text: LONG + '火星,2023,立案提案,10\n火星,2022,立案提案,9\n',
    problems: [
      ['unknown_jurisdiction', 'error', 2, '地区', '火星'],
      ['unknown_jurisdiction', 'error', 3, '地区', '火星'],
    ],
    rows: [],
    rejected: 2,
  },
  {
    name: 'an empty place in a file whose place is fixed takes the fixed place',
    rule: 'jurisdiction',
    text: LONG + ',2023,立案提案,10\n吴兴,2023,办复提案,9\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'wuxing' }),
    problems: [],
    rows: ['wuxing 2023 proposals_filed 10 exact', 'wuxing 2023 proposals_answered 9 exact'],
  },
  {
    name: 'a place that contradicts the fixed place is refused, naming both',
    rule: 'jurisdiction',
    text: LONG + '吴兴,2023,立案提案,10\n嘉兴,2023,立案提案,9\n',
    edit: (m) => ({ ...m, fixedJurisdiction: 'wuxing' }),
    problems: [['fixed_conflict', 'error', 3, '地区', '嘉兴']],
    rows: ['wuxing 2023 proposals_filed 10 exact'],
    rejected: 1,
    says: ['本文件已设定地区为“吴兴”，但本行的地区是“嘉兴”', 'set to “Wuxing”, but this row says “嘉兴”'],
  },
  {
    name: 'an empty year is a missing value naming the year role',
    rule: 'year',
    text: LONG + '嘉兴,,立案提案,10\n',
    problems: [['missing_value', 'error', 2, '年份', '']],
    rows: [],
    rejected: 1,
    says: ['缺少年份', 'the year is missing'],
  },
  {
    name: 'an empty year in a file whose year is fixed takes the fixed year',
    rule: 'year',
    text: LONG + '嘉兴,,立案提案,10\n',
    edit: (m) => ({ ...m, fixedYear: 2022 }),
    problems: [],
    rows: ['jiaxing 2022 proposals_filed 10 exact'],
  },
  {
    name: 'text that is no year is refused, quoting it',
    rule: 'year',
    text: LONG + '嘉兴, 去年 ,立案提案,10\n',
    problems: [['not_a_number', 'error', 2, '年份', '去年']],
    rows: [],
    rejected: 1,
  },
  {
    name: 'a year written with 年 is the year',
    rule: 'year',
    text: LONG + '嘉兴,2023年,立案提案,10\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'years from 1949 to next year are accepted, the ones just outside refused with the range',
    rule: 'year',
    text:
      LONG +
      '嘉兴,1948,立案提案,1\n嘉兴,1949,立案提案,2\n嘉兴,2026,立案提案,3\n嘉兴,2027,立案提案,4\n嘉兴,1948年,立案提案,5\n',
    problems: [
      ['year_out_of_range', 'error', 2, '年份', '1948'],
      ['year_not_ended', 'warning', 4, '年份', '2026'],
      ['year_out_of_range', 'error', 5, '年份', '2027'],
      ['year_out_of_range', 'error', 6, '年份', '1948年'],
    ],
    rows: ['jiaxing 1949 proposals_filed 2 exact', 'jiaxing 2026 proposals_filed 3 exact'],
    rejected: 3,
    says: ['年份1948不在 1949–2026 之间', 'The year 1948 is not between 1949 and 2026'],
  },
  {
    name: 'a year that contradicts the fixed year is refused, naming both',
    rule: 'year',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2022年,立案提案,9\n',
    edit: (m) => ({ ...m, fixedYear: 2023 }),
    problems: [['fixed_conflict', 'error', 3, '年份', '2022年']],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
    rejected: 1,
    says: ['本文件已设定年份为2023，但本行的年份是“2022年”', 'set to 2023, but this row says “2022年”'],
  },
  {
    name: 'the current and the next year are imported and each flagged once; past years are not',
    rule: 'year_not_ended',
    text:
      LONG +
      '嘉兴,2024,立案提案,1\n嘉兴,2025,立案提案,2\n吴兴,2025,立案提案,3\n嘉兴,2026,立案提案,4\n吴兴,2026,立案提案,5\n',
    problems: [
      ['year_not_ended', 'warning', 3, '年份', '2025'],
      ['year_not_ended', 'warning', 5, '年份', '2026'],
    ],
    rows: [
      'jiaxing 2024 proposals_filed 1 exact',
      'jiaxing 2025 proposals_filed 2 exact',
      'wuxing 2025 proposals_filed 3 exact',
      'jiaxing 2026 proposals_filed 4 exact',
      'wuxing 2026 proposals_filed 5 exact',
    ],
    says: ['2025年尚未结束', '2025 has not ended yet'],
  },
  {
    name: 'a fixed year that has not ended is flagged at the first row, without a column',
    rule: 'year_not_ended',
    text: '2025年统计表\n地区,立案提案\n嘉兴,1\n吴兴,2\n',
    problems: [['year_not_ended', 'warning', 3, '', '2025']],
    rows: ['jiaxing 2025 proposals_filed 1 exact', 'wuxing 2025 proposals_filed 2 exact'],
  },
  {
    name: 'an empty indicator is a missing value naming the indicator role',
    rule: 'indicator',
    text: LONG + '嘉兴,2023,,10\n',
    problems: [['missing_value', 'error', 2, '指标', '']],
    rows: [],
    rejected: 1,
    says: ['缺少指标', 'the indicator is missing'],
  },
  {
    name: 'an unknown indicator is refused',
    rule: 'indicator',
    text: LONG + '嘉兴,2023,火星指标,10\n',
    problems: [['unknown_indicator', 'error', 2, '指标', '火星指标']],
    rows: [],
    rejected: 1,
  },
  {
    name: 'a computed rate cannot be uploaded: refused, quoting the written name',
    rule: 'indicator',
    text: LONG + '嘉兴,2023,提案办复率,98\n',
    problems: [['derived_indicator', 'error', 2, '指标', '提案办复率']],
    rows: [],
    rejected: 1,
  },
  {
    name: 'an unknown qualifier is refused, quoting it trimmed; a known one applies to the row',
    rule: 'qualifier',
    text: '地区,年份,指标,数值,限定词\n嘉兴,2023,立案提案,1, 大概 \n吴兴,2023,立案提案,2,约\n嵊州,2023,立案提案,3,不少于\n',
    problems: [['unknown_qualifier', 'error', 2, '限定词', '大概']],
    rows: ['wuxing 2023 proposals_filed 2 approx', 'shengzhou 2023 proposals_filed 3 at_least'],
    rejected: 1,
  },
  {
    name: 'comparability in either language; empty inherits; anything else refused and clipped',
    rule: 'comparability',
    text: `地区,年份,指标,数值,可比性\n嘉兴,2023,立案提案,1,no\n吴兴,2023,立案提案,2,\n嵊州,2023,立案提案,3, ${forty}x \n`,
    problems: [['unknown_comparability', 'error', 4, '可比性', `${forty}…`]],
    rows: ['jiaxing 2023 proposals_filed 1 exact', 'wuxing 2023 proposals_filed 2 exact'],
    rejected: 1,
  },
];

async function run(c: Case) {
  let outcome = await importText(c.text, c.options);
  if (c.edit) outcome = await importText(c.text, { ...c.options, mapping: c.edit(outcome.mapping) });
  return outcome;
}

describe('row rules, through the importer (fast path on)', () => {
  it.each(CASES)('$rule: $name', async (c) => {
    expectCase(await run(c), c);
  });

  it('every row rule has a case here, and names what it reports', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(ROW_RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
    expect(ROW_RULES.map((r) => [r.name, r.kinds, r.messages])).toEqual([
      ['quoting', ['unclosed_quote', 'text_after_quote'], ['problemUnclosedQuote', 'problemTextAfterQuote']],
      ['row_width', ['too_many_columns', 'ragged_row'], ['problemTooManyColumns', 'problemRagged']],
      ['total_row', ['total_row'], ['problemTotalRow', 'problemTotalMismatch']],
      [
        'jurisdiction',
        ['missing_value', 'unknown_jurisdiction', 'fixed_conflict'],
        ['problemMissingValue', 'problemUnknownJurisdiction', 'problemFixedJurisdictionConflict'],
      ],
      [
        'year',
        ['missing_value', 'not_a_number', 'year_out_of_range', 'fixed_conflict'],
        ['problemMissingValue', 'problemNotAYear', 'problemYearRange', 'problemFixedYearConflict'],
      ],
      ['year_not_ended', ['year_not_ended'], ['problemYearNotEnded']],
      [
        'indicator',
        ['missing_value', 'unknown_indicator', 'derived_indicator'],
        ['problemMissingValue', 'problemUnknownIndicator', 'problemDerived'],
      ],
      ['qualifier', ['unknown_qualifier'], ['problemUnknownQualifier']],
      ['comparability', ['unknown_comparability'], ['problemUnknownComparability']],
    ]);
  });

  it('an unknown place is listed once for resolution, with every row it is on', async () => {
    const outcome = await importText(LONG + '火星,2023,立案提案,10\n 火星 ,2022,立案提案,9\n');
    expect(outcome.unknownJurisdictions.map((u) => [u.name, u.rows, u.count, u.column])).toEqual([
      ['火星', [2, 3], 2, '地区'],
    ]);
    const ind = await importText(LONG + '嘉兴,2023,火星指标,10\n');
    expect(ind.unknownIndicators.map((u) => [u.name, u.rows, u.column])).toEqual([['火星指标', [2], '指标']]);
  });

  it('the comparability flag reaches the row: no, and empty inheriting', async () => {
    const outcome = await importText(
      '地区,年份,指标,数值,可比性\n嘉兴,2023,立案提案,1,不可比\n吴兴,2023,立案提案,2,\n',
    );
    expect(outcome.rows.map((r) => [r.jurisdiction_id, r.comparable])).toEqual([
      ['jiaxing', 'no'],
      ['wuxing', null],
    ]);
  });
});

describe('nameCell: a 合计 row is never taken for a place', () => {
  const known = (text: string) => (text === '嘉兴' ? 0 : -1);
  it.each([
    ['合计', true],
    ['全市合计', true],
    [' 合 计 ', true],
    ['总计', true],
    ['小计', true],
    ['总数', true],
    ['一二三四五六七八合计', true],
    ['一二三四五六七八九合计', false],
    ['Total', true],
    ['TOTAL', true],
    ['Grand Total', true],
    ['grandtotal', true],
    // only a run of spaces may stand between grand and total: a name that starts with Grand is a place
    ['Grandview total', false],
    ['Subtotal', true],
    ['sum', true],
    ['Totals', false],
    ['合计数', false],
    ['subtotals', false],
    ['嘉兴', false],
    ['', false],
  ])('%s → total: %s', (text, total) => {
    const cell = nameCell(text, known);
    expect(cell.total).toBe(total);
    expect(cell.text).toBe(text.trim());
  });

  it('a place resolves to its position; blank and total cells resolve to nothing', () => {
    let asked = 0;
    const resolve = (text: string) => (asked++, text === '嘉兴' ? 4 : -1);
    expect(nameCell(' 嘉兴 ', resolve).pos).toBe(4);
    expect(nameCell('合计', resolve).pos).toBe(-1);
    expect(nameCell('  ', resolve).pos).toBe(-1);
    expect(asked).toBe(1);
  });
});
