import { describe, expect, it } from 'vitest';
import { crc32, pngChunks, pngDpi, pngSize, withPngDpi } from '../../src/export/pngDpi';
import { presetDpi, PRESETS } from '../../src/export/presets';
import { tinyPng } from '../support/tinyPng';

describe('PNG resolution (pHYs)', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it.each([72, 150, 288, 300, 600])(
    'writes %i dpi right after IHDR, with a valid CRC, and reads it back',
    (dpi) => {
      const png = withPngDpi(tinyPng(7, 5), dpi);
      const chunks = pngChunks(png);
      expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
      const phys = chunks[1]!;
      const stored = new DataView(png.buffer, phys.end - 4, 4).getUint32(0);
      expect(stored).toBe(crc32(png.subarray(phys.start + 4, phys.end - 4)));
      expect(pngDpi(png)).toBe(dpi);
      expect(pngSize(png)).toEqual({ width: 7, height: 5 });
    },
  );

  it('replaces an earlier pHYs instead of adding a second one', () => {
    const png = withPngDpi(withPngDpi(tinyPng(3, 3), 96), 300);
    expect(pngChunks(png).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(pngDpi(png)).toBe(300);
  });

  it('has no resolution before one is written, and refuses what is not a PNG', () => {
    expect(pngDpi(tinyPng(2, 2))).toBeNull();
    expect(() => withPngDpi(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), 300)).toThrow(/not a PNG/);
  });

  it('gives presets the DPI of their printed size (A4 at 2× is 300 dpi)', () => {
    expect(presetDpi(PRESETS.a4, 2)).toBe(300);
    expect(presetDpi(PRESETS.slide16x9, 2)).toBe(288);
  });
});
