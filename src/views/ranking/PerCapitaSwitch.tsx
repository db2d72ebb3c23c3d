import type { PerBase } from '../../data/perCapitaBases';
import { useI18n } from '../../i18n/i18nContext';

interface Props {
  value: PerBase | null;
  /** Bases whose denominator at least two bodies report in the year compared. */
  offered: readonly PerBase[];
  onChange: (per: PerBase | null) => void;
}

/** Totals ↔ per 100 members ↔ per 10,000 residents, offered only where the data hold a denominator. */
export function PerCapitaSwitch({ value, offered, onChange }: Props) {
  const { t } = useI18n();
  if (offered.length === 0) return null;
  const options: { id: PerBase | null; label: string }[] = [
    { id: null, label: t('perNone') },
    ...offered.map((id) => ({ id, label: t(id === 'members' ? 'perMembers' : 'perResidents') })),
  ];
  return (
    <fieldset className="control measure-switch" data-testid="per-switch">
      <legend>{t('perLabel')}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.id ?? 'none'}>
            <input
              type="radio"
              name="per"
              value={o.id ?? ''}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
              data-testid={`per-${o.id ?? 'none'}`}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
