import { describe, expect, it } from 'vitest';
import type { NameDecisions } from '../../../src/import/types';
import { VALUE_RULES } from '../../../src/import/validation/valueRules';
import { addedIndicator, adding, importText, expectCase, type RuleCase } from './importText';

// The checks on one value cell (src/import/validation/valueRules.ts), one named case per bug each
// prevents: a figure imported that should have been refused (or refused that is fine), a problem not
// reported, or reported at the wrong row, column or value.

const SHARE = addedIndicator('satisfaction_share', '满意率', '%', 'percent');
const SHORT = (unit: string) => addedIndicator(`u_${unit}`, `测${unit}`, unit);
const LONG = '地区,年份,指标,数值\n';
const WITH_QUALIFIER = '地区,年份,指标,数值,限定词\n';
const WITH_UNIT = '地区,年份,指标,数值,单位\n';

interface Case extends RuleCase {
  decisions?: NameDecisions;
}

const CASES: Case[] = [
  {
    name: 'an empty value cell in a long table is a missing value, an error naming the value role',
    rule: 'no_data',
    text: LONG + '嘉兴,2023,立案提案,\n',
    problems: [['missing_value', 'error', 2, '数值', '']],
    rows: [],
    rejected: 1,
    says: ['数值', 'value'],
  },
  {
    name: 'a dash in a long table is no data: a warning quoting the dash, nothing imported, not zero',
    rule: 'no_data',
    text: LONG + '嘉兴,2023,立案提案, — \n',
    problems: [['missing_value', 'warning', 2, '数值', '—']],
    rows: [],
    rejected: 0,
    says: ['“—”表示没有数据', '“—” means no figure'],
  },
  {
    name: 'blank and dash cells in a wide table are silent gaps, never zero',
    rule: 'no_data',
    text: '地区,年份,立案提案,办复提案\n嘉兴,2023,,—\n吴兴,2023,4,\n',
    problems: [],
    rows: ['wuxing 2023 proposals_filed 4 exact'],
    rejected: 0,
  },
  {
    name: 'text that is no number is refused, quoting the text trimmed',
    rule: 'number',
    text: LONG + '嘉兴,2023,立案提案, abc \n吴兴,2023,立案提案,3\n',
    problems: [['not_a_number', 'error', 2, '数值', 'abc']],
    rows: ['wuxing 2023 proposals_filed 3 exact'],
    rejected: 1,
    says: ['“abc”不是数字', '“abc” is not a number'],
  },
  {
    name: 'a percent on a count is refused, naming the indicator and its unit',
    rule: 'percent',
    text: LONG + '嘉兴,2023,立案提案, 98% \n',
    problems: [['percent_not_allowed', 'error', 2, '数值', '98%']],
    rows: [],
    rejected: 1,
    says: ['“立案提案”以“件”计', '“Proposals filed” is counted in proposals'],
  },
  {
    name: 'a percent on a percent indicator is the figure itself',
    rule: 'percent',
    text: LONG + '嘉兴,2023,满意率,85.5%\n',
    decisions: adding(SHARE),
    problems: [],
    rows: ['jiaxing 2023 satisfaction_share 85.5 exact'],
  },
  {
    name: 'a percent indicator never refuses its percent sign, even one written twice (85.5%% is 85.5)',
    rule: 'percent',
    text: LONG + '嘉兴,2023,满意率,85.5%%\n',
    decisions: adding(SHARE),
    problems: [],
    rows: ['jiaxing 2023 satisfaction_share 85.5 exact'],
  },
  {
    name: 'a percent for an unknown indicator reports only the unknown name',
    rule: 'percent',
    text: LONG + '嘉兴,2023,火星指标,5%\n',
    problems: [['unknown_indicator', 'error', 2, '指标', '火星指标']],
    rows: [],
  },
  {
    name: 'a negative count is refused, the message showing the figure as a number and the indicator',
    rule: 'negative',
    text: LONG + '嘉兴,2023,立案提案,-5.0\n',
    problems: [['negative_count', 'error', 2, '数值', '-5.0']],
    rows: [],
    rejected: 1,
    says: ['-5是负数；“立案提案”', '-5 is negative; a count of “Proposals filed”'],
  },
  {
    name: 'the refused negative, fraction or contradicting figure is quoted trimmed, as written',
    rule: 'negative',
    text:
      WITH_QUALIFIER +
      '嘉兴,2023,立案提案, -5 ,\n' +
      '吴兴,2023,立案提案, 2.5 ,\n' +
      '嵊州,2023,立案提案, 90余 ,约\n',
    problems: [
      ['negative_count', 'error', 2, '数值', '-5'],
      ['non_integer_count', 'error', 3, '数值', '2.5'],
      ['qualifier_conflict', 'error', 4, '数值', '90余'],
    ],
    rows: [],
    rejected: 3,
  },
  {
    name: 'zero written as 0.0 is a figure, not a negative one',
    rule: 'negative',
    text: LONG + '嘉兴,2023,立案提案,0.0\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 0 exact'],
  },
  {
    name: 'a fraction of a counted thing is refused, the message showing figure and unit',
    rule: 'whole_count',
    text: LONG + '嘉兴,2023,立案提案,2.50\n',
    problems: [['non_integer_count', 'error', 2, '数值', '2.50']],
    rows: [],
    rejected: 1,
    says: [
      '2.5不是整数；“立案提案”以“件”计数',
      '2.5 is not a whole number; “Proposals filed” is counted in proposals',
    ],
  },
  {
    name: 'a whole count written with decimals (12.0) is the count',
    rule: 'whole_count',
    text: LONG + '嘉兴,2023,立案提案,12.0\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 12 exact'],
  },
  {
    name: 'a fraction for an unknown indicator reports only the unknown name',
    rule: 'whole_count',
    text: LONG + '嘉兴,2023,火星指标,2.5\n',
    problems: [['unknown_indicator', 'error', 2, '指标', '火星指标']],
    rows: [],
  },
  ...['%', '万元', '亿元', '元', '小时', '天', '年'].map((unit): Case => ({
    name: `a fraction in ${unit} is a figure, not a broken count`,
    rule: 'whole_count',
    text: LONG + `嘉兴,2023,测${unit},2.5\n`,
    decisions: adding(SHORT(unit)),
    problems: [],
    rows: [`jiaxing 2023 u_${unit} 2.5 exact`],
  })),
  {
    name: 'a fraction in 万人 (people) is still refused: only the listed units take decimals',
    rule: 'whole_count',
    text: LONG + '嘉兴,2023,测个,2.5\n',
    decisions: adding(SHORT('个')),
    problems: [['non_integer_count', 'error', 2, '数值', '2.5']],
    rows: [],
  },
  {
    name: '90余 with the qualifier 约 contradicts itself: refused, naming both',
    rule: 'qualifier_conflict',
    text: WITH_QUALIFIER + '嘉兴,2023,立案提案,90余,约 \n',
    problems: [['qualifier_conflict', 'error', 2, '数值', '90余']],
    rows: [],
    rejected: 1,
    says: [
      '数值“90余”本身表示“不少于”，但限定词列写的是“约”',
      'itself says “at least”, but the qualifier column says “约”',
    ],
  },
  {
    name: '约90 with the qualifier 余 contradicts itself too, the message naming “approximately”',
    rule: 'qualifier_conflict',
    text: WITH_QUALIFIER + '嘉兴,2023,立案提案,约90,余\n',
    problems: [['qualifier_conflict', 'error', 2, '数值', '约90']],
    rows: [],
    says: ['本身表示“约数”', 'itself says “approximately”'],
  },
  {
    name: '90余 with the qualifier 余 agrees: at least 90',
    rule: 'qualifier_conflict',
    text: WITH_QUALIFIER + '嘉兴,2023,立案提案,90余,余\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 90 at_least'],
  },
  {
    name: 'a qualifier in the value alone is kept; one in the qualifier column alone applies',
    rule: 'qualifier_conflict',
    text: WITH_QUALIFIER + '嘉兴,2023,立案提案,约90,\n吴兴,2023,立案提案,80,约\n',
    problems: [],
    rows: ['jiaxing 2023 proposals_filed 90 approx', 'wuxing 2023 proposals_filed 80 approx'],
  },
  {
    name: 'the unit written as the indicator’s (zh, en in any case or width) is no problem',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,立案提案,3,件\n吴兴,2023,立案提案,4,PROPOSALS\n嵊州,2023,满意率,5,％\n',
    decisions: adding(SHARE),
    problems: [],
    rows: [
      'jiaxing 2023 proposals_filed 3 exact',
      'wuxing 2023 proposals_filed 4 exact',
      'shengzhou 2023 satisfaction_share 5 exact',
    ],
  },
  {
    name: 'another measure word for a count (篇 for 件) is a warning and the figure is kept',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,立案提案,3,篇\n',
    problems: [['unit_mismatch', 'warning', 2, '单位', '篇']],
    rows: ['jiaxing 2023 proposals_filed 3 exact'],
    rejected: 0,
    says: [
      '单位“篇”与指标“立案提案”的单位“件”不同；量词不同',
      'it is another measure word for the same count',
    ],
  },
  {
    name: 'a unit of another kind (万元 for 件) is an error and the figure is refused',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,立案提案,3,万元\n',
    problems: [['unit_mismatch', 'error', 2, '单位', '万元']],
    rows: [],
    rejected: 1,
    says: [
      '单位“万元”与指标“立案提案”的单位“件”不同；请换算',
      'The unit “万元” differs from the unit of “Proposals filed” (proposals)',
    ],
  },
  {
    name: 'a measure word for an amount (件 for 万元) is an error, not a harmless synonym',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,测万元,3,件\n',
    decisions: adding(SHORT('万元')),
    problems: [['unit_mismatch', 'error', 2, '单位', '件']],
    rows: [],
  },
  {
    name: 'a unit in a wide header is checked and reported at that header',
    rule: 'unit',
    text: '地区,年份,立案提案（万元）,办复提案（件）\n嘉兴,2023,3,2\n',
    problems: [['unit_mismatch', 'error', 2, '立案提案（万元）', '万元']],
    rows: ['jiaxing 2023 proposals_answered 2 exact'],
  },
  {
    name: 'a two-character measure word (场次 for 场) is another word for the same count: a warning',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,测场,3,场次\n',
    decisions: adding(SHORT('场')),
    problems: [['unit_mismatch', 'warning', 2, '单位', '场次']],
    rows: ['jiaxing 2023 u_场 3 exact'],
  },
  {
    name: 'the English units the catalog used before (times, person-times, article-times) name the same unit',
    rule: 'unit',
    text:
      WITH_UNIT +
      '嘉兴,2023,各类协商活动,12,times\n' +
      '嘉兴,2023,协商活动参与人次,300,Person-Times\n' +
      '嘉兴,2023,主流媒体和网站发表作品,7,article-times\n',
    problems: [],
    rows: [
      'jiaxing 2023 consultations_held 12 exact',
      'jiaxing 2023 consultation_participants 300 exact',
      'jiaxing 2023 media_works 7 exact',
    ],
  },
  {
    name: 'an earlier English unit names only its own unit: times for 人次, or attendances for 次, is refused',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,协商活动参与人次,300,times\n嘉兴,2023,各类协商活动,12,attendances\n',
    problems: [
      ['unit_mismatch', 'error', 2, '单位', 'times'],
      ['unit_mismatch', 'error', 3, '单位', 'attendances'],
    ],
    rows: [],
    rejected: 2,
  },
  {
    name: 'a blank unit cell, or a unit for an unknown indicator, says nothing about units',
    rule: 'unit',
    text: WITH_UNIT + '嘉兴,2023,立案提案,3,\n吴兴,2023,火星指标,3,万元\n',
    problems: [['unknown_indicator', 'error', 3, '指标', '火星指标']],
    rows: ['jiaxing 2023 proposals_filed 3 exact'],
  },
];

describe('value rules, one cell at a time through the importer', () => {
  it.each(CASES)('$rule: $name', async (c) => {
    expectCase(await importText(c.text, c.decisions ? { decisions: c.decisions } : {}), c);
  });

  it('every value rule has a case here', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(VALUE_RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
  });

  it('only the unit rule runs on plain digits: every other rule is skipped on the fast path', () => {
    expect(VALUE_RULES.filter((r) => !r.skipsPlain).map((r) => r.name)).toEqual(['unit']);
  });

  it('each rule names the kinds and messages it can report', () => {
    expect(VALUE_RULES.map((r) => [r.name, r.kinds, r.messages])).toEqual([
      ['no_data', ['missing_value'], ['problemMissingValue', 'problemNoData']],
      ['number', ['not_a_number'], ['problemNotANumber']],
      ['percent', ['percent_not_allowed'], ['problemPercentNotAllowed']],
      ['negative', ['negative_count'], ['problemNegative']],
      ['whole_count', ['non_integer_count'], ['problemNonInteger']],
      ['qualifier_conflict', ['qualifier_conflict'], ['problemQualifierConflict']],
      ['unit', ['unit_mismatch'], ['problemUnitWarning', 'problemUnitError']],
    ]);
  });
});
