import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { FIXTURE_INDICATORS, indicator } from '../../tests/support/fixture';
import type { Indicator } from '../data/schema';
import { isSmallDenominator, rateFormula, ratePartsOf, SMALL_DENOMINATOR } from './rateParts';

describe('small-denominator warning', () => {
  // The boundary is "fewer than 20 items": 20 itself is not small (guards against `<=`).
  it.each<[number | null, boolean]>([
    [null, false],
    [0, true],
    [1, true],
    [19, true],
    [19.5, true],
    [20, false],
    [21, false],
    [98, false],
  ])('denominator %s → small: %s', (denominator, small) => {
    expect(isSmallDenominator(denominator)).toBe(small);
  });

  it.each(['zh', 'en'] as const)('the warning text (%s) names the threshold the code uses', (lang) => {
    expect(translate(lang, 'smallDenominator')).toContain(String(SMALL_DENOMINATOR));
    expect(translate(lang, 'smallDenominatorNote')).toContain(String(SMALL_DENOMINATOR));
  });
});

describe('the parts of a derived rate', () => {
  const byId = new Map<string, Indicator>(FIXTURE_INDICATORS.map((i) => [i.id, i]));
  const rate = byId.get('proposals_answer_rate')!;

  it.each([
    { name: 'both parts catalogued', ind: rate, expected: ['proposals_answered', 'proposals_filed'] },
    { name: 'a base indicator has none', ind: byId.get('proposals_filed')!, expected: null },
    { name: 'numerator id only', ind: { ...rate, denominator_id: null }, expected: null },
    { name: 'denominator id only', ind: { ...rate, numerator_id: null }, expected: null },
    { name: 'the numerator is not in the catalog', ind: { ...rate, numerator_id: 'gone' }, expected: null },
    {
      name: 'the denominator is not in the catalog',
      ind: { ...rate, denominator_id: 'gone' },
      expected: null,
    },
  ])('ratePartsOf: $name', ({ ind, expected }) => {
    const parts = ratePartsOf(ind, byId);
    expect(parts && [parts.numerator.id, parts.denominator.id]).toEqual(expected);
  });

  const parts = {
    numerator: indicator('proposals_answered', '办复提案'),
    denominator: indicator('proposals_filed', '立案提案'),
  };
  it.each([
    { lang: 'zh', parts, expected: '= 办复提案 90件 ÷ 立案提案 98件' },
    { lang: 'en', parts, expected: '= proposals answered 1,234.5 items ÷ proposals filed 98 items' },
    // parts not catalogued: the bare figures, numerator first
    { lang: 'zh', parts: null, expected: '= 90 ÷ 98' },
  ] as const)('rateFormula ($lang) $expected', ({ lang, parts, expected }) => {
    expect(rateFormula(lang === 'en' && parts ? 1234.5 : 90, 98, parts, lang)).toBe(expected);
  });
});
