import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../charts/contrast';
import { MATRIX_LEGEND } from './matrixModel';
import {
  MATRIX_BACKGROUND,
  MISSING_CELL,
  NOT_COMPARABLE_BORDER,
  RANK_TIERS,
  matrixOption,
} from './matrixOption';
import type { MatrixTextInput } from './matrixSummary';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS } from '../../../tests/support/fixture';

/** WCAG 2.1 AA: 4.5:1 for text, 3:1 for the graphics that tell a cell apart (1.4.11). */
const TEXT_AA = 4.5;
const GRAPHIC_AA = 3;

describe('contrast ratio (WCAG formula)', () => {
  it.each([
    ['#000', '#fff', 21],
    ['#fff', '#fff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#9aa0a6', '#f6f7f9', 2.46],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a #rgb/);
  });
});

describe('matrix colours meet WCAG AA', () => {
  it.each(RANK_TIERS.map((t) => [t.id, t] as const))('%s: cell text on its fill ≥ 4.5:1', (_id, tier) => {
    expect(contrastRatio(tier.text, tier.fill)).toBeGreaterThanOrEqual(TEXT_AA);
  });
  it('a missing cell: its "—" on its fill ≥ 4.5:1, its outline against the page ≥ 3:1', () => {
    expect(contrastRatio(MISSING_CELL.text, MISSING_CELL.fill)).toBeGreaterThanOrEqual(TEXT_AA);
    expect(contrastRatio(MISSING_CELL.border, MATRIX_BACKGROUND)).toBeGreaterThanOrEqual(GRAPHIC_AA);
    expect(contrastRatio(MISSING_CELL.border, MISSING_CELL.fill)).toBeGreaterThanOrEqual(GRAPHIC_AA);
  });
  it('a not-comparable cell is outlined against the page ≥ 3:1', () => {
    expect(contrastRatio(NOT_COMPARABLE_BORDER, MATRIX_BACKGROUND)).toBeGreaterThanOrEqual(GRAPHIC_AA);
  });
  it.each(MATRIX_LEGEND.map((l) => [l.key, l] as const))('legend %s: swatch text ≥ 4.5:1', (_k, l) => {
    expect(contrastRatio(l.text, l.fill)).toBeGreaterThanOrEqual(TEXT_AA);
  });

  it('the chart draws exactly these colours: missing, not comparable and ranked cells', () => {
    const input: MatrixTextInput = {
      cells: [
        { ...cell('jiaxing', 10, 1, 2), comparable: 'yes' },
        { ...cell('wuxing', 5, 2, 2), comparable: 'yes' },
        { ...cell('hezhou', 7, null, 2), comparable: 'no' },
      ],
      indicators: FIXTURE_INDICATORS.filter((i) => i.id === 'proposals_filed'),
      selected: ['jiaxing', 'wuxing', 'hezhou', 'shengzhou'],
      jurisdictions: new Map(FIXTURE_JURISDICTIONS.map((j) => [j.id, j])),
      year: 2022,
      category: null,
      lang: 'zh',
    };
    const option = matrixOption(input) as {
      series: {
        data: { value: number[]; label: { color: string }; itemStyle?: { borderColor: string } }[];
      }[];
      visualMap: { pieces: { value: number; color: string }[] };
    };
    const fillOf = (code: number) => option.visualMap.pieces.find((p) => p.value === code)!.color;
    const drawn = option.series[0]!.data.map((d) => ({
      fill: fillOf(d.value[2]!),
      text: d.label.color,
      border: d.itemStyle?.borderColor,
    }));
    for (const d of drawn) expect(contrastRatio(d.text, d.fill)).toBeGreaterThanOrEqual(TEXT_AA);
    // hezhou (not comparable) is white with an outline, never a rank colour; shengzhou (missing) pale, outlined.
    expect(drawn[2]).toEqual({ fill: '#ffffff', text: RANK_TIERS[5].text, border: NOT_COMPARABLE_BORDER });
    expect(drawn[3]).toEqual({
      fill: MISSING_CELL.fill,
      text: MISSING_CELL.text,
      border: MISSING_CELL.border,
    });
  });
});

function cell(jurisdiction_id: string, value: number, rank: number | null, reporters: number) {
  return {
    jurisdiction_id,
    indicator_id: 'proposals_filed',
    year: 2022,
    value,
    qualifier: 'exact' as const,
    numerator: null,
    denominator: null,
    rank,
    reporters,
    comparability_zh: null,
    comparability_en: null,
  };
}
