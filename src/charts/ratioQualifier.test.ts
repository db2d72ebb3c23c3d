import { describe, expect, it } from 'vitest';
import { ratioQualifier } from './ratioQualifier';

describe('qualifier of a ratio of two reported figures', () => {
  it.each([
    { n: 'exact', d: 'exact', result: 'exact', why: 'two exact figures' },
    { n: 'at_least', d: 'exact', result: 'at_least', why: '≥369 ÷ 300: the true ratio is at least 1.23' },
    {
      n: 'exact',
      d: 'at_least',
      result: 'approx',
      why: '369 ÷ ≥300 is at most 1.23, which ≥ would contradict',
    },
    {
      n: 'at_least',
      d: 'at_least',
      result: 'approx',
      why: 'both bounds: the true ratio may be above or below',
    },
    { n: 'approx', d: 'exact', result: 'approx', why: '≈ in the numerator' },
    { n: 'exact', d: 'approx', result: 'approx', why: '≈ in the denominator' },
    { n: 'at_least', d: 'approx', result: 'approx', why: '≈ wins over ≥' },
  ] as const)('$n ÷ $d → $result ($why)', ({ n, d, result }) => {
    expect(ratioQualifier(n, d)).toBe(result);
  });
});
