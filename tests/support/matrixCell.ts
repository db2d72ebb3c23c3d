import type { MatrixCell } from '../../src/views/matrix/matrixQuery';

/** A matrix cell of 2022, exact and comparable, ranked among two unless `extra` says otherwise. */
export function matrixCell(
  jurisdiction_id: string,
  indicator_id: string,
  value: number,
  rank: number | null,
  extra: Partial<MatrixCell> = {},
): MatrixCell {
  return {
    jurisdiction_id,
    indicator_id,
    year: 2022,
    value,
    qualifier: 'exact',
    numerator: null,
    denominator: null,
    rank,
    reporters: 2,
    comparable: 'yes',
    comparability_zh: null,
    comparability_en: null,
    ...extra,
  };
}
