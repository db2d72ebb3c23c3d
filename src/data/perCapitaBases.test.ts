import { describe, expect, it } from 'vitest';
import { isPerCapitaCandidate, PER_BASES, perCapitaBase } from './perCapitaBases';

describe('per-capita bases', () => {
  // members are counted one by one (per 100 members); the population is in 万人 (per 10,000 residents)
  it.each([
    { id: 'members', indicator: 'cppcc_members', scale: 100 },
    { id: 'residents', indicator: 'resident_population', scale: 1 },
  ] as const)('$id: divides by $indicator, ×$scale', (base) => {
    expect(perCapitaBase(base.id)).toEqual(base);
  });

  it('the link words, in the switch’s order', () => {
    expect(PER_BASES).toEqual(['members', 'residents']);
  });

  it.each([
    { name: 'a count', id: 'proposals_filed', unit: '件', numerator: null, expected: true },
    { name: 'a count in another unit', id: 'site_visits', unit: '次', numerator: null, expected: true },
    { name: 'a percentage', id: 'pct_reported', unit: '%', numerator: null, expected: false },
    {
      name: 'a derived rate',
      id: 'answer_rate',
      unit: '件',
      numerator: 'proposals_answered',
      expected: false,
    },
    { name: 'the members figure itself', id: 'cppcc_members', unit: '人', numerator: null, expected: false },
    {
      name: 'the population itself',
      id: 'resident_population',
      unit: '万人',
      numerator: null,
      expected: false,
    },
  ])('$name can be divided per capita: $expected', ({ id, unit, numerator, expected }) => {
    expect(isPerCapitaCandidate({ id, unit_zh: unit, numerator_id: numerator })).toBe(expected);
  });
});
