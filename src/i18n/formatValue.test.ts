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
  ] as const)('$value $q $unit ($lang) → $expected', ({ value, q, unit, lang, expected }) => {
    expect(formatValue(value, q, unit, lang)).toBe(expected);
  });
});
