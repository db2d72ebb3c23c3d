import type { Catalog } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';

interface Props {
  catalog: Catalog;
  value: string;
  onChange: (indicatorId: string) => void;
}

/** Every indicator, grouped by category; derived rates are listed with their unit (%). */
export function IndicatorSelect({ catalog, value, onChange }: Props) {
  const { lang, t } = useI18n();
  return (
    <label className="control">
      {t('indicator')}
      <select value={value} data-testid="indicator-select" onChange={(e) => onChange(e.target.value)}>
        {catalog.categories.map((c) => {
          const items = catalog.indicators.filter((i) => i.category === c.id);
          if (items.length === 0) return null;
          return (
            <optgroup key={c.id} label={localized(c, 'name', lang)}>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {localized(i, 'name', lang)}
                  {i.numerator_id ? ' (%)' : ''}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
