import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXTRA_COLORS,
  NO_DATA_COLOR,
  compareJurisdictions,
  contrastRatio,
  jurisdictionColor,
  jurisdictionRank,
  jurisdictionStyle,
  orderJurisdictions,
  type JurisdictionStyle,
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

  // The style of an uploaded id comes from its id alone, so a link, an embed or a printout made today
  // draws it alike tomorrow and in another browser: a changed hash would restyle every upload. 丽水,
  // constructor and 𠀀 (a character outside the BMP, one code point) overflow 32 bits or need code
  // points, not UTF-16 units.
  it.each<[string, JurisdictionStyle]>([
    ['a', { color: '#a0522d', dash: 'dotted', symbol: 'rect' }],
    ['ab', { color: '#a0522d', dash: [10, 4, 2, 4], symbol: 'triangle' }],
    ['lishui', { color: '#9c3d9c', dash: 'dashed', symbol: 'rect' }],
    ['quzhou', { color: '#00798c', dash: [10, 4, 2, 4], symbol: 'pin' }],
    ['新区', { color: '#5a6b8c', dash: 'dotted', symbol: 'rect' }],
    ['constructor', { color: '#5a6b8c', dash: 'dotted', symbol: 'triangle' }],
    ['丽水市政协', { color: '#b8336a', dash: [10, 4, 2, 4], symbol: 'triangle' }],
    ['𠀀', { color: '#00798c', dash: [2, 6], symbol: 'rect' }],
  ])('the uploaded id %j is always drawn the same way', (id, style) => {
    expect(jurisdictionStyle(id)).toEqual(style);
  });

  // ECharts draws an unknown symbol or an empty dash array as a plain line: lines would no longer
  // differ in greyscale print.
  const SYMBOLS = ['circle', 'rect', 'roundRect', 'triangle', 'diamond', 'pin', 'arrow'];
  const validDash = (d: JurisdictionStyle['dash']) =>
    Array.isArray(d) ? d.length >= 2 && d.every((n) => n > 0) : ['solid', 'dashed', 'dotted'].includes(d);
  it('every style, bundled or uploaded, is a dash and a symbol ECharts knows; uploads use them all', () => {
    const uploaded = Array.from({ length: 400 }, (_, i) => jurisdictionStyle(`upload-${i}`));
    for (const s of [...BUNDLED.map(jurisdictionStyle), ...uploaded]) {
      expect(validDash(s.dash), JSON.stringify(s.dash)).toBe(true);
      expect(SYMBOLS).toContain(s.symbol);
    }
    expect(new Set(uploaded.map((s) => s.color)).size).toBe(EXTRA_COLORS.length);
    expect(new Set(uploaded.map((s) => JSON.stringify(s.dash))).size).toBe(5);
    expect(new Set(uploaded.map((s) => s.symbol)).size).toBe(6);
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

  it('a jurisdiction compares equal to itself, and two compare opposite ways round', () => {
    for (const a of FIXTURE_JURISDICTIONS) {
      expect(compareJurisdictions(a, a)).toBe(0);
      for (const b of FIXTURE_JURISDICTIONS)
        if (a !== b)
          expect(Math.sign(compareJurisdictions(a, b))).toBe(-Math.sign(compareJurisdictions(b, a)));
    }
    // same level and body: by id
    const x = jurisdiction('x-city', 'X');
    const y = jurisdiction('y-city', 'Y');
    expect([compareJurisdictions(x, y), compareJurisdictions(y, x)]).toEqual([-1, 1]);
  });

  it('ranks each id by the one order; an id the catalog does not know comes after every known one', () => {
    const rank = jurisdictionRank(new Map(FIXTURE_JURISDICTIONS.map((j) => [j.id, j])));
    const ids = ['hangzhou-jiusan', 'nobody', 'wuxing', 'hezhou', 'shengzhou', 'jiaxing'];
    expect(ids.map(rank)).toEqual([4, 5, 3, 0, 2, 1]);
    expect(jurisdictionRank(new Map())('hezhou')).toBe(0);
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
