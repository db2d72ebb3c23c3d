import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import type { Indicator } from '../../data/schema';
import { translate, type MessageKey } from '../../i18n/messages';
import type { NameIndex } from '../nameIndex';
import type { Bilingual, ProblemInput } from '../problems';

// Pieces of problem messages several rules share.

export const bilingual = (zh: string, en: string): Bilingual => ({ zh, en });

const ROLE_MESSAGE: Record<string, MessageKey> = {
  jurisdiction: 'roleJurisdiction',
  year: 'roleYear',
  indicator: 'roleIndicator',
  value: 'roleValue',
};

export function roleName(role: string): Bilingual {
  const key = ROLE_MESSAGE[role] ?? 'roleValue';
  return { zh: translate('zh', key), en: translate('en', key) };
}

export function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

export const indicatorLabel = (i: Indicator | null): Bilingual =>
  i ? bilingual(i.name_zh, i.name_en) : bilingual('', '');

// The closest names to an unknown one, once per index and written name: scoring every known name takes
// milliseconds, and a large file repeats the same unknown name on thousands of rows (it took minutes).
const SUGGESTED = new WeakMap<NameIndex, Map<string, Bilingual>>();

function closestNames(index: NameIndex, value: string): Bilingual {
  let byName = SUGGESTED.get(index);
  if (!byName) SUGGESTED.set(index, (byName = new Map()));
  let suggest = byName.get(value);
  if (!suggest) {
    const suggestions = index.suggest(value);
    suggest = suggestions.length
      ? {
          zh: `（最接近：${suggestions.map((s) => s.label).join('、')}）`,
          en: ` (closest: ${suggestions.map((s) => s.labelEn).join(', ')})`,
        }
      : { zh: '', en: '' };
    byName.set(value, suggest);
  }
  return suggest;
}

export function unknownProblem(
  kind: 'unknown_jurisdiction' | 'unknown_indicator',
  row: number,
  column: string,
  value: string,
  index: NameIndex,
): ProblemInput {
  const suggest = closestNames(index, value);
  return {
    kind,
    row,
    column,
    value,
    reason: kind === 'unknown_jurisdiction' ? 'problemUnknownJurisdiction' : 'problemUnknownIndicator',
    vars: { suggest },
  };
}

/** A rate computed from two counts cannot be uploaded itself; null when `indicator` is not one. */
export function derivedProblem(
  indicator: Indicator,
  row: number,
  column: string,
  indicators: readonly Indicator[],
  value = '',
): ProblemInput | null {
  if (!indicator.numerator_id) return null;
  const name = (id: string | null): Bilingual => {
    const d = indicators.find((x) => x.id === id);
    return d ? bilingual(d.name_zh, d.name_en) : bilingual(id ?? '', id ?? '');
  };
  return {
    kind: 'derived_indicator',
    row,
    column,
    value: value || indicator.name_zh,
    reason: 'problemDerived',
    vars: {
      indicator: bilingual(indicator.name_zh, indicator.name_en),
      numerator: name(indicator.numerator_id),
      denominator: name(indicator.denominator_id),
    },
  };
}
