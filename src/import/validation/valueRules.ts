import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import type { Indicator, Qualifier } from '../../data/schema';
import { normalizeName } from '../normalizeName';
import type { Bilingual, ProblemInput } from '../problems';
import { bilingual, formatNumber, indicatorLabel, roleName } from './problemParts';
import type { ValueRule } from './state';

// The checks on one value cell, in the order they run. A rule that returns false keeps the value
// out; an error also keeps the row's other values out (the row is reported as rejected).

/** Units whose values may have decimals; every other unit counts things. */
const FRACTIONAL_UNITS = new Set(['%', '万元', '亿元', '元', '小时', '天', '年']);

/** Measure words for counted things: one written for another (篇 for 条) is the same count. */
const MEASURE_WORDS = new Set(
  '件 条 篇 期 项 份 个 家 名 人 次 人次 场 场次 部 支 批 批次 篇次 所 处 位 本 册 起 则'.split(' '),
);

const QUALIFIER_LABEL: Record<Qualifier, Bilingual> = {
  exact: { zh: '确数', en: 'exact' },
  at_least: { zh: '不少于', en: 'at least' },
  approx: { zh: '约数', en: 'approximately' },
};

/**
 * English units the catalog used before they were reworded ("40 times" read as a multiple): files and
 * exports made with them still name the same unit, keyed by the Chinese unit they translated.
 */
const EARLIER_UNIT_EN: Readonly<Record<string, string>> = {
  次: 'times',
  人次: 'person-times',
  篇次: 'article-times',
};

function sameUnit(written: string, indicator: Indicator): boolean {
  const w = normalizeName(written);
  const earlier = EARLIER_UNIT_EN[indicator.unit_zh];
  return (
    w === normalizeName(indicator.unit_zh) ||
    w === normalizeName(indicator.unit_en) ||
    (earlier !== undefined && w === normalizeName(earlier))
  );
}

export const VALUE_RULES: readonly ValueRule[] = [
  {
    name: 'no_data',
    skipsPlain: true,
    kinds: ['missing_value'],
    messages: ['problemMissingValue', 'problemNoData'],
    check: (c, s) => {
      if (c.failure !== 'empty' && c.failure !== 'no_data') return true;
      // In a wide table a blank or — cell is "no figure here"; never zero, never a problem.
      if (s.f.mapping.layout !== 'long') return false;
      if (c.failure === 'empty')
        s.fail({
          kind: 'missing_value',
          row: s.row,
          column: c.vc.col.header,
          reason: 'problemMissingValue',
          vars: { role: roleName('value') },
        });
      else
        s.warn({
          kind: 'missing_value',
          row: s.row,
          column: c.vc.col.header,
          value: c.text.trim(),
          reason: 'problemNoData',
        });
      return false;
    },
  },
  {
    name: 'number',
    skipsPlain: true,
    kinds: ['not_a_number'],
    messages: ['problemNotANumber'],
    check: (c, s) => {
      if (c.failure !== 'not_a_number') return true;
      s.fail({
        kind: 'not_a_number',
        row: s.row,
        column: c.vc.col.header,
        value: c.text.trim(),
        reason: 'problemNotANumber',
      });
      return false;
    },
  },
  {
    name: 'percent',
    skipsPlain: true,
    kinds: ['percent_not_allowed'],
    messages: ['problemPercentNotAllowed'],
    check: (c, s) => {
      const ind = c.indicator;
      if (!c.percent || !ind || ind.unit_zh === '%') return true;
      s.fail({
        kind: 'percent_not_allowed',
        row: s.row,
        column: c.vc.col.header,
        value: c.text.trim(),
        reason: 'problemPercentNotAllowed',
        vars: { indicator: indicatorLabel(ind), unit: bilingual(ind.unit_zh, ind.unit_en) },
      });
      return false;
    },
  },
  {
    name: 'negative',
    skipsPlain: true,
    kinds: ['negative_count'],
    messages: ['problemNegative'],
    check: (c, s) => {
      if (c.plain || c.value >= 0) return true;
      s.fail({
        kind: 'negative_count',
        row: s.row,
        column: c.vc.col.header,
        value: c.text.trim(),
        reason: 'problemNegative',
        vars: { value: formatNumber(c.value), indicator: indicatorLabel(c.indicator) },
      });
      return false;
    },
  },
  {
    name: 'whole_count',
    skipsPlain: true,
    kinds: ['non_integer_count'],
    messages: ['problemNonInteger'],
    check: (c, s) => {
      const ind = c.indicator;
      if (c.plain || !ind || Number.isInteger(c.value) || FRACTIONAL_UNITS.has(ind.unit_zh)) return true;
      s.fail({
        kind: 'non_integer_count',
        row: s.row,
        column: c.vc.col.header,
        value: c.text.trim(),
        reason: 'problemNonInteger',
        vars: {
          value: formatNumber(c.value),
          indicator: indicatorLabel(ind),
          unit: bilingual(ind.unit_zh, ind.unit_en),
        },
      });
      return false;
    },
  },
  {
    name: 'qualifier_conflict',
    skipsPlain: true,
    kinds: ['qualifier_conflict'],
    messages: ['problemQualifierConflict'],
    check: (c, s) => {
      if (c.qualifier === null || s.rowQualifier === null || c.qualifier === s.rowQualifier) return true;
      s.fail({
        kind: 'qualifier_conflict',
        row: s.row,
        column: c.vc.col.header,
        value: c.text.trim(),
        reason: 'problemQualifierConflict',
        vars: {
          valueQualifier: QUALIFIER_LABEL[c.qualifier],
          qualifier: s.records.field(s.f.qCol!.index).trim(),
        },
      });
      return false;
    },
  },
  {
    name: 'unit',
    skipsPlain: false,
    kinds: ['unit_mismatch'],
    messages: ['problemUnitWarning', 'problemUnitError'],
    check: (c, s) => {
      const ind = c.indicator;
      const written = c.unit;
      if (!ind || !written || written === ind.unit_zh || sameUnit(written, ind)) return true;
      const countLike = MEASURE_WORDS.has(written) && MEASURE_WORDS.has(ind.unit_zh);
      const p: ProblemInput = {
        kind: 'unit_mismatch',
        row: s.row,
        column: c.unitColumn,
        value: written,
        reason: countLike ? 'problemUnitWarning' : 'problemUnitError',
        vars: { indicator: indicatorLabel(ind), unit: bilingual(ind.unit_zh, ind.unit_en) },
      };
      if (countLike) {
        s.warn(p);
        return true;
      }
      s.fail(p);
      return false;
    },
  },
];
