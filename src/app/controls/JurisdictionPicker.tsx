import { jurisdictionColor } from '../../charts/palette';
import type { Jurisdiction } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { jurisdictionScope } from '../../i18n/jurisdictionScope';
import { localized } from '../../i18n/lang';

interface Props {
  jurisdictions: readonly Jurisdiction[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Checkboxes with each jurisdiction's colour and level/body, plus all/none. */
export function JurisdictionPicker({ jurisdictions, selected, onChange }: Props) {
  const { lang, t } = useI18n();
  const chosen = new Set(selected);
  const toggle = (id: string) =>
    onChange(jurisdictions.map((j) => j.id).filter((x) => (x === id ? !chosen.has(x) : chosen.has(x))));
  return (
    <fieldset className="control jurisdiction-picker" data-testid="jurisdiction-picker">
      <legend>{t('jurisdictionsLabel')}</legend>
      <div className="chips">
        {jurisdictions.map((j) => (
          <label key={j.id} className={chosen.has(j.id) ? 'chip chip-on' : 'chip'}>
            <input type="checkbox" checked={chosen.has(j.id)} onChange={() => toggle(j.id)} />
            <span className="swatch" style={{ background: jurisdictionColor(j.id) }} aria-hidden="true" />
            <span>{localized(j, 'name', lang)}</span>
            <span className="chip-scope">{jurisdictionScope(j, lang)}</span>
          </label>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(jurisdictions.map((j) => j.id))}
        >
          {t('selectAll')}
        </button>
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {t('selectNone')}
        </button>
      </div>
    </fieldset>
  );
}
