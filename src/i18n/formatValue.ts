import type { Qualifier } from '../data/schema';
import type { Lang } from './lang';

const MARK: Record<Qualifier, string> = { exact: '', at_least: '≥', approx: '≈' };

export function qualifierMark(q: Qualifier | null): string {
  return q ? MARK[q] : '';
}

export function formatNumber(value: number, lang: Lang, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
}

/**
 * "≥1,200件" / "≈50 items": the qualifier always travels with the number. Chinese units attach
 * directly; English ones after a space (and `%` directly in both).
 */
export function formatValue(value: number, qualifier: Qualifier | null, unit: string, lang: Lang): string {
  const number = qualifierMark(qualifier) + formatNumber(value, lang);
  if (!unit) return number;
  if (lang === 'zh' || unit === '%') return number + unit;
  return `${number} ${unit}`;
}

/** "≥8.2万" / "≥82K": for cells too small for the full figure; the full one is in the table beside it. */
export function formatCompactValue(value: number, qualifier: Qualifier | null, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
  return qualifierMark(qualifier) + number;
}
