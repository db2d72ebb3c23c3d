import { useMemo } from 'react';
import type { Catalog, Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import { selectWidthStyle } from './selectWidth';

interface Props {
  catalog: Catalog;
  /** How many jurisdictions report each indicator (any year). */
  reporters: ReadonlyMap<string, number>;
  value: string;
  onChange: (indicatorId: string) => void;
}

/**
 * Every indicator, with how many bodies report it. The ones two or more bodies report — the ones that
 * can be compared — come first in their own group, in catalog order; the rest follow by category.
 */
export function IndicatorSelect({ catalog, reporters, value, onChange }: Props) {
  const { lang, t } = useI18n();
  // The options depend on the catalog, the counts and the language, not on the value: built once, the
  // same elements let React skip them when the value changes. With a large upload's 540 indicators,
  // labelling, measuring and reconciling every option took ≈ 6–10 ms of each indicator switch (bench
  // profile at 1M rows).
  const { options, widthStyle } = useMemo(() => {
    const count = (i: Indicator) => reporters.get(i.id) ?? 0;
    const order = new Map(catalog.categories.map((c, n) => [c.id, n]));
    const shared = catalog.indicators
      .filter((i) => count(i) >= 2)
      .sort((a, b) => (order.get(a.category) ?? 999) - (order.get(b.category) ?? 999));
    const labels = new Map(
      catalog.indicators.map((i) => [
        i.id,
        t('indicatorOption', {
          name: localized(i, 'name', lang) + (i.numerator_id ? ' (%)' : ''),
          n: count(i),
        }),
      ]),
    );
    const option = (i: Indicator) => (
      <option key={i.id} value={i.id}>
        {labels.get(i.id)}
      </option>
    );
    return {
      widthStyle: selectWidthStyle(labels.values()),
      options: (
        <>
          {shared.length > 0 && <optgroup label={t('indicatorGroupShared')}>{shared.map(option)}</optgroup>}
          {catalog.categories.map((c) => {
            const items = catalog.indicators.filter((i) => i.category === c.id && count(i) < 2);
            if (items.length === 0) return null;
            return (
              <optgroup key={c.id} label={localized(c, 'name', lang)}>
                {items.map(option)}
              </optgroup>
            );
          })}
        </>
      ),
    };
  }, [catalog, reporters, lang, t]);
  return (
    <label className="control">
      {t('indicator')}
      <select
        value={value}
        data-testid="indicator-select"
        className="sized-select"
        style={widthStyle}
        onChange={(e) => onChange(e.target.value)}
      >
        {options}
      </select>
    </label>
  );
}
