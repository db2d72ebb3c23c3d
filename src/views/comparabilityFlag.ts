import type { Indicator } from '../data/schema';
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
