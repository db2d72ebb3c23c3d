import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/data/schema';
import { indicatorIndex, jurisdictionIndex } from '../../../src/import/nameIndex';
import {
  bilingual,
  derivedProblem,
  formatNumber,
  indicatorLabel,
  roleName,
  unknownProblem,
} from '../../../src/import/validation/problemParts';
import { bundledCatalog } from '../bundledCatalog';

// The shared pieces of upload problem messages: a wrong piece puts the wrong word or figure into
// every message that uses it ("第3行：缺少年份" saying 数值, 12.5 shown as 12.500000001, a rate's
// parts named wrongly).

const catalog = bundledCatalog();
const indicator = (id: string) => catalog.indicators.find((i) => i.id === id)!;

describe('roleName: the column role a missing-value message names', () => {
  it.each([
    ['jurisdiction', '地区', 'jurisdiction'],
    ['year', '年份', 'year'],
    ['indicator', '指标', 'indicator'],
    ['value', '数值', 'value'],
    ['a role without its own word reads as the value', '数值', 'value'],
  ])('%s', (role, zh, en) => {
    expect(roleName(role)).toEqual({ zh, en });
  });
});

describe('formatNumber: figures in messages read as written', () => {
  it.each([
    ['a whole number has no decimals', 12, '12'],
    ['a negative whole number', -5, '-5'],
    ['a short decimal stays', 2.5, '2.5'],
    ['float noise is rounded away to 6 places', 0.1 + 0.2, '0.3'],
    ['six decimal places are kept', 1.234567, '1.234567'],
    ['a seventh decimal place is rounded', 1.2345678, '1.234568'],
    ['a large whole number is not rounded', 123456789, '123456789'],
  ])('%s', (_name, v, shown) => {
    expect(formatNumber(v)).toBe(shown);
  });
});

describe('indicatorLabel and bilingual', () => {
  it('an indicator reads as its zh and en names', () => {
    expect(indicatorLabel(indicator('proposals_filed'))).toEqual({ zh: '立案提案', en: 'Proposals filed' });
  });
  it('no indicator reads as empty in both languages', () => {
    expect(indicatorLabel(null)).toEqual({ zh: '', en: '' });
  });
  it('bilingual keeps zh first, en second', () => {
    expect(bilingual('甲', 'a')).toEqual({ zh: '甲', en: 'a' });
  });
});

describe('unknownProblem: an unknown place or indicator, with the closest known names', () => {
  const jIndex = jurisdictionIndex(catalog.jurisdictions);
  const iIndex = indicatorIndex(catalog.indicators);

  it.each([
    {
      name: 'an unknown place names the closest places, zh with 、 and en with commas',
      kind: 'unknown_jurisdiction' as const,
      index: jIndex,
      value: '嘉兴市政协',
      reason: 'problemUnknownJurisdiction',
    },
    {
      name: 'an unknown indicator names the closest indicators',
      kind: 'unknown_indicator' as const,
      index: iIndex,
      value: '立案提案数量',
      reason: 'problemUnknownIndicator',
    },
  ])('$name', ({ kind, index, value, reason }) => {
    const suggestions = index.suggest(value);
    expect(suggestions.length).toBeGreaterThan(0);
    const p = unknownProblem(kind, 7, '列', value, index);
    expect(p).toEqual({
      kind,
      row: 7,
      column: '列',
      value,
      reason,
      vars: {
        suggest: {
          zh: `（最接近：${suggestions.map((s) => s.label).join('、')}）`,
          en: ` (closest: ${suggestions.map((s) => s.labelEn).join(', ')})`,
        },
      },
    });
  });

  it('several suggestions are joined: 、 in Chinese, ", " in English', () => {
    const value = '提案';
    const suggestions = iIndex.suggest(value);
    expect(suggestions.length).toBeGreaterThan(1);
    const { suggest } = unknownProblem('unknown_indicator', 2, '', value, iIndex).vars as {
      suggest: { zh: string; en: string };
    };
    expect(suggest.zh).toContain(`${suggestions[0]!.label}、${suggestions[1]!.label}`);
    expect(suggest.en).toContain(`${suggestions[0]!.labelEn}, ${suggestions[1]!.labelEn}`);
  });

  it('a name like no known one gets no suggestion text at all', () => {
    expect(jIndex.suggest('qqqqqqqq')).toEqual([]);
    expect(unknownProblem('unknown_jurisdiction', 3, '地区', 'qqqqqqqq', jIndex).vars).toEqual({
      suggest: { zh: '', en: '' },
    });
  });

  it('the suggestions of one name are remembered per index: other names and indexes get their own', () => {
    const a = unknownProblem('unknown_jurisdiction', 2, '地区', '嘉兴市政协', jIndex).vars!.suggest;
    const again = unknownProblem('unknown_jurisdiction', 9, '地区', '嘉兴市政协', jIndex).vars!.suggest;
    const other = unknownProblem('unknown_jurisdiction', 2, '地区', '吴兴区政协', jIndex).vars!.suggest;
    const otherIndex = unknownProblem('unknown_indicator', 2, '地区', '嘉兴市政协', iIndex).vars!.suggest;
    expect(again).toBe(a);
    expect(other).not.toEqual(a);
    expect(otherIndex).toEqual({ zh: '', en: '' });
  });
});

describe('derivedProblem: a computed rate cannot be uploaded', () => {
  it('a count is not a rate: no problem', () => {
    expect(derivedProblem(indicator('proposals_filed'), 2, '指标', catalog.indicators)).toBeNull();
  });

  it('a rate names itself and its two parts, in both languages', () => {
    expect(
      derivedProblem(indicator('proposals_answer_rate'), 4, '指标', catalog.indicators, '办复率'),
    ).toEqual({
      kind: 'derived_indicator',
      row: 4,
      column: '指标',
      value: '办复率',
      reason: 'problemDerived',
      vars: {
        indicator: { zh: '提案办复率', en: 'Proposal answer rate' },
        numerator: { zh: '办复提案', en: 'Proposals answered' },
        denominator: { zh: '立案提案', en: 'Proposals filed' },
      },
    });
  });

  it('without the written text the value is the rate’s Chinese name', () => {
    expect(derivedProblem(indicator('proposals_answer_rate'), 1, 'x', catalog.indicators)!.value).toBe(
      '提案办复率',
    );
  });

  it('a part missing from the list is named by its id', () => {
    const rate: Indicator = {
      ...indicator('proposals_answer_rate'),
      numerator_id: 'gone_numerator',
      denominator_id: null,
    };
    expect(derivedProblem(rate, 1, 'x', catalog.indicators)!.vars).toMatchObject({
      numerator: { zh: 'gone_numerator', en: 'gone_numerator' },
      denominator: { zh: '', en: '' },
    });
  });
});
