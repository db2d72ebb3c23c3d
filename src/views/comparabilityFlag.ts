import type { Comparable, Indicator } from '../data/schema';
import { localized, type Lang } from '../i18n/lang';
import { translate } from '../i18n/messages';
import type { ViewModel } from './viewModel';

/** The marker a model carries for an indicator that is only partly or not comparable; none otherwise. */
export function comparabilityFlag(indicator: Indicator, lang: Lang): ViewModel['flag'] {
  if (indicator.comparable !== 'partly' && indicator.comparable !== 'no') return undefined;
  return {
    kind: indicator.comparable,
    label: translate(lang, indicator.comparable === 'no' ? 'flagNo' : 'flagPartly'),
    reason: localized(indicator, 'comparability', lang),
  };
}

/** A ranked figure's comparability as the views' queries give it (its own flag, else its indicator's). */
export interface FigureComparability {
  rank: number | null;
  comparable: Comparable | null;
  comparability_zh: string | null;
  comparability_en: string | null;
}

/**
 * "不可比，不排名：reason" / "部分可比：reason" / '' — a figure's comparability in words, for the export
 * tables of every view (a figure without a rank was left out of the comparison as not comparable).
 */
export function comparabilityText(c: FigureComparability, lang: Lang): string {
  const reason = localized(c, 'comparability', lang);
  const label =
    c.rank === null
      ? translate(lang, 'notComparableNotRanked')
      : c.comparable === 'partly'
        ? translate(lang, 'flagPartly')
        : '';
  if (!label) return '';
  return reason ? translate(lang, 'labelled', { label, text: reason }) : label;
}
