/** The bundled indicators' English units read as English (a leader reads "40 activities", not "40 times"). */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { formatValue } from '../../src/i18n/formatValue';

const file = path.resolve(import.meta.dirname, '../../data/indicators.csv');
const indicators = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('English units of the bundled indicators', () => {
  it.each(indicators.map((i) => ({ id: i.id!, unit: i.unit_en! })))(
    '$id: "$unit" is no calque of 次/人次',
    ({ unit }) => {
      // "times", "person-times", "article-times" translate 次/人次 word for word; "40 times" reads as a multiple.
      expect(unit).not.toMatch(/(?:^|-)times?$/);
    },
  );

  it.each([
    { id: 'consultations_held', value: 40, expected: '40 activities' },
    { id: 'city_leader_attendances', value: 1, expected: '1 attendance' },
    { id: 'party_plenary_speeches', value: 12, expected: '12 speeches' },
    { id: 'key_duty_participants', value: 1, expected: '1 sign-up' },
  ])('$id: $value → $expected', ({ id, value, expected }) => {
    const unit = indicators.find((i) => i.id === id)!.unit_en!;
    expect(formatValue(value, 'exact', unit, 'en')).toBe(expected);
  });
});
