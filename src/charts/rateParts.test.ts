import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { isSmallDenominator, SMALL_DENOMINATOR } from './rateParts';

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
