import type { Qualifier } from '../data/schema';
import type { Lang } from './lang';

const MARK: Record<Qualifier, string> = { exact: '', at_least: '≥', approx: '≈' };

export function qualifierMark(q: Qualifier | null): string {
  return q ? MARK[q] : '';
}

/**
 * One formatter per language and style: building an Intl.NumberFormat costs far more than using one, and
 * a matrix or trend of a large dataset formats tens of thousands of figures per drawing (at 1M rows the
 * constructors alone took a third of a second per view switch).
 */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(
  lang: Lang,
  maxFractionDigits: number,
  notation: 'standard' | 'compact',
): Intl.NumberFormat {
  const key = `${lang}|${maxFractionDigits}|${notation}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      notation,
      maximumFractionDigits: maxFractionDigits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, lang: Lang, maxFractionDigits = 1): string {
  return numberFormat(lang, maxFractionDigits, 'standard').format(value);
}

/**
 * "≥1,200件" / "≈50 items": the qualifier always travels with the number. Chinese units attach
 * directly; English ones after a space (and `%` directly in both).
 */
/**
 * English money units that only make sense in Chinese (万元, 亿元): the amount in yuan, said the English
 * way — "≥5.6 million yuan", not "≥560 10k yuan".
 */
const YUAN_MULTIPLIER: Record<string, number> = { '10k yuan': 1e4, '100m yuan': 1e8 };
/** The same for a population counted in 万人: "5.4 million people", not "540 10k people". */
const PEOPLE_MULTIPLIER: Record<string, number> = { '10k people': 1e4 };
const YUAN_SCALES = [
  { at: 1e9, word: 'billion' },
  { at: 1e6, word: 'million' },
] as const;

/** Singular of an English count unit, for exactly one ("1 motion"); irregular and invariable ones listed. */
const SINGULAR: Record<string, string> = { people: 'person', 'person-times': 'person-time' };
function singular(unit: string): string {
  if (unit in SINGULAR) return SINGULAR[unit]!;
  if (/(?:ches|shes|sses)$/.test(unit)) return unit.slice(0, -2);
  if (/ies$/.test(unit)) return `${unit.slice(0, -3)}y`;
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

function englishYuan(value: number, multiplier: number, word = 'yuan'): { number: string; unit: string } {
  const yuan = value * multiplier;
  const scale = YUAN_SCALES.find((s) => Math.abs(yuan) >= s.at);
  return scale
    ? { number: formatNumber(yuan / scale.at, 'en', 2), unit: `${scale.word} ${word}` }
    : { number: formatNumber(yuan, 'en', 0), unit: word };
}

export function formatValue(value: number, qualifier: Qualifier | null, unit: string, lang: Lang): string {
  const mark = qualifierMark(qualifier);
  if (!unit) return mark + formatNumber(value, lang);
  if (lang === 'zh' || unit === '%') return mark + formatNumber(value, lang) + unit;
  const multiplier = YUAN_MULTIPLIER[unit];
  if (multiplier !== undefined) {
    const yuan = englishYuan(value, multiplier);
    return `${mark}${yuan.number} ${yuan.unit}`;
  }
  const people = PEOPLE_MULTIPLIER[unit];
  if (people !== undefined) {
    const scaled = englishYuan(value, people, 'people');
    return `${mark}${scaled.number} ${scaled.unit}`;
  }
  return `${mark}${formatNumber(value, lang)} ${value === 1 ? singular(unit) : unit}`;
}

/** "≥8.2万" / "≥82K": for cells too small for the full figure; the full one is in the table beside it. */
export function formatCompactValue(value: number, qualifier: Qualifier | null, lang: Lang): string {
  return qualifierMark(qualifier) + numberFormat(lang, 1, 'compact').format(value);
}
