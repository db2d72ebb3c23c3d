import type { Indicator } from '../data/schema';
import { formatValue } from '../i18n/formatValue';
import { localized, type Lang } from '../i18n/lang';

/** Below this many items a rate swings with one case more or less: the views warn. */
export const SMALL_DENOMINATOR = 20;

/** The two base indicators a derived rate is computed from. */
export interface RateParts {
  numerator: Indicator;
  denominator: Indicator;
}

export function ratePartsOf(indicator: Indicator, byId: ReadonlyMap<string, Indicator>): RateParts | null {
  if (!indicator.numerator_id || !indicator.denominator_id) return null;
  const numerator = byId.get(indicator.numerator_id);
  const denominator = byId.get(indicator.denominator_id);
  return numerator && denominator ? { numerator, denominator } : null;
}

export function isSmallDenominator(denominator: number | null): boolean {
  return denominator !== null && denominator < SMALL_DENOMINATOR;
}

/** "= 办复提案 90件 ÷ 立案提案 98件" (plain text; callers escape for HTML). */
export function rateFormula(
  numerator: number,
  denominator: number,
  parts: RateParts | null,
  lang: Lang,
): string {
  const side = (value: number, ind: Indicator | undefined) =>
    ind
      ? `${localized(ind, 'name', lang)} ${formatValue(value, null, localized(ind, 'unit', lang), lang)}`
      : formatValue(value, null, '', lang);
  return `= ${side(numerator, parts?.numerator)} ÷ ${side(denominator, parts?.denominator)}`;
}
