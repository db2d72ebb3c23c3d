import { describe, expect, it } from 'vitest';
import { formatValue } from './formatValue';

describe('formatValue keeps the qualifier with the number', () => {
  it.each([
    { value: 369, q: 'exact', unit: '件', lang: 'zh', expected: '369件' },
    { value: 1200, q: 'at_least', unit: '条', lang: 'zh', expected: '≥1,200条' },
    { value: 50, q: 'approx', unit: '人', lang: 'zh', expected: '≈50人' },
    { value: 1200, q: 'at_least', unit: 'items', lang: 'en', expected: '≥1,200 items' },
    { value: 91.8367, q: 'exact', unit: '%', lang: 'en', expected: '91.8%' },
    { value: 12.5, q: null, unit: '万元', lang: 'zh', expected: '12.5万元' },
    // English says money in yuan and counts of one in the singular.
    { value: 560, q: 'at_least', unit: '10k yuan', lang: 'en', expected: '≥5.6 million yuan' },
    { value: 300, q: 'exact', unit: '10k yuan', lang: 'en', expected: '3 million yuan' },
    { value: 306, q: 'exact', unit: '100m yuan', lang: 'en', expected: '30.6 billion yuan' },
    { value: 28, q: 'exact', unit: '100m yuan', lang: 'en', expected: '2.8 billion yuan' },
    { value: 12.5, q: null, unit: '10k yuan', lang: 'en', expected: '125,000 yuan' },
    { value: 540.2, q: 'approx', unit: '10k people', lang: 'en', expected: '≈5.4 million people' },
    { value: 540.2, q: 'exact', unit: '万人', lang: 'zh', expected: '540.2万人' },
    { value: 1, q: 'exact', unit: 'motions', lang: 'en', expected: '1 motion' },
    { value: 1, q: 'exact', unit: 'branches', lang: 'en', expected: '1 branch' },
    { value: 1, q: 'exact', unit: 'activities', lang: 'en', expected: '1 activity' },
    { value: 1, q: 'exact', unit: 'people', lang: 'en', expected: '1 person' },
    { value: 2, q: 'exact', unit: 'motions', lang: 'en', expected: '2 motions' },
  ] as const)('$value $q $unit ($lang) → $expected', ({ value, q, unit, lang, expected }) => {
    expect(formatValue(value, q, unit, lang)).toBe(expected);
  });
});
