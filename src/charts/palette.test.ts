import { describe, expect, it } from 'vitest';
import { jurisdictionColor, NO_DATA_COLOR } from './palette';

describe('one colour per jurisdiction', () => {
  it.each([
    ['jiaxing', '#c23531'],
    ['wuxing', '#2f6fb0'],
    ['hezhou', '#3a9a5b'],
    ['hangzhou-jiusan', '#d48a1a'],
    ['shengzhou', '#7b4fa8'],
  ])('the bundled %s keeps its fixed colour %s', (id, colour) => {
    expect(jurisdictionColor(id)).toBe(colour);
  });

  // An uploaded body's colour comes from its id alone, so a saved chart image, an embed and the live
  // view agree, and adding a body never recolours the others. Pinned: a change recolours every upload.
  it.each([
    ['hangzhou', '#e377c2'],
    ['ningbo', '#a0522d'],
    ['wenzhou', '#6b8e23'],
    ['shaoxing', '#8c564b'],
    ['上城区', '#e377c2'],
  ])('an uploaded %s always gets %s', (id, colour) => {
    expect(jurisdictionColor(id)).toBe(colour);
  });

  it('uploaded bodies never take a bundled body’s colour nor the no-data grey', () => {
    const fixed = new Set(
      ['jiaxing', 'wuxing', 'hezhou', 'hangzhou-jiusan', 'shengzhou'].map(jurisdictionColor),
    );
    expect(fixed.size).toBe(5);
    const ids = Array.from({ length: 200 }, (_, i) => `body_${i}`);
    const colours = new Set(ids.map(jurisdictionColor));
    for (const c of colours) {
      expect(c).toMatch(/^#[0-9a-f]{6}$/u);
      expect(fixed.has(c)).toBe(false);
      expect(c).not.toBe(NO_DATA_COLOR);
    }
    // the no-data grey is a real colour (a bar or cell without a figure is drawn, never left blank)
    expect(NO_DATA_COLOR).toMatch(/^#[0-9a-f]{6}$/u);
    // the hash spreads uploads over the whole extra palette
    expect(colours.size).toBe(8);
  });
});
