import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/export/chartCsv';
import { tidyNumber } from '../../src/export/tidyNumbers';

describe('computed numbers in CSV and HTML', () => {
  it.each([
    [81.30081300813008, 81.3],
    [0.8130081300813008, 0.813],
    [100 / 3, 33.33],
    [2 / 3, 0.667],
    [369, 369],
    [3.5, 3.5],
    [1.2345, 1.2345],
    [0, 0],
  ])('%d → %d', (n, expected) => {
    expect(tidyNumber(n)).toBe(expected);
  });

  it('keeps every figure with up to four decimals exactly as reported', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (int, places) => {
        const n = Number((int / 10 ** places).toFixed(places));
        expect(tidyNumber(n)).toBe(n);
      }),
    );
  });

  it('writes a matrix rate as the reader sees it, not as a float', () => {
    const csv = chartCsv({ table: { header: ['指标', '数值'], rows: [['采用率', 0.8130081300813008]] } });
    expect(csv).toContain('采用率,0.813');
    expect(csv).not.toContain('0.8130081');
  });
});
