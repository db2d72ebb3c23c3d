import type { Catalog } from '../data/schema';
import { useI18n } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';

interface Props {
  catalog: Catalog;
  indicatorId: string;
  year: number | null;
  years: readonly number[];
  onChange: (patch: { indicator?: string; year?: number | null }) => void;
}

export function Controls({ catalog, indicatorId, year, years, onChange }: Props) {
  const { lang, t } = useI18n();
  return (
    <div className="controls">
      <label>
        {t('indicator')}
        <select
          value={indicatorId}
          data-testid="indicator-select"
          onChange={(e) => onChange({ indicator: e.target.value, year: null })}
        >
          {catalog.categories.map((c) => {
            const items = catalog.indicators.filter((i) => i.category === c.id);
            if (items.length === 0) return null;
            return (
              <optgroup key={c.id} label={localized(c, 'name', lang)}>
                {items.map((i) => (
                  <option key={i.id} value={i.id}>
                    {localized(i, 'name', lang)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      <label>
        {t('year')}
        <select
          value={year ?? ''}
          data-testid="year-select"
          onChange={(e) => onChange({ year: Number(e.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
