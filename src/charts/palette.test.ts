import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXTRA_COLORS,
  NO_DATA_COLOR,
  compareJurisdictions,
  contrastRatio,
  jurisdictionColor,
  jurisdictionStyle,
  orderJurisdictions,
} from './palette';
import { FIXTURE_JURISDICTIONS, jurisdiction } from '../../tests/support/fixture';

const BUNDLED = ['hezhou', 'jiaxing', 'shengzhou', 'wuxing', 'hangzhou-jiusan'];

describe('one colour per jurisdiction', () => {
  it.each([...BUNDLED.map(jurisdictionColor), ...EXTRA_COLORS])(
    '%s has at least 3:1 contrast against white (lines and bars)',
    (color) => {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    },
  );

  it('the no-data grey is readable as text on white (≥ 4.5:1)', () => {
    expect(contrastRatio(NO_DATA_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('the bundled jurisdictions differ in colour, dash and symbol', () => {
    const styles = BUNDLED.map(jurisdictionStyle);
    for (const key of ['color', 'symbol'] as const) expect(new Set(styles.map((s) => s[key])).size).toBe(5);
    expect(new Set(styles.map((s) => JSON.stringify(s.dash))).size).toBe(5);
  });

  it('an uploaded jurisdiction gets a colour of its own, never a bundled one, the same every time', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (id) => {
        fc.pre(!BUNDLED.includes(id));
        const style = jurisdictionStyle(id);
        expect(jurisdictionStyle(id)).toEqual(style);
        expect(BUNDLED.map(jurisdictionColor)).not.toContain(style.color);
        expect(EXTRA_COLORS).toContain(style.color);
      }),
    );
  });

  it('adding jurisdictions never recolours the others', () => {
    const before = BUNDLED.map(jurisdictionStyle);
    ['lishui', 'quzhou', '新区'].forEach(jurisdictionStyle);
    expect(BUNDLED.map(jurisdictionStyle)).toEqual(before);
  });
});

describe('one jurisdiction order', () => {
  it('CPPCCs by level (city, county-level city, district), full committee before standing committee, parties last', () => {
    const list = [
      ...FIXTURE_JURISDICTIONS,
      jurisdiction('anji', '安吉', { level: 'county_city' }),
      jurisdiction('jiaxing-sc', '嘉兴常委会', { body: 'cppcc_standing_committee' }),
    ];
    expect(orderJurisdictions(list).map((j) => j.id)).toEqual([
      'hezhou',
      'jiaxing',
      'jiaxing-sc',
      'anji',
      'shengzhou',
      'wuxing',
      'hangzhou-jiusan',
    ]);
  });

  it('is a total order whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(FIXTURE_JURISDICTIONS), (list) => {
        const sorted = orderJurisdictions(list);
        for (let i = 1; i < sorted.length; i++)
          expect(compareJurisdictions(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
      }),
    );
  });
});
