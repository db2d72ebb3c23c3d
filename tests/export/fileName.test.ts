import { describe, expect, it } from 'vitest';
import { exportFileName, safeFilePart } from '../../src/export/fileName';

describe('download names are meaningful and safe on every OS', () => {
  it.each([
    { parts: ['立案提案', 2022, '排名', '16x9'], ext: 'png', expected: '立案提案-2022-排名-16x9.png' },
    {
      parts: ['proposals filed', 2022, 'ranking', 'A4'],
      ext: 'svg',
      expected: 'proposals_filed-2022-ranking-A4.svg',
    },
    { parts: ['../../etc/passwd', 2022], ext: 'png', expected: 'etc_passwd-2022.png' },
    { parts: ['C:\\Windows\\evil'], ext: 'csv', expected: 'C_Windows_evil.csv' },
    { parts: ['<script>alert(1)</script>'], ext: 'html', expected: 'script_alert(1)_script.html' },
    { parts: ['a\u0000b\u202ecod.exe'], ext: 'png', expected: 'a_b_cod.exe.png' },
    { parts: ['CON'], ext: 'png', expected: '_CON.png' },
    { parts: ['...', '', null], ext: 'png', expected: 'chart.png' },
    { parts: ['提案办复率（%）', '2022'], ext: 'png', expected: '提案办复率（%）-2022.png' },
    { parts: ['x'.repeat(300)], ext: 'png', expected: `${'x'.repeat(120)}.png` },
  ])('$parts → $expected', ({ parts, ext, expected }) => {
    expect(exportFileName(parts, ext)).toBe(expected);
  });

  it.each(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\n', '\t'])('strips %j', (ch) => {
    expect(safeFilePart(`a${ch}b`)).not.toContain(ch);
  });
});
