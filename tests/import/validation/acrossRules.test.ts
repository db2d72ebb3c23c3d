import { describe, expect, it } from 'vitest';
import type { Indicator, Jurisdiction } from '../../../src/data/schema';
import { DelimitedReader } from '../../../src/import/delimitedReader';
import { toObservations } from '../../../src/import/observationColumns';
import type { NameDecisions } from '../../../src/import/types';
import { validateRecords } from '../../../src/import/validateRecords';
import { ACROSS_RULES } from '../../../src/import/validation/acrossRules';
import {
  adding,
  catalog,
  CURRENT_YEAR,
  importText,
  expectCase,
  problemsOf,
  type RuleCase,
} from './importText';

// The checks that need other rows (src/import/validation/acrossRules.ts): repeated keys, a part
// greater than its whole, a 合计 row that is not the sum of its rows. One named case per bug each
// prevents: a contradiction imported as if it were fine, a harmless repeat refused, a figure shown
// without its qualifier, a total compared with the wrong rows.

const LONG = '地区,年份,指标,数值\n';
const WIDE = '地区,年份,立案提案,办复提案\n';
const DONATIONS = '地区,年份,捐款捐物\n';

interface Case extends RuleCase {
  decisions?: NameDecisions;
}

const CASES: Case[] = [
  {
    name: 'an exact repeat is imported once, the repeat a warning naming the first row',
    rule: 'duplicate_key',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2023,立案提案,10\n',
    problems: [['duplicate_key', 'warning', 3, '数值', '10']],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
    rejected: 0,
    says: ['与第2行重复', 'Repeats row 2'],
  },
  {
    name: '98 and 98余 for one key are not a repeat: both refused, each shown with its qualifier',
    rule: 'duplicate_key',
    text: LONG + '嘉兴,2023,立案提案,98\n嘉兴,2023,立案提案,98余\n',
    problems: [
      ['duplicate_key', 'error', 2, '数值', '98'],
      ['duplicate_key', 'error', 3, '数值', '≥98'],
    ],
    rows: [],
    rejected: 2,
    says: [
      '（嘉兴、2023年、立案提案），但数值不同（98 与 ≥98）',
      '(Jiaxing, 2023, Proposals filed) as row 3',
    ],
  },
  {
    name: 'the second row of a conflict names the first, its own figure first',
    rule: 'duplicate_key',
    text: LONG + '嘉兴,2023,立案提案,约10\n嘉兴,2023,立案提案,12\n',
    problems: [
      ['duplicate_key', 'error', 2, '数值', '≈10'],
      ['duplicate_key', 'error', 3, '数值', '12'],
    ],
    rows: [],
    at: 1,
    says: [
      '与第2行是同一地区、年份、指标（嘉兴、2023年、立案提案），但数值不同（12 与 ≈10）',
      'different value (12 vs ≈10)',
    ],
  },
  {
    name: 'a third row equal to the first of a conflict is part of the conflict, not a harmless repeat',
    rule: 'duplicate_key',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2023,立案提案,12\n嘉兴,2023,立案提案,10\n',
    problems: [
      ['duplicate_key', 'error', 2, '数值', '10'],
      ['duplicate_key', 'error', 3, '数值', '12'],
      ['duplicate_key', 'error', 4, '数值', '10'],
    ],
    rows: [],
    rejected: 3,
  },
  {
    name: 'a conflicting repeat of a conflict reports the first row once',
    rule: 'duplicate_key',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2023,立案提案,12\n嘉兴,2023,立案提案,13\n',
    problems: [
      ['duplicate_key', 'error', 2, '数值', '10'],
      ['duplicate_key', 'error', 3, '数值', '12'],
      ['duplicate_key', 'error', 4, '数值', '13'],
    ],
    rows: [],
    rejected: 3,
  },
  {
    name: 'the first place and the first indicator of the catalog are a key like any other: no repeat',
    rule: 'duplicate_key',
    text: LONG + '杭州九三,2023,收到提案,5\n杭州九三,2023,立案提案,4\n杭州九三,2024,收到提案,6\n',
    problems: [],
    rows: [
      'hangzhou-jiusan 2023 proposals_received 5 exact',
      'hangzhou-jiusan 2023 proposals_filed 4 exact',
      'hangzhou-jiusan 2024 proposals_received 6 exact',
    ],
  },
  {
    name: 'another place, year or indicator is another key',
    rule: 'duplicate_key',
    text:
      LONG +
      '嘉兴,2023,立案提案,10\n吴兴,2023,立案提案,11\n嘉兴,2022,立案提案,12\n嘉兴,2023,收到提案,13\n' +
      // the last year of one indicator beside the first years of the next one
      '嘉兴,2026,收到提案,5\n嘉兴,1949,立案提案,6\n嘉兴,1950,立案提案,7\n嘉兴,1951,立案提案,8\n',
    problems: [['year_not_ended', 'warning', 6, '年份', '2026']],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'wuxing 2023 proposals_filed 11 exact',
      'jiaxing 2022 proposals_filed 12 exact',
      'jiaxing 2023 proposals_received 13 exact',
      'jiaxing 2026 proposals_received 5 exact',
      'jiaxing 1949 proposals_filed 6 exact',
      'jiaxing 1950 proposals_filed 7 exact',
      'jiaxing 1951 proposals_filed 8 exact',
    ],
  },
  {
    name: 'answered > filed: both rows refused, the message naming both figures, place and year',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,立案提案,5\n吴兴,2023,办复提案,6\n',
    problems: [['answered_gt_filed', 'error', 3, '数值', '6']],
    rows: [],
    rejected: 2,
    says: [
      '“办复提案”（6）大于第2行的“立案提案”（5）：吴兴2023年',
      '“Proposals answered” (6) is greater than “Proposals filed” (5) in row 2: the 2023 figures for Wuxing',
    ],
  },
  {
    name: 'the part may come first: answered above filed in the file is caught too',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,办复提案,6\n吴兴,2023,立案提案,5\n嘉兴,2023,立案提案,1\n',
    problems: [['answered_gt_filed', 'error', 2, '数值', '6']],
    rows: ['jiaxing 2023 proposals_filed 1 exact'],
    rejected: 2,
  },
  {
    name: 'adopted > submitted is its own kind',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,编报社情民意信息,5\n吴兴,2023,信息被采用（各级）,6\n',
    problems: [['adopted_gt_submitted', 'error', 3, '数值', '6']],
    rows: [],
  },
  {
    name: 'any other part > whole (filed > received) is numerator_gt_denominator',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,收到提案,5\n吴兴,2023,立案提案,6\n',
    problems: [['numerator_gt_denominator', 'error', 3, '数值', '6']],
    rows: [],
  },
  {
    name: 'a part equal to its whole is fine (every proposal answered)',
    rule: 'part_le_whole',
    text: WIDE + '吴兴,2023,5,5\n',
    problems: [],
    rows: ['wuxing 2023 proposals_filed 5 exact', 'wuxing 2023 proposals_answered 5 exact'],
  },
  {
    name: 'only an exact whole bounds its part: 约5 filed, 6 answered is no contradiction',
    rule: 'part_le_whole',
    text: WIDE + '吴兴,2023,约5,6\n',
    problems: [],
    rows: ['wuxing 2023 proposals_filed 5 approx', 'wuxing 2023 proposals_answered 6 exact'],
  },
  {
    name: 'parts and wholes of other places or years are not compared',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,立案提案,5\n嘉兴,2023,办复提案,6\n吴兴,2022,办复提案,7\n',
    problems: [],
    rows: [
      'wuxing 2023 proposals_filed 5 exact',
      'jiaxing 2023 proposals_answered 6 exact',
      'wuxing 2022 proposals_answered 7 exact',
    ],
  },
  {
    name: 'a whole already refused (a duplicate conflict) does not also refuse its part',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,立案提案,5\n吴兴,2023,立案提案,4\n吴兴,2023,办复提案,6\n',
    problems: [
      ['duplicate_key', 'error', 2, '数值', '5'],
      ['duplicate_key', 'error', 3, '数值', '4'],
    ],
    rows: ['wuxing 2023 proposals_answered 6 exact'],
  },
  {
    name: 'a part already refused is not compared again',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,办复提案,6\n吴兴,2023,办复提案,7\n吴兴,2023,立案提案,5\n',
    problems: [
      ['duplicate_key', 'error', 2, '数值', '6'],
      ['duplicate_key', 'error', 3, '数值', '7'],
    ],
    rows: ['wuxing 2023 proposals_filed 5 exact'],
  },
  {
    name: 'a part bounded by two wholes is checked against each (filed ≤ received, filed ≥ answered)',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,收到提案,5\n吴兴,2023,立案提案,6\n吴兴,2023,办复提案,7\n',
    problems: [
      ['numerator_gt_denominator', 'error', 3, '数值', '6'],
      ['answered_gt_filed', 'error', 4, '数值', '7'],
    ],
    rows: [],
    rejected: 3,
  },
  {
    name: 'a rate added twice over the same parts reports a contradiction once',
    rule: 'part_le_whole',
    text: LONG + '吴兴,2023,立案提案,5\n吴兴,2023,办复提案,6\n',
    decisions: adding({
      ...catalog.indicators.find((i) => i.id === 'proposals_answer_rate')!,
      id: 'answer_rate_again',
      name_zh: '办复率二',
    }),
    problems: [['answered_gt_filed', 'error', 3, '数值', '6']],
    rows: [],
  },
  {
    name: 'a 合计 equal to the sum of its rows is skipped with a note only',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,10,8\n吴兴,2023,5,4\n合计,2023,15,12\n',
    problems: [['total_row', 'warning', 4, '地区', '合计']],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
    ],
  },
  {
    name: 'a 合计 above or below the sum of its rows is flagged at its column, with both figures',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,10,8\n吴兴,2023,5,4\n合计,2023,16,11\n',
    problems: [
      ['total_row', 'warning', 4, '地区', '合计'],
      ['total_row', 'warning', 4, '立案提案', '合计'],
      ['total_row', 'warning', 4, '办复提案', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
    ],
    at: 1,
    says: [
      '其“立案提案”16与上面各行之和15不一致',
      'its “Proposals filed” 16 differs from the sum of the rows above, 15',
    ],
  },
  {
    name: 'a second 合计 sums only the rows after the first one',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,10,8\n小计,2023,10,8\n吴兴,2023,5,4\n嵊州,2023,1,1\n小计,2023,6,5\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '小计'],
      ['total_row', 'warning', 6, '地区', '小计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
      'shengzhou 2023 proposals_filed 1 exact',
      'shengzhou 2023 proposals_answered 1 exact',
    ],
  },
  {
    name: 'a 合计 sums only its own year in a long table',
    rule: 'total_sum',
    text: LONG + '嘉兴,2023,立案提案,10\n嘉兴,2022,立案提案,7\n吴兴,2023,立案提案,5\n合计,2023,立案提案,15\n',
    problems: [['total_row', 'warning', 5, '地区', '合计']],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2022 proposals_filed 7 exact',
      'wuxing 2023 proposals_filed 5 exact',
    ],
  },
  {
    name: 'an exact repeat above a 合计 is counted once',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,10,8\n嘉兴,2023,10,8\n吴兴,2023,5,4\n合计,2023,15,12\n',
    problems: [
      ['duplicate_key', 'warning', 3, '立案提案', '10'],
      ['duplicate_key', 'warning', 3, '办复提案', '8'],
      ['total_row', 'warning', 5, '地区', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
    ],
  },
  {
    name: 'an approximate row, or one refused as a conflicting repeat, makes the sum unknown: no mismatch claimed',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,约10,8\n吴兴,2023,5,4\n吴兴,2023,5,3\n合计,2023,99,99\n',
    problems: [
      ['duplicate_key', 'error', 3, '办复提案', '4'],
      ['duplicate_key', 'warning', 4, '立案提案', '5'],
      ['duplicate_key', 'error', 4, '办复提案', '3'],
      ['total_row', 'warning', 5, '地区', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 approx',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
    ],
  },
  {
    name: 'a figure above a 合计 that is no number leaves the sum unknown: no mismatch claimed (10 + 5 is 15)',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,10,8\n吴兴,2023,5,x\n合计,2023,15,12\n',
    problems: [
      ['not_a_number', 'error', 3, '办复提案', 'x'],
      ['total_row', 'warning', 4, '地区', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
    ],
  },
  {
    name: 'a place not yet known above a 合计 leaves the sum unknown too',
    rule: 'total_sum',
    text: '地区,年份,立案提案\n嘉兴,2023,10\n火星,2023,5\n合计,2023,15\n',
    problems: [
      ['unknown_jurisdiction', 'error', 3, '地区', '火星'],
      ['total_row', 'warning', 4, '地区', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'a refused row before the previous 合计 does not excuse the next one',
    rule: 'total_sum',
    text: '地区,年份,立案提案\n火星,2023,5\n小计,2023,5\n嘉兴,2023,10\n小计,2023,11\n',
    problems: [
      ['unknown_jurisdiction', 'error', 2, '地区', '火星'],
      ['total_row', 'warning', 3, '地区', '小计'],
      ['total_row', 'warning', 5, '地区', '小计'],
      ['total_row', 'warning', 5, '立案提案', '小计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact'],
  },
  {
    name: 'an exact repeat is counted once, so a 合计 that counted it twice is flagged',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,10,8\n嘉兴,2023,10,8\n吴兴,2023,5,4\n合计,2023,25,12\n',
    problems: [
      ['duplicate_key', 'warning', 3, '立案提案', '10'],
      ['duplicate_key', 'warning', 3, '办复提案', '8'],
      ['total_row', 'warning', 5, '地区', '合计'],
      ['total_row', 'warning', 5, '立案提案', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 exact',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
    ],
  },
  {
    name: 'an approximate row alone makes its column’s sum unknown; the exact column is still checked',
    rule: 'total_sum',
    text: WIDE + '嘉兴,2023,约10,8\n吴兴,2023,5,4\n合计,2023,99,13\n',
    problems: [
      ['total_row', 'warning', 4, '地区', '合计'],
      ['total_row', 'warning', 4, '办复提案', '合计'],
    ],
    rows: [
      'jiaxing 2023 proposals_filed 10 approx',
      'jiaxing 2023 proposals_answered 8 exact',
      'wuxing 2023 proposals_filed 5 exact',
      'wuxing 2023 proposals_answered 4 exact',
    ],
  },
  {
    name: 'a 合计 off by as little as the rounding allowance (0.000000001 万元) is flagged',
    rule: 'total_sum',
    text: DONATIONS + '嘉兴,2023,0\n合计,2023,0.000000001\n',
    problems: [
      ['total_row', 'warning', 3, '地区', '合计'],
      ['total_row', 'warning', 3, '捐款捐物', '合计'],
    ],
    rows: ['jiaxing 2023 donations 0 exact'],
  },
  {
    name: 'a 合计 whose year cannot be read, with no rows of its indicator above, is held to nothing',
    rule: 'total_sum',
    text: LONG + '嘉兴,2023,立案提案,1\n合计,去年,收到提案,5\n',
    problems: [['total_row', 'warning', 3, '地区', '合计']],
    rows: ['jiaxing 2023 proposals_filed 1 exact'],
  },
  {
    name: 'a 合计 whose year cannot be read is held to the rows above it of every year (1 + 2 is not 5)',
    rule: 'total_sum',
    text: LONG + '嘉兴,2023,立案提案,1\n吴兴,2022,立案提案,2\n合计,去年,立案提案,5\n',
    problems: [
      ['total_row', 'warning', 4, '地区', '合计'],
      ['total_row', 'warning', 4, '数值', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 1 exact', 'wuxing 2022 proposals_filed 2 exact'],
  },
  {
    name: 'an approximate 合计 is not checked; one with no rows above it neither',
    rule: 'total_sum',
    text: WIDE + '合计,2023,99,99\n嘉兴,2023,10,8\n合计,2023,约99,8\n',
    problems: [
      ['total_row', 'warning', 2, '地区', '合计'],
      ['total_row', 'warning', 4, '地区', '合计'],
    ],
    rows: ['jiaxing 2023 proposals_filed 10 exact', 'jiaxing 2023 proposals_answered 8 exact'],
  },
  {
    name: 'decimals that add up (0.1 + 0.2 = 0.3 万元) are no mismatch',
    rule: 'total_sum',
    text: DONATIONS + '嘉兴,2023,0.1\n吴兴,2023,0.2\n合计,2023,0.3\n',
    problems: [['total_row', 'warning', 4, '地区', '合计']],
    rows: ['jiaxing 2023 donations 0.1 exact', 'wuxing 2023 donations 0.2 exact'],
  },
  {
    name: 'a 合计 one ten-thousandth off is flagged',
    rule: 'total_sum',
    text: DONATIONS + '嘉兴,2023,0.1\n吴兴,2023,0.2\n合计,2023,0.3001\n',
    problems: [
      ['total_row', 'warning', 4, '地区', '合计'],
      ['total_row', 'warning', 4, '捐款捐物', '合计'],
    ],
    rows: ['jiaxing 2023 donations 0.1 exact', 'wuxing 2023 donations 0.2 exact'],
    at: 1,
    says: [
      '其“捐款捐物”0.3001与上面各行之和0.3不一致',
      '0.3001 differs from the sum of the rows above, 0.3;',
    ],
  },
];

describe('rules across rows, through the importer', () => {
  it.each(CASES)('$rule: $name', async (c) => {
    expectCase(await importText(c.text, c.decisions ? { decisions: c.decisions } : {}), c);
  });

  it('every rule across rows has a case here, and names what it reports', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(ACROSS_RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
    expect(ACROSS_RULES.map((r) => [r.name, r.kinds, r.messages])).toEqual([
      ['duplicate_key', ['duplicate_key'], ['problemDuplicateSame', 'problemDuplicateConflict']],
      [
        'part_le_whole',
        ['answered_gt_filed', 'adopted_gt_submitted', 'numerator_gt_denominator'],
        ['problemPartGtWhole'],
      ],
      ['total_sum', ['total_row'], ['problemTotalMismatch']],
    ]);
  });
});

describe('a part at the catalog’s first position', () => {
  it('is held to its whole like any other (filed first in an analyst’s catalog)', async () => {
    const first = catalog.indicators.find((i) => i.id === 'proposals_filed')!;
    const reordered = { ...catalog, indicators: [first, ...catalog.indicators.filter((i) => i !== first)] };
    const outcome = await importText(LONG + '嘉兴,2023,收到提案,5\n嘉兴,2023,立案提案,6\n', {
      catalog: reordered,
    });
    expect(problemsOf(outcome)).toEqual([['numerator_gt_denominator', 'error', 3, '数值', '6']]);
    expect(outcome.rows).toEqual([]);
  });
});

describe('the last place and the last indicator of the catalog', () => {
  // The key of the catalog's last cell sits at the end of the dense key table: a key computed off by
  // a constant would fall past it and read as a repeat of nothing.
  it('are a key like any other: two years of one figure are no repeat', async () => {
    const filed = catalog.indicators.find((i) => i.id === 'proposals_filed')!;
    const last = { ...filed, id: 'extra_count', name_zh: '额外计数', name_en: 'Extra count' };
    const place = catalog.jurisdictions.at(-1)!;
    const outcome = await importText(
      'jurisdiction_id,year,indicator_id,value\n' +
        `${place.id},2024,extra_count,1\n` +
        `${place.id},2023,extra_count,2\n`,
      { catalog: { ...catalog, indicators: [...catalog.indicators, last] } },
    );
    expect(problemsOf(outcome)).toEqual([]);
    expect(outcome.rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.value}`)).toEqual([
      `${place.id} 2024 1`,
      `${place.id} 2023 2`,
    ]);
  });
});

describe('a rate whose whole is not in the catalog', () => {
  // A dataset package may hold a rate whose denominator it lacks. Its part must be held to nothing:
  // looked up under the missing whole (position -1), a key would land on the previous place's last
  // indicator and refuse a sound figure as larger than an unrelated one.
  it('holds its part to nothing, not to a neighbour’s figure', async () => {
    const filed = catalog.indicators.find((i) => i.id === 'proposals_filed')!;
    const rate = catalog.indicators.find((i) => i.numerator_id === 'proposals_filed')!;
    const broken = {
      ...rate,
      id: 'broken_rate',
      name_zh: '断链比率',
      name_en: 'Broken rate',
      denominator_id: 'gone',
    };
    const last = { ...filed, id: 'extra_count', name_zh: '额外计数', name_en: 'Extra count' };
    const [first, second] = catalog.jurisdictions;
    const outcome = await importText(
      'jurisdiction_id,year,indicator_id,value\n' +
        `${first!.id},2023,extra_count,1\n` +
        `${second!.id},2023,proposals_filed,5\n`,
      { catalog: { ...catalog, indicators: [...catalog.indicators, broken, last] } },
    );
    expect(problemsOf(outcome)).toEqual([]);
    expect(outcome.rows.map((r) => `${r.jurisdiction_id} ${r.indicator_id} ${r.value}`)).toEqual([
      `${first!.id} extra_count 1`,
      `${second!.id} proposals_filed 5`,
    ]);
  });
});

describe('a catalog too large for the dense key table', () => {
  // 700 places × the bundled indicators × the years 1949–2026 pass the dense table's 8M-key limit:
  // keys go to a map instead, and must find repeats and parts the same way.
  const places: Jurisdiction[] = Array.from({ length: 700 }, (_, k) => ({
    ...catalog.jurisdictions[0]!,
    id: `place_${k}`,
    name_zh: `地方${k}号`,
    name_en: `Place ${k}`,
  }));
  const big = { jurisdictions: places, indicators: catalog.indicators as Indicator[] };

  it('finds a repeat, a conflict and a part > whole', () => {
    const text =
      'jurisdiction_id,year,indicator_id,value\n' +
      'place_1,2023,proposals_filed,10\n' +
      'place_1,2023,proposals_filed,10\n' +
      'place_699,2023,proposals_filed,5\n' +
      'place_699,2023,proposals_answered,6\n' +
      'place_2,2023,proposals_filed,1\n' +
      'place_2,2023,proposals_filed,2\n' +
      'place_3,2023,proposals_filed,4\n';
    const mapping = {
      layout: 'long' as const,
      delimiter: ',' as const,
      headerRow: 1,
      encoding: 'utf-8' as const,
      columns: [
        { index: 0, header: 'jurisdiction_id', role: 'jurisdiction' as const },
        { index: 1, header: 'year', role: 'year' as const },
        { index: 2, header: 'indicator_id', role: 'indicator' as const },
        { index: 3, header: 'value', role: 'value' as const },
      ],
    };
    const r = validateRecords({
      records: new DelimitedReader(text, ','),
      mapping,
      catalog: big,
      decisions: { jurisdictions: [], indicators: [] },
      currentYear: CURRENT_YEAR,
      sourceName: 'x',
    });
    expect(r.problems.sorted().map((p) => [p.kind, p.severity, p.row])).toEqual([
      ['duplicate_key', 'warning', 3],
      ['answered_gt_filed', 'error', 5],
      ['duplicate_key', 'error', 6],
      ['duplicate_key', 'error', 7],
    ]);
    expect(toObservations(r.columns).map((o) => `${o.jurisdiction_id} ${o.indicator_id} ${o.value}`)).toEqual(
      ['place_1 proposals_filed 10', 'place_3 proposals_filed 4'],
    );
  });
});
