import type { Indicator, Jurisdiction } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { localized } from '../../i18n/lang';

export interface CatalogLabels {
  jurisdiction(id: string): string;
  indicator(id: string): string;
  /** The indicator's unit in the language, or `fallback` (the row's own zh unit) when unknown. */
  unit(id: string, fallback: string | null): string;
}

/** Names for ids, from the current catalog plus the entries an upload is about to add. */
export function catalogLabels(
  jurisdictions: readonly Jurisdiction[],
  indicators: readonly Indicator[],
  lang: Lang,
): CatalogLabels {
  const j = new Map(jurisdictions.map((x) => [x.id, x]));
  const i = new Map(indicators.map((x) => [x.id, x]));
  return {
    jurisdiction: (id) => {
      const found = j.get(id);
      return found ? localized(found, 'name', lang) : id;
    },
    indicator: (id) => {
      const found = i.get(id);
      return found ? localized(found, 'name', lang) : id;
    },
    unit: (id, fallback) => {
      const found = i.get(id);
      return found ? localized(found, 'unit', lang) : (fallback ?? '');
    },
  };
}
