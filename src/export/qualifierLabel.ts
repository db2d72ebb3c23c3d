import type { Qualifier } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/messages';

/** The qualifier column of an export: ≥ / ≈ spelled out, 无数据 where there is no figure, else empty. */
export function qualifierLabel(q: Qualifier | null, hasFigure: boolean, lang: Lang): string {
  if (!hasFigure) return translate(lang, 'noData');
  if (q === 'at_least') return translate(lang, 'exportQualifierAtLeast');
  if (q === 'approx') return translate(lang, 'exportQualifierApprox');
  return '';
}
